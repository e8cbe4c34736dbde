"""Drawing of the fortieth round of held-out plans (content in tools/heldout_plans_round40.py).

What is new here: a Word plan whose several actions are lettered inside one cell per recommendation,
the lead, target and progress cells lettered to match; a web page whose status is only an icon with
alt text; a Word plan split by hand on typed continuation rows; a web page with priority, success
measure and cost columns; and a web page whose header row is repeated as body rows where a print broke."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_drawing_round38 import recs_of
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape
LETTERS = "abcdefgh"


def lettered(values: list[str]) -> str:
    """One paragraph per action, each opened by its letter; a single action left unlettered."""
    if len(values) == 1:
        return values[0]
    return "\n".join(f"{LETTERS[i]}) {v}" for i, v in enumerate(values))


def draw_lettered_in_cell_leads_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Wrenfield CSP", font="Calibri", size=9.5)
    margins(doc, 1.6)
    footer(doc, "Wrenfield CSP – DHR 'Lorraine' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Where a recommendation needs more than one action, the actions are lettered and the lead, "
                 "target date and progress for each are given against the same letter.", space_after=8)
    t = make_table(doc, [1.0, 6.0, 6.4, 3.6, 2.4, 6.4])
    header_row(t, plan["columns"], fill="FBE4D5")
    for r in recs_of(plan):
        c = t.add_row().cells
        fill_cell(c[0], f"{r['number']}.", bold=True)
        fill_cell(c[1], r["text"])
        for cell, key in zip(c[2:], ("action", "lead", "target", "progress")):
            fill_cell(cell, lettered([a[key] for a in r["actions"]]), space_between=4)
    save_docx(doc, path)


ICONS = {"complete": ("#00703c", '<path d="M5 10 l4 4 l7-8" stroke="#fff" stroke-width="2.4" fill="none"/>'),
         "in_progress": ("#f5a300", '<path d="M10 5 v5 l3 3" stroke="#fff" stroke-width="2" fill="none"/>'),
         "not_started": ("#6f777b", '<path d="M5 10 h10" stroke="#fff" stroke-width="2.4"/>')}
WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def icon(status: str) -> str:
    """The status as an inline SVG image, its word only in ``alt`` and ``title``."""
    fill, mark = ICONS[status]
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20">'
           f'<circle cx="10" cy="10" r="9" fill="{fill}"/>{mark}</svg>')
    word = WORDS[status]
    return f'<img src="data:image/svg+xml,{quote(svg)}" alt="{word}" title="{word}" width="16" height="16">'


ICON_STYLE = ("body{font-family:'Open Sans',Arial,sans-serif;font-size:10pt;color:#222}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}"
              "th{background:#e8eef4}td.icon{text-align:center;width:4%}.key img{vertical-align:middle}"
              "h1{font-size:15pt}")


def draw_status_icon_alt_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells += [f'<td class="icon">{icon(a["status"])}</td>', f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    key = " &nbsp; ".join(f"{icon(s)} {w}" for s, w in WORDS.items())
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The agencies' actions in response to the review's recommendations, with their progress "
            "reported to the partnership.</p>",
            f'<p class="key"><strong>Key:</strong> {key}</p>',
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], ICON_STYLE, body), encoding="utf-8")


def start_new_page(cells: list[Any]) -> None:
    for c in cells:
        c.paragraphs[0].paragraph_format.page_break_before = True


def draw_cont_rec_rows_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Foxley Vale CSP", font="Book Antiqua", size=9.5)
    margins(doc, 2.0)
    footer(doc, "Foxley Vale CSP – DHR 'Irene'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.4, 4.6, 4.0, 2.6, 2.2, 3.0])
    header_row(t, plan["columns"], fill="DEEAF6")
    splits = {number: at for number, at in plan["continued"]["rec_action"]}
    for r in recs_of(plan):
        at = splits.get(r["number"], len(r["actions"]))
        for part, actions in enumerate((r["actions"][:at], r["actions"][at:])):
            for i, a in enumerate(actions):
                c = t.add_row().cells
                if i == 0 and part == 0:
                    fill_cell(c[0], f"{r['number']}.", bold=True)
                    fill_cell(c[1], r["text"])
                elif i == 0:
                    fill_cell(c[0], f"{r['number']} (cont.)", bold=True)
                    fill_cell(c[1], f"Recommendation {r['number']} continued", italic=True)
                    start_new_page(c)
                if len(actions) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"])):
                    fill_cell(cell, text)
    save_docx(doc, path)


COST_STYLE = ("body{font-family:Tahoma,Verdana,sans-serif;font-size:9pt;color:#111}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #8c8c8c;padding:3px 5px;vertical-align:top;text-align:left}"
              "th{background:#d9d2e9}h1{font-size:14pt}")


def draw_resource_cost_columns_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for n, (r, i, a) in enumerate(action_rows(plan)):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        priority, cost = plan["extra_cells"][str(n)]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], priority, a["evidence"], cost, a["lead"],
                                               a["target"], a["status_word"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each action shows its priority, how the partnership will know it has worked and what it "
            "costs.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], COST_STYLE, body), encoding="utf-8")


BODY_HEAD_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#000}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border:1px solid #666;padding:3px 5px;vertical-align:top;text-align:left}"
                   "th,tr.hdr td{background:#c6d9f1;font-weight:bold}"
                   "tr.pg td{border:none;color:#888;font-size:7pt;text-align:right;padding-top:10px}"
                   "h1{font-size:13pt}")
PAGE_BREAKS = {"3": 2, "5": 3}  # the recommendation a print's page began with -> that page's number


def draw_header_rows_in_body_html(plan: dict[str, Any], path: Path) -> None:
    cols = plan["columns"]
    rows = []
    for r, i, a in action_rows(plan):
        if i == 0 and r["number"] in PAGE_BREAKS:
            rows.append(f'<tr class="pg"><td colspan="{len(cols)}">Page {PAGE_BREAKS[r["number"]]} of 3</td></tr>')
            rows.append('<tr class="hdr">' + "".join(f"<td>{h(c)}</td>" for c in cols) + "</tr>")
        first = (r["number"], r["text"]) if i == 0 else ("", "")
        rows.append("<tr>" + "".join(f"<td>{h(x)}</td>" for x in (*first, a["action"], a["lead"], a["target"],
                                                                  a["progress"])) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in cols)
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Converted from the plan agreed by the partnership board.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], BODY_HEAD_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "lettered_in_cell_leads_docx": draw_lettered_in_cell_leads_docx,
    "status_icon_alt_html": draw_status_icon_alt_html,
    "cont_rec_rows_docx": draw_cont_rec_rows_docx,
    "resource_cost_columns_html": draw_resource_cost_columns_html,
    "header_rows_in_body_html": draw_header_rows_in_body_html,
}
