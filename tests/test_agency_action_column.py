"""An "Agency and action" column: the agency a line at the top of each action cell, the action under it."""
from __future__ import annotations

import pytest

from dhr_extract.model import WarningCode
from dhr_extract.normalise.agency_action_column import (action_agency, agency_action_header, agency_action_split,
                                                        agency_and_action, bracketed_agency, marked_split,
                                                        run_on_split)
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import ABOVE, document, table

HEADER = ["Rec", "Recommendation", "Agency and action", "Timescale", "Progress"]


@pytest.mark.parametrize(("text", "names"), [
    ("Agency and action", ("Agency", "action")), ("Lead agency / action", ("Lead agency", "action")),
    ("Agency & actions", ("Agency", "actions")),
    ("Action and agency", None), ("Recommendation and actions", None), ("Action", None)])
def test_a_header_naming_the_agency_then_the_action(text: str, names: tuple[str, str] | None) -> None:
    assert agency_action_header(text) == names


@pytest.mark.parametrize(("text", "agency", "action"), [
    ("Ravensford Police\nRefer every victim to the IDVA.", "Ravensford Police", "Refer every victim to the IDVA."),
    ("Children's Services\nRevise the guidance.\nPublish it.", "Children's Services",
     "Revise the guidance.\nPublish it."),
    # a first line that is a sentence, or a cell of one line, is the action alone
    ("Refer every victim to the IDVA.\nBrief the officers.", "",
     "Refer every victim to the IDVA.\nBrief the officers."),
    ("Refer every victim to the IDVA.", "", "Refer every victim to the IDVA.")])
def test_the_first_line_is_the_agency_when_it_names_one(text: str, agency: str, action: str) -> None:
    assert agency_and_action(text, frozenset(), run_on=False) == (agency, action)


@pytest.mark.parametrize(("text", "known", "split"), [
    ("Ravensford IDVA Service Offer a call within two days.", (),
     ("Ravensford IDVA Service", "Offer a call within two days.")),
    ("Ravensford Council Tell licensing staff.", (), ("Ravensford Council", "Tell licensing staff.")),
    ("Ravensford Police Ensure DASH training is given.", (), ("Ravensford Police", "Ensure DASH training is given.")),
    ("Greyhaven Women Offer support.", ("Greyhaven Women",), ("Greyhaven Women", "Offer support.")),
    # no run of capitalised words that ends as an agency's name does
    ("Refer every victim to the IDVA.", (), None), ("Review The Process today.", (), None)])
def test_an_agency_run_into_the_action_on_one_line(text: str, known: tuple[str, ...],
                                                     split: tuple[str, str] | None) -> None:
    assert run_on_split(text, frozenset(known)) == split


def test_the_column_is_read_as_an_agency_column_and_an_action_column() -> None:
    data = document_to_dataset(document(table([
        HEADER,
        ["1", "Agencies to discuss withdrawal with an IDVA.", "Ravensford Police\nRefer every withdrawing victim.",
         "30/06/2025", "Complete."],
        [ABOVE, ABOVE, "Ravensford IDVA Service Offer a call within two days.", "30/09/2025", "In progress."],
        ["2", "The trust to record who accompanies a patient.", "Ravensford Hospital Trust\nAdd a field.",
         "31/12/2025", "Not started."],
    ])))
    assert [(a.agency, a.action_text) for a in data.actions] == [
        ("Ravensford Police", "Refer every withdrawing victim."),
        ("Ravensford IDVA Service", "Offer a call within two days."),
        ("Ravensford Hospital Trust", "Add a field.")]
    assert WarningCode.AGENCY_COLUMN_EMPTY not in {w.code for w in data.warnings}
    assert not data.residue


def test_one_line_cells_are_not_split_where_the_column_does_not_give_the_agency_its_own_line() -> None:
    cells = ["Ravensford Police Refer every victim.", "Ravensford Council Tell licensing staff.",
             "Ravensford ICB\nRemind GPs."]
    split = agency_action_split([table([HEADER, *(["1", "Agencies to act.", c, "2025", ""] for c in cells)])])[0]
    assert [row.texts[2:4] for row in split.rows[1:]] == [
        ["", cells[0]], ["", cells[1]], ["Ravensford ICB", "Remind GPs."]]


