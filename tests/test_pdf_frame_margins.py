"""A plan table drawn inside a frame, read on a page where the frame's rules meet the plan's."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.frame_margins import without_frame_margins
from dhr_extract.model import Cell, RawTable, Row
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
ABOVE, LEFT = Cell("", "above"), Cell("", "left")


def table(*rows: tuple[Cell, ...]) -> RawTable:
    return RawTable(tuple(Row(cells, i, 2) for i, cells in enumerate(rows)), 1, 2, None, "ruled")


def test_a_frames_empty_margins_down_the_table_are_no_columns() -> None:
    framed = table((Cell(""), Cell("No."), Cell("Action"), Cell("")),
                   (ABOVE, Cell(""), Cell("worship."), ABOVE))
    assert [[c.text for c in r.cells] for r in without_frame_margins(framed).rows] == [["No.", "Action"],
                                                                                      ["", "worship."]]


def test_an_empty_first_column_with_a_cell_of_its_own_or_merged_into_stays() -> None:
    numbered = table((Cell(""), Cell("Action"), Cell("Lead")), (Cell("1"), Cell("Audit."), Cell("Police")))
    spanned = table((Cell(""), LEFT, Cell("Lead")), (ABOVE, LEFT, Cell("Police")))
    assert without_frame_margins(numbered) == numbered and without_frame_margins(spanned) == spanned


def test_the_last_rows_rest_overleaf_is_read_in_the_plans_columns() -> None:
    doc = read_pdf_file(HELDOUT / "framed_nested_table_docx.lo_landscape.pdf")
    overleaf = [[" ".join(c.text.split()) for c in r.cells] for r in doc.tables[-1].rows]
    assert overleaf == [["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
                        ["", "", "worship.", "", "", ""]]
