"""Drawing of the twelfth round of held-out plans (content in tools/heldout_plans_round12.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: one row per recommendation whose action cell
is a bullet list of several actions under one agency; long slashed references, an ``Accepted? Y/N`` column
and footnote markers with the notes at the page foot; a web page laid out by a CSS grid of ``<div>``s, no
table; thirteen recommendations in 7 pt type under a dark header band, with a RAG count row at the foot of
the table; and ``Outcome measure`` beside ``Evidence`` columns whose cells are hyperlinks."""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Pt

from heldout_drawing import REC_TEXT, action_rows, field, first, footer, rag_fill, rule_set, write_rows
from heldout_drawing_round4 import page
from heldout_plans import RAG_KEY
from heldout_plans_round12 import ACCEPTED, FOOTNOTES, OUTCOMES
from sample_docx import (TBLPR_ORDER, add_bullet_numbering, add_par, fill_cell, header_row,
                         insert_ordered, make_table, new_document, save_docx, set_header_text, shade, span_row,
                         v_merge, xml_el)

REC_NUMBER = first(lambda r, i, a: r["number"])
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def recommendations(plan: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for sec in plan["sections"] for r in sec["recs"]]


def bullet_cell(cell: Any, lines: list[str], num_id: int) -> None:
    """Each line a paragraph of Word's bullet list."""
    for k, line in enumerate(lines):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        p.add_run(line)
        p.style = "List Paragraph"
        numpr = p._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = 0
        numpr.get_or_add_numId().val = num_id


def draw_bullet_actions_one_agency(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Brackenfold CSP", font="Corbel", size=9),
               letter=False, margin_cm=1.8)
    num_id = add_bullet_numbering(doc)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Brackenfold DHR 'Leah' – action plan, version 3")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [1.0, 6.4, 7.6, 3.0, 2.2, 5.9])
    header_row(t, plan["columns"], fill="DEEAF6")
    for r in recommendations(plan):
        c = t.add_row().cells
        a = r["actions"][0]
        fill_cell(c[0], r["number"], bold=True)
        fill_cell(c[1], r["text"])
        bullet_cell(c[2], [x["action"] for x in r["actions"]], num_id)
        fill_cell(c[3], a["lead"])
        fill_cell(c[4], a["target"])
        fill_cell(c[5], a["progress"])
    save_docx(doc, path)


def footnoted_footer(doc: Any, notes: list[str], lead: str) -> None:
    """The page foot: a short rule, the notes in small type, then ``<lead>   Page X of Y``."""
    foot = doc.sections[0].footer
    for k, note in enumerate(notes):
        p = foot.paragraphs[0] if k == 0 else foot.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.add_run(note).font.size = Pt(8)
    p = foot.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(lead)


def draw_footnoted_refs_accepted(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Marlowbridge CSP", font="Times New Roman", size=10),
               letter=False, margin_cm=2.0)
    marks = {n: str(k) for k, n in enumerate(FOOTNOTES, start=1)}
    set_header_text(doc, "Marlowbridge CSP – DHR/MB/2022/03", align="right", color="595959")
    footnoted_footer(doc, [f"{marks[n].translate(SUPERSCRIPT)} {text}" for n, text in FOOTNOTES.items()],
                     "Action plan – updated October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [2.3, 4.0, 1.4, 3.6, 2.2, 1.8, 2.7], style=None)
    insert_ordered(t._tbl.tblPr, rule_set("w:tblBorders", ("top", "left", "bottom", "right", "insideH",
                                                           "insideV"), "A6A6A6", 4), TBLPR_ORDER)
    header_row(t, plan["columns"], fill="E7E6E6")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["label"], bold=True)
            fill_cell(c[1], r["text"])
            if r["number"] in marks:
                c[1].paragraphs[-1].add_run(marks[r["number"]]).font.superscript = True
            fill_cell(c[2], ACCEPTED[r["number"]])
            c[2].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if len(r["actions"]) > 1:
            for k in (0, 1, 2):
                v_merge(c[k], i == 0)
        fill_cell(c[3], a["action"])
        fill_cell(c[4], a["lead"])
        fill_cell(c[5], a["target"])
        fill_cell(c[6], a["progress"])
    save_docx(doc, path)


GRID_STYLE = ("@page{size:A4 landscape;margin:1.4cm}"
              "body{font-family:Helvetica,Arial,sans-serif;font-size:9.5pt;color:#1b1b1b}"
              ".plan{display:grid;grid-template-columns:2.2em 3fr 3fr 1.6fr 1.2fr 3fr;"
              "border-top:2px solid #24527a}"
              ".plan>div{padding:5px 6px;border-bottom:1px solid #c8c8c8}"
              ".plan>div.th{font-weight:bold;background:#dce6f0;border-bottom:2px solid #24527a}"
              "p{margin:0 0 3px 0}")


