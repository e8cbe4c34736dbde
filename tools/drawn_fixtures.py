"""PDF fixtures drawn with reportlab, for problems that need exact control of the page: furniture
beside the table, tables that touch, a table running off the page, a page the fast character path
cannot read.  Each draws ``<name>*.pdf`` into the folder it is given; tools/make_fixtures.py runs them.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable

from fixture_plans import BAND_HEADER, BANDED, ELLEN, ROWSPAN, WIDTHS, Plan, Rec, plan_header, rec_rows


CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")


def cell(text: str, style: ParagraphStyle = CELL) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def rl_table(plan: Plan, recs: tuple[Rec, ...], width: float, ruled: bool, widths: tuple[float, ...] = WIDTHS
             ) -> RLTable:
    """A plan table: header repeated on each page, rows allowed to split across pages."""
    rows = [[cell(h, HEAD) for h in plan_header(plan)]]
    rows += [[cell(v) for v in row] for rec in recs for row in rec_rows(rec)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        style += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    return RLTable(rows, colWidths=[f * width for f in widths], repeatRows=1, splitInRow=1, style=style)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws each page's furniture ("Page 1 of 3")."""

    def __init__(self, *args: Any, furniture: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._furniture = furniture

    def showPage(self) -> None:  # noqa: N802  (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._furniture(self, number, len(self._pages))
            super().showPage()
        super().save()


def furniture_beside_table(canvas: Canvas, page: int, pages: int) -> None:
    """Running title, OFFICIAL marks, version and page number close around the table area."""
    width, height = canvas._pagesize
    canvas.setFont("Helvetica", 8)
    canvas.drawString(15 * mm, height - 9 * mm, "Northshire CSP – DHR 'Ellen' – Action Plan")
    canvas.drawCentredString(width / 2, height - 9 * mm, "OFFICIAL")
    canvas.drawCentredString(width / 2, 5 * mm, "OFFICIAL")
    canvas.drawString(15 * mm, 9 * mm, "Version 3 – March 2021")
    canvas.drawRightString(width - 15 * mm, 9 * mm, f"Page {page} of {pages}")


def build_pdf(path: Path, story: list[Flowable], pagesize: tuple[float, float], margin: float,
              furniture: Callable[[Canvas, int, int], None] | None = None) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=path.stem, author="Northshire CSP",
                            invariant=1)  # invariant: no dates or random ids, the same bytes every run
    if furniture:
        doc.build(story, canvasmaker=lambda *a, **k: NumberedCanvas(*a, furniture=furniture, **k))
    else:
        doc.build(story)


def title(plan: Plan) -> list[Flowable]:
    styles = getSampleStyleSheet()
    return [Paragraph(escape(plan.title), styles["Heading2"]),
            Paragraph(f"Progress as at {plan.as_at}.", styles["BodyText"]), Spacer(0, 4 * mm)]


def page_furniture_in_table_area(out: Path) -> None:
    """ELLEN's plan, ruled and borderless, with the page furniture a few points from the table."""
    pagesize = rl_landscape(A4)
    for variant, ruled in (("ruled", True), ("borderless", False)):
        story = title(ELLEN) + [rl_table(ELLEN, ELLEN.recs, pagesize[0] - 30 * mm, ruled)]
        build_pdf(out / f"page_furniture_in_table_area.{variant}.pdf", story, pagesize, 15 * mm,
                  furniture_beside_table)


def touching_tables_one_grid(out: Path) -> None:
    """A contributing-agencies table drawn directly on the plan table: they share a rule."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    agencies = RLTable([[cell("Agencies that contributed to the review", HEAD), cell("Contribution", HEAD)]]
                       + [[cell(agency), cell(role)] for agency, role in (
                           ("Northshire Police", "IMR and chronology"), ("Northshire CCG", "IMR (GP practice)"),
                           ("Northshire Healthcare NHS Trust", "IMR and chronology"),
                           ("Adult Social Care", "Short report"), ("Housing", "Chronology"))],
                       colWidths=[0.4 * width, 0.6 * width],
                       style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    build_pdf(out / "touching_tables_one_grid.pdf",
              title(ELLEN) + [agencies, rl_table(ELLEN, ELLEN.recs, width, ruled=True)], pagesize, 15 * mm)


def words_only_rules_table(plan: Plan, recs: tuple[Rec, ...], widths: list[float]) -> RLTable:
    """Word's "horizontal borders only" style: a rule under each row and a shaded header, cell by cell."""
    rows = [[cell(h, HEAD) for h in plan_header(plan)]] + [[cell(v) for v in row] for rec in recs
                                                            for row in rec_rows(rec)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black)]
    style += [("BACKGROUND", (c, 0), (c, 0), colors.HexColor("#D9E2F3" if c % 2 else "#C9D6EE"))
              for c in range(len(widths))]
    table = RLTable(rows, colWidths=widths, repeatRows=1, style=style)
    table.hAlign = "LEFT"
    return table


