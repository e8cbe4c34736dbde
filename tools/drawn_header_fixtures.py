"""PDF fixtures drawn with reportlab whose problem is in the header row: header text set vertically,
and a boxed table whose header alone is divided into cells.  Each draws ``<name>*.pdf`` into the
folder it is given; tools/make_fixtures.py runs them (``HEADER_FIXTURES``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape as rl_landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable

from drawn_fixtures import HEAD, build_pdf, cell, title
from fixture_plans import ELLEN, WIDTHS, plan_header, rec_rows
from render_pdfs import rotate_stored

UPWARD = {"Scope", "Lead agency"}  # header cells set bottom to top (turned a quarter anticlockwise)
DOWNWARD = {"Target date"}  # ... and top to bottom (a quarter clockwise)


class VerticalText(Flowable):
    """One line of text turned a quarter: upward reads bottom to top, else top to bottom."""

    def __init__(self, text: str, upward: bool) -> None:
        super().__init__()
        self.text, self.upward = text, upward
        self.size, self.font = HEAD.fontSize, HEAD.fontName

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = self.size * 1.2, stringWidth(self.text, self.font, self.size)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        if self.upward:  # the glyphs' tops to the left of the baseline
            canvas.translate(self.size * 0.95, 0)
            canvas.rotate(90)
        else:  # the glyphs' tops to the right
            canvas.translate(self.size * 0.25, self.height)
            canvas.rotate(-90)
        canvas.drawString(0, 0, self.text)


def header_cell(text: str) -> Flowable:
    if text in UPWARD or text in DOWNWARD:
        return VerticalText(text, text in UPWARD)
    return cell(text, HEAD)


def vertical_header_text(out: Path) -> None:
    """ELLEN's plan, ruled, on A4 landscape, its header repeated on each page with three cells set
    vertically (two reading upward, one downward); and a copy stored as portrait pages shown with
    /Rotate 90 (``render_pdfs.rotate_stored``), where the text upright on the page as displayed is
    turned in the content stream and the vertical text is not."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    rows = [[header_cell(h) for h in plan_header(ELLEN)]]
    rows += [[cell(v) for v in row] for rec in ELLEN.recs for row in rec_rows(rec)]
    style = [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    table = RLTable(rows, colWidths=[f * width for f in WIDTHS], repeatRows=1, splitInRow=1, style=style)
    upright = out / "vertical_header_text.pdf"
    build_pdf(upright, title(ELLEN) + [table], pagesize, 15 * mm)
    rotate_stored(upright, out / "vertical_header_text.rotated.pdf")


class RowSidedTable(RLTable):
    """A table boxed as a browser draws a border around a table with ``border-collapse``: each rule a
    thin filled rectangle, the sides one rectangle a row (so the grid finder sees the rows end), a
    rule under each header cell, and nothing inside the body."""

    rule = 0.75

    def _drawLines(self) -> None:  # noqa: N802  (reportlab's name)
        canvas, rule = self.canv, self.rule
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#404040"))
        xs, ys = self._colpositions, self._rowpositions  # ys from the top row's top down
        for x0, x1 in zip(xs, xs[1:]):
            for y in (ys[0], ys[1], ys[-1]):  # the box's top and bottom, and under the header
                canvas.rect(x0, y - rule / 2, x1 - x0, rule, stroke=0, fill=1)
        for y_top, y_bottom in zip(ys, ys[1:]):
            for x in (xs[0], xs[-1]):
                canvas.rect(x - rule / 2, y_bottom, rule, y_top - y_bottom, stroke=0, fill=1)
        canvas.restoreState()


def boxed_table_header_cells(out: Path) -> None:
    """ELLEN's plan as a browser prints a table with a border around it, shaded header cells with a
    rule under each, and no rule inside the body (``RowSidedTable``): the header alone is divided
    into cells, and each row below it is one cell across the table."""
    pagesize = rl_landscape(A4)
    width = pagesize[0] - 30 * mm
    header = plan_header(ELLEN)
    rows = [[cell(h, HEAD) for h in header]] + [[cell(v) for v in row] for rec in ELLEN.recs for row in rec_rows(rec)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    style += [("BACKGROUND", (c, 0), (c, 0), colors.HexColor("#F2F2F2")) for c in range(len(header))]
    table = RowSidedTable(rows, colWidths=[f * width for f in WIDTHS], repeatRows=1, style=style)
    build_pdf(out / "boxed_table_header_cells.pdf", title(ELLEN) + [table], pagesize, 15 * mm)


VERTICAL_BAND_ROWS = (
    ("1", "Police to flag the address of a victim under a protection order.", "Add the flag.", "Police",
     "Oct 2025", "Complete."),
    ("", "", "Brief call handlers on the flag.", "Police", "Dec 2025", "In progress."),
    ("2", "Probation to share the release plan.", "Send the plan to the IDVA.", "Probation", "Jan 2026",
     "Not started."),
    ("3", "GPs to see a patient alone.", "Issue guidance.", "GP practices", "Nov 2025", "Complete."),
)


def vertical_theme_band_unruled(out: Path) -> None:
    """A plan with no rules whose first column holds a theme set vertically, one merged cell beside
    recommendations 1 and 2 (reading upward, as tall as several of their lines); recommendation 3
    below it has no theme.  Cells top-aligned."""
    header = ("Theme", "No.", "Recommendation", "Action", "Lead", "Target", "Progress")
    rows = [[cell(h, HEAD) for h in header]]
    rows += [[VerticalText("Risk and protection", True) if i == 0 else cell("")] + [cell(v) for v in row]
             for i, row in enumerate(VERTICAL_BAND_ROWS)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("SPAN", (0, 1), (0, 3))]
    table = RLTable(rows, colWidths=(24, 24, 150, 150, 80, 60, 100), style=style)
    table.hAlign = "LEFT"
    build_pdf(out / "vertical_theme_band_unruled.pdf", [table], rl_landscape(A4), 15 * mm)


HEADER_FIXTURES: dict[str, Callable[[Path], None]] = {
    "vertical_header_text": vertical_header_text, "boxed_table_header_cells": boxed_table_header_cells,
    "vertical_theme_band_unruled": vertical_theme_band_unruled,
}
