"""Rows of a borderless table with no padding between rows: beside one merged cell running on, a
column whose line opens with a capital or a digit after a line ending with one, where every other
column right of the merged cell starts afresh, starts afresh too (``row_walk.reopened_columns``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups, reopened_columns
from dhr_extract.extract.pdf.text_edges import TextEnd, TextStart
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"

COLUMNS = [0.0, 20.0, 150.0, 250.0, 350.0, 450.0]  # no. / recommendation / progress / action / lead / target


def word(text: str, x0: float, top: float) -> Word:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0,
            "fontname": "Arial"}


def line(top: float, *cells: tuple[float, str]) -> Line:
    """A line of cells (x0, text), a word to each word of the text as a PDF holds them, a space as wide
    as a character between them."""
    return Line([word(text, x0 + 5.0 * offset, top) for x0, cell in cells
                 for text, offset in zip(cell.split(), word_offsets(cell))])


def word_offsets(text: str) -> list[int]:
    """Where each word of ``text`` starts, in characters from its first."""
    offsets, at = [], 0
    for piece in text.split(" "):
        offsets.append(at)
        at += len(piece) + 1
    return offsets


def start(opens: bool) -> TextStart:
    return TextStart(100.0, 20.0, opens)


def end(name: bool) -> TextEnd:
    return TextEnd(98.0, 140.0, False, name)


NO_NUMBER = frozenset({0})  # the merged number cell's short text ended above
ABOVE = {1: end(False), 2: end(False), 3: end(False), 4: end(False), 5: end(True)}


def test_a_column_opening_with_a_capital_under_a_name_beside_a_fresh_row_starts_afresh() -> None:
    starts_here = {1: start(False), 2: start(True), 3: start(True), 4: start(True), 5: start(True)}
    assert reopened_columns({2, 3, 4}, {1, 5}, starts_here, ABOVE, NO_NUMBER) == {5}


def test_a_column_running_on_mid_sentence_runs_on() -> None:
    starts_here = {1: start(False), 2: start(True), 3: start(True), 4: start(True), 5: start(True)}
    assert reopened_columns({2, 3, 4}, {1, 5}, starts_here, {**ABOVE, 5: end(False)}, NO_NUMBER) == set()
    lower = {**starts_here, 5: start(False)}
    assert reopened_columns({2, 3, 4}, {1, 5}, lower, ABOVE, NO_NUMBER) == set()


def test_a_phrase_without_a_stop_ends_where_a_cell_beside_it_visibly_ended() -> None:
    """An outcome written as a phrase ("names the children present") over a line opening with a
    capital: where a fresh column starts below a white gap in its own column, the row above is over."""
    starts_here = {1: start(False), 2: start(True), 3: start(True), 4: start(True), 5: start(True)}
    phrase = {**ABOVE, 5: end(False)}
    assert reopened_columns({2, 3, 4}, {1, 5}, starts_here, phrase, NO_NUMBER, ended=True) == {5}
    assert reopened_columns({2, 3, 4}, {1, 5}, starts_here, phrase, NO_NUMBER, ended=False) == set()
    lower = {**starts_here, 5: start(False)}  # a line opening in lower case runs on whatever ended beside it
    assert reopened_columns({2, 3, 4}, {1, 5}, lower, phrase, NO_NUMBER, ended=True) == set()


def test_the_second_action_beside_a_merged_recommendation_keeps_its_own_agency_and_outcome() -> None:
    """LibreOffice's borderless print of a plan with an outcome column: recommendation 1's two action
    rows, the outcomes phrases with no stop, are two rows."""
    table = read_pdf_file(HELDOUT / "outcome_date_agreed.lo_borderless.pdf").tables[0]
    agencies = [row.cells[4].text for row in table.rows[1:]]
    assert agencies[:2] == ["Brackenford Police", "Brackenford Police"]
    assert [row.cells[5].text for row in table.rows[1:3]] == ["Every attendance record names the children present",
                                                              "Officers can describe how to record a child's views"]


def test_few_fresh_columns_or_several_running_on_open_no_row() -> None:
    starts_here = {0: start(False), 1: start(False), 2: start(True), 3: start(True), 4: start(True),
                   5: start(True)}
    assert reopened_columns({2, 3, 4}, {0, 1, 5}, starts_here, {**ABOVE, 0: end(False)}) == set()
    assert reopened_columns({3, 4}, {1, 5}, {k: v for k, v in starts_here.items() if k != 2},
                            ABOVE, frozenset({0, 2})) == set()


def test_the_second_action_row_beside_a_merged_recommendation_is_a_row_with_no_gap_above() -> None:
    lines = [line(100, (0, "1"), (20, "Police to flag"), (150, "Complete."), (250, "Add the flag"),
                  (350, "DCI Moss,"), (450, "31/03/2025")),
             line(110, (20, "the address so"), (350, "Vale Police")),
             line(120, (20, "that calls"), (150, "Open."), (250, "Brief staff."), (350, "Insp. Rao"),
                  (450, "30/04/2025")),
             line(130, (20, "are urgent."), (350, "Vale Police"))]
    groups = lines_to_row_groups(lines, COLUMNS, 4.0)
    assert [len(g) for g in groups] == [2, 2]


def test_a_whole_value_over_another_in_its_column_starts_afresh() -> None:
    from dhr_extract.extract.pdf.row_walk import RowWalk, starts_paragraph
    from dhr_extract.extract.pdf.text_edges import TextEnd, TextStart
    walk = RowWalk([0.0, 40.0, 110.0], 5.0, True, (30.0, 100.0, 400.0))
    date_end = TextEnd(bottom=100.0, right=99.0, value=True)  # "14/05/2025" filling its column
    assert starts_paragraph(date_end, TextStart(101.5, 52.0, True, value=True), 1, walk)  # another date under it
    assert not starts_paragraph(TextEnd(100.0, 99.0), TextStart(101.5, 52.0, True), 1, walk)  # words: wrapped


def test_only_a_value_that_cannot_go_on_counts_as_whole() -> None:
    from dhr_extract.extract.pdf.lines import Line
    from dhr_extract.extract.pdf.text_edges import column_ends, column_starts

    def end(text: str) -> bool:
        return column_ends(Line([{"text": text, "x0": 40.0, "x1": 99.0, "top": 90.0, "bottom": 100.0}]),
                           [0.0, 40.0])[1].value

    assert end("14/05/2025") and end("1a") and end("3.2")
    assert not end("31/08/202")  # a date whose year a narrow column broke ("31/08/202" / "5")
    assert not end("10.")  # the head of a longer label ("10." / "2a")
    assert column_starts(Line([{"text": "2a", "x0": 40.0, "x1": 52.0, "top": 101.0, "bottom": 111.0}]),
                         [0.0, 40.0])[1].value


def test_a_column_with_no_text_in_the_row_leaves_the_fresh_row_whole() -> None:
    """A RAG column shaded with no word in it has no text in the row: it neither starts nor runs on."""
    starts_here = {0: start(False), 1: start(True), 2: start(True), 3: start(True), 4: start(True)}
    above = {0: end(False), 1: end(True), 2: end(False), 3: end(True), 4: end(False)}
    assert reopened_columns({1, 2, 4}, {0, 3}, starts_here, above, frozenset({5})) == {3}
    dated = {**above, 5: end(True)}  # the column's text ended above in this row: it may yet run on
    assert reopened_columns({1, 2, 4}, {0, 3}, starts_here, dated, frozenset({5})) == set()
    assert reopened_columns({1, 4}, {0, 3}, starts_here, above, frozenset({2, 5})) == set()  # two fresh: too few


def test_the_second_action_beside_a_recommendation_running_on_is_a_row_of_its_own() -> None:
    """LibreOffice's borderless print with no padding: "Self-assessment" under "circulation list"
    starts afresh (its first piece, "Self-", would have fitted), the date under a date reopens, and
    the empty RAG column says nothing."""
    table = read_pdf_file(HELDOUT / "rag_colour_evidence.lo_borderless.pdf").tables[0]
    dates = [row.cells[3].text for row in table.rows[1:]]
    assert dates == ["31/03/2025", "Quarterly", "30/04/2025", "30/09/2025", "31/07/2025", "30/06/2025", "31/08/2025",
                     "31/05/2025", "31/12/2025"]


def test_columns_under_names_beside_a_fresh_row_start_afresh_where_the_merged_cell_has_ended() -> None:
    # the merged recommendation (column 0) ended above: nothing runs on at the table's left, and
    # the agency and the date open with a capital or a digit under a name, beside three fresh columns
    starts_here = {1: start(True), 2: start(True), 3: start(True), 4: start(True), 5: start(True)}
    above = {1: end(False), 2: end(True), 3: end(True), 4: end(False), 5: end(False)}
    assert reopened_columns({1, 4, 5}, {2, 3}, starts_here, above, NO_NUMBER) == {2, 3}
    assert reopened_columns({1, 4, 5}, {2, 3}, starts_here, above) == set()  # column 0's text still there


def test_a_date_broken_at_its_separator_ends_with_its_year_and_the_next_date_opens_afresh() -> None:
    """A date column too narrow for "01/04/2025" sets "01/04" over "/2025": the year closes the value,
    and "01/04" under it opens the next row's date (the head alone does not close a value)."""
    from dhr_extract.extract.pdf.text_edges import column_ends, column_starts

    def one_word(text: str, top: float) -> Line:
        return Line([{"text": text, "x0": 40.0, "x1": 66.0, "top": top, "bottom": top + 10.0}])

    assert column_ends(one_word("/2025", 90.0), [0.0, 40.0])[1].value
    assert not column_ends(one_word("01/04", 90.0), [0.0, 40.0])[1].value
    assert column_starts(one_word("01/04", 101.0), [0.0, 40.0])[1].value
    assert column_starts(one_word("31/08/", 101.0), [0.0, 40.0])[1].value
    assert not column_starts(one_word("/2025", 101.0), [0.0, 40.0])[1].value


