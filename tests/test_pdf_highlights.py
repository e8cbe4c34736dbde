"""Text highlighted as with a marker pen (a Word document's yellow highlight, printed unruled): each line
a filled box tight around its words.  The boxes are no shaded band between rows, so a highlighted update
stays one cell (``extract/pdf/highlights``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.highlights import is_highlight, without_highlights
from tests.helpers import read_pdf_file, typeset_line

PLAN = Path(__file__).resolve().parent / "fixtures" / "heldout" / "highlighted_updates_docx.lo_borderless.pdf"


def box(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True}


def test_a_box_tight_around_a_line_is_a_highlight() -> None:
    words = typeset_line(100.0, (400.0, "check is in the"), space=2.5).words  # 400 to 467.5, 8 points high
    assert is_highlight(box(399.5, 99.0, 470.0, 110.0), words)


def test_a_shaded_cell_wider_or_taller_than_its_text_is_not() -> None:
    words = typeset_line(100.0, (400.0, "Green"), space=2.5).words
    assert not is_highlight(box(395.0, 96.0, 460.0, 112.0), words)  # a RAG cell: its column's width
    assert not is_highlight(box(399.5, 90.0, 426.0, 125.0), words)  # a row's height
    assert not is_highlight(box(399.5, 40.0, 426.0, 50.0), words)  # no text inside


def test_a_highlighted_update_stays_one_cell() -> None:
    (table,) = read_pdf_file(PLAN).tables
    assert [row.cells[0].span or row.cells[0].text for row in table.rows] == [
        "Re f", "1", "above", "2", "above", "3", "4", "above", "5"]
    assert table.rows[1].cells[5].text.endswith("used for every high-risk case.")


def test_a_header_rows_shaded_cells_side_by_side_are_no_highlights() -> None:
    # narrow columns' header cells, each as wide as its name, shaded grey one beside the other
    words = typeset_line(100.0, (58.5, "No."), (80.5, "Lead"), space=2.5).words
    cells = [box(58.0, 99.0, 74.0, 110.0), box(79.5, 99.0, 101.0, 110.0)]
    assert all(is_highlight(cell, words) for cell in cells)
    assert without_highlights(cells, words) == cells
    assert without_highlights(cells[:1], words) == []
