"""Drawing of the eighth round of held-out plans (content in tools/heldout_plans_round8.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: the recommendation numbers in an unruled
margin column with no header; two dated progress sub-rows per action; vertical rules only over zebra
shading with a tick column and one-letter RAG; a narrow nine-column portrait plan split into local and
national sections; and a web page whose recommendations are row headers (``<th scope="row">``) with the
progress before the action."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.oxml.ns import qn

from heldout_drawing import (REC_NUMBER, REC_TEXT, action_rows, field, first, footer, rule_set, write_rows)
from heldout_drawing_round4 import page
from heldout_plans import STATED
from heldout_plans_round8 import DATE_COMPLETED, SUBROW_DATES
from sample_docx import (TBLPR_ORDER, TCPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table,
                         new_document, save_docx, set_header_text, shade, span_row, v_merge)


def opening(table: dict[str, Any], action: str) -> Any:
    """The value of ``table`` whose key opens ``action``."""
    return next(v for k, v in table.items() if action.startswith(k))


def draw_margin_number_no_header(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Hollinwood CSP", font="Verdana", size=8),
               letter=False, margin_cm=1.6)
    set_header_text(doc, "Hollinwood CSP · DHR 'Esme'", align="left", color="7F7F7F")
    footer(doc, "Hollinwood DHR Esme – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=6)
    t = make_table(doc, [0.7, 4.8, 4.2, 2.6, 1.9, 3.6])
    header_row(t, plan["columns"], fill="DDEBF7")
    write_rows(t, plan, [first(lambda r, i, a: r["number"]), REC_TEXT, field("action"), field("lead"),
                         field("target"), field("progress")], merged=(0, 1))
    for row in t.rows:  # the number column is a margin: no rules round it, no shading, bold numbers
        cell = row.cells[0]
        tcpr = cell._tc.get_or_add_tcPr()
        for old in tcpr.findall(qn("w:shd")):
            tcpr.remove(old)
        insert_ordered(tcpr, rule_set("w:tcBorders", ("right",), color="000000"), TCPR_ORDER)
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    save_docx(doc, path)


def draw_progress_subrows_dated(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Kestrel Vale CSP", font="Cambria", size=9),
               letter=False, margin_cm=1.7)
    set_header_text(doc, "Kestrel Vale Community Safety Partnership", align="right", color="1F3864")
    footer(doc, "DHR 'Nell' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Each action has room for two updates, the newest first.", italic=True, space_after=6)
    t = make_table(doc, [1.0, 5.4, 4.6, 3.0, 2.1, 1.9, 8.2])
    header_row(t, plan["columns"], fill="D6DCE4")
    for r, i, a in action_rows(plan):
        updates = a["progress"].split("\n") + [""]
        for k, date in enumerate(opening(SUBROW_DATES, a["action"])):
            c = t.add_row().cells
            if i == 0 and k == 0:
                fill_cell(c[0], r["number"])
                fill_cell(c[1], r["text"])
            if k == 0:
                fill_cell(c[2], a["action"])
                fill_cell(c[3], a["lead"])
                fill_cell(c[4], a["target"])
            for col in (0, 1):
                v_merge(c[col], i == 0 and k == 0)
            for col in (2, 3, 4):
                v_merge(c[col], k == 0)
            fill_cell(c[5], date)
            fill_cell(c[6], updates[k])
    save_docx(doc, path)


def draw_zebra_vertical_ticks(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Sedgecombe CSP", font="Trebuchet MS", size=9),
               letter=False, margin_cm=1.3)
    set_header_text(doc, "Sedgecombe Community Safety Partnership", align="center", color="C00000")
    footer(doc, "Sedgecombe DHR 'Tessa'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "RAG: G = complete, A = in progress, R = not started. Completed: ✔ when the action is done.",
            size=8, space_after=6)
    t = make_table(doc, [0.9, 4.6, 4.2, 2.9, 1.9, 1.6, 1.9, 7.4, 1.0], style=None)
    insert_ordered(t._tbl.tblPr, rule_set("w:tblBorders", ("left", "right", "insideV"), color="595959"),
                   TBLPR_ORDER)
    header_row(t, plan["columns"], fill="404040", color="FFFFFF")

    def zebra(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if n % 2:
            for cell in row[2:]:
                shade(cell, "EDEDED")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         lambda r, i, a: "✔" if a["status"] == "complete" else "No",
                         lambda r, i, a: opening(DATE_COMPLETED, a["action"]) if a["status"] == "complete" else "",
                         field("progress"), field("rag")], merged=(0, 1), style=zebra)
    save_docx(doc, path)


def status_word(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    return STATED[a["status"]].rstrip(".")


def draw_local_national_narrow(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Pennock Bridge CSP", font="Franklin Gothic Book",
                            size=7), letter=False, margin_cm=1.0)
    set_header_text(doc, "Pennock Bridge CSP – DHR 'Alma'", align="right", color="404040")
    footer(doc, "Action plan – version 2")
    add_par(doc, plan["meta"]["title"], bold=True, size=11, space_after=2)
    add_par(doc, "The review made five recommendations for local agencies and two for national bodies.",
            space_after=6)
    t = make_table(doc, [0.8, 3.2, 1.2, 2.8, 1.9, 1.5, 2.5, 3.4, 1.7])
    header_row(t, plan["columns"], fill="BDD7EE")
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="F2F2F2")
        write_rows(t, {"sections": [sec]}, [REC_NUMBER, REC_TEXT, first(lambda r, i, a: r["scope"]),
                                            field("action"), field("lead"), field("target"), field("evidence"),
                                            field("progress"), status_word], merged=(0, 1, 2))
    save_docx(doc, path)


ROW_HEADER_STYLE = ("@page{size:A4 landscape;margin:1.5cm}"
                    "body{font-family:Georgia,'DejaVu Serif',serif;font-size:10pt;color:#1a1a1a}"
                    "table.plan{border-collapse:collapse;width:100%}"
                    "table.plan caption{text-align:left;font-size:13pt;font-weight:bold;padding-bottom:6px}"
                    "table.plan th,table.plan td{padding:4px 6px;vertical-align:top;text-align:left;"
                    "border-bottom:1px solid #8c8c8c}"
                    "table.plan thead th{border-bottom:2px solid #333;background:#f3efe6}"
                    "table.plan tbody th{font-weight:normal;background:#faf8f3;width:30%}"
                    "table.plan tfoot td{border-bottom:none;font-size:8.5pt;font-style:italic}"
                    "nav{font-size:9pt;margin-bottom:8px}p{margin:0 0 6px 0}")


def draw_row_header_th_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    cols = plan["columns"]
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells.append(f'<th scope="row"{span}><strong>{h(r["label"])}</strong><br>{h(r["text"])}</th>')
        cells += [f"<td>{h(a['progress'])}</td>", f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>",
                  f"<td>{h(a['target'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{ROW_HEADER_STYLE}</style></head><body>",
             '<nav>Altonbury Council › Community safety › Domestic homicide reviews › DHR Mabel</nav>',
             "<p>The Safer Partnership publishes the action plan of each review and the progress each agency "
             "reports against it.</p>",
             f'<table class="plan"><caption>{h(plan["meta"]["title"])}</caption>',
             "<thead><tr>" + "".join(f'<th scope="col">{h(c)}</th>' for c in cols) + "</tr></thead>",
             f'<tfoot><tr><td colspan="{len(cols)}">Progress is reported by each agency to the Safer Partnership '
             "board.</td></tr></tfoot>", "<tbody>", *rows, "</tbody></table>",
             "<p>Altonbury Safer Partnership · Town Hall, Altonbury</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "margin_number_no_header": draw_margin_number_no_header, "progress_subrows_dated": draw_progress_subrows_dated,
    "zebra_vertical_ticks": draw_zebra_vertical_ticks, "local_national_narrow": draw_local_national_narrow,
    "row_header_th_html": draw_row_header_th_html,
}
