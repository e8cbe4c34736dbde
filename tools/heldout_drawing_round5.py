"""Drawing of the fifth round of held-out plans (content in tools/heldout_plans_round5.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
second round does (tools/heldout_drawing.py); what is new here is the table around the rows: a table per
recommendation with a caption row above its header, cells without padding, an update log appendix keyed
by action reference, struck-through closed actions and footnotes, a two-column web page."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable, Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

from heldout_drawing import REC_NUMBER, REC_TEXT, action_rows, field, footer, label, rag_fill, write_rows
from heldout_drawing_round3 import narrow_cell_margins
from heldout_drawing_round4 import page
from heldout_plans_round5 import LOGGED, MARKED, NOTES
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         span_row)
from sample_html import html_cell


def draw_caption_row_per_rec(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Ashcombe CSP", font="Calibri", size=10),
               letter=False, margin_cm=2.54)
    set_header_text(doc, "Ashcombe Community Safety Partnership", align="right", color="2F5496")
    footer(doc, "DHR 'Maria' action plan – March 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=15, space_after=4)
    add_par(doc, "Each recommendation of the overview report has its own table of actions. Progress is as "
                 "reported to the DHR Oversight Group in June 2025.", size=10, space_after=10)
    for sec in plan["sections"]:
        for r in sec["recs"]:
            t = make_table(doc, [1.9, 5.4, 3.2, 2.2, 4.2])
            caption = span_row(t, "", fill="DEEAF6")
            par = caption.cells[0].paragraphs[0]
            par.add_run(f"{label(r)} ").bold = True
            par.add_run(r["text"]).bold = True
            header_row(t, plan["columns"], fill="F2F2F2", repeat=False)
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                for cell, text in zip(c, (f"{r['number']}.{i + 1}", a["action"], a["lead"], a["target"],
                                          a["progress"])):
                    fill_cell(cell, text)
            add_par(doc, "", space_after=6)
    save_docx(doc, path)


def draw_progress_first_zero_padding(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Brackley Vale CSP", font="Arial", size=10),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Brackley Vale CSP – DHR Lena")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=2)
    add_par(doc, "Position at the DHR Steering Group, 15 July 2025. RAG: Green complete; Amber in progress; "
                 "Red not started.", size=10, space_after=6)
    t = make_table(doc, [1.0, 5.6, 5.4, 1.5, 5.2, 4.4, 2.5])
    narrow_cell_margins(t, twips=0)
    header_row(t, plan["columns"], fill="D9D9D9")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("progress"), field("rag"), field("action"), field("lead"),
                         field("target")], merged=(0, 1), style=rag_fill(3))
    save_docx(doc, path)


def draw_update_log_appendix(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Corwen Bay CSP", font="Cambria", size=9),
               letter=True, margin_cm=2.0)
    set_header_text(doc, "Corwen Bay CSP – DHR 'Tessa'", align="left", color="7F7F7F")
    footer(doc)
    ref, rec, aref, action, lead, target, date, update = plan["columns"]
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    t = make_table(doc, [1.0, 5.2, 1.4, 4.6, 3.0, 2.2])
    header_row(t, [ref, rec, aref, action, lead, target], fill="E2EFD9")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, lambda r, i, a: LOGGED[a["action"]][0], field("action"),
                         field("lead"), field("target")], merged=(0, 1))
    add_par(doc, "", space_after=10)
    add_par(doc, "Appendix A – Update log", bold=True, size=12, space_after=2)
    add_par(doc, "Updates from the lead agencies, by action reference, as reported to the partnership.",
            italic=True, space_after=6)
    log = make_table(doc, [1.6, 2.4, 13.4])
    header_row(log, [aref, date, update], fill="E2EFD9")
    for _, _, a in action_rows(plan):
        cells = log.add_row().cells
        for cell, text in zip(cells, (*LOGGED[a["action"]], a["progress"])):
            fill_cell(cell, text)
    save_docx(doc, path)


def with_footnote_marker(cell: Any, marker: str) -> None:
    """A superscript footnote marker after the first paragraph's text, as Word writes a footnote reference."""
    run = cell.paragraphs[0].add_run(marker)
    run.font.superscript = True


