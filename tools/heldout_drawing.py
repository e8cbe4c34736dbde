"""Drawing shared by the held-out plans (tools/make_heldout.py), and the second round's layouts.

Each second-round plan names its columns as functions of (recommendation, index of the action in
it, action), and one row loop writes them, merging and shading as the layout asks; only the table
around the rows differs from plan to plan."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH

from heldout_plans_round2 import UPDATED
from sample_docx import (RAG_FILL, TBLPR_ORDER, TCPR_ORDER, add_field, add_par, fill_cell, header_row,
                         insert_ordered, make_table, new_document, save_docx, set_header_text, shade, v_merge,
                         xml_el)
from sample_html import html_cell

Cell = Callable[[dict[str, Any], int, dict[str, Any]], str]  # (recommendation, action index, action) -> text
RowStyle = Callable[[Any, int, dict[str, Any], int, dict[str, Any]], None]  # (cells, row no., rec, i, action)


def label(r: dict[str, Any]) -> str:
    return r["label"] or f"{r['number']}."


def footer(doc: Any, lead: str = "") -> None:
    """Footer "<lead>   Page X of Y" (PAGE and NUMPAGES fields)."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run((lead + "      " if lead else "") + "Page ")
    add_field(p, "PAGE", "1")
    p.add_run(" of ")
    add_field(p, "NUMPAGES", "1")


def rule_set(tag: str, drawn: Sequence[str], color: str = "808080", size: int = 4) -> Any:
    """A ``w:tblBorders`` / ``w:tcBorders`` element drawing only the ``drawn`` sides."""
    borders = xml_el(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")[: 6 if tag == "w:tblBorders" else 4]:
        borders.append(xml_el("w:" + side, val="single", sz=size, space=0, color=color) if side in drawn
                       else xml_el("w:" + side, val="nil"))
    return borders


def horizontal_rules_only(table: Any, color: str = "808080") -> None:
    insert_ordered(table._tbl.tblPr, rule_set("w:tblBorders", ("top", "bottom", "insideH"), color), TBLPR_ORDER)


def action_rows(plan: dict[str, Any]) -> Iterator[tuple[dict[str, Any], int, dict[str, Any]]]:
    """Every action of the plan in order, with its recommendation and its index within it."""
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                yield r, i, a


def write_rows(table: Any, plan: dict[str, Any], cells: Sequence[Cell], merged: Sequence[int] = (),
               style: RowStyle | None = None) -> None:
    """One table row per action; the ``merged`` columns vertically merged over a recommendation's actions."""
    for n, (r, i, a) in enumerate(action_rows(plan)):
        row = table.add_row().cells
        for k, cell in enumerate(cells):
            fill_cell(row[k], cell(r, i, a))
            if k in merged and len(r["actions"]) > 1:
                v_merge(row[k], i == 0)
        if style:
            style(row, n, r, i, a)


def first(text: Cell) -> Cell:
    """A recommendation-level cell: written on its first action's row only."""
    return lambda r, i, a: text(r, i, a) if i == 0 else ""


REC_NUMBER: Cell = first(lambda r, i, a: r["number"])
REC_TEXT: Cell = first(lambda r, i, a: r["text"])
LABELLED_REC: Cell = first(lambda r, i, a: f"{label(r)} {r['text']}")
LABEL_LINE_REC: Cell = first(lambda r, i, a: f"{label(r)}\n{r['text']}")  # label a paragraph of its own


def field(key: str) -> Cell:
    """An action-level cell: the action's ``key`` as the document shows it."""
    return lambda r, i, a: a[key]


def rag_fill(column: int) -> RowStyle:
    """Shade the RAG cell in ``column`` in its colour (the word stays written in it)."""
    def style(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if a["rag"]:
            shade(row[column], RAG_FILL[a["rag"]])
    return style


def plan_document(plan: dict[str, Any], landscape: bool, author: str, header: str, footer_lead: str,
                  size: int = 10) -> Any:
    """A Word document with the plan's running header, ``Page X of Y`` footer and title."""
    doc = new_document(landscape, plan["meta"]["title"], author, size=size)
    set_header_text(doc, header, align="right")
    footer(doc, footer_lead)
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    return doc


def draw_banded_no_rules(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, False, "Kingsford CSP", "OFFICIAL", "Kingsford DHR Anna – action plan")
    add_par(doc, "RAG: Green = complete; Amber = in progress; Red = not started.", italic=True, space_after=6)
    t = make_table(doc, [0.9, 3.8, 3.3, 2.8, 2.2, 3.4, 1.6], style=None, borderless=True)
    header_row(t, plan["columns"], fill="1F4E79", color="FFFFFF")

    def banding(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if n % 2:
            for cell in row:
                shade(cell, "DEEAF6")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), field("rag")], style=banding)
    save_docx(doc, path)


