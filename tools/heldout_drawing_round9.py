"""Drawing of the ninth round of held-out plans (content in tools/heldout_plans_round9.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: the agency as the first column merged over
all its recommendations, numbered as in the overview report (so the numbers jump); a recommendation band
followed by the action header repeated under each recommendation, with hyphenated references; the status
only as ``Yes`` / ``Partly`` / ``No`` beside a very wide progress column; a large-print plan with the header
on the first page only, a RAG summary table above and a key below; and a web page whose action cells
hold nested tables and whose recommendation cells are ``<dl>`` lists."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import REC_NUMBER, REC_TEXT, action_rows, field, footer, horizontal_rules_only, write_rows
from heldout_drawing_round4 import page
from heldout_plans_round9 import ACHIEVED, KEY
from sample_docx import (RAG_FILL, TBLPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table,
                         new_document, save_docx, set_header_text, shade, span_row, v_merge, xml_el)

LETTER_FILL = {"G": RAG_FILL["Green"], "A": RAG_FILL["Amber"], "R": RAG_FILL["Red"]}


def draw_agency_first_jumping_numbers(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Marlowfield CSP", font="Candara", size=9),
               letter=False, margin_cm=1.2)
    set_header_text(doc, "Marlowfield CSP – DHR 'Greta'", align="right", color="2F5496")
    footer(doc, "Action plan by agency")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Recommendations are grouped by the agency that leads them and keep the numbers they have in "
                 "the overview report.", italic=True, space_after=6)
    t = make_table(doc, [3.4, 1.6, 6.4, 5.6, 2.2, 7.6])
    header_row(t, plan["columns"], fill="D9E2F3")
    for sec in plan["sections"]:
        rows = [(r, i, a) for r in sec["recs"] for i, a in enumerate(r["actions"])]
        for k, (r, i, a) in enumerate(rows):
            c = t.add_row().cells
            if k == 0:
                fill_cell(c[0], sec["owner"], bold=True)
            if len(rows) > 1:
                v_merge(c[0], k == 0)
            if i == 0:
                fill_cell(c[1], r["number"])
                fill_cell(c[2], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[1], i == 0)
                v_merge(c[2], i == 0)
            fill_cell(c[3], a["action"])
            fill_cell(c[4], a["target"])
            fill_cell(c[5], a["progress"])
    save_docx(doc, path)


def draw_rec_band_subheaders(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Thornbury Cross CSP", font="Book Antiqua", size=10),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "Thornbury Cross Community Safety Partnership", align="left", color="595959")
    footer(doc, "DHR-2023-04")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Review reference DHR-2023-04. Each recommendation is followed by the actions agreed for it.",
            space_after=8)
    t = make_table(doc, [6.0, 3.6, 2.4, 5.0], style=None)
    horizontal_rules_only(t, color="404040")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            band = span_row(t, "", fill="E2EFD9")
            cell = band.cells[0]
            cell.paragraphs[0].add_run(r["label"]).bold = True
            cell.add_paragraph().add_run(r["text"])  # the text a paragraph under the reference
            header_row(t, plan["columns"], fill="F2F2F2", repeat=False, italic=True)
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], a["action"])
                fill_cell(c[1], a["lead"])
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["progress"])
    save_docx(doc, path)


def thin_grid(table: Any, color: str = "BFBFBF") -> None:
    """Every rule of the table drawn hair-thin in light grey."""
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="single", sz=2, space=0, color=color))
    insert_ordered(table._tbl.tblPr, borders, TBLPR_ORDER)


def draw_yes_partly_wide_progress(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Ravensmoor CSP", font="Century Gothic", size=8),
               letter=False, margin_cm=1.0)
    set_header_text(doc, "Ravensmoor CSP", align="left", color="7F7F7F")
    footer(doc, "DHR 'Odette' – progress report")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=2)
    add_par(doc, "Achieved?: Yes = action complete; Partly = some of the action done; No = not begun.",
            size=8, space_after=6)
    t = make_table(doc, [0.8, 5.2, 2.3, 2.8, 1.8, 1.5, 13.3], style=None)
    thin_grid(t)
    header_row(t, plan["columns"], fill="EDEDED")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         lambda r, i, a: ACHIEVED[a["status"]], field("progress")], merged=(0, 1))
    save_docx(doc, path)


def rag_letter(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
    shade(row[6], LETTER_FILL[a["rag"]])


def draw_large_print_summary_key(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Ashcombe Vale CSP", font="Arial", size=12),
               letter=False, margin_cm=2.5)
    set_header_text(doc, "Large print version", align="right", bold=True)
    footer(doc, "Ashcombe Vale CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=16, space_after=8)
    add_par(doc, "Summary of progress", bold=True, size=14, space_after=4)
    actions = [a for _, _, a in action_rows(plan)]
    summary = make_table(doc, [5.0, 4.0])
    header_row(summary, ["RAG status", "Number of actions"], fill="D9D9D9", repeat=False)
    for letter, meaning in KEY:
        cells = summary.add_row().cells
        fill_cell(cells[0], meaning.split(" – ")[0])
        shade(cells[0], LETTER_FILL[letter])
        fill_cell(cells[1], str(sum(a["rag"] == letter for a in actions)))
    cells = summary.add_row().cells
    fill_cell(cells[0], "Total", bold=True)
    fill_cell(cells[1], str(len(actions)), bold=True)
    add_par(doc, "", space_after=10)
    add_par(doc, "Action plan", bold=True, size=14, space_after=4)
    t = make_table(doc, [1.3, 3.2, 3.0, 2.4, 2.0, 2.9, 1.2])
    header_row(t, plan["columns"], fill="D9D9D9", repeat=False)
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), field("rag")], merged=(0, 1), style=rag_letter)
    add_par(doc, "", space_after=8)
    add_par(doc, "Key", bold=True, size=14, space_after=2)
    for letter, meaning in KEY:
        add_par(doc, f"{letter}   {meaning}", space_after=2)
    save_docx(doc, path)


NESTED_STYLE = ("@page{size:A4 portrait;margin:1.4cm}"
                "body{font-family:Verdana,'DejaVu Sans',sans-serif;font-size:9pt;color:#222}"
                "table.plan{border-collapse:collapse;width:100%}"
                "table.plan>tbody>tr>td,table.plan>thead>tr>th{border:1px solid #666;padding:4px;"
                "vertical-align:top;text-align:left}"
                "table.plan>thead>tr>th{background:#e4e9f2}"
                "table.acts{border-collapse:collapse;width:100%}"
                "table.acts th,table.acts td{border:1px solid #bbb;padding:2px 4px;vertical-align:top;"
                "text-align:left;font-size:8.5pt}table.acts th{background:#f4f4f4}"
                "dl{margin:0}dt{font-weight:bold;margin-top:2px}dd{margin:0 0 4px 0}")


def nested_table(r: dict[str, Any]) -> str:
    h = html.escape
    rows = "".join(f"<tr><td>{h(a['action'])}</td><td>{h(a['lead'])}</td><td>{h(a['target'])}</td>"
                   f"<td>{h(a['progress'])}</td></tr>" for a in r["actions"])
    return ('<table class="acts"><thead><tr><th>Action</th><th>Lead agency</th><th>Target date</th>'
            f"<th>Progress</th></tr></thead><tbody>{rows}</tbody></table>")


def draw_nested_action_tables_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            dl = (f"<dl><dt>Recommendation</dt><dd>{h(r['text'])}</dd>"
                  f"<dt>Scope</dt><dd>{h(r['scope'])}</dd></dl>")
            rows.append(f"<tr><td>{h(r['number'])}</td><td>{dl}</td><td>{nested_table(r)}</td></tr>")
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{NESTED_STYLE}</style></head><body>",
             "<p>Corrington Borough Council › Your community › Community safety</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>Each recommendation is listed with the actions agreed for it and the progress reported by the "
             "lead agency.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>", *rows, "</tbody></table>",
             "<p>Contact the Community Safety Team for an accessible copy of this page.</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "agency_first_jumping_numbers": draw_agency_first_jumping_numbers,
    "rec_band_subheaders": draw_rec_band_subheaders, "yes_partly_wide_progress": draw_yes_partly_wide_progress,
    "large_print_summary_key": draw_large_print_summary_key,
    "nested_action_tables_html": draw_nested_action_tables_html,
}
