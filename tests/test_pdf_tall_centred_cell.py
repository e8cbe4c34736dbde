"""A borderless row of short cells centred beside one tall cell of several paragraphs is one row: the
gaps between the tall cell's paragraphs cut no row where no other column starts a value in them
(``centring.short_cells_beside_tall``), and a header centred over a wide column is no column of its
own where that column's lines run across it (``columns.inner_column_runs``)."""
from __future__ import annotations

import hashlib
from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centring import short_cells_beside_tall

from .helpers import typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def tall_cell_row(short_top: float) -> list[Block]:
    """A tall cell in column 1 (four paragraphs, 20 to 98) and two short cells starting at ``short_top``."""
    tall = [Block(1, (typeset_line(top, (100.0, "Paragraph text"), ),)) for top in (20.0, 40.0, 70.0, 90.0)]
    short = [Block(0, (typeset_line(short_top, (10.0, "1.1")),)),
             Block(2, (typeset_line(short_top, (300.0, "Agency")),))]
    return tall + short


def test_short_cells_centred_beside_a_tall_cell_are_one_row() -> None:
    assert short_cells_beside_tall(tall_cell_row(57.0), 2.0, 8.0)  # centred at 61, the cell's middle 59


def test_short_cells_off_the_tall_cells_middle_are_not_one_row() -> None:
    assert not short_cells_beside_tall(tall_cell_row(20.0), 2.0, 8.0)  # at the top: a row of its own


def test_a_second_value_in_a_short_column_is_not_one_row() -> None:
    blocks = tall_cell_row(57.0) + [Block(2, (typeset_line(90.0, (300.0, "Other")),))]
    assert not short_cells_beside_tall(blocks, 2.0, 8.0)


def test_the_wide_cell_plan_printed_without_rules_keeps_each_row_whole() -> None:
    path = HELDOUT / "key_value_wide_cell_html.lo_landscape.pdf"
    data = path.read_bytes()
    doc = read_pdf(path, data, hashlib.sha256(data).hexdigest())
    first = doc.tables[0]
    assert len(first.rows[0].cells) == 5  # Ref / Recommendation and action / Lead agency / Due / Progress
    body = [row for row in first.rows[1:] if row.cells[0].text]
    assert [row.cells[0].text for row in body] == ["1.1", "1.2", "2.1", "3.1"]
    for row in body[:3]:  # each holds both labelled blocks of its wide cell
        assert "Action" in row.cells[1].text.split("\n")
    assert all(row.cells[0].text or not row.cells[1].text for row in first.rows[1:])
