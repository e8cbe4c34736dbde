"""A column whose header names the target date and the progress ("Due and latest update"): each cell holds
both, each part after its label (``Due: 31/03/2025 — Update: Complete. …``), read as a target and a progress."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.target_progress_column import (labelled_parts, start_end_target, target_and_progress,
                                                          target_progress_header)
from tests.test_normalise import document, table


@pytest.mark.parametrize(("text", "names"), [
    ("Due and latest update", ("Due", "latest update")), ("Target date / progress", ("Target date", "progress")),
    ("Progress and deadline", ("Progress", "deadline")), ("Deadline / Status", ("Deadline", "Status")),
    # one role only, or a header cut at the page edge
    ("Target date", None), ("Progress update", None), ("Due and latest up", None), ("Agency and action", None)])
def test_a_header_naming_the_target_and_the_progress(text: str, names: tuple[str, str] | None) -> None:
    assert target_progress_header(text) == names


@pytest.mark.parametrize(("text", "parts"), [
    ("Due: 31/03/2025 — Update: Complete. Route agreed.",
     [("target", "31/03/2025"), ("progress", "Complete. Route agreed.")]),
    ("Target: March 2025; Progress: On track", [("target", "March 2025"), ("progress", "On track")]),
    ("Target date: 31/03/2025\nProgress update: Two sessions held.\nStatus: In progress",
     [("target", "31/03/2025"), ("progress", "Two sessions held."), ("progress", "In progress")]),
    ("Target 31/03/2025 Progress: done", [(None, "Target 31/03/2025"), ("progress", "done")]),
    ("Time frame: June 2025. Latest update: training booked",
     [("target", "June 2025."), ("progress", "training booked")]),
    ("Agreed; Current status: Complete", [(None, "Agreed"), ("progress", "Complete")]),
    # a colon after no target or progress label (a label opens with a capital), or in a time, cuts nothing
    ("Update: Met at 10:30. Note: minutes kept.", [("progress", "Met at 10:30. Note: minutes kept.")]),
    ("All partners agreed the target: fewer referrals.", [(None, "All partners agreed the target: fewer referrals.")]),
    ("31/03/2025", [(None, "31/03/2025")])])
def test_a_cell_is_cut_at_its_target_and_progress_labels(text: str, parts: list[tuple[str | None, str]]) -> None:
    assert labelled_parts(text) == parts


@pytest.mark.parametrize(("text", "lead", "pair"), [
    ("Due: 31/03/2026 — Update: Not started.", "target", ("31/03/2026", "Not started.")),
    ("Target date: 31/03/2025\nProgress update: Two sessions held.\nStatus: In progress", "target",
     ("31/03/2025", "Two sessions held.\nIn progress")),
    # text before the first label is the part the header names first
    ("31/03/2025 — Update: done", "target", ("31/03/2025", "done")),
    ("Sessions planned. Deadline: June 2025", "progress", ("June 2025", "Sessions planned.")),
    # no label: a date alone is the target, anything else the progress
    ("31/03/2025", "target", ("31/03/2025", "")), ("Complete.", "target", ("", "Complete."))])
def test_a_cells_target_and_progress(text: str, lead: str, pair: tuple[str, str]) -> None:
    assert target_and_progress(text, lead) == pair


def test_a_due_and_update_column_gives_each_action_its_target_and_progress() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Agency", "Due and latest update"],
        ["1", "Agencies to share information about a change in the household.", "Agree a notification route.",
         "Ravensford Police", "Due: 31/03/2025 — Update: Complete. Route agreed."],
        ["2", "The council to train officers on the route.", "Train housing officers.", "Ravensford Council",
         "Due: 30/09/2025 — Update: In progress. Two of four sessions delivered."],
        ["3", "The trust to ask about abuse at booking.", "Add a prompt.", "Ravensford Hospital Trust",
         "Target: 31/03/2026; Progress: Not started."],
    ])))
    assert [(a.target_date_text, str(a.target_date)) for a in data.actions] == [
        ("31/03/2025", "2025-03-31"), ("30/09/2025", "2025-09-30"), ("31/03/2026", "2026-03-31")]
    assert [(p.column_header, p.progress_text, p.status) for p in data.progress] == [
        ("latest update", "Complete. Route agreed.", "complete"),
        ("latest update", "In progress. Two of four sessions delivered.", "in_progress"),
        ("latest update", "Not started.", "not_started")]


@pytest.mark.parametrize("text, target", [
    ("Start: 01/04/2025\nEnd: 30/06/2025", "30/06/2025"),
    ("Start date: Q1 2025/26; End date: Q3 2025/26", "Q3 2025/26"),
    ("From: April 2025 – To: June 2025", "June 2025"),
    ("30/06/2025", "30/06/2025"),
    ("End: 30/06/2025", "End: 30/06/2025"),  # no start part: the cell as written
])
def test_a_timescale_of_a_start_and_an_end_is_its_end(text: str, target: str) -> None:
    assert start_end_target(text) == target


def test_a_start_and_end_timescale_keeps_both_dates_but_the_end_as_its_text() -> None:
    doc = document(table([["Ref", "Recommendation", "Action", "Timescale", "Progress"],
                          ["1", "Train staff.", "Run the course.", "Start: 01/04/2025\nEnd: 30/06/2025", "Complete."]]))
    action = document_to_dataset(doc).actions[0]
    assert (action.target_date_text, [d.isoformat() for d in action.target_dates]) == (
        "30/06/2025", ["2025-04-01", "2025-06-30"])
