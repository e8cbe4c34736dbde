"""The colour of a dot or square standing alone in a cell (a RAG shown as a coloured "●"): ``Cell.ink``.

A cell's text is read from its words, which keep no colour; the page's coloured marks do
(``page.coloured_marks``).  Each row's cells holding a lone mark are matched, left to right, with the
coloured marks standing in the row, where there are as many of each: the cells get the marks' colours.
"""
from __future__ import annotations

from dataclasses import replace

from ...lexicon import is_lone_mark
from ...model import RawTable, Row
from .page import Shade


def with_mark_inks(tables: list[RawTable], marks: list[Shade]) -> list[RawTable]:
    """The tables, each cell that is a lone mark given the colour it is typed in."""
    return [table_with_inks(t, marks) for t in tables] if marks else tables


def table_with_inks(table: RawTable, marks: list[Shade]) -> RawTable:
    """The table, each mark inside it given to the row it stands in: the last row starting above its middle
    (rows read without rules may overlap where a tall cell runs on beside the next)."""
    rows = [r for r in table.rows if r.bbox is not None]
    if table.bbox is None or not rows or not any(is_lone_mark(c.text) for r in rows for c in r.cells):
        return table
    x0, top, x1, bottom = table.bbox
    by_row: dict[int, list[Shade]] = {}
    for mark in marks:
        middle = (mark.top + mark.bottom) / 2
        if not (x0 <= (mark.x0 + mark.x1) / 2 <= x1 and top <= middle <= bottom):
            continue
        owner = max((r for r in rows if r.bbox[1] <= middle + 1), key=lambda r: r.bbox[1], default=None)
        if owner is not None:
            by_row.setdefault(id(owner), []).append(mark)
    return replace(table, rows=tuple(row_with_inks(row, by_row.get(id(row), [])) for row in table.rows))


def row_with_inks(row: Row, marks: list[Shade]) -> Row:
    """The row, its lone-mark cells coloured by its marks (as many of each, left to right)."""
    lone = [k for k, cell in enumerate(row.cells) if not cell.span and is_lone_mark(cell.text)]
    if not lone or len(marks) != len(lone):
        return row
    cells = list(row.cells)
    for k, mark in zip(lone, sorted(marks, key=lambda m: m.x0)):
        cells[k] = replace(cells[k], ink=mark.colour)
    return replace(row, cells=tuple(cells))
