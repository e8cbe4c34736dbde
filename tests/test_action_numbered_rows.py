"""A number column of action numbers ("1.1", "1.2", "2.1") beside a recommendation written on each row:
recommendation 1 with its actions 1.1 and 1.2, not a recommendation per row."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.action_numbered_rows import LAST_PART_REF, action_numbered_tables, parent_number
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.records import document_to_dataset

HEADER = ("Ref", "Recommendation", "Action", "Lead agency")
POLICE = "Police to record the children present."


def cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


def table(*rows: tuple[str | Cell, ...], index: int = 0, header: bool = True) -> RawTable:
    grid = (HEADER, *rows) if header else rows
    return RawTable(tuple(Row(tuple(cell(c) for c in row), i, 1 + index) for i, row in enumerate(grid)), index,
                    1 + index)


def texts(t: RawTable) -> list[list[str]]:
    return [[c.text if not c.span else "^" + c.span for c in row.cells] for row in t.rows]


@pytest.mark.parametrize(("ref", "parent"), [("2.1", "2"), ("10.3", "10"), ("2.1a", "2"), ("2", ""), ("2b", ""),
                                             ("1.1.1", "")])
def test_a_dotted_action_number_sits_under_its_recommendation_number(ref: str, parent: str) -> None:
    assert parent_number(ref) == parent


@pytest.mark.parametrize(("ref", "parent"), [("6.1a", "6.1"), ("2b", "2"), ("6.1.2", "6.1"), ("2.1", "2"), ("2", ""),
                                             ("6.1", "6")])
def test_an_action_lettered_on_from_its_recommendation_number_sits_under_it(ref: str, parent: str) -> None:
    assert parent_number(ref, LAST_PART_REF) == parent


def test_rows_lettered_on_from_a_paragraph_number_sharing_its_recommendation_are_its_actions() -> None:
    # "6.1a", "6.1b" under recommendation 6.1 merged over its rows: not a recommendation per letter
    read = action_numbered_tables([table(("6.1a", POLICE, "Issue the guidance.", "Police"),
                                         ("6.1b", Cell("", "above"), "Audit the files.", "Police"),
                                         ("6.2a", "See the child alone.", "Revise the standard.", "GP"))])[0]
    assert texts(read)[1:] == [["6.1", "6.1a", POLICE, "Issue the guidance.", "Police"],
                               ["6.1", "6.1b", "^above", "Audit the files.", "Police"],
                               ["6.2", "6.2a", "See the child alone.", "Revise the standard.", "GP"]]


def test_lettered_recommendations_each_with_its_own_text_are_left_alone() -> None:
    plan = table(("1a", POLICE, "Make the field mandatory.", "Police"),
                 ("1b", "See the child alone.", "Revise the standard.", "GP"),
                 ("2a", "Audit the files.", "Plan the audit.", "ICB"))
    assert action_numbered_tables([plan]) == [plan]
    own = table(("6.1a", POLICE, "Make the field mandatory.", "Police"),
                ("6.1b", "See the child alone.", "Revise the standard.", "GP"))
    assert action_numbered_tables([own]) == [own]


def test_rows_sharing_their_recommendation_give_its_number_and_each_action_its_own() -> None:
    read = action_numbered_tables([table(("1.1", POLICE, "Make the field mandatory.", "Police"),
                                         ("1.2", POLICE, "Share the count.", "Police"),
                                         ("2.1", "See the child alone.", "Revise the standard.", "GP"))])[0]
    assert texts(read) == [
        ["Ref", "Action ref", "Recommendation", "Action", "Lead agency"],
        ["1", "1.1", POLICE, "Make the field mandatory.", "Police"],
        ["1", "1.2", POLICE, "Share the count.", "Police"],
        ["2", "2.1", "See the child alone.", "Revise the standard.", "GP"]]
    header = find_header(read)
    assert header is not None and header.roles == ("number", "action_ref", "rec", "action", "agency")


def test_a_recommendation_merged_over_its_numbered_rows_is_shared_too() -> None:
    read = action_numbered_tables([table(("1.1", POLICE, "Make the field mandatory.", "Police"),
                                         ("1.2", Cell("", "above"), "Share the count.", "Police"))])[0]
    assert texts(read)[1:] == [["1", "1.1", POLICE, "Make the field mandatory.", "Police"],
                               ["1", "1.2", "^above", "Share the count.", "Police"]]


def test_paragraph_numbers_of_recommendations_each_with_its_text_are_left_alone() -> None:
    plan = table(("3.1", POLICE, "Make the field mandatory.", "Police"),
                 ("3.2", "See the child alone.", "Revise the standard.", "GP"))
    assert action_numbered_tables([plan]) == [plan]
    other = table(("1", POLICE, "Make the field mandatory.", "Police"), ("1", POLICE, "Share the count.", "Police"))
    assert action_numbered_tables([other]) == [other]  # no action number: the number is the recommendation's


def test_most_numbers_sharing_their_text_decide_for_the_plan() -> None:
    # a PDF read the action's label and text into the recommendation: the two rows' texts differ
    misread = ("3.2", "Hospital to place an IDVA. Action\nRecruit.", "", "Trust")
    plan = [("1.1", POLICE, "Make the field mandatory.", "Police"), ("1.2", POLICE, "Share the count.", "Police"),
            ("2.1", "Audit.", "Plan it.", "ICB"), ("2.2", "Audit.", "Do it.", "ICB"),
            ("3.1", "Hospital to place an IDVA. Action\nFund it.", "", "Trust"), misread]
    assert [row[:2] for row in texts(action_numbered_tables([table(*plan)])[0])[1:]] == [
        ["1", "1.1"], ["1", "1.2"], ["2", "2.1"], ["2", "2.2"], ["3", "3.1"], ["3", "3.2"]]
    apart = table(*plan[:2], ("2.1", "Audit.", "Plan it.", "ICB"), ("2.2", "Train.", "Do it.", "ICB"),
                  plan[4], misread)
    assert action_numbered_tables([apart]) == [apart]  # two of three numbers have rows of their own texts


def test_the_next_page_without_a_header_is_rewritten_alike() -> None:
    first = table(("1.1", POLICE, "Make the field mandatory.", "Police"), ("1.2", POLICE, "Share the count.", "Police"))
    rest = table(("2.1", "See the child alone.", "Revise the standard.", "GP"), index=1, header=False)
    assert texts(action_numbered_tables([first, rest])[1]) == [
        ["2", "2.1", "See the child alone.", "Revise the standard.", "GP"]]


def test_a_note_across_the_table_under_the_numbered_rows_numbers_nothing() -> None:
    # a page's own header over the rest of the plan, and a note set across the table under it
    first = table(("1.1", POLICE, "Make the field mandatory.", "Police"), ("1.2", POLICE, "Share the count.", "Police"))
    left = Cell("", "left")
    rest = table(("2.1", "See the child alone.", "Revise the standard.", "GP"),
                 ("2.2", "See the child alone.", "Train the staff.", "GP"),
                 ("Page last updated: October 2025", left, left, left), index=1)
    read = action_numbered_tables([first, rest])[1]
    assert texts(read)[1:3] == [["2", "2.1", "See the child alone.", "Revise the standard.", "GP"],
                                ["2", "2.2", "See the child alone.", "Train the staff.", "GP"]]


def test_the_plan_has_a_recommendation_per_number_and_its_actions_numbered() -> None:
    data = document_to_dataset(RawDocument("plan.docx", "ab" * 32, "docx", None, ["A plan"], [table(
        ("1.1", POLICE, "Make the field mandatory.", "Police"), ("1.2", POLICE, "Share the count.", "Police"),
        ("2.1", "See the child alone.", "Revise the standard.", "GP"))]))
    assert [(r.rec_number, r.rec_label, r.rec_text) for r in data.recommendations] == [
        ("1", "1", POLICE), ("2", "2", "See the child alone.")]
    by_rec = {r.rec_id: r.rec_number for r in data.recommendations}
    assert [(by_rec[a.rec_id], a.action_text) for a in data.actions] == [
        ("1", "Make the field mandatory."), ("1", "Share the count."), ("2", "Revise the standard.")]
    assert not data.residue