def test_merged_cells_whose_text_ended_right_of_the_new_row_leave_it_whole() -> None:
    """A partner-agencies and a number column, merged over a recommendation's actions, blank beside
    its second action (their short text ended above and stays away): they neither start nor run on."""
    starts_here = {0: start(False), 1: start(True), 2: start(True), 3: start(True), 4: start(True)}
    above = {0: end(False), 1: end(True), 2: end(False), 3: end(True), 4: end(False), 5: end(False)}
    assert reopened_columns({1, 2, 4}, {0, 3}, starts_here, above, frozenset({5}), settled=frozenset({5})) == {3}
    assert reopened_columns({1, 2, 4}, {0, 3}, starts_here, above, frozenset({5})) == set()  # it may run on
    higher = {**starts_here, 3: TextStart(97.0, 20.0, True)}  # on its own cell's lines, above the new row's
    assert reopened_columns({1, 2, 4}, {0, 3}, higher, above, frozenset({5}), settled=frozenset({5})) == set()


def test_ten_columns_with_merged_cells_right_and_left_read_row_by_row() -> None:
    """LibreOffice's borderless print of an A3 plan with no space between rows: the recommendation,
    partner agencies and number merged over the actions, the dates broken at their slash."""
    table = read_pdf_file(HELDOUT / "a3_ten_columns_number_last.lo_borderless.pdf").tables[0]
    numbers = [row.cells[9].text for row in table.rows[1:]]
    targets = [row.cells[6].text.replace("\n", "") for row in table.rows[1:]]
    assert numbers == ["1", "", "2", "3", "", "4", "5", "", "6"]
    assert targets == ["31/03/2025", "30/09/2025", "30/06/2025", "31/08/2025", "31/01/2026", "31/05/2025",
                       "30/04/2025", "31/12/2025", "31/10/2025"]
