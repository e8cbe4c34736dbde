"""Three meanings of a plan's cells that point elsewhere: a column counting the table's rows beside the
recommendation's own number, a lead written "As above", and a lead and date merged down over actions of
two recommendations."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.ditto import is_ditto
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.row_serials import row_serial_columns
from tests.test_normalise import ABOVE, document, table

HEADER = ["#", "Rec no.", "Recommendation", "Action", "Owner", "Due"]


def test_a_column_counting_the_rows_beside_the_recommendation_number_is_no_label() -> None:
    data = document_to_dataset(document(table([
        HEADER,
        ["1", "1", "Police to refer high-risk victims the same day.", "Change the form.", "Police", "Dec 2025"],
        ["2", ABOVE, ABOVE, "Monitor referrals monthly.", "Police", "Mar 2026"],
        ["3", "2", "The council to offer a safety plan.", "Write a guide.", "Council", "Apr 2026"],
        ["4", ABOVE, ABOVE, "Train housing officers.", "Council", "Jul 2026"],
    ])))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Police to refer high-risk victims the same day."), ("2", "The council to offer a safety plan.")]
    assert [(a.rec_number, a.action_text) for a in data.actions] == [
        ("1", "Change the form."), ("1", "Monitor referrals monthly."), ("2", "Write a guide."),
        ("2", "Train housing officers.")]


@pytest.mark.parametrize(("serial", "number", "kept"), [
    (["1", "2", "3", "4"], ["1", "", "2", ""], [None, "number"]),  # the count is a row serial
    (["1", "2", "3", "4"], ["1", "1", "2", "2"], [None, "number"]),  # beside numbers repeated per action
    (["1", "2", "3", "4"], ["1", "2", "3", "4"], ["number", "number"]),  # both count the rows: left as they are
    (["1", "2", "4", "5"], ["1", "", "2", ""], ["number", "number"]),  # a gap: no count of rows
])
def test_row_serial_columns(serial: list[str], number: list[str], kept: list[str | None]) -> None:
    rows = table([["#", "Rec no.", "Action"]] + [[s, n, "Do it."] for s, n in zip(serial, number)]).rows[1:]
    assert row_serial_columns(["number", "number", "action"], rows) == [*kept, "action"]


@pytest.mark.parametrize(("text", "ditto"), [
    ("As above", True), ("as above.", True), ("Same as above", True), ("See above", True), ("As per above", True),
    ("Ditto", True), ('"', True), ("\u201d", True), ("As before", True),
    ("Police", False), ("As above, and the council", False), ("", False)])
def test_is_ditto(text: str, ditto: bool) -> None:
    assert is_ditto(text) is ditto


def test_a_lead_written_as_above_is_the_lead_of_the_row_above_across_recommendations() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Action", "Lead", "Timescale"],
        ["1", "Police to identify repeat victims.", "Show previous calls.", "Fernleigh Police", "31/12/2025"],
        [ABOVE, ABOVE, "Train call handlers.", "As above", "As above"],
        ["2", "Police to review voluntary interviews.", "Audit the interviews.", "As above", "31/03/2026"],
        ["3", "The council to name a lead.", "Appoint a lead.", "Fernleigh Borough Council", "Ditto"],
    ])))
    assert [(a.rec_number, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Fernleigh Police", "31/12/2025"), ("1", "Fernleigh Police", "31/12/2025"),
        ("2", "Fernleigh Police", "31/03/2026"), ("3", "Fernleigh Borough Council", "31/03/2026")]


def test_a_lead_and_date_merged_down_over_two_recommendations_actions_are_each_actions() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Lead agency", "Target date"],
        ["1", "Police to record breaches.", "Issue an instruction.", "Calderford Police", "31 Mar 2026"],
        [ABOVE, ABOVE, "Audit the recording.", ABOVE, ABOVE],
        ["2", "Police to refer stalking victims.", "Change the checklist.", ABOVE, ABOVE],
        ["3", "The trust to share the MARAC list.", "Set up access.", "Calderford NHS Trust", "30 Jun 2026"],
    ])))
    assert [(a.rec_number, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Calderford Police", "31 Mar 2026"), ("1", "Calderford Police", "31 Mar 2026"),
        ("2", "Calderford Police", "31 Mar 2026"), ("3", "Calderford NHS Trust", "30 Jun 2026")]
