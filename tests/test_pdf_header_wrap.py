"""A borderless table's header cell wrapped onto a second line stays in the header row (``row_walk``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups

COLUMNS = [0.0, 50.0, 150.0, 300.0, 400.0]  # a sidebar's text stands in the first column
BOLD, PLAIN = "Arial-Bold", "Arial"


def word(text: str, x0: float, top: float, font: str = PLAIN) -> Word:
    return {"text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": top, "bottom": top + 10.0,
            "fontname": font}


def line(top: float, *cells: tuple[float, str], font: str = PLAIN) -> Line:
    return Line([word(text, x0, top, font) for x0, text in cells])


def data_rows(top: float) -> list[Line]:
    return [line(top, (50, "1"), (150, "Check"), (300, "Police"), (400, "Done.")),
            line(top + 30, (50, "2"), (150, "Train"), (300, "Council"), (400, "Open."))]


def test_a_header_cell_wrapped_onto_a_second_line_is_one_header_row() -> None:
    header = line(100, (0, "Links"), (50, "Rec"), (150, "Action"), (300, "Who"), (400, "Progress"), font=BOLD)
    wrapped = Line([word("Report", 0, 111), word("so", 400, 111, BOLD), word("far", 420, 111, BOLD)])
    groups = lines_to_row_groups([header, wrapped, *data_rows(130)], COLUMNS, 6.0)
    assert [len(g) for g in groups] == [2, 1, 1]
    assert groups[0][1] is wrapped


def test_a_bold_first_line_of_data_under_the_header_still_opens_a_row() -> None:
    header = line(100, (50, "Rec"), (150, "Action"), (300, "Who"), (400, "Progress"), font=BOLD)
    first = Line([word("1", 50, 111, BOLD), word("Check", 150, 111), word("Police", 300, 111)])
    groups = lines_to_row_groups([header, first, *data_rows(140)], COLUMNS, 6.0)
    assert [len(g) for g in groups] == [1, 1, 1, 1]
