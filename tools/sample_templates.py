"""The DOCX layouts of the sample plans: one function per layout, each drawing a plan spec
(``tools/sample_specs/*.json``, regrouped by ``make_samples.plan_from_spec``) into a document."""
from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from sample_docx import (RAG_FILL, TBLPR_ORDER, xml_el, insert_ordered, action_text, add_bullet_numbering,
                         add_decimal_numbering, add_page_number_footer, add_page_x_of_y_footer, add_par,
                         fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         shade, span_row, v_merge)


def build_home_office(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Wrexham Community Safety Partnership")
    set_header_text(doc, "OFFICIAL – Wrexham DHR Adult B – Action Plan")
    add_page_number_footer(doc, "Version 4")
    add_par(doc, m["title"], style="Heading 1")
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "This action plan sets out how the agencies involved in the review will respond to "
                 "the recommendations made by the Review Panel. It is monitored by the Wrexham "
                 "Community Safety Partnership Board, and progress is reported to the North Wales "
                 "Safer Communities Board.", space_after=6)
    add_par(doc, "Agencies that contributed to the review", bold=True, size=11, space_after=4)
    t = make_table(doc, [8.0, 12.0])
    header_row(t, ["Agency", "Contribution"], fill="D9D9D9", repeat=False)
    for agency, what in plan["contributors"]:
        row = t.add_row()
        fill_cell(row.cells[0], agency)
        fill_cell(row.cells[1], what)
    add_par(doc, "", space_after=6)
    add_par(doc, "Action Plan", bold=True, size=11, space_after=4)

    widths = [4.8, 3.0, 4.8, 2.9, 4.3, 2.1, 4.8]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="1F3864", color="FFFFFF")
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
    add_par(doc, "", space_after=6)
    add_par(doc, "Glossary", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "Meaning"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        row = t.add_row()
        fill_cell(row.cells[0], abbr)
        fill_cell(row.cells[1], meaning)
    save_docx(doc, path)


def build_borderless(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Lincolnshire Partnership", size=9)
    add_page_number_footer(doc, "Safer Lincolnshire Partnership – DHR 14 Action Plan")
    add_par(doc, m["title"], bold=True, size=14, space_after=4)
    add_par(doc, "The recommendations below are numbered as in the Overview Report. Updates have been "
                 "provided by the responsible agencies for the meeting of the DHR Oversight Group.",
            space_after=10)
    widths = [1.4, 6.6, 5.6, 4.2, 2.8, 6.1]
    t = make_table(doc, widths, style=None, borderless=True)
    header_row(t, plan["columns"])
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
    save_docx(doc, path)


def build_autonumbered(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Reading Community Safety Partnership")
    num_id = add_decimal_numbering(doc)
    add_page_number_footer(doc, "Reading CSP – DHR Adult D")
    add_par(doc, m["title"], bold=True, size=14, space_after=2)
    add_par(doc, m["subtitle"], italic=True, space_after=6)
    add_par(doc, "Recommendations are grouped by the agency that leads on them. Multi-agency "
                 "recommendations are shown at the end of the plan, with one row for each agency.",
            space_after=8)
    widths = [6.6, 6.2, 3.6, 2.8, 5.9, 1.6]
    for sec in plan["sections"]:
        add_par(doc, sec["owner"], bold=True, size=11, space_after=4).paragraph_format.keep_with_next = True
        t = make_table(doc, widths)
        header_row(t, plan["columns"], fill="D9E2F3")
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
    save_docx(doc, path)


def build_rec_colon(plan, path):
    m = plan["meta"]
    doc = new_document(False, m["title"], "Cheshire East Community Safety Partnership", size=8)
    add_par(doc, m["title"], bold=True, size=12, space_after=2)
    add_par(doc, m["subtitle"], space_after=8)
    widths = [4.6, 3.6, 2.6, 1.8, 3.2, 2.2]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="BFBFBF")
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
    save_docx(doc, path)


def build_repeated(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Southend-on-Sea Community Safety Partnership", size=8)
    add_page_number_footer(doc, "Southend CSP – DHR 'Anna' – Action Plan")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Each agency has a row of its own for every recommendation it is responsible for. "
                 "RAG: Green – action complete; Amber – action in progress; Red – action not started "
                 "or overdue.", space_after=6)
    widths = [1.2, 5.6, 2.8, 4.6, 2.0, 4.5, 4.5, 1.5]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="DEEAF6")
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
    add_par(doc, "", space_after=6)
    add_par(doc, "Glossary", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "Meaning"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        c = t.add_row().cells
        fill_cell(c[0], abbr)
        fill_cell(c[1], meaning)
    save_docx(doc, path)


def build_two_header(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Merthyr Tydfil Community Safety Partnership", size=10)
    set_header_text(doc, "Merthyr Tydfil CSP – DHR 'Rhian' – Action Plan")
    add_page_number_footer(doc, "Version 3 – March 2021")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], italic=True, space_after=8)
    add_par(doc, "Rhian (a pseudonym chosen by her family) was 41 when she was killed by her former "
                 "partner in Merthyr Tydfil in 2019. The Review Panel made six recommendations. "
                 "This plan sets out the actions agreed by each agency; it is monitored by the "
                 "Merthyr Tydfil Community Safety Partnership and reported to the Cwm Taf Morgannwg "
                 "Safeguarding Board.", space_after=6)
    add_par(doc, "RAG: Green – complete; Amber – in progress and on track; Red – not started, or "
                 "overdue.", space_after=8)
    widths = [7.4, 8.0, 2.4, 1.7, 7.2]
    t = make_table(doc, widths)
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
    save_docx(doc, path)


def build_theme_ruled(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Somerset Partnership", size=10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.add_run("Safer Somerset Partnership   |   DHR 'Ellie' – Action Plan   |   OFFICIAL")
    add_page_x_of_y_footer(doc)
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Recommendation numbers are the paragraph numbers of the Overview Report. "
                 "Progress (as at 31 August 2020) reported to the DHR Steering Group.",
            space_after=6)
    widths = [7.2, 6.6, 3.6, 2.2, 7.1]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D9D9D9", repeat=False)   # no w:tblHeader: page 1 only
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="F2F2F2")
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
    save_docx(doc, path)


