"""The lead agency given by a mark in one of several agency-named columns (a tick matrix under "Lead")."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.agency_marks import agency_marks_read, agency_marks_split, heading_name
from dhr_extract.normalise.group_headings import grouped_columns, is_group_subheading_row
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.marks import is_mark

TICK = "\u2713"


def _row(index: int, texts: list[str], spans: list[str] | None = None) -> Row:
    spans = spans or [""] * len(texts)
    return Row(tuple(Cell(t, s) for t, s in zip(texts, spans)), index)


def _grouped_table() -> RawTable:
    # HTML / Word: "Lead (✓)" spans three columns, the agency names a header row of their own under it
    return RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Lead (\u2713)", "", "", "By when"],
             ["", "", "", "", "left", "left", ""]),
        _row(1, ["", "", "", "Police", "Health Board", "Council", ""], ["above"] * 3 + [""] * 3 + ["above"]),
        _row(2, ["1", "Speak to the child.", "Add a prompt.", TICK, "", "", "Q3 2025/26"]),
        _row(3, ["", "", "Sample forty incidents.", "", "\u2714", "Y", "Q1 2026/27"], ["above", "above"] + [""] * 5),
    ), 0)


def test_marks_vocabulary():
    assert [is_mark(t) for t in (TICK, " \u2714 ", "X", "x", "Y", "Yes", "\u2022", "\u25a0", "No", "Police", "")] == [
        True, True, True, True, True, True, True, True, False, False, False]


def test_heading_name_leaves_out_a_group_heading_naming_the_lead():
    assert [heading_name(t) for t in ("Lead (\u2713)\nPolice", "Health\nBoard", "Council", "By when", "Lead (\u2713)")] == [
        ("Lead (\u2713)", "Police"), ("", "Health Board"), ("", "Council"), ("", ""), ("", "")]


def test_names_under_a_group_cell_are_the_headers_second_row():
    table = _grouped_table()
    assert grouped_columns(table.rows[0]) == {3, 4, 5}
    assert is_group_subheading_row(table.rows[1], table.rows[0])
    assert not is_group_subheading_row(table.rows[2], table.rows[0])  # a row of marks is data
    header = find_header(table)
    assert header.n_rows == 2
    assert header.texts[3:6] == ("Lead (\u2713)\nPolice", "Lead (\u2713)\nHealth Board", "Lead (\u2713)\nCouncil")


def test_ticks_under_a_lead_group_read_as_the_marked_agencies():
    read, marks = agency_marks_read(_grouped_table())
    assert marks is not None and marks.names == ("Police", "Health Board", "Council")
    assert [r.texts for r in read.rows[2:]] == [
        ["1", "Speak to the child.", "Add a prompt.", "Police", "", "", "Q3 2025/26"],
        ["", "", "Sample forty incidents.", "Health Board\nCouncil", "", "", "Q1 2026/27"],  # two marks, two agencies
    ]
    assert read.rows[:2] == _grouped_table().rows[:2]  # the header stands: every name column is an agency's


def test_group_read_into_the_first_name_and_names_without_a_group():
    # PDF: the group heading and the first name read as one cell; or the group heading lost above the table
    for first in ("Lead (\u2713)\nPolice", "Police"):
        table = RawTable((
            _row(0, ["Ref", "Recommendation", "Action", first, "Probation", "CSP", "Progress"]),
            _row(1, ["1", "Report to the board.", "Send a summary.", "", "", "x", "Not started."]),
        ), 0)
        read, _ = agency_marks_read(table)
        assert [r.texts for r in read.rows] == [
            ["Ref", "Recommendation", "Action", "Lead (\u2713)\nPolice" if "\n" in first else "Agency", "Probation",
             "CSP", "Progress"],
            ["1", "Report to the board.", "Send a summary.", "CSP", "", "", "Not started."],
        ]
        assert find_header(read).roles[3] == "agency"


def test_mark_columns_that_name_no_agency_or_beside_an_agency_column_are_left_alone():
    unnamed = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Alpha", "Beta", "Progress"]),
        _row(1, ["1", "Train staff.", "Run the course.", TICK, "", "Done."]),
    ), 0)
    beside = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Lead agency", "Police", "Council"]),
        _row(1, ["1", "Train staff.", "Run the course.", "Council", TICK, ""]),
    ), 0)
    assert agency_marks_read(unnamed) == (unnamed, None)
    assert agency_marks_read(beside) == (beside, None)


def test_a_headerless_table_after_a_page_break_keeps_the_names():
    first = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Police", "Council"]),
        _row(1, ["1", "Speak to the child.", "Add a prompt.", TICK, ""]),
    ), 0, page=1)
    carried = RawTable((_row(0, ["2", "Tell the IDVA.", "Set up a notice.", "", TICK]),), 1, page=2)
    out = agency_marks_split([first, carried])
    assert [r.texts for r in out[1].rows] == [["2", "Tell the IDVA.", "Set up a notice.", "Council", ""]]
