"""An unruled two-row header: a group cell over sub-headed columns, and the cells merged down beside it.

A ruled header shows a group cell ("Lead (✓)") spanning the columns its sub-headings name
("Police | Health Board | Council"), and the other header cells merged down over both rows; the
ruled reader marks the covered positions (``span`` "left" / "above") and the header reader folds
the two rows into one.  Without rules the group cell is only words, printed centred over its
columns, so it lands in a middle column of the run, the positions beside it read empty, and the
row of sub-headings looks like a data row.  The rule read here: in a table's first two rows, a
run of two or more columns each headed in the second row, over which the first row holds a single
short cell, is that cell's span; the first row's other cells, short and over nothing in the
second, are merged down.  The cells are marked as the ruled reader marks them.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Cell, RawTable, Row
from .settings import DEFAULT, PdfSettings


def with_group_header_spans(table: RawTable, settings: PdfSettings = DEFAULT) -> RawTable:
    """The table with its first two rows marked as a group header's (``span``), when they are one."""
    if len(table.rows) < 3:
        return table
    top, below = table.rows[0], table.rows[1]
    runs = sub_headed_runs(below)
    if not runs or not all(is_group_run(top, run) for run in runs) or not is_group_header(top, below, runs, settings):
        return table
    grouped = {c for run in runs for c in run}
    top_cells = list(top.cells)
    for run in runs:
        text = next(top.cells[c].text for c in run if top.cells[c].text.strip())
        top_cells[run[0]] = replace(top.cells[run[0]], text=text)
        top_cells[run[0] + 1:run[-1] + 1] = [Cell("", "left") for _ in run[1:]]
    below_cells = [cell if c in grouped else Cell("", "above") for c, cell in enumerate(below.cells)]
    rows = (replace(top, cells=tuple(top_cells)), replace(below, cells=tuple(below_cells)), *table.rows[2:])
    return replace(table, rows=rows)


def sub_headed_runs(row: Row) -> list[list[int]]:
    """The runs of two or more neighbouring columns with text in the row."""
    runs: list[list[int]] = []
    current: list[int] = []
    for c, cell in enumerate(row.cells):
        if cell.text.strip() and not cell.span:
            current.append(c)
            continue
        runs, current = runs + [current] if len(current) >= 2 else runs, []
    return runs + [current] if len(current) >= 2 else runs


def is_group_run(top: Row, run: list[int]) -> bool:
    """Whether the first row holds exactly one cell over the run."""
    return sum(1 for c in run if top.cells[c].text.strip() or top.cells[c].span) == 1


def is_group_header(top: Row, below: Row, runs: list[list[int]], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the two rows read as a header: every cell short, the second row's text only in the runs,
    and the first row naming at least ``min_merged_down_headers`` columns outside them."""
    grouped = {c for run in runs for c in run}
    cells = [*top.cells, *below.cells]
    if any(len(c.text) > settings.max_group_header_length or "\n\n" in c.text for c in cells):
        return False
    if any(cell.text.strip() for c, cell in enumerate(below.cells) if c not in grouped):
        return False
    named = sum(1 for c, cell in enumerate(top.cells) if c not in grouped and cell.text.strip() and not cell.span)
    return named >= settings.min_merged_down_headers
