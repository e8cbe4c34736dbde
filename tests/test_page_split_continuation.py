"""A row cut at the page foot whose rest overleaf opens like a new row: a word such as "recommendations"
that reads as a letter label, or the end of an agency name cut before its colon ("Services: ...").  And
a borderless table cut in two on one page at a tall gap inside a row: its lower part carries on too."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.headers import Header
from dhr_extract.normalise.labels import split_label
from dhr_extract.normalise.rows import LogicalRow, add_table_rows, document_to_rows

HEADER = Header(("rec", "scope", "action", "target", "progress"),
                ("Recommendation", "Scope", "Action", "Target date", "Progress"), 1)


def table(index: int, page: int, body: list[list[str]], with_header: bool = True) -> RawTable:
    first = int(with_header)
    rows = [Row(tuple(Cell(text) for text in cells), r + first, page, None) for r, cells in enumerate(body)]
    header = (Row(tuple(Cell(t) for t in HEADER.texts), 0, page, None),) if with_header else ()
    return RawTable((*header, *rows), index, page, None, "borderless")


def read(*pages: list[list[str]]) -> list[list[str]]:
    rows: list[LogicalRow] = []
    for page, body in enumerate(pages):
        add_table_rows(rows, table(page, page + 1, body), HEADER, page > 0)
    return [r.cells for r in rows]


def test_a_word_that_starts_with_recommendation_is_no_letter_label() -> None:
    assert split_label("recommendations to identify any changes") == (None, "recommendations to identify any changes")
    label, rest = split_label("Recommendation A: Train all staff")
    assert (label.number if label else None, rest) == ("A", "Train all staff")  # a letter keeps its capital


def test_a_cell_carrying_on_with_recommendations_overleaf_is_joined_to_the_cut_row() -> None:
    cells = read([["25. All agencies review the", "Local", "POLICE: Review all DHRs to find any", "", "This DHR"]],
                 [["recommendations to identify changes", "", "necessary changes", "", "has been reviewed."]])
    assert cells == [["25. All agencies review the recommendations to identify changes", "Local",
                      "POLICE: Review all DHRs to find any necessary changes", "", "This DHR has been reviewed."]]


def test_an_agency_name_cut_before_its_colon_at_the_page_foot_carries_on_overleaf() -> None:
    cells = read([["28. All agencies add a link.", "Local", "POLICE: Add the link.", "April 2014", "Done."],
                  ["", "Local", "Children's", "August 2014", "Information"]],
                 [["", "", "Services: To be shared", "", "gathered and shared."]])
    assert cells == [["28. All agencies add a link.", "Local", "POLICE: Add the link.", "April 2014", "Done."],
                     ["", "Local", "Children's Services: To be shared", "August 2014",
                      "Information gathered and shared."]]


def test_an_agency_row_overleaf_whose_cells_start_afresh_stays_a_new_row() -> None:
    cells = read([["28. All agencies add a link.", "Local", "POLICE: Add the link to the", "April 2014", "Done"]],
                 [["", "Local", "CWPT: Add the link.", "May 2014", "Completed."]])
    assert cells == [["28. All agencies add a link.", "Local", "POLICE: Add the link to the", "April 2014", "Done"],
                     ["", "Local", "CWPT: Add the link.", "May 2014", "Completed."]]


def test_a_borderless_table_cut_in_two_on_one_page_carries_its_cut_row_on() -> None:
    above = table(0, 26, [["26. All agencies train staff.", "Local", "CWPT: Review the training.", "March 2014",
                           "Training is"]])
    below = table(1, 26, [["", "", "a) identify the need.", "", "in place."],
                          ["", "Local", "GEH: Covered in action 21.", "", ""]], with_header=False)
    doc = RawDocument("plan.pdf", "ab" * 32, "pdf", 1, ["A plan"], [above, below])  # type: ignore[arg-type]
    assert [r.cells for r in document_to_rows(doc)] == [
        ["26. All agencies train staff.", "Local", "CWPT: Review the training.\na) identify the need.", "March 2014",
         "Training is in place."],
        ["", "Local", "GEH: Covered in action 21.", "", ""]]


def test_cells_centred_below_a_cut_on_one_page_join_the_row_they_are_centred_in() -> None:
    above = table(0, 26, [["26. All agencies train staff.", "", "CWPT: Review the training so staff", "",
                           "Training is"]])
    below = table(1, 26, [["", "Local", "understand abuse.", "March 2014", "in place."],
                          ["", "Local", "GEH: Covered in action 21.", "", ""]], with_header=False)
    doc = RawDocument("plan.pdf", "ab" * 32, "pdf", 1, ["A plan"], [above, below])  # type: ignore[arg-type]
    assert [r.cells for r in document_to_rows(doc)] == [
        ["26. All agencies train staff.", "Local", "CWPT: Review the training so staff understand abuse.",
         "March 2014", "Training is in place."],
        ["", "Local", "GEH: Covered in action 21.", "", ""]]


def test_a_filled_cell_under_an_empty_one_after_a_page_break_still_opens_a_new_row() -> None:
    cells = read([["26. All agencies train staff.", "", "CWPT: Review the training so staff", "", "Training is"]],
                 [["", "Local", "understand abuse.", "March 2014", "in place."]])
    assert cells == [["26. All agencies train staff.", "", "CWPT: Review the training so staff", "", "Training is"],
                     ["", "Local", "understand abuse.", "March 2014", "in place."]]
