"""Make the PDF fixtures in tests/fixtures/ that start as an HTML page, printed as tools/render_pdfs.py
prints its ``lo_portrait`` and ``lo_landscape`` producers: LibreOffice imports the page (its
table cells keep HTML's default vertical centring, and no borders), the DOCX is restyled and
set to the page's orientation, then printed to PDF.  Each fixture is named after the problem it
shows and gets its annotation beside it; the PDFs are committed, so the tests need no LibreOffice.

    python tools/make_html_fixtures.py [NAME ...]      (pip install -e '.[corpus]'; needs soffice)
"""
from __future__ import annotations

import html
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_pdfs  # noqa: E402
from fixture_plans import MERGED_BESIDE_ROWS, ROWSPAN, Plan, truth  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
PRODUCERS = {"portrait": render_pdfs.portrait, "landscape": render_pdfs.landscape}


def paragraph_cell(text: str, span: int = 1) -> str:
    return f"<td{rowspan(span)}><p>{html.escape(text)}</p></td>"


def plain_cell(text: str, span: int = 1) -> str:
    return f"<td{rowspan(span)}>{html.escape(text)}</td>"


def rowspan(span: int) -> str:
    return f' rowspan="{span}"' if span > 1 else ""


def rowspan_plan_html(plan: Plan) -> str:
    """The plan as an HTML page: a theme row across the table over each theme's recommendations,
    whose number and text span their action rows; long text in paragraphs, short values bare."""
    rows, theme = [], ""
    for rec in plan.recs:
        if rec.owner != theme:
            theme = rec.owner
            rows.append(f'<tr><td colspan="{len(plan.columns)}"><b>{html.escape(theme)}</b></td></tr>')
        span = len(rec.actions)
        for i, action in enumerate(rec.actions):
            own = [plain_cell(rec.number, span), paragraph_cell(rec.text, span)] if i == 0 else []
            rows.append("<tr>" + "".join(own + [paragraph_cell(action.text), plain_cell(action.agency),
                                                plain_cell(action.target), paragraph_cell(action.progress)]) + "</tr>")
    header = "".join(f"<th>{html.escape(c)}</th>" for c in plan.columns)
    return "\n".join([
        '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(plan.title)}</title>",
        "<style>body{font-family:Arial,sans-serif;font-size:10pt}table{width:100%}td,th{padding:3px}</style>",
        "</head><body>", f"<h1>{html.escape(plan.title)}</h1>",
        f"<p>Progress is given as at {html.escape(plan.as_at)}.</p>",
        f"<table><thead><tr>{header}</tr></thead><tbody>", *rows, "</tbody></table>", "</body></html>", ""])


def merged_cells_plan_html(plan: Plan) -> str:
    """The plan as an HTML page whose number, text and scope cells span each recommendation's
    action rows (LibreOffice centres them in their row group), the number column narrow enough
    for a label to wrap; the last action of a recommendation sits beside no merged text of its own."""
    rows = []
    for rec in plan.recs:
        span = len(rec.actions)
        for i, action in enumerate(rec.actions):
            own = [plain_cell(rec.label or rec.number, span), paragraph_cell(rec.text, span),
                   plain_cell(rec.scope, span)] if i == 0 else []
            rows.append("<tr>" + "".join(own + [paragraph_cell(action.text), plain_cell(action.agency),
                                                plain_cell(action.target), paragraph_cell(action.progress)]) + "</tr>")
    widths = "".join(f'<col width="{w}%">' for w in (6, 24, 8, 18, 13, 10, 21))
    header = "".join(f"<th>{html.escape(c)}</th>" for c in plan.columns)
    return "\n".join([
        '<!DOCTYPE html>', '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(plan.title)}</title>",
        "<style>body{font-family:Arial,sans-serif;font-size:10pt}table{width:100%}td,th{padding:3px}</style>",
        "</head><body>", f"<h1>{html.escape(plan.title)}</h1>",
        f"<p>Progress is given as at {html.escape(plan.as_at)}.</p>",
        f"<table><colgroup>{widths}</colgroup><thead><tr>{header}</tr></thead><tbody>", *rows, "</tbody></table>",
        "</body></html>", ""])


def print_html(name: str, page: str, tmp: Path) -> list[Path]:
    """The page printed by LibreOffice once per ``PRODUCERS`` orientation, into OUT."""
    source = tmp / f"{name}.html"
    source.write_text(page, encoding="utf-8")
    render_pdfs.soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"], [source], tmp)
    docx = tmp / f"{name}.docx"
    render_pdfs.office_style(docx)
    edited = []
    for producer, change in PRODUCERS.items():
        target = tmp / "edited" / f"{name}.{producer}.docx"
        target.parent.mkdir(exist_ok=True)
        render_pdfs.edit_docx(docx, target, change)
        edited.append(target)
    render_pdfs.soffice(["--convert-to", "pdf"], edited, tmp / "pdf")
    made = []
    for pdf in sorted((tmp / "pdf").glob("*.pdf")):
        made.append(OUT / pdf.name)
        shutil.copy(pdf, made[-1])
    return made


FIXTURES = {"centred_rowspan_cells": (ROWSPAN, rowspan_plan_html),
            "rows_beside_merged_cells": (MERGED_BESIDE_ROWS, merged_cells_plan_html)}


def main() -> int:
    if not shutil.which("soffice"):
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    wanted = sys.argv[1:] or list(FIXTURES)  # fixture names; all by default
    for name, (plan, page) in ((n, FIXTURES[n]) for n in wanted):
        with tempfile.TemporaryDirectory() as tmp:
            made = print_html(name, page(plan), Path(tmp))
        documents = [pdf.name for pdf in made]
        (OUT / f"{name}.truth.json").write_text(json.dumps(truth(plan, documents), indent=1, ensure_ascii=False)
                                                + "\n", encoding="utf-8")
        print(*made, sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
