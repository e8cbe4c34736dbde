"""Shaded cells stacked in one column of a borderless table (RAG cells, each a filled box as high as its
row) mark where rows start, as a rule would: two actions whose cells run to two lines each, set with
no gap between them, come apart at the top of the second action's box (``bands.stacked_cell_bands``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.bands import stacked_cell_bands
from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from tests.helpers import typeset_line

COLUMNS = [0.0, 150.0, 300.0, 340.0]  # recommendation / action / RAG / progress
RIGHT = 420.0
AMBER, RED = "#ffc000", "#ff7c80"
RAG_BOXES = (Shade(298.0, 118.0, 335.0, 137.5, AMBER), Shade(298.0, 137.5, 335.0, 157.0, RED))


def line(top: float, *cells: tuple[float, str]) -> Line:
    return typeset_line(top, *cells, height=8.0, space=3.0)


def two_actions() -> list[Line]:
    """A header, then one recommendation's two actions set 9 points apart line after line: the first
    action's cells each two lines (its RAG word broken in two), no blank line before the second."""
    return [line(100.0, (0.0, "Recommendation"), (150.0, "Action"), (300.0, "RAG"), (340.0, "Progress")),
            line(120.0, (0.0, "Hold a learning"), (150.0, "Run the event."), (300.0, "Am"), (340.0, "In progress.")),
            line(129.0, (0.0, "event for all."), (150.0, "Book a venue."), (300.0, "ber"), (340.0, "Venue booked.")),
            line(138.0, (150.0, "Publish a brief."), (300.0, "Red"), (340.0, "Not started.")),
            line(147.0, (150.0, "Share it widely."))]


def body_cells(shading: tuple[Shade, ...]) -> list[list[str]]:
    table, _ = body_to_table(two_actions(), COLUMNS, 1, 0, cut=False, shading=shading)
    return [[cell.text for cell in row.cells[1:]] for row in table.rows[1:]]


def test_stacked_rag_boxes_start_the_second_action_row() -> None:
    assert body_cells(RAG_BOXES) == [["Run the event. Book a venue.", "Am ber", "In progress. Venue booked."],
                                     ["Publish a brief. Share it widely.", "Red", "Not started."]]
    assert len(body_cells(())) == 1  # without the boxes nothing parts the two actions


def test_only_boxes_stacked_in_one_column_bound_rows() -> None:
    bounds = [(band.top, band.bottom) for band in stacked_cell_bands([*RAG_BOXES, *RAG_BOXES], 0.0, RIGHT)]
    assert sorted(bounds) == [(118.0, 137.5), (137.5, 157.0)]  # a box drawn twice over counts once
    assert stacked_cell_bands(list(RAG_BOXES[:1]), 0.0, RIGHT) == []  # one shaded cell alone
    apart = [RAG_BOXES[0], Shade(298.0, 160.0, 335.0, 180.0, RED)]  # a gap between them: not stacked
    assert stacked_cell_bands(apart, 0.0, RIGHT) == []
    side_by_side = [RAG_BOXES[0], Shade(340.0, 137.5, 415.0, 157.0, RED)]  # neighbouring columns
    assert stacked_cell_bands(side_by_side, 0.0, RIGHT) == []
    across = [Shade(0.0, 80.0, RIGHT, 118.0, "#bdd7ee"), RAG_BOXES[0]]  # a band across the table is no cell
    assert stacked_cell_bands(across, 0.0, RIGHT) == []
    header = [Shade(0.0, 80.0, 298.0, 118.0, "#c5e0b3"), Shade(298.0, 80.0, RIGHT, 99.0, "#c5e0b3"),
              Shade(298.0, 99.0, 335.0, 118.0, "#c5e0b3"), Shade(335.0, 99.0, RIGHT, 118.0, "#c5e0b3")]
    bounds = [(band.top, band.bottom) for band in stacked_cell_bands([*header, *RAG_BOXES], 0.0, RIGHT)]
    assert sorted(bounds) == [(118.0, 137.5), (137.5, 157.0)]  # the RAG heading's box is the shaded header's
