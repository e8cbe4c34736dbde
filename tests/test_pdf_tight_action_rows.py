"""A date written in words ends at its year, so the next action's date under it ("31st October" under
"31st May" / "2025") starts afresh; and a body under its header with no white band across it, whose
cells start level, is read by the row walk, not taken as one row by its bands: two action rows set
tight beside a recommendation cell running on come apart."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.separated_rows import separated_rows
from dhr_extract.extract.pdf.text_edges import opens_value
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def line(top: float, *cells: tuple[float, str], bold: bool = False) -> Line:
    return typeset_line(top, *cells, font="Arial-BoldMT" if bold else "ArialMT", height=10.0, space=3.0)


def cell_rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_the_day_of_a_date_in_words_opens_a_value() -> None:
    assert [w for w in ["31st", "2nd", "3rd", "30th", "1ST", "Street", "32nd", "5th.", "first"] if opens_value(w)] == [
        "31st", "2nd", "3rd", "30th", "1ST"]


def test_a_body_with_no_white_band_across_it_and_cells_starting_level_is_not_parted_by_bands() -> None:
    # header, then one band: two actions' lines set close beside one recommendation cell, all top-aligned
    columns = [10.0, 60.0, 200.0]
    body = [line(80, (10, "No."), (60, "Recommendation"), (200, "Actions"), bold=True),
            line(94, (10, "3"), (60, "Council to give"), (200, "Write a leaflet.")),
            line(104, (60, "advice on"), (200, "Train officers."))]
    assert separated_rows(body, columns) is None
    # the same band with its short cells centred lower beside the wrapped one: the band is the row
    centred = [body[0], line(94, (60, "Council to give"), (200, "Write a leaflet.")),
               line(99, (10, "3")), line(104, (60, "advice on"), (200, "Train officers."))]
    rows = separated_rows(centred, columns)
    assert rows is not None and [[ln.text for ln in row] for row in rows] == [
        ["No. Recommendation Actions"], ["Council to give Write a leaflet.", "3", "advice on Train officers."]]


def test_lo_borderless_second_action_under_a_running_recommendation_is_a_row_of_its_own() -> None:
    # the date column's "31st May" / "2025" ends a date; "31st October" under it opens the next action's
    last = read_pdf_file(HELDOUT / "agency_header_tables_docx.lo_borderless.pdf").tables[-1]
    assert cell_rows(last) == [
        ["No.", "Recommendation", "Kestlewick City Council actions", "Target date", "Progress"],
        ["3", "Kestlewick City Council to give victims advice on their tenancy rights when they report abuse to a "
              "housing officer.", "Write a tenancy rights leaflet for victims.", "31st May 2025",
         "Complete. Leaflet published in May 2025."],
        ["", "", "Train housing officers to give the advice.", "31st October 2025", "Not started."]]
