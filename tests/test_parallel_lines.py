"""``parallel_lines_split``: a recommendation's actions a line each in one row, each with its date a line
in the target cell beside it, become a row per action."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.parallel_lines import parallel_lines_split


def row(index: int, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index, 1)


HEADER = row(0, "No.", "Recommendation", "Actions", "Lead", "By", "Progress")


def rows_of(*body: Row) -> list[tuple[list[str], list[str]]]:
    table = parallel_lines_split([RawTable((HEADER, *body), 0)])[0]
    return [(r.texts, [c.span for c in r.cells]) for r in table.rows[1:]]


def test_each_line_with_its_own_date_is_an_action() -> None:
    assert rows_of(row(1, "1", "Police to tell the victim.", "Add it to the checklist.\nAudit twenty releases.",
                       "Police", "Dec 2025\nMar 2026", "Complete.\nIn progress.")) == [
        (["1", "Police to tell the victim.", "Add it to the checklist.", "Police", "Dec 2025", "Complete."],
         ["", "", "", "", "", ""]),
        (["", "", "Audit twenty releases.", "", "Mar 2026", "In progress."],
         ["above", "above", "", "above", "", ""]),
    ]


def test_a_wrapped_action_beside_one_date_is_one_action() -> None:
    one = row(1, "1", "Police to tell the victim.", "Add it to the checklist\nand audit it.", "Police", "Dec 2025", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_lines_that_are_not_all_dates_do_not_pair_off() -> None:
    one = row(1, "1", "Police to tell the victim.", "Add it.\nAudit it.", "Police", "Dec 2025\nor sooner", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_a_cell_with_another_count_of_lines_keeps_the_row_whole() -> None:
    one = row(1, "1", "Police to tell.", "Add it.\nAudit it.", "Police\nCouncil\nHealth", "Dec 2025\nMar 2026", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_a_sub_item_or_a_line_cut_mid_sentence_is_no_action_of_its_own() -> None:
    # two target dates (the first and the revised) beside one action whose second line is its sub-item
    one = row(1, "", "", "The trust to review its training.\na) To identify training so staff can", "Trust",
              "March 2014\nApril 2014", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]
