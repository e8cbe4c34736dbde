"""Rules of tables set one above another are snapped each table on its own (pdfplumber snaps a
page's rules to their neighbours' mean x, which chained the column lines of different tables)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.extract.pdf.ruled import vertical_bands
from tests.helpers import progress_table_rows

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def test_edges_part_where_white_space_runs_across_the_page() -> None:
    top_table = [make_edge(10, 100, 200, 100), make_edge(200, 100, 200, 150), make_edge(10, 150, 200, 150)]
    below = [make_edge(10, 160, 205, 160), make_edge(205, 160, 205, 220)]
    bands = vertical_bands(top_table + below, 3.0)
    assert [len(b) for b in bands] == [3, 2]
    assert bands[1][1]["x0"] == 205


def test_lo_ruled_progress_table_keeps_its_last_column() -> None:
    assert progress_table_rows(HELDOUT / "progress_table_per_rec.lo_ruled.pdf") == [
        ["Action", "Date", "Update"],
        ["1.1", "14/04/2025", "Complete. The search change went live on 10 March 2025."],
        ["1.2", "14/04/2025", "Complete. Supervisors briefed at the April training day."],
    ]
