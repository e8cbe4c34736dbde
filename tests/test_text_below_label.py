"""A recommendation's number in a full-width row of its own and its text in a full-width row below it,
then its action rows (``normalise/text_below_label.py``, ``plan_evidence.labels_action_rows``)."""
from __future__ import annotations

from dhr_extract.model import Cell
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.plan_evidence import is_action_plan
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import LEFT, document, section, table

HEADER = ["Ref", "Action", "Lead agency", "Target date", "Progress"]
SHADE = "#dde4ee"


def number_row(label: str) -> list[str | Cell]:
    """The label alone in the first cell, the rest of the row one empty merged cell (Word's layout)."""
    return [Cell(label, "", SHADE), Cell("", "", SHADE), LEFT, LEFT, LEFT]


def empty_number_row(label: str) -> list[str | Cell]:
    """The label alone in the first cell, the other cells empty (a borderless print read cell by cell)."""
    return [label, "", "", "", ""]


def plan_rows(opening=number_row) -> list[list[str | Cell]]:  # type: ignore[no-untyped-def]
    return [
        HEADER,
        opening("Recommendation 1"),
        section("Harbourside Housing to set up a single point of contact for tenancy officers.", 5),
        ["", "Name a contact in each area office.", "Harbourside Housing", "31/01/2026", "Complete. Named."],
        ["", "Publish the contact list on the intranet.", "Harbourside Housing", "28/02/2026", "Not started."],
        opening("Recommendation 2"),
        section("The GP practices to ask about home life at every antenatal contact.", 5),
        ["", "Add a prompt to the antenatal template.", "North Vale GP Federation", "30/04/2026", "In progress."],
    ]


def test_number_row_with_the_text_below_is_a_plan() -> None:
    plan = table(plan_rows())
    header = find_header(plan)
    assert header is not None and header.roles == ("number", "action", "agency", "target", "progress")
    assert is_action_plan([(plan, header)])


def test_number_row_with_the_text_below_reads_each_recommendation_and_its_actions() -> None:
    for opening in (number_row, empty_number_row):
        data = document_to_dataset(document(table(plan_rows(opening))))
        assert [(r.rec_number, r.rec_text, r.owner) for r in data.recommendations] == [
            ("1", "Harbourside Housing to set up a single point of contact for tenancy officers.", ""),
            ("2", "The GP practices to ask about home life at every antenatal contact.", "")]
        assert [(a.rec_number, a.action_text, a.agency) for a in data.actions] == [
            ("1", "Name a contact in each area office.", "Harbourside Housing"),
            ("1", "Publish the contact list on the intranet.", "Harbourside Housing"),
            ("2", "Add a prompt to the antenatal template.", "North Vale GP Federation")]
        assert data.residue == []


def test_a_short_heading_after_the_text_is_no_part_of_it() -> None:
    """A second full-width row of a few words with no sentence's end heads the actions under it (their
    section): it is not more of the recommendation's text."""
    rows = plan_rows()[:3] + [section("Housing team", 5)] + plan_rows()[3:5]
    data = document_to_dataset(document(table(rows)))
    rec = data.recommendations[0]
    assert rec.rec_text == "Harbourside Housing to set up a single point of contact for tenancy officers."
    assert [a.action_text for a in data.actions] == ["Name a contact in each area office.",
                                                     "Publish the contact list on the intranet."]


def test_an_agenda_number_over_notes_and_actions_is_no_plan() -> None:
    """A meeting's numbered item ("3.") alone in a row, its notes across the table, then an action log:
    the number names no recommendation, so nothing says the table holds one."""
    log = table([["No.", "Action", "Owner", "Due date", "Status"],
                 ["3.", "", "", "", ""],
                 section("The panel discussed the draft chronology and agreed the next steps.", 5),
                 ["", "Circulate the revised chronology.", "Panel chair", "31/10/2025", "Open"]])
    header = find_header(log)
    assert header is not None and not is_action_plan([(log, header)])
    assert document_to_dataset(document(log)).recommendations == []
