"""Tables inside tables (HTML pages): which of them are read as tables of their own.

The HTML parser gives every table, each marked with the table it sits in (``RawTable.parent``), so
that a table used to lay out a page (banner, menu, content, sidebar) can never hide the plan
inside it.  Here the plan tables decide: a table around a plan table only frames the page, and a
table inside a plan table's cell is already that cell's text.
"""
from __future__ import annotations

from ..model import RawTable
from .headers import find_header


def ancestors(table: RawTable, by_index: dict[int, RawTable]) -> list[int]:
    """The indexes of the tables around ``table``, innermost first."""
    chain: list[int] = []
    parent = table.parent
    while parent is not None and parent in by_index and parent not in chain:
        chain.append(parent)
        parent = by_index[parent].parent
    return chain


def unnested_tables(tables: list[RawTable]) -> list[RawTable]:
    """The tables to read: without the frames around plan tables and without the tables inside them.
    A plan table inside a longer plan table is a table in one of its cells, not a plan of its own."""
    if all(t.parent is None for t in tables):
        return tables
    by_index = {t.index: t for t in tables}
    around = {t.index: ancestors(t, by_index) for t in tables}
    plans = {t.index for t in tables if find_header(t) is not None}
    in_a_cell = plans_in_plan_cells(plans, around, by_index)
    skipped = in_a_cell | frames_and_contents(plans - in_a_cell, around)
    return [t for t in tables if t.index not in skipped]


def plans_in_plan_cells(plans: set[int], around: dict[int, list[int]], by_index: dict[int, RawTable]) -> set[int]:
    """The plan tables that sit inside a plan table at least as long (a table in one of its cells)."""
    return {i for i in plans
            if any(a in plans and len(by_index[a].rows) >= len(by_index[i].rows) for a in around[i])}


def frames_and_contents(read: set[int], around: dict[int, list[int]]) -> set[int]:
    """The tables around the plan tables ``read`` (they only frame the page) and inside them (their
    text is already a cell's)."""
    frames = {a for i in read for a in around[i]}
    inside = {i for i, chain in around.items() if read & set(chain)}
    return frames | inside
