"""A number column that only counts the table's rows ("#", "No.", "Row": 1, 2, 3 … one per row).

Some plans number every row of the table for reference at meetings, beside a column holding the
recommendation's own number, which is merged down (or left empty, or repeated) over the recommendation's
action rows. The row count names the row, not the recommendation: beside such a number column it is a
row serial and keeps no role (its text goes to the residue as a column the model has no field for).
"""
from __future__ import annotations

from typing import Iterable

from ..model import Row
from .reference_columns import column_texts

MIN_ROWS_COUNTED = 3  # two rows counting 1, 2 say little about a column


def counts_rows(values: list[str], n_rows: int) -> bool:
    """Whether ``values`` run 1, 2, 3 … with no gap, one for every one of ``n_rows`` rows."""
    return len(values) == n_rows >= MIN_ROWS_COUNTED and [v.strip().rstrip(".") for v in values] == [
        str(k) for k in range(1, n_rows + 1)]


def filled_cells(row: Row) -> int:
    return sum(1 for c in row.cells if not c.span and c.text.strip())


def row_serial_columns(roles: list[str | None], body: Iterable[Row]) -> list[str | None]:
    """``roles`` with each number column that counts every body row dropped, when another number column
    does not (its value merged down, left empty or repeated over a recommendation's rows): that one holds
    the recommendations' numbers."""
    numbers = [i for i, role in enumerate(roles) if role == "number"]
    if len(numbers) < 2:
        return roles
    rows = [row for row in body if filled_cells(row) >= 2]  # a heading row across the table is no row of data
    texts = column_texts(rows, numbers)
    serials = {i for i in numbers if counts_rows(texts[i], len(rows))}
    if not serials or len(serials) == len(numbers):
        return roles
    return [None if i in serials else role for i, role in enumerate(roles)]
