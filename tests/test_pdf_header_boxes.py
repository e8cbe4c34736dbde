"""Columns of a borderless table from its header's shaded cells, one box per column: a row of boxes of
different heights, or a band of boxes side by side (a header whose gutters are a word space)."""
from __future__ import annotations

from dhr_extract.extract.pdf.header_boxes import cells_in_box_row, header_cells_to_starts
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade

DARK = "#1f4e78"


def word(text: str, x0: float, top: float, width: float = 8.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10.0}


# a header of four cells centred vertically: "No" (narrow, wrapped: tall box), "Recommendation",
# "Start" and "Due" (two narrow date columns)
HEADER = [Line([word("N", 58, 72), word("Start", 200, 78), word("Due", 216, 78)]),
          Line([word("o", 58, 84), word("Recommendation", 90, 84, 60)])]
BOXES = [Shade(57.0, 71.0, 67.0, 96.0, DARK), Shade(69.0, 83.0, 196.0, 95.0, DARK),
         Shade(199.0, 77.0, 212.0, 89.0, DARK), Shade(215.0, 77.0, 230.0, 89.0, DARK)]


def test_a_row_of_shaded_header_cells_gives_each_column_its_span() -> None:
    spans = cells_in_box_row(HEADER, BOXES + BOXES[:1])  # a box drawn twice (fill, then outline) counts once
    assert spans == [(57.0, 67.0), (69.0, 196.0), (199.0, 212.0), (215.0, 230.0)]


def test_boxes_that_hold_no_text_or_stand_alone_give_no_columns() -> None:
    assert cells_in_box_row(HEADER, BOXES[:2]) == []  # two boxes: too few to say
    empty = [Shade(300.0 + 20 * i, 77.0, 315.0 + 20 * i, 89.0, DARK) for i in range(4)]
    assert cells_in_box_row(HEADER, empty) == []
    overlapping = [Shade(57.0, 71.0, 230.0, 96.0, DARK), *BOXES[1:]]  # a band across them: no row of cells
    assert cells_in_box_row(HEADER, overlapping) == []


def test_a_header_box_holding_no_column_start_adds_one() -> None:
    # the layout alone merged the narrow columns into their neighbours; "Due" starts within its box's
    # padding, "Recommendation" is centred in its box (no row under it): its column starts at the box
    assert header_cells_to_starts(HEADER, [58.0, 200.0], BOXES) == [58.0, 69.0, 200.0, 216.0]
    assert header_cells_to_starts(HEADER, [58.0, 70.0, 200.0, 216.0], BOXES) == [58.0, 70.0, 200.0, 216.0]


def gutter_word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0}


def narrow_header_and_row() -> list[Line]:
    """No. | Action | Lead agency | Target date, each gutter 3 points: a word space."""
    header = Line([gutter_word("No.", 10, 0), gutter_word("Action", 40, 0), gutter_word("Lead", 200, 0),
                   gutter_word("agency", 223, 0), gutter_word("Target", 256, 0), gutter_word("date", 289, 0)])
    row = Line([gutter_word("2.1", 10, 14), gutter_word("Add", 40, 14), gutter_word("Adult", 200, 14),
                gutter_word("Care", 228, 14), gutter_word("30/06/2025", 251, 14)])
    return [header, row]


def header_band(*cells: tuple[float, float]) -> list[Shade]:
    """Header cells shaded one by one, all of one height: a band across the table."""
    return [Shade(x0, -1.0, x1, 11.0, "#e6e6e6") for x0, x1 in cells]


def test_each_cell_of_a_shaded_band_starts_a_column_however_narrow_the_gutter() -> None:
    shading = header_band((9, 37), (39, 197), (199, 248), (250, 320))
    assert header_cells_to_starts(narrow_header_and_row(), [10.0, 40.0, 200.0], shading) == [10.0, 40.0, 200.0, 251.0]


def test_a_carried_start_no_text_starts_at_inside_a_shaded_cell_is_dropped() -> None:
    shading = header_band((9, 37), (39, 197), (199, 248), (250, 320))
    assert header_cells_to_starts(narrow_header_and_row(), [10.0, 40.0, 120.0, 200.0], shading) == [
        10.0, 40.0, 200.0, 251.0]


def test_without_side_by_side_shaded_cells_the_columns_stay() -> None:
    one_box = header_band((9, 320))  # a band drawn as one box: a spanning row, no cell edges
    assert header_cells_to_starts(narrow_header_and_row(), [10.0, 40.0, 200.0], one_box) == [10.0, 40.0, 200.0]
