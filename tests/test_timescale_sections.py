"""Band rows naming a timescale in a plan with no target column: the target of the actions under them."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.timescale_sections import names_timescale

LEFT = Cell("", "left")


def plan(header: tuple[str, ...], *rows: tuple[str | Cell, ...]) -> RawDocument:
    grid = [header, *rows]
    cells = [tuple(c if isinstance(c, Cell) else Cell(c) for c in row) for row in grid]
    table = RawTable(tuple(Row(c, i) for i, c in enumerate(cells)), 0, None, None, "docx")
    return RawDocument("plan.docx", "ab" * 32, "docx", None, ["A plan"], [table])  # type: ignore[arg-type]


def band(text: str, width: int) -> tuple[Cell, ...]:
    return (Cell(text), *([LEFT] * (width - 1)))


def test_a_band_naming_a_timescale_is_the_target_of_the_actions_under_it() -> None:
    data = document_to_dataset(plan(("No.", "Recommendation", "Action", "Lead agency"),
                                    band("Immediate – by 31 March 2026", 4),
                                    ("2.", "The police to check licences.", "Add a check.", "Police"),
                                    band("Short term", 4),
                                    ("1.", "The council to train staff.", "Train the staff.", "Council")))
    assert [(a.rec_number, a.target_date_text) for a in data.actions] == [
        ("2", "Immediate – by 31 March 2026"), ("1", "Short term")]
    assert [r.owner for r in data.recommendations] == ["", ""]  # a timescale owns nothing


def test_a_band_over_a_plan_with_a_target_column_stays_a_section() -> None:
    data = document_to_dataset(plan(("No.", "Recommendation", "Action", "Target date"),
                                    band("Immediate – by 31 March 2026", 4),
                                    ("1.", "The police to check licences.", "Add a check.", "30/06/2026")))
    assert [a.target_date_text for a in data.actions] == ["30/06/2026"]
    assert [r.owner for r in data.recommendations] == ["Immediate – by 31 March 2026"]


@pytest.mark.parametrize("text, timescale", [
    ("Immediate – by 31 March 2026", True), ("Medium term (by March 2027)", True), ("Long-term", True),
    ("Within 6 months", True), ("Q3 2026/27", True),
    ("Recommendations from the 2023 review", False), ("Information sharing", False), ("Theme 2: Training", False),
    ("Progress as at 31 March 2025", False), ("Update for the board, June 2026", False),
])
def test_timescale_names(text: str, timescale: bool) -> None:
    assert names_timescale(text) is timescale
