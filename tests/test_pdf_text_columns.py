"""A plan flowing through two text columns of a page (a report set in newspaper columns): the page is
read column by column, the table's part in the next column is marked ``column_break``, and the row cut
at the column break is joined back as one cut by a page break."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.foot_cuts import ends_in_cut_date, with_cut_words
from dhr_extract.extract.pdf.text_columns import column_reading_order, flows_on
from dhr_extract.model import SOFT_HYPHEN, Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.rows import document_to_rows

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
HEADER = ("No.", "Recommendation", "Action", "Lead", "Due", "Progress")


def table(index: int, bbox: tuple[float, float, float, float], body: list[tuple[str, ...]],
          header: tuple[str, ...] = HEADER) -> RawTable:
    rows = [Row(tuple(Cell(t) for t in cells), i, 1) for i, cells in enumerate([header, *body])]
    return RawTable(tuple(rows), index, 1, bbox, "ruled")


LEFT = table(1, (51.3, 288.0, 292.3, 781.9), [
    ("5", "Children's Services to share a plan's end with the police.", "Change the case closure checklist.",
     "Fallowmere Children's Services", "31 Jul 2025", "Complete."),
    ("", "", "Check ten closures for the", "Fallowmere Childre" + SOFT_HYPHEN, "31 Jan 202" + SOFT_HYPHEN,
     "Not started.")])
RIGHT = table(0, (306.4, 56.7, 547.4, 180.8), [
    ("", "", "notification.", "n's Services", "6", ""),
    ("6", "The Community Safety Partnership to train its staff.", "Run four workshops.", "Fallowmere CSP",
     "31 Oct 2025", "In progress.")])
KEY_BOX = table(2, (306.4, 40.0, 547.4, 120.0), [("R", "Not started")], ("Colour", "Meaning"))


def test_a_table_going_on_in_the_next_text_column_is_read_after_the_part_it_continues_and_marked() -> None:
    assert flows_on(RIGHT, LEFT) and not flows_on(LEFT, RIGHT)
    assert column_reading_order([RIGHT, LEFT]) == [LEFT, replace(RIGHT, column_break=True)]


def test_a_box_beside_a_table_with_columns_of_its_own_keeps_its_place_top_first_unmarked() -> None:
    assert not flows_on(KEY_BOX, LEFT)
    assert column_reading_order([KEY_BOX, LEFT]) == [KEY_BOX, LEFT]
    narrower = table(0, (306.4, 56.7, 500.0, 180.8), [("6", "Train staff.", "Run workshops.", "CSP", "2025", "")])
    assert column_reading_order([narrower, LEFT]) == [narrower, LEFT]  # as many columns, not as wide


def test_the_row_cut_at_the_column_break_is_joined_back() -> None:
    # the mark alone tells a column break: no box is measured again
    left, right = replace(LEFT, bbox=None), replace(RIGHT, bbox=None, column_break=True)
    doc = RawDocument("plan.pdf", "0", "pdf", 1, [], [left, right], [])
    assert [row.cells[2:5] for row in document_to_rows(doc)] == [
        ["Change the case closure checklist.", "Fallowmere Children's Services", "31 Jul 2025"],
        ["Check ten closures for the notification.", "Fallowmere Children's Services", "31 Jan 2026"],
        ["Run four workshops.", "Fallowmere CSP", "31 Oct 2025"]]


def test_an_unmarked_table_below_another_on_its_page_opens_its_own_rows() -> None:
    # the same tables read in this order without the mark: the first row of the second stays a row
    doc = RawDocument("plan.pdf", "0", "pdf", 1, [], [LEFT, RIGHT], [])
    assert [row.cells[2:5] for row in document_to_rows(doc)] == [
        ["Change the case closure checklist.", "Fallowmere Children's Services", "31 Jul 2025"],
        ["Check ten closures for the", "Fallowmere Childre", "31 Jan 202"],
        ["notification.", "n's Services", "6"],
        ["Run four workshops.", "Fallowmere CSP", "31 Oct 2025"]]


def test_a_written_date_missing_digits_of_its_year_is_cut() -> None:
    assert ends_in_cut_date("31 Jan 202") and ends_in_cut_date("30 September 2")
    assert not ends_in_cut_date("31 Jan 20") and not ends_in_cut_date("31 Jan 2026")
    assert not ends_in_cut_date("Phase 2")


def test_a_word_filling_a_ruled_cell_to_its_padding_at_the_foot_is_cut() -> None:
    # the Lead cell between rules at 181.7 and 218.5 (5.5 points of padding): "Childre" ends at 212.0
    boxes = ((181.7, 760.0, 218.5, 781.5),)
    words = [[{"text": "Childre", "x0": 187.2, "x1": 212.0, "top": 772.9, "bottom": 780.0}]]
    row = Row((Cell("Fallowmere Childre"),), 8, 1)
    assert with_cut_words(row, words, boxes, 5.5).cells[0].text == "Fallowmere Childre" + SOFT_HYPHEN


def test_a_plan_through_two_text_columns_reads_in_order_with_its_cut_row_whole() -> None:
    truth = json.loads((HELDOUT / "two_text_columns_docx.truth.json").read_text())
    data = extract_document(HELDOUT / "two_text_columns_docx.lo_portrait.pdf")
    assert [r.rec_number for r in data.recommendations] == ["1", "2", "3", "4", "5", "6"]
    assert [(a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        (a["action"], a["agency"], a["target"]) for a in truth["actions"]]
