"""Drawing of the thirty-eighth round of held-out plans (content in tools/heldout_plans_round38.py).

What is new here: a Word plan with no target column, its recommendations grouped under band rows that
name their timescale; a web page whose status is only the fill of each action's row; a Word plan of two
columns whose second cell holds the action's fields as paragraphs opened by bold run-in labels; a Word
plan whose header row is a table of its own above the body's table; and a web page whose multi-agency
action is one row naming its agencies on lines and giving each agency's progress as a paragraph opened
by the agency's name."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Pt

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         span_row, v_merge)

h = html.escape


def recs_of(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for s in plan["sections"] for r in s["recs"]]


def merged_rows(t: Any, r: dict[str, Any], values: Callable[[dict[str, Any]], list[str]],
                number: str) -> None:
    """A recommendation's action rows: number and text merged over them, the rest per action."""
    several = len(r["actions"]) > 1
    for i, a in enumerate(r["actions"]):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], number, bold=True)
            fill_cell(c[1], r["text"])
        if several:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for cell, text in zip(c[2:], values(a)):
            fill_cell(cell, text)


def draw_timescale_bands_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Wrenbury Vale CSP", font="Calibri", size=9.5)
    margins(doc, 1.6)
    set_header_text(doc, "OFFICIAL", align="right", bold=True)
    footer(doc, "Wrenbury Vale CSP – DHR 'Irene'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "The recommendations are grouped by the timescale the review panel set for them; every "
                 "action under a timescale is due by its date.", italic=True, space_after=8)
    t = make_table(doc, [1.2, 6.8, 6.6, 3.8, 8.0])
    header_row(t, plan["columns"], fill="D5DCE4")
    band = None
    for r in recs_of(plan):
        if r["actions"][0]["target"] != band:
            band = r["actions"][0]["target"]
            span_row(t, band, fill="FBE4D5")
        merged_rows(t, r, lambda a: [a["action"], a["lead"], a["progress"]], f"{r['number']}.")
    save_docx(doc, path)


FILLS = {"complete": "#c6efce", "in_progress": "#ffeb9c", "not_started": "#ffc7ce"}
FILL_STYLE = ("body{font-family:Verdana,'DejaVu Sans',sans-serif;font-size:9pt;color:#1a1a1a}"
              "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #9a9a9a;padding:4px 5px;vertical-align:top;text-align:left}"
              "th{background:#44546a;color:#fff}h1{font-size:13pt}"
              ".swatch{display:inline-block;width:28px;height:11px;border:1px solid #9a9a9a;"
              "vertical-align:middle;margin:0 4px 0 12px}"
              + "".join(f".{k}{{background:{v}}}" for k, v in FILLS.items()))


def draw_row_fill_status_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        fields = (a["action"], a["lead"], a["target"], a["progress"])
        cells += [f'<td class="{a["status"]}">{h(x)}</td>' for x in fields]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    key = "".join(f'<span class="swatch {k}"></span>{word}' for k, word in
                  (("complete", "Complete"), ("in_progress", "In progress"), ("not_started", "Not started")))
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            f"<p>The colour of each action's row shows its status: {key}</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
            "<p>Updated for the partnership board, April 2026.</p>"]
    path.write_text(page_html(plan["meta"]["title"], FILL_STYLE, body), encoding="utf-8")


RUN_IN = [("Action", "action"), ("Lead", "lead"), ("Target date", "target"), ("Update", "progress")]


def run_in_cell(cell: Any, a: dict[str, Any]) -> None:
    """The action's fields, a paragraph each, each opened by its bold label (``Lead: …``)."""
    for k, (name, key) in enumerate(RUN_IN):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.add_run(f"{name}: ").bold = True
        p.add_run(a[key])
        p.paragraph_format.space_after = Pt(2)


def draw_run_in_labels_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Pennington CSP", font="Verdana", size=9)
    margins(doc, 2.0)
    footer(doc, "Pennington CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=8)
    t = make_table(doc, [6.5, 10.5])
    header_row(t, plan["columns"], fill="DEEAF6")
    for r in recs_of(plan):
        several = len(r["actions"]) > 1
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["text"], label=f"{r['number']}. ")
            if several:
                v_merge(c[0], i == 0)
            run_in_cell(c[1], a)
    save_docx(doc, path)


INTRO = ("The review panel agreed the recommendations below with each agency. The partnership's "
         "domestic abuse delivery group checks the progress of every action at its quarterly meeting, and "
         "the partnership board receives this plan twice a year until every action is complete.",
         "Progress is as reported by the lead agencies for the delivery group's meeting of 15 April 2026. "
         "Where an action has not started, the agency has told the group when it will start.")
HEAD_WIDTHS = [1.3, 5.6, 5.8, 3.3, 2.6, 7.5]
BODY_WIDTHS = [1.5, 5.4, 5.9, 3.1, 2.8, 7.4]  # typed again, not copied: a few millimetres off the header


def draw_header_table_apart_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Redgrave CSP", font="Arial", size=11)
    margins(doc, 1.8)
    footer(doc, "Redgrave CSP – DHR 'Pauline'")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=10)
    for text in INTRO:
        add_par(doc, text, space_after=8)
    head = make_table(doc, HEAD_WIDTHS)
    header_row(head, plan["columns"], fill="203864", color="FFFFFF", repeat=False)
    gap = add_par(doc, "", space_after=0)  # keeps Word from joining the two tables
    gap.paragraph_format.line_spacing = Pt(1)
    t = make_table(doc, BODY_WIDTHS)
    for r in recs_of(plan):
        merged_rows(t, r, lambda a: [a["action"], a["lead"], a["target"], a["progress"]], r["number"])
    save_docx(doc, path)


JOINT_STYLE = ("body{font-family:Georgia,'Liberation Serif',serif;font-size:9.5pt;color:#222}"
               "table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #777;padding:4px 6px;vertical-align:top;text-align:left}"
               "th{background:#e2efd9}h1{font-size:14pt}td p{margin:0 0 4px 0}")


def joint(actions: list[dict[str, Any]]) -> bool:
    """Whether a recommendation's actions are one action shared by several agencies (written once)."""
    return len(actions) > 1 and len({a["action"] for a in actions}) == 1


def joint_row(r: dict[str, Any]) -> str:
    acts = r["actions"]
    leads = "<br>".join(h(a["lead"]) for a in acts)
    progress = "".join(f"<p><strong>{h(a['lead'])}:</strong> {h(a['progress'])}</p>" for a in acts)
    cells = [f"<td>{h(r['number'])}</td>", f"<td>{h(r['text'])}</td>", f"<td>{h(acts[0]['action'])}</td>",
             f"<td>{leads}</td>", f"<td>{h(acts[0]['target'])}</td>", f"<td>{progress}</td>"]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_joint_agency_progress_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r in recs_of(plan):
        if joint(r["actions"]):
            rows.append(joint_row(r))
            continue
        for i, a in enumerate(r["actions"]):
            cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
            cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Where an action falls to several agencies it is written once, with each agency's "
            "progress under its name.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], JOINT_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "timescale_bands_docx": draw_timescale_bands_docx,
    "row_fill_status_html": draw_row_fill_status_html,
    "run_in_labels_docx": draw_run_in_labels_docx,
    "header_table_apart_docx": draw_header_table_apart_docx,
    "joint_agency_progress_html": draw_joint_agency_progress_html,
}
