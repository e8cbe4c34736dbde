"""A table nested in the cells of one column, read as that column's sub-rows (any input format).

Plans in HTML and Word (and their prints) sometimes hold each recommendation's actions as a small
table of their own inside the recommendation's row.  A column whose cells each hold one such
table, all of the same header, becomes that header's columns: each nested row a sub-row of the
outer row, the outer cells merged down over them as a rowspan would.  Rows above the first
nested table are the header: there the new columns are named by the nested header.  Each reader
finds the nested grids its own way (a ``<table>`` in a ``<td>``, a ``w:tbl`` in a ``w:tc``, a
ruled grid drawn inside a PDF cell); this module only rearranges the grids.
"""
from __future__ import annotations

from dhr_extract.model import Cell

Grid = list[list[Cell]]
Nested = dict[tuple[int, int], Grid]  # (row, column) of an outer cell -> the grid nested in it


NAME_WORDS = 3  # a nested table's column name ("Date", "Action taken") runs to no more words


def is_name_row(texts: list[str]) -> bool:
    """A row of column names ("Date | Update"): two or more filled cells, each a few words and no figure
    (a data row has a date, a number or a sentence)."""
    filled = [t for t in texts if t.strip()]
    return len(filled) >= 2 and all(len(t.split()) <= NAME_WORDS and not any(ch.isdigit() for ch in t)
                                    for t in filled)


def has_body(grid: Grid) -> bool:
    """A nested grid worth reading as sub-rows: a header row and at least one row under it."""
    return len(grid) >= 2


def nested_column(nested: Nested, min_grids: int = 2) -> tuple[int, dict[int, Grid]] | None:
    """The rightmost column in which at least ``min_grids`` cells (two: one small table in a cell may be
    the cell's own) hold grids of one header, with those grids by row."""
    for column in sorted({c for _, c in nested}, reverse=True):
        own = headed_over_continuation({r: g for (r, c), g in nested.items() if c == column})
        grids = {r: g for r, g in own.items() if has_body(g)}
        headers = {tuple(cell.text for cell in g[0]) for g in grids.values()}
        if len(grids) >= min_grids and len(headers) == 1:
            return column, grids
    return None


def headed_over_continuation(own: dict[int, Grid]) -> dict[int, Grid]:
    """One column's nested grids, the first given the header the others share when it opens with a
    row of that header's width that is not it: the rest of a nested table a page break cut (a PDF
    page then opens with its body rows)."""
    first = min(own, default=None)
    rest = [g for r, g in own.items() if r != first and has_body(g)]
    headers = {tuple(cell.text for cell in g[0]) for g in rest}
    if first is None or len(headers) != 1 or not own[first]:
        return own
    header = rest[0][0]
    opening = own[first][0]
    if tuple(cell.text for cell in opening) in headers or len(opening) != len(header):
        return own
    return {**own, first: [header, *own[first]]}


def nested_to_sub_rows(grid: Grid, nested: Nested) -> Grid:
    """``grid`` with one column's nested grids read as sub-rows (see the module); unchanged without one."""
    found = nested_column(nested)
    return split_rows(grid, *found) if found else grid


def split_rows(grid: Grid, column: int, nested: dict[int, Grid]) -> Grid:
    """Column ``column`` replaced by the nested tables' columns, each outer row over its nested rows."""
    first = min(nested)
    header = nested[first][0]
    out: Grid = []
    for r, row in enumerate(grid):
        before, after = row[:column], row[column + 1:]
        if r in nested:
            body = nested[r][1:] or [[Cell() for _ in header]]
            for k, sub in enumerate(body):
                outer = (before, after) if k == 0 else (covered(before), covered(after))
                out.append([*outer[0], *fit(sub, len(header)), *outer[1]])
        else:
            inner = list(header) if r < first else [row[column], *(Cell() for _ in header[1:])]
            out.append([*before, *inner, *after])
    return out


def covered(cells: list[Cell]) -> list[Cell]:
    """Cells of the outer row as seen from a sub-row under it: merged down over it."""
    return [Cell("", "left" if c.span == "left" else "above") for c in cells]


def fit(cells: list[Cell], width: int) -> list[Cell]:
    return (cells + [Cell() for _ in range(width)])[:width]