def build_portrait(plan, path):
    m = plan["meta"]
    doc = new_document(False, m["title"], "Powys Community Safety Partnership", size=9)
    bullets = add_bullet_numbering(doc)
    add_page_number_footer(doc, "Powys CSP – DHR 'Carys'")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Review Panel", bold=True, size=11, space_after=4)
    t = make_table(doc, [9.0, 9.0])
    header_row(t, ["Role", "Agency"], fill="D9D9D9", repeat=False)
    for role, agency in plan["panel"]:
        c = t.add_row().cells
        fill_cell(c[0], role)
        fill_cell(c[1], agency)
    add_par(doc, "", space_after=6)
    add_par(doc, "Action Plan", bold=True, size=11, space_after=4)
    add_par(doc, "Target dates are given in the action column.", italic=True, space_after=4)
    widths = [5.0, 5.0, 2.8, 5.2]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D5DCE4")
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
    save_docx(doc, path)


def build_rec_spanning(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Plymouth", size=9)
    set_header_text(doc, "OFFICIAL – SENSITIVE   Safer Plymouth – DHR 'Jess'")
    add_page_number_footer(doc, "DHR 'Jess' – Action Plan – February 2023")
    add_par(doc, m["title"], bold=True, size=14, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Each recommendation of the Review Panel is shown in a shaded row, followed by the "
                 "actions agreed by the agencies. RAG: Green – complete; Amber – in progress; "
                 "Red – overdue or not started.", space_after=8)
    widths = [8.2, 3.9, 2.6, 10.0, 2.0]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="1F3864", color="FFFFFF")
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
    add_par(doc, "", space_after=6)
    add_par(doc, "Agreed by the Safer Plymouth Strategic Board. Next review of progress: May 2023.",
            italic=True)
    save_docx(doc, path)


