"""A centred borderless table's row split by a white band, and a line of staggered short cells
taken for a heading (``off_centre``, ``borderless.is_heading``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import is_heading, type_height
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.off_centre import joined_off_centre_rows
from tests.helpers import typeset_line, typeset_word

COLUMNS = [50.0, 150.0, 300.0]


def staggered(top: float) -> Line:
    """Two short cells, each centred beside a tall cell, set 6 points apart in height and read as one line."""
    return Line([typeset_word("31/03/2025", 150.0, top), typeset_word("Complete.", 210.0, top + 6.0)])


def test_staggered_short_cells_are_no_larger_type() -> None:
    line = staggered(100.0)
    assert line.height == 14.0 and type_height(line) == 8.0
    assert not is_heading(line, 8.0)


def test_a_line_set_in_larger_type_is_a_heading() -> None:
    assert is_heading(typeset_line(100.0, (50.0, "Glossary"), height=12.0), 8.0)


def test_a_cell_centred_on_the_row_and_the_block_under_a_white_band_joins_them() -> None:
    # the action cell's paragraphs run from 100 to 190, a white band 162-170 across the table;
    # the scope cell (96+8 / 2 = 145) is centred on 100-190, not on 100-162
    above = [typeset_line(100.0 + 12 * k, (150.0, "action text")) for k in range(6)]
    above.append(typeset_line(141.0, (50.0, "Local")))
    above.sort(key=lambda ln: ln.top)
    under = [typeset_line(170.0, (150.0, "c) amend"), (300.0, "COMPLETED")), typeset_line(182.0, (150.0, "training"))]
    rows = joined_off_centre_rows([above, under], COLUMNS)
    assert len(rows) == 1 and len(rows[0]) == len(above) + len(under)


def test_a_row_of_cells_centred_together_under_the_band_stays_a_row() -> None:
    above = [typeset_line(100.0 + 12 * k, (150.0, "action text")) for k in range(6)]
    above.append(typeset_line(141.0, (50.0, "Local")))
    above.sort(key=lambda ln: ln.top)
    under = [typeset_line(170.0, (150.0, "next")), typeset_line(182.0, (150.0, "action")),
             typeset_line(176.0, (300.0, "COMPLETED"))]
    under.sort(key=lambda ln: ln.top)
    assert len(joined_off_centre_rows([above, under], COLUMNS)) == 2


def test_a_cell_centred_on_its_own_row_joins_nothing() -> None:
    above = [typeset_line(100.0 + 12 * k, (150.0, "action text")) for k in range(6)]
    above.append(typeset_line(126.0, (50.0, "Local")))
    above.sort(key=lambda ln: ln.top)
    under = [typeset_line(170.0, (150.0, "c) amend"), (300.0, "COMPLETED")), typeset_line(182.0, (150.0, "training"))]
    assert len(joined_off_centre_rows([above, under], COLUMNS)) == 2
