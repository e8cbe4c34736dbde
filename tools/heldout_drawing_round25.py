"""Drawing of the twenty-fifth round of held-out plans (content in tools/heldout_plans_round25.py).

What is new here: a Word plan with a `Recommendation owner` column apart from each action's lead; a web
plan whose target column mixes dates with terms relative to publication or to an event; a Word plan whose
narrow first column holds the theme as a vertical band, its words running bottom to top; a web plan whose
long words break with a hyphen at the line end in narrow cells; and a web plan printed as a two-up booklet,
two A5 pages to an A4 landscape sheet."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from sample_docx import (TCPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table, new_document,
                         save_docx, set_header_text, shade, v_merge, xml_el)

h = html.escape


def rowspan_rows(plan: dict[str, Any], text: Callable[[str], str] = h) -> list[str]:
    """One ``<tr>`` per action, number and recommendation in ``rowspan`` cells."""
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{text(r['number'])}</td>", f"<td{span}>{text(r['text'])}</td>"]
        cells += [f"<td>{text(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def table_html(columns: list[str], rows: list[str], cls: str = "") -> str:
    head = "".join(f"<th>{h(c)}</th>" for c in columns)
    return f'<table{cls}><thead><tr>{head}</tr></thead><tbody>' + "".join(rows) + "</tbody></table>"


# ---------------------------------------------------------------- a recommendation owner apart from the lead
def draw_rec_owner_column_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Vennlow CSP", font="Cambria", size=9)
    margins(doc, 1.6)
    footer(doc, "Vennlow CSP – DHR 'Winifred' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "The recommendation owner is the body answerable for the recommendation; each action has "
                 "its own lead.", space_after=8)
    t = make_table(doc, [1.2, 5.6, 3.4, 5.0, 3.4, 2.8, 5.4])
    header_row(t, plan["columns"], fill="D5DCE4")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                for k, text in enumerate([r["number"], r["text"], sec["owner"]]):
                    fill_cell(c[k], text if i == 0 else "")
                    if len(r["actions"]) > 1:
                        v_merge(c[k], i == 0)
                for k, text in enumerate([a["action"], a["lead"], a["target"], a["progress"]], 3):
                    fill_cell(c[k], text)
    save_docx(doc, path)


# ---------------------------------------------------------------- targets relative and dated
MIXED_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#222}"
               "table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #777;padding:4px 5px;vertical-align:top;text-align:left}"
               "th{background:#e2efda}")


def draw_mixed_targets_html(plan: dict[str, Any], path: Path) -> None:
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Targets are dates where the panel set one, otherwise the event by which the action is due.</p>",
            table_html(plan["columns"], rowspan_rows(plan))]
    path.write_text(page_html(plan["meta"]["title"], MIXED_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- the theme as a vertical band
def vertical_text(cell: Any) -> None:
    """Run the cell's text bottom to top."""
    insert_ordered(cell._tc.get_or_add_tcPr(), xml_el("w:textDirection", val="btLr"), TCPR_ORDER)


