"""Rows of a borderless table whose first column is the target date, ahead of a number and a
recommendation merged over their actions: with no padding between rows, the second action's row
opens where the date column starts the next date ("Dec-" / "25" over "Mar-" / "26": one month and
year never wraps onto the next) and the action and the progress start afresh beside the merged cell
running on in the middle of the table (``row_walk.reopened_columns``, ``text_edges.opens_month_year``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups, reopened_columns
from dhr_extract.extract.pdf.text_edges import TextEnd, TextStart, column_ends, column_starts
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"

COLUMNS = [0.0, 40.0, 60.0, 200.0, 300.0, 400.0]  # target / no. / recommendation / action / lead / progress


def line(top: float, *cells: tuple[float, str]) -> Line:
    """A line of cells (x0, text), each word 5 points a character and 10 tall, a character's width between words."""
    return typeset_line(top, *cells, height=10.0)


RECOMMENDATION_1 = [
    line(100, (0, "Dec-"), (40, "1"), (60, "Police to tell a"), (200, "Add the IDVA to the"), (300, "Vale"),
         (400, "Complete. List updated.")),
    line(110, (0, "25"), (60, "victim's IDVA when a"), (200, "bail breach list."), (300, "Police")),
    line(120, (0, "Mar-"), (60, "perpetrator on bail"), (200, "Check that IDVAs"), (300, "Vale"),
         (400, "Not started.")),
    line(130, (0, "26"), (60, "is arrested again."), (200, "were told."), (300, "Police")),
]


def test_a_month_and_year_written_short_is_a_whole_value_and_its_head_opens_one() -> None:
    def one_word(text: str) -> Line:
        return Line([{"text": text, "x0": 0.0, "x1": 30.0, "top": 90.0, "bottom": 100.0}])

    assert column_starts(one_word("Mar-"), [0.0])[0].value
    assert column_starts(one_word("Jun-26"), [0.0])[0].value
    assert column_ends(one_word("Jun-26"), [0.0])[0].value
    assert column_ends(one_word("Sep/2026"), [0.0])[0].value
    assert not column_starts(one_word("Marks"), [0.0])[0].value
    assert not column_starts(one_word("Self-"), [0.0])[0].value  # a hyphenated word's head is no date


def test_the_second_action_beside_a_merged_recommendation_after_the_date_column_is_a_row() -> None:
    groups = lines_to_row_groups(RECOMMENDATION_1, COLUMNS, 4.0)
    assert [[ln.text for ln in g] for g in groups] == [
        ["Dec- 1 Police to tell a Add the IDVA to the Vale Complete. List updated.",
         "25 victim's IDVA when a bail breach list. Police"],
        ["Mar- perpetrator on bail Check that IDVAs Vale Not started.", "26 is arrested again. were told. Police"]]


def test_without_the_next_date_two_fresh_columns_beside_the_merged_cell_open_no_row() -> None:
    lines = [RECOMMENDATION_1[0], RECOMMENDATION_1[1],
             line(120, (60, "perpetrator on bail"), (200, "Check that IDVAs"), (300, "Vale"), (400, "Not started.")),
             line(130, (60, "is arrested again."), (200, "were told."), (300, "Police"))]
    assert len(lines_to_row_groups(lines, COLUMNS, 4.0)) == 1


def test_a_name_reopens_beside_one_merged_cell_between_fresh_columns() -> None:
    def start(opens: bool) -> TextStart:
        return TextStart(100.0, 20.0, opens)

    def end(name: bool) -> TextEnd:
        return TextEnd(98.0, 140.0, False, name)

    starts_here = {0: start(True), 2: start(False), 3: start(True), 4: start(True), 5: start(True)}
    above = {0: end(True), 1: end(True), 2: end(False), 3: end(False), 4: end(True), 5: end(False)}
    number = frozenset({1})  # the merged number's short text ended above
    assert reopened_columns({0, 3, 5}, {2, 4}, starts_here, above, number, settled=number) == {4}
    # two columns running on between the fresh ones: paragraphs of tall cells, no row
    assert reopened_columns({0, 3, 5}, {2, 4, 1}, {**starts_here, 1: start(False)}, above) == set()
    # the merged cell and a column running on apart, with a fresh column between: no one merged cell
    assert reopened_columns({0, 2, 4}, {1, 3, 5}, {**starts_here, 1: start(False)},
                            {**above, 3: end(True), 5: end(False)}) == set()


def test_target_first_plan_printed_borderless_keeps_each_action_in_its_row() -> None:
    table = read_pdf_file(HELDOUT / "target_first_column_docx.lo_borderless.pdf").tables[0]
    assert [row.cells[0].text.replace("\n", "") for row in table.rows[1:3]] == ["Dec-25", "Mar-26"]
    assert [row.cells[4].text.replace("\n", " ") for row in table.rows[1:3]] == ["Stourmere Police"] * 2
    assert [row.cells[5].text for row in table.rows[1:3]] == ["Complete. List updated.", "Not started."]
