"""A boxed table whose header alone is divided into cells (a browser's print of a table with a border
around it and shaded header cells, no rules inside): each body row is one cell across the grid, and
the body's words are read in the header's columns."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.column_grids import is_grid_divided_in_header_only, set_in_columns
from dhr_extract.extract.pdf.ruled import Grid

from .helpers import read_pdf_file, typeset_line

FIXTURES = Path(__file__).parent / "fixtures"
LEFTS = (10.0, 60.0, 160.0, 260.0)  # the header cells' left edges; the grid ends at 360
ELLEN_HEADER = ["Recommendation", "Scope", "Action to take", "Lead agency", "Target date",
                "Progress (as at 31 March 2021)"]


def header_only_grid(body_rows: int = 2, divided_body: bool = False) -> Grid:
    """A header row of four cells over ``body_rows`` rows each one cell across (or divided as the header)."""
    header = tuple((a, 0.0, b, 20.0) for a, b in zip(LEFTS, (*LEFTS[1:], 360.0)))
    body = []
    for k in range(body_rows):
        top, bottom = 20.0 + 40.0 * k, 60.0 + 40.0 * k
        body.append(tuple((a, top, b, bottom) for a, _, b, _ in header) if divided_body
                    else ((10.0, top, 360.0, bottom), None, None, None))
    return Grid((header, *body))


def columned_body() -> list[dict]:
    """Two rows of body text, each cell's lines starting at its column's left edge plus the padding."""
    lines = [typeset_line(24.0, (14.0, "1."), (64.0, "Agencies to"), (164.0, "Northshire Police"),
                          (264.0, "30/06/2025")),
             typeset_line(34.0, (64.0, "share data"), (164.0, "Refer every"), (264.0, "Complete.")),
             typeset_line(64.0, (14.0, "2."), (64.0, "Record the"), (164.0, "Northshire ICB"), (264.0, "31/12/2025")),
             typeset_line(74.0, (64.0, "name"), (164.0, "Add a field"), (264.0, "Not started."))]
    return [w for ln in lines for w in ln.words]


def spanning_body() -> list[dict]:
    """Body text in paragraphs across the whole table, every line starting at the left."""
    lines = [typeset_line(24.0, (14.0, "Notes on this plan: each agency reports its progress quarterly to")),
             typeset_line(34.0, (14.0, "the partnership board, which reviews the actions that are overdue and")),
             typeset_line(64.0, (14.0, "A second paragraph sets out who signs each action off once it is")),
             typeset_line(74.0, (14.0, "complete, and how the evidence of completion is kept for audit."))]
    return [w for ln in lines for w in ln.words]


def test_body_text_in_the_header_columns_is_read_in_them() -> None:
    assert is_grid_divided_in_header_only(header_only_grid(), columned_body())


def test_text_running_across_the_columns_keeps_the_rows_whole() -> None:
    assert not set_in_columns(spanning_body(), list(LEFTS))
    assert not is_grid_divided_in_header_only(header_only_grid(), spanning_body())


def test_a_grid_divided_below_its_header_is_read_from_its_cells() -> None:
    assert not is_grid_divided_in_header_only(header_only_grid(divided_body=True), columned_body())


def test_a_header_alone_is_no_grid_of_this_kind() -> None:
    assert not is_grid_divided_in_header_only(header_only_grid(body_rows=0), columned_body())


def test_boxed_table_with_header_cells_reads_every_column() -> None:
    tables = read_pdf_file(FIXTURES / "boxed_table_header_cells.pdf").tables
    assert [t.page for t in tables] == [1, 2]
    assert all(t.strategy == "partly_ruled" and [c.text for c in t.rows[0].cells] == ELLEN_HEADER for t in tables)
    first = [c.text for c in tables[0].rows[1].cells]
    assert first[0].startswith("1. Northshire Police should ensure")
    assert (first[1], first[3], first[4]) == ("Local", "Northshire Police", "30/06/2020")
    assert first[2].startswith("Remind all response officers") and first[5].startswith("Complete. Briefing issued")