def bad_bbox_page(out: Path) -> None:
    """ELLEN's plan in two tables; the second, on page 2, is wider than the page: its rules and
    header shading run past the right edge (its text stays on the page).  pdfplumber reads the
    page; a crop to the table's box does not fit in the page."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    fits = [f * width for f in WIDTHS]
    overflowing = fits[:-1] + [fits[-1] + 40 * mm]  # the last column runs 25 mm past the page edge
    story = title(ELLEN) + [words_only_rules_table(ELLEN, ELLEN.recs[:4], fits), PageBreak(),
                            words_only_rules_table(ELLEN, ELLEN.recs[4:], overflowing)]
    build_pdf(out / "bad_bbox_page.pdf", story, pagesize, 15 * mm)


def borderless_tables_touching(out: Path) -> None:
    """Borderless tables with no rule or space between them: a document-control box set directly on
    the plan table, and the plan in two tables, each with its own header, the second under a heading
    on the same page.  Only the headers (bold, on shaded bands) tell where one table ends."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    control = RLTable([[cell(h, HEAD) for h in ("Version", "Date", "Author", "Summary of changes")]]
                      + [[cell(v) for v in row] for row in (
                          ("0.1", "14/02/2021", "DHR Coordinator", "First draft for the review panel"),
                          ("1.0", "20/03/2021", "DHR Coordinator", "Agreed by the partnership board"),
                          ("1.1", "31/03/2021", "Business Manager", "Progress updated for the board"))],
                      colWidths=[f * width for f in (0.1, 0.12, 0.2, 0.58)])
    first, second = (rl_table(ELLEN, recs, width, ruled=False) for recs in (ELLEN.recs[:3], ELLEN.recs[3:5]))
    for table in (control, first, second):  # header cells shaded one by one, as Word shades them
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")] + [
            ("BACKGROUND", (c, 0), (c, 0), colors.HexColor("#D9D9D9")) for c in range(len(table._colWidths))])
        table.hAlign = "LEFT"
    heading = Paragraph("Partner agencies", getSampleStyleSheet()["Heading3"])
    build_pdf(out / "borderless_tables_touching.pdf", title(ELLEN) + [control, first, heading, second], pagesize,
              15 * mm)


def theme_band_across_narrow_columns(out: Path) -> None:
    """A plan ruled only between its rows, the header shaded cell by cell, whose themes are rows
    spanning the table: white bold text on one coloured box across it.  On a portrait page the
    columns are narrow, so each theme's words fall across the column lines drawn in from the
    header.  Two forms: a rule under every row, and rules only under the header and under each
    recommendation's rows (a theme band then has no rule under it)."""
    for variant, every_row in (("row_rules", True), ("group_rules", False)):
        table = theme_band_table(every_row, A4[0] - 36 * mm)
        build_pdf(out / f"theme_band_across_narrow_columns.{variant}.pdf",
                  [Paragraph(escape(ROWSPAN.title), getSampleStyleSheet()["Heading2"]), table], A4, 18 * mm)


def theme_band_table(every_row: bool, width: float) -> RLTable:
    """ROWSPAN's plan, a theme band above each theme's recommendations; a rule under every row, or
    under the header and each recommendation's last row."""
    band = ParagraphStyle("band", parent=HEAD, textColor=colors.white)
    rows: list[list[Any]] = [[cell(h, HEAD) for h in ROWSPAN.columns]]
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LINEBELOW", (0, 0), (-1, -1 if every_row else 0), 0.5, colors.black)]
    style += [("BACKGROUND", (c, 0), (c, 0), colors.HexColor("#E2EFD9")) for c in range(len(ROWSPAN.columns))]
    owner = ""
    for rec in ROWSPAN.recs:
        if rec.owner != owner:
            owner = rec.owner
            style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                      ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#385623"))]
            rows.append([cell(owner, band)] + [""] * (len(ROWSPAN.columns) - 1))
        for i, action in enumerate(rec.actions):
            first = i == 0
            rows.append([cell(rec.number if first else ""), cell(rec.text if first else ""), cell(action.text),
                         cell(action.agency), cell(action.target), cell(action.progress)])
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, colors.black))
    table = RLTable(rows, colWidths=[f * width for f in (0.05, 0.25, 0.22, 0.13, 0.1, 0.25)], repeatRows=1,
                    style=style)
    table.hAlign = "LEFT"
    return table


