"""An "Action owner" column names who owns the action: the agency.  A cell signing the action off as a
person, a job title and the organisation on lines of their own gives the organisation as the agency."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell
from dhr_extract.normalise.agency_split import labelled_lead, organisation_lines
from dhr_extract.normalise.headers import header_role
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize("text", ["Action owner (name, role, agency)", "Action owner", "Owner"])
def test_an_owner_column_is_the_agency_column(text: str) -> None:
    assert header_role(text) == "agency"


def test_a_recommendation_owner_column_alone_gives_the_owner_and_each_action_s_agency() -> None:
    """"Recommendation owner" names the recommendation's owner (as a Theme column does); with no action
    lead column beside it, the owner is its actions' agency too."""
    assert header_role("Recommendation owner") == "section"
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Recommendation owner", "Action", "Target"],
        ["1", "Police to tell victims of releases.", "Brackenford Police", "Add a release task.", "May 2024"],
        ["2", "The Trust to ask about safety.", "Brackenford NHS Foundation Trust", "Add the question.", "Ongoing"],
    ])))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("1", "Brackenford Police"), ("2", "Brackenford NHS Foundation Trust")]
    assert [(a.rec_number, a.agency) for a in data.actions] == [
        ("1", "Brackenford Police"), ("2", "Brackenford NHS Foundation Trust")]


@pytest.mark.parametrize(("cell", "agency"), [
    ("Amira Shah\nNamed Nurse Safeguarding Adults\nHollinsby NHS Foundation Trust", "Hollinsby NHS Foundation Trust"),
    ("DCI Owen Marsh\nHead of Public Protection\nHollinsby Police", "Hollinsby Police"),
    ("Dr Simon Reyes\nClinical Lead\nHollinsby Drug and Alcohol Service", "Hollinsby Drug and Alcohol Service"),
    ("Leanne Oduya\nCSP Coordinator\nHollinsby CSP", "Hollinsby CSP"),
    # kept as written: agencies only, one line, a line that is neither a person, a role nor an organisation
    ("Police\nProbation", "Police\nProbation"),
    ("Amira Shah", "Amira Shah"),
    ("Gareth Lowe\nRevenues Manager Hollinsby Borough Council", "Gareth Lowe\nRevenues Manager Hollinsby Borough Council"),
    ("North Warwickshire Clinical\nCommissioning Group", "North Warwickshire Clinical\nCommissioning Group"),
    # a place's name before a known body is no person's name
    ("Silverbeck Police\nSilverbeck Citizens Advice", "Silverbeck Police\nSilverbeck Citizens Advice"),
])
def test_the_organisation_line_of_a_person_role_and_organisation_is_the_agency(cell: str, agency: str) -> None:
    assert organisation_lines(cell) == agency


def test_an_action_owner_column_of_three_line_cells_gives_the_organisation_as_agency() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Action owner (name, role, agency)", "Target", "Progress"],
        ["1", "Police to tell victims of releases.", "Add a release task to the custody record.",
         "DS Kerry Ames\nCustody Review Sergeant\nBrackenford Police", "Completed May 2024", "Complete."],
        ["2", "The Trust to ask about safety at home.", "Add the question to the triage record.",
         "Amira Shah\nNamed Nurse\nBrackenford NHS Foundation Trust", "Ongoing", "In progress."],
    ])))
    assert [(a.rec_number, a.action_text, a.agency) for a in data.actions] == [
        ("1", "Add a release task to the custody record.", "Brackenford Police"),
        ("2", "Add the question to the triage record.", "Brackenford NHS Foundation Trust")]
    assert [(r.row, r.text, r.reason) for r in data.residue] == [  # the person signing it off is kept
        (2, "DS Kerry Ames\nCustody Review Sergeant", "agency_signatory"),
        (3, "Amira Shah\nNamed Nurse", "agency_signatory")]


def test_a_signatory_merged_down_over_several_actions_is_kept_once() -> None:
    above = Cell("", "above")
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Action owner (name, role, agency)", "Target", "Progress"],
        ["1", "Police to tell victims of releases.", "Add a release task.",
         "DS Kerry Ames\nCustody Review Sergeant\nBrackenford Police", "May 2024", "Complete."],
        [above, above, "Audit the task.", above, "June 2024", "Open."],
    ])))
    assert [a.agency for a in data.actions] == ["Brackenford Police", "Brackenford Police"]
    assert [(r.row, r.text) for r in data.residue] == [(2, "DS Kerry Ames\nCustody Review Sergeant")]


@pytest.mark.parametrize(("cell", "lead"), [
    ("Lead: Harlow Vale Police\nSupporting: IDVA service, Children's Services", "Harlow Vale Police"),
    ("Lead: Harlow Vale Integrated Care\nBoard\nSupporting: Patient app\nsupplier", "Harlow Vale Integrated Care Board"),
    ("Lead agency: Harlow Vale CSP", "Harlow Vale CSP"),
    ("Led by - Education\nPartners: Police", "Education"),
    ("Lead: Police\nLead: Education", None),  # two leads: the cell is read as it is
    ("Harlow Vale Police", None),
])
def test_a_lead_named_after_a_label_is_the_agency_without_its_supporters(cell: str, lead: str | None) -> None:
    assert labelled_lead(cell) == lead


def test_the_supporting_agencies_of_a_labelled_lead_are_kept_as_residue() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Action", "Lead and supporting agencies", "Target date", "Progress"],
        ["1", "Police to refer victims.", "Add the referral to the checklist.",
         "Lead: Harlow Vale Police\nSupporting: IDVA service, Children's Services", "31.03.2026", "Complete."],
        ["2", "The council to publish.", "Publish the guide.", "Lead: Harlow Vale Council", "30.06.2026", "Not started."],
    ])))
    assert [a.agency for a in data.actions] == ["Harlow Vale Police", "Harlow Vale Council"]
    assert [(r.row, r.text, r.reason) for r in data.residue] == [
        (2, "Supporting: IDVA service, Children's Services", "supporting_agencies")]
