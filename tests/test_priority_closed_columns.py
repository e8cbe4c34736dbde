"""Columns with a plan meaning the model records: a ``Priority`` column (the action's ``priority``, its own
or its recommendation's) and a ``Closed`` column (a yes/no answer, the status; its date the completion's)."""
from __future__ import annotations

import datetime

import pytest

from dhr_extract.normalise.headers import header_role
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.status import read_status
from tests.test_normalise import ABOVE, document, table


@pytest.mark.parametrize(("written", "role"), [
    ("Priority", "priority"), ("PRIORITY (H/M/L)", "priority"), ("Priority level", "priority"),
    ("Priority actions", "action"),  # the actions a plan puts first: their text
    ("Closed", "status"), ("Closed?", "status"), ("Closed (Y/N)", "status"),
    ("Date closed", None),  # a date alone: no status
])
def test_priority_and_closed_headers(written: str, role: str | None) -> None:
    assert header_role(written) == role


@pytest.mark.parametrize(("cell", "status", "completed_on"), [
    ("Yes – 14/03/2025", "complete", datetime.date(2025, 3, 14)),
    ("Yes (June 2025)", "complete", datetime.date(2025, 6, 30)),
    ("Y 02.10.25", "complete", datetime.date(2025, 10, 2)),
    ("Yes", "complete", None),
])
def test_a_dated_answer_in_a_closed_column_is_the_completion(cell: str, status: str,
                                                             completed_on: datetime.date | None) -> None:
    reading = read_status("Work carried out as planned.", status_text=cell)
    assert (reading.status, reading.completed_on) == (status, completed_on)


def test_a_no_in_a_closed_column_keeps_the_open_state_the_update_states() -> None:
    assert read_status("Not started. Awaiting funding.", status_text="No").status == "not_started"
    assert read_status("In progress. Half the teams trained.", status_text="No – 01/02/2025").completed_on is None


def test_priority_merged_over_the_actions_and_a_closed_column() -> None:
    plan = table([
        ["No.", "Recommendation", "Priority", "Action", "Lead agency", "Target date", "Closed", "Update"],
        ["1", "The ambulance service to flag repeat callers at risk.", "High", "Add a flag to the dispatch system.",
         "Fenmoor Ambulance Service", "31/03/2025", "Yes – 20/03/2025", "Flag live in all control rooms."],
        [ABOVE, ABOVE, ABOVE, "Audit flagged calls after three months.", "Fenmoor Ambulance Service", "30/09/2025",
         "No", "In progress. First audit under way."],
        ["2", "The college to name a safeguarding lead for adult learners.", "Low", "Name the lead.",
         "Fenmoor College", "30/06/2025", "No", "Not started."],
    ])
    data = document_to_dataset(document(plan))
    assert [(a.rec_number, a.priority, a.status) for a in data.actions] == [
        ("1", "High", "complete"), ("1", "High", "in_progress"), ("2", "Low", "not_started")]
    assert [(p.status_text, p.completed_on) for p in data.progress] == [
        ("Yes – 20/03/2025", datetime.date(2025, 3, 20)), ("No", None), ("No", None)]
    assert data.residue == []
