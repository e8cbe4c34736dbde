"""Layouts of the eighth held-out round, each built small: a progress sub-row under an action's merged
cells, a ``Date`` column among the progress columns, a ``Complete by`` header, and a bare ``No`` in a
``Completed?`` column beside an update that states its own open state."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawDocument, RawTable, ResidueReason, Row, Status
from dhr_extract.normalise.headers import find_header, header_role
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.status import read_status

ABOVE = Cell("", "above")
SUBROW_HEADER = ["Ref", "Recommendation", "Action", "Lead", "Target date", "Date", "Progress update"]


def table(rows: list[list[str | Cell]]) -> RawTable:
    cells = [tuple(c if isinstance(c, Cell) else Cell(c) for c in row) for row in rows]
    return RawTable(tuple(Row(row, i, None) for i, row in enumerate(cells)), 0, None, None, "docx", "")


def document(rows: list[list[str | Cell]]) -> RawDocument:
    return RawDocument("plan.docx", "cd" * 32, "docx", None, ["A plan"], [table(rows)])  # type: ignore[arg-type]


SUBROWS = [
    SUBROW_HEADER,
    ["1", "Share breach reports.", "Write a joint protocol.", "Police", "30/09/2025", "22/09/2025",
     "Complete. Protocol signed."],
    [ABOVE, ABOVE, ABOVE, ABOVE, ABOVE, "03/06/2025", "In progress. First draft shared."],
    [ABOVE, ABOVE, "Train duty officers.", "Housing", "31/12/2025", "22/09/2025", "In progress. Dates set."],
    [ABOVE, ABOVE, ABOVE, ABOVE, ABOVE, "", ""],
]


def test_progress_subrow_under_merged_action_cells_is_the_same_actions_progress() -> None:
    data = document_to_dataset(document(SUBROWS))
    assert [(a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("Write a joint protocol.", "Police", "30/09/2025"), ("Train duty officers.", "Housing", "31/12/2025")]
    first, second = data.actions
    assert [p.progress_text for p in data.progress if p.action_id == first.action_id] == [
        "Complete. Protocol signed.\nIn progress. First draft shared."]
    assert [p.progress_text for p in data.progress if p.action_id == second.action_id] == ["In progress. Dates set."]
    # the sub-rows are dated newest first: the newest update decides the status, not the last written
    assert (first.status, second.status) == (Status.COMPLETE, Status.IN_PROGRESS)
    assert not [w for w in data.warnings if w.code == "action_without_text"]


def test_progress_subrows_written_oldest_first_are_read_in_that_order() -> None:
    rows = [SUBROW_HEADER,
            ["1", "Share breach reports.", "Write a joint protocol.", "Police", "30/09/2025", "03/06/2025",
             "In progress. First draft shared."],
            [ABOVE, ABOVE, ABOVE, ABOVE, ABOVE, "22/09/2025", "Complete. Protocol signed."]]
    data = document_to_dataset(document(rows))
    assert [(a.action_text, a.status) for a in data.actions] == [("Write a joint protocol.", Status.COMPLETE)]
    assert [p.progress_text for p in data.progress] == ["In progress. First draft shared.\nComplete. Protocol signed."]


def test_agency_subrow_with_an_empty_action_cell_stays_an_action() -> None:
    """A row with a lead agency of its own under a merged action is that agency's action, not more progress."""
    rows = [["No.", "Recommendation", "Action", "Lead agency", "Progress"],
            ["1", "Share breach reports.", "Write a joint protocol.", "Police", "Complete."],
            [ABOVE, ABOVE, ABOVE, "Housing", "In progress."]]
    data = document_to_dataset(document(rows))
    assert [(a.agency, a.status) for a in data.actions] == [("Police", Status.COMPLETE),
                                                            ("Housing", Status.IN_PROGRESS)]


def test_date_column_among_progress_columns_is_not_a_second_target() -> None:
    header = find_header(table([SUBROW_HEADER]))
    assert header is not None
    assert header.roles == ("number", "rec", "action", "agency", "target", "progress_date", "progress")
    data = document_to_dataset(document(SUBROWS))
    assert [a.target_date_text for a in data.actions] == ["30/09/2025", "31/12/2025"]
    # the updates' dates are kept (no field of the model takes them), not flagged
    assert [(r.column_header, r.text, r.reason) for r in data.residue] == [
        ("Date", "22/09/2025", ResidueReason.UNMAPPED_COLUMN), ("Date", "03/06/2025", ResidueReason.UNMAPPED_COLUMN),
        ("Date", "22/09/2025", ResidueReason.UNMAPPED_COLUMN)]
    assert data.reviews[0].review_reasons == ""


@pytest.mark.parametrize("texts", [
    ["Recommendation", "Action", "Date", "Progress"],  # the only date column: the target
    ["Recommendation", "Action", "Target date", "Date", "Lead agency"],  # away from the progress columns
])
def test_date_column_stays_the_target_where_it_is_the_only_one_or_away_from_progress(texts: list[str]) -> None:
    header = find_header(table([texts]))
    assert header is not None
    assert header.roles[texts.index("Date")] == "target"