def draw_agency_list_merged(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, True, "Ashbury CSP", "Ashbury Community Safety Partnership",
                        "Version 1.2 – September 2025")
    t = make_table(doc, [7.2, 3.8, 6.4, 2.6, 6.4])
    header_row(t, plan["columns"], fill="D9D9D9")
    write_rows(t, plan, [LABELLED_REC, first(field("lead")), field("action"), field("target"), field("progress")],
               merged=(0, 1))
    save_docx(doc, path)


def grouped_header(table: Any, groups: Sequence[tuple[str, int]], columns: Sequence[str], fill: str) -> None:
    """Two repeated header rows: each group spans its columns; a one-column group is merged down over both."""
    names = [name if k == 0 else "" for name, span in groups for k in range(span)]
    top, bottom = header_row(table, names, fill=fill), header_row(table, columns, fill=fill)
    start = 0
    for name, span in groups:
        if span > 1:
            top.cells[start].merge(top.cells[start + span - 1])
        else:
            v_merge(top.cells[start], True)
            v_merge(bottom.cells[start], False)
        start += span


def draw_smart_header_group(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, True, "Coldmere Safer Partnership", "Coldmere Safer Partnership",
                        "DHR Jean – SMART action plan")
    cols = plan["columns"]
    t = make_table(doc, [1.3, 5.4, 4.3, 3.8, 3.2, 2.2, 4.8, 1.4])
    grouped_header(t, [(cols[0], 1), (cols[1], 1), ("SMART action plan", 4), ("Progress", 2)],
                   [""] * 2 + cols[2:], fill="E2EFD9")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("evidence"), field("lead"), field("target"),
                         field("progress"), field("rag")], merged=(0, 1), style=rag_fill(7))
    save_docx(doc, path)


def draw_group_rules_only(plan: dict[str, Any], path: Path) -> None:
    doc = plan_document(plan, False, "Bramwell CSP", "Bramwell CSP – DHR Edith", "Bramwell CSP")
    t = make_table(doc, [6.0, 4.0, 2.5, 2.2, 3.6], style=None, borderless=True)
    for cell in header_row(t, plan["columns"], fill="F2F2F2").cells:
        insert_ordered(cell._tc.get_or_add_tcPr(), rule_set("w:tcBorders", ("top", "bottom"), "000000", 8),
                       TCPR_ORDER)

    def rule_under_last_action(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if i == len(r["actions"]) - 1:
            for cell in row:
                insert_ordered(cell._tc.get_or_add_tcPr(), rule_set("w:tcBorders", ("bottom",), "000000", 8),
                               TCPR_ORDER)
    write_rows(t, plan, [LABEL_LINE_REC, field("action"), field("lead"), field("target"), field("progress")],
               merged=(0,), style=rule_under_last_action)
    save_docx(doc, path)


HTML_STYLE = ("body{font-family:Arial,sans-serif;font-size:10pt;max-width:60em}"
              "table{border-collapse:collapse;width:100%;margin-bottom:8px}"
              "th,td{border:1px solid #666;padding:3px;vertical-align:top;text-align:left}"
              "th{background:#e7e6e6}h2{font-size:12pt;margin:14px 0 4px}h3{font-size:10pt;margin:6px 0 2px}"
              "p{margin:0 0 4px 0}")


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A table whose cells are already HTML."""
    return ("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in headers) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
            + "</tbody></table>")


def draw_progress_table_per_rec(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    no, action, lead, target, date, update = plan["columns"]
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The review's recommendations, the actions agreed for each, and the progress reported by "
            "the agencies to the partnership.</p>"]
    for sec in plan["sections"]:
        for r in sec["recs"]:
            refs = [f"{r['number']}.{i + 1}" for i in range(len(r["actions"]))]
            body += [f"<h2>Recommendation {h(r['number'])}</h2>", html_cell(r["text"], "p"),
                     html_table([no, action, lead, target], [
                         [ref, html_cell(a["action"], "p"), h(a["lead"]), h(a["target"])]
                         for ref, a in zip(refs, r["actions"])]),
                     "<h3>Progress</h3>",
                     html_table(["Action", date, update], [
                         [ref, UPDATED[r["number"]], html_cell(a["progress"], "p")]
                         for ref, a in zip(refs, r["actions"])])]
    path.write_text("\n".join(
        ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{h(plan['meta']['title'])}</title><style>{HTML_STYLE}</style></head><body>",
         "<header><p>Fenwick District Council · Community safety</p></header>", *body,
         "<footer><p>Page last updated 2 July 2025</p></footer>", "</body></html>"]) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "banded_no_rules": draw_banded_no_rules, "agency_list_merged": draw_agency_list_merged,
    "smart_header_group": draw_smart_header_group, "progress_table_per_rec": draw_progress_table_per_rec,
    "group_rules_only": draw_group_rules_only,
}
