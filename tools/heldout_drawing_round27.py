"""Drawing of the twenty-seventh round of held-out plans (content in tools/heldout_plans_round27.py).

What is new here: a Word plan printed as a form, one table a sheet, whose `Line` numbers restart on each
sheet and whose blank numbered lines fill the sheet; a web plan with one row per recommendation and its
actions as parallel lines in side-by-side cells; a Word plan whose column groups are boxed apart by narrow
empty spacer columns; a web plan whose leads are officers' initials keyed in a table after the plan; and a
web plan whose progress is a full-width band row under each action."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round25 import table_html
from heldout_drawing_round26 import merged_rows
from heldout_plans_round27 import OFFICERS
from sample_docx import (TCPR_ORDER, TRPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table,
                         new_document, save_docx, shade, xml_el)

h = html.escape


# ---------------------------------------------------------------- a printed form, line numbers per sheet
FORM_LINES = 8  # lines on a sheet
FORM_SHEETS = [(0, 3), (3, 5)]  # the recommendations on each sheet


def min_height(row: Any, cm: float) -> None:
    insert_ordered(row._tr.get_or_add_trPr(), xml_el("w:trHeight", val=int(cm * 567), hRule="atLeast"),
                   TRPR_ORDER)


def form_heading(doc: Any, sheet: int, sheets: int) -> None:
    t = make_table(doc, [6.0, 14.5, 4.5])
    c = t.add_row().cells
    fill_cell(c[0], "Form DHR-AP1 (rev. 03/25)", bold=True)
    fill_cell(c[1], "Ashworth DHR 'Mabel' – action plan and progress return")
    fill_cell(c[2], f"Sheet {sheet} of {sheets}", bold=True)
    add_par(doc, "", space_after=4)


def draw_form_line_numbers_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Ashworth CSP", font="Arial", size=9)
    margins(doc, 1.4)
    footer(doc, "Ashworth CSP – Form DHR-AP1")
    recs = plan["sections"][0]["recs"]
    for sheet, (lo, hi) in enumerate(FORM_SHEETS, 1):
        if sheet > 1:
            doc.add_page_break()
        else:
            add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
        form_heading(doc, sheet, len(FORM_SHEETS))
        t = make_table(doc, [1.1, 1.1, 5.4, 5.2, 3.4, 2.2, 6.6])
        header_row(t, plan["columns"], fill="D9D9D9")
        line = 0
        for r, i, a in action_rows({"sections": [{"recs": recs[lo:hi]}]}):
            line += 1
            row = t.add_row()
            min_height(row, 1.5)
            texts = [str(line), r["number"] if i == 0 else "", r["text"] if i == 0 else "", a["action"],
                     a["lead"], a["target"], a["progress"]]
            for cell, text in zip(row.cells, texts):
                fill_cell(cell, text)
        while line < FORM_LINES:  # the form's blank lines, numbered
            line += 1
            row = t.add_row()
            min_height(row, 1.5)
            fill_cell(row.cells[0], str(line))
    save_docx(doc, path)


# ---------------------------------------------------------------- parallel lines in one row per recommendation
PARALLEL_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#111}"
                  "table{border-collapse:collapse;width:100%}"
                  "th,td{border:1px solid #777;padding:4px 5px;vertical-align:top;text-align:left}"
                  "th{background:#e3e8ee}")


def draw_parallel_lines_one_row_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            lines = ["<br>".join(h(a[k]) for a in r["actions"]) for k in ("action", "lead", "target", "progress")]
            rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in [h(r["number"]), h(r["text"]), *lines])
                        + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Where a recommendation has more than one action, each line of the Actions, Lead, By and "
            "Progress columns is one action.</p>",
            table_html(plan["columns"], rows)]
    path.write_text(page_html(plan["meta"]["title"], PARALLEL_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- spacer columns between boxed groups
SPACER_GROUPS = [[0, 1], [3, 4, 5], [7]]  # grid columns of each group; 2 and 6 are spacers
GROUP_FILLS = ["C6E0B4", "BDD7EE", "F8CBAD"]
SPACERS = (2, 6)


def cell_borders(cell: Any, val: str) -> None:
    borders = xml_el("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(xml_el("w:" + side, val=val, sz=4, space=0, color="000000") if val != "nil"
                       else xml_el("w:" + side, val="nil"))
    insert_ordered(cell._tc.get_or_add_tcPr(), borders, TCPR_ORDER)


def draw_spacer_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Hollinsford CSP", font="Segoe UI", size=9)
    margins(doc, 1.5)
    footer(doc, "Hollinsford CSP – DHR 'Ruth'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.1, 6.0, 0.4, 5.0, 3.4, 2.4, 0.4, 7.0], style=None, borderless=True)
    cols = plan["columns"]
    head = header_row(t, [cols[0], cols[1], "", cols[2], cols[3], cols[4], "", cols[5]])
    for group, fill in zip(SPACER_GROUPS, GROUP_FILLS):
        for k in group:
            shade(head.cells[k], fill)
    for k, cell in enumerate(head.cells):
        cell_borders(cell, "nil" if k in SPACERS else "single")
    for cells in merged_rows(SpacerView(t), plan):
        for cell in cells:
            cell_borders(cell, "single")
    save_docx(doc, path)


class SpacerView:
    """Rows added through it come back as their six real cells, so the plan's six-column writers fill them
    while the spacer columns stay empty."""

    def __init__(self, table: Any) -> None:
        self.table = table

    def add_row(self) -> Any:
        row = self.table.add_row()
        real = [c for k, c in enumerate(row.cells) if k not in SPACERS]
        for k in SPACERS:
            cell_borders(row.cells[k], "nil")
        return type("Row", (), {"cells": real})()


# ---------------------------------------------------------------- initials keyed after the plan
INITIALS_STYLE = ("body{font-family:Georgia,'Times New Roman',serif;font-size:10pt;color:#222}"
                  "table{border-collapse:collapse;width:100%;margin-bottom:14px}"
                  "th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left}"
                  "th{background:#ece6f2}table.key{width:70%}h2{font-size:12pt}")


def draw_initials_key_after_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    key = ['<table class="key"><thead><tr><th>Initials</th><th>Name</th><th>Role</th><th>Agency</th></tr>'
           "</thead><tbody>"]
    key += ["<tr>" + "".join(f"<td>{h(x)}</td>" for x in officer) + "</tr>" for officer in OFFICERS]
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Leads are shown by the lead officer's initials; see the key below the plan.</p>",
            table_html(plan["columns"], rows), "<h2>Key to initials</h2>", "".join(key) + "</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], INITIALS_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- progress in a band row under each action
BAND_STYLE = ("body{font-family:Calibri,Carlito,Arial,sans-serif;font-size:10pt;color:#1b1b1b}"
              "table{border-collapse:collapse;width:100%}"
              "th{border-bottom:2px solid #444;text-align:left;padding:4px 6px}"
              "td{padding:3px 6px;vertical-align:top;text-align:left}"
              "tr.band td{background:#fff6d5;font-style:italic;border-bottom:1px solid #999;padding-bottom:5px}"
              "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}")


def draw_progress_band_under_html(plan: dict[str, Any], path: Path) -> None:
    rows, width = [], len(plan["columns"])
    for r, i, a in action_rows(plan):
        cells = [h(r["number"]) if i == 0 else "", h(r["text"]) if i == 0 else "",
                 h(a["action"]), h(a["lead"]), h(a["target"])]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        rows.append(f'<tr class="band"><td colspan="{width}"><b>Progress:</b> {h(a["progress"])}</td></tr>')
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each action's progress is given in the shaded line beneath it.</p>",
            table_html(plan["columns"], rows)]
    path.write_text(page_html(plan["meta"]["title"], BAND_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "form_line_numbers_docx": draw_form_line_numbers_docx,
    "parallel_lines_one_row_html": draw_parallel_lines_one_row_html,
    "spacer_columns_docx": draw_spacer_columns_docx,
    "initials_key_after_html": draw_initials_key_after_html,
    "progress_band_under_html": draw_progress_band_under_html,
}
