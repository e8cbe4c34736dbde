"""Drawing of the forty-first round of held-out plans (content in tools/heldout_plans_round41.py).

What is new here: a Word plan whose progress entries each have their date on a line of their own after
the text; a Word plan whose lead and target share one cell on one line (``Police – March 2026``); a web
page saved from a tracker whose status is a disabled ``<select>``; a Word plan whose table is nested in a
one-cell frame table; and a web page with a ``Last updated`` date column after the progress."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Cm, Pt, RGBColor
from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_drawing_round38 import recs_of
from heldout_plans import STATED
from sample_docx import (TBLPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table, new_document,
                         save_docx, v_merge, xml_el)

h = html.escape


def merged_action_rows(t: Any, plan: dict[str, Any], values: Callable[[int, dict[str, Any]], list[str]],
                       fill: Callable[[Any, int, dict[str, Any]], None] | None = None) -> None:
    """Number and recommendation merged over a recommendation's actions, the other cells per action."""
    n = 0
    for r in recs_of(plan):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], f"{r['number']}.", bold=True)
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            for cell, text in zip(c[2:], values(n, a)):
                fill_cell(cell, text)
            if fill:
                fill(c[-1], n, a)
            n += 1


def dated_entries(cell: Any, status: str, entries: list[list[str]]) -> None:
    """The status sentence, then each entry's text with its date alone on the line after it."""
    fill_cell(cell, STATED[status], space_after_last=3)
    for text, date in entries:
        cell.add_paragraph().add_run(text)
        run = cell.add_paragraph().add_run(date)
        run.italic = True
        run.font.color.rgb = RGBColor.from_string("666666")
        cell.paragraphs[-1].paragraph_format.space_after = Pt(4)


def draw_progress_date_after_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Brackenford CSP", font="Arial", size=9)
    margins(doc, 1.9)
    footer(doc, "Brackenford CSP – DHR 'Margaret' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Progress entries are listed oldest first, each followed by the date it was reported.",
            italic=True, space_after=8)
    t = make_table(doc, [1.1, 4.4, 4.0, 2.5, 2.0, 3.2])
    header_row(t, plan["columns"], fill="D9E2F3")
    entries = plan["entries"]
    merged_action_rows(t, plan, lambda n, a: [a["action"], a["lead"], a["target"], ""],
                       lambda cell, n, a: dated_entries(cell, a["status"], entries[n]))
    save_docx(doc, path)


def draw_lead_dash_target_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Rookfield CSP", font="Segoe UI", size=9)
    margins(doc, 1.5)
    footer(doc, "Rookfield CSP – DHR 'Christine'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.2, 6.2, 6.4, 4.6, 2.2, 6.0])
    header_row(t, plan["columns"], fill="E2EFD9")
    merged_action_rows(t, plan, lambda n, a: [a["action"], f"{a['lead']} – {a['target']}", a["status_word"],
                                              a["progress"]])
    save_docx(doc, path)


ORDER = ("Not started", "In progress", "Complete")
FORM_STYLE = ("body{font-family:'Segoe UI',Tahoma,sans-serif;font-size:9.5pt;color:#201f1e}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #c8c6c4;padding:4px 6px;vertical-align:top;text-align:left}"
              "th{background:#f3f2f1}select{font:inherit;padding:1px 2px}p.saved{color:#605e5c;font-size:8pt}"
              "h1{font-size:14pt}")


def status_select(word: str) -> str:
    """A disabled drop-down of the tracker's statuses, the action's own chosen."""
    options = "".join(f'<option{" selected" if o == word else ""}>{o}</option>' for o in ORDER)
    return f'<select name="status" disabled>{options}</select>'


def draw_select_status_form_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        first = (h(r["number"]), h(r["text"])) if i == 0 else ("", "")
        cells = [f"<td>{x}</td>" for x in (*first, h(a["action"]), h(a["lead"]), h(a["target"]))]
        cells += [f"<td>{status_select(a['status_word'])}</td>", f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            '<p class="saved">Saved from the partnership\'s action tracker on 2 June 2026.</p>',
            f'<form><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></form>']
    path.write_text(page_html(plan["meta"]["title"], FORM_STYLE, body), encoding="utf-8")


def table_borders(t: Any, size: int, color: str, inside: bool) -> None:
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        drawn = inside or side in ("top", "left", "bottom", "right")
        borders.append(xml_el("w:" + side, val="single", sz=size, space=0, color=color) if drawn
                       else xml_el("w:" + side, val="nil"))
    insert_ordered(t._tbl.tblPr, borders, TBLPR_ORDER)


def table_in_cell(cell: Any, widths_cm: list[float]) -> Any:
    """A fixed-width table nested in ``cell`` (Word keeps the cell's paragraph after it)."""
    t = cell.add_table(rows=0, cols=len(widths_cm))
    t.autofit = False
    tblpr = t._tbl.tblPr
    insert_ordered(tblpr, xml_el("w:tblW", w=int(sum(widths_cm) * 567), type="dxa"), TBLPR_ORDER)
    insert_ordered(tblpr, xml_el("w:tblLayout", type="fixed"), TBLPR_ORDER)
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    return t


def draw_framed_nested_table_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Ashcombe CSP", font="Garamond", size=10)
    margins(doc, 2.0)
    footer(doc, "Ashcombe CSP – DHR 'Doreen'")
    frame = make_table(doc, [17.0], style=None)
    table_borders(frame, 12, "2F5233", inside=False)
    box = frame.add_row().cells[0]
    fill_cell(box, plan["meta"]["title"], bold=True)
    box.paragraphs[0].runs[0].font.size = Pt(13)
    add_par(box, "The actions agreed by the partnership in response to the review's recommendations.",
            space_after=6)
    t = table_in_cell(box, [1.1, 4.2, 4.0, 2.7, 2.0, 2.6])
    table_borders(t, 4, "999999", inside=True)
    header_row(t, plan["columns"], fill="E2EFD9")
    merged_action_rows(t, plan, lambda n, a: [a["action"], a["lead"], a["target"], a["progress"]])
    save_docx(doc, path)


UPDATED_STYLE = ("body{font-family:Lato,'Helvetica Neue',Arial,sans-serif;font-size:9.5pt;color:#222}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #7f7f7f;padding:3px 5px;vertical-align:top;text-align:left}"
                 "th{background:#fde9d9}td.date{white-space:nowrap}h1{font-size:14pt}")


def draw_last_updated_column_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for n, (r, i, a) in enumerate(action_rows(plan)):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"])]
        cells += [f'<td class="date">{h(a["target"])}</td>', f"<td>{h(a['status_word'])}</td>",
                  f"<td>{h(a['progress'])}</td>", f'<td class="date">{h(plan["updated"][n])}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each row shows the date its progress was last updated by the lead agency.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], UPDATED_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "progress_date_after_docx": draw_progress_date_after_docx,
    "lead_dash_target_docx": draw_lead_dash_target_docx,
    "select_status_form_html": draw_select_status_form_html,
    "framed_nested_table_docx": draw_framed_nested_table_docx,
    "last_updated_column_html": draw_last_updated_column_html,
}
