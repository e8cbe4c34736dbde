"""Borderless rows told apart by white bands alone: a cell's paragraph set with space under it
beside plain cells centred in the row (LibreOffice printing an HTML table whose cells hold <p>)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.borderless import is_heading
from dhr_extract.extract.pdf.lines import Line, words_to_lines
from dhr_extract.extract.pdf.separated_rows import separated_rows
from tests.helpers import progress_table_rows

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [58.0, 94.0, 148.0]


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 30.0, "top": top, "bottom": top + 10.0,
            "fontname": "Sans-Bold" if bold else "Sans"}


def texts(rows: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in row] for row in rows]


def test_each_white_band_is_a_row_when_it_holds_one_cell_per_column() -> None:
    # header; then two rows whose paragraph (column 2) starts 7 points above the short cells beside it
    words = [word("Action", 58, 343, True), word("Date", 94, 343, True), word("Update", 148, 343, True),
             word("Complete.", 148, 358), word("2025.", 148, 369), word("1.1", 58, 371), word("14/04", 94, 371),
             word("Supervisors.", 148, 398), word("1.2", 58, 405), word("15/04", 94, 405)]
    rows = separated_rows(words_to_lines(words), COLUMNS)
    assert rows is not None
    assert texts(rows) == [["Action Date Update"], ["Complete.", "1.1 14/04 2025."], ["Supervisors.", "1.2 15/04"]]


def test_no_rows_when_a_band_holds_two_paragraphs_of_one_column() -> None:
    # column 2 holds two paragraphs far apart beside one first-column cell: the band is not one row
    words = [word("Action", 58, 100, True), word("Date", 94, 100, True), word("Update", 148, 100, True),
             word("First.", 148, 115), word("1.1", 58, 115), word("14/04", 94, 115),
             word("spanning", 58, 127), word("on", 58, 139), word("and", 58, 151),
             word("Second.", 148, 160)]
    assert separated_rows(words_to_lines(words), COLUMNS) is None


def test_lo_print_progress_table_rows_keep_each_update_with_its_action() -> None:
    assert progress_table_rows(HELDOUT / "progress_table_per_rec.lo_portrait.pdf") == [
        ["Action", "Date", "Update"],
        ["1.1", "14/04/2025", "Complete. The search change went live on 10 March 2025."],
        ["1.2", "14/04/2025", "Complete. Supervisors briefed at the April training day."],
    ]


def test_a_heading_on_the_size_ratio_is_a_heading_despite_float_noise_in_the_median() -> None:
    # a 12 pt heading over 10 pt text whose median height came out a hair over 10
    heading = words_to_lines([word("Recommendation", 67, 440) | {"bottom": 452.0}, word("5", 100, 440) | {"bottom": 452.0}])[0]
    assert is_heading(heading, 10.000000000000028)
    assert not is_heading(heading, 10.1)
