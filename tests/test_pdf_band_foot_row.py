"""The last row of a borderless table drawn as its rows above are: a line under the rows, running
across the column starts, shaded like the bands above it or closed by a rule like theirs (a
browser draws rules as thin filled boxes), is a row of the table, not text under it
(``bands.drawn_like_rows_above``, ``regions.text_under_table``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bands import drawn_like_rows_above
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.regions import text_under_table
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"

COLUMNS = [50.0, 80.0, 280.0, 380.0]
YELLOW, GREY = "#fff6d5", "#999999"


def line(top: float, *cells: tuple[float, str]) -> Line:
    """A line of cells (x0, text), each word 5 points a character and 10 tall, 3 points between words."""
    return typeset_line(top, *cells, height=10.0, space=3.0)


ROWS = [line(100, (50, "No."), (80, "Recommendation"), (280, "Action"), (380, "Lead agency")),
        line(115, (50, "1"), (80, "Police to visit"), (280, "Add the visit."), (380, "Police")),
        line(130, (50, "Progress: Complete. Procedure changed and briefed.")),
        line(145, (50, "2"), (80, "CSP to send the"), (280, "Send the plan."), (380, "CSP")),
        line(157, (80, "final report."))]
LAST = line(173, (50, "Progress: Complete. Sent on 20 October 2025."))


def band(top: float, bottom: float, colour: str) -> Shade:
    return Shade(45.0, top, 460.0, bottom, colour)


def test_a_line_shaded_like_a_band_row_above_is_a_row() -> None:
    shading = [band(127.0, 143.0, YELLOW), band(170.0, 186.0, YELLOW)]
    assert drawn_like_rows_above(LAST, ROWS, shading)
    assert not drawn_like_rows_above(LAST, ROWS, [band(170.0, 186.0, YELLOW)])  # no band above: text under it
    assert not drawn_like_rows_above(LAST, ROWS, [band(127.0, 143.0, YELLOW), band(170.0, 186.0, GREY)])


def test_a_line_closed_by_a_rule_like_the_rules_under_rows_above_is_a_row() -> None:
    shading = [band(142.25, 143.0, GREY), band(185.25, 186.0, GREY)]
    assert drawn_like_rows_above(LAST, ROWS, shading)
    far = [band(142.25, 143.0, GREY), band(200.25, 201.0, GREY)]  # a rule well below the line closes nothing
    assert not drawn_like_rows_above(LAST, ROWS, far)
    above_it = [band(142.25, 143.0, GREY), band(170.0, 170.75, GREY)]  # the table's rule over the line: text under it
    assert not drawn_like_rows_above(LAST, ROWS, above_it)


def test_the_region_keeps_its_last_band_row() -> None:
    lines = [*ROWS, LAST]
    assert text_under_table(lines, 0, len(lines), COLUMNS) == len(lines) - 1  # undrawn: text under the table
    shading = (band(127.0, 143.0, YELLOW), band(170.0, 186.0, YELLOW))
    assert text_under_table(lines, 0, len(lines), COLUMNS, shading=shading) == len(lines)


def test_the_last_progress_band_of_a_browser_print_stays_in_the_table() -> None:
    table = read_pdf_file(HELDOUT / "progress_band_under_html.chromium.pdf").tables[0]
    assert table.rows[-1].cells[0].text == "Progress: Complete. Sent on 20 October 2025."
    assert table.rows[-2].cells[0].text == "5"
