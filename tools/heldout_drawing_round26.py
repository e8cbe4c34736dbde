"""Drawing of the twenty-sixth round of held-out plans (content in tools/heldout_plans_round26.py).

What is new here: a web plan whose recommendations are marked only by a thick coloured bar at the left of
their rows; a web plan whose rows are separate rounded boxes with a gap between them, each number in a dark
circle; a Word plan ruled in double lines; a Word plan with banded columns and no rule; and a Word plan
whose recommendations are numbered `1.1`, `1.2` under numbered section rows."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer, horizontal_rules_only
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round25 import table_html
from sample_docx import (TBLPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table, new_document,
                         save_docx, set_header_text, shade, v_merge, xml_el)

h = html.escape


# ---------------------------------------------------------------- a coloured bar at each recommendation's left
BAR_COLOURS = ["#00797a", "#6f2c91", "#d4651a", "#1d70b8", "#b5103c"]
BAR_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:9.5pt;color:#222}"
             "table{border-collapse:collapse;width:100%}"
             "th{border-bottom:2px solid #333;text-align:left;padding:4px 6px;vertical-align:bottom}"
             "td{padding:2px 6px;vertical-align:top;text-align:left;border:none}"
             "tr.first td{padding-top:9px}td.bar{font-weight:bold;padding-left:8px}")


def draw_left_bar_groups_html(plan: dict[str, Any], path: Path) -> None:
    rows, n = [], -1
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            n += 1
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            bar = f"border-left:5px solid {BAR_COLOURS[n % len(BAR_COLOURS)]}"
            cells += [f'<td class="bar"{span} style="{bar}">{h(r["number"])}</td>',
                      f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append(('<tr class="first">' if i == 0 else "<tr>") + "".join(cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each recommendation's actions are marked by the coloured bar at their left.</p>",
            table_html(plan["columns"], rows)]
    path.write_text(page_html(plan["meta"]["title"], BAR_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- rows as separate boxes, numbers in circles
BOX_STYLE = ("body{font-family:'Trebuchet MS',Arial,sans-serif;font-size:9pt;color:#1a1a1a}"
             "table{border-collapse:separate;border-spacing:0 6px;width:100%}"
             "th{background:#12355b;color:#fff;text-align:left;padding:5px 6px}"
             "td{border-top:1px solid #8aa4bf;border-bottom:1px solid #8aa4bf;padding:5px 6px;"
             "vertical-align:top;text-align:left;background:#f7fafc}"
             "td:first-child{border-left:1px solid #8aa4bf;border-radius:8px 0 0 8px;width:30px}"
             "td:last-child{border-right:1px solid #8aa4bf;border-radius:0 8px 8px 0}"
             "span.num{display:inline-block;width:20px;height:20px;line-height:20px;border-radius:50%;"
             "background:#12355b;color:#fff;font-weight:bold;text-align:center}"
             "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}")


def draw_boxed_rows_circle_numbers_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        number = f'<span class="num">{h(r["number"])}</span>' if i == 0 else ""
        cells = [number, h(r["text"]) if i == 0 else ""] + [h(a[k]) for k in ("action", "lead", "target",
                                                                                 "progress")]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Agreed by the review panel in June 2025; progress as reported by each lead agency.</p>",
            table_html(plan["columns"], rows)]
    path.write_text(page_html(plan["meta"]["title"], BOX_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- a grid of double lines
def double_borders(table: Any) -> None:
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="double", sz=4, space=0, color="000000"))
    insert_ordered(table._tbl.tblPr, borders, TBLPR_ORDER)


def merged_rows(t: Any, plan: dict[str, Any], merged: int = 2) -> list[Any]:
    """One row per action, the first ``merged`` cells (number, recommendation) merged over the actions."""
    out = []
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        for k, text in enumerate([r["number"], r["text"], a["action"], a["lead"], a["target"], a["progress"]]):
            fill_cell(c[k], text if k >= merged or i == 0 else "")
            if k < merged and len(r["actions"]) > 1:
                v_merge(c[k], i == 0)
        out.append(c)
    return out


def draw_double_rules_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Marlcombe CSP", font="Times New Roman", size=10)
    margins(doc, 2.0)
    footer(doc, "Marlcombe CSP – DHR 'Lilian' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    t = make_table(doc, [1.1, 4.0, 3.6, 2.6, 2.0, 3.7], style=None)
    double_borders(t)
    header_row(t, plan["columns"])
    merged_rows(t, plan)
    save_docx(doc, path)


# ---------------------------------------------------------------- banded columns, no rules
def draw_banded_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Fellbrook CSP", font="Calibri", size=9)
    margins(doc, 1.5)
    set_header_text(doc, "Fellbrook Community Safety Partnership", align="right")
    footer(doc, "DHR 'Nora' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Targets are quarters of the financial year.", space_after=8)
    t = make_table(doc, [1.2, 6.0, 5.4, 3.6, 2.4, 6.0], style=None, borderless=True)
    header_row(t, plan["columns"], fill="2F4F4F", color="FFFFFF")
    for c in merged_rows(t, plan):
        for k in (1, 3, 5):
            shade(c[k], "E7E6E6")
    save_docx(doc, path)


# ---------------------------------------------------------------- numbered sections, decimal recommendations
def section_row(t: Any, number: str, title: str) -> None:
    c = t.add_row().cells
    fill_cell(c[0], number, bold=True)
    shade(c[0], "DEEAF6")
    rest = c[1].merge(c[-1])
    fill_cell(rest, title, bold=True)
    shade(rest, "DEEAF6")


def draw_section_decimal_recs_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Stonegate CSP", font="Arial", size=9)
    margins(doc, 1.8)
    footer(doc, "Stonegate CSP – DHR 'Violet'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.1, 4.2, 3.8, 2.6, 2.0, 3.7], style=None)
    horizontal_rules_only(t)
    header_row(t, plan["columns"], fill="BDD7EE")
    for n, sec in enumerate(plan["sections"], 1):
        section_row(t, str(n), sec["owner"])
        merged_rows(t, {"sections": [sec]})
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "left_bar_groups_html": draw_left_bar_groups_html,
    "boxed_rows_circle_numbers_html": draw_boxed_rows_circle_numbers_html,
    "double_rules_docx": draw_double_rules_docx,
    "banded_columns_docx": draw_banded_columns_docx,
    "section_decimal_recs_docx": draw_section_decimal_recs_docx,
}
