"""Text beside a ruled grid: a column of words outside its rules whose lines line up with its rows is
a column of the table (its header cell empty), never dropped as a page number or stray text."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.pdf.margin_columns import lines_up_with_rows, margin_words, with_margin_columns
from dhr_extract.extract.pdf.lines import words_to_lines
from dhr_extract.extract.pdf.ruled import Grid

from .helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0, "fontname": "Sans"}


def merged_grid() -> Grid:
    """A header and three rows, the first column merged down over the second and third rows."""
    return Grid(((( 60.0, 0.0, 160.0, 20.0), (160.0, 0.0, 260.0, 20.0)),
                 ((60.0, 20.0, 160.0, 60.0), (160.0, 20.0, 260.0, 60.0)),
                 ((60.0, 60.0, 160.0, 140.0), (160.0, 60.0, 260.0, 100.0)),
                 (None, (160.0, 100.0, 260.0, 140.0))))


def grid_words() -> list[dict]:
    return [word("Recommendation", 64.0, 5.0), word("Action", 164.0, 5.0),
            word("Police", 64.0, 25.0), word("Train", 164.0, 25.0),
            word("Health", 64.0, 65.0), word("Audit", 164.0, 65.0), word("Review", 164.0, 105.0)]


def test_numbers_in_a_margin_beside_the_grid_become_its_first_column() -> None:
    words = grid_words() + [word("1", 50.0, 25.0), word("2", 50.0, 65.0)]
    grid = with_margin_columns(merged_grid(), words, [])
    assert grid.n_cols == 3
    assert [row[0] for row in grid.rows] == [(49.0, 0.0, 60.0, 20.0), (49.0, 20.0, 60.0, 60.0),
                                             (49.0, 60.0, 60.0, 140.0), None]  # merged down as the cell beside


def test_a_margin_column_on_the_right_is_the_last_column() -> None:
    words = grid_words() + [word("Open", 266.0, 25.0), word("Done", 266.0, 65.0)]
    grid = with_margin_columns(merged_grid(), words, [])
    assert [row[-1] for row in grid.rows] == [(260.0, 0.0, 287.0, 20.0), (260.0, 20.0, 287.0, 60.0),
                                              (260.0, 60.0, 287.0, 100.0), (260.0, 100.0, 287.0, 140.0)]


def test_words_too_far_from_the_grid_are_no_margin_column() -> None:
    words = grid_words() + [word("1", 10.0, 25.0), word("2", 10.0, 65.0)]
    assert margin_words(merged_grid(), words, [], "left") == []
    assert with_margin_columns(merged_grid(), words, []) == merged_grid()


def test_margin_lines_off_the_grid_text_heights_are_no_column() -> None:
    off = [word("1", 50.0, 31.0), word("2", 50.0, 71.0)]  # between the grid's lines of text
    assert not lines_up_with_rows(words_to_lines(off), merged_grid(), grid_words() + off)
    assert with_margin_columns(merged_grid(), grid_words() + off, []) == merged_grid()


def test_one_margin_line_opening_a_row_is_too_little_evidence() -> None:
    words = grid_words() + [word("1", 50.0, 25.0)]
    assert with_margin_columns(merged_grid(), words, []) == merged_grid()


def test_words_inside_another_grid_are_that_grids() -> None:
    words = grid_words() + [word("1", 50.0, 25.0), word("2", 50.0, 65.0)]
    assert margin_words(merged_grid(), words, [(0.0, 0.0, 58.0, 140.0)], "left") == []


@pytest.mark.parametrize("form", ["lo_portrait", "lo_landscape", "gs", "rotated"])
def test_margin_number_no_header_keeps_the_printed_numbers(form: str) -> None:
    table = read_pdf_file(HELDOUT / f"margin_number_no_header.{form}.pdf").tables[0]
    assert table.rows[0].cells[0].text == "" and table.rows[0].cells[1].text == "Recommendation"
    numbers = [row.cells[0].text for row in table.rows[1:] if row.cells[0].text]
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    assert table.confidence == 1.0
