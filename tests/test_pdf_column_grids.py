"""Tables ruled only between their columns (vertical rules over zebra shading): their rows come from
the text, the rules giving the columns, and no word inside the table is left out of a cell."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.pdf.column_grids import (column_rules, column_starts, is_column_grid, is_column_grid_under_header,
                                                  reads_from_words, row_start_heights)
from dhr_extract.extract.pdf.header_boxes import header_cells
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.ruled import Grid
from dhr_extract.extract.pdf.rules import make_edge

from .helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0, "fontname": "Sans"}


def three_column_grid(x_lines: tuple[float, ...] = (10.0, 60.0, 160.0, 260.0)) -> Grid:
    """A header row and two body rows (the rows' lines: shading's sides)."""
    ys = (0.0, 20.0, 60.0, 100.0)
    return Grid(tuple(tuple((a, t, b, u) for a, b in zip(x_lines, x_lines[1:])) for t, u in zip(ys, ys[1:])))


def column_rule_edges(xs: tuple[float, ...] = (10.0, 60.0, 160.0, 260.0)) -> list[dict]:
    shade_sides = [make_edge(60.0, y, 260.0, y, "shade") for y in (20.0, 60.0)]
    return [make_edge(x, 0.0, x, 100.0) for x in xs] + shade_sides


def test_vertical_rules_with_rows_drawn_only_by_shading_make_a_column_grid() -> None:
    assert is_column_grid(three_column_grid(), column_rule_edges())


def test_a_horizontal_rule_inside_makes_a_ruled_table() -> None:
    edges = column_rule_edges() + [make_edge(10.0, 60.0, 260.0, 60.0)]
    assert not is_column_grid(three_column_grid(), edges)


def test_rules_framing_the_table_alone_still_leave_a_column_grid() -> None:
    frame = [make_edge(10.0, 0.0, 260.0, 0.0), make_edge(10.0, 100.0, 260.0, 100.0)]
    assert is_column_grid(three_column_grid(), column_rule_edges() + frame)


def test_a_grid_of_one_row_or_without_inner_column_rules_is_no_column_grid() -> None:
    one_row = Grid(three_column_grid().rows[:1])
    assert not is_column_grid(one_row, column_rule_edges())
    outer_only = [make_edge(x, 0.0, x, 100.0) for x in (10.0, 260.0)]
    assert not is_column_grid(three_column_grid(), outer_only)


def test_column_text_starts_come_from_the_words_between_the_rules() -> None:
    grid = three_column_grid((10.0, 10.4, 60.0, 60.5, 160.0, 260.0))  # rules drawn as thin boxes: slivers
    assert column_rules(grid) == [10.4, 60.5, 160.0]
    words = [word("1", 14.2, 25.0), word("Police", 64.7, 25.0), word("to", 64.7, 37.0)]
    assert column_starts(grid, words) == (14.2, 64.7, 160.0)  # the third column holds no word: its rule


def test_a_rule_drawn_as_a_filled_box_is_no_header_cell() -> None:
    header = [Line([word("No.", 14.0, 5.0), word("Action", 64.0, 5.0), word("Owner", 164.0, 5.0)])]
    boxes = [Shade(10.0, 0.0, 60.0, 20.0, "#404040"), Shade(60.0, 0.0, 160.0, 20.0, "#404040"),
             Shade(160.0, 0.0, 260.0, 20.0, "#404040")]
    rules = [Shade(x, 0.0, x + 0.5, 20.0, "#000000") for x in (10.0, 60.0, 160.0)]
    columns = [14.0, 64.0, 164.0]
    assert header_cells(header, columns, boxes + rules) == header_cells(header, columns, boxes) == [
        (10.0, 60.0), (60.0, 160.0), (160.0, 260.0)]


@pytest.mark.parametrize("form", ["lo_portrait", "chromium"])
def test_vertical_rules_over_zebra_shading_read_every_recommendation(form: str) -> None:
    tables = read_pdf_file(HELDOUT / f"zebra_vertical_ticks.{form}.pdf").tables
    first = tables[0]
    assert first.strategy == "partly_ruled" and first.confidence == 1.0
    numbers = [row.cells[0].text for row in first.rows[1:] if row.cells[0].text]
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    recommendations = [row.cells[1].text for row in first.rows[1:] if row.cells[0].text]
    assert recommendations[0].startswith("Sedgecombe Police to use the domestic abuse risk assessment")
    assert all(recommendations)
    assert [row.cells[2].text.split()[0] for row in first.rows[1:]] == [
        "Rewrite", "Check", "Run", "Record", "Publish", "Test", "Put", "Add", "Agree", "Hold"]


def test_a_ruled_grid_leaving_words_out_of_its_cells_is_read_from_its_words() -> None:
    from dhr_extract.model import RawTable

    ruled = column_rule_edges() + [make_edge(10.0, 60.0, 260.0, 60.0)]  # a rule inside: no column grid
    grid = three_column_grid()
    assert reads_from_words(grid, RawTable((), 0, 1, grid.bbox, "ruled", confidence=0.7), ruled, [])
    assert not reads_from_words(grid, RawTable((), 0, 1, grid.bbox, "ruled", confidence=0.96), ruled, [])


def header_and_body_grid() -> Grid:
    """Three columns: a header row, and a body the grid finder reads as one row (no rule inside it)."""
    xs = (10.0, 60.0, 160.0, 260.0)
    return Grid(tuple(tuple((a, t, b, u) for a, b in zip(xs, xs[1:])) for t, u in ((0.0, 20.0), (20.0, 140.0))))


def header_rule_edges() -> list[dict]:
    frame = [make_edge(10.0, 0.0, 260.0, 0.0), make_edge(10.0, 140.0, 260.0, 140.0)]
    return [make_edge(x, 0.0, x, 140.0) for x in (10.0, 60.0, 160.0, 260.0)] + frame + [
        make_edge(10.0, 20.0, 260.0, 20.0)]


def two_rows_of_words() -> list[dict]:
    """Two rows: every column starts afresh at 25 and again at 75, under a gap."""
    return [word("1", 14.0, 25.0), word("Police", 64.0, 25.0), word("train", 64.0, 37.0), word("Open", 164.0, 25.0),
            word("2", 14.0, 75.0), word("Health", 64.0, 75.0), word("Done", 164.0, 75.0)]


def test_a_header_rule_over_rows_the_text_shows_makes_a_column_grid_under_its_header() -> None:
    assert is_column_grid_under_header(header_and_body_grid(), header_rule_edges(), two_rows_of_words())
    assert row_start_heights(two_rows_of_words(), [10.0, 60.0, 160.0]) == [25.0, 75.0]


def test_one_genuine_body_row_with_paragraphs_is_not_split() -> None:
    one_row = [word("1", 14.0, 25.0), word("Police", 64.0, 25.0), word("to", 64.0, 37.0),
               word("Also", 64.0, 75.0),  # a second paragraph of one cell, alone at its height
               word("Open", 164.0, 25.0), word("since", 164.0, 37.0), word("May", 164.0, 49.0)]
    assert row_start_heights(one_row, [10.0, 60.0, 160.0]) == [25.0]
    assert not is_column_grid_under_header(header_and_body_grid(), header_rule_edges(), one_row)


def test_a_rule_inside_the_body_leaves_the_grid_ruled() -> None:
    edges = header_rule_edges() + [make_edge(10.0, 70.0, 260.0, 70.0)]
    assert not is_column_grid_under_header(header_and_body_grid(), edges, two_rows_of_words())


def test_header_rule_only_grid_reads_each_row_of_its_text() -> None:
    tables = read_pdf_file(Path(__file__).parent / "fixtures" / "header_rule_only_grid.pdf").tables
    assert {t.strategy for t in tables} == {"partly_ruled"}
    labels = [row.cells[0].text.split(".")[0] for t in tables for row in t.rows if row.cells[0].text[:1].isdigit()]
    assert labels == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_parallel_lists_beside_a_cell_running_on_are_one_row() -> None:
    """Items "a)", "b)" starting together in three columns, beside a first column whose text runs on."""
    words = [word("Trust", 14.0, 25.0), word("ensures", 14.0, 37.0), word("that", 14.0, 49.0),
             word("the", 14.0, 61.0), word("actions", 14.0, 73.0), word("below", 14.0, 85.0)]
    for x in (64.0, 164.0, 214.0):
        words += [word("a)", x, 25.0), word("b)", x, 61.0)]
    assert row_start_heights(words, [10.0, 60.0, 160.0, 210.0]) == [25.0]
    grid = Grid(tuple(tuple((a, t, b, u) for a, b in zip((10.0, 60.0, 160.0, 210.0), (60.0, 160.0, 210.0, 260.0)))
                      for t, u in ((0.0, 20.0), (20.0, 140.0))))
    edges = header_rule_edges() + [make_edge(210.0, 0.0, 210.0, 140.0)]
    assert not is_column_grid_under_header(grid, edges, words)


def test_second_paragraphs_of_every_cell_under_an_unlabelled_first_cell_are_one_row() -> None:
    """Each cell's second paragraph starts at one height, the first cell's with a sub-item ("f."), not
    a row label: one row's paragraphs.  A row label there, or an empty first cell, opens a row."""
    def body(first_text: str | None) -> list[dict]:
        words = [word("32.", 14.0, 25.0), word("Police", 64.0, 25.0), word("Open", 164.0, 25.0), word("Due", 214.0, 25.0)]
        words += [word("Later", x, 61.0) for x in (64.0, 164.0, 214.0)]
        return words + ([word(first_text, 14.0, 61.0)] if first_text else [])
    rules = [10.0, 60.0, 160.0, 210.0]
    assert row_start_heights(body("f."), rules) == [25.0]
    assert row_start_heights(body("33."), rules) == [25.0, 61.0]
    assert row_start_heights(body(None), rules) == [25.0, 61.0]
