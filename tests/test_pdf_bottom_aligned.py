"""Merged cells drawn at the foot of the rows they span (cells aligned to the bottom, printed without
rules, ``extract/pdf/bottom_aligned``): the recommendation's number and text stand in the last of its
action rows, so they go back to the first, and the rows under it are covered from above."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bottom_aligned import with_merged_cells_at_foot
from dhr_extract.model import Cell, Row
from tests.helpers import read_pdf_file

PLAN = Path(__file__).resolve().parent / "fixtures" / "font_variants" / \
    "dark_rows_valign_html.chromium_serif_letter_unruled.pdf"


def row(index: int, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index)


def spans(rows: list[Row]) -> list[list[str]]:
    return [[c.span or c.text for c in r.cells] for r in rows]


def test_the_leading_cells_at_a_runs_foot_go_to_its_first_row() -> None:
    rows = [row(0, "No.", "Recommendation", "Action"), row(1, "", "", "Add a prompt."),
            row(2, "1", "Police to ask.", "Audit files."), row(3, "2", "Council to check.", "Add a check.")]
    assert spans(with_merged_cells_at_foot(rows, 1)) == [
        ["No.", "Recommendation", "Action"], ["1", "Police to ask.", "Add a prompt."],
        ["above", "above", "Audit files."], ["2", "Council to check.", "Add a check."]]


def test_rows_with_their_own_leading_cells_are_left_alone() -> None:
    rows = [row(0, "No.", "Recommendation", "Action"), row(1, "1", "Police to ask.", "Add a prompt."),
            row(2, "2", "Council to check.", "Add a check.")]
    assert with_merged_cells_at_foot(rows, 1) == rows


def test_a_plan_whose_numbers_sit_at_their_rows_foot_keeps_each_recommendation_on_its_actions() -> None:
    (table,) = read_pdf_file(PLAN).tables
    assert [[c.span or c.text.split()[0] for c in r.cells[:3]] for r in table.rows[1:]] == [
        ["1", "Glenmarsh", "Add"], ["above", "above", "Brief"], ["2", "Glenmarsh", "Write"],
        ["3", "Glenmarsh", "Name"], ["above", "above", "Tell"], ["4", "Glenmarsh", "Add"], ["5", "Glenmarsh", "Bring"]]
