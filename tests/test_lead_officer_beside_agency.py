"""A named officer's column beside the agency column: the agency is who must act, the officer is kept in
the residue (the model has no field for a person), never glued into the agency."""
from __future__ import annotations

import pytest

from dhr_extract.model import ResidueReason, WarningCode
from dhr_extract.normalise.headers import officers_beside_agency
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("texts", "roles"), [
    # beside a column headed as the agency, the person's column keeps no role
    (["Lead officer", "Agency"], [None, "agency"]),
    (["Lead agency", "Responsible officer"], ["agency", None]),
    (["Person responsible", "Organisation"], [None, "agency"]),
    # alone, the person's column is the agency; two agency columns with no person stay as they are
    (["Person responsible"], ["agency"]),
    (["Lead officer"], ["agency"]),
    (["Lead agency", "Agencies"], ["agency", "agency"]),
    # the partners working with the lead agency are no more its agency than its officer (test_partner_column)
    (["Lead agency", "Partner agencies"], ["agency", None]),
])
def test_a_person_beside_an_agency_column_is_not_the_agency(texts: list[str], roles: list[str]) -> None:
    assert officers_beside_agency(["agency"] * len(texts), texts) == roles


def test_the_lead_officer_goes_to_the_residue_and_the_agency_column_is_the_agency() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Action", "Lead officer", "Agency", "Target date", "Progress"],
        ["1", "Police to review declined risk assessments.", "Add a supervisor review task.",
         "DI Sarah Okafor, Public Protection", "Brackenford Police", "31/05/2025", "Complete."],
        ["2", "The ICB to train GP receptionists.", "Commission an e-learning module.",
         "Dr Ian Pryce, Named GP", "Brackenford ICB", "30/09/2025", "In progress."],
    ])))
    assert [(a.rec_number, a.action_text, a.agency) for a in data.actions] == [
        ("1", "Add a supervisor review task.", "Brackenford Police"),
        ("2", "Commission an e-learning module.", "Brackenford ICB")]
    assert [(r.column_header, r.text, r.reason) for r in data.residue] == [
        ("Lead officer", "DI Sarah Okafor, Public Protection", ResidueReason.UNMAPPED_COLUMN),
        ("Lead officer", "Dr Ian Pryce, Named GP", ResidueReason.UNMAPPED_COLUMN)]
    assert [w.code for w in data.warnings] == [WarningCode.COLUMN_NOT_MODELLED]