def grid_cells(r: dict[str, Any], i: int, a: dict[str, Any]) -> list[str]:
    """One action's grid cells: the number and the recommendation (spanning its actions' rows) first."""
    h = html.escape
    cells = []
    if i == 0:
        span = f' style="grid-row:span {len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<div{span}><strong>{h(r['number'])}</strong></div>", f"<div{span}>{h(r['text'])}</div>"]
    return cells + [f"<div>{h(a[k])}</div>" for k in ("action", "lead", "target", "progress")]


def draw_css_grid_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    cells = [f'<div class="th">{h(c)}</div>' for c in plan["columns"]]
    for r, i, a in action_rows(plan):
        cells += grid_cells(r, i, a)
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{GRID_STYLE}</style></head><body>",
             '<nav><a href="/">Home</a> › <a href="/csp">Community safety</a> › DHR action plans</nav>',
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>This page shows the actions agreed in response to the review and the progress made.</p>",
             '<div class="plan" role="table">', *cells, "</div>",
             "<p><small>Page last reviewed: 3 November 2025</small></p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def band_header(row: Any) -> None:
    """The header row as a dark band (its text written white and bold by ``header_row``)."""
    for cell in row.cells:
        shade(cell, "1F3864")


def rag_counts(plan: dict[str, Any]) -> str:
    count = Counter(a["rag"] for _, _, a in action_rows(plan))
    return (f"Summary of actions by RAG status:   Green {count['Green']}   |   Amber {count['Amber']}   |   "
            f"Red {count['Red']}   |   Total {sum(count.values())}")


def draw_small_type_rag_counts(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Wyndham Cross CSP", font="Arial Narrow", size=7),
               letter=False, margin_cm=1.0)
    set_header_text(doc, "Wyndham Cross CSP – DHR 'Anya' – OFFICIAL", align="left", color="7F7F7F")
    footer(doc, "Version 5, October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=11, space_after=2)
    add_par(doc, RAG_KEY, italic=True, size=7, space_after=4)
    t = make_table(doc, [0.8, 6.2, 5.6, 3.3, 1.8, 8.0, 1.4])
    band_header(header_row(t, plan["columns"], color="FFFFFF"))
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress"), field("rag")], merged=(0, 1), style=rag_fill(6))
    span_row(t, rag_counts(plan), fill="F2F2F2")
    save_docx(doc, path)


def hyperlink(paragraph: Any, text: str, url: str) -> None:
    """A Word hyperlink: underlined blue text pointing at ``url``."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = xml_el("w:hyperlink")
    link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", rid)
    run = xml_el("w:r")
    rpr = xml_el("w:rPr")
    rpr.append(xml_el("w:color", val="0563C1"))
    rpr.append(xml_el("w:u", val="single"))
    run.append(rpr)
    t = xml_el("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def slug(text: str) -> str:
    return "-".join(text.lower().replace(";", "").split())


def dotted_rules(table: Any) -> None:
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="dotted", sz=6, space=0, color="808080")
                       if side in ("top", "bottom", "insideH") else xml_el("w:" + side, val="nil"))
    insert_ordered(table._tbl.tblPr, borders, TBLPR_ORDER)


def draw_outcome_evidence_links(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Ellesmoor CSP", font="Liberation Sans", size=8),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Ellesmoor Community Safety Partnership", align="right")
    footer(doc, "DHR 'Hannah'")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Evidence documents are held on the partnership's shared site; follow the links.", size=8,
            space_after=6)
    t = make_table(doc, [0.8, 3.3, 3.0, 1.9, 2.6, 2.2, 1.6, 3.0], style=None)
    dotted_rules(t)
    header_row(t, plan["columns"], fill="E2EFDA")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        fill_cell(c[0], r["number"] if i == 0 else "", bold=True)
        fill_cell(c[1], r["text"] if i == 0 else "")
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        fill_cell(c[2], a["action"])
        fill_cell(c[3], a["lead"])
        fill_cell(c[4], OUTCOMES[(r["number"], i)])
        if a["evidence"]:
            hyperlink(c[5].paragraphs[0], a["evidence"], f"https://ellesmoorcsp.org.uk/dhr/{slug(a['evidence'])}")
        fill_cell(c[6], a["target"])
        fill_cell(c[7], a["progress"])
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "bullet_actions_one_agency": draw_bullet_actions_one_agency,
    "footnoted_refs_accepted": draw_footnoted_refs_accepted, "css_grid_html": draw_css_grid_html,
    "small_type_rag_counts": draw_small_type_rag_counts, "outcome_evidence_links": draw_outcome_evidence_links,
}
