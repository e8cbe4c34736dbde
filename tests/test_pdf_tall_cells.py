"""Cells of a top-aligned borderless table that span several rows: lifted back to their first row, and
the leading empty cells under them covered from above."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line, words_to_lines
from dhr_extract.extract.pdf.row_walk import RowWalk, beside_merged_cells, is_row_start
from dhr_extract.extract.pdf.runs import column_text
from dhr_extract.extract.pdf.borderless import groups_to_rows
from dhr_extract.extract.pdf.tall_cells import covered_leading_cells, last_header_row, lift_tall_cells
from dhr_extract.model import Cell, Row

COLUMNS = [10.0, 110.0, 210.0]  # recommendation, agencies, action
PITCH = 11.5  # lines 10 high, set 11.5 apart, no space between rows
THRESHOLD = 5.0


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0}


def row_lines(*rows: list[tuple[int, int, str]]) -> list[list[Line]]:
    """Rows of (column, line number, text): each text one word, so its width is known."""
    return [words_to_lines([word(text, COLUMNS[c], n * PITCH) for c, n, text in row]) for row in rows]


EDGES = (95.0, 195.0, 295.0)  # where each column's text wraps
WALK = RowWalk(COLUMNS, THRESHOLD, True, EDGES)


def texts(group: list[Line], column: int) -> list[str]:
    return [t for ln in group if (t := column_text(ln, column, COLUMNS))]


HEADER = [(0, 0, "Rec"), (1, 0, "Agency"), (2, 0, "Action")]


def test_a_tall_cell_running_on_beside_the_next_row_goes_back_to_its_own_row() -> None:
    # the agency list's last line wraps ("Probationservices" would not fit beside "Adultsocialcareteam")
    first = [(0, 1, "1.Share"), (0, 2, "data."), (1, 1, "Police"), (1, 2, "Adultsocialcareteam"), (2, 1, "Write.")]
    second = [(1, 3, "Probationservices"), (2, 3, "Audit.")]
    groups = row_lines(HEADER, first, second)
    lifted = lift_tall_cells(groups, WALK)
    assert [texts(g, 1) for g in lifted] == [["Agency"], ["Police", "Adultsocialcareteam", "Probationservices"], []]
    assert texts(lifted[2], 2) == ["Audit."]


def test_a_cell_that_ends_its_sentence_is_short_or_has_a_cell_of_the_row_to_its_left_keeps_its_text() -> None:
    second = [(1, 3, "Probationservices"), (2, 3, "Audit.")]
    ended = [(0, 1, "1.Share"), (0, 2, "data."), (1, 1, "Police"), (1, 2, "Adultsocialcare."), (2, 1, "Write.")]
    short = [(0, 1, "1.Share"), (0, 2, "data."), (1, 2, "Adultsocialcareteam"), (2, 1, "Write.")]
    no_merged_cell_left = [(1, 1, "Police"), (1, 2, "Adultsocialcareteam"), (2, 1, "Write.")]
    for first in (ended, short, no_merged_cell_left):
        groups = row_lines(HEADER, first, second)
        assert lift_tall_cells(groups, WALK) == groups
    labelled = [(0, 3, "2."), (1, 3, "Probationservices"), (2, 3, "Audit.")]
    tall = [(0, 1, "1.Share"), (0, 2, "data"), (1, 1, "Police"), (1, 2, "Adultsocialcareteam"), (2, 1, "Write.")]
    groups = row_lines(HEADER, tall, labelled)
    assert lift_tall_cells(groups, WALK) == groups  # a label opens a row: no cell above spans it


def test_leading_empty_cells_under_filled_ones_are_covered_from_above() -> None:
    above = (Cell("1. Share"), Cell("Police"), Cell("Agree"), Cell("31/03/2025"), Cell("Done."))
    row = (Cell(""), Cell(""), Cell("Test"), Cell("30/09/2025"), Cell("Started."))
    assert covered_leading_cells(row, above) == (
        Cell("", "above"), Cell("", "above"), Cell("Test"), Cell("30/09/2025"), Cell("Started."))
    no_date = (Cell(""), Cell(""), Cell("Test"), Cell(""), Cell("Started."))
    assert covered_leading_cells(no_date, above) == no_date  # as many cells of its own as under merged ones
    theme = (Cell("Theme 1"),) + (Cell("", "left"),) * 4
    assert covered_leading_cells(row, theme) == row  # a row spanning the table merges nothing down
    rest = (Cell(""), Cell(""), Cell(""), Cell("more evidence"), Cell(""))
    assert covered_leading_cells(rest, above) == rest  # the rest of one cell, no row under merged ones
    assert covered_leading_cells((Cell(""),) * 5, above) == (Cell(""),) * 5


def test_the_row_under_a_header_of_a_title_row_and_column_names_is_not_covered_from_above() -> None:
    # a page's first body row, the rest of a row cut at the foot of the page before, its Rec cell empty
    title = [(0, 0, "Westmarsh")]
    header = [(0, 1, "Rec"), (1, 1, "Agency"), (2, 1, "Action")]
    rest = [(1, 2, "Service"), (2, 2, "plan.")]
    rows = groups_to_rows(row_lines(title, header, rest), COLUMNS, 300.0, 3, [], EDGES)
    assert [[cell.text for cell in row.cells] for row in rows] == [
        ["Westmarsh", "", ""], ["Rec", "Agency", "Action"], ["", "Service", "plan."]]
    assert [cell.span for cell in rows[2].cells] == ["", "", ""]
    assert last_header_row(rows) == 1
    assert last_header_row([Row((Cell("1."), Cell("Police"), Cell("Audit.")), 0)]) == 0  # no header: the first row


def test_several_columns_starting_afresh_open_a_row_beside_fewer_running_on() -> None:
    # action, date and progress beside a merged recommendation and agency list, the date cell had ended
    assert beside_merged_cells({2, 3, 4}, {0, 1}, {3}, 5)
    assert is_row_start(3, 2, beside_merged=True)
    assert not is_row_start(3, 2)  # paragraphs of three cells that happen to start level: one row
    assert not is_row_start(2, 2, beside_merged=True)  # two paragraph gaps beside two columns running on
    assert is_row_start(2, 0)


def test_columns_running_on_are_merged_cells_only_at_the_left_with_every_column_right_of_them_fresh() -> None:
    assert not beside_merged_cells({2, 3, 5}, {0, 1}, {2, 3, 5}, 6)  # column 4 neither: one row's paragraphs
    assert not beside_merged_cells({0, 3, 5}, {1, 4}, {0, 3}, 6)  # running on beside fresh columns
    assert not beside_merged_cells({2, 3, 4}, {0, 1}, set(), 5)  # no cell had ended: paragraphs starting level


def test_a_short_merged_number_at_the_left_does_not_stop_the_tall_cell_beside_it_going_back() -> None:
    # a number column ("1.") whose cell ended on its first line, beside a merged recommendation running on
    first = [(0, 1, "1."), (1, 1, "Share"), (1, 2, "dataacrossthe"), (2, 1, "Write.")]
    second = [(1, 3, "areas."), (2, 3, "Audit.")]
    lifted = lift_tall_cells(row_lines(HEADER, first, second), WALK)
    assert [texts(g, 1) for g in lifted] == [["Agency"], ["Share", "dataacrossthe", "areas."], []]
    assert texts(lifted[2], 2) == ["Audit."]


def test_a_blank_column_of_the_left_block_counts_with_the_merged_cells_running_on() -> None:
    # number blank here (its "1." ended above), Welsh and English texts running on, four columns fresh
    assert beside_merged_cells({3, 4, 5, 6}, {1, 2}, {5}, 7, blank=frozenset({0}))
    assert not beside_merged_cells({3, 4, 5, 6}, {1, 2}, {5}, 7)  # column 0 neither blank nor running
    assert not beside_merged_cells({3, 4, 5, 6}, {1}, {5}, 7, blank=frozenset({0}))  # column 2 has a paragraph gap
    assert not beside_merged_cells({0, 1, 2, 3, 4, 5, 6}, set(), {5}, 7, blank=frozenset())  # nothing merged


def test_three_cells_of_its_own_make_a_row_under_as_many_merged_ones() -> None:
    # agency, number and recommendation merged over two actions; the action, date and progress the row's own
    above = (Cell("Adult Social Care"), Cell("7"), Cell("Social workers to"), Cell("Revise"), Cell("30/06/2025"),
             Cell("Not started."))
    row = (Cell(""), Cell(""), Cell(""), Cell("Dip sample"), Cell("Quarterly"), Cell("Not started."))
    assert covered_leading_cells(row, above) == (Cell("", "above"),) * 3 + row[3:]
    two = (Cell(""), Cell(""), Cell(""), Cell("Dip sample"), Cell(""), Cell("Not started."))
    assert covered_leading_cells(two, above) == two  # two cells under three: the rest of a cut row
