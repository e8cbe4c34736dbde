"""Make the small PDF fixtures in tests/fixtures/ (needs LibreOffice: soffice).

Each fixture is a tiny Word document exported to PDF, named after the problem it
shows.  The PDFs are committed, so the tests never need LibreOffice.

    python tools/make_fixtures.py [NAME...]
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
HEADER = ["Recommendation", "Scope", "Action to take", "Evidence", "Target date", "Progress (as at 1st June 2021)"]
FILLER = ("This sentence pads the cell so that the row runs over the foot of the page and the rest of it "
          "continues on the next page after the repeated header row. ")


def landscape(doc: Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def add_table(doc: Document, rows: list[list[str]], borders: bool = True, repeat_header: bool = True,
              row_space: int = 8, bold_header: bool = False) -> None:
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


FIXTURES = {"page_split_then_agency_rows": page_split_then_agency_rows, "borderless_columns": borderless_columns,
            "borderless_tight_rows": borderless_tight_rows}


def main(only: list[str]) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in FIXTURES.items():
            if only and name not in only:
                continue
            doc = Document()
            landscape(doc)
            build(doc)
            source = Path(tmp) / f"{name}.docx"
            doc.save(source)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(source)],
                           check=True, capture_output=True)
            print(OUT / f"{name}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))  # optional fixture names: make only those
