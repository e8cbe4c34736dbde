"""Ruled boxes side by side that are one table parted by empty spacer columns.

A word processor's table can leave narrow empty columns between groups of columns with no
rule or fill in them; a PDF producer then draws each group as its own ruled box, and the
lattice finder returns one grid per box.  Boxes whose outer top and bottom rules line up, that
stand no further apart than a spacer column, and whose row rules line up (one box's rules a
subset of the other's, as merged cells only drop rules) are read as one grid with no column
for the gap.
"""
from __future__ import annotations

from pdfplumber.table import Table

from .lines import BBox
from .settings import DEFAULT, PdfSettings


def grid_cells(rows: tuple[tuple[BBox | None, ...], ...]) -> list[BBox]:
    return [b for row in rows for b in row if b is not None]


def row_lines(cells: list[BBox]) -> list[float]:
    return sorted({y for b in cells for y in (b[1], b[3])})


def lines_within(a: list[float], b: list[float], tol: float) -> bool:
    """Every rule of ``a`` lies within ``tol`` of one of ``b``."""
    return all(any(abs(x - y) <= tol for y in b) for x in a)


def spacer_apart(left: list[BBox], right: list[BBox], settings: PdfSettings = DEFAULT) -> bool:
    """``right`` stands just right of ``left``, same top and bottom, row rules lined up."""
    tol = settings.spacer_row_tolerance
    gap = min(b[0] for b in right) - max(b[2] for b in left)
    if not 0 < gap <= settings.spacer_gap:
        return False
    a, b = row_lines(left), row_lines(right)
    if abs(a[0] - b[0]) > tol or abs(a[-1] - b[-1]) > tol or len(a) < 3 or len(b) < 3:
        return False  # a bare box with no row rule inside shows no rows to line up
    return lines_within(a, b, tol) or lines_within(b, a, tol)


def snapped(cells: list[BBox], lines: list[float], tol: float) -> list[BBox]:
    """``cells`` with tops and bottoms moved onto the nearest of ``lines`` within ``tol``
    (pdfplumber groups a row's cells by their exact top)."""
    def snap(y: float) -> float:
        near = min(lines, key=lambda v: abs(v - y))
        return near if abs(near - y) <= tol else y
    return [(b[0], snap(b[1]), b[2], snap(b[3])) for b in cells]


def cells_to_rows(cells: list[BBox]) -> tuple[tuple[BBox | None, ...], ...]:
    return tuple(tuple(r.cells) for r in Table(None, cells).rows)  # type: ignore[arg-type]


def join_spacer_parted(grid_rows: list[tuple[tuple[BBox | None, ...], ...]],
                       settings: PdfSettings = DEFAULT) -> list[tuple[tuple[BBox | None, ...], ...]]:
    """Grids (as rows of cell boxes) with those parted only by spacer columns joined, left to right."""
    groups = [grid_cells(rows) for rows in grid_rows]
    order = sorted(range(len(groups)), key=lambda i: min(b[0] for b in groups[i]) if groups[i] else 0.0)
    joined: dict[int, list[BBox]] = {}
    into: dict[int, int] = {}
    for i in order:
        host = next((h for h in joined if spacer_apart(joined[h], groups[i], settings)), None) if groups[i] else None
        if host is None:
            joined[i] = groups[i]
            continue
        base = joined[host]
        joined[host] = base + snapped(groups[i], row_lines(base), settings.spacer_row_tolerance)
        into[i] = host
    return [cells_to_rows(joined[i]) if any(into.get(k) == i for k in into) else grid_rows[i]
            for i in range(len(grid_rows)) if i in joined]
