"""The fourth round of held-out plans' layouts (content in tools/heldout_plans_round4.py).

Each layout writes the plan's rows with the second round's row loop (tools/heldout_drawing.py) and
differs in the page and the furniture around the table: the page size, margins and font, a key table
above the plan, a summary row below it, dated review columns, a Ref column at the right."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable, Sequence

from docx.shared import Cm, Pt

from heldout_drawing import REC_NUMBER, REC_TEXT, field, first, footer, label, rag_fill, write_rows
from heldout_plans_round4 import EXPORTED, FINDINGS, UPDATES
from sample_docx import (RAG_FILL, add_par, fill_cell, header_row, make_table, new_document, save_docx,
                         set_header_text, shade, span_row)
from sample_html import html_cell

LETTER = (Cm(21.59), Cm(27.94))


def page(doc: Any, letter: bool, margin_cm: float) -> Any:
    """Set the page to US Letter (keeping the orientation) when ``letter``, and every margin to ``margin_cm``."""
    sec = doc.sections[0]
    if letter:
        short, long_ = LETTER
        landscape = sec.page_width > sec.page_height
        sec.page_width, sec.page_height = (long_, short) if landscape else (short, long_)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin_cm))
    return doc


def update(k: int) -> Callable[[dict[str, Any], int, dict[str, Any]], str]:
    """The action's cell for review meeting ``k`` (empty when the meeting had no update)."""
    return lambda r, i, a: UPDATES[a["action"]][k]


def draw_three_dated_updates(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Harlow Vale CSP", font="Arial Narrow", size=8),
               letter=True, margin_cm=1.27)
    set_header_text(doc, "Harlow Vale CSP – DHR 'Sunita' – action plan monitoring", align="left")
    footer(doc, "Updated after the panel of 5 November 2024")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=2)
    add_par(doc, "Progress is recorded at each meeting of the DHR standing panel; the latest update is on the "
                 "right.", italic=True, size=8, space_after=6)
    t = make_table(doc, [0.9, 4.6, 4.2, 2.4, 1.9, 3.6, 3.6, 3.6])
    header_row(t, plan["columns"], fill="FCE4D6")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         update(0), update(1), update(2)], merged=(0, 1))
    save_docx(doc, path)


KEY = (("Red", "Not started, or at risk of missing the target date"),
       ("Amber", "In progress and on track"),
       ("Green", "Complete, with evidence seen by the partnership"))


def status_count(plan: dict[str, Any]) -> str:
    """The summary row's text: the actions counted by status, from the plan's own actions."""
    actions = [a for sec in plan["sections"] for r in sec["recs"] for a in r["actions"]]
    count = {s: sum(a["status"] == s for a in actions) for s in ("complete", "in_progress", "not_started")}
    return (f"Total actions: {len(actions)}    Complete (Green): {count['complete']}    "
            f"In progress (Amber): {count['in_progress']}    Not started (Red): {count['not_started']}")


def draw_legend_box_totals(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Merefield CSP", font="Georgia", size=8),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "Merefield Community Safety Partnership", align="center", color="595959")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    add_par(doc, "Key", bold=True, size=10, space_after=2)
    key = make_table(doc, [2.4, 9.0])
    for word, meaning in KEY:
        cells = key.add_row().cells
        fill_cell(cells[0], word, bold=True)
        shade(cells[0], RAG_FILL[word])
        fill_cell(cells[1], meaning)
    add_par(doc, "", space_after=8)
    t = make_table(doc, [1.1, 3.6, 3.2, 2.5, 2.1, 3.0, 1.5])
    header_row(t, plan["columns"], fill="D0CECE")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), field("rag")], merged=(0, 1), style=rag_fill(6))
    span_row(t, status_count(plan), fill="EDEDED")
    save_docx(doc, path)


def draw_long_rec_ref_right(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Merrow CSP", font="Times New Roman", size=11),
               letter=True, margin_cm=2.2)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Merrow CSP DHR 'Irene' action plan, version 2")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Agreed by the Merrow Community Safety Partnership on 12 December 2024.", size=11, space_after=8)
    t = make_table(doc, [5.4, 3.4, 2.2, 2.1, 3.0, 1.1])
    header_row(t, plan["columns"], fill="DDEBF7")
    write_rows(t, plan, [REC_TEXT, field("action"), field("lead"), field("target"), field("progress"), REC_NUMBER],
               merged=(0, 5))
    for row in t.rows[1:]:  # paragraphs of the long recommendations set apart, as a council template does
        for p in row.cells[0].paragraphs[:-1]:
            p.paragraph_format.space_after = Pt(6)
    save_docx(doc, path)


def draw_finding_column_first(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Merton Fields CSP", font="Verdana", size=9),
               letter=False, margin_cm=1.9)
    set_header_text(doc, "Merton Fields CSP", align="right", color="7F7F7F")
    footer(doc, "DHR Chloe – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Each recommendation is set beside the finding of the review it answers.", size=9, space_after=6)
    t = make_table(doc, [5.0, 5.2, 4.8, 3.4, 2.2, 4.9])
    header_row(t, plan["columns"], fill="C9C9C9")
    write_rows(t, plan, [first(lambda r, i, a: FINDINGS[r["number"]]), first(lambda r, i, a: f"{label(r)} {r['text']}"),
                         field("action"), field("lead"), field("target"), field("progress")], merged=(0, 1))
    save_docx(doc, path)


EXCEL_STYLE = ("@page{size:letter landscape;margin:0.25in}"
               "body{font-family:Calibri,'Liberation Sans Narrow',sans-serif;font-size:7pt}"
               "table{border-collapse:collapse;table-layout:fixed;width:100%}"
               "td,th{border:.5pt solid #bfbfbf;padding:1px 2px;vertical-align:top;text-align:left;"
               "white-space:normal;overflow-wrap:break-word}"
               "th{background:#1f4e78;color:#fff;font-weight:bold}td.num{text-align:right;white-space:nowrap}"
               "p.sheet{font-size:9pt;font-weight:bold;margin:0 0 3px 0}")


def excel_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> Sequence[str]:
    """One tracker row as HTML cells: every value written out, as a spreadsheet row is."""
    officer, start, closed = EXPORTED[a["action"]]
    h = html.escape
    return [f'<td class="num">{h(r["number"])}</td>', f"<td>{h(r['text'])}</td>",
            f"<td>{r['number']}.{i + 1}</td>", f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>",
            f"<td>{h(officer)}</td>", f'<td class="num">{start}</td>', f'<td class="num">{h(a["target"])}</td>',
            f"<td>{h(a['status_word'])}</td>", f"<td>{html_cell(a['progress'], 'br')}</td>",
            f'<td class="num">{closed}</td>']


def draw_excel_export_sheet(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    widths = [3.5, 15, 4, 13, 7.5, 7.5, 6.5, 6.5, 6.5, 17, 6.5]
    rows = ["<tr>" + "".join(excel_row(r, i, a)) + "</tr>"
            for sec in plan["sections"] for r in sec["recs"] for i, a in enumerate(r["actions"])]
    lines = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
             f"<title>{h(plan['meta']['title'])}</title><style>{EXCEL_STYLE}</style></head><body>",
             f'<p class="sheet">{h(plan["meta"]["title"])}</p>',
             "<table><colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>",
             "<thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
             *rows, "</tbody></table>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "three_dated_updates": draw_three_dated_updates, "legend_box_totals": draw_legend_box_totals,
    "excel_export_sheet": draw_excel_export_sheet, "long_rec_ref_right": draw_long_rec_ref_right,
    "finding_column_first": draw_finding_column_first,
}
