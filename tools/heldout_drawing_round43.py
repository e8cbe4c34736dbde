"""Drawing of the forty-third round of held-out plans (content in tools/heldout_plans_round43.py).

What is new here: a Word plan whose header is two rows, ``Timescales`` over ``Start | End``; a Word plan
whose narrow ``Priority`` column runs its words bottom to top; a web page whose progress cells are open
``<details>`` disclosures; a Word plan with a full-width ``Outcome:`` row after each recommendation; and a
web page whose lead agencies are acronyms keyed in one line under the table."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_ALIGN_PARAGRAPH
from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round25 import vertical_text
from heldout_drawing_round34 import rowspan_cells
from heldout_drawing_round38 import recs_of
from heldout_drawing_round41 import merged_action_rows
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         shade, span_row, v_merge)

h = html.escape


def draw_timescales_start_end_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Kestlemoor CSP", font="Arial", size=9)
    margins(doc, 1.5)
    footer(doc, "Kestlemoor CSP – DHR 'Lorna' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    cols = plan["columns"]
    t = make_table(doc, [1.0, 6.0, 5.6, 3.6, 2.2, 2.2, 5.8])
    top = header_row(t, cols[:4] + ["Timescales", ""] + cols[6:], fill="D9E2F3")
    header_row(t, ["", "", "", ""] + cols[4:6] + [""], fill="D9E2F3")
    top.cells[4].merge(top.cells[5])
    for k in (0, 1, 2, 3, 6):
        t.cell(0, k).merge(t.cell(1, k))
    starts = plan["starts"]
    merged_action_rows(t, plan, lambda n, a: [a["action"], a["lead"], starts[n], a["target"], a["progress"]])
    save_docx(doc, path)


def draw_vertical_priority_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Dunsfold Water CSP", font="Calibri", size=9)
    margins(doc, 1.6)
    set_header_text(doc, "OFFICIAL", align="right", bold=True)
    footer(doc, "Dunsfold Water CSP – DHR 'Edith'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.0, 6.2, 0.8, 5.8, 3.4, 2.4, 6.4])
    head = header_row(t, plan["columns"], fill="E2EFD9")
    vertical_text(head.cells[2])
    prio = plan["priorities"]
    n = 0
    for r in recs_of(plan):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], f"{r['number']}.", bold=True)
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            fill_cell(c[2], prio[n], bold=True)
            vertical_text(c[2])
            c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for cell, text in zip(c[3:], (a["action"], a["lead"], a["target"], a["progress"])):
                fill_cell(cell, text)
            n += 1
    save_docx(doc, path)


DETAILS_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#1b1b1b}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #9a9a9a;padding:4px 6px;vertical-align:top;text-align:left}"
                 "th{background:#e4ecf2}h1{font-size:14pt}"
                 "summary{font-weight:bold;color:#20507a;cursor:pointer}details p{margin:3px 0 0}")


def update_details(progress: str) -> str:
    """An open disclosure: the summary names the update, the update inside it."""
    if not progress:
        return ""
    return f"<details open><summary>Update – 30 April 2026</summary><p>{h(progress)}</p></details>"


def draw_details_progress_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells.append(f"<td>{update_details(a['progress'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Select an update to hide or show it.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], DETAILS_STYLE, body), encoding="utf-8")


def draw_outcome_row_after_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Corringham CSP", font="Cambria", size=9)
    margins(doc, 1.7)
    footer(doc, "Corringham CSP – DHR 'Vera' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.2, 4.2, 4.2, 2.6, 1.6, 3.6])
    header_row(t, plan["columns"], fill="D0CECE")
    for r, outcome in zip(recs_of(plan), plan["outcomes"]):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["number"], bold=True)
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"])):
                fill_cell(cell, text)
        row = span_row(t, "", fill="F2F2F2")
        p = row.cells[0].paragraphs[0]
        p.add_run("Outcome: ").bold = True
        p.add_run(outcome).italic = True
    save_docx(doc, path)


KEY_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#222}"
             "table{border-collapse:collapse;width:100%}"
             "th,td{border:1px solid #a0a0a0;padding:3px 5px;vertical-align:top;text-align:left}"
             "th{background:#ece3f0}h1{font-size:13pt}p.key{font-size:8pt;margin-top:6px}")


def draw_acronym_key_below_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
            f"<p class=\"key\"><b>Key:</b> {h(plan['key'])}</p>"]
    path.write_text(page_html(plan["meta"]["title"], KEY_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "timescales_start_end_docx": draw_timescales_start_end_docx,
    "vertical_priority_docx": draw_vertical_priority_docx,
    "details_progress_html": draw_details_progress_html,
    "outcome_row_after_docx": draw_outcome_row_after_docx,
    "acronym_key_below_html": draw_acronym_key_below_html,
}
