"""The PDF layout stages on a handful of boxes and on the fixtures named after the problem each solves."""
from __future__ import annotations

import hashlib
import math
from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.borderless import lines_to_column_starts
from dhr_extract.extract.pdf.rules import close_open_ends, make_edge, segment_to_edge
from dhr_extract.extract.pdf.ruled import Grid, split_at_column_change
from dhr_extract.extract.pdf.settings import PdfSettings

FIXTURES = Path(__file__).parent / "fixtures"
PRODUCERS = FIXTURES / "producers"


def tables_of(path: Path) -> list:
    data = path.read_bytes()
    return read_pdf(path, data, hashlib.sha256(data).hexdigest()).tables


def word(text: str, x0: float, top: float, width: float | None = None) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + (width or 5.0 * len(text)), "top": top, "bottom": top + 10.0}


def test_a_rule_a_hair_off_the_axis_is_a_rule() -> None:
    residue = math.cos(math.pi / 2) * 500  # a rotation composed in floating point
    edge = segment_to_edge((10.0, 100.0), (400.0, 100.0 + residue))
    assert edge is not None and edge["orientation"] == "h" and edge["top"] == edge["bottom"]
    assert segment_to_edge((10.0, 100.0), (400.0, 130.0)) is None  # slanted: not a rule
    assert segment_to_edge((10.0, 100.0), (11.0, 100.0)) is None  # a dot
    assert PdfSettings().axis_tolerance > residue


def test_side_rules_that_stop_together_are_closed_under_the_cut_row() -> None:
    edges = [make_edge(10, 100, 400, 100), make_edge(10, 100, 10, 300), make_edge(200, 100, 200, 300),
             make_edge(400, 100, 400, 300)]
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"], e["orientation"]) for e in added] == [(10, 300, 400, "h")]


def test_a_grid_whose_column_lines_change_is_two_tables() -> None:
    agencies = ((0, 0, 150, 20), (150, 0, 400, 20))
    plan = ((0, 20, 100, 40), (100, 20, 250, 40), (250, 20, 400, 40))
    merged_down = ((0, 40, 100, 60), None, (250, 40, 400, 60))
    parts = split_at_column_change(Grid((agencies, plan, merged_down)))
    assert [len(p.rows) for p in parts] == [1, 2]  # the merged cell below the plan row stays with it


def test_borderless_columns_come_from_text_edges_not_from_an_indent() -> None:
    lines = []
    for i in range(6):  # a first column with a hanging bullet indent, a second column close beside it
        top = 20.0 * i
        first = [word("•", 10, top, 4), word("text", 28, top, 60)] if i % 2 else [word("paragraph", 10, top, 80)]
        lines.append(Line(first + [word("action", 96, top, 40)]))
    assert lines_to_column_starts(lines) == [10, 96]


def test_browser_rules_drawn_as_thin_rectangles_make_a_ruled_table() -> None:
    tables = tables_of(PRODUCERS / "nuneaton_dhr1.chromium.pdf")
    assert tables and all(t.strategy == "ruled" for t in tables)
    assert tables[0].rows[0].cells[0].text == "Recommendation"


def test_pages_stored_rotated_with_float_residue_are_read_as_ruled() -> None:
    tables = tables_of(PRODUCERS / "home_office_7col.rotated.pdf")
    assert [t.n_cols for t in tables if t.strategy == "ruled"][:2] == [2, 7]


def test_touching_tables_come_apart_and_the_plan_header_is_found() -> None:
    from dhr_extract.api import extract_document

    data = extract_document(FIXTURES / "touching_tables_one_grid.pdf")
    assert [t.is_plan for t in data.tables][:2] == [False, True]
    assert data.recommendations