UNIFORM_PITCH_ROWS = (  # # / Recommendation / Action / Lead / By / Progress; "" under a merged cell
    ("1", "Police to flag victims.", "Add a repeat victim flag.", "Brackenford Police", "Jun 2025",
     "Complete. Flag live."),
    ("", "", "Audit the flag.", "Brackenford Police", "Dec 2025", "In progress. Audit begun."),
    ("2", "Council to check the\ndomestic abuse history", "Add a history check to the joint tenancy application form.",
     "Brackenford District Council", "31 March 2026", "Not started."),
    ("", "of an applicant before\na joint tenancy.", "Train lettings officers.", "Brackenford District Council",
     "31 May 2026", "Not started."),
    ("3", "Schools to hear of it.", "Join the scheme.", "Brackenford Schools", "Oct 2025", "Complete. Joined."),
)


def uniform_pitch_rows(out: Path) -> None:
    """A borderless plan with no padding in its cells: every line of the table, row to row and within
    a cell, the same distance below the last, so no gap tells a new row from a wrapped line.  Each
    recommendation's number and text stand over its two actions as a merged cell's would; the second
    recommendation's text, in a narrow column, still runs on where its second action starts (drawn
    split over the two rows, as reportlab leaves a gap under a spanned cell taller than its rows)."""
    style = ParagraphStyle("tight", fontName="Helvetica", fontSize=7, leading=8)
    bold = ParagraphStyle("tight-bold", parent=style, fontName="Helvetica-Bold")
    rows = [[cell(h, bold) for h in ("#", "Recommendation", "Action", "Lead", "By", "Progress")]]
    rows += [[cell(v, style) for v in row] for row in UNIFORM_PITCH_ROWS]
    table = RLTable(rows, colWidths=(24, 92, 170, 74, 36, 140), style=[  # points: a date in words fills "By"
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2)])
    table.hAlign = "LEFT"
    build_pdf(out / "uniform_pitch_rows.pdf", [table], rl_landscape(A4), 15 * mm)


def header_rule_only_grid(out: Path) -> None:
    """ELLEN's plan with vertical rules between its columns, a frame, and one horizontal rule inside:
    under the header.  No shading and no rule between its rows: the grid finder sees a header and
    one body row as tall as the table on each page."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    rows = [[cell(h, HEAD) for h in plan_header(ELLEN)]]
    rows += [[cell(v) for v in row] for rec in ELLEN.recs for row in rec_rows(rec)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
             ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    table = RLTable(rows, colWidths=[f * width for f in WIDTHS], repeatRows=1, splitInRow=1, style=style)
    build_pdf(out / "header_rule_only_grid.pdf", title(ELLEN) + [table], pagesize, 15 * mm)


def rec_bands_over_header_copies(out: Path) -> None:
    """BANDED's plan with no header row at the top and no recommendation column: each recommendation a
    shaded box across the table (``Recommendation N`` in bold on a line of its own, then the text),
    the action header repeated under it (italic, each cell shaded), then its action rows; over two
    pages.  Two forms: a rule under every row, and no rules at all (the shading alone)."""
    for variant, ruled in (("row_rules", True), ("borderless", False)):
        build_pdf(out / f"rec_bands_over_header_copies.{variant}.pdf",
                  title(BANDED) + [rec_band_table(ruled, A4[0] - 36 * mm)], A4, 18 * mm)


def rec_band_table(ruled: bool, width: float) -> RLTable:
    """BANDED's recommendations, each a band spanning the table over its own copy of the header."""
    italic = ParagraphStyle("italic_head", parent=CELL, fontName="Helvetica-Oblique")
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for rec in BANDED.recs:
        style += [("SPAN", (0, len(rows)), (-1, len(rows))),
                  ("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#E2EFD9"))]
        rows.append([Paragraph(f"<b>Recommendation {rec.number}</b><br/>{escape(rec.text)}", CELL)]
                    + [""] * (len(BAND_HEADER) - 1))
        style += [("BACKGROUND", (c, len(rows)), (c, len(rows)), colors.HexColor("#F2F2F2"))
                  for c in range(len(BAND_HEADER))]
        rows.append([cell(h, italic) for h in BAND_HEADER])
        rows += [[cell(a.text), cell(a.agency), cell(a.target), cell(a.progress)] for a in rec.actions]
    if ruled:
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black))
    table = RLTable(rows, colWidths=[f * width for f in (0.34, 0.2, 0.14, 0.32)], style=style)
    table.hAlign = "LEFT"
    return table


