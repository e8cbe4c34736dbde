"""An actions cell written as a bullet list holds one action per bullet."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.bullet_actions import bullet_items
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("text", "items"), [
    ("• Issue body-worn video.\n• Add a prompt to the log.", ["Issue body-worn video.", "Add a prompt to the log."]),
    # a wrapped line belongs to its bullet
    ("• Issue body-worn video to every\nresponse officer.\n• Brief supervisors.",
     ["Issue body-worn video to every response officer.", "Brief supervisors."]),
    # one bullet, or words before the bullets (steps of one action), is no list of actions
    ("• Issue body-worn video.", []),
    ("Review the policy to cover:\n• stalking\n• coercive control", []),
])
def test_bullet_items(text: str, items: list[str]) -> None:
    assert bullet_items(text) == items


def test_each_bullet_is_an_action_sharing_the_rows_agency_target_and_progress() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Actions", "Lead agency", "Target date", "Progress"],
        ["1", "Police to improve evidence gathering.", "• Issue body-worn video.\n• Brief supervisors.",
         "Police", "31/03/2025", "Complete. Both done by March 2025."],
        ["2", "Council to revise transfers.", "Rewrite the procedure.", "Council", "30/06/2026", "Not started."],
    ])))
    assert [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Issue body-worn video.", "Police", "31/03/2025"),
        ("1", "Brief supervisors.", "Police", "31/03/2025"),
        ("2", "Rewrite the procedure.", "Council", "30/06/2026")]
    progress = {p.action_id: p.progress_text for p in data.progress}
    assert [progress.get(a.action_id) for a in data.actions] == [
        "Complete. Both done by March 2025.", "Complete. Both done by March 2025.", "Not started."]


def test_bullets_under_an_action_header_in_the_singular_stay_one_action() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Lead agency", "Target date"],
        ["1", "Police to improve evidence gathering.", "• Issue body-worn video.\n• Brief supervisors.",
         "Police", "31/03/2025"],
    ])))
    assert [a.action_text for a in data.actions] == ["• Issue body-worn video.\n• Brief supervisors."]


def test_a_bullet_split_keeps_each_cells_colour_and_bar() -> None:
    """The rows a bullet list is split into keep the cells' shading and left-edge bar (a RAG shown
    as colour alone), on the first row and on the rows merged down from it."""
    from dhr_extract.model import Cell, Row
    from dhr_extract.normalise.bullet_actions import split_bullet_row

    row = Row((Cell("1"), Cell("• Train staff.\n• Audit files.", bar="#ff0000"), Cell("Done", fill="#00b050")), 0)
    first, second = split_bullet_row(row, 1)
    assert [(c.text, c.span, c.fill, c.bar) for c in first.cells] == [
        ("1", "", "", ""), ("Train staff.", "", "", "#ff0000"), ("Done", "", "#00b050", "")]
    assert [(c.text, c.span, c.fill, c.bar) for c in second.cells] == [
        ("", "above", "", ""), ("Audit files.", "", "", "#ff0000"), ("", "above", "#00b050", "")]
