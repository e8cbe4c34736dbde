"""A header's second row of sub-headings under a group heading ("Lead" spanning "Police | Council | CSP").

A header cell spanning several columns is a group heading; the row under it that gives each of those
columns a short heading of its own, while every other column's cell is merged down from the header, is
the header's second row, whatever its headings say (agency names, periods, people): it is never data.
"""
from __future__ import annotations

from ..model import Row
from .marks import is_mark

SUBHEADING_LENGTH = 60  # characters: a second header row's cells are no longer ("RAG", "Commentary")


def grouped_columns(header_row: Row) -> set[int]:
    """The columns under the row's cells that span several columns (each such cell's own and those it covers)."""
    grouped: set[int] = set()
    cells = header_row.cells
    for c in range(1, len(cells)):
        if cells[c].span != "left":
            continue
        start = c - 1
        while start > 0 and cells[start].span == "left":
            start -= 1
        if not cells[start].span:  # a cell of its own, spanning to column c
            grouped.update((start, c))
    return grouped


def is_group_subheading_row(row: Row, header_row: Row) -> bool:
    """Sub-headings under ``header_row``'s group headings: a short heading (no mark) in every column a
    group cell spans, and every other cell merged down from the header (two grouped columns at least)."""
    grouped = grouped_columns(header_row)
    if len(grouped) < 2 or len(row.cells) != len(header_row.cells):
        return False
    for c, cell in enumerate(row.cells):
        text = cell.text.strip()
        if c not in grouped and cell.span != "above":
            return False
        if c in grouped and (cell.span or not text or len(text) > SUBHEADING_LENGTH or is_mark(text)):
            return False
    return True
