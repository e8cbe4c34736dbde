"""A column of words set beside a ruled grid, outside its rules: one more column of the table.

A plan may print its recommendation numbers in a narrow margin column with no rules round it,
no shading and an empty header cell, beside the ruled table (a Word table whose first column has
its borders turned off).  The grid finder stops at the last vertical rule, so those words fall
outside every cell, and a line holding only a number is read as a page number and dropped: the
numbers printed on the page are lost.  Words beside a grid (left or right, within
``margin_column_gap``), whose lines each stand at the height of a line of text inside the grid
and of which some open a row of it, are the table's: the grid gains a column for them, each of
its cells as tall as the cell beside it (merged down where that cell is).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Literal

from .lines import BBox, Line, Word, centre_inside, words_to_lines
from .ruled import Grid
from .settings import DEFAULT, PdfSettings

Side = Literal["left", "right"]


def with_margin_columns(grid: Grid, words: list[Word], others: list[BBox],
                        settings: PdfSettings = DEFAULT) -> Grid:
    """The grid with a column added on each side where words beside it line up with its rows
    (``others``: the boxes of the page's other grids, whose words are theirs)."""
    for side in ("left", "right"):
        margin = margin_words(grid, words, others, side, settings)
        if margin and lines_up_with_rows(words_to_lines(margin), grid, words, settings):
            grid = with_column(grid, margin, side)
    return grid


def margin_words(grid: Grid, words: list[Word], others: list[BBox], side: Side,
                 settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words between the grid's top and bottom on one side of it, outside every grid, when the
    nearest of them comes within ``margin_column_gap`` of the grid's side ([]: none, or too far)."""
    x0, top, x1, bottom = grid.bbox
    beside = [w for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom
              and ((w["x0"] + w["x1"]) / 2 < x0 if side == "left" else (w["x0"] + w["x1"]) / 2 > x1)
              and not any(centre_inside(w, box) for box in others)]
    if not beside:
        return []
    gap = x0 - max(w["x1"] for w in beside) if side == "left" else min(w["x0"] for w in beside) - x1
    return beside if gap <= settings.margin_column_gap else []


def lines_up_with_rows(margin: list[Line], grid: Grid, words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """Whether every margin line stands at the height of a line of text inside the grid, and at
    least ``min_column_support`` of them at a row's first line (a label opening its row)."""
    inside = words_to_lines(w for w in words if centre_inside(w, grid.bbox))
    tol = settings.centre_tolerance
    if not all(any(abs(m.top - ln.top) <= tol for ln in inside) for m in margin):
        return False
    firsts = [min((ln.top for ln in inside if top - tol <= ln.top < bottom), default=None)
              for top, bottom in row_bands(grid)]
    opening = sum(any(f is not None and abs(m.top - f) <= tol for f in firsts) for m in margin)
    return opening >= settings.min_column_support


def row_bands(grid: Grid) -> list[tuple[float, float]]:
    """Each row's top and the bottom of its shortest cell."""
    return [(min(b[1] for b in row if b), min(b[3] for b in row if b)) for row in grid.rows if any(row)]


def with_column(grid: Grid, margin: list[Word], side: Side) -> Grid:
    """The grid with a column on one side reaching from its words to the grid: in each row a cell as
    tall as the grid's cell beside it where that cell starts in the row, merged down (None) where a
    cell from a row above covers it."""
    x0, _, x1, _ = grid.bbox
    outer = min(w["x0"] for w in margin) - 1 if side == "left" else max(w["x1"] for w in margin) + 1
    left, right = (outer, x0) if side == "left" else (x1, outer)
    edge = 0 if side == "left" else 2
    side_x = x0 if side == "left" else x1
    rows = []
    for row in grid.rows:
        beside = next((b for b in row if b is not None and abs(b[edge] - side_x) <= 1), None)
        cell: BBox | None = None if beside is None else (left, beside[1], right, beside[3])
        rows.append((cell, *row) if side == "left" else (*row, cell))
    return replace(grid, rows=tuple(rows))
