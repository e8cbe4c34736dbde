"""Target given by a mark in one of several period columns (Gantt-style quarters under a year heading)."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.period_marks import heading_period, period_marks_read, period_word


def _row(index: int, texts: list[str], spans: list[str] | None = None) -> Row:
    spans = spans or [""] * len(texts)
    return Row(tuple(Cell(t, s) for t, s in zip(texts, spans)), index)


def test_period_word_from_quarter_month_and_year_headings():
    assert [period_word(t) for t in ("Q1", "Q 4", "June", "2025/26", "Quarter 2", "Progress", "Q5")] == [
        "Q1", "Q4", "June", "2025/26", "Quarter 2", "", ""]


def test_x_in_quarter_columns_under_a_year_group_reads_as_target():
    table = RawTable((
        _row(0, ["No.", "Recommendation", "Action", "2025/26", "", "", "", "Progress"],
             ["", "", "", "", "left", "left", "left", ""]),
        _row(1, ["", "", "", "Q1", "Q2", "Q3", "Q4", ""], ["above"] * 3 + [""] * 4 + ["above"]),
        _row(2, ["1", "Train staff.", "Run the course.", "X", "", "", "", "Done."]),
        _row(3, ["2", "Audit files.", "Sample files.", "", "", "x", "", "Started."]),
    ), 0)
    read = period_marks_read(table)
    # the period row is the header's second row (sub-headings under the year's group cell): it names the column
    assert [r.texts for r in read.rows] == [
        ["No.", "Recommendation", "Action", "2025/26", "", "", "", "Progress"],
        ["", "", "", "Target", "", "", "", ""],
        ["1", "Train staff.", "Run the course.", "Q1 2025/26", "", "", "", "Done."],
        ["2", "Audit files.", "Sample files.", "Q3 2025/26", "", "", "", "Started."],
    ]
    assert find_header(read).roles[3] == "target"


def test_month_columns_in_the_header_row_without_a_year():
    table = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Apr", "May", "Jun"]),
        _row(1, ["1", "Train staff.", "Run the course.", "", "\u2713", ""]),
    ), 0)
    assert [r.texts for r in period_marks_read(table).rows] == [
        ["Ref", "Recommendation", "Action", "Target", "", ""],
        ["1", "Train staff.", "Run the course.", "May", "", ""],
    ]


def test_period_columns_beside_a_target_column_or_holding_text_are_left_alone():
    with_target = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Target date", "Q1", "Q2"]),
        _row(1, ["1", "Train staff.", "Run the course.", "30/06/2025", "X", ""]),
    ), 0)
    with_text = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "2024", "2025"]),
        _row(1, ["1", "Train staff.", "Run the course.", "Course written.", "Delivered."]),
    ), 0)
    assert period_marks_read(with_target) == with_target
    assert period_marks_read(with_text) == with_text


def test_year_group_read_into_the_first_quarter_heading_holds_for_the_rest():
    # A PDF reads the group heading and its first sub-heading as one cell ("2025/26 Q1").
    table = RawTable((
        _row(0, ["No.", "Recommendation", "Action", "2025/26 Q1", "Q2", "Q 3", "Q4", "Progress"]),
        _row(1, ["1", "Train staff.", "Run the course.", "", "", "X", "", "Started."]),
    ), 0)
    assert [r.texts for r in period_marks_read(table).rows] == [
        ["No.", "Recommendation", "Action", "Target", "", "", "", "Progress"],
        ["1", "Train staff.", "Run the course.", "Q3 2025/26", "", "", "", "Started."],
    ]


def test_a_period_wrapped_in_a_narrow_heading_is_still_read():
    # a narrow column wraps the period itself ("Q" over "1"): its lines read as one name it
    assert heading_period("2025/26 Q\n1") == ("2025/26", "Q1")
    assert heading_period("Q\n2") == ("", "Q2")
    assert heading_period("2025/26\nQ3") == ("2025/26", "Q3")
    assert heading_period("Date\ncompleted") == ("", "")
