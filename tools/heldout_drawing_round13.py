"""Drawing of the thirteenth round of held-out plans (content in tools/heldout_plans_round13.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: a shaded number row with the
recommendation's text in a full-width row below it and no recommendation column; a ``Priority`` column
and targets written as months and seasons in words; a web page of accordion sections
(``<details open>``), one per recommendation, each with a small table of its actions; ALL-CAPS
abbreviated headers with two template columns never filled in; and a mostly complete plan with a
``Closed`` column, the closed rows in grey."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import (REC_NUMBER, REC_TEXT, action_rows, field, first, footer, horizontal_rules_only,
                             write_rows)
from heldout_drawing_round12 import recommendations
from heldout_drawing_round4 import page
from heldout_plans_round13 import CLOSED, PRIORITY
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         shade, span_row)


def number_row(table: Any, text: str, fill: str) -> None:
    """A shaded row: ``text`` bold in the first cell, the other cells merged into one empty cell."""
    row = table.add_row()
    fill_cell(row.cells[0], text, bold=True)
    rest = row.cells[1].merge(row.cells[-1])
    for cell in (row.cells[0], rest):
        shade(cell, fill)


def draw_number_row_text_below(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Kestrel Bay CSP", font="Calibri", size=9),
               letter=True, margin_cm=2.0)
    set_header_text(doc, "Kestrel Bay CSP – DHR 'Imogen'", align="right", color="595959")
    footer(doc, "Action plan – version 2, September 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [2.6, 5.4, 2.8, 2.2, 4.4])
    header_row(t, plan["columns"], fill="D9D9D9")
    for r in recommendations(plan):
        number_row(t, f"Recommendation {r['number']}", "DEEAF6")
        fill_cell(span_row(t, "", bold=False).cells[0], r["text"], italic=True)
        for a in r["actions"]:
            c = t.add_row().cells
            for k, key in enumerate(("action", "lead", "target", "progress"), start=1):
                fill_cell(c[k], a[key])
    save_docx(doc, path)


def draw_month_name_priority(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Ashcombe CSP", font="Aptos", size=9),
               letter=False, margin_cm=1.6)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Ashcombe DHR 'Rosa' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Priority: High = to be completed within six months; Medium = within a year; "
                 "Low = within eighteen months.", italic=True, size=8, space_after=6)
    t = make_table(doc, [1.0, 6.0, 1.7, 5.4, 3.2, 2.6, 6.0], style=None)
    horizontal_rules_only(t)
    header_row(t, plan["columns"], fill="E2EFDA")
    priority = first(lambda r, i, a: PRIORITY[r["number"]])
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, priority, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(0, 1, 2))
    save_docx(doc, path)


ACCORDION_STYLE = ("body{font-family:Arial,sans-serif;font-size:10pt;color:#0b0c0c;max-width:58em}"
                   "details{border-top:1px solid #b1b4b6;padding:6px 0 10px 0}"
                   "summary{font-weight:bold;font-size:11pt;cursor:pointer;margin-bottom:6px}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border-bottom:1px solid #b1b4b6;padding:4px 6px;text-align:left;vertical-align:top}"
                   "th{font-weight:bold}p{margin:0 0 6px 0}")


def accordion_section(r: dict[str, Any], columns: list[str]) -> list[str]:
    h = html.escape
    rows = ["<tr>" + "".join(f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")) + "</tr>"
            for a in r["actions"]]
    return ["<details open>", f"<summary>Recommendation {h(r['number'])}: {h(r['text'])}</summary>",
            "<table><thead><tr>" + "".join(f'<th scope="col">{h(c)}</th>' for c in columns) + "</tr></thead>",
            "<tbody>", *rows, "</tbody></table>", "</details>"]


def draw_accordion_details_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{ACCORDION_STYLE}</style></head><body>",
             '<p><a href="/">Denholm Council</a> › <a href="/community-safety">Community safety</a> › '
             "Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The review made five recommendations. Open a section to see the actions agreed and the "
             "progress made. This page was last updated on 14 November 2025.</p>",
             '<p><a href="#">Show all sections</a></p>']
    for r in recommendations(plan):
        lines += accordion_section(r, plan["columns"])
    lines += ["<p>Contact the community safety team if you need this page in another format.</p>",
              "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def draw_caps_header_empty_signoff(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Pennacott CSP", font="Verdana", size=8),
               letter=False, margin_cm=1.27)
    set_header_text(doc, "PENNACOTT COMMUNITY SAFETY PARTNERSHIP", align="left", bold=True)
    footer(doc, "DHR 'Joanne' – ACTION PLAN")
    add_par(doc, plan["meta"]["title"].upper(), bold=True, size=11, space_after=6)
    t = make_table(doc, [1.3, 4.6, 4.4, 2.6, 1.9, 5.0, 2.1, 2.3])
    header_row(t, plan["columns"], fill="BFBFBF")
    blank = first(lambda r, i, a: "")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), blank, blank], merged=(0, 1))
    save_docx(doc, path)


CLOSED_STYLE = ("body{font-family:Tahoma,Verdana,sans-serif;font-size:9.5pt;color:#222}"
                "table.plan{border-collapse:collapse;width:100%}"
                "table.plan th,table.plan td{border:1px solid #cfcfcf;padding:4px 5px;vertical-align:top}"
                "table.plan th{background:#eef3f8;text-align:left}"
                "tr.closed td.act{color:#808080}p{margin:0 0 5px 0}")


def closed_cell(a: dict[str, Any]) -> str:
    return next((c for opening, c in CLOSED.items() if a["action"].startswith(opening)), "No")


def closed_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    """One action's row; its recommendation's ``rowspan`` cells first on the first action's row."""
    h = html.escape
    cells = []
    if i == 0:
        span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<td{span}><b>{h(r['number'])}</b></td>", f"<td{span}>{h(r['text'])}</td>"]
    closed = closed_cell(a)
    cells += [f'<td class="act">{h(a[k])}</td>' for k in ("action", "lead", "target")]
    cells += [f'<td class="act">{h(closed)}</td>', f'<td class="act">{h(a["progress"])}</td>']
    kind = ' class="closed"' if closed != "No" else ""
    return f"<tr{kind}>" + "".join(cells) + "</tr>"


def draw_closed_column_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = [closed_row(r, i, a) for r, i, a in action_rows(plan)]
    total = len(rows)
    closed = sum(1 for _, _, a in action_rows(plan) if closed_cell(a) != "No")
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{CLOSED_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             f"<p><strong>{closed} of {total} actions closed.</strong> Closed actions are shown in grey.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>", *rows, "</tbody></table>",
             "<p>Stourleigh Community Safety Partnership, Civic Centre, Stourleigh.</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "number_row_text_below": draw_number_row_text_below, "month_name_priority": draw_month_name_priority,
    "accordion_details_html": draw_accordion_details_html,
    "caps_header_empty_signoff": draw_caps_header_empty_signoff, "closed_column_html": draw_closed_column_html,
}
