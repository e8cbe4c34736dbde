"""Drawing of the tenth round of held-out plans (content in tools/heldout_plans_round10.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: the RAG colour word as the first column;
a plan carried forward from the year before, with padded ``Table Grid`` cells, a caption above the table
and targets written in words; an A3 landscape plan of ten columns with the number the last column, a heavy
outer box and dotted inner rules; a web page whose one wide cell holds the recommendation and the action
as labelled blocks; and recommendations with lettered sub-parts, one action row per sub-part."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Cm

from heldout_drawing import REC_NUMBER, REC_TEXT, field, first, footer, rag_fill, write_rows
from heldout_drawing_round3 import narrow_cell_margins
from heldout_drawing_round4 import page
from heldout_plans_round10 import CARRIED, PARTNERS
from sample_docx import (TBLPR_ORDER, add_par, header_row, insert_ordered, make_table, new_document,
                         save_docx, set_header_text, xml_el)

STATUS_WORD = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def draw_rag_words_first(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Harlow Heath CSP", font="Tahoma", size=9),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Harlow Heath CSP – DHR 'Maya'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "RAG: Red – not started; Amber – under way; Green – done.", size=8, space_after=6)
    t = make_table(doc, [1.7, 1.1, 6.0, 5.4, 3.6, 2.2, 6.7])
    header_row(t, plan["columns"], fill="DBDBDB")
    write_rows(t, plan, [field("rag"), REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(1, 2), style=rag_fill(0))
    save_docx(doc, path)


def draw_carried_forward_year(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Elmsworth CSP", font="Garamond", size=10),
               letter=True, margin_cm=2.0)
    set_header_text(doc, "Elmsworth Community Safety Partnership", align="right", color="595959")
    footer(doc, "Action plan 2025/26")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "This plan carries forward the actions of the 2024/25 plan that were not complete at the year "
                 "end, beside the recommendations agreed this year.", space_after=8)
    add_par(doc, "Table 2: Recommendations and actions, 2025/26", italic=True, size=9, space_after=2,
            style="Caption")
    t = make_table(doc, [1.0, 4.0, 2.0, 3.4, 2.4, 2.0, 2.8])
    narrow_cell_margins(t, twips=113)  # 0.2 cm of padding on every side
    header_row(t, plan["columns"], fill="E7E6E6")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, first(lambda r, i, a: CARRIED[r["number"]]), field("action"),
                         field("lead"), field("target"), field("progress")], merged=(0, 1, 2))
    save_docx(doc, path)


def box_and_dotted(table: Any) -> None:
    """A heavy outer box and dotted rules between the rows and the columns."""
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(xml_el("w:" + side, val="single", sz=18, space=0, color="000000"))
    for side in ("insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="dotted", sz=4, space=0, color="595959"))
    insert_ordered(table._tbl.tblPr, borders, TBLPR_ORDER)


def draw_a3_ten_columns_number_last(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Fenbridge CSP", font="Palatino Linotype", size=10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(42.0), Cm(29.7)  # A3 landscape
    page(doc, letter=False, margin_cm=1.8)
    set_header_text(doc, "Fenbridge CSP – DHR 'Lucy'", align="left")
    footer(doc, "Fenbridge DHR Lucy – action plan (A3)")
    add_par(doc, plan["meta"]["title"], bold=True, size=15, space_after=6)
    t = make_table(doc, [6.4, 5.0, 3.4, 3.4, 3.8, 1.9, 1.9, 6.0, 2.2, 1.6], style=None)
    box_and_dotted(t)
    header_row(t, plan["columns"], fill="C9D9EE")
    write_rows(t, plan, [REC_TEXT, field("action"), field("lead"), first(lambda r, i, a: PARTNERS[r["number"]]),
                         field("evidence"), lambda r, i, a: "01/04/2025", field("target"), field("progress"),
                         lambda r, i, a: STATUS_WORD[a["status"]], REC_NUMBER], merged=(0, 3, 9))
    save_docx(doc, path)


KV_STYLE = ("@page{size:A4 portrait;margin:1.8cm}"
            "body{font-family:'Trebuchet MS','DejaVu Sans',sans-serif;font-size:10pt;color:#1a1a1a}"
            "table.plan{border-collapse:collapse;width:100%}"
            "table.plan th{border-bottom:2px solid #333;text-align:left;padding:4px;background:#eef3f8}"
            "table.plan td{border-bottom:1px dashed #999;padding:5px 4px;vertical-align:top}"
            "p{margin:0 0 3px 0}p.k{font-weight:bold;color:#2e4a6b;margin-top:4px}")


def kv_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    block = (f'<p class="k">Recommendation</p><p>{h(r["text"])}</p>'
             f'<p class="k">Action</p><p>{h(a["action"])}</p>')
    return (f"<tr><td>{h(r['number'])}.{i + 1}</td><td>{block}</td><td>{h(a['lead'])}</td>"
            f"<td>{h(a['target'])}</td><td>{h(a['progress'])}</td></tr>")


def draw_key_value_wide_cell_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = [kv_row(r, i, a) for sec in plan["sections"] for r in sec["recs"] for i, a in enumerate(r["actions"])]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{KV_STYLE}</style></head><body>",
             "<p>Home › Community safety › Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The table sets out each action with the recommendation it answers. Actions are numbered by "
             "recommendation.</p>",
             '<table class="plan"><colgroup><col style="width:6%"><col style="width:46%"><col style="width:16%">'
             '<col style="width:11%"><col style="width:21%"></colgroup><thead><tr>'
             + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>", *rows,
             "</tbody></table>", "<p>Page last updated: October 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def part_letter(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    """``(a)``, ``(b)`` … when the recommendation has lettered sub-parts, else nothing."""
    return f"({'abcdefgh'[i]})" if "\n(a)" in r["text"] else ""


def draw_lettered_subparts(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Brockhurst CSP", font="Calibri Light", size=9),
               letter=False, margin_cm=1.9)
    set_header_text(doc, "Brockhurst Community Safety Partnership – DHR 'Alice'", align="left", color="44546A")
    footer(doc, "Action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Where a recommendation has parts, each part has its own action.", italic=True, space_after=6)
    t = make_table(doc, [0.9, 5.0, 1.0, 3.6, 2.4, 1.8, 2.7])
    header_row(t, plan["columns"], fill="DEEAF6")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, part_letter, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(0, 1))
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "rag_words_first": draw_rag_words_first, "carried_forward_year": draw_carried_forward_year,
    "a3_ten_columns_number_last": draw_a3_ten_columns_number_last,
    "key_value_wide_cell_html": draw_key_value_wide_cell_html, "lettered_subparts": draw_lettered_subparts,
}
