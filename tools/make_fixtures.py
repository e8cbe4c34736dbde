"""Make the PDF fixtures in tests/fixtures/, each named after the problem it shows.

Most are Word documents exported to PDF by LibreOffice (python-docx, soffice); the ones
that need exact control of the page (furniture beside the table, tables that touch, a
table running off the page) are drawn with reportlab by tools/drawn_fixtures.py.  A fixture that is a plan gets its
annotation beside it (``<name>.truth.json``, from the same spec in tools/fixture_plans.py),
so ``tools/score_samples.py tests/fixtures`` scores it; a non-plan fixture has none (the
scorer measures against a plan's recommendations: the tests assert that none is read).  The PDFs are committed, so the tests need neither LibreOffice nor reportlab.

    python tools/make_fixtures.py [NAME...]      (pip install -e '.[corpus]')
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor
from docx.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from drawn_fixtures import PDF_FIXTURES  # noqa: E402
from drawn_header_fixtures import HEADER_FIXTURES  # noqa: E402
from fixture_plans import (BANDED, CHAPTERS, CHRONOLOGY_EVENTS, ELLEN, GLOSSARY, MULTI, PANEL, ROWSPAN,  # noqa: E402
                           SUB_ITEMS, TALL_LISTS, WIDTHS, paragraph, plan_header, plan_rows, rec_rows, truth)

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
HEADER = ["Recommendation", "Scope", "Action to take", "Evidence", "Target date", "Progress (as at 1st June 2021)"]
FILLER = ("This sentence pads the cell so that the row runs over the foot of the page and the rest of it "
          "continues on the next page after the repeated header row. ")
BLUE = RGBColor(0x1F, 0x4E, 0x79)


def landscape(doc: Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def add_table(doc: Document, rows: list[list[str]], borders: bool = True, repeat_header: bool = True,
              row_space: int = 8, bold_header: bool = False) -> Table:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    if borders:
        table.style = "Table Grid"
    for i, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            paragraphs = value.split("\n")
            cell.paragraphs[0].text = paragraphs[0]
            for extra in paragraphs[1:]:
                cell.add_paragraph(extra)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(row_space if not borders else 0)
                for run in p.runs:
                    run.bold = bold_header and i == 0
        if i == 0 and repeat_header:
            tr_pr = table.rows[i]._tr.get_or_add_trPr()
            flag = OxmlElement("w:tblHeader")
            flag.set(qn("w:val"), "true")
            tr_pr.append(flag)
    return table


def page_split_then_agency_rows(doc: Document) -> None:
    doc.add_paragraph("Exampleshire CSP – DHR Adult C – Action Plan")
    long_rec = "1. All agencies to share the learning from this review. " + FILLER * 9 + "Last words of recommendation one."
    add_table(doc, [
        HEADER,
        [long_rec, "Local", "POLICE: Brief all officers on the learning.", "Briefing notes", "March 2021", "COMPLETED"],
        ["", "Local", "HEALTH: Add the learning to safeguarding training.", "Training plan", "June 2021", "Ongoing"],
        ["2. The CSP to audit referrals.", "Regional", "Audit a sample of referrals.", "Audit report", "Q2 2021/22",
         "Not started"],
    ])


def borderless_columns(doc: Document) -> None:
    doc.add_paragraph("Borderless action plan")
    add_table(doc, [
        ["No.", "Recommendation", "Action to be taken", "Lead agency", "Timescale"],
        ["Theme 1 – Information sharing", "", "", "", ""],
        ["3.1", "Agencies agree an information sharing protocol.", "Draft and sign the protocol.", "CSP", "March 2021"],
        ["3.2", "GPs record domestic abuse in the patient record.", "Audit twenty records.", "ICB", "June 2021"],
    ], borders=False, repeat_header=False)


def borderless_tight_rows(doc: Document) -> None:
    doc.add_paragraph("Borderless action plan with no space between rows")
    add_table(doc, [
        ["No.", "Recommendation", "Action to be taken", "Lead agency", "Timescale"],
        ["1.", "Agencies agree an information sharing protocol for all domestic abuse referrals.",
         "Draft and sign the protocol.", "CSP", "March 2021"],
        ["2.", "GPs record domestic abuse in the patient record.", "Audit twenty records.", "ICB", "June 2021"],
        ["3.", "Police review repeat victims monthly.", "Add a repeat victim marker.", "Police", "Ongoing"],
    ], borders=False, repeat_header=False, row_space=0, bold_header=True)


def tall_list_cell_spans_rows(doc: Document) -> None:
    """A borderless plan, no space between rows, whose recommendation and agency cells are merged down
    over their actions: a list of agencies, one a line, runs on beside the next action row, or ends
    above it (a merged cell is drawn once)."""
    doc.add_paragraph(TALL_LISTS.title)
    rows = [list(TALL_LISTS.columns)]
    spans = []
    for rec in TALL_LISTS.recs:
        spans.append((len(rows), len(rows) + len(rec.actions) - 1))
        for k, action in enumerate(rec.actions):
            rows.append([rec.printed if k == 0 else "", action.agency if k == 0 else "", action.text, action.target,
                         action.progress])
    table = add_table(doc, rows, borders=False, repeat_header=False, row_space=0, bold_header=True)
    for first, last in spans:
        for column in (0, 1):
            kept = len(table.cell(first, column).paragraphs)
            merged = table.cell(first, column).merge(table.cell(last, column))
            for extra in merged.paragraphs[kept:]:
                extra._p.getparent().remove(extra._p)  # the paragraphs of the empty cells merged in


def rule_above(row: Any) -> None:
    """A horizontal rule drawn along the top of every cell of a table row."""
    for cell in row.cells:
        tc_pr = cell._tc.get_or_add_tcPr()
        borders = OxmlElement("w:tcBorders")
        top = OxmlElement("w:top")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:color", "000000")):
            top.set(qn(key), value)
        borders.append(top)
        tc_pr.append(borders)


def shade(row: Any, fill: str = "D9E2F3") -> None:
    """Every cell of a table row filled with one colour (a header band)."""
    for cell in row.cells:
        shd = OxmlElement("w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
            shd.set(qn(key), value)
        cell._tc.get_or_add_tcPr().append(shd)


def rules_between_groups_only(doc: Document) -> None:
    """Rules only under a shaded header and between recommendations: a ruled band holds a merged
    recommendation cell beside its two or three action rows, set with no space between rows."""
    doc.add_paragraph("Action plan ruled between recommendations only")
    groups = [
        ["1. Agencies to improve how they recognise financial abuse by a partner, in particular when the "
         "victim is older and relies on the partner for care and for getting to appointments.",
         ("Add financial abuse to the training course.", "Safeguarding Board", "30/06/2025",
          "Complete. Course updated."),
         ("Ask about money at every assessment.", "Adult Services", "31/08/2025", "In progress. Form drafted."),
         ("Brief the practice leads.", "Health Board", "30/09/2025", "Not started.")],
        ["2. The Police to review how bail conditions are explained to victims.",
         ("Carry out the review and report back.", "Police", "31/07/2025", "In progress. Data gathered.")],
        ["3. The Council to train its contact centre staff to respond to a disclosure by telephone.",
         ("Deliver a short course to staff.", "Council", "31/05/2025", "Complete. Delivered in May 2025."),
         ("Add a script to the knowledge base.", "Council", "31/05/2025", "Complete. Script added.")],
    ]
    rows = [["Recommendation", "Action", "Owner", "Due", "Progress"]]
    for rec, *actions in groups:
        rows += [[rec if i == 0 else "", *action] for i, action in enumerate(actions)]
    table = add_table(doc, rows, borders=False, repeat_header=False, row_space=0, bold_header=True)
    shade(table.rows[0])
    r = 1
    for rec, *actions in groups:
        rule_above(table.rows[r])
        if len(actions) > 1:
            table.cell(r, 0).merge(table.cell(r + len(actions) - 1, 0))
        r += len(actions)
    spread(doc, table, (0.3, 0.24, 0.17, 0.12, 0.17))


# ---- plans as DOCX tables ------------------------------------------------------------------------



def spread(doc: Document, table: Table, fractions: tuple[float, ...] | None = None) -> Table:
    """The table across the text width of the last section (python-docx leaves it at 1 inch a column)."""
    section = doc.sections[-1]
    width = section.page_width - section.left_margin - section.right_margin
    n = len(table.columns)
    fractions = fractions or (1 / n,) * n
    table.autofit = False
    for column, grid_col, fraction in zip(table.columns, table._tbl.tblGrid.gridCol_lst, fractions):
        grid_col.w = int(width * fraction)  # LibreOffice lays the table out from the grid
        for c in column.cells:
            c.width = int(width * fraction)
    return table


def plan_table(doc: Document, rows: list[list[str]], size: float = 10) -> Table:
    table = spread(doc, add_table(doc, rows), WIDTHS)
    for row in table.rows:
        for c in row.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(size)
    return table


def portrait(doc: Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = section.page_height, section.page_width


def new_landscape_section(doc: Document) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def appendix_plan_in_long_report(doc: Document) -> None:
    """A portrait overview report (prose, panel, chronology, glossary, recommendations in prose)
    whose action plan is a landscape appendix at the end."""
    portrait(doc)
    doc.add_heading("Domestic Homicide Review – Overview Report", 0)
    doc.add_paragraph("Into the death of Ellen, who died in March 2019")
    doc.add_paragraph("Northshire Community Safety Partnership. Report of the Independent Chair, Dr Helen Marsh. "
                      "Final version, 14 January 2020.")
    seed = 0
    for number, title in enumerate(CHAPTERS, 1):
        doc.add_paragraph().add_run().add_break()  # chapters open with some air, as in the template
        doc.add_heading(f"{number}. {title}", 1)
        for _ in range(4):
            seed += 1
            doc.add_paragraph(f"{number}.{seed % 9 + 1} " + paragraph(seed, 5))
        if title == "The Review Panel":
            spread(doc, add_table(doc, [["Name", "Role", "Agency"]] + [list(r) for r in PANEL]))
        if title == "Chronology":
            rows = [[f"{(k % 28) + 1:02d}/{(k // 2) % 12 + 1:02d}/{2017 + k // 24}", *CHRONOLOGY_EVENTS[k % 10]]
                    for k in range(70)]
            spread(doc, add_table(doc, [["Date", "Agency", "Event"]] + rows), (0.15, 0.2, 0.65))
        if title == "Recommendations":
            doc.add_paragraph("The review panel makes the following recommendations. They are set out with the "
                              "agencies' actions in the action plan at Appendix A.")
            for rec in ELLEN.recs:
                doc.add_paragraph(f"Recommendation {rec.number}: {rec.text}")
    doc.add_heading("Glossary", 1)
    spread(doc, add_table(doc, [["Abbreviation", "Meaning"]] + [list(g) for g in GLOSSARY]), (0.25, 0.75))
    new_landscape_section(doc)
    doc.add_heading("Appendix A – Action Plan", 1)
    doc.add_paragraph(ELLEN.title)
    table = plan_table(doc, plan_rows(ELLEN), size=12)  # a roomy appendix, as many published plans are
    for row in table.rows[1:]:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(6)


def non_plan_statistics_table(doc: Document) -> None:
    doc.add_heading("Domestic abuse in Northshire – quarterly statistics 2020/21", 1)
    doc.add_paragraph("Figures supplied by Northshire Police and the MARAC coordinator for the Community Safety "
                      "Partnership Board, 12 May 2021. Provisional; subject to change.")
    quarters = ["Q1 2020/21", "Q2 2020/21", "Q3 2020/21", "Q4 2020/21", "Total"]
    measures = [("Domestic abuse incidents recorded", 2104, 2311, 2189, 2050),
                ("Domestic abuse crimes recorded", 1302, 1428, 1377, 1291),
                ("Arrests for domestic abuse offences", 402, 455, 431, 398),
                ("Referrals to MARAC", 188, 203, 196, 211),
                ("Repeat referrals to MARAC", 52, 61, 58, 66),
                ("Domestic violence protection orders", 14, 19, 11, 17),
                ("Referrals to the IDVA service", 301, 322, 297, 315)]
    spread(doc, add_table(doc, [["Measure", *quarters]] + [[m, *map(str, v), str(sum(v))] for m, *v in measures]),
           (0.4, 0.12, 0.12, 0.12, 0.12, 0.12))
    doc.add_paragraph("Repeat referral rate by district.")
    add_table(doc, [["District", "Referrals", "Repeats", "Rate"],
                    ["North", "241", "71", "29%"], ["South", "198", "52", "26%"],
                    ["East", "176", "44", "25%"], ["West", "183", "70", "38%"]])


def non_plan_register(doc: Document) -> None:
    doc.add_heading("Community Safety Partnership – Risk Register", 1)
    doc.add_paragraph("Reviewed by the Partnership Board on 3 March 2021. Scores: likelihood x impact (1–25).")
    risks = [("R01", "Funding for the IDVA service ends in March 2022.", "Head of Community Safety",
              "Bid to the Police and Crime Commissioner; options paper to the Board.", "30/09/2021"),
             ("R02", "Domestic Homicide Reviews are not completed within six months.", "DHR Coordinator",
              "Pool of independent chairs; quarterly tracker to the Board.", "31/12/2021"),
             ("R03", "Partners do not attend MARAC consistently.", "MARAC Chair",
              "Attendance reported to the Board; escalation letters to agency leads.", "Ongoing"),
             ("R04", "Loss of data when the case management system is replaced.", "Information Governance Lead",
              "Data migration plan tested before go-live.", "June 2021"),
             ("R05", "Rise in demand for refuge places exceeds capacity.", "Housing Options Manager",
              "Dispersed accommodation pilot with two housing associations.", "31/03/2022")]
    spread(doc, add_table(doc, [["ID", "Risk", "Owner", "Mitigation", "Date"]] + [list(r) for r in risks]),
           (0.07, 0.3, 0.18, 0.33, 0.12))


def non_plan_form(doc: Document) -> None:
    doc.add_heading("Notification of a death: decision on a Domestic Homicide Review", 1)
    doc.add_paragraph("To be completed by the Community Safety Partnership within 7 days of notification.")
    labels = ["Name of the deceased", "Date of death", "Date notified to the CSP", "Notified by (agency)",
              "Agencies known to have had contact", "Do the criteria for a DHR appear to be met? (Yes / No)",
              "Reasons for the decision", "Date of the decision", "Signed (CSP Chair)", "Date sent to the Home Office"]
    spread(doc, add_table(doc, [["Section A – details", ""]] + [[label, ""] for label in labels]), (0.4, 0.6))
    doc.add_paragraph("Section B – tick the agencies to be asked for a chronology.")
    spread(doc, add_table(doc, [["Agency", "Tick", "Agency", "Tick"], ["Police", "☐", "GP", "☐"],
                                ["Probation", "☐", "Housing", "☐"], ["Adult Social Care", "☐", "Children's Services", "☐"]]),
           (0.35, 0.15, 0.35, 0.15))


def non_plan_review_tracker(doc: Document) -> None:
    """A CSP annual report's table of its reviews: plan words in the header, no recommendation in it."""
    doc.add_heading("Northshire Community Safety Partnership – Annual Report 2021/22", 1)
    doc.add_paragraph("Domestic Homicide Reviews. The partnership has six reviews open or recently completed. "
                      "The table shows where each stands; the action plans are published with the reports.")
    reviews = [("DHR 'Ellen'", "June 2019", "Published", "8", "5 complete, 3 in progress"),
               ("DHR 'Adult B'", "March 2020", "Awaiting Home Office", "6", "Not started"),
               ("DHR 'Maya'", "January 2021", "Panel stage", "–", "–"),
               ("DHR 'Joanne'", "May 2021", "Published", "11", "All complete"),
               ("DHR 'Rhian'", "October 2021", "Report drafting", "–", "–"),
               ("DHR 'Amira'", "February 2022", "Scoping", "–", "–")]
    spread(doc, add_table(doc, [["Review", "Commissioned", "Status", "Recommendations", "Progress of action plan"]]
                          + [list(r) for r in reviews]), (0.2, 0.15, 0.2, 0.15, 0.3))


