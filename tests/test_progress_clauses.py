"""One progress cell merged over a recommendation's numbered actions, reporting on each by number
("Actions 1 and 2 complete: … Action 3 under way"): each action's status is its own clause's, the
progress text stays whole; a cell opening with a status of its own speaks for all its actions."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, Dataset, RawDocument, RawTable, Row
from dhr_extract.normalise.progress_clauses import clause_for_action, numbers_named
from dhr_extract.normalise.records import document_to_dataset

HEADER = ("No.", "Recommendation", "Action no.", "Action", "Lead agency", "Target date", "Progress")
SHARED = "Actions 1 and 2 complete: forms changed in March. Action 3 under way; ten of forty audited."


def read(*rows: tuple[Cell, ...]) -> Dataset:
    table = RawTable(tuple(Row(cells, k) for k, cells in enumerate(rows)), 0, strategy="docx")
    return document_to_dataset(RawDocument("plan.docx", "ab" * 32, "docx", None, ["A plan"], [table]))


def merged_over_actions(progress: str) -> Dataset:
    above = Cell("", "above")
    return read(tuple(Cell(t) for t in HEADER),
                tuple(Cell(t) for t in ("1", "Police to share the incident history.", "1", "Issue devices.",
                                        "Police", "31/01/2026", progress)),
                (above, above, Cell("2"), Cell("Change the checklist."), Cell("Police"), Cell("28/02/2026"), above),
                (above, above, Cell("3"), Cell("Audit forty records."), Cell("Police"), Cell("30/06/2026"), above))


@pytest.mark.parametrize("refs, numbers", [("1 and 2", {"1", "2"}), ("4-5", {"4", "5"}), ("6 to 8", {"6", "7", "8"}),
                                           ("2, 3 & 6", {"2", "3", "6"}), ("3a", {"3a"})])
def test_numbers_named(refs: str, numbers: set[str]) -> None:
    assert numbers_named(refs) == numbers


def test_each_action_reads_its_own_clause() -> None:
    assert clause_for_action(SHARED, "2") == "Actions 1 and 2 complete: forms changed in March."
    assert clause_for_action(SHARED, "3") == "Action 3 under way; ten of forty audited."
    assert clause_for_action(SHARED, "9") == SHARED  # an action the cell does not name: the cell whole
    assert clause_for_action(SHARED, "") == SHARED


def test_a_cell_opening_with_its_own_status_speaks_for_all() -> None:
    text = "In progress. Action 1 done in June; action 2: twelve of twenty audited."
    assert clause_for_action(text, "1") == text


def test_statuses_follow_the_numbers_and_the_progress_stays_whole() -> None:
    actions = merged_over_actions(SHARED).actions
    assert [(a.action_text, a.status) for a in actions] == [
        ("Issue devices.", "complete"), ("Change the checklist.", "complete"), ("Audit forty records.", "in_progress")]
    assert {p.progress_text for p in merged_over_actions(SHARED).progress} == {SHARED}


def test_a_status_first_cell_gives_every_action_that_status() -> None:
    text = "In progress. Action 1 done in June; action 3 not started."
    statuses = [a.status for a in merged_over_actions(text).actions]
    assert len(set(statuses)) == 1 and statuses[0] != "complete"  # the cell read whole, not action 1's "done"
