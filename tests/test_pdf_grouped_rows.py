"""Rows inside one ruled band of a table ruled between its rows (``grouped_rows.band_to_rows``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.grouped_rows import band_to_rows
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import typeset_line

COLUMNS = [50.0, 80.0, 300.0, 380.0, 445.0]
BAND = ((45.0, 96.0, 75.0, 200.0), (75.0, 96.0, 295.0, 200.0), (295.0, 96.0, 375.0, 200.0),
        (375.0, 96.0, 440.0, 200.0), (440.0, 96.0, 550.0, 200.0))
THRESHOLD = 8.0


def joined(*lines: Line) -> Line:
    return Line([w for ln in lines for w in ln.words])


def test_a_bold_label_over_its_text_is_no_row_of_its_own() -> None:
    # "Recommendation" in bold over the recommendation's text, beside a progress cell whose first
    # sentence ends its first line: one row, however the progress cell's sentences fall
    lines = [joined(typeset_line(100.0, (50.0, "2.1"), (300.0, "Wyecombe"), (380.0, "30/06/2025"),
                                 (445.0, "Complete.")),
                    typeset_line(100.0, (80.0, "Recommendation"), font="Arial-Bold")),
             typeset_line(112.0, (80.0, "Wyecombe Services to see a"), (300.0, "Children's"), (445.0, "Standard revised")),
             typeset_line(124.0, (80.0, "child alone when a parent"), (300.0, "Services"), (445.0, "in June 2025.")),
             typeset_line(136.0, (80.0, "discloses abuse."))]
    assert len(band_to_rows(BAND, lines, COLUMNS, THRESHOLD)) == 1


def test_rows_starting_afresh_in_several_plain_columns_are_cut() -> None:
    lines = [typeset_line(100.0, (50.0, "2.1"), (80.0, "First action."), (300.0, "Police"), (380.0, "30/06/2025"),
                          (445.0, "Complete.")),
             typeset_line(112.0, (50.0, "2.2"), (80.0, "Second action."), (300.0, "Council"), (380.0, "31/07/2025"),
                          (445.0, "Started."))]
    assert len(band_to_rows(BAND, lines, COLUMNS, THRESHOLD)) == 2
