"""A sheet printed down, then over: the pages after the plan's left-hand columns (recommendation, action)
hold the right-hand columns of the same rows (agency, target date, progress) under a header naming only
columns the plan lacks.  Their columns are appended to the plan's rows, not read as more rows; pages
whose rows do not match the plan's one to one are read as before, with a warning."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.plan_tables import find_plan_tables
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.rows import document_to_rows

LEFT_HEADER = ["Rec ID", "Recommendation", "Action ID", "Action"]
RIGHT_HEADER = ["Lead agency", "Target date", "RAG", "Progress update"]
LEFT = [["1", "Police to record the children present.", "1.1", "Add a children-present field."],
        ["", "", "1.2", "Notify all schools."],
        ["2", "The ICB to pass disclosures to the GP.", "2.1", "Agree a notification template."]]
RIGHT = [["Marrowdene Police", "31-Mar-25", "Green", "Complete. Field mandatory."],
         ["Marrowdene Police", "30-Sep-25", "Amber", "In progress. Primary schools live."],
         ["Marrowdene ICB", "30-Jun-25", "Green", "Complete. Template in use."]]


def table(index: int, page: int | None, rows: list[list[str]]) -> RawTable:
    return RawTable(tuple(Row(tuple(Cell(t) for t in cells), r, page) for r, cells in enumerate(rows)), index, page,
                    strategy="ruled" if page else "docx")


def texts(found: list[tuple[RawTable, object]]) -> list[list[list[str]]]:
    return [[list(row.texts) for row in t.rows] for t, _ in found]


def test_a_right_hand_page_range_is_joined_to_the_plans_rows() -> None:
    found = find_plan_tables([table(0, None, [LEFT_HEADER, *LEFT]), table(1, None, [RIGHT_HEADER, *RIGHT])])
    assert texts(found) == [[LEFT_HEADER + RIGHT_HEADER, *(a + b for a, b in zip(LEFT, RIGHT))]]
    assert found[0][1].roles == ("number", "rec", "action_ref", "action", "agency", "target", "rag", "progress")
    assert found[0][1].n_rows == 1


def test_left_and_right_ranges_of_two_pages_each_are_joined_row_for_row_in_order() -> None:
    tables = [table(0, 1, [LEFT_HEADER, *LEFT[:2]]), table(1, 2, LEFT[2:]),
              table(2, 3, [RIGHT_HEADER, *RIGHT[:2]]), table(3, 4, [RIGHT_HEADER, *RIGHT[2:]])]
    found = find_plan_tables(tables)
    assert texts(found) == [[LEFT_HEADER + RIGHT_HEADER, LEFT[0] + RIGHT[0], LEFT[1] + RIGHT[1]],
                            [LEFT[2] + RIGHT[2]]]
    assert [t.index for t, _ in found] == [0, 1]
    assert found[1][1].roles == found[0][1].roles and found[1][1].n_rows == 0


def test_the_right_hand_header_on_the_next_page_is_no_row_cut_by_the_page_break() -> None:
    doc = RawDocument("plan.pdf", "0" * 64, "pdf", 2, [], [table(0, 1, [LEFT_HEADER, *LEFT]),
                                                           table(1, 2, [RIGHT_HEADER, *RIGHT])])
    assert [r.cells for r in document_to_rows(doc)] == [a + b for a, b in zip(LEFT, RIGHT)]


def test_a_right_hand_range_whose_rows_differ_in_count_is_read_as_before_with_a_warning() -> None:
    tables = [table(0, None, [LEFT_HEADER, *LEFT]), table(1, None, [RIGHT_HEADER, *RIGHT[:2]])]
    unmatched: list[tuple[str, str]] = []
    found = find_plan_tables(tables, unmatched)
    assert texts(found) == [[LEFT_HEADER, *LEFT], [RIGHT_HEADER, *RIGHT[:2]]]
    assert unmatched == [("tables 1-1", "columns (agency, progress, rag, target) beside the plan's tables 0-0, "
                                        "but their rows do not match one to one: not joined")]
    data = document_to_dataset(RawDocument("plan.docx", "0" * 64, "docx", None, [], tables))
    assert [(w.code, w.location) for w in data.warnings if w.code == "column_pages_unmatched"] == [
        ("column_pages_unmatched", "tables 1-1")]


def test_a_page_naming_a_column_the_plan_has_is_no_right_hand_range() -> None:
    found = find_plan_tables([table(0, None, [LEFT_HEADER + ["Target date"], *(r + [""] for r in LEFT)]),
                              table(1, None, [RIGHT_HEADER + ["Notes"], *(r + [""] for r in RIGHT)])])
    assert [len(t.rows) for t, _ in found] == [4, 4]


def test_ranges_printed_over_then_down_with_their_headers_on_every_page_are_joined_pair_by_pair() -> None:
    tables = [table(0, 1, [LEFT_HEADER, *LEFT[:2]]), table(1, 2, [RIGHT_HEADER, *RIGHT[:2]]),
              table(2, 3, [LEFT_HEADER, *LEFT[2:]]), table(3, 4, [RIGHT_HEADER, *RIGHT[2:]])]
    found = find_plan_tables(tables)
    assert texts(found) == [[LEFT_HEADER + RIGHT_HEADER, LEFT[0] + RIGHT[0], LEFT[1] + RIGHT[1]],
                            [LEFT_HEADER + RIGHT_HEADER, LEFT[2] + RIGHT[2]]]


def test_three_page_ranges_side_by_side_are_joined_left_to_right() -> None:
    middle, right = [h[:2] for h in [RIGHT_HEADER, *RIGHT]], [h[2:] for h in [RIGHT_HEADER, *RIGHT]]
    found = find_plan_tables([table(0, 1, [LEFT_HEADER, *LEFT]), table(1, 2, middle), table(2, 3, right)])
    assert texts(found) == [[LEFT_HEADER + RIGHT_HEADER, *(a + b for a, b in zip(LEFT, RIGHT))]]
