"""An outcome measure says what an action should achieve: never its progress, and beside an evidence
column not its evidence either."""
from __future__ import annotations

import pytest

from dhr_extract.model import ResidueReason, WarningCode
from dhr_extract.normalise.headers import header_role, outcomes_beside_evidence
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("text", "role"), [
    ("Outcome measure", "evidence"), ("Outcome measures", "evidence"), ("Measure of success", "evidence"),
    ("Success measure", "evidence"), ("Success measures", "evidence"),
    # an outcome reported is still progress
    ("Outcome", "progress"), ("Outcomes", "progress")])
def test_an_outcome_measure_is_no_progress(text: str, role: str) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize(("texts", "roles"), [
    # beside a column headed as the evidence, the outcome sought keeps no role
    (["Outcome measure", "Evidence"], [None, "evidence"]),
    (["Expected outcome", "Evidence of completion"], [None, "evidence"]),
    # alone, or beside other evidence-like columns not headed so, it stays the evidence
    (["Outcome measure"], ["evidence"]),
    (["Milestones", "Measure of success"], ["evidence", "evidence"]),
])
def test_an_outcome_sought_beside_an_evidence_column_is_not_evidence(texts: list[str], roles: list[str]) -> None:
    assert outcomes_beside_evidence(["evidence"] * len(texts), texts) == roles


def test_the_outcome_measure_goes_to_the_residue_and_each_action_has_one_progress_record() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Lead", "Outcome measure", "Evidence", "Due", "Progress"],
        ["1", "Police to improve call handling.", "Introduce a question set.", "Police",
         "All call handlers use the new script.", "Call handling script v3", "31/03/2025",
         "Complete. In use since March 2025."],
    ])))
    assert [(p.column_header, p.progress_text) for p in data.progress] == [
        ("Progress", "Complete. In use since March 2025.")]
    assert [a.evidence_text for a in data.actions] == ["Call handling script v3"]
    assert [(r.column_header, r.reason) for r in data.residue] == [("Outcome measure", ResidueReason.UNMAPPED_COLUMN)]
    assert [w.code for w in data.warnings] == [WarningCode.COLUMN_NOT_MODELLED]
