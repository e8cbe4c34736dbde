"""A plan's acceptance column (``Accepted? Y/N``) says whether each recommendation was accepted."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.acceptance import read_acceptance
from dhr_extract.normalise.headers import header_role
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import ABOVE, document, table


@pytest.mark.parametrize(("header", "role"), [
    ("Accepted? Y/N", "acceptance"), ("Agreed (Y/N)", "acceptance"), ("Accepted / Not accepted", "acceptance"),
    ("Agreed by agency", "acceptance"), ("Recommendation accepted?", "acceptance"), ("Accepted\nY/N", "acceptance"),
    # agreed actions, a date agreed and a lead agency are other columns
    ("Agreed actions", "action"), ("Date agreed", None), ("Lead agency", "agency"),
])
def test_acceptance_header(header: str, role: str | None) -> None:
    assert header_role(header) == role


@pytest.mark.parametrize(("text", "coded"), [
    ("Y", "accepted"), ("Yes", "accepted"), ("Accepted", "accepted"), ("Agreed - with changes", "accepted"),
    ("N", "rejected"), ("No", "rejected"), ("Not accepted", "rejected"), ("Rejected", "rejected"),
    ("Partially", "partly"), ("Part accepted", "partly"),
    ("", ""), ("See the board minutes", ""), ("Nationally", ""),
])
def test_read_acceptance(text: str, coded: str) -> None:
    assert read_acceptance(text) == coded


def test_acceptance_column_is_read_per_recommendation_not_residue() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Accepted? Y/N", "Action", "Lead agency", "Target date"],
        ["R1", "Police to treat stalking as abuse.", "Y", "Amend the guidance.", "Police", "30/04/2025"],
        [ABOVE, ABOVE, ABOVE, "Train the officers.", "Police", "30/09/2025"],
        ["R2", "Probation to attend every MARAC.", "N", "Explain to the board.", "Probation", "31/05/2025"],
    ])))
    assert [(r.rec_number, r.acceptance, r.acceptance_text) for r in data.recommendations] == [
        ("1", "accepted", "Y"), ("2", "rejected", "N")]
    assert data.residue == []


def test_a_plan_without_an_acceptance_column_leaves_it_empty() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Action", "Lead agency"],
        ["R1", "Police to treat stalking as abuse.", "Amend the guidance.", "Police"],
    ])))
    assert [(r.acceptance, r.acceptance_text) for r in data.recommendations] == [("", "")]
