"""Drawing of the fifteenth round of held-out plans (content in tools/heldout_plans_round15.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: numbered chapter rows inside the table
with the recommendations numbered within them (``2.1``); the RAG only as a coloured left border of each
action row, with notes in a ``<tfoot>``; a two-row ``<thead>`` whose first row is a caption, with targets
relative to publication; a table per agency opening with a merged row naming it; and tall rows of
initialled, dated progress entries split at the page breaks of a three-page plan."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import RGBColor

from heldout_drawing import REC_NUMBER, REC_TEXT, action_rows, field, footer, write_rows
from heldout_drawing_round4 import page
from sample_docx import (TRPR_ORDER, add_par, header_row, insert_ordered, make_table, new_document, save_docx,
                         set_header_text, span_row, xml_el)

ROW_CELLS = [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress")]


def draw_chapter_rows_subnumbered(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Hollinsbury CSP", font="Cambria", size=9),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Hollinsbury CSP – DHR 'Teresa'", align="right", color="595959")
    footer(doc, "Action plan – November 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "The recommendations follow the chapters of the overview report in which the learning "
                 "is set out.", italic=True, space_after=6)
    t = make_table(doc, [1.2, 6.0, 5.6, 3.4, 2.2, 8.3])
    header_row(t, plan["columns"], fill="D9D9D9")
    for sec in plan["sections"]:  # the chapter headings are the owners
        span_row(t, sec["owner"], fill="DEEAF6")
        write_rows(t, dict(sections=[sec]), ROW_CELLS, merged=(0, 1))
    save_docx(doc, path)


RAG_COLOURS = {"Green": "#2e8b3d", "Amber": "#f0a30a", "Red": "#c8102e"}
BORDER_STYLE = ("body{font-family:Verdana,sans-serif;font-size:9pt;color:#222}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{padding:4px 6px;vertical-align:top;text-align:left;border-bottom:1px solid #bbb}"
                "thead th{border-bottom:2px solid #333;background:#f4f4f4}"
                "tfoot td{font-size:8pt;color:#444;border-bottom:none;padding-top:8px}"
                "td.rag{border-left:6px solid}p{margin:0 0 5px 0}")


def border_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    cells = []
    if i == 0:
        span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<td{span}><b>{h(r['number'])}</b></td>", f"<td{span}>{h(r['text'])}</td>"]
    colour = RAG_COLOURS[a["rag"]]
    cells += [f'<td class="rag" style="border-left-color:{colour}">{h(a["action"])}</td>']
    cells += [f"<td>{h(a[k])}</td>" for k in ("lead", "target", "progress")]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_rag_left_border_tfoot_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    n = len(plan["columns"])
    notes = ["The coloured bar at the left of each action shows its RAG rating: green – complete; amber – "
             "in progress and on track; red – not started or at risk.",
             "Progress as reported to the partnership board on 16 October 2025.",
             "IDVA – Independent Domestic Violence Adviser. MARAC – Multi-Agency Risk Assessment Conference."]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{BORDER_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead>",
             "<tfoot>" + "".join(f'<tr><td colspan="{n}">{h(x)}</td></tr>' for x in notes) + "</tfoot><tbody>",
             *(border_row(r, i, a) for r, i, a in action_rows(plan)), "</tbody></table>",
             "<p>Kestlebridge Safer Partnership</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


CAPTION_STYLE = ("body{font-family:Georgia,serif;font-size:10pt}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #c8c8c8;padding:4px;vertical-align:top;text-align:left}"
                 "thead tr.caption th{background:#31546e;color:#fff;font-weight:normal;font-style:italic}"
                 "thead tr.names th{background:#dce6ee}p{margin:0 0 5px 0}")


def plain_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    cells = []
    if i == 0:
        span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
    cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_relative_targets_caption_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    n = len(plan["columns"])
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{CAPTION_STYLE}</style></head><body>",
             "<p>Marlow Vale District Council › Community safety › Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The overview report was published on 2 April 2025. Target dates are counted from "
             "publication.</p>",
             f'<table><thead><tr class="caption"><th colspan="{n}">Action plan agreed by the review panel on '
             "12 March 2025; progress as at October 2025</th></tr>",
             '<tr class="names">' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
             *(plain_row(r, i, a) for r, i, a in action_rows(plan)), "</tbody></table>",
             "<p>Page last updated: 20 October 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def repeat_header(row: Any) -> None:
    insert_ordered(row._tr.get_or_add_trPr(), xml_el("w:tblHeader"), TRPR_ORDER)


def draw_agency_row_per_table(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Fernleigh CSP", font="Calibri", size=10),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Fernleigh DHR 'Siobhan' – action plan v2")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    cells = [REC_NUMBER, REC_TEXT, field("action"), field("target"), field("progress")]
    for sec in plan["sections"]:  # the agency of every action in the table is its first row
        t = make_table(doc, [1.0, 4.6, 4.2, 2.0, 5.2])
        row = span_row(t, "", fill="1F3864")
        run = row.cells[0].paragraphs[0].add_run(sec["owner"])
        run.bold = True
        run.font.color.rgb = RGBColor.from_string("FFFFFF")
        repeat_header(row)
        header_row(t, plan["columns"], fill="D5DCE4")
        write_rows(t, dict(sections=[sec]), cells, merged=(0, 1))
        add_par(doc, "", space_after=6)
    save_docx(doc, path)


def draw_initialled_log_three_pages(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Glenmoor CSP", font="Tahoma", size=10),
               letter=False, margin_cm=1.27)
    set_header_text(doc, "Glenmoor Community Safety Partnership", align="left", color="404040")
    footer(doc, "DHR 'Lorna' – progress log")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Entries in the progress log are initialled and dated (month/year) by the action owner; "
                 "the newest entry is first.", size=10, space_after=6)
    t = make_table(doc, [0.9, 5.0, 4.4, 2.8, 1.8, 12.2])
    header_row(t, plan["columns"], fill="E2EFD9")
    write_rows(t, plan, ROW_CELLS, merged=(0, 1))
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "chapter_rows_subnumbered": draw_chapter_rows_subnumbered,
    "rag_left_border_tfoot_html": draw_rag_left_border_tfoot_html,
    "relative_targets_caption_html": draw_relative_targets_caption_html,
    "agency_row_per_table": draw_agency_row_per_table,
    "initialled_log_three_pages": draw_initialled_log_three_pages,
}
