"""Drawing of the thirty-sixth round of held-out plans (content in tools/heldout_plans_round36.py).

What is new here: a Word form whose status cell lists the three statuses after ballot boxes, the one
that applies crossed; a Word plan whose text new since the last report is highlighted yellow; a tracker
printed from Excel with its row and column headings, bottom-aligned cells and ``31-Mar-26`` dates; a web
page whose progress cells are dated entries newest first with a blank line between them; and a Word
template whose header cells keep their prompts under the column names in small grey italics."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_drawing_round35 import merged_rows, plain_cells
from heldout_plans_round36 import HIGHLIGHTED
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape
BOXES = [("complete", "Complete"), ("in_progress", "In progress"), ("not_started", "Not started")]


def status_boxes(status: str) -> str:
    """The three statuses on lines of their own, the one that applies after a crossed box."""
    return "\n".join(f"{'☒' if key == status else '☐'} {word}" for key, word in BOXES)


def draw_checkbox_status_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Thirlbeck CSP", font="Arial", size=9)
    margins(doc, 1.6)
    footer(doc, "Thirlbeck CSP – DHR 'Lorraine'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Lead agencies: please tick the box that applies and give a short update.", space_after=8)
    t = make_table(doc, [1.0, 5.6, 5.6, 3.2, 2.3, 2.8, 6.0])
    header_row(t, plan["columns"], fill="DEEAF6")
    merged_rows(t, [r for s in plan["sections"] for r in s["recs"]],
                lambda a: [a["action"], a["lead"], a["target"], status_boxes(a["status"]), a["progress"]])
    save_docx(doc, path)


def highlight_cell(cell: Any, text: str, paragraphs: slice) -> None:
    """Write the cell, then highlight the runs of the paragraphs new since the last report."""
    fill_cell(cell, text)
    for p in cell.paragraphs[paragraphs]:
        for run in p.runs:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def draw_highlighted_updates_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Ellerby Vale CSP", font="Calibri", size=9.5)
    margins(doc, 1.8)
    footer(doc, "Ellerby Vale CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    note = add_par(doc, "Text new since the report to the board in January 2026 is ", space_after=8)
    marked = note.add_run("highlighted")
    marked.font.highlight_color = WD_COLOR_INDEX.YELLOW
    note.add_run(".")
    t = make_table(doc, [1.0, 4.0, 3.8, 2.6, 2.2, 3.8])
    header_row(t, plan["columns"], fill="E2EFD9")
    for r in (r for s in plan["sections"] for r in s["recs"]):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["number"])
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            new = HIGHLIGHTED[a["action"]]
            fill_cell(c[2], a["action"])
            fill_cell(c[3], a["lead"])
            highlight_cell(c[4], a["target"], slice(0, 1) if "target" in new else slice(0, 0))
            highlight_cell(c[5], a["progress"], slice(-1, None) if "progress" in new else slice(0, 0))
    save_docx(doc, path)


EXCEL_STYLE = ("@page{size:A4 landscape;margin:1.9cm 1.8cm}"
               "body{font-family:Calibri,Carlito,'Liberation Sans',sans-serif;font-size:9pt;color:#000}"
               "p.ph{text-align:center;font-size:9pt;margin:0 0 8px 0}"
               "table{border-collapse:collapse;table-layout:fixed;width:100%}"
               "th,td{border:1px solid #c0c0c0;padding:1px 3px;vertical-align:bottom;text-align:left;"
               "font-weight:normal}"
               "th.sheet{font-weight:bold;background:#d9e1f2}"
               ".hd{text-align:center;color:#333}.num{text-align:right}")
EXCEL_WIDTHS = [3, 5, 21, 21, 12, 8, 8, 22]  # per cent: the row headings, then the sheet's columns A to G


def draw_excel_print_headings_html(plan: dict[str, Any], path: Path) -> None:
    cols = "".join(f'<col style="width:{w}%">' for w in EXCEL_WIDTHS)
    letters = '<tr><td class="hd"></td>' + "".join(f'<td class="hd">{chr(65 + i)}</td>'
                                                   for i in range(len(plan["columns"]))) + "</tr>"
    names = '<tr><td class="hd">1</td>' + "".join(f'<th class="sheet">{h(c)}</th>' for c in plan["columns"])
    rows = []
    for n, (r, i, a) in enumerate(action_rows(plan), start=2):
        cells = [f'<td class="hd">{n}</td>']
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f'<td class="num"{span}>{h(r["number"])}</td>', f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>",
                  f'<td class="num">{h(a["target"])}</td>', f"<td>{h(a['status_word'])}</td>",
                  f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = ['<p class="ph">Hallowby CSP – DHR \'Denise\' – action plan tracker</p>',
            f"<table><colgroup>{cols}</colgroup><thead>{letters}{names}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], EXCEL_STYLE, body), encoding="utf-8")


NEWEST_STYLE = ("body{font-family:Tahoma,'DejaVu Sans',Verdana,sans-serif;font-size:9.5pt;color:#222}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{border-bottom:1px solid #8c8c8c;padding:5px 6px;vertical-align:top;text-align:left}"
                "th{border-bottom:2px solid #333;background:#f0f0f0}h1{font-size:14pt}")


def dated_entries(progress: str) -> str:
    """The entries, each opening with its month in bold, a blank line between them."""
    parts = []
    for entry in progress.split("\n"):
        when, text = entry.split(" – ", 1)
        parts.append(f"<strong>{h(when)}</strong> – {h(text)}")
    return "<br><br>".join(parts)


def draw_newest_first_blank_lines_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells.append(f"<td>{dated_entries(a['progress'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each agency adds a dated entry at the top of its progress cell when it reports to the "
            "partnership.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], NEWEST_STYLE, body), encoding="utf-8")


def prompt_header(table: Any, columns: list[str]) -> None:
    """The header row: each column's name in bold, its prompt (if any) under it in small grey italics."""
    row = header_row(table, [c.split("\n")[0] for c in columns], fill="F2F2F2")
    for cell, column in zip(row.cells, columns):
        if "\n" in column:
            run = cell.add_paragraph().add_run(column.split("\n", 1)[1])
            run.italic = True
            run.font.size = Pt(7)
            run.font.color.rgb = RGBColor.from_string("7F7F7F")


def draw_header_prompts_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Colverton CSP", font="Source Sans Pro", size=9)
    margins(doc, 1.7)
    footer(doc, "Colverton CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    t = make_table(doc, [1.0, 5.6, 5.4, 3.4, 2.4, 8.4])
    prompt_header(t, plan["columns"])
    merged_rows(t, [r for s in plan["sections"] for r in s["recs"]], plain_cells)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "checkbox_status_docx": draw_checkbox_status_docx,
    "highlighted_updates_docx": draw_highlighted_updates_docx,
    "excel_print_headings_html": draw_excel_print_headings_html,
    "newest_first_blank_lines_html": draw_newest_first_blank_lines_html,
    "header_prompts_docx": draw_header_prompts_docx,
}
