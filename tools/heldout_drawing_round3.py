"""Drawing of the third round of held-out plans (content in tools/heldout_plans_round3.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as
the second round does (tools/heldout_drawing.py); what is new here is the table around the rows."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import (REC_NUMBER, REC_TEXT, Cell, action_rows, field, first, footer, plan_document,
                             write_rows)
from heldout_plans_round3 import IMR, OVERVIEW, WELSH
from sample_docx import (TBLPR_ORDER, add_bullet_numbering, add_par, fill_cell, header_row,
                         insert_ordered, make_table, new_document, save_docx, set_header_text, v_merge, xml_el)
from sample_html import html_cell


def draw_bilingual_columns(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Caerwern CSP", size=9)
    set_header_text(doc, "Partneriaeth Diogelwch Cymunedol Caerwern / Caerwern Community Safety Partnership",
                    align="center")
    footer(doc, "Adolygiad Dynladdiad Domestig 'Rhian' / Domestic Homicide Review 'Rhian'")
    add_par(doc, "Cynllun Gweithredu / Action Plan", bold=True, size=14, space_after=2)
    add_par(doc, "Adolygiad Dynladdiad Domestig 'Rhian' / Domestic Homicide Review 'Rhian'", bold=True,
            size=11, space_after=8)
    t = make_table(doc, [1.2, 5.1, 5.1, 4.8, 3.3, 2.5, 4.7])
    header_row(t, plan["columns"], fill="C5E0B3")
    welsh: Cell = first(lambda r, i, a: WELSH[r["number"]])
    write_rows(t, plan, [REC_NUMBER, welsh, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(0, 1, 2))
    save_docx(doc, path)


def imr_rows(table: Any, plan: dict[str, Any]) -> None:
    """The IMR table: agency first (merged over a recommendation's actions), then the number and the text."""
    for r, i, a in action_rows(plan):
        row = table.add_row().cells
        for k, text in enumerate((a["lead"] if i == 0 else "", r["number"] if i == 0 else "",
                                  r["text"] if i == 0 else "", a["action"], a["target"], a["progress"])):
            fill_cell(row[k], text)
            if k < 3 and len(r["actions"]) > 1:
                v_merge(row[k], i == 0)


def draw_overview_and_imr_tables(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, False, "Hartley CSP", "Hartley CSP – DHR 'Sarah'", "Hartley CSP", size=9)
    add_par(doc, "The recommendations of the overview report are followed by the recommendations each agency "
                 "made in its individual management review (IMR). Progress as at 30 June 2025.", space_after=8)
    sections = {sec["owner"]: sec for sec in plan["sections"]}
    add_par(doc, OVERVIEW, bold=True, size=11, space_after=4)
    t = make_table(doc, [1.0, 4.9, 4.0, 2.6, 2.3, 3.2])
    header_row(t, plan["columns"], fill="D9D9D9")
    write_rows(t, dict(plan, sections=[sections[OVERVIEW]]),
               [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress")],
               merged=(0, 1))
    add_par(doc, "", space_after=6)
    add_par(doc, IMR, bold=True, size=11, space_after=4)
    t = make_table(doc, [2.6, 1.0, 4.3, 4.0, 2.4, 3.7])
    header_row(t, plan["imr_columns"], fill="FBE4D5")
    imr_rows(t, dict(plan, sections=[sections[IMR]]))
    save_docx(doc, path)


HTML_STYLE = ("body{font-family:Verdana,sans-serif;font-size:9.5pt}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #999;padding:4px 5px;vertical-align:top;text-align:left}"
              "th{background:#3b5b7a;color:#fff}td.rec{font-weight:bold;background:#f2f2f2}"
              "p{margin:0 0 3px 0}")


def draw_rec_row_composite_refs(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    review = plan["meta"]["review_id_hint"].split()[-1]  # "DHR05"
    ncols = len(plan["columns"])
    rows = []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            rows.append(f'<tr><td class="rec" colspan="{ncols}">{h(r["label"])} {h(r["text"])}</td></tr>')
            for i, a in enumerate(r["actions"]):
                rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in (
                    f"{review}/{r['number']}.{i + 1}", html_cell(a["action"], "p"), h(a["lead"]), h(a["target"]),
                    html_cell(a["progress"], "p"))) + "</tr>")
    path.write_text("\n".join(
        ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{h(plan['meta']['title'])}</title><style>{HTML_STYLE}</style></head><body>",
         "<nav><p>Home › Community safety › Domestic homicide reviews</p></nav>",
         f"<h1>{h(plan['meta']['title'])}</h1>",
         "<p>Each recommendation of the review is shown with the actions agreed for it. Action references "
         "are those used in the partnership's tracker.</p>",
         "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
         *rows, "</tbody></table>", "<footer><p>Greyhaven Council · Last reviewed September 2025</p></footer>",
         "</body></html>"]) + "\n", encoding="utf-8")


def narrow_cell_margins(table: Any, twips: int = 28) -> None:
    """Cell margins of ``twips`` on every side (Word's default is 108 left and right): narrow gutters."""
    margins = xml_el("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        margins.append(xml_el("w:" + side, w=twips, type="dxa"))
    insert_ordered(table._tbl.tblPr, margins, TBLPR_ORDER)


def bullet_lines(cell: Any, num_id: int) -> None:
    """The cell's paragraphs written as "• " become Word bullet-list paragraphs (the mark from numbering)."""
    for p in cell.paragraphs:
        if p.text.startswith("• "):
            run = p.runs[0]
            run.text = run.text[2:]
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = num_id


def draw_dense_dated_bullets(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, False, "Ashvale CSP", "Ashvale CSP", "DHR Joanne action plan – v6", size=7)
    bullets = add_bullet_numbering(doc)
    t = make_table(doc, [0.6, 2.9, 2.5, 1.7, 1.5, 2.0, 4.4, 1.4])
    narrow_cell_margins(t)
    header_row(t, plan["columns"], fill="DDDDDD")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("evidence"),
                         field("progress"), lambda r, i, a: a["status"].replace("_", " ").capitalize()])
    for row in t.rows[1:]:
        bullet_lines(row.cells[6], bullets)
    save_docx(doc, path)


def draw_theme_column_no_repeat(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, True, "Marlow CSP", "Marlow Community Safety Partnership", "Marlow DHR Margaret",
                        size=11)
    t = make_table(doc, [3.0, 1.1, 5.4, 5.0, 3.4, 2.8, 6.0])
    header_row(t, plan["columns"], fill="FFF2CC", repeat=False)
    rows = list(action_rows(plan))
    write_rows(t, plan, [lambda r, i, a: "", REC_NUMBER, REC_TEXT, field("action"), field("lead"),
                         field("target"), field("progress")], merged=(1, 2))
    theme_cells(t, plan, len(rows))
    save_docx(doc, path)


def theme_cells(table: Any, plan: dict[str, Any], count: int) -> None:
    """The first column: each section's name, bold, vertically merged over all the rows of its actions."""
    body = table.rows[len(table.rows) - count:]
    n = 0
    for sec in plan["sections"]:
        size = sum(len(r["actions"]) for r in sec["recs"])
        for k in range(size):
            cell = body[n + k].cells[0]
            if k == 0:
                fill_cell(cell, sec["owner"], bold=True)
            if size > 1:
                v_merge(cell, k == 0)
        n += size


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "bilingual_columns": draw_bilingual_columns, "overview_and_imr_tables": draw_overview_and_imr_tables,
    "rec_row_composite_refs": draw_rec_row_composite_refs, "dense_dated_bullets": draw_dense_dated_bullets,
    "theme_column_no_repeat": draw_theme_column_no_repeat,
}
