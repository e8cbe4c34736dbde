"""A ruled plan table drawn inside a frame (a one-cell table holding the title and the plan, Word's
table in a table) where the frame's rules meet the plan's on a page with no title between them: the
grid read there has the frame's margins as columns of their own, each one empty cell down the whole
table, at its left or right.  Dropped, the table has the plan's columns alone, as on the page before."""
from __future__ import annotations

from dataclasses import replace

from ...model import RawTable, Row


def without_frame_margins(table: RawTable) -> RawTable:
    """The table less its first and last columns where each is a frame's margin (``is_margin``)."""
    rows = table.rows
    if table.n_cols < 3 or len(rows) < 2:
        return table
    keep = [c for c in range(table.n_cols) if not (c in (0, table.n_cols - 1) and is_margin(rows, c))]
    if len(keep) == table.n_cols:
        return table
    return replace(table, rows=tuple(Row(tuple(r.cells[c] for c in keep), r.index, r.page, r.bbox, r.joined)
                                     for r in rows))


def is_margin(rows: tuple[Row, ...], column: int) -> bool:
    """Whether a column is one empty, unshaded cell merged down every row, no cell beside it merged into it."""
    first = rows[0].cells[column]
    if first.text.strip() or first.span or first.fill or any(len(r.cells) <= column for r in rows):
        return False
    down = all(r.cells[column].span == "above" for r in rows[1:])
    into = column + 1 < len(rows[0].cells) and any(r.cells[column + 1].span == "left" for r in rows)
    return down and not into
