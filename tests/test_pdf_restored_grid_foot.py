"""A table ruled only between its rows, cut by the page foot, whose last row has no rule under it but a
shaded cell drawn down to the foot: the restored grid is closed across its whole width there
(``ruled.with_columns_restored``), so the row's other cells keep their words instead of falling in no
cell (Chromium's print of a web tracker, its Action cells shaded)."""
from __future__ import annotations

from pathlib import Path

from tests.helpers import read_pdf_file

TRACKER = Path(__file__).resolve().parent / "fixtures" / "font_variants" / \
    "emoji_status_rowth_html.chromium_dejavu_portrait.pdf"


def test_the_row_the_page_cut_keeps_every_cell() -> None:
    first_page = read_pdf_file(TRACKER).tables[0]
    assert first_page.page == 1
    assert [c.text for c in first_page.rows[-1].cells] == [
        "", "6", "Quarrington Adult Social Care to include", "Add a domestic abuse section",
        "Quarrington Adult Social Care", "08/31/2025", "Complete. Section added in August 2025."]
    assert first_page.rows[-1].bbox is not None and first_page.rows[-1].bbox[0] < 100  # the table's width, not one cell's
