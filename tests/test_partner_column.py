"""A "Partner(s)" column names the agencies that act: it is the agency column.  A cell naming several
(``A / B``, ``A, B``) keeps them all as written; the first named leads (the canonical agency).  Beside a
lead agency's own column, the partners' column names those working with it: kept in residue."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.headers import header_role
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize("text", ["Partner(s)", "Partners", "Partner", "Partner agencies", "Partner organisations",
                                  "Key partners", "Lead partner", "Partner\n(s)"])
def test_a_partners_column_is_the_agency_column(text: str) -> None:
    assert header_role(text) == "agency"


@pytest.mark.parametrize(("text", "role"), [
    ("Partnership", None), ("Partnership response", None), ("Partners' comments", "progress"),
    ("Partner update", "progress")])
def test_a_partnership_or_a_partners_update_is_no_agency_column(text: str, role: str | None) -> None:
    assert header_role(text) == role


def test_a_partners_column_gives_each_action_its_agencies_the_first_leading() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Partner(s)", "Target date", "Progress"],
        ["1", "Agencies to share information about a change in the household.", "Agree a notification route.",
         "Ravensford Police / Ravensford ICB", "31/03/2025", "Complete."],
        ["2", "The council to train officers on the route.", "Train housing officers.",
         "Ravensford Borough Council, Ravensford Police", "30/09/2025", "In progress."],
    ])))
    assert [(a.agency, a.agency_canonical) for a in data.actions] == [
        ("Ravensford Police / Ravensford ICB", "Ravensford Police"),
        ("Ravensford Borough Council, Ravensford Police", "Ravensford Borough Council")]
    assert [(a.agency_seq, a.agency_text) for a in data.action_agencies] == [
        (1, "Ravensford Police"), (2, "Ravensford ICB"), (1, "Ravensford Borough Council"), (2, "Ravensford Police")]
    assert not [w for w in data.warnings if w.code.name == "AGENCY_COLUMN_EMPTY"]


@pytest.mark.parametrize("partners", ["Partner agencies", "Partners", "Key partners"])
def test_a_partners_column_beside_the_lead_agency_column_is_kept_in_residue(partners: str) -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Lead agency", partners, "Target date", "Progress"],
        ["1", "Agencies to share information about a change in the household.", "Agree a notification route.",
         "Ravensford Police", "Ravensford ICB", "31/03/2025", "Complete."],
    ])))
    assert [a.agency for a in data.actions] == ["Ravensford Police"]
    assert [(r.column_header, r.text) for r in data.residue] == [(partners, "Ravensford ICB")]
    assert [w.code.name for w in data.warnings] == ["COLUMN_NOT_MODELLED"]