def build_agency_first(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Newport", size=9)
    add_page_number_footer(doc, "Safer Newport – DHR 'Eleri' – Action Plan")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "Recommendations are numbered as in the Overview Report (recommendations 2a and 2b "
                 "arise from the same finding).", space_after=6)
    widths = [3.4, 1.4, 6.4, 6.0, 2.4, 7.1]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="D9D9D9")
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
    add_par(doc, "", space_after=6)
    add_par(doc, "Abbreviations", bold=True, size=11, space_after=4)
    t = make_table(doc, [3.0, 12.0])
    header_row(t, ["Abbreviation", "In full"], fill="D9D9D9", repeat=False)
    for abbr, meaning in plan["glossary"]:
        c = t.add_row().cells
        fill_cell(c[0], abbr)
        fill_cell(c[1], meaning)
    save_docx(doc, path)


def build_theme_numbered_sections(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Rotherham Partnership", size=9)
    add_page_number_footer(doc, "Safer Rotherham Partnership – DHR 'Leah'")
    add_par(doc, m["title"], bold=True, size=13, space_after=2)
    add_par(doc, m["subtitle"], space_after=6)
    add_par(doc, "The recommendations are grouped under the four themes of the Overview Report and "
                 "numbered within each theme.", space_after=6)
    widths = [7.4, 6.6, 3.8, 2.4, 6.5]
    t = make_table(doc, widths)
    header_row(t, plan["columns"], fill="BDD6EE")
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="2E74B5")
        for p in t.rows[-1].cells[0].paragraphs:
            for run in p.runs:
                run.font.color.rgb = RGBColor.from_string("FFFFFF")
                run.font.size = Pt(10)
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=r["label"] + " ", space_between=3)
                fill_cell(c[1], action_text(a))
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=3)
    save_docx(doc, path)


def build_word_style(plan, path):
    m = plan["meta"]
    doc = new_document(True, m["title"], "Safer Pembrokeshire", size=9)
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Safer Pembrokeshire | DHR 'Ffion' | OFFICIAL")
    r.font.color.rgb = RGBColor.from_string("7F7F7F")
    add_page_x_of_y_footer(doc)
    add_par(doc, m["title"], style="Title")
    add_par(doc, "Document control", style="Heading 2")
    t = make_table(doc, [1.6, 2.4, 5.0, 9.0])
    header_row(t, ["Version", "Date", "Author", "Summary of changes"], fill="D9E2F3",
               repeat=False)
    for row in plan["document_control"]:
        c = t.add_row().cells
        for cell, text in zip(c, row):
            fill_cell(cell, text)
    add_par(doc, "", space_after=4)
    add_par(doc, "Action plan", style="Heading 2")
    add_par(doc, m["subtitle"] + ". RAG: Green – complete; Amber – in progress; Red – overdue; "
                 "no colour – not yet started.", space_after=6)
    widths = [6.4, 5.6, 3.8, 2.0, 7.5, 1.4]
    t = make_table(doc, widths, style=None)
    # Word-export look: horizontal rules only, no vertical lines between or beside columns
    borders = xml_el("w:tblBorders")
    for side, val, sz in (("top", "single", 8), ("left", "nil", 0), ("bottom", "single", 8),
                          ("right", "nil", 0), ("insideH", "single", 4), ("insideV", "nil", 0)):
        borders.append(xml_el("w:" + side, val=val, sz=sz, space=0, color="8EAADB")
                       if val != "nil" else xml_el("w:" + side, val="nil"))
    insert_ordered(t._tbl.tblPr, borders, TBLPR_ORDER)
    header_row(t, plan["columns"], fill="1F4E79", color="FFFFFF")
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
    save_docx(doc, path)
