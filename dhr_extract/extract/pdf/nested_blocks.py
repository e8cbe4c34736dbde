"""A nested table whose rules touch the outer grid's, taken back out of it.

A table nested in a cell is drawn inset from the cell's rules, so it is most often a grid of its
own (``nested_grids``).  Where a page break cuts it, its piece at the top of the next page starts
on the outer row's top rule, and the rule-finder returns one grid for both: the outer cell is
then cut into a sliver column each side (the inset, narrower than any text) and the nested
table's cells between them (or, where the nested table is flush with the outer cell's right rule,
a sliver on the left only, the nested cells running to the outer cell's edge).  Those cells are
lifted back out as a grid of their own, and the outer cell made whole again, so the nested table
is read as the other nested tables are.  A
nested table under words of the cell's own that shares the cell's right and bottom rules comes out
as cells overlapping the outer cell (``lift_contained_blocks``), and is lifted out the same way.
"""
from __future__ import annotations

from collections.abc import Sequence

from .lines import BBox

Rows = tuple[tuple[BBox | None, ...], ...]


def lift_nested_blocks(rows: Rows, sliver: float) -> tuple[Rows, list[Rows]]:
    """The grid's rows with each block of cells held between two slivers made one outer cell again
    (the columns no cell starts in left for the caller to squeeze out), and the blocks lifted out as
    grids of their own (``sliver``: the widest column that is an inset)."""
    out = [list(row) for row in rows]
    blocks: list[Rows] = []
    for r in range(len(rows)):
        found = block_between_slivers(out, r, sliver) or block_to_cell_edge(out, r, sliver)
        if found is None:
            continue
        left, right, last, x1 = found
        blocks.append(tuple(tuple(out[k][left + 1:right]) for k in range(r, last + 1)))
        a = out[r][left]
        assert a is not None  # the finders only return drawn cells
        out[r][left] = (a[0], a[1], x1, a[3])
        for k in range(r, last + 1):
            for c in range(left + 1, min(right + 1, len(out[k]))):
                out[k][c] = None
    kept = tuple(tuple(row) for row in out if any(b is not None for b in row))
    return (kept if blocks else rows), blocks


def block_between_slivers(rows: Sequence[Sequence[BBox | None]], r: int,
                          sliver: float) -> tuple[int, int, int, float] | None:
    """Where row ``r`` holds two sliver cells of one height with only cells inside their span between
    them: the two columns, the last row of the span and the outer cell's right edge."""
    row = rows[r]
    slivers = [c for c, b in enumerate(row) if b is not None and b[2] - b[0] <= sliver]
    for left, right in zip(slivers, slivers[1:]):
        a, b = row[left], row[right]
        assert a is not None and b is not None
        if right - left < 2 or (round(a[1]), round(a[3])) != (round(b[1]), round(b[3])):
            continue
        last = next((k for k in range(r, len(rows)) if rows[k][left + 1] is not None
                     and rows[k][left + 1][3] >= a[3] - 1.0), None)  # type: ignore[index]
        if last is not None and inside(rows, r, last, left, right, a, b):
            return left, right, last, b[2]
    return None


def block_to_cell_edge(rows: Sequence[Sequence[BBox | None]], r: int,
                       sliver: float) -> tuple[int, int, int, float] | None:
    """Where row ``r`` holds a sliver cell and then two cells or more of its height running to the row's
    end, and another row a cell from the sliver's left edge to that end (the outer cell): the nested
    table is drawn flush with the outer cell's right rule, so it has an inset on the left only.  The
    sliver's column, the column after the row's end, the last row of the block and the outer cell's
    right edge."""
    row = rows[r]
    for left, a in enumerate(row):
        x1 = flush_block_end(row, left, sliver)
        if a is None or x1 is None or not spanned_elsewhere(rows, r, a[0], x1):
            continue
        last = next((k for k in range(r, len(rows)) if len(rows[k]) > left + 1 and rows[k][left + 1] is not None
                     and rows[k][left + 1][3] >= a[3] - 1.0), None)  # type: ignore[index]
        if last is not None and inside(rows, r, last, left, len(row), a, (x1, a[1], x1, a[3])):
            return left, len(row), last, x1
    return None


