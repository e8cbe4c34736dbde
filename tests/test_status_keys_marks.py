"""Status given by a code the plan's key explains, and by a mark in one of several status columns."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawTable, Row, Status
from dhr_extract.normalise.marks import ticked_options
from dhr_extract.normalise.status import names_status, read_status, status_codes_from_text
from dhr_extract.normalise.status_marks import column_status_word, status_marks_read


def test_status_codes_from_key_line_spaced():
    line = "Status key:   C = complete     IP = in progress     NS = not started"
    assert status_codes_from_text([line], names_status) == {"C": "complete", "IP": "in progress", "NS": "not started"}


def test_status_codes_from_key_line_mixed_separators():
    line = "C = Complete; IP \u2013 In progress, NS: Not started"
    assert status_codes_from_text([line], names_status) == {"C": "Complete", "IP": "In progress", "NS": "Not started"}


def test_glossary_of_acronyms_is_no_status_key():
    assert status_codes_from_text(["DA - domestic abuse, CSP - community safety partnership"], names_status) == {}


def test_one_code_is_no_key():
    assert status_codes_from_text(["NB: not started"], names_status) == {}


def test_status_code_read_by_the_plans_key():
    key = {"C": "complete", "IP": "in progress", "NS": "not started"}
    assert read_status("Thirty calls sampled.", status_text="IP", legend=key).status == Status.IN_PROGRESS
    assert read_status("Policy changed.", status_text="C", legend=key).status == Status.COMPLETE
    assert read_status("", status_text="NS", legend=key).status == Status.NOT_STARTED


def test_status_code_without_key_is_unknown():
    assert read_status("Thirty calls sampled.", status_text="IP").status == Status.UNKNOWN


def test_column_status_word_from_grouped_and_cut_headings():
    assert [column_status_word(t) for t in ("Status\nComplete", "Status\nOngoin g", "Not started", "Comments")] == [
        "Complete", "Ongoing", "Not started", ""]


def _row(index: int, texts: list[str], spans: list[str] | None = None) -> Row:
    spans = spans or [""] * len(texts)
    return Row(tuple(Cell(t, s) for t, s in zip(texts, spans)), index)


def test_tick_in_status_columns_reads_as_the_columns_word():
    table = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Status", "", "", "Comments"], ["", "", "", "", "left", "left", ""]),
        _row(1, ["", "", "", "Complete", "Ongoing", "Not started", ""], ["above"] * 3 + [""] * 3 + ["above"]),
        _row(2, ["1", "Train staff.", "Run the course.", "\u2713", "", "", "Done."]),
        _row(3, ["2", "Audit files.", "Sample files.", "", "\u2713", "", "Half sampled."]),
        _row(4, ["3", "Tell victims.", "Write a letter.", "", "", "x", ""]),
    ), 0)
    read = status_marks_read(table)
    assert [r.texts for r in read.rows[2:]] == [
        ["1", "Train staff.", "Run the course.", "Complete", "", "", "Done."],
        ["2", "Audit files.", "Sample files.", "Ongoing", "", "", "Half sampled."],
        ["3", "Tell victims.", "Write a letter.", "Not started", "", "", ""],
    ]


def test_status_columns_in_one_header_row_get_a_status_heading():
    table = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Status\nComplete", "Ongoing", "Not started"]),
        _row(1, ["1", "Train staff.", "Run the course.", "", "\u2714", ""]),
    ), 0)
    read = status_marks_read(table)
    assert [r.texts for r in read.rows] == [
        ["Ref", "Recommendation", "Action", "Status", "Ongoing", "Not started"],
        ["1", "Train staff.", "Run the course.", "Ongoing", "", ""],
    ]


def test_status_word_columns_holding_text_are_left_alone():
    table = RawTable((
        _row(0, ["Ref", "Recommendation", "Action", "Complete", "Ongoing"]),
        _row(1, ["1", "Train staff.", "Run the course.", "Yes, in May", ""]),
    ), 0)
    assert status_marks_read(table) == table


@pytest.mark.parametrize(("status_text", "expected"), [
    ("☒ Complete\n☐ In progress\n☐ Not started", "complete"),
    ("☐ Complete ☑ In progress ☐ Not started", "in_progress"),
    ("☐ Complete\n☐ In progress\n☒ Not started", "not_started"),
])
def test_a_status_cell_of_check_boxes_says_the_option_ticked(status_text: str, expected: str) -> None:
    assert read_status("", status_text=status_text).status == expected


def test_a_status_cell_of_check_boxes_none_ticked_leaves_the_update_to_decide() -> None:
    assert ticked_options("☐ Complete ☐ In progress ☐ Not started") == ""
    assert read_status("Complete. Policy issued.", status_text="☐ Complete ☐ In progress").status == "complete"
    assert ticked_options("Complete ☒") == "Complete ☒"  # no empty box: no list of options
