"""A borderless row's wrapped lines stay in the row when one cell's line runs so close to the next
column's text that a word crosses its start ("disclosure ofall"): every cell on the line only runs on
a paragraph of the row wrapped mid-sentence, so the line is no row spanning the table
(``row_walk.continues_open_cells``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups

from tests.helpers import typeset_line

# recommendation / action / lead agency / progress
COLUMNS = [0.0, 140.0, 260.0, 330.0]


def line(top: float, *cells: tuple[float, str]) -> Line:
    return typeset_line(top, *cells, space=2.0)  # words a word space apart, cells further


def texts(groups: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in group] for group in groups]


def test_wrapped_lines_with_a_word_across_a_column_start_stay_in_their_row() -> None:
    # "ofall" runs from the recommendation's line across the action column's start (123-148)
    lines = [line(100, (0, "Vale GP practices to code"), (140, "Issue the guidance to"), (260, "Vale"),
                  (330, "Complete. Guidance")),
             line(110, (0, "records of each disclosure ofall"), (150, "practices."), (260, "Health"), (330, "issued to")),
             line(120, (0, "domestic abuse."), (260, "Board"), (330, "practices.")),
             line(135, (0, "Vale Police to train staff."), (140, "Train the staff."), (260, "Police"),
                  (330, "Not started."))]
    assert texts(lines_to_row_groups(lines, COLUMNS, 4.0)) == [
        ["Vale GP practices to code Issue the guidance to Vale Complete. Guidance",
         "records of each disclosure ofall practices. Health issued to", "domestic abuse. Board practices."],
        ["Vale Police to train staff. Train the staff. Police Not started."]]


def test_a_line_across_the_columns_after_a_finished_row_still_spans_the_table() -> None:
    # the row above ended its sentences: the theme line running across the columns opens a row of its own
    lines = [line(100, (0, "Vale Police to train staff."), (140, "Train the staff."), (260, "Police"),
                  (330, "Not started.")),
             line(110, (0, "Theme two: information sharing between the partner agencies and the health services")),
             line(120, (0, "Vale GP practices to code."), (140, "Issue the guidance."), (260, "Health"),
                  (330, "Complete."))]
    assert texts(lines_to_row_groups(lines, COLUMNS, 4.0)) == [
        ["Vale Police to train staff. Train the staff. Police Not started."],
        ["Theme two: information sharing between the partner agencies and the health services"],
        ["Vale GP practices to code. Issue the guidance. Health Complete."]]