def flush_block_end(row: Sequence[BBox | None], left: int, sliver: float) -> float | None:
    """The right edge of the cells after column ``left`` if it is a sliver and two cells or more of its
    height follow it to the row's end."""
    a = row[left]
    if a is None or a[2] - a[0] > sliver:
        return None
    after = [b for b in row[left + 1:] if b is not None]
    if len(after) < 2 or any(abs(b[1] - a[1]) > 1.0 or b[3] > a[3] + 1.0 for b in after):
        return None
    return after[-1][2]


def spanned_elsewhere(rows: Sequence[Sequence[BBox | None]], r: int, x0: float, x1: float) -> bool:
    """Whether a row other than ``r`` has one cell from ``x0`` to ``x1`` (the outer cell; without it the
    sliver and the cells after it are columns of the table, a thin colour strip beside a column)."""
    return any(box is not None and abs(box[0] - x0) <= 1.0 and abs(box[2] - x1) <= 1.0
               for k, other in enumerate(rows) if k != r for box in other)


def inside(rows: Sequence[Sequence[BBox | None]], r: int, last: int, left: int, right: int,
           a: BBox, b: BBox) -> bool:
    """Whether every cell between columns ``left`` and ``right`` in rows ``r`` to ``last`` lies
    between the two slivers ``a`` and ``b`` and within their height, and rows under ``r`` hold no
    cell outside them (the outer row's other cells span the block)."""
    for k in range(r, last + 1):
        for c, box in enumerate(rows[k]):
            if box is None:
                continue
            between = left < c < right
            if between and not (box[0] >= a[2] - 1.0 and box[2] <= b[0] + 1.0 and box[3] <= a[3] + 1.0):
                return False
            if k > r and not between:
                return False
    return True



def lift_contained_blocks(rows: Rows, tol: float) -> tuple[Rows, list[Rows]]:
    """The grid's rows less the cells drawn inside another of its cells, and those cells lifted out, one
    grid per cell holding them (``tol``: how far a shared rule may sit over the holder's edge).

    A table nested in a cell under words of the cell's own (a status line above a "Date | Update"
    table) shares the cell's right and bottom rules, so the rule-finder returns one grid whose cells
    overlap: the outer cell, and the nested cells inside it.  Only a block of two rows and two columns
    or more is a table; a lone inset box (a coloured fill) stays where it is."""
    out = [list(row) for row in rows]
    blocks: list[Rows] = []
    for held in cells_by_holder(rows, tol).values():
        if not two_by_two(held):
            continue
        at = set(held)
        blocks.append(tuple(tuple(b if (r, c) in at else None for c, b in enumerate(rows[r]))
                            for r in sorted({r for r, _ in held})))
        for r, c in held:
            out[r][c] = None
    kept = tuple(tuple(row) for row in out if any(b is not None for b in row))
    return (kept if blocks else rows), blocks


def cells_by_holder(rows: Rows, tol: float) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The cells (row, column) drawn inside another cell, by the outermost cell holding them (a grid
    nested two deep is lifted whole)."""
    cells = [(r, c, b) for r, row in enumerate(rows) for c, b in enumerate(row) if b is not None]
    by_holder: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for r, c, box in cells:
        holders = [(area(other), (r2, c2)) for r2, c2, other in cells if holds(other, box, tol)]
        if holders:
            by_holder.setdefault(max(holders)[1], []).append((r, c))
    return by_holder


def two_by_two(cells: list[tuple[int, int]]) -> bool:
    """Whether cells (row, column) span two rows and two columns or more: a table, not a lone box."""
    return len({r for r, _ in cells}) >= 2 and len({c for _, c in cells}) >= 2


def holds(outer: BBox, inner: BBox, tol: float) -> bool:
    """Whether box ``inner`` is drawn inside ``outer`` (a rule perhaps shared, over by ``tol``) and smaller."""
    inside_all = (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
                  and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)
    smaller = area(inner) < area(outer)
    middle = (outer[0] < (inner[0] + inner[2]) / 2 < outer[2] and outer[1] < (inner[1] + inner[3]) / 2 < outer[3])
    return inside_all and smaller and middle


def area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])
