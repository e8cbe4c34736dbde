"""A recommendation's actions written as parallel lines in one row: the n-th line of each cell is the
n-th action's.

Some plans give each recommendation one row and list its actions a line each (``<br>`` or one paragraph
each) in the action cell, with the lead, the date and the progress a line each in the cells beside it:
``Add … checklist.`` / ``Audit twenty releases.`` beside ``Dec 2025`` / ``Mar 2026``.  Read as one row, the
actions run together and their dates with them.  What shows the layout: the target cell holds as many
lines as the action cell, each a date alone, and each action line is a whole sentence, so each line
belongs to one action.  The row becomes one row per action, each taking its own line of every cell with
that many lines; a cell of one line (one lead for them all) and the recommendation's cells are merged
down over the rest, as a merged cell would be.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Cell, RawTable, Row
from .bullet_actions import BULLET
from .headers import Header, find_header
from .parts import opens_sub_item
from .review_flags import is_date_only
from .row_kinds import ACTION_ROLES, PROGRESS_ROLES

ACTION_SIDE_ROLES = frozenset(ACTION_ROLES) | frozenset(PROGRESS_ROLES)  # the cells that are an action's own
MIN_LINES = 2
SENTENCE_ENDS = (".", "!", "?")


def cell_lines(cell: Cell) -> list[str]:
    return [line.strip() for line in cell.text.split("\n") if line.strip()]


def is_whole_item(line: str) -> bool:
    """A line that is an action of its own: a whole sentence, not a sub-item ("a) To identify …") or a
    line a paragraph wrapped or a page cut mid-sentence."""
    return line.rstrip().endswith(SENTENCE_ENDS) and not opens_sub_item(line)


def parallel_count(row: Row, header: Header) -> int:
    """How many actions the row lists in parallel lines: the action cell's line count where the target
    cell has as many lines, each a date alone, and no other action cell has more than one line but that
    many; else 0."""
    action, target = header.columns("action"), header.columns("target")
    if len(action) != 1 or len(target) != 1 or max(action[0], target[0]) >= len(row.cells):
        return 0
    actions = cell_lines(row.cells[action[0]])
    n = len(actions)
    if n < MIN_LINES or BULLET.match(actions[0]) or row.cells[action[0]].span or not all(map(is_whole_item, actions)):
        return 0
    targets = cell_lines(row.cells[target[0]])
    if len(targets) != n or not all(is_date_only(t) for t in targets):
        return 0
    sides = [i for i, role in enumerate(header.roles) if role in ACTION_SIDE_ROLES and i < len(row.cells)]
    return n if all(len(cell_lines(row.cells[i])) in (0, 1, n) for i in sides) else 0


def split_parallel_row(row: Row, header: Header) -> list[Row]:
    """One row per parallel line (``parallel_count``); the row as it is when it lists no such lines."""
    n = parallel_count(row, header)
    if not n:
        return [row]
    side = {i for i, role in enumerate(header.roles) if role in ACTION_SIDE_ROLES}
    rows = []
    for k in range(n):
        cells = []
        for i, cell in enumerate(row.cells):
            lines = cell_lines(cell)
            if i in side and len(lines) == n:
                cells.append(replace(cell, text=lines[k]))
            else:
                cells.append(cell if k == 0 else replace(cell, text="", span="above"))
        rows.append(replace(row, cells=tuple(cells)))
    return rows


def parallel_lines_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each body row listing its actions in parallel lines made one row per action."""
    out = []
    for table in tables:
        header = find_header(table)
        if header is None:
            out.append(table)
            continue
        start = header.first_row + header.n_rows
        body = tuple(piece for row in table.rows[start:] for piece in split_parallel_row(row, header))
        out.append(replace(table, rows=table.rows[:start] + body) if len(body) != len(table.rows) - start else table)
    return out
