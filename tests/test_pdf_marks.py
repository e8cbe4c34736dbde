"""Dotted and dashed rules drawn mark by mark (a browser's dotted border: half-point squares, each
its own rectangle) are folded into one rule per run of evenly spaced marks."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.extract.pdf.marks import Box, is_mark, mark_boxes, marks_to_segments
from dhr_extract.extract.pdf.rules import objects_to_edges

from .helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"


def dots_along_x(x0: float, y: float, count: int, size: float = 0.5, pitch: float = 1.0) -> list[Box]:
    return [(x0 + pitch * i, y - size / 2, x0 + pitch * i + size, y + size / 2) for i in range(count)]


def dots_along_y(x: float, top: float, count: int, size: float = 0.5, pitch: float = 1.0) -> list[Box]:
    return [(x - size / 2, top + pitch * i, x + size / 2, top + pitch * i + size) for i in range(count)]


def test_a_run_of_dots_is_one_horizontal_rule() -> None:
    assert marks_to_segments(dots_along_x(10.0, 50.0, 100)) == [((10.0, 50.0), (109.5, 50.0))]


def test_a_run_of_dots_down_the_page_is_one_vertical_rule() -> None:
    assert marks_to_segments(dots_along_y(20.0, 5.0, 40)) == [((20.0, 5.0), (20.0, 44.5))]


def test_dashes_change_spacing_where_two_cells_meet_and_still_rule_both() -> None:
    """A browser spaces each cell's dashes to fit the cell: where the spacing changes a new run
    starts, and the two runs meet as two pieces of one rule (joined later as any pieces are)."""
    first = [(10.0 + 3.96 * i, 99.6, 12.25 + 3.96 * i, 100.4) for i in range(8)]  # gaps 1.71
    second = [(41.97 + 3.0 * i, 99.6, 44.22 + 3.0 * i, 100.4) for i in range(8)]  # gaps 0.75
    segments = marks_to_segments(first + second)
    assert [(round(a[0], 2), round(b[0], 2)) for a, b in segments] == [(10.0, 44.22), (44.97, 65.22)]
    assert all(a[1] == b[1] and abs(a[1] - 100.0) < 1e-9 for a, b in segments)
    assert not any(a[0] == b[0] for a, b in segments)  # a dash runs one way only


def test_two_dotted_rules_half_a_point_apart_stay_two() -> None:
    """Two cells' own borders side by side: marks level with each other, never mixed."""
    segments = marks_to_segments(dots_along_x(10.0, 50.0, 20) + dots_along_x(10.0, 50.5, 20))
    assert sorted(a[1] for a, _ in segments) == [50.0, 50.5]


def test_marks_too_few_too_far_apart_or_unevenly_spaced_are_no_rule() -> None:
    assert marks_to_segments(dots_along_x(10.0, 50.0, 2)) == []
    bullets = dots_along_y(30.0, 10.0, 10, size=3.0, pitch=12.0)  # a list's bullets, one a line
    assert marks_to_segments(bullets) == []
    uneven = [(x, 49.75, x + 0.5, 50.25) for x in (10.0, 11.0, 14.0, 14.5, 17.5, 18.0)]
    assert marks_to_segments(uneven) == []


def test_only_small_thin_objects_are_marks() -> None:
    assert is_mark((0.0, 0.0, 0.5, 0.5))
    assert is_mark((0.0, 0.0, 2.25, 0.75))
    assert not is_mark((0.0, 0.0, 40.0, 0.5))  # a rule drawn in one piece
    assert not is_mark((0.0, 0.0, 6.0, 6.0))  # a tick box or a RAG square
    rects = [{"x0": 0.0, "top": 0.0, "x1": 0.5, "bottom": 0.5}, {"x0": 0.0, "top": 0.0, "x1": 90.0, "bottom": 20.0}]
    assert mark_boxes(rects) == [(0.0, 0.0, 0.5, 0.5)]


def test_dotted_rules_become_edges_with_the_other_rules() -> None:
    rects = [{"x0": b[0], "top": b[1], "x1": b[2], "bottom": b[3], "fill": True, "stroke": False}
             for b in dots_along_x(10.0, 50.0, 100)]
    assert objects_to_edges([], rects, [], marks=None) == []  # each dot alone is too short to be a rule
    edges = objects_to_edges([], rects, [], marks=mark_boxes(rects))
    assert [(e["orientation"], e["x0"], e["x1"], e["top"]) for e in edges] == [("h", 10.0, 109.5, 50.0)]


def test_a_table_ruled_only_with_dotted_squares_reads_as_ruled_row_by_row() -> None:
    """Every rule of the drawn fixture is a run of half-point squares: its rows are the plan's rows."""
    truth = json.loads((FIXTURES / "dotted_rules_as_squares.truth.json").read_text())
    tables = read_pdf_file(FIXTURES / "dotted_rules_as_squares.pdf").tables
    assert [t.strategy for t in tables] == ["ruled", "ruled"]
    body = [row for t in tables for row in t.rows[1:]]  # each page's first row is the repeated header
    actions = [" ".join(row.cells[2].text.split()) for row in body]
    assert actions == [" ".join(a["action"].split()) for a in truth["actions"]]
    labels = [row.cells[0].text.split(".")[0] for row in body if row.cells[0].text]
    assert labels == [r["number"] for r in truth["recommendations"]]
