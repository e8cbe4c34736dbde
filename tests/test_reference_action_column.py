"""A column headed "Action" holding only the actions' short references ("A1", "A2"), beside a column
headed as what will be done: the references are the actions' references, the other column their text."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.headers import find_header, header_role
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.reference_columns import is_reference_code
from tests.test_normalise import document, table

ACTIONS = [["Action", "Rec no.", "Lead agency", "What we will do", "By", "Update"],
           ["A1", "1", "Fellbridge Council", "Train the team to spot signs of abuse.", "By 31/10/2025", "In progress."],
           ["A2", "2", "Fellbridge Police", "Add a screening question.", "By 30/06/2025", "Complete."]]


@pytest.mark.parametrize(("header", "role"), [
    ("What we will do", "action"), ("What will be done", "action"), ("Planned activity", "action"),
    ("Planned activities", "action")])
def test_what_will_be_done_heads_the_action(header: str, role: str) -> None:
    assert header_role(header) == role


@pytest.mark.parametrize(("text", "code"), [
    ("A1", True), ("AP 3.1", True), ("1.2a", True), ("12", True),
    ("Train the team.", False), ("A1 and A2", False)])
def test_a_short_reference_code(text: str, code: bool) -> None:
    assert is_reference_code(text) is code


def test_a_column_of_references_headed_action_is_the_action_reference() -> None:
    header = find_header(table(ACTIONS))
    assert header is not None
    assert header.roles == ("action_ref", "number", "agency", "action", "target", "progress")


def test_an_action_column_of_text_stays_the_action_beside_another() -> None:
    rows = [["Action", "What we will do"], ["Train the team.", "Book the sessions."]]
    header = find_header(table([["Recommendation", *rows[0]], ["Train staff.", *rows[1]]]))
    assert header is not None
    assert header.roles == ("rec", "action", "action")


def test_the_actions_take_the_text_of_what_will_be_done() -> None:
    data = document_to_dataset(document(
        table([["No.", "Recommendation"], ["1", "The council to train staff."], ["2", "Police to screen referrals."]]),
        table(ACTIONS, index=1)))
    assert [(a.rec_number, a.action_text, a.agency) for a in data.actions] == [
        ("1", "Train the team to spot signs of abuse.", "Fellbridge Council"),
        ("2", "Add a screening question.", "Fellbridge Police")]