def heading_between_tables_at_page_break(doc: Document) -> None:
    """The last row on page 1 is the label of a multi-agency recommendation; page 2 opens with a
    coloured ALL AGENCIES heading and a new table of that recommendation's agency rows."""
    section = doc.sections[0]
    section.top_margin = section.bottom_margin = Pt(28)
    doc.add_paragraph(MULTI.title)
    first = [r for r in MULTI.recs if int(r.number) < 25]
    rows = plan_rows(MULTI, tuple(first))
    multi = next(r for r in MULTI.recs if r.number == "25")
    table = plan_table(doc, rows + [[multi.printed, "", "", "", "", ""]])
    no_split = OxmlElement("w:cantSplit")  # the label row closes page 1 at its foot, whole
    table.rows[-1]._tr.get_or_add_trPr().append(no_split)
    title = doc.add_paragraph()
    title.paragraph_format.page_break_before = True
    run = title.add_run("ALL AGENCIES including Police, Probation, Health")
    run.bold, run.font.color.rgb, run.font.size = True, BLUE, Pt(13)
    rest = [r for r in MULTI.recs if int(r.number) > 25]
    agency_rows = [["", *row[1:]] for row in rec_rows(multi)]
    plan_table(doc, [plan_header(MULTI)] + agency_rows + [row for rec in rest for row in rec_rows(rec)])


