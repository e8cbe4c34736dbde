"""An agency's response to a recommendation is not a report of its progress."""
from __future__ import annotations

import pytest

from dhr_extract.model import ResidueReason, WarningCode
from dhr_extract.normalise.headers import responses_beside_progress
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("texts", "roles"), [
    # beside a progress column, the response keeps no role
    (["Agency response", "Progress"], [None, "progress"]),
    (["Response to recommendation", "Update"], [None, "progress"]),
    # the plan's only progress column, or one naming its progress too, stays progress
    (["Agency response to recommendations"], ["progress"]),
    (["Response and update", "Progress"], ["progress", "progress"]),
])
def test_a_response_column_beside_a_progress_column_is_not_progress(texts: list[str], roles: list[str]) -> None:
    assert responses_beside_progress(["progress"] * len(texts), texts) == roles


def test_the_response_goes_to_the_residue_and_the_progress_comes_from_the_progress_column() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Agency response", "Action agreed", "Lead agency", "Target", "Progress"],
        ["R1", "Police to assess risk at every incident.", "“Accepted.”\nResponse received 14/01/2025.",
         "Make the assessment mandatory.", "Police", "31/03/2025", "Complete. Live since March 2025."],
    ])))
    assert [(p.column_header, p.progress_text) for p in data.progress] == [
        ("Progress", "Complete. Live since March 2025.")]
    assert [(r.column_header, r.reason) for r in data.residue] == [("Agency response", ResidueReason.UNMAPPED_COLUMN)]
    assert [w.code for w in data.warnings] == [WarningCode.COLUMN_NOT_MODELLED]
    assert "unmapped_text" not in data.reviews[0].review_reasons


def test_a_plan_whose_only_progress_is_the_agency_response_keeps_it_as_progress() -> None:
    data = document_to_dataset(document(table([
        ["Recommendation", "Action", "Lead agency", "Agency response to recommendations"],
        ["1. Police to assess risk.", "Make the assessment mandatory.", "Police", "Complete. Live since March 2025."],
    ])))
    assert [p.progress_text for p in data.progress] == ["Complete. Live since March 2025."]
    assert not data.residue


def test_a_lists_title_column_beside_the_recommendation_is_the_action() -> None:
    data = document_to_dataset(document(table([
        ["Rec No.", "Recommendation", "Title", "Assigned To", "Organisation", "Due Date", "Status"],
        ["1", "Police to assess risk.", "Make the assessment mandatory.", "Sarah Okafor", "Police", "3/31/2026",
         "Complete"],
    ])))
    assert [(a.action_text, a.agency) for a in data.actions] == [("Make the assessment mandatory.", "Police")]
    titled = document_to_dataset(document(table([  # beside an action column a title is no action
        ["Recommendation", "Title", "Action", "Lead agency"],
        ["1. Police to assess risk.", "Risk", "Make the assessment mandatory.", "Police"]])))
    assert [a.action_text for a in titled.actions] == ["Make the assessment mandatory."]
