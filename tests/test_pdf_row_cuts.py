"""A borderless row never opens inside a value: not between the pieces of a word a narrow column
broke at its edge ("30/09/202" / "5"), nor between a list item's bare label and its text wrapped
under it ("2." / "30/09/2025") (``row_walk.cuts_word``)."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups

from tests.helpers import typeset_line, typeset_word

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
# recommendation and its numbered actions / lead agency / target date / progress
COLUMNS = [0.0, 200.0, 280.0, 350.0]


word, line = typeset_word, typeset_line


def texts(groups: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in group] for group in groups]


def test_a_row_never_opens_inside_a_word_broken_at_its_columns_edge() -> None:
    # the target column's text ends at 325: "30/09/202" fills it, and its "5" goes on under it, beside
    # the first numbered action, whose label would otherwise open a row
    lines = [line(100, (0, "Recommendation 1: Police to review"), (200, "Vale Police"), (280, "30/09/202"),
                  (350, "In progress.")),
             line(110, (0, "1. Amend the checklist."), (280, "5")),
             line(120, (0, "2. Audit the releases.")),
             line(130, (0, "Recommendation 2: Council to act."), (200, "Vale Council"), (280, "30/06/202"),
                  (350, "Complete.")),
             line(140, (280, "5"))]
    groups = lines_to_row_groups(lines, COLUMNS, 4.0)
    assert texts(groups)[0] == ["Recommendation 1: Police to review Vale Police 30/09/202 In progress.",
                                "1. Amend the checklist. 5"]
    assert texts(groups)[-1] == ["Recommendation 2: Council to act. Vale Council 30/06/202 Complete.", "5"]


def test_a_whole_date_over_the_next_rows_date_is_no_broken_word() -> None:
    # both dates fill the column to its text edge, and digits follow digits: the one above is whole
    lines = [line(100, (0, "Recommendation 1: Police to act."), (200, "Vale Police"), (280, "30/09/2025"),
                  (350, "Open.")),
             line(110, (0, "Recommendation 2: Council to act."), (200, "Vale Council"), (280, "30/06/2025"),
                  (350, "Done."))]
    assert len(lines_to_row_groups(lines, COLUMNS, 4.0)) == 2


def test_a_row_never_opens_between_a_list_items_bare_label_and_its_text() -> None:
    # "2." ends the target column's line; its date did not fit beside it and wrapped under it
    lines = [line(100, (0, "Recommendation 1: Police to review"), (200, "Vale Police"), (280, "1."),
                  (350, "In progress.")),
             line(110, (0, "bail conditions."), (280, "31/03/2025")),
             line(120, (0, "1. Amend the checklist."), (280, "2.")),
             line(130, (0, "2. Audit the releases."), (280, "30/09/2025"))]
    groups = texts(lines_to_row_groups(lines, COLUMNS, 4.0))
    assert ["1. Amend the checklist. 2.", "2. Audit the releases. 30/09/2025"] in [g[-2:] for g in groups]
    labels = [line(100, (0, "Recommendation 1: Police to review"), (200, "Vale Police"), (280, "31/03/2025"),
                   (350, "In progress.")),
              line(110, (0, "bail conditions."), (280, "30/06/2025")),
              line(120, (0, "1. Amend the checklist."), (280, "2.")),
              line(130, (0, "2. Audit the releases."), (280, "3."))]
    groups = texts(lines_to_row_groups(labels, COLUMNS, 4.0))
    assert groups[-2:] == [["1. Amend the checklist. 2."], ["2. Audit the releases. 3."]]  # a label under a label


def truth_actions(plan: str) -> list[dict[str, str]]:
    return json.loads((HELDOUT / f"{plan}.truth.json").read_text())["actions"]


def test_numbered_targets_in_a_narrow_column_read_as_the_plans_in_the_borderless_print() -> None:
    """Dates broken in the narrow target column, and list labels alone on their line, beside a
    recommendation and its numbered actions in one cell, with no rules."""
    got = extract_document(HELDOUT / "rec_action_one_cell.lo_borderless.pdf").actions
    assert [a.target_date_text for a in got] == [a["target"] for a in truth_actions("rec_action_one_cell")]


def test_numbered_targets_in_a_narrow_column_read_as_the_plans_in_the_portrait_print() -> None:
    got = extract_document(HELDOUT / "rec_action_one_cell.lo_portrait.pdf").actions
    assert [a.target_date_text for a in got] == [a["target"] for a in truth_actions("rec_action_one_cell")]
