"""Drawing of the thirtieth round of held-out plans (content in tools/heldout_plans_round30.py).

What is new here: a Word plan with a Priority column and references written ``DHR7/R3``; a web plan whose
recommendations are written as sub-points on lines of their own, one action per sub-point; a Word plan
numbering recommendations and actions in one column as a two-level list; a web plan closed by a row of
totals; and a Word plan with outcome and date-completed columns right of progress, mostly empty."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round30 import COMPLETION, PRIORITY, SUBPOINTS
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, shade, v_merge

h = html.escape


def draw_priority_refs_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Wrexford CSP", font="Arial", size=9)
    margins(doc, 1.8)
    footer(doc, "Wrexford CSP – DHR 7 action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Priority: High – within six months; Medium – within twelve months; Low – within eighteen "
                 "months.", italic=True, space_after=8)
    t = make_table(doc, [2.0, 6.2, 1.8, 5.6, 3.4, 2.0, 5.0])
    header_row(t, plan["columns"], fill="C00000", color="FFFFFF")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["label"], bold=True)
            fill_cell(c[1], r["text"])
            fill_cell(c[2], PRIORITY[r["text"]], bold=True)
        if len(r["actions"]) > 1:
            for k in (0, 1, 2):
                v_merge(c[k], i == 0)
        for cell, text in zip(c[3:], (a["action"], a["lead"], a["target"], a["progress"])):
            fill_cell(cell, text)
    save_docx(doc, path)


SUBPOINT_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#111}"
                  "table{border-collapse:collapse;width:100%}"
                  "th,td{border:1px solid #777;padding:4px 6px;vertical-align:top;text-align:left}"
                  "th{background:#dbe5f1}")


def draw_subpoint_actions_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            lines = SUBPOINTS.get(r["text"], [r["text"]])
            cells += [f"<td{span}>{h(r['number'])}</td>",
                      f"<td{span}>{'<br>'.join(h(x) for x in lines)}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Where a recommendation has parts, each part has an action of its own.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], SUBPOINT_STYLE, body), encoding="utf-8")


def draw_two_level_numbers_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Brackenby CSP", font="Calibri", size=9.5)
    margins(doc, 1.8)
    footer(doc, "Brackenby CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.2, 7.6, 3.0, 1.9, 3.7])
    header_row(t, plan["columns"], fill="D9D9D9")
    for r, i, a in action_rows(plan):
        if i == 0:
            c = t.add_row().cells
            fill_cell(c[0], r["number"], bold=True)
            fill_cell(c[1], r["text"], bold=True)
            for cell in c:
                shade(cell, "EDEDED")
        c = t.add_row().cells
        for cell, text in zip(c, (f"{r['number']}.{i + 1}", a["action"], a["lead"], a["target"],
                                  a["progress"])):
            fill_cell(cell, text)
    save_docx(doc, path)


TOTALS_STYLE = ("body{font-family:Verdana,Arial,sans-serif;font-size:9pt;color:#222}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{border:1px solid #8c8c8c;padding:4px 5px;vertical-align:top;text-align:left}"
                "th{background:#2f5496;color:#fff}tr.total td{background:#f2f2f2;font-weight:bold}")


def draw_totals_summary_row_html(plan: dict[str, Any], path: Path) -> None:
    rows, counts = [], {"complete": 0, "in_progress": 0, "not_started": 0}
    for r, i, a in action_rows(plan):
        counts[a["status"]] = counts.get(a["status"], 0) + 1
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    total = (f"Total actions: {sum(counts.values())}, complete {counts['complete']}, in progress "
             f"{counts['in_progress']}, not started {counts['not_started']}")
    rows.append(f'<tr class="total"><td colspan="{len(plan["columns"])}">{h(total)}</td></tr>')
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Progress as reported to the partnership board.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], TOTALS_STYLE, body), encoding="utf-8")


def draw_completion_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Pentre CSP", font="Arial", size=8.5)
    margins(doc, 1.6)
    footer(doc, "Pentre CSP – DHR 'Carys'")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=8)
    t = make_table(doc, [1.1, 5.0, 4.6, 2.6, 1.7, 3.8, 5.0, 2.0])
    header_row(t, plan["columns"], fill="DEEAF6")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"], a["evidence"],
                                      COMPLETION.get(a["action"], ""))):
            fill_cell(cell, text)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "priority_refs_docx": draw_priority_refs_docx,
    "subpoint_actions_html": draw_subpoint_actions_html,
    "two_level_numbers_docx": draw_two_level_numbers_docx,
    "totals_summary_row_html": draw_totals_summary_row_html,
    "completion_columns_docx": draw_completion_columns_docx,
}
