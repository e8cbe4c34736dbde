"""A revised target column beside the original one: the revised date is the target, the original the fallback."""
from __future__ import annotations

import pytest

from dhr_extract.model import ResidueReason
from dhr_extract.normalise.headers import superseded_targets
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("texts", "roles"), [
    (["Initial deadline", "Amended deadline"], ["original_target", "target"]),
    (["Target date", "New target date"], ["target", "target"]),  # no column named the original
    (["Original timescale"], ["target"]),  # nothing replaced it
    (["Originaldate", "Reviseddate"], ["original_target", "target"]),  # a narrow column lost its spaces
])
def test_an_original_target_beside_a_revised_one_is_no_second_target(texts: list[str], roles: list[str]) -> None:
    assert superseded_targets(["target"] * len(texts), texts) == roles


def test_the_revised_date_is_the_target_and_the_original_stands_where_none_is_given() -> None:
    data = document_to_dataset(document(table([
        ["No", "Recommendation", "Action", "Lead", "Initial deadline", "Amended deadline", "Update"],
        ["1", "Health visitors to ask about abuse at every visit.", "Add the question to the checklist.",
         "Health Visiting", "01/04/2024", "01/09/2024", "Question added."],
        ["", "", "Audit the checklists.", "Health Visiting", "01/12/2024", "", "Not started."],
    ])))
    assert [a.target_date_text for a in data.actions] == ["01/09/2024", "01/12/2024"]
    assert [(r.column_header, r.text, r.reason) for r in data.residue] == [
        ("Initial deadline", "01/04/2024", ResidueReason.UNMAPPED_COLUMN)]
