"""A column whose cells each hold the same labelled parts (``Recommendation`` / ``Scope``), one column per label.

HTML marks the parts (a ``<dl>`` of terms, found by ``html.subgrids``); the column becomes one column
per label, headed by it: the rows above the first labelled cell are the header, a row with a labelled
cell gives each part its column, and any other row keeps its cell in the first.  Where the labels are
only lines of text (a printed page, a Word cell), ``normalise.labelled_blocks`` splits the column.
"""
from __future__ import annotations

from dhr_extract.model import Cell

Grid = list[list[Cell]]
Terms = list[tuple[str, str]]  # (label, the text under it)

def term_cells(cell: Cell, r: int, lists: dict[int, Terms], names: tuple[str, ...], first: int) -> list[Cell]:
    """One cell per term: the header names the terms, a labelled row its parts, any other row keeps
    its cell in the first."""
    if r in lists:
        return [Cell(text, "", cell.fill) for _, text in lists[r]]
    if r < first and not cell.span:
        return [Cell(name) for name in names]
    return [cell, *(Cell("", "left" if cell.span == "left" else cell.span) for _ in names[1:])]


def split_by_terms(grid: Grid, column: int, lists: dict[int, Terms]) -> Grid:
    """Column ``column`` as one column per term of its labelled cells (``lists``, by row)."""
    names = tuple(term for term, _ in next(iter(lists.values())))
    first = min(lists)
    return [row[:column] + term_cells(row[column], r, lists, names, first) + row[column + 1:]
            for r, row in enumerate(grid)]
