"""Drawing of the seventeenth round of held-out plans (content in tools/heldout_plans_round17.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: the Home Office template's guidance row
under the header with Word auto-numbered recommendations; three-line action owners in 6 pt type with no
cell padding; a long plan whose repeated header is two rows, a title row above the column names; a web
plan whose actions open with their agency as a prefix; and a plan in an A3 landscape section after an A4
portrait one, with a four-colour RAG (Blue for assured)."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from heldout_drawing import REC_NUMBER, REC_TEXT, field, first, footer, horizontal_rules_only, write_rows
from heldout_drawing_round3 import narrow_cell_margins
from heldout_drawing_round4 import page
from sample_docx import (RAG_FILL, TRPR_ORDER, add_decimal_numbering, add_par, fill_cell, header_row,
                         insert_ordered, make_table, new_document, save_docx, set_header_text, shade, span_row,
                         xml_el)

GUIDANCE = ["What is the over-arching recommendation?", "Is this local, regional or national?",
            "How will the recommendation be carried out?", "Which agency is responsible?",
            "What has been done so far?", "By when?", "When was it completed, and what was the outcome?"]


def draw_guidance_row_autonumber(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Kestrelford CSP", font="Calibri", size=9),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Kestrelford Community Safety Partnership", align="right", color="595959")
    footer(doc, "DHR 'Tamsin' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [5.6, 2.4, 4.4, 2.8, 4.2, 2.0, 5.3])
    header_row(t, plan["columns"], fill="B4C6E7")
    header_row(t, GUIDANCE, fill="F2F2F2", repeat=False, bold=False, italic=True)  # the template's guidance
    num_id = add_decimal_numbering(doc)
    cells = [REC_TEXT, first(lambda r, i, a: r["scope"]), field("action"), field("lead"), field("evidence"),
             field("target"), field("progress")]

    def numbered(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if i == 0:  # the number comes from Word's list numbering, not from the text
            p = row[0].paragraphs[0]
            p.style = "List Paragraph"
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id
    write_rows(t, plan, cells, merged=(0, 1), style=numbered)
    save_docx(doc, path)


def draw_owner_three_lines_tiny(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Hollinsby CSP", font="Segoe UI", size=6),
               letter=False, margin_cm=1.2)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Hollinsby CSP – DHR 'Megan' action plan – updated October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=10, space_after=3)
    add_par(doc, "Targets are given as the end of a quarter of the financial year (Q1 = April to June).",
            italic=True, size=6, space_after=4)
    t = make_table(doc, [0.7, 4.4, 3.8, 3.0, 1.6, 5.1], style=None)
    horizontal_rules_only(t, color="000000")
    narrow_cell_margins(t, twips=0)
    header_row(t, plan["columns"], fill="D9D9D9")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress")])
    save_docx(doc, path)


def draw_long_title_header_rows(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Westmarsh CSP", font="Trebuchet MS", size=11),
               letter=False, margin_cm=2.54)
    set_header_text(doc, "Westmarsh CSP", align="left", color="404040")
    footer(doc, "DHR 'Holly'")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    add_par(doc, "The review made eighteen recommendations. Progress is recorded as a dated log, newest first.",
            space_after=6)
    t = make_table(doc, [1.3, 3.3, 3.2, 2.3, 1.9, 3.9])
    title = span_row(t, "DHR 'Holly' – action plan – progress as at 31 October 2025", fill="1F3864")
    for run in title.cells[0].paragraphs[0].runs:
        run.font.color.rgb = None
        run._r.get_or_add_rPr().append(xml_el("w:color", val="FFFFFF"))
    trpr = title._tr.get_or_add_trPr()
    insert_ordered(trpr, xml_el("w:tblHeader"), TRPR_ORDER)
    header_row(t, plan["columns"], fill="D9E2F3")
    write_rows(t, plan, [first(lambda r, i, a: r["label"]), REC_TEXT, field("action"), field("lead"),
                         field("target"), field("progress")], merged=(0, 1))
    save_docx(doc, path)


PREFIX_STYLE = ("body{font-family:'Gill Sans','Gill Sans MT',Calibri,sans-serif;font-size:10pt;color:#222;"
                "margin:1.5em}table{border-collapse:collapse;width:100%}"
                "th,td{border:1px solid #7f7f7f;padding:4px 6px;vertical-align:top;text-align:left}"
                "th{background:#dbe5d3}td.agency-action b{color:#375623}")


def prefix_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    n = len(r["actions"])
    span = f' rowspan="{n}"' if n > 1 else ""
    cells = [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"] if i == 0 else []
    cells += [f'<td class="agency-action"><b>{h(a["agency"])}:</b> {h(a["action"])}</td>',
              f"<td>{h(a['target'])}</td>", f"<td>{h(a['progress'])}</td>"]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_agency_prefix_actions_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = [prefix_row(r, i, a) for sec in plan["sections"] for r in sec["recs"]
            for i, a in enumerate(r["actions"])]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{PREFIX_STYLE}</style></head><body>",
             "<p>Home › Community safety › Domestic abuse › Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>Each action names the agency that leads it. Progress as at 30 September 2025.</p>",
             "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead>",
             "<tbody>", *rows, "</tbody></table>",
             "<p>Fenwold Community Safety Partnership – page last reviewed 2 October 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CONTRIBUTORS = [("Marlcombe Police", "Individual management review and chronology"),
                ("Marlcombe ICB (for the GP practice)", "Individual management review"),
                ("Marlcombe Council – Housing", "Summary of involvement"),
                ("Marlcombe Mental Health Trust", "Individual management review and chronology"),
                ("Marlcombe Probation Service", "Summary of involvement")]


def draw_a3_section_blue_rag(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Marlcombe CSP", font="Cambria", size=9),
               letter=False, margin_cm=2.2)
    set_header_text(doc, "Marlcombe CSP – DHR 'Louise'", align="right")
    footer(doc, "Published November 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=16, space_after=8)
    add_par(doc, "This document sets out the action plan agreed by the review panel and the progress made "
                 "by each agency. The following agencies contributed to the review.", space_after=6)
    contrib = make_table(doc, [8.0, 8.6])
    header_row(contrib, ["Agency", "Contribution"], fill="EDEDED", repeat=False)
    for agency, what in CONTRIBUTORS:
        for cell, text in zip(contrib.add_row().cells, (agency, what)):
            fill_cell(cell, text)
    add_par(doc, "", space_after=4)
    add_par(doc, "The action plan follows on an A3 page.", italic=True)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)  # the plan's own section: A3 landscape
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    add_par(doc, "Action plan", bold=True, size=13, space_after=3)
    add_par(doc, "RAG key: Blue – complete and assured by the CSP; Green – complete; Amber – in progress; "
                 "Red – not started.", size=9, space_after=6)
    t = make_table(doc, [1.2, 8.6, 7.4, 4.6, 2.8, 10.4, 3.0])
    header_row(t, plan["columns"], fill="C9C9C9")

    def rag_cell(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        shade(row[6], RAG_FILL[a["rag"]])
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), field("rag")], merged=(0, 1), style=rag_cell)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "guidance_row_autonumber": draw_guidance_row_autonumber,
    "owner_three_lines_tiny": draw_owner_three_lines_tiny,
    "long_title_header_rows": draw_long_title_header_rows,
    "agency_prefix_actions_html": draw_agency_prefix_actions_html,
    "a3_section_blue_rag": draw_a3_section_blue_rag,
}
