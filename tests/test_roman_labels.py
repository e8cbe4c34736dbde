"""Recommendations numbered in roman numerals, and a status column "as at" a date."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, Status
from dhr_extract.normalise.headers import header_role
from dhr_extract.normalise.labels import label_from_cell, roman_numeral, roman_value, split_label
from dhr_extract.normalise.parts import rec_sort_key
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.row_kinds import next_number
from tests.test_normalise import ABOVE, document, table

HEADER = ["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"]


@pytest.mark.parametrize(("text", "number"), [
    ("(i)", "i"), ("ii.", "ii"), ("iv)", "iv"), ("IV", "iv"), ("(vi)", "vi"), ("ix", "ix"), ("xiv.", "xiv"),
    ("Recommendation iv", "iv"), ("Rec. IX:", "ix"),
    ("(i\nv)", "iv"),  # a narrow column broke the label over two lines
    # not roman numerals, or not a label: no number
    ("(a)", None), ("iiii", None), ("(i", None), ("xl", None), ("vi and vii", None), ("1.\n2.", None)])
def test_a_roman_numeral_alone_in_a_number_column_is_a_label(text: str, number: str | None) -> None:
    label = label_from_cell(text)
    assert (label.number if label else None) == number


@pytest.mark.parametrize(("text", "number"), [
    ("A", "A"), ("B.", "B"), ("(C)", "C"), ("Rec D", "D"),
    ("I", "i"),  # a roman numeral first
    ("a", None), ("AB", None), ("A1", None), ("A and B", None)])
def test_a_capital_letter_alone_in_a_number_column_is_a_label_keeping_its_case(text: str, number: str | None) -> None:
    label = label_from_cell(text)
    assert (label.number if label else None) == number


def test_a_plan_lettering_its_recommendations_keeps_their_letters() -> None:
    rows = [HEADER, ["A", "The police to act.", "Add a prompt.", "Police", "31/03/2026", "Done."],
            [ABOVE, ABOVE, "Audit it.", "Police", "30/09/2026", "Open."],
            ["B", "The ICB to brief GPs.", "Send a bulletin.", "ICB", "31/01/2026", "Sent."]]
    data = document_to_dataset(document(table(rows)))
    assert [r.rec_number for r in data.recommendations] == ["A", "B"]
    assert [a.rec_number for a in data.actions] == ["A", "A", "B"]


def test_in_running_text_a_roman_numeral_is_a_label_only_after_the_word_recommendation() -> None:
    label, rest = split_label("Recommendation iv: The board to publish the plan.")
    assert label is not None and (label.number, rest) == ("iv", "The board to publish the plan.")
    for text in ("i. in line with the policy", "(ii) by giving every victim a named officer", "Recommendation in full"):
        assert split_label(text) == (None, text)


def test_roman_numerals_count_on_and_sort_by_their_value() -> None:
    assert [roman_value(n) for n in ("i", "iv", "ix", "xiv", "xxxix", "a", "")] == [1, 4, 9, 14, 39, None, None]
    assert [roman_numeral(k) for k in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert [next_number(n) for n in ("iv", "viii", "12")] == ["v", "ix", "13"]
    keys = [rec_sort_key(n, k, roman=True) for k, n in enumerate(("i", "iv", "v", "ix", "x"))]
    assert keys == sorted(keys)


def test_a_plan_numbered_in_roman_numerals_keeps_its_numbers() -> None:
    data = document_to_dataset(document(table([
        HEADER,
        ["(i)", "Police to check bail conditions.", "Add a check", "Police", "31/03/2025", "Complete."],
        [ABOVE, ABOVE, "Dip-sample closed calls", "Police", "31/12/2025", "In progress."],
        ["(ii)", "The ICB to ask about safety.", "Issue guidance", "ICB", "31/10/2025", "Not started."],
    ])))
    assert [(r.rec_number, r.rec_label) for r in data.recommendations] == [("i", "(i)"), ("ii", "(ii)")]
    assert [a.rec_number for a in data.actions] == ["i", "i", "ii"]
    assert not data.residue


def test_roman_marks_under_an_arabic_number_are_its_sub_parts_not_recommendations() -> None:
    data = document_to_dataset(document(table([
        HEADER,
        ["1", "Police to improve the response to stalking.", "", "", "", ""],
        ["(i)", "", "Add a stalking flag", "Police", "31/03/2025", "Complete."],
        ["(ii)", "", "Name an officer", "Police", "30/09/2025", "In progress."],
        ["2", "The ICB to ask about safety.", "Issue guidance", "ICB", "31/10/2025", "Not started."],
    ])))
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]
    assert [a.rec_number for a in data.actions] == ["1", "1", "2"]


@pytest.mark.parametrize("text", ["Status at 30/09/2025", "Status as at 1 March 2024", "Status as of Q2 2025/26"])
def test_a_status_column_as_at_a_date_is_a_status_column(text: str) -> None:
    assert header_role(text) == "status"


def test_a_status_as_at_column_beside_the_progress_gives_the_status_and_the_as_of_date() -> None:
    data = document_to_dataset(document(table([
        ["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status at 30/09/2025", "Progress narrative"],
        ["1", "Police to check bail conditions.", "Add a check", "Police", "31/03/2025", "Complete\nClosed 14/03/2025",
         "Check added to the screen."],
        [ABOVE, ABOVE, "Dip-sample closed calls", "Police", "31/12/2025", "In progress\nUpdated 09/09/2025",
         "Two samples taken."],
    ])))
    assert [a.status for a in data.actions] == [Status.COMPLETE, Status.IN_PROGRESS]
    assert [p.status_text for p in data.progress] == ["Complete\nClosed 14/03/2025", "In progress\nUpdated 09/09/2025"]
    assert {p.as_of for p in data.progress} == {"30/09/2025"}
    assert data.reviews[0].progress_as_of == "30/09/2025"
    assert not data.residue


@pytest.mark.parametrize(("marks", "numbers"), [
    (["i", "ii", "iii"], ["i", "ii", "iii"]), (["1", "2", "3"], ["1", "2", "3"]),
    (["i", "iii", "iv"], ["", "", ""])])  # a gap: not a count, so not the numbers
def test_an_unheaded_margin_column_counting_in_roman_numerals_numbers_the_recommendations(
        marks: list[str], numbers: list[str]) -> None:
    rows: list[list[str | Cell]] = [["", "Recommendation", "Action", "Lead agency", "Progress"]]
    rows += [[mark, f"Agency {k} to act.", f"Action {k}", "Police", "Complete."] for k, mark in enumerate(marks)]
    data = document_to_dataset(document(table(rows)))
    assert [r.rec_label for r in data.recommendations] == numbers
