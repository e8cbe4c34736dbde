"""Columns of a borderless table from its header's shaded cells, one box per column."""
from __future__ import annotations

from dhr_extract.extract.pdf.header_boxes import header_box_spans, with_box_starts
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
    spans = header_box_spans(HEADER, BOXES + BOXES[:1])  # a box drawn twice (fill, then outline) counts once
    assert spans == [(57.0, 67.0), (69.0, 196.0), (199.0, 212.0), (215.0, 230.0)]


def test_boxes_that_hold_no_text_or_stand_alone_give_no_columns() -> None:
    assert header_box_spans(HEADER, BOXES[:2]) == []  # two boxes: too few to say
    empty = [Shade(300.0 + 20 * i, 77.0, 315.0 + 20 * i, 89.0, DARK) for i in range(4)]
    assert header_box_spans(HEADER, empty) == []
    overlapping = [Shade(57.0, 71.0, 230.0, 96.0, DARK), *BOXES[1:]]  # a band across them: no row of cells
    assert header_box_spans(HEADER, overlapping) == []


def test_a_header_box_holding_no_column_start_adds_one() -> None:
    spans = [(57.0, 67.0), (69.0, 196.0), (199.0, 212.0), (215.0, 230.0)]
    # the layout alone merged the narrow columns into their neighbours
    assert with_box_starts([58.0, 200.0], spans) == [58.0, 69.0, 200.0, 215.0]
    assert with_box_starts([58.0, 70.0, 200.0, 216.0], spans) == [58.0, 70.0, 200.0, 216.0]
