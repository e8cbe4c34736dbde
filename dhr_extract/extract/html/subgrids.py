"""Structures inside a table's cells read as more columns of the table, not as run-together text.

A column whose cells each hold one table of the same header (a recommendation's actions, nested in
its row) becomes that header's columns: each nested row a sub-row of the outer row, the outer
cells merged down over them as a rowspan would (``extract.subrows``, shared with the other
readers; here only which ``<td>`` holds a table).  A column whose cells each hold one definition
list of the same terms (``Recommendation`` / ``Scope``) becomes one column per term, headed by it.
Rows above the first such cell are the header: there the new columns are named by the nested
header or the terms.
"""
from __future__ import annotations

from typing import Callable

from bs4 import Tag

from dhr_extract.extract.subrows import Grid, has_body, nested_to_sub_rows
from dhr_extract.extract.terms import Terms, split_by_terms

from .dom import nearest
from .lines import cell_text

Origins = dict[tuple[int, int], Tag]
GridReader = Callable[[Tag], Grid]


def own_children(td: Tag, name: str) -> list[Tag]:
    """The ``name`` elements in the cell that belong to it (not to a table nested deeper)."""
    return [t for t in td.find_all(name) if nearest(t, ("td", "th")) is td]


def text_outside(td: Tag, inner: Tag) -> str:
    """The cell's text other than ``inner``'s."""
    return "".join(s for s in td.find_all(string=True) if inner not in s.parents).strip()


def nested_grid(td: Tag, table_to_grid: GridReader) -> Grid | None:
    """The grid of the one table the cell holds and nothing else, if it has a header and rows under it."""
    tables = own_children(td, "table")
    if len(tables) != 1 or text_outside(td, tables[0]):
        return None
    grid = table_to_grid(tables[0])
    return grid if has_body(grid) else None


def definition_terms(td: Tag) -> Terms | None:
    """(term, definition) of the one definition list the cell holds and nothing else."""
    lists = own_children(td, "dl")
    if len(lists) != 1 or text_outside(td, lists[0]):
        return None
    pairs: Terms = []
    for child in lists[0].find_all(["dt", "dd"]):
        if child.name == "dt":
            pairs.append((cell_text(child), ""))
        elif pairs:
            term, text = pairs[-1]
            pairs[-1] = (term, "\n".join(t for t in (text, cell_text(child)) if t))
    return pairs if len(pairs) >= 2 else None


def column_cells(origins: Origins, column: int) -> dict[int, Tag]:
    return {r: td for (r, c), td in origins.items() if c == column}


def expand_nested_tables(grid: Grid, origins: Origins, table_to_grid: GridReader) -> Grid:
    """Each column whose cells hold tables of one header, read as that header's columns (see
    ``extract.subrows``)."""
    nested = {rc: g for rc, td in origins.items() if (g := nested_grid(td, table_to_grid)) is not None}
    return nested_to_sub_rows(grid, nested)


def expand_definition_lists(grid: Grid, origins: Origins) -> tuple[Grid, Origins]:
    """Each column whose cells hold definition lists of the same terms, one column per term
    (``extract.terms``); the origins moved with their columns."""
    width = len(grid[0]) if grid else 0
    for column in range(width - 1, -1, -1):  # right to left: a split leaves the columns before it in place
        lists = {r: d for r, td in column_cells(origins, column).items() if (d := definition_terms(td)) is not None}
        terms = {tuple(term for term, _ in d) for d in lists.values()}
        if len(lists) >= 2 and len(terms) == 1:
            grid = split_by_terms(grid, column, lists)
            extra = len(next(iter(terms))) - 1
            origins = {(r, c + extra if c > column else c): td for (r, c), td in origins.items()}
    return grid, origins
