"""Drawing of the eleventh round of held-out plans (content in tools/heldout_plans_round11.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: roman-numeral recommendations with a
``Status at`` column of a status word over a date; the agency a bold line at the top of the action cell in
a table boxed but not ruled inside; a portrait table whose narrow columns' header text runs vertically; a
web page with an ``Agency response`` column of quoted responses and italic notes; and a long plan of sixteen
recommendations on A5 pages."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Cm

from heldout_drawing import (REC_TEXT, action_rows, field, first, footer, horizontal_rules_only, rag_fill,
                             rule_set, write_rows)
from heldout_drawing_round4 import page
from heldout_plans_round11 import RESPONSES, STATUS_AT
from sample_docx import (TBLPR_ORDER, TCPR_ORDER, TRPR_ORDER, add_par, fill_cell, header_row, insert_ordered,
                         make_table, new_document, save_docx, set_header_text, v_merge, xml_el)

REC_LABEL = first(lambda r, i, a: r["label"] or r["number"])


def draw_roman_status_at_lines(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Castlemere CSP", font="Lucida Sans", size=8),
               letter=False, margin_cm=1.27)
    set_header_text(doc, "OFFICIAL – SENSITIVE", align="right", bold=True)
    footer(doc, "Castlemere DHR 'Nadia' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=2)
    add_par(doc, "Recommendations are numbered as in the overview report, section 9.", size=8, space_after=6)
    t = make_table(doc, [1.1, 6.2, 5.0, 3.4, 2.0, 3.0, 6.4])
    header_row(t, plan["columns"], fill="D0CECE")
    write_rows(t, plan, [REC_LABEL, REC_TEXT, field("action"), field("lead"), field("target"),
                         lambda r, i, a: STATUS_AT[(r["number"], i)], field("progress")], merged=(0, 1))
    save_docx(doc, path)


def box_only(table: Any) -> None:
    """An outer box and nothing inside (the header's rule is drawn on its cells)."""
    insert_ordered(table._tbl.tblPr, rule_set("w:tblBorders", ("top", "left", "bottom", "right"), "404040", 8),
                   TBLPR_ORDER)


def rule_under(row: Any) -> None:
    for cell in row.cells:
        insert_ordered(cell._tc.get_or_add_tcPr(), rule_set("w:tcBorders", ("bottom",), "404040", 8), TCPR_ORDER)


def draw_agency_bold_in_action_cell(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Ravensford CSP", font="Segoe UI", size=9),
               letter=False, margin_cm=2.54)
    set_header_text(doc, "Ravensford Community Safety Partnership", align="left", color="7F7F7F")
    footer(doc, "DHR 'Sophie'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [1.0, 4.6, 4.6, 2.0, 3.7], style=None)
    box_only(t)
    rule_under(header_row(t, plan["columns"], fill="F2F2F2"))
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "")
        fill_cell(c[1], r["text"] if i == 0 else "")
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        fill_cell(c[2], a["lead"], bold=True)
        c[2].add_paragraph(a["action"])
        fill_cell(c[3], a["target"])
        fill_cell(c[4], a["progress"])
    save_docx(doc, path)


VERTICAL = {"Ref", "Lead agency", "Target date", "RAG"}


def vertical_header(row: Any, columns: list[str]) -> None:
    """Header text running bottom to top in the narrow columns, in a header row tall enough for it."""
    insert_ordered(row._tr.get_or_add_trPr(), xml_el("w:trHeight", val=1250, hRule="atLeast"), TRPR_ORDER)
    for cell, name in zip(row.cells, columns):
        if name in VERTICAL:
            insert_ordered(cell._tc.get_or_add_tcPr(), xml_el("w:textDirection", val="btLr"), TCPR_ORDER)
        insert_ordered(cell._tc.get_or_add_tcPr(), xml_el("w:vAlign", val="bottom"), TCPR_ORDER)


def draw_vertical_header_portrait(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Oakhurst CSP", font="Gill Sans MT", size=8),
               letter=False, margin_cm=1.0)
    set_header_text(doc, "Oakhurst CSP – DHR 'Grace'", align="center")
    footer(doc, "Action plan v2")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=6)
    t = make_table(doc, [0.8, 4.8, 4.0, 1.9, 1.5, 1.1, 4.9])
    vertical_header(header_row(t, plan["columns"], fill="BDD7EE"), plan["columns"])
    write_rows(t, plan, [first(lambda r, i, a: r["number"]), REC_TEXT, field("action"), field("lead"),
                         field("target"), field("rag"), field("progress")], merged=(0, 1), style=rag_fill(5))
    save_docx(doc, path)


RESPONSE_STYLE = ("@page{size:A4 landscape;margin:1.5cm}"
                  "body{font-family:'Segoe UI','Helvetica Neue',Arial,sans-serif;font-size:10pt;color:#222}"
                  "table.plan{border-collapse:collapse;width:100%}"
                  "table.plan th,table.plan td{border:1px solid #bfbfbf;padding:4px 5px;vertical-align:top;"
                  "text-align:left}table.plan th{background:#e8eef4}"
                  "p{margin:0 0 4px 0}p.note{color:#555}")


def response_cell(r: dict[str, Any]) -> str:
    quote, note = RESPONSES[r["number"]]
    return f"<p>“{html.escape(quote)}”</p><p class=\"note\"><em>{html.escape(note)}</em></p>"


def draw_agency_response_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['label'])}</td>", f"<td{span}><p>{h(r['text'])}</p></td>",
                      f"<td{span}>{response_cell(r)}</td>"]
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{RESPONSE_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>Each agency was asked to respond to the recommendations addressed to it. Responses are quoted "
             "as received.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>", *rows, "</tbody></table>",
             "<p>Greyhaven Community Safety Partnership, Civic Centre, Greyhaven.</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def draw_long_a5_plan(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Pendleby CSP", font="Constantia", size=9)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(14.8), Cm(21.0)  # A5 portrait
    page(doc, letter=False, margin_cm=1.27)
    set_header_text(doc, "Pendleby CSP – DHR 'Esther'", align="right")
    footer(doc, "")
    add_par(doc, plan["meta"]["title"], bold=True, size=11, space_after=4)
    t = make_table(doc, [0.7, 3.3, 2.8, 1.8, 1.5, 2.1], style=None)
    horizontal_rules_only(t, color="A6A6A6")
    header_row(t, plan["columns"], fill="E2EFDA")
    write_rows(t, plan, [first(lambda r, i, a: r["number"]), REC_TEXT, field("action"), field("lead"),
                         field("target"), field("progress")], merged=(0, 1))
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "roman_status_at_lines": draw_roman_status_at_lines,
    "agency_bold_in_action_cell": draw_agency_bold_in_action_cell,
    "vertical_header_portrait": draw_vertical_header_portrait, "agency_response_html": draw_agency_response_html,
    "long_a5_plan": draw_long_a5_plan,
}
