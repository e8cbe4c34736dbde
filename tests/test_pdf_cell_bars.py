"""A bar down a ruled cell's left edge (a browser's print of a thick coloured left border: a filled box a
few points wide) is the cell's ``bar``: a RAG shown as colour alone, read as a shaded RAG cell is."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.ruled import cell_bar

CELL = (230.0, 125.0, 330.0, 165.0)


def test_a_narrow_box_across_a_cell_s_left_edge_is_its_bar() -> None:
    bar = Shade(226.5, 125.2, 231.0, 164.9, "#2e8b3d")
    assert cell_bar(CELL, [bar]) == "#2e8b3d"


def test_a_box_by_another_edge_or_of_another_row_is_no_bar() -> None:
    beside_right = Shade(326.0, 125.2, 330.5, 164.9, "#2e8b3d")
    row_below = Shade(226.5, 165.0, 231.0, 192.7, "#f0a30a")
    assert cell_bar(CELL, [beside_right, row_below]) == ""


def test_chromium_print_of_left_border_rags_reads_each_action_cell_s_bar() -> None:
    pdf = Path(__file__).parent / "fixtures" / "heldout" / "rag_left_border_tfoot_html.chromium.pdf"
    (table,) = read_pdf(pdf, pdf.read_bytes(), "sha").tables
    green, amber, red = "#2e8b3d", "#f0a30a", "#c8102e"
    assert [[c.bar for c in row.cells if c.bar] for row in table.rows] == [
        [], [green], [green], [amber], [amber], [red], [green], [amber], [red], [amber]]
