"""The DOCX layouts of the sample plans: one function per layout, each drawing a plan spec
(``tools/sample_specs/*.json``, regrouped by ``sample_spec.plan_from_spec``) into a document; the page, paragraphs
and side tables around the plan come from the spec (``sample_docx.open_document`` / ``add_blocks``)."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from sample_docx import (RAG_FILL, TBLPR_ORDER, action_text, add_blocks, add_bullet_numbering, add_decimal_numbering,
                         add_par, fill_cell, header_row, insert_ordered, make_table, open_document, save_docx, shade,
                         span_row, v_merge, xml_el)

TEMPLATES = {}  # layout.template -> build(plan, path)


def template(draw_plan):
    """Register a DOCX layout: the document from the spec, with the plan that ``draw_plan(doc, plan)``
    draws between the ``before`` and ``after`` blocks."""
    def build(plan, path):
        doc = open_document(plan)
        add_blocks(doc, plan, plan["before"])
        draw_plan(doc, plan)
        add_blocks(doc, plan, plan["after"])
        save_docx(doc, path)
    TEMPLATES[draw_plan.__name__] = build
    return draw_plan



@template
def home_office(doc, plan):
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ")
                    fill_cell(c[1], r["scope"])
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                fill_cell(c[2], action_text(a), space_between=3)
                fill_cell(c[3], a["lead"])
                fill_cell(c[4], a["evidence"], space_between=3)
                fill_cell(c[5], a["target"])
                fill_cell(c[6], a["progress"], space_between=3)


@template
def borderless(doc, plan):
    t = make_table(doc, plan["widths"], style=None, borderless=True)
    header_row(t, plan["columns"], **plan["header"])
    gap = 12
    # a little air under the header row
    for cell in t.rows[0].cells:
        cell.paragraphs[-1].paragraph_format.space_after = Pt(gap)
    for sec in plan["sections"]:
        span_row(t, sec["owner"], space_after=gap)
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["label"], space_after_last=gap)
                    fill_cell(c[1], r["text"], space_after_last=gap, space_between=2)
                else:
                    for k in (0, 1):
                        c[k].paragraphs[0].paragraph_format.space_after = Pt(gap)
                fill_cell(c[2], action_text(a), space_after_last=gap, space_between=2)
                fill_cell(c[3], a["lead"], space_after_last=gap)
                fill_cell(c[4], a["target"], space_after_last=gap)
                fill_cell(c[5], a["progress"], space_after_last=gap, space_between=2)


@template
def autonumbered(doc, plan):
    num_id = add_decimal_numbering(doc)
    for sec in plan["sections"]:
        add_par(doc, sec["owner"], bold=True, size=11, space_after=4).paragraph_format.keep_with_next = True
        t = make_table(doc, plan["widths"])
        header_row(t, plan["columns"], **plan["header"])
        header_row(t, plan["guidance"], italic=True, bold=False, repeat=False, fill="F2F2F2")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], numbering=num_id, space_between=2)
                fill_cell(c[1], action_text(a), space_between=2)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=2)
                fill_cell(c[5], a["rag"], bold=True)
                if a["rag"]:
                    shade(c[5], RAG_FILL[a["rag"]])
        add_par(doc, "", space_after=8)


@template
def rec_colon(doc, plan):
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="E7E6E6")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                row = t.add_row()
                c = row.cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ")
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["evidence"])
                fill_cell(c[5], a["status_word"], bold=a["status"] == "complete")


@template
def repeated(doc, plan):
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], r["label"])
                fill_cell(c[1], r["text"], space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], action_text(a))
                fill_cell(c[4], a["target"])
                fill_cell(c[5], a["u1"])
                fill_cell(c[6], a["u2"])
                fill_cell(c[7], a["rag"], bold=True)
                shade(c[7], RAG_FILL[a["rag"]])


@template
def two_header(doc, plan):
    t = make_table(doc, plan["widths"])
    top = header_row(t, ["Recommendation", "Action", "Target Date", "Progress", ""], fill="C5E0B3")
    second = header_row(t, ["", "", "", "RAG", "Commentary"], fill="C5E0B3")
    for k in range(3):
        v_merge(top.cells[k], True)
        v_merge(second.cells[k], False)
    # "Progress" spans the RAG and Commentary sub-columns (w:gridSpan)
    merged = top.cells[3].merge(top.cells[4])
    for p in merged.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["label"], bold=True)
                    for line in r["text"].split("\n"):
                        p = c[0].add_paragraph()
                        p.paragraph_format.space_before = Pt(3)
                        p.add_run(line)
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["rag"], bold=True)
                shade(c[3], RAG_FILL[a["rag"]])
                fill_cell(c[4], a["progress"], space_between=3)


@template
def theme_rows(doc, plan):
    """A ruled table with a full-width theme row above its recommendations (shaded as
    ``layout.section_row`` says); the label opens the recommendation cell."""
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    section_row = plan["section_row"]
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill=section_row["fill"])
        if "color" in section_row:
            for p in t.rows[-1].cells[0].paragraphs:
                for run in p.runs:
                    run.font.color.rgb = RGBColor.from_string(section_row["color"])
                    run.font.size = Pt(section_row["size"])
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)


@template
def portrait(doc, plan):
    bullets = add_bullet_numbering(doc)
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    lines = r["text"].split("\n")
                    fill_cell(c[0], lines[0], label=r["label"] + " ")
                    for line in lines[1:]:
                        p = c[0].add_paragraph()
                        if line.startswith("• "):      # a Word bullet: the glyph is not in the text
                            p.style = "List Paragraph"
                            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
                            numpr.get_or_add_ilvl().val = 0
                            numpr.get_or_add_numId().val = bullets
                            line = line[2:]
                        p.add_run(line)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["progress"], space_between=3)


@template
def rec_spanning(doc, plan):
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            row = t.add_row()
            cell = row.cells[0].merge(row.cells[-1])          # one cell, w:gridSpan = 5
            fill_cell(cell, r["text"], label=r["label"] + " ", space_between=2)
            shade(cell, "DEEAF6")
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], action_text(a), space_between=3)
                fill_cell(c[1], a["lead"])
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["progress"], space_between=3)
                fill_cell(c[4], a["rag"], bold=True)
                if a["rag"]:
                    shade(c[4], RAG_FILL[a["rag"]])


@template
def agency_first(doc, plan):
    t = make_table(doc, plan["widths"])
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            same_agency = len(acts) > 1 and len({a["lead"] for a in acts}) == 1
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0 or not same_agency:
                    fill_cell(c[0], a["lead"], bold=True)
                if i == 0:
                    fill_cell(c[1], r["label"])
                    fill_cell(c[2], r["text"], space_between=3)
                if len(acts) > 1:
                    v_merge(c[1], i == 0)
                    v_merge(c[2], i == 0)
                    if same_agency:
                        v_merge(c[0], i == 0)
                fill_cell(c[3], action_text(a), space_between=3)
                fill_cell(c[4], a["target"])
                fill_cell(c[5], a["progress"], space_between=3)


@template
def word_style(doc, plan):
    t = make_table(doc, plan["widths"], style=None)
    # Word-export look: horizontal rules only, no vertical lines between or beside columns
    borders = xml_el("w:tblBorders")
    for side, val, sz in (("top", "single", 8), ("left", "nil", 0), ("bottom", "single", 8),
                          ("right", "nil", 0), ("insideH", "single", 4), ("insideV", "nil", 0)):
        borders.append(xml_el("w:" + side, val=val, sz=sz, space=0, color="8EAADB")
                       if val != "nil" else xml_el("w:" + side, val="nil"))
    insert_ordered(t._tbl.tblPr, borders, TBLPR_ORDER)
    header_row(t, plan["columns"], **plan["header"])
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                fill_cell(c[1], action_text(a), space_between=3)
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
                fill_cell(c[5], "")                       # colour only, no word
                if a["rag"]:
                    shade(c[5], RAG_FILL[a["rag"]])
