"""Ruled grids drawn inside one cell of another grid: a table nested in that cell.

A browser prints an HTML table nested in a cell, and Word a table inserted in a cell, as a ruled
grid lying wholly inside the outer cell's box.  Read alone, its words run together into the
outer cell; read as a grid, its rows are the outer row's sub-rows (``extract.subrows``, as the
HTML and DOCX readers do).  A cell with words beside its grid keeps the grid's text as its own.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ...model import Row
from ..subrows import is_name_row, nested_column, split_rows
from .lines import BBox, Word, bold_word, centre_inside
from .settings import DEFAULT, PdfSettings

CellAt = tuple[int, int]


class RuledGrid(Protocol):  # ``ruled.Grid``, which imports this module
    @property
    def rows(self) -> tuple[tuple[BBox | None, ...], ...]: ...


def within(inner: BBox, outer: BBox, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``inner`` lies inside ``outer`` (another box), its rules perhaps over ``outer``'s edges
    by ``nested_grid_tolerance`` (a rule the two share)."""
    tol = settings.nested_grid_tolerance
    return (inner != outer and inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def cell_holding(rows: Sequence[Sequence[BBox | None]], inner: BBox,
                 settings: PdfSettings = DEFAULT) -> CellAt | None:
    """The cell of a grid whose box holds ``inner`` whole, if one does."""
    return next(((r, c) for r, row in enumerate(rows) for c, box in enumerate(row)
                 if box is not None and within(inner, box, settings)), None)


def held_alone(rows: Sequence[Sequence[BBox | None]], inners: Sequence[BBox],
               words: Sequence[Word], settings: PdfSettings = DEFAULT) -> dict[CellAt, int]:
    """Which nested grid (by position in ``inners``) each cell holds alone: one grid in the cell and
    no word of the cell outside it."""
    by_cell: dict[CellAt, list[int]] = {}
    for i, inner in enumerate(inners):
        if (at := cell_holding(rows, inner, settings)) is not None:
            by_cell.setdefault(at, []).append(i)
    alone: dict[CellAt, int] = {}
    for (r, c), found in by_cell.items():
        box, inner = rows[r][c], inners[found[0]]
        assert box is not None  # cell_holding only returns cells with a box
        if len(found) == 1 and not any(centre_inside(w, box) and not centre_inside(w, inner) for w in words):
            alone[(r, c)] = found[0]
    return alone


def without_nested_headers(words: Sequence[Word], inners: Sequence[RuledGrid]) -> list[Word]:
    """The words less those of each nested grid's header row: a first row over others, all in bold, naming
    columns ("Date | Update").  They name the entries of the outer cell's text and are none of them (as
    the HTML and DOCX readers leave out a nested table's header row)."""
    dropped = {id(w) for grid in inners if len(grid.rows) >= 2 for w in header_words(grid.rows[0], words)}
    return [w for w in words if id(w) not in dropped]


def header_words(row: Sequence[BBox | None], words: Sequence[Word]) -> list[Word]:
    """The words of a grid's row if they are column names in bold, else none."""
    cells = [[w for w in words if centre_inside(w, box)] for box in row if box is not None]
    found = [w for ws in cells for w in ws]
    names = [" ".join(w["text"] for w in ws) for ws in cells]
    return found if found and all(bold_word(w) for w in found) and is_name_row(names) else []


def rows_with_sub_rows(rows: Sequence[Row], nested: dict[CellAt, Sequence[Row]],
                       min_grids: int = 2) -> tuple[Row, ...]:
    """The outer rows with one column's nested rows read as sub-rows (``extract.subrows``: in ``min_grids``
    cells or more); each sub-row's box is its nested row's band across the outer row, the last reaching
    the outer row's foot."""
    cells = {at: [list(row.cells) for row in inner] for at, inner in nested.items()}
    found = nested_column(cells, min_grids)
    if found is None:
        return tuple(rows)
    column, grids = found
    split = split_rows([list(row.cells) for row in rows], column, grids)
    boxes: list[tuple[int | None, BBox | None]] = []  # (page, box) per row of the split
    for r, row in enumerate(rows):
        body = body_rows(nested[(r, column)], grids[r]) if r in grids else []
        if not body:
            boxes.append((row.page, row.bbox))
            continue
        for k, sub in enumerate(body):
            boxes.append((row.page, sub_row_box(row.bbox, sub.bbox, k == 0, k == len(body) - 1)))
    return tuple(Row(tuple(c), i, page, box) for i, (c, (page, box)) in enumerate(zip(split, boxes)))


def body_rows(raw: Sequence[Row], read: Sequence[Sequence[object]]) -> list[Row]:
    """A nested grid's rows under its header: the last rows of ``raw`` matching the body of its grid as
    read (``read``: with a header row given to the rest of a table cut by a page break, which has none)."""
    return list(raw[len(raw) - (len(read) - 1):]) if len(read) > 1 else []


def sub_row_box(outer: BBox | None, inner: BBox | None, first: bool, last: bool) -> BBox | None:
    if outer is None or inner is None:
        return outer
    return (outer[0], outer[1] if first else inner[1], outer[2], outer[3] if last else inner[3])
