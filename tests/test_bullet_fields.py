"""A response column of nested bullets: each action at the top level, its fields (``Lead:``,
``Timescale:``, ``Progress``) as labelled bullets under it, whatever markers the reader kept."""
from __future__ import annotations

import re

import pytest

from dhr_extract.normalise.bullet_fields import bullet_lines, cell_blocks, field_label
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.response_column import response_as_action
from tests.test_normalise import document, table

# Word's three levels as a PDF keeps them ("•", "o", "▪" read as "•"), and as a reader that drops them does.
LEVELLED = ("• Add a referral prompt to the form.\no Lead: Hollin Police\no Timescale: Q1 2025/26\no Progress\n"
            "• Complete. The prompt is on the form.\n• Check thirty statements\nfor the referral.\no Lead: Hollin Police\n"
            "o Timescale: Q3 2025/26\no Progress\n• In progress. Twelve checked.")
FLAT = re.sub(r"(?m)^o ", "• ", LEVELLED)


def test_o_is_a_bullet_in_a_bulleted_cell() -> None:
    assert bullet_lines("• Agree a route.\no Lead: ICB\n• Done.") == ["Agree a route.", "Lead: ICB", "Done."]
    assert bullet_lines("o Lead: ICB") == ["Lead: ICB"]
    assert bullet_lines("Agree a route.\no Lead: ICB") == []


@pytest.mark.parametrize(("item", "field"), [
    ("Lead: Hollin Police", ("Lead", "Hollin Police")), ("Timescale: Q1 2025/26", ("Timescale", "Q1 2025/26")),
    ("Progress", ("Progress", "")), ("Progress:", ("Progress", "")),
    ("Complete.", None), ("Add a referral prompt to the form.", None), ("Note: see the policy", None)])
def test_a_field_bullet(item: str, field: tuple[str, str] | None) -> None:
    assert field_label(item) == field


@pytest.mark.parametrize("text", [LEVELLED, FLAT])
def test_each_action_and_its_fields(text: str) -> None:
    blocks, last = cell_blocks(text)
    assert [(b.action, b.fields) for b in blocks] == [
        (["Add a referral prompt to the form."],
         {"Lead": ["Hollin Police"], "Timescale": ["Q1 2025/26"], "Progress": ["Complete. The prompt is on the form."]}),
        (["Check thirty statements for the referral."],
         {"Lead": ["Hollin Police"], "Timescale": ["Q3 2025/26"], "Progress": ["In progress. Twelve checked."]})]
    assert last == "Progress"


def test_a_cell_carried_over_a_page_break_goes_on_under_the_label_above() -> None:
    blocks, last = cell_blocks("• Not started.", carried="Progress")
    assert [(b.action, b.fields) for b in blocks] == [([], {"Progress": ["Not started."]})]
    assert last == "Progress"


@pytest.mark.parametrize(("texts", "roles", "read"), [
    (["Recommendation", "Response"], ["rec", None], ["rec", "action"]),
    (["Recommendation", "Agency response", "Progress"], ["rec", None, "progress"], ["rec", "action", "progress"]),
    # beside an action column a response is the agency's answer, not the action
    (["Recommendation", "Action", "Response"], ["rec", "action", None], ["rec", "action", None]),
    (["Action", "Response"], ["action", None], ["action", None]),
])
def test_a_response_beside_the_recommendation_is_the_action(texts: list[str], roles: list[str | None],
                                                            read: list[str | None]) -> None:
    assert response_as_action(roles, texts) == read


def test_a_response_column_of_nested_bullets_reads_as_actions_with_their_fields() -> None:
    data = document_to_dataset(document(table([
        ["Recommendation", "Response"],
        ["Recommendation 1\nHollin Police to offer a referral.", LEVELLED],
        ["Recommendation 2\nHollin ICB to remind GPs.",
         "• Send a bulletin.\n• Lead: Hollin ICB\n• Timescale: Q1 2025/26\n• Progress\n• Complete. Bulletin sent."]])))
    assert [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Add a referral prompt to the form.", "Hollin Police", "Q1 2025/26"),
        ("1", "Check thirty statements for the referral.", "Hollin Police", "Q3 2025/26"),
        ("2", "Send a bulletin.", "Hollin ICB", "Q1 2025/26")]
    assert [p.progress_text for p in data.progress] == [
        "Complete. The prompt is on the form.", "In progress. Twelve checked.", "Complete. Bulletin sent."]
