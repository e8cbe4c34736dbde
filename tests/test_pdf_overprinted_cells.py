"""A word too wide for its cell runs on over the next cell's first word: a browser's print of a narrow
Lead agency column beside a Due date column ("Brindlecombe" over "2026-", "Safeguarding" over "11-30").
The word finder reads the two as one word; it is cut where the next cell's text starts, as two cells'
words set flush are (``columns.word_at_flush_starts``), though the overflowing glyph reaches over the
first of the next cell's (``columns.apart``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.columns import apart
from dhr_extract.extract.pdf.settings import DEFAULT
from tests.helpers import read_pdf_file

TRACKER = Path(__file__).resolve().parent / "fixtures" / "font_variants" / "tfoot_links_html.chromium_dejavu_portrait.pdf"


def test_a_word_overflowing_its_cell_leaves_the_next_cells_text_whole() -> None:
    first, second = read_pdf_file(TRACKER).tables[:2]
    assert [[c.text for c in row.cells[3:5]] for row in first.rows[1:3]] == [
        ["Brindlecombe Police", "2026-01-31"], ["Brindlecombe Police", "2026-06-30"]]
    assert [[c.text for c in row.cells[3:5]] for row in second.rows[2:4]] == [
        ["Brindlecombe Safeguarding Adults\nBoard", "2026-11-30"],
        ["Brindlecombe Safeguarding Adults\nBoard", "2027-03-31"]]


def test_a_kerned_pair_is_not_apart_and_an_overprint_is() -> None:
    assert apart((10.0, 15.0, "a"), (15.0, 20.0, "b"), DEFAULT)  # touching
    assert not apart((10.0, 15.2, "A"), (15.0, 20.0, "V"), DEFAULT)  # a kerned pair overlaps a little
    assert apart((363.3, 369.7, "g"), (368.7, 375.1, "1"), DEFAULT)  # the overflowing g over the date's 1