class DottedRulesTable(RLTable):
    """A table whose rules are drawn as a browser draws a dotted border: half-point squares a point
    apart, each its own filled rectangle, and no line at all."""

    dot = 0.5

    def _drawLines(self) -> None:  # noqa: N802  (reportlab's name)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#595959"))
        xs, ys = self._colpositions, self._rowpositions
        for y in ys:
            for i in range(int((xs[-1] - xs[0]) / (2 * self.dot)) + 1):
                canvas.rect(xs[0] + 2 * self.dot * i, y - self.dot / 2, self.dot, self.dot, stroke=0, fill=1)
        for x in xs:
            for i in range(int((ys[0] - ys[-1]) / (2 * self.dot)) + 1):
                canvas.rect(x - self.dot / 2, ys[-1] + 2 * self.dot * i, self.dot, self.dot, stroke=0, fill=1)
        canvas.restoreState()


def dotted_rules_as_squares(out: Path) -> None:
    """ELLEN's plan ruled only with dotted rules drawn dot by dot (thousands of tiny ``re``), its
    rows set close: a reader that does not join the dots sees an unruled table."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    rows = [[cell(h, HEAD) for h in plan_header(ELLEN)]]
    rows += [[cell(v) for v in row] for rec in ELLEN.recs for row in rec_rows(rec)]
    table = DottedRulesTable(rows, colWidths=[f * width for f in WIDTHS], repeatRows=1, splitInRow=1,
                             style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    build_pdf(out / "dotted_rules_as_squares.pdf", title(ELLEN) + [table], pagesize, 15 * mm)


def centred_cells_bold_status(out: Path) -> None:
    """A borderless plan whose cells are centred vertically (an HTML table's default, kept by
    LibreOffice's import as it drops the borders), each progress cell opening with its status in bold
    over dated entries: the progress cells are every row's tallest, so they touch, set apart only by
    the rows' padding, and the first row's status is the body's first line, bold under the bold
    header."""
    pagesize = A4
    width = pagesize[0] - 30 * mm
    statuses = ("Complete.", "In progress.", "Complete.", "In progress.", "Not started.", "In progress.")
    rows = [[cell(h, HEAD) for h in ("No.", "Action", "Lead agency", "Target date", "Progress")]]
    for i, status in enumerate(statuses, 1):
        entries = [] if status == "Not started." else [f"0{i}/03/2025: Entry {i} drafted for the board.",
                                                       f"1{i}/06/2025: Entry {i} agreed and recorded."]
        progress = Paragraph("<br/>".join([f"<b>{status}</b>", *(escape(e) for e in entries)]), CELL)
        action = f"Action {i} to be taken by the agency." + (" It is briefed to every team that uses it." * (i % 3))
        agency = "Northshire NHS Foundation Trust" if i % 2 else "Northshire Police"
        rows.append([cell(str(i)), cell(action), cell(agency), cell(f"30/0{i}/2025"), progress])
    table = RLTable(rows, colWidths=[f * width for f in (0.06, 0.34, 0.16, 0.12, 0.32)], repeatRows=1,
                    splitInRow=1, style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    build_pdf(out / "centred_cells_bold_status.pdf", [table], pagesize, 15 * mm)


# ---- the registry --------------------------------------------------------------------------------


PDF_FIXTURES: dict[str, Callable[[Path], None]] = {
    "uniform_pitch_rows": uniform_pitch_rows,
    "page_furniture_in_table_area": page_furniture_in_table_area, "touching_tables_one_grid": touching_tables_one_grid,
    "bad_bbox_page": bad_bbox_page, "borderless_tables_touching": borderless_tables_touching,
    "theme_band_across_narrow_columns": theme_band_across_narrow_columns,
    "centred_cells_bold_status": centred_cells_bold_status,
}
