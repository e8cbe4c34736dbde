"""Drawing of the twenty-eighth round of held-out plans (content in tools/heldout_plans_round28.py).

What is new here: a web plan whose agencies are column headers, each action's lead ticked in a matrix; a
Word plan carrying a long progress entry on into a second row marked ``cont.``; a Word plan whose first
column is the target date, ahead of the number; a web plan whose header row is repeated inside the table
every second recommendation; and a Word plan with no grid whose recommendation rows span the table
above their actions, a thin coloured rule under each and no other rule."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer, rule_set
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round28 import MATRIX_AGENCIES
from sample_docx import (TCPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table,
                         new_document, save_docx, v_merge)

h = html.escape


# ---------------------------------------------------------------- agencies as columns, the lead ticked
MATRIX_STYLE = ("body{font-family:Tahoma,Verdana,sans-serif;font-size:9pt;color:#1a1a1a}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{border:1px solid #8a8a8a;padding:3px 5px;vertical-align:top;text-align:left}"
                "th{background:#dde7d5}th.ag,td.tick{width:5.5%;text-align:center}"
                "td.tick{font-size:11pt}")


def draw_agency_tick_matrix_html(plan: dict[str, Any], path: Path) -> None:
    cols = plan["columns"]
    first = "".join(f'<th rowspan="2">{h(c)}</th>' for c in cols[:3])
    last = "".join(f'<th rowspan="2">{h(c)}</th>' for c in cols[-2:])
    head = (f'<tr>{first}<th colspan="{len(MATRIX_AGENCIES)}" class="ag">Lead (&#10003;)</th>{last}</tr>'
            "<tr>" + "".join(f'<th class="ag">{h(a)}</th>' for a in MATRIX_AGENCIES) + "</tr>")
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells.append(f"<td>{h(a['action'])}</td>")
        cells += [f'<td class="tick">{"&#10003;" if a["lead"] == ag else ""}</td>' for ag in MATRIX_AGENCIES]
        cells += [f"<td>{h(a['target'])}</td>", f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>A tick shows the agency leading each action.</p>",
            f"<table><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], MATRIX_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- a long progress entry carried on, 'cont.'
CONT_AT = 120  # progress longer than this is carried on into a second row


def split_progress(text: str) -> tuple[str, str]:
    """The progress as two parts at the sentence end nearest its middle ('' second part if short)."""
    if len(text) <= CONT_AT:
        return text, ""
    ends = [k + 1 for k in range(len(text) - 1) if text[k] == "." and text[k + 1] == " "]
    if not ends:
        return text, ""
    k = min(ends, key=lambda e: abs(e - len(text) / 2))
    return text[:k], text[k + 1:]


def draw_cont_marked_rows_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Penhallow CSP", font="Calibri", size=10)
    margins(doc, 1.8)
    footer(doc, "Penhallow CSP – DHR 'Tamsin'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.4, 3.8, 3.6, 2.4, 2.2, 4.0])
    header_row(t, plan["columns"], fill="FCE4D6")
    for r, i, a in action_rows(plan):
        head, rest = split_progress(a["progress"])
        c = t.add_row().cells
        texts = [r["number"] if i == 0 else "", r["text"] if i == 0 else "", a["action"], a["lead"],
                 a["target"], head]
        for cell, text in zip(c, texts):
            fill_cell(cell, text)
        if rest:
            c = t.add_row().cells
            fill_cell(c[0], "cont.", italic=True)
            fill_cell(c[5], rest)
    save_docx(doc, path)


# ---------------------------------------------------------------- the target date first
def draw_target_first_column_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Stourmere CSP", font="Cambria", size=10)
    margins(doc, 1.5)
    footer(doc, "Stourmere CSP – DHR 'Olive' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [1.8, 1.1, 6.4, 6.2, 3.6, 7.6])
    header_row(t, plan["columns"], fill="D9E2F3")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], a["target"], bold=True)
        for j, text in enumerate([r["number"], r["text"], a["action"], a["lead"], a["progress"]], start=1):
            fill_cell(c[j], text if j >= 3 or i == 0 else "")
            if j < 3 and len(r["actions"]) > 1:
                v_merge(c[j], i == 0)
    save_docx(doc, path)


# ---------------------------------------------------------------- the header repeated as a row mid-table
MIDHEAD_STYLE = ("body{font-family:'Open Sans',Arial,sans-serif;font-size:9.5pt;color:#202020}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #c8c8c8;padding:4px 6px;vertical-align:top;text-align:left}"
                 "th,tr.again td{background:#e8eef4;font-weight:bold}"
                 "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}")
MIDHEAD_EVERY = 2  # recommendations between repeats of the header row


def draw_header_rows_midtable_html(plan: dict[str, Any], path: Path) -> None:
    again = '<tr class="again">' + "".join(f"<td>{h(c)}</td>" for c in plan["columns"]) + "</tr>"
    rows, seen = [], 0
    for r, i, a in action_rows(plan):
        if i == 0:
            if seen and seen % MIDHEAD_EVERY == 0:
                rows.append(again)
            seen += 1
        cells = [h(r["number"]) if i == 0 else "", h(r["text"]) if i == 0 else "",
                 h(a["action"]), h(a["lead"]), h(a["target"]), h(a["progress"])]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Recommendations agreed by the review panel, with each agency's actions and update.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], MIDHEAD_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- recommendation rows with a coloured rule
RULE_COLOUR = "2E8B8B"


def bottom_rule(cell: Any) -> None:
    insert_ordered(cell._tc.get_or_add_tcPr(), rule_set("w:tcBorders", ("bottom",), RULE_COLOUR, 6), TCPR_ORDER)


def draw_rec_row_coloured_rule_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Ottercombe CSP", font="Franklin Gothic Book", size=9.5)
    margins(doc, 1.6)
    footer(doc, "Ottercombe CSP – DHR 'June'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.4, 10.0, 4.4, 2.8, 7.6], style=None, borderless=True)
    head = header_row(t, plan["columns"], color="1F5F5F")
    for cell in head.cells:
        bottom_rule(cell)
    for r, i, a in action_rows(plan):
        if i == 0:
            c = t.add_row().cells
            fill_cell(c[0], r["number"], bold=True)
            span = c[1].merge(c[-1])
            fill_cell(span, r["text"], bold=True)
            bottom_rule(c[0])
            bottom_rule(span)
        c = t.add_row().cells
        for cell, text in zip(c[1:], [a["action"], a["lead"], a["target"], a["progress"]]):
            fill_cell(cell, text)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "agency_tick_matrix_html": draw_agency_tick_matrix_html,
    "cont_marked_rows_docx": draw_cont_marked_rows_docx,
    "target_first_column_docx": draw_target_first_column_docx,
    "header_rows_midtable_html": draw_header_rows_midtable_html,
    "rec_row_coloured_rule_docx": draw_rec_row_coloured_rule_docx,
}
