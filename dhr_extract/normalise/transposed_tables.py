"""Transposed plan tables: the column names written down the first column, one column per action.

Some plans turn the plan table on its side: the first column names the rows ("Recommendation no.",
"Recommendation", "Action", "Lead agency", "Target date", "Progress") and each further column is an
action, a recommendation's number and text merged across the columns of its actions.
``transposed_table`` turns such a table back into the plan table it stands for: the first column
becomes the header row and each value column a row, a cell merged across columns becoming a cell
merged down rows, so that the rest of the reader sees the layout it knows.

What tells it from a table of labelled rows (a record: "Action" | its text, "Lead agency" | …, see
``record_tables``): each label names a column once (a record repeats its "Action" rows per action),
and there are several value columns whose cells differ (a record has one value column, or a second
column left empty or merged into the first).
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Cell, RawTable, Row, Span
from .headers import PLAN_ROLES, find_header, fold_header, header_role, is_header_row

MIN_VALUE_COLUMNS = 2  # one value column is a labelled record (record_tables), not a plan of one action
TURNED_SPAN: dict[Span, Span] = {"": "", "left": "above", "above": "left"}  # a merge across becomes one down


def transposed_table(table: RawTable) -> RawTable:
    """The plan table a transposed plan table stands for (see the module's docstring); any other table as
    it is."""
    if not is_transposed_plan(table):
        return table
    width = table.n_cols
    rows = []
    for column in range(width):
        cells = tuple(turned_cell(row, column) for row in table.rows)
        rows.append(Row(cells, column, table.page))
    return replace(table, rows=tuple(rows))


def turned_cell(row: Row, column: int) -> Cell:
    """The cell of ``row`` in ``column`` as it reads turned: a merge from the left becomes one from above."""
    if column >= len(row.cells):
        return Cell()
    cell = row.cells[column]
    return replace(cell, span=TURNED_SPAN[cell.span])


def is_transposed_plan(table: RawTable) -> bool:
    """No header row across, a first column that reads as a plan table's header (``is_header_row``) naming
    each column once, and several value columns that differ in the action's (or recommendation's) row."""
    if table.n_cols < MIN_VALUE_COLUMNS + 1 or len(table.rows) < 2 or find_header(table) is not None:
        return False
    labels = [row.cells[0] for row in table.rows]
    if any(c.span or not c.text.strip() for c in labels):
        return False
    names = [fold_header(c.text) for c in labels]
    if len(set(names)) < len(names) or not is_header_row(Row(tuple(labels), 0)):
        return False
    return any(header_role(c.text) in PLAN_ROLES and distinct_values(row) >= MIN_VALUE_COLUMNS
               for c, row in zip(labels, table.rows))


def distinct_values(row: Row) -> int:
    """How many different texts the row's value cells hold of their own (merged and empty cells left out)."""
    return len({" ".join(c.text.split()) for c in row.cells[1:] if not c.span and c.text.strip()})