def draw_theme_vertical_band_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Caskbridge CSP", font="Franklin Gothic Book", size=9)
    margins(doc, 1.8)
    set_header_text(doc, "Caskbridge CSP – OFFICIAL", align="right")
    footer(doc, "Caskbridge CSP – DHR 'Mabel'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [0.9, 0.9, 3.9, 3.6, 2.4, 2.0, 3.7])
    header_row(t, plan["columns"], fill="FFF2CC")
    for sec in plan["sections"]:
        rows = [(r, i, a) for r in sec["recs"] for i, a in enumerate(r["actions"])]
        for n, (r, i, a) in enumerate(rows):
            c = t.add_row().cells
            fill_cell(c[0], sec["owner"] if n == 0 else "", bold=True)
            shade(c[0], "BDD7EE")
            vertical_text(c[0])
            if len(rows) > 1:
                v_merge(c[0], n == 0)
            fill_cell(c[1], r["number"] if i == 0 else "")
            fill_cell(c[2], r["text"] if i == 0 else "")
            if len(r["actions"]) > 1:
                v_merge(c[1], i == 0)
                v_merge(c[2], i == 0)
            for k, text in enumerate([a["action"], a["lead"], a["target"], a["progress"]], 3):
                fill_cell(c[k], text)
    save_docx(doc, path)


# ---------------------------------------------------------------- long words broken with a hyphen
HYPHEN_STYLE = ("body{font-family:Tahoma,Verdana,sans-serif;font-size:9pt;color:#111}"
                "table{border-collapse:collapse;table-layout:fixed;width:15cm}"
                "th,td{border:1px solid #444;padding:3px 4px;vertical-align:top;text-align:justify;"
                "hyphens:manual;overflow-wrap:normal}th{background:#ddd;text-align:left}"
                "col.n{width:1.1cm}col.r{width:3.4cm}col.a{width:3.2cm}col.l{width:2.4cm}"
                "col.t{width:1.9cm}col.p{width:3.0cm}")


def soft_hyphens(text: str) -> str:
    """Escape ``text`` and give each word of nine letters or more a soft hyphen every three letters."""
    def split(m: re.Match[str]) -> str:
        w = m.group(0)
        return "&shy;".join(w[k: k + 3] for k in range(0, len(w), 3)) if len(w) >= 9 else w
    return re.sub(r"[A-Za-z]+", split, h(text))


def draw_hyphen_broken_cells_html(plan: dict[str, Any], path: Path) -> None:
    cols = '<colgroup><col class="n"><col class="r"><col class="a"><col class="l"><col class="t">' \
           '<col class="p"></colgroup>'
    table = table_html(plan["columns"], rowspan_rows(plan, soft_hyphens))
    body = [f"<h1>{h(plan['meta']['title'])}</h1>", table.replace("<thead>", cols + "<thead>", 1)]
    path.write_text(page_html(plan["meta"]["title"], HYPHEN_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- a two-up booklet
BOOKLET_STYLE = ("@page{size:A4 landscape;margin:8mm}"
                 "body{font-family:Garamond,'EB Garamond',Georgia,serif;font-size:9pt;color:#222;margin:0}"
                 "div.sheet{display:flex;break-after:page;height:190mm}"
                 "div.a5{width:50%;box-sizing:border-box;padding:6mm 9mm;position:relative}"
                 "div.a5+div.a5{border-left:1px dashed #aaa}"
                 "div.head{font-size:7.5pt;color:#666;border-bottom:1px solid #bbb;margin-bottom:4mm}"
                 "div.foot{position:absolute;bottom:4mm;left:0;right:0;text-align:center;font-size:8pt}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #666;padding:2px 4px;vertical-align:top;text-align:left}"
                 "th{background:#ece4d4}h1{font-size:13pt}")


def a5(n: int, body: list[str]) -> str:
    return ('<div class="a5"><div class="head">Gorsefield CSP · DHR \u2018Ada\u2019 action plan</div>'
            + "".join(body) + f'<div class="foot">{n}</div></div>')


def draw_booklet_two_up_html(plan: dict[str, Any], path: Path) -> None:
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    part = [{"sections": [{"owner": "", "recs": recs[a:b]}]} for a, b in ((0, 2), (2, 4), (4, 5))]
    pages = [
        [f"<h1>{h(plan['meta']['title'])}</h1>",
         "<p>The review panel agreed this plan in May 2025. Progress is reported to the partnership board.</p>",
         table_html(plan["columns"], rowspan_rows(part[0]))],
        [table_html(plan["columns"], rowspan_rows(part[1]))],
        [table_html(plan["columns"], rowspan_rows(part[2]))],
        ["<h2>Contacts</h2>", "<p>Gorsefield Community Safety Partnership, Town Hall, Gorsefield.</p>",
         "<p>If you are worried about someone, the domestic abuse helpline is open day and night.</p>"],
    ]
    sheets = [f'<div class="sheet">{a5(k + 1, pages[k])}{a5(k + 2, pages[k + 1])}</div>' for k in (0, 2)]
    path.write_text(page_html(plan["meta"]["title"], BOOKLET_STYLE, sheets), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "rec_owner_column_docx": draw_rec_owner_column_docx,
    "mixed_targets_html": draw_mixed_targets_html,
    "theme_vertical_band_docx": draw_theme_vertical_band_docx,
    "hyphen_broken_cells_html": draw_hyphen_broken_cells_html,
    "booklet_two_up_html": draw_booklet_two_up_html,
}
