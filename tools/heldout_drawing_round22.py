"""Drawing of the twenty-second round of held-out plans (content in tools/heldout_plans_round22.py).

What is new here: a Word plan whose agencies are acronyms only, explained by an ``Abbreviation /
Meaning`` table before the plan table; a web plan with one row per recommendation whose actions are a
numbered list inside the recommendation cell, each ending with its agency in brackets; a Word plan
whose target is a shaded ``X`` in one of four quarter columns under a grouped ``2025/26`` header; a
Word plan whose status is only a percentage in a ``% complete`` column; and a web plan whose
``Timescale`` cells hold a ``Start:`` and an ``End:`` line."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_ALIGN_PARAGRAPH

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans import STATED
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         shade, v_merge)

h = html.escape


def merged_rows(t: Any, plan: dict[str, Any], values: Callable[[dict[str, Any]], list[str]],
                merged: int = 2) -> list[tuple[Any, dict[str, Any]]]:
    """One row per action, the first ``merged`` cells (number, recommendation) merged over the actions."""
    rows = []
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "")
        fill_cell(c[1], r["text"] if i == 0 else "")
        if len(r["actions"]) > 1:
            for k in range(merged):
                v_merge(c[k], i == 0)
        for k, text in enumerate(values(a), merged):
            fill_cell(c[k], text)
        rows.append((c, a))
    return rows


# ---------------------------------------------------------------- acronyms, key table before the plan
MEANING = [("HBC", "Hallowmere Borough Council"), ("HCSP", "Hallowmere Community Safety Partnership"),
           ("HPDU", "Hallowmere Probation Delivery Unit"), ("HPS", "Hallowmere Police Service"),
           ("HUHFT", "Hallowmere University Hospitals NHS Foundation Trust"),
           ("IDVA", "Independent Domestic Violence Adviser")]


def draw_acronym_key_before_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Hallowmere CSP", font="Tahoma", size=9)
    margins(doc, 1.6)
    set_header_text(doc, "OFFICIAL – SENSITIVE", align="center", bold=True)
    footer(doc, "HCSP – DHR 'Rosalind'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    add_par(doc, "Abbreviations used in this plan", bold=True, space_after=3)
    key = make_table(doc, [3.0, 11.0])
    header_row(key, ["Abbreviation", "Meaning"], fill="E7E6E6", repeat=False)
    for short, long in MEANING:
        c = key.add_row().cells
        fill_cell(c[0], short)
        fill_cell(c[1], long)
    add_par(doc, "", space_after=4)
    add_par(doc, "The actions below were agreed by the partnership board; progress as reported in October 2025.",
            space_after=6)
    t = make_table(doc, [1.2, 7.0, 6.4, 2.2, 2.4, 6.0])
    header_row(t, plan["columns"], fill="BDD7EE")
    merged_rows(t, plan, lambda a: [a["action"], a["lead"], a["target"], a["progress"]])
    save_docx(doc, path)


# ---------------------------------------------------------------- actions listed in the recommendation cell
LIST_STYLE = ("body{font-family:Lato,'Helvetica Neue',Arial,sans-serif;font-size:10pt;color:#1a1a1a}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #9a9a9a;padding:5px 7px;vertical-align:top;text-align:left}"
              "th{background:#efe9f4}td ol{margin:3px 0 0 0;padding-left:1.4em}p.a{margin:6px 0 0 0}")


def draw_bracketed_agency_list_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            items = "".join(f"<li>{h(a['action'])} ({h(a['lead'])})</li>" for a in r["actions"])
            first = r["actions"][0]
            rows.append(f"<tr><td><strong>{h(r['number'])}</strong></td>"
                        f"<td>{h(r['text'])}<p class=\"a\"><em>Actions:</em></p><ol>{items}</ol></td>"
                        f"<td>{h(first['target'])}</td><td>{h(first['progress'])}</td></tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each recommendation is listed with the actions agreed to meet it; the agency responsible for "
            "each action is shown in brackets.</p>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>",
            "<p>Progress reviewed by the partnership board, October 2025.</p>"]
    path.write_text(page_html(plan["meta"]["title"], LIST_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- Gantt-style quarter columns
QUARTERS = ["Q1", "Q2", "Q3", "Q4"]


def draw_gantt_quarter_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Marrowcombe CSP", font="Arial", size=8)
    margins(doc, 1.4)
    set_header_text(doc, "Marrowcombe Community Safety Partnership", align="right")
    footer(doc, "DHR 'Philippa' – action plan 2025/26")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "An X shows the quarter of the financial year 2025/26 by which each action is to be completed.",
            italic=True, space_after=8)
    cols = plan["columns"]
    t = make_table(doc, [1.1, 6.6, 6.0, 3.4, 1.1, 1.1, 1.1, 1.1, 5.5])
    top = header_row(t, cols[:4] + ["2025/26", "", "", ""] + cols[8:], fill="D6DCE4")
    header_row(t, ["", "", "", ""] + QUARTERS + [""], fill="D6DCE4")
    top.cells[4].merge(top.cells[7])
    for k in (0, 1, 2, 3, 8):
        t.cell(0, k).merge(t.cell(1, k))
    for c, a in merged_rows(t, plan, lambda a: [a["action"], a["lead"], "", "", "", "", a["progress"]]):
        k = 4 + QUARTERS.index(a["target"].split()[0])
        fill_cell(c[k], "X", bold=True)
        c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(c[k], "8EA9DB")
    save_docx(doc, path)


# ---------------------------------------------------------------- % complete
def draw_percent_complete_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Saltinghall CSP", font="Verdana", size=8)
    margins(doc, 1.5)
    set_header_text(doc, "Saltinghall CSP", align="left")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=8)
    t = make_table(doc, [1.0, 4.0, 3.8, 2.4, 1.8, 1.6, 3.4])
    header_row(t, plan["columns"], fill="FCE4D6")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "")
        fill_cell(c[1], r["text"] if i == 0 else "")
        for k, text in enumerate((a["action"], a["lead"], a["target"], a["status_word"], a["progress"]), 2):
            fill_cell(c[k], text)
        c[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_par(doc, "", space_after=4)
    add_par(doc, "Percentages are the lead agency's own estimate, September 2025.", italic=True)
    save_docx(doc, path)


# ---------------------------------------------------------------- start and end lines in the timescale
TIMESCALE_STYLE = ("body{font-family:Georgia,'Times New Roman',serif;font-size:10pt;color:#222}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border:0;border-bottom:1px solid #8a8a8a;padding:5px 6px;vertical-align:top;"
                   "text-align:left}th{border-bottom:2px solid #333}")


def timescale(a: dict[str, Any]) -> str:
    return f"Start: {h(a['u1'])}<br>End: {h(a['target'])}"


def draw_start_end_timescale_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        word = next((w for w in STATED.values() if a["progress"].startswith(w)), "")
        rest = a["progress"][len(word):].strip()
        progress = f"<strong>{h(word)}</strong>" + (f" {h(rest)}" if rest else "")
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{timescale(a)}</td>",
                  f"<td>{progress}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = ["<p>Wendlecott Borough Council › Community safety › Domestic homicide reviews</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each action shows the date work starts and the date it is due to end.</p>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>", "<p>Updated 3 October 2025.</p>"]
    path.write_text(page_html(plan["meta"]["title"], TIMESCALE_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "acronym_key_before_docx": draw_acronym_key_before_docx,
    "bracketed_agency_list_html": draw_bracketed_agency_list_html,
    "gantt_quarter_columns_docx": draw_gantt_quarter_columns_docx,
    "percent_complete_docx": draw_percent_complete_docx,
    "start_end_timescale_html": draw_start_end_timescale_html,
}
