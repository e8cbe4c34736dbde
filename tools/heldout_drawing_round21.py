"""Drawing of the twenty-first round of held-out plans (content in tools/heldout_plans_round21.py).

What is new here: a Word plan whose status is only a code (``C`` / ``IP`` / ``NS``) in a narrow last
column, explained by a key line above the table; a web plan whose progress cells keep a superseded
entry struck through (``<del>``) above the entry in force; a Word plan whose table is followed at once,
with no paragraph between, by a table counting the actions by status; a Word plan with no number
anywhere, each recommendation a bold row of its own in the first column above its actions; and a web
plan whose status is a tick in one of three columns under a grouped ``Status`` header."""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from heldout_drawing import action_rows, footer, horizontal_rules_only
from heldout_drawing_round18 import page_html
from heldout_plans import STATED
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         v_merge)

h = html.escape


def margins(doc: Any, cm: float) -> None:
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(doc.sections[0], side, Cm(cm))


# ---------------------------------------------------------------- status codes C / IP / NS
def draw_status_letter_codes_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Brindlemoor CSP", font="Calibri", size=9)
    margins(doc, 1.3)
    set_header_text(doc, "Brindlemoor Community Safety Partnership", align="right")
    footer(doc, "DHR 'Annika' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Status key:   C = complete     IP = in progress     NS = not started", bold=True,
            space_after=2)
    add_par(doc, "Updates as reported by the lead agencies, October 2025.", italic=True, space_after=8)
    t = make_table(doc, [1.2, 6.5, 6.0, 3.6, 2.8, 5.6, 1.4])
    header_row(t, plan["columns"], fill="C6D9F1")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "")
        fill_cell(c[1], r["text"] if i == 0 else "")
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for k, text in enumerate((a["action"], a["lead"], a["target"], a["progress"]), 2):
            fill_cell(c[k], text)
        fill_cell(c[6], a["status_word"], bold=True)
        c[6].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    save_docx(doc, path)


# ---------------------------------------------------------------- superseded progress struck through
STRUCK_STYLE = ("body{font-family:'Source Sans 3','Source Sans Pro',Arial,sans-serif;font-size:10pt;color:#222}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{border:1px solid #8c8c8c;padding:4px 6px;vertical-align:top;text-align:left}"
                "th{background:#e8e3d8}del{color:#8a8a8a}")


def struck_progress(a: dict[str, Any]) -> str:
    """The status in bold, the superseded entry struck through, then the entry in force."""
    word = next((w for w in STATED.values() if a["progress"].startswith(w)), "")
    rest = a["progress"][len(word):].strip()
    parts = [f"<strong>{h(word)}</strong>"]
    if a["u1"]:
        parts.append(f"<del>{h(a['u1'])}</del>")
    if rest:
        parts.append(h(rest))
    return "<br>".join(parts)


def draw_struck_progress_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{struck_progress(a)}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = ["<p>Corrieford Council › Community safety › Domestic homicide reviews › DHR 'Marguerite'</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Progress is updated by each lead agency. Where an update has been overtaken, the earlier "
            "entry is struck through and kept for the record.</p>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>",
            "<p>Page last updated: 8 October 2025.</p>"]
    path.write_text(page_html(plan["meta"]["title"], STRUCK_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- totals table touching the plan
COUNTED = [("complete", "Complete"), ("in_progress", "In progress"), ("not_started", "Not started")]


def draw_totals_table_abutting_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Dunstanmere CSP", font="Georgia", size=9)
    margins(doc, 1.5)
    set_header_text(doc, "OFFICIAL", align="center")
    footer(doc, "Dunstanmere CSP – DHR 'Celeste'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.0, 4.4, 4.2, 2.8, 2.0, 3.6])
    header_row(t, plan["columns"], fill="D9D9D9")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "")
        fill_cell(c[1], r["text"] if i == 0 else "")
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for k, text in enumerate((a["action"], a["lead"], a["target"], a["progress"]), 2):
            fill_cell(c[k], text)
    counts = Counter(a["status"] for _, _, a in action_rows(plan))
    # added straight after the plan, no paragraph between, its rule falling on the plan's: the two touch
    summary = make_table(doc, [9.6, 8.4])
    header_row(summary, ["Status", "Number of actions"], fill="D9D9D9", repeat=False)
    for key, name in COUNTED:
        c = summary.add_row().cells
        fill_cell(c[0], name)
        fill_cell(c[1], str(counts[key]))
    c = summary.add_row().cells
    fill_cell(c[0], "Total", bold=True)
    fill_cell(c[1], str(sum(counts.values())), bold=True)
    add_par(doc, "", space_after=6)
    add_par(doc, "Progress as reported to the partnership board on 14 October 2025.")
    save_docx(doc, path)


# ---------------------------------------------------------------- bold recommendation rows, no numbers
def draw_bold_rec_rows_unnumbered_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Evenlode Cross CSP", font="Cambria", size=10)
    margins(doc, 1.5)
    set_header_text(doc, "Evenlode Cross Community Safety Partnership", align="left")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "The recommendations of the overview report are shown in bold, each followed by the actions "
                 "agreed to meet it.", space_after=8)
    t = make_table(doc, [11.0, 4.2, 2.8, 8.7], style=None)
    horizontal_rules_only(t, "7F7F7F")
    header_row(t, plan["columns"], fill="DCE6DC")
    for r, i, a in action_rows(plan):
        if i == 0:
            c = t.add_row().cells
            fill_cell(c[0], r["text"], bold=True)
        c = t.add_row().cells
        for k, text in enumerate((a["action"], a["lead"], a["target"], a["progress"])):
            fill_cell(c[k], text)
    save_docx(doc, path)


# ---------------------------------------------------------------- a tick in one of three status columns
TICK_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:9.5pt;color:#111}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #777;padding:3px 5px;vertical-align:top;text-align:left}"
              "th{background:#dde7ee}th.s,td.s{width:3.2em;text-align:center}")


def draw_tick_status_columns_html(plan: dict[str, Any], path: Path) -> None:
    cols = plan["columns"]
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>"]
        cells += [f'<td class="s">{"✓" if a["status"] == key else ""}</td>'
                  for key, _ in COUNTED]
        cells.append(f"<td>{h(a['progress'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = ("<thead><tr>" + "".join(f'<th rowspan="2">{h(c)}</th>' for c in cols[:5])
            + '<th colspan="3" class="s">Status</th><th rowspan="2">Comments</th></tr><tr>'
            + "".join(f'<th class="s">{h(c)}</th>' for c in cols[5:8]) + "</tr></thead>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>A tick shows the status of each action as reported in October 2025.</p>",
            "<table>" + head + "<tbody>", *rows, "</tbody></table>",
            "<p>Tarrowby Community Safety Partnership, Town Hall, Tarrowby.</p>"]
    path.write_text(page_html(plan["meta"]["title"], TICK_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "status_letter_codes_docx": draw_status_letter_codes_docx,
    "struck_progress_html": draw_struck_progress_html,
    "totals_table_abutting_docx": draw_totals_table_abutting_docx,
    "bold_rec_rows_unnumbered_docx": draw_bold_rec_rows_unnumbered_docx,
    "tick_status_columns_html": draw_tick_status_columns_html,
}