def test_a_table_with_its_own_lead_agency_column_keeps_the_column_whole() -> None:
    plain = table([["No.", "Recommendation", "Agency and action", "Lead agency", "Progress"],
                   ["1", "Police to act.", "Ravensford Police\nRefer every victim.", "Police", ""]])
    assert agency_action_split([plain]) == [plain]


@pytest.mark.parametrize(("text", "split"), [
    ("Thornbury Vale Police – Change the closure rule.", ("Thornbury Vale Police", "Change the closure rule.")),
    ("Thornbury Vale ICB — Ask every practice.", ("Thornbury Vale ICB", "Ask every practice.")),
    ("Thornbury Vale District Council - Amend the policy.", ("Thornbury Vale District Council", "Amend the policy.")),
    ("Children's Social Care: Audit the referrals.", ("Children's Social Care", "Audit the referrals.")),
    ("Thornbury Vale CSP –\nRun a campaign.\nSurvey staff.", ("Thornbury Vale CSP", "Run a campaign.\nSurvey staff.")),
    ("MARAC – Review the cases.", ("MARAC", "Review the cases.")),
    # an action that opens with a word and a dash, a form's acronym, a hyphenated word, no mark on the first line
    ("Review – the closure rule is kept.", None), ("DASH – complete one at every incident.", None),
    ("Re-train the call handlers.", None), ("Ravensford Police\nChange the rule – now.", None),
    ("Change the rule so no incident closes without a DASH.", None)])
def test_an_agency_marked_off_from_the_action_by_a_dash_or_colon(text: str, split: tuple[str, str] | None) -> None:
    assert marked_split(text, frozenset()) == split


def test_a_lead_agency_and_action_column_with_dashes_is_split_in_every_cell() -> None:
    # "Lead agency and action" reads as an agency header itself: the column is still read as two, and the
    # cells mix an agency before a dash with an agency on its own line and an action with no agency
    header = ["No.", "Recommendation", "Lead agency and action", "Target", "Progress"]
    cells = ["Thornbury Vale Police – Change the closure rule.", "Thornbury Vale ICB\nAsk every practice.",
             "Review – the allocations policy is kept.", "Thornbury Vale CSP: Run a campaign."]
    split = agency_action_split([table([header, *(["1", "Agencies to act.", c, "2025", ""] for c in cells)])])[0]
    assert split.rows[0].texts[2:4] == ["Lead agency", "action"]
    assert [row.texts[2:4] for row in split.rows[1:]] == [
        ["Thornbury Vale Police", "Change the closure rule."], ["Thornbury Vale ICB", "Ask every practice."],
        ["", "Review – the allocations policy is kept."], ["Thornbury Vale CSP", "Run a campaign."]]


def test_no_action_is_left_empty_with_its_text_as_the_agency() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Lead agency and action", "Target", "Progress"],
        ["1", "The police to complete a DASH.", "Thornbury Vale Police – Change the closure rule.", "31/05/2025",
         "Complete."],
        [ABOVE, ABOVE, "Review – the closure rule is kept under review.", "31/03/2026", "In progress."],
    ])))
    assert [(a.agency, a.action_text) for a in data.actions] == [
        ("Thornbury Vale Police", "Change the closure rule."), ("", "Review – the closure rule is kept under review.")]


@pytest.mark.parametrize(("text", "found"), [
    ("Send a weekly list to the control room. (Kestlebury Police)",
     ("Kestlebury Police", "Send a weekly list to the control room.")),
    ("Run a social media campaign on the scheme. (Kestlebury CSP)",
     ("Kestlebury CSP", "Run a social media campaign on the scheme.")),
    ("Refer the case to the conference (MARAC)", None),  # an acronym spelling out the words before it
    ("Review the policy (see recommendation 3).", None),
    ("Train the staff (all of them).", None),
])
def test_an_agency_in_brackets_closing_the_action(text: str, found: tuple[str, str] | None) -> None:
    assert bracketed_agency(text) == found


def test_a_bracketed_agency_is_read_only_where_no_cell_gives_one() -> None:
    text = "Flag the addresses on the dispatch system. (Kestlebury Ambulance Service)"
    assert action_agency(text, "") == ("Kestlebury Ambulance Service", "Flag the addresses on the dispatch system.")
    assert action_agency(text, "Kestlebury Police") == ("", text)
    assert action_agency("POLICE: Review all cases.", "") == ("POLICE", "Review all cases.")
