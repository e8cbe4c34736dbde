"""The rest of a row cut at a page's foot, read as one row with the next row at the top of the next
page, is parted from it: each column the cut row left open gives its first paragraph (or, with no
paragraph break, its first sentence) to the cut row, the rest opens the next row, where a short value
the cut row had finished (its due date) is filled again (``cut_rests.split_cut_rest``)."""
from __future__ import annotations

from dhr_extract.normalise.headers import Header
from tests.helpers import rows_over_pages

HEADER = Header(("number", "rec", "action", "agency", "target", "progress"),
                ("Ref", "Recommendation", "Action", "Lead agency", "Due date", "Update"), 1)
CUT = ["6", "Vale Safeguarding Adults Board to check that the", "Survey practitioners in the partner",
       "Vale Safeguarding Adults", "2026-11-30", "Not started."]


def read(*pages: list[list[str]]) -> list[list[str]]:
    return rows_over_pages(HEADER, *pages)


def test_the_rest_of_a_cut_row_is_parted_from_the_next_row_at_its_paragraph_breaks() -> None:
    cells = read([CUT], [["", "review's learning has reached staff.", "agencies about the learning.\nPublish the findings.",
                          "Board\nVale Safeguarding Adults Board", "2027-03-31", "Not started. Report online."]])
    assert cells == [["6", "Vale Safeguarding Adults Board to check that the review's learning has reached staff.",
                      "Survey practitioners in the partner agencies about the learning.",
                      "Vale Safeguarding Adults Board", "2026-11-30", "Not started."],
                     ["", "", "Publish the findings.", "Vale Safeguarding Adults Board", "2027-03-31",
                      "Not started. Report online."]]


def test_with_no_paragraph_break_the_rest_of_an_open_cell_is_its_first_sentence() -> None:
    cells = read([CUT], [["", "review's learning has reached staff.",
                          "agencies about the learning. Publish the findings.", "Board\nVale Safeguarding Adults Board",
                          "2027-03-31", "Not started."]])
    assert [c[2] for c in cells] == ["Survey practitioners in the partner agencies about the learning.",
                                     "Publish the findings."]


def test_a_rest_with_no_finished_value_filled_again_is_joined_whole() -> None:
    cells = read([CUT], [["", "review's learning has reached staff.", "agencies about the learning.\nThen report.",
                          "Board", "", ""]])
    assert cells == [["6", "Vale Safeguarding Adults Board to check that the review's learning has reached staff.",
                      "Survey practitioners in the partner agencies about the learning.\nThen report.",
                      "Vale Safeguarding Adults Board", "2026-11-30", "Not started."]]


def test_more_paragraphs_of_the_cut_cells_with_a_second_date_but_no_agency_are_joined_whole() -> None:
    # a cell's later paragraphs and a second date in the date cell: no lead agency opens a next row
    cells = read([CUT], [["", "", "agencies about the learning.\na) Survey the police.", "", "2027-03-31", ""]])
    assert len(cells) == 1 and cells[0][2] == ("Survey practitioners in the partner agencies about the learning.\n"
                                               "a) Survey the police.")