def sub_items_in_cells(doc: Document) -> None:
    doc.add_paragraph(SUB_ITEMS.title)
    plan_table(doc, plan_rows(SUB_ITEMS))


NESTED_WIDTHS = (0.06, 0.3, 0.08, 0.56)  # No. | Recommendation | Scope | Actions
NESTED_HEADER = ["Action", "Lead agency", "Target date", "Progress"]
NESTED_ACTION_WIDTHS = (0.36, 0.19, 0.17, 0.28)  # of the Actions cell's text width
CELL_MARGINS = Inches(0.16)  # Word's default left and right cell margins (0.08 in each), which a nested table fits within


def fill_cell(cell: Any, text: str, bold: bool = False, size: float = 9) -> None:
    cell.paragraphs[0].text = text
    for run in cell.paragraphs[0].runs:
        run.bold, run.font.size = bold, Pt(size)


def nested_action_tables(doc: Document) -> None:
    """Each recommendation's actions as a table of their own, nested in the third cell of its row,
    under its own header row (Word's Insert Table inside a cell)."""
    doc.add_paragraph(ELLEN.title)
    outer = spread(doc, add_table(doc, [["No.", "Recommendation", "Scope", "Actions"]]), NESTED_WIDTHS)
    for run in (r for c in outer.rows[0].cells for r in c.paragraphs[0].runs):
        run.bold = True
    for rec in ELLEN.recs:
        number, text, scope, actions = outer.add_row().cells
        for cell, value in ((number, rec.number), (text, rec.text), (scope, rec.scope)):
            fill_cell(cell, value)
        inner = actions.add_table(rows=0, cols=len(NESTED_HEADER))
        inner.style = "Table Grid"
        for i, values in enumerate([NESTED_HEADER] + [[a.text, a.agency, a.target, a.progress] for a in rec.actions]):
            for cell, value in zip(inner.add_row().cells, values):
                fill_cell(cell, value, bold=i == 0)
        text_width = actions.width - CELL_MARGINS
        for column, grid_col, fraction in zip(inner.columns, inner._tbl.tblGrid.gridCol_lst, NESTED_ACTION_WIDTHS):
            grid_col.w = int(text_width * fraction)
            for c in column.cells:
                c.width = int(text_width * fraction)


