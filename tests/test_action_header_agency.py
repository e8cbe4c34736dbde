"""A table per agency, the agency named only in the action column's header ("Kestlewick Police actions"):
each action of the table is that agency's unless its row names its own."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.header_agency import agency_in_header
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("header", "agency"), [
    ("Kestlewick Police actions", "Kestlewick Police"),
    ("Actions for the Kestlewick City Council", "Kestlewick City Council"),
    ("Kestlewick Mental Health Trust response", "Kestlewick Mental Health Trust"),
    # no organisation: an adjective, a role word, the bare heading
    ("Agreed actions", ""),
    ("Recommended Actions", ""),
    ("Lead agency actions", ""),
    ("Multi-Agency actions", ""),
    ("Agency response", ""),
    ("Actions", ""),
])
def test_the_agency_an_action_header_names(header: str, agency: str) -> None:
    assert agency_in_header(header) == agency


def test_each_action_of_a_table_takes_the_agency_its_action_header_names() -> None:
    data = document_to_dataset(document(
        table([["No.", "Recommendation", "Kestlewick Police actions", "Target date", "Progress"],
               ["1", "Police to check the firearms record.", "Link the record to the incident system.",
                "31/03/2025", "Complete."],
               ["", "", "Brief officers on the check.", "30/06/2025", "In progress."]]),
        table([["No.", "Recommendation", "Kestlewick City Council actions", "Lead agency", "Target date"],
               ["2", "The council to give tenancy advice.", "Write a leaflet.", "", "31/05/2025"],
               ["", "", "Train housing officers.", "Kestlewick Housing Trust", "31/10/2025"]], index=1)))
    assert [(a.rec_number, a.action_text, a.agency) for a in data.actions] == [
        ("1", "Link the record to the incident system.", "Kestlewick Police"),
        ("1", "Brief officers on the check.", "Kestlewick Police"),
        ("2", "Write a leaflet.", "Kestlewick City Council"),
        ("2", "Train housing officers.", "Kestlewick Housing Trust")]
