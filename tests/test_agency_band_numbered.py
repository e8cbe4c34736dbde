"""Recommendations numbered within each agency ("Police 1", "Police 2", "Council 1") under agency bands."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.labels import numbered_within_names, split_named_label
from dhr_extract.normalise.parts import rec_sort_key
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import ABOVE, document, section, table

HEADER = ["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"]


@pytest.mark.parametrize(("text", "label", "rest"), [
    ("Police 1", "Police 1", ""), ("ICB 3.", "ICB 3", ""),
    ("Children's Services 2", "Children's Services 2", ""),
    ("Council 2: Marrowby Borough Council to write", "Council 2", "Marrowby Borough Council to write"),
    ("Health 1\nThe trust to ask", "Health 1", "The trust to ask"),
    # a numbered word, a sentence, a bare number: no agency label
    ("Action 1", None, "Action 1"), ("Update 2", None, "Update 2"), ("the police 1", None, "the police 1"),
    ("12", None, "12")])
def test_an_agency_name_and_a_number_read_as_a_label(text: str, label: str | None, rest: str) -> None:
    found, after = split_named_label(text)
    assert (found.number if found else None, after) == (label, rest)
    assert found is None or found.label == found.number  # the number is the label as written


def test_a_plan_numbers_within_agencies_only_when_each_name_counts_from_one() -> None:
    assert numbered_within_names(["Police 1", "Police 2", "Council 1", "Council 2", "Health 1"])
    assert numbered_within_names(["Police 1", "Council 1", "Police 2"])  # interleaved, each counting on
    assert not numbered_within_names(["Step 1", "Step 2", "Step 3"])  # one name: a sequence
    assert not numbered_within_names(["Police 1", "Police 3", "Council 1"])  # a gap
    assert not numbered_within_names(["Police 2", "Council 1"])  # not from one
    assert not numbered_within_names(["Police 1", "Council 1", "3"])  # not throughout
    assert not numbered_within_names([])


def test_labels_numbered_within_agencies_sort_by_agency_then_number() -> None:
    labels = ["Police 10", "Council 1", "Police 2", "Police 1"]
    assert sorted(labels, key=lambda n: rec_sort_key(n, 0)) == ["Council 1", "Police 1", "Police 2", "Police 10"]


def agency_band_table() -> list[list]:
    return [
        HEADER,
        section("Marrowby Police", 6),
        ["Police 1", "Police to record the DASH outcome.", "Add a field", "Police", "30/09/2025", "Complete."],
        [ABOVE, ABOVE, "Audit thirty records", "Police", "31/03/2026", "In progress."],
        ["Police 2", "Police to refer high-risk victims.", "Set a standard", "Police", "31/10/2025", "Complete."],
        section("Marrowby Borough Council", 6),
        ["Council 1", "The council to train housing officers.", "Deliver training", "Council", "31/12/2025",
         "Not started."],
        ["Council 2", "The council to write to the family.", "Write the letter", "Council", "31/08/2025",
         "Complete."],
    ]


def test_recommendations_numbered_within_agency_bands_keep_their_labels() -> None:
    data = document_to_dataset(document(table(agency_band_table())))
    recs = data.recommendations
    assert [(r.rec_number, r.rec_label, r.owner) for r in recs] == [
        ("Police 1", "Police 1", "Marrowby Police"), ("Police 2", "Police 2", "Marrowby Police"),
        ("Council 1", "Council 1", "Marrowby Borough Council"), ("Council 2", "Council 2", "Marrowby Borough Council")]
    assert [r.rec_text for r in recs][0] == "Police to record the DASH outcome."
    assert len({r.rec_id for r in recs}) == 4  # "Police 1" and "Council 1" are two recommendations
    assert [a.rec_number for a in data.actions] == ["Police 1", "Police 1", "Police 2", "Council 1", "Council 2"]
    assert not [w for w in data.warnings if "more than once" in w.message]


def test_one_agency_numbered_alone_is_not_read_as_labels() -> None:
    rows = [r for r in agency_band_table()[:5]]  # "Police 1", "Police 2" only: no second name counts afresh
    data = document_to_dataset(document(table(rows)))
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]


def test_with_no_number_column_the_label_opening_the_recommendation_cell_is_read() -> None:
    data = document_to_dataset(document(table([
        ["Recommendation", "Action", "Lead", "Target date", "Progress"],
        ["Police 1: Police to record the DASH outcome.", "Add a field", "Police", "30/09/2025", "Complete."],
        ["ICB 1: The ICB to ask about safety.", "Issue guidance", "ICB", "31/10/2025", "Not started."],
        ["ICB 2: The ICB to audit the guidance.", "Audit", "ICB", "31/12/2025", "Not started."],
    ])))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("Police 1", "Police to record the DASH outcome."), ("ICB 1", "The ICB to ask about safety."),
        ("ICB 2", "The ICB to audit the guidance.")]