def strike_closed(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
    """A closed action: its action text struck through and a red ``CLOSED`` stamp in the last column."""
    if a["status_word"] != "CLOSED":
        return
    for run in (run for p in row[2].paragraphs for run in p.runs):
        run.font.strike = True
    stamp = row[6].paragraphs[0]
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in stamp.runs:
        run.bold = True
        run.font.color.rgb = RGBColor.from_string("C00000")


def draw_closed_stamps_footnotes(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Dunmere CSP", font="Georgia", size=9),
               letter=False, margin_cm=1.8)
    set_header_text(doc, "Dunmere Community Safety Partnership", align="left", color="595959")
    footer(doc, "Action plan tracker – DHR 'Olivia'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Closed actions are struck through and stamped CLOSED once the partnership has seen the "
                 "evidence.", italic=True, space_after=6)
    t = make_table(doc, [1.1, 6.0, 5.4, 3.4, 2.1, 5.6, 2.4])
    header_row(t, plan["columns"], fill="FBE4D5")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress"),
                         field("status_word")], merged=(0, 1), style=strike_closed)
    body = list(t.rows[1:])
    for (r, i, a), row in zip(action_rows(plan), body):
        if i == 0 and r["text"] in MARKED:
            with_footnote_marker(row.cells[1], MARKED[r["text"]])
    add_par(doc, "", space_after=4)
    add_par(doc, "_" * 30, size=8, space_after=2)
    for marker, note in NOTES["closed_stamps_footnotes"]:
        p = add_par(doc, "", size=8)
        sup = p.add_run(marker)
        sup.font.superscript = True
        p.add_run(" " + note)
    save_docx(doc, path)


SIDEBAR_STYLE = ("@page{size:A4 portrait;margin:1.6cm 1.4cm}"
                 "body{font-family:'Trebuchet MS','DejaVu Sans',sans-serif;font-size:9pt;color:#222;margin:0}"
                 ".banner{background:#00594f;color:#fff;padding:6px 10px;font-size:13pt;font-weight:bold}"
                 ".crumbs{font-size:8pt;color:#555;margin:4px 0 8px 0}"
                 ".side{float:left;width:24%;font-size:8.5pt}.side h2{font-size:10pt;margin:0 0 4px 0}"
                 ".side ul{padding-left:14px;margin:0 0 10px 0}"
                 ".main{margin-left:27%}.main h1{font-size:14pt;margin:0 0 6px 0}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border-bottom:1px solid #9a9a9a;padding:3px 4px;vertical-align:top;text-align:left}"
                 "th{border-bottom:2px solid #00594f;color:#00594f}p{margin:0 0 3px 0}"
                 "footer{clear:both;font-size:8pt;color:#555;border-top:1px solid #ccc;margin-top:10px}")

SIDEBAR: Sequence[str] = (
    "<h2>In this section</h2><ul><li>Domestic abuse: get help</li><li>Domestic homicide reviews</li>"
    "<li>Published reviews</li><li>Community Safety Partnership</li></ul>",
    "<h2>Related documents</h2><ul><li>Overview report (PDF, 1.2MB)</li><li>Executive summary (PDF, 310KB)</li>"
    "<li>Home Office quality assurance letter</li></ul>",
    "<h2>Contact us</h2><p>Community Safety Team<br>Elmstead Council<br>Town Hall, Market Street<br>"
    "01632 960 412</p>",
)


def sidebar_rows(plan: dict[str, Any]) -> list[str]:
    """The plan's rows: number and recommendation in ``rowspan`` cells over the recommendation's actions."""
    h = html.escape
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{html_cell(r['text'], 'p')}</td>"]
        cells += [f"<td>{html_cell(a['action'], 'p')}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{html_cell(a['progress'], 'p')}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows


def draw_sidebar_web_page(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{SIDEBAR_STYLE}</style></head><body>",
             '<div class="banner">Elmstead Council</div>',
             '<p class="crumbs">Home › Community and safety › Domestic homicide reviews › DHR Kerry</p>',
             '<div class="side">', *SIDEBAR, "</div>", '<div class="main">',
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The table below sets out the review's recommendations, the actions agreed by each agency and "
             "the progress reported to the Community Safety Partnership in September 2025.</p>",
             "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
             *sidebar_rows(plan), "</tbody></table>", "</div>",
             "<footer><p>© Elmstead Council · Page last reviewed 30 September 2025</p></footer>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "caption_row_per_rec": draw_caption_row_per_rec, "progress_first_zero_padding": draw_progress_first_zero_padding,
    "update_log_appendix": draw_update_log_appendix, "closed_stamps_footnotes": draw_closed_stamps_footnotes,
    "sidebar_web_page": draw_sidebar_web_page,
}
