"""Drawing of the thirty-fifth round of held-out plans (content in tools/heldout_plans_round35.py).

What is new here: a Word plan begun on portrait pages and continued in a landscape section, in a second
table whose columns have other widths; a Welsh partnership's web page with Welsh and English on one line
in every header cell and status word; a Word plan whose targets say how often an action recurs and whose
updates open on a percentage; a web plan with superscript footnote markers inside its agency, target and
update cells; and a Word plan with ``DHR-3`` and ``3a`` references in columns of their own and narrow
one-word owner and due columns beside long action text."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_plans_round35 import FOOTNOTES, MARKS, OWNERS
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape
PORTRAIT_WIDTHS = [1.0, 4.6, 4.2, 2.6, 2.0, 3.6]  # 18 cm: the A4 portrait section's table
LANDSCAPE_WIDTHS = [1.2, 5.0, 7.0, 3.0, 2.3, 8.2]  # 26.7 cm: the same columns in other proportions


def merged_rows(table: Any, recs: list[dict[str, Any]], cells: Callable[[dict[str, Any]], list[str]]) -> None:
    """One row per action; number and recommendation on the first, merged down over the others."""
    for r in recs:
        for i, a in enumerate(r["actions"]):
            c = table.add_row().cells
            if i == 0:
                fill_cell(c[0], r["number"])
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            for cell, text in zip(c[2:], cells(a)):
                fill_cell(cell, text)


def plain_cells(a: dict[str, Any]) -> list[str]:
    return [a["action"], a["lead"], a["target"], a["progress"]]


def landscape_section(doc: Any) -> None:
    """A new section on a new page, A4 landscape, with the first section's margins."""
    first = doc.sections[0]
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, getattr(first, side))


def draw_landscape_continued_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Pellinghurst CSP", font="Arial", size=9)
    footer(doc, "Pellinghurst CSP – DHR 'Sandra'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    add_par(doc, "The plan is reviewed by the partnership's DHR steering group every quarter.", space_after=8)
    recs = [r for s in plan["sections"] for r in s["recs"]]
    first = make_table(doc, PORTRAIT_WIDTHS)
    header_row(first, plan["columns"], fill="D9E2F3")
    merged_rows(first, recs[:3], plain_cells)
    landscape_section(doc)
    rest = make_table(doc, LANDSCAPE_WIDTHS)
    header_row(rest, plan["columns"], fill="D9E2F3")
    merged_rows(rest, recs[3:], plain_cells)
    add_par(doc, "")
    add_par(doc, "Agreed by the Pellinghurst CSP board, 21 January 2026.", italic=True)
    save_docx(doc, path)


WELSH_STYLE = ("body{font-family:Arial,'Liberation Sans',Helvetica,sans-serif;font-size:9.5pt;color:#222}"
               "table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #7a7a7a;padding:4px 5px;vertical-align:top;text-align:left}"
               "th{background:#d6e9d6}h1{font-size:14pt}p.cy{font-style:italic;color:#444}")


def draw_welsh_status_pairs_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["status_word"],
                                                a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = ["<h1>Partneriaeth Diogelwch Cymunedol Cwm Tawelan – Adolygiad Dynladdiad Domestig 'Eirlys' – "
            "Cynllun Gweithredu</h1>", f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p class=\"cy\">Mae'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg.</p>",
            "<p>This document is available in Welsh and in English.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], WELSH_STYLE, body), encoding="utf-8")


def draw_recurring_targets_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Quellford CSP", font="Cambria", size=9.5)
    margins(doc, 1.6)
    footer(doc, "Quellford CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Where an action recurs, the timescale says how often; progress is given as a share of the "
                 "action done.", italic=True, space_after=8)
    t = make_table(doc, [1.1, 6.0, 6.0, 3.4, 3.2, 6.8])
    header_row(t, plan["columns"], fill="EDEDED")
    merged_rows(t, [r for s in plan["sections"] for r in s["recs"]], plain_cells)
    save_docx(doc, path)


FOOTNOTE_STYLE = ("body{font-family:Georgia,'DejaVu Serif',serif;font-size:9.5pt;color:#1e1e1e}"
                  "table{border-collapse:collapse;width:100%}"
                  "th,td{border:1px solid #9a9a9a;padding:4px 6px;vertical-align:top;text-align:left}"
                  "th{background:#efe7da}h1{font-size:14pt}sup{font-size:65%}"
                  "p.note{font-size:7.5pt;margin:2px 0}")


def marked(a: dict[str, Any], key: str, text: str) -> str:
    """The cell's text with its footnote marker, if it has one, as a superscript."""
    mark = MARKS.get(a["action"], {}).get(key)
    return h(text) + (f"<sup>{h(mark)}</sup>" if mark else "")


def draw_footnote_marked_cells_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{marked(a, 'lead', a['lead'])}</td>",
                  f"<td>{marked(a, 'target', a['target'])}</td>",
                  f"<td>{marked(a, 'progress', a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    notes = [f'<p class="note"><sup>{h(m)}</sup> {h(text)}</p>' for m, text in FOOTNOTES]
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Progress as reported to the partnership's DHR sub-group.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>", *notes]
    path.write_text(page_html(plan["meta"]["title"], FOOTNOTE_STYLE, body), encoding="utf-8")


def draw_ref_codes_initials_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Harnwick CSP", font="Calibri", size=8.5)
    margins(doc, 1.5)
    footer(doc, "Harnwick CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Owners are shown by their initials; the CSP holds the list of names.", space_after=8)
    t = make_table(doc, [1.3, 3.7, 0.9, 4.5, 2.3, 1.1, 1.2, 3.0])
    header_row(t, plan["columns"], fill="FFF2CC")
    for r in (r for s in plan["sections"] for r in s["recs"]):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["label"], bold=True)
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            fill_cell(c[2], f"{r['number']}{'abcdefgh'[i]}")
            for cell, text in zip(c[3:], (a["action"], a["lead"], OWNERS[a["action"]], a["target"],
                                          a["progress"])):
                fill_cell(cell, text)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "landscape_continued_docx": draw_landscape_continued_docx,
    "welsh_status_pairs_html": draw_welsh_status_pairs_html,
    "recurring_targets_docx": draw_recurring_targets_docx,
    "footnote_marked_cells_html": draw_footnote_marked_cells_html,
    "ref_codes_initials_docx": draw_ref_codes_initials_docx,
}