@pytest.mark.parametrize(("text", "role"), [
    ("Complete by", "target"), ("Completed by", "target"), ("To be completed by", "target"),
    ("Complete by (date)", "target"), ("Completion by", "target"), ("To be achieved by", "target"),
    ("Date due", "target"), ("Expected completion date", "target"), ("Timeframe", "target"),
    ("Time frame", "target"), ("Date to be completed", "target"),
    ("Completed by whom", None), ("Date completed", None), ("Completed", "status"), ("Completed (Y/N)", "status"),
    ("Delivered by", None)])
def test_complete_by_header_is_the_target(text: str, role: str | None) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize(("update", "status", "rule"), [
    ("Not started.", Status.NOT_STARTED, "not_started.negated_start"),  # the update's own open state
    ("Overdue.", Status.OVERDUE, "overdue.past_due"),
    ("Delivery delayed by the pandemic; three sessions held.", Status.IN_PROGRESS, "label.no"),  # descriptive
    ("Complete.", Status.IN_PROGRESS, "label.no"),  # a completion does not outrank the author's "No"
    ("", Status.IN_PROGRESS, "label.no"),
])
def test_completed_no_gives_way_to_the_open_state_the_update_states(update: str, status: Status, rule: str) -> None:
    reading = read_status(update, status_text="No")
    assert (reading.status, reading.rule) == (status, rule)


@pytest.mark.parametrize(("text", "role"), [
    ("Achieved?", "status"), ("Met?", "status"), ("Completed?", "status"), ("Achieved (Yes/No)", "status"),
    ("Achieved by", "target"), ("Target met?", "target")])
def test_a_yes_no_question_about_the_action_heads_its_status(text: str, role: str) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize(("answer", "status", "rule"), [
    ("Yes", Status.COMPLETE, "label.closed"), ("Partly", Status.PARTIALLY_COMPLETE, "label.partly"),
    ("Partially", Status.PARTIALLY_COMPLETE, "label.partly"), ("No", Status.IN_PROGRESS, "label.no")])
def test_an_achieved_answer_decides_over_prose_without_a_status_word(answer: str, status: Status, rule: str) -> None:
    reading = read_status("A provider has been chosen and the first session was held.", status_text=answer)
    assert (reading.status, reading.rule) == (status, rule)


def test_an_achieved_column_codes_each_action() -> None:
    data = document_to_dataset(document([
        ["No.", "Recommendation", "Action", "Achieved?", "Progress and evidence"],
        ["1", "Tell victims of releases.", "Review the releases.", "Yes", "All forty-one releases reviewed."],
        ["2", "Train debt advisers.", "Commission training.", "Partly", "The first of three sessions was held."],
        ["3", "Flag repeat callers.", "Change the case system.", "No", "Waiting for a quote; no work has begun."]]))
    assert [p.status for p in data.progress] == [Status.COMPLETE, Status.PARTIALLY_COMPLETE, Status.NOT_STARTED]
    assert not data.residue


MARGIN = [["", "Recommendation", "Action", "Lead agency"],
          ["1", "Record welfare checks.", "Add an outcome field.", "Police"],
          [ABOVE, ABOVE, "Dip-sample thirty checks.", "Police"],
          ["2", "Ask about abuse at booking.", "Revise the booking questions.", "Hospital"]]


def test_margin_numbers_in_an_unheaded_first_column_are_the_labels() -> None:
    header = find_header(table(MARGIN))
    assert header is not None and header.roles == ("number", "rec", "action", "agency")
    data = document_to_dataset(document(MARGIN))
    assert [(r.rec_number, r.rec_label) for r in data.recommendations] == [("1", "1"), ("2", "2")]
    assert not data.residue


@pytest.mark.parametrize("numbers", [("1", "3"), ("2", "1"), ("1", "a")])
def test_unheaded_first_column_not_counting_the_recommendations_is_no_number_column(numbers: tuple[str, str]) -> None:
    rows = [MARGIN[0], [numbers[0], *MARGIN[1][1:]], MARGIN[2], [numbers[1], *MARGIN[3][1:]]]
    header = find_header(table(rows))
    assert header is not None and header.roles[0] is None


def test_unheaded_first_column_numbering_action_rows_is_no_number_column() -> None:
    """Numbers beside rows under a merged recommendation cell number the actions, not the recommendations."""
    rows = [MARGIN[0], MARGIN[1], ["2", *MARGIN[2][1:]], ["3", *MARGIN[3][1:]]]
    header = find_header(table(rows))
    assert header is not None and header.roles[0] is None


@pytest.mark.parametrize("heading", ["Last updated", "Date updated", "Update date", "Date of last update"])
def test_a_column_of_each_updates_date_dates_the_progress_beside_it(heading: str) -> None:
    rows = [["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Progress", heading],
            ["1", "Check the history.", "Add the check to screening.", "Police", "31/03/2026", "Complete",
             "Question added.", "03/03/2026"]]
    header = find_header(table([rows[0]]))
    assert header is not None and header.roles[-1] == "progress_date"
    data = document_to_dataset(document(rows))
    assert [p.progress_text for p in data.progress] == ["Question added."]  # the date no second entry
    assert [(r.column_header, r.text) for r in data.residue] == [(heading, "03/03/2026")]  # kept, as a Date column's


def test_the_latest_updates_text_alone_under_last_update_is_progress() -> None:
    header = find_header(table([["Recommendation", "Action", "Target date", "Last update"]]))
    assert header is not None and header.roles[-1] == "progress"
