"""Drawing of the twenty-third round of held-out plans (content in tools/heldout_plans_round23.py).

What is new here, mostly the page's geometry: a Word plan in which one action's dated progress log runs
over two page breaks (three pages) in a single cell; a Word plan of twenty one-line rows (the header and
nineteen actions) on one landscape page in 7 pt Arial Narrow at an exact 8 pt leading with hair-thin
cell margins; a Word plan indented 3 cm inside a wide left margin and running to a narrow right one,
framed by a thick outer border with hair-thin pale inner rules; a web plan whose every other
recommendation's rows are white text on a dark fill, with bottom-, middle- and top-aligned cells side by
side; and a web plan whose table is followed with no gap by footnote and signature lines."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_LINE_SPACING
from docx.shared import Cm, Pt

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round22 import merged_rows
from sample_docx import (TBLPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table, new_document,
                         save_docx, set_header_text, xml_el)

h = html.escape


# ---------------------------------------------------------------- a progress cell over three pages
def draw_progress_log_over_pages_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Thornwick CSP", font="Book Antiqua", size=10)
    margins(doc, 2.0)
    set_header_text(doc, "OFFICIAL", align="right")
    footer(doc, "Thornwick CSP – DHR 'Imogen'")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    add_par(doc, "Progress is recorded as a dated log, newest entry last.", italic=True, space_after=8)
    t = make_table(doc, [1.0, 3.6, 3.4, 2.6, 2.2, 4.2])
    header_row(t, plan["columns"], fill="DDEBF7")
    for c, a in merged_rows(t, plan, lambda a: [a["action"], a["lead"], a["target"], ""]):
        fill_cell(c[5], a["progress"], space_between=3)
    save_docx(doc, path)


# ---------------------------------------------------------------- twenty short rows, 7 pt, tight leading
def cell_margins(table: Any, cm: float) -> None:
    mar = xml_el("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        mar.append(xml_el("w:" + side, w=int(cm * 567), type="dxa"))
    insert_ordered(table._tbl.tblPr, mar, TBLPR_ORDER)


def draw_short_rows_7pt_landscape_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Brackenhurst CSP", font="Arial Narrow", size=7)
    pf = doc.styles["Normal"].paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(8)
    margins(doc, 1.0)
    footer(doc, "Brackenhurst CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=10, space_after=2)
    t = make_table(doc, [0.5, 5.2, 6.2, 4.4, 1.4, 6.0])
    cell_margins(t, 0.03)
    header_row(t, plan["columns"], fill="D9D9D9")
    merged_rows(t, plan, lambda a: [a["action"], a["lead"], a["target"], a["progress"]])
    save_docx(doc, path)


# ---------------------------------------------------------------- indented, thick frame, hairline inner rules
def frame(table: Any, outer: int, inner: int, inner_color: str) -> None:
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right"):
        borders.append(xml_el("w:" + side, val="single", sz=outer, space=0, color="000000"))
    for side in ("insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="single", sz=inner, space=0, color=inner_color))
    insert_ordered(table._tbl.tblPr, borders, TBLPR_ORDER)


def draw_thick_frame_indented_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Cinderford Vale CSP", font="Cambria", size=9)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3.0), Cm(1.0), Cm(2.0), Cm(2.0)
    set_header_text(doc, "Cinderford Vale Community Safety Partnership", align="left")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=8)
    t = make_table(doc, [1.0, 3.4, 3.0, 2.2, 1.8, 2.6])
    insert_ordered(t._tbl.tblPr, xml_el("w:tblInd", w=int(3.0 * 567), type="dxa"), TBLPR_ORDER)
    frame(t, 24, 2, "BFBFBF")
    header_row(t, plan["columns"], fill="F2F2F2")
    merged_rows(t, plan, lambda a: [a["action"], a["lead"], a["target"], a["progress"]])
    add_par(doc, "", space_after=4)
    add_par(doc, "Agreed by the partnership board on 9 July 2025.", italic=True)
    save_docx(doc, path)


# ---------------------------------------------------------------- white text on dark rows, mixed alignment
DARK_STYLE = ("body{font-family:Palatino,'Palatino Linotype','Book Antiqua',serif;font-size:9pt;color:#111}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #7f8c8d;padding:4px 6px;text-align:left}"
              "th{background:#d5dbdb;vertical-align:bottom}"
              "tr.dark td{background:#2f3e4e;color:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}"
              "td.b{vertical-align:bottom}td.m{vertical-align:middle}td.t{vertical-align:top}")


def draw_dark_rows_valign_html(plan: dict[str, Any], path: Path) -> None:
    rows, k = [], -1
    for r, i, a in action_rows(plan):
        k += i == 0
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f'<td class="b"{span}>{h(r["number"])}</td>', f'<td class="b"{span}>{h(r["text"])}</td>']
        cells += [f'<td class="t">{h(a["action"])}</td>', f'<td class="t">{h(a["lead"])}</td>',
                  f'<td class="m">{h(a["target"])}</td>', f'<td class="t">{h(a["progress"])}</td>']
        dark = ' class="dark"' if k % 2 else ""
        rows.append(f"<tr{dark}>" + "".join(cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Agreed by the Glenmarsh Community Safety Partnership board, 2025-06-12.</p>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], DARK_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- footnotes and signature against the table
SIGN_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:8pt;color:#000}"
              "table{border-collapse:collapse;width:100%;margin:0}"
              "th,td{border:1px solid #000;padding:3px 5px;vertical-align:top;text-align:left}"
              "th{background:#e2efda}p.fn{margin:0;font-size:7pt;line-height:1.15}"
              "p.sig{margin:0;padding-top:2px;font-size:8pt}")


def draw_signature_footnotes_abutting_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>",
            '<p class="fn">* Target dates as agreed by the partnership board on 04.06.2025; a changed date is '
            "reported to the board.</p>",
            '<p class="fn">Progress as reported by each agency to the DHR coordinator, October 2025.</p>',
            '<p class="sig">Signed ............................................ Chair, Fernhollow Community '
            "Safety Partnership &nbsp;&nbsp; Date ....................</p>"]
    path.write_text(page_html(plan["meta"]["title"], SIGN_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "progress_log_over_pages_docx": draw_progress_log_over_pages_docx,
    "short_rows_7pt_landscape_docx": draw_short_rows_7pt_landscape_docx,
    "thick_frame_indented_docx": draw_thick_frame_indented_docx,
    "dark_rows_valign_html": draw_dark_rows_valign_html,
    "signature_footnotes_abutting_html": draw_signature_footnotes_abutting_html,
}
