"""A page laid out in text columns (a report set in newspaper columns): a table that runs out of room at
the foot of one column goes on at the top of the next, to its right.  Taken top first, the page's
tables would read the next column's part before the part it continues; one reads the page column by
column, so a table's part in the next column comes straight after the part it goes on from.

A part in the next column stands wholly to the right of the part before and starts higher on the
page than it, and it keeps the table's columns: as many, and as wide in all.  Two tables side by
side that are not one table flowing (a plan beside a key box) do not share their columns, and keep
their places, top first.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import RawTable
from .settings import DEFAULT, PdfSettings


def flows_on(part: RawTable, before: RawTable, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``part`` is the rest of ``before`` going on at the top of the next text column: wholly to
    its right, starting above it, with as many columns and as wide (``flow_width_tolerance``)."""
    if part.bbox is None or before.bbox is None or part.n_cols != before.n_cols or part.n_cols < 2:
        return False
    x0, top, x1, _ = part.bbox
    b_x0, b_top, b_x1, _ = before.bbox
    return (x0 >= b_x1 - settings.snap_tolerance and top < b_top
            and abs((x1 - x0) - (b_x1 - b_x0)) <= settings.flow_width_tolerance)


def column_reading_order(tables: list[RawTable], settings: PdfSettings = DEFAULT) -> list[RawTable]:
    """A page's tables (``tables``: top first) in reading order: each table's part in the next text
    column (``flows_on``) straight after it, marked ``column_break``, the rest top first."""
    goes_on: dict[int, int] = {}  # the part before -> its part in the next column
    for k, part in enumerate(tables):
        before = next((j for j, t in enumerate(tables) if j != k and j not in goes_on and flows_on(part, t, settings)),
                      None)
        if before is not None:
            goes_on[before] = k
    parts = set(goes_on.values())
    ordered: list[RawTable] = []
    for k in range(len(tables)):
        if k in parts:
            continue
        while k is not None and len(ordered) < len(tables):
            ordered.append(replace(tables[k], column_break=True) if k in parts else tables[k])
            k = goes_on.get(k)
    return ordered