DOCX_FIXTURES: dict[str, Callable[[Document], None]] = {
    "page_split_then_agency_rows": page_split_then_agency_rows, "borderless_columns": borderless_columns,
    "borderless_tight_rows": borderless_tight_rows, "appendix_plan_in_long_report": appendix_plan_in_long_report,
    "non_plan_statistics_table": non_plan_statistics_table, "non_plan_register": non_plan_register,
    "non_plan_form": non_plan_form, "non_plan_review_tracker": non_plan_review_tracker,
    "heading_between_tables_at_page_break": heading_between_tables_at_page_break,
    "sub_items_in_cells": sub_items_in_cells, "rules_between_groups_only": rules_between_groups_only,
    "tall_list_cell_spans_rows": tall_list_cell_spans_rows, "nested_action_tables": nested_action_tables,
}
KEEP_DOCX = {"sub_items_in_cells", "nested_action_tables"}  # the same plan as DOCX, to compare the two readings
TRUTHS: dict[str, dict[str, Any]] = {  # fixture -> annotation
    "appendix_plan_in_long_report": truth(ELLEN, ["appendix_plan_in_long_report.pdf"]),
    "heading_between_tables_at_page_break": truth(MULTI, ["heading_between_tables_at_page_break.pdf"]),
    "sub_items_in_cells": truth(SUB_ITEMS, ["sub_items_in_cells.pdf", "sub_items_in_cells.docx"]),
    "page_furniture_in_table_area": truth(ELLEN, ["page_furniture_in_table_area.ruled.pdf",
                                                  "page_furniture_in_table_area.borderless.pdf"]),
    "touching_tables_one_grid": truth(ELLEN, ["touching_tables_one_grid.pdf"]),
    "bad_bbox_page": truth(ELLEN, ["bad_bbox_page.pdf"]),
    "borderless_tables_touching": truth(replace(ELLEN, recs=ELLEN.recs[:5]), ["borderless_tables_touching.pdf"]),
    "tall_list_cell_spans_rows": truth(TALL_LISTS, ["tall_list_cell_spans_rows.pdf"]),
    "theme_band_across_narrow_columns": truth(ROWSPAN, ["theme_band_across_narrow_columns.row_rules.pdf",
                                                        "theme_band_across_narrow_columns.group_rules.pdf"]),
    "header_rule_only_grid": truth(ELLEN, ["header_rule_only_grid.pdf"]),
    "nested_action_tables": truth(ELLEN, ["nested_action_tables.pdf", "nested_action_tables.docx"]),
    "rec_bands_over_header_copies": truth(BANDED, ["rec_bands_over_header_copies.row_rules.pdf",
                                                   "rec_bands_over_header_copies.borderless.pdf"]),
    "dotted_rules_as_squares": truth(ELLEN, ["dotted_rules_as_squares.pdf"]),
    "vertical_header_text": truth(ELLEN, ["vertical_header_text.pdf", "vertical_header_text.rotated.pdf"]),
    "boxed_table_header_cells": truth(ELLEN, ["boxed_table_header_cells.pdf"]),
}


def write_truth(name: str) -> None:
    if name in TRUTHS:
        (OUT / f"{name}.truth.json").write_text(json.dumps(TRUTHS[name], indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")


def main(only: list[str]) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in DOCX_FIXTURES.items():
            if only and name not in only:
                continue
            doc = Document()
            landscape(doc)
            build(doc)
            source = Path(tmp) / f"{name}.docx"
            doc.save(source)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(source)],
                           check=True, capture_output=True)
            if name in KEEP_DOCX:
                shutil.copy(source, OUT / source.name)
            write_truth(name)
            print(OUT / f"{name}.pdf")
    for name, draw in {**PDF_FIXTURES, **HEADER_FIXTURES}.items():
        if not only or name in only:
            draw(OUT)
            write_truth(name)
            print(OUT / f"{name}*.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))  # optional fixture names: make only those
