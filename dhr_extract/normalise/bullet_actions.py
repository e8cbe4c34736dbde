"""An actions cell written as a bullet list: one action per bullet.

Some plans write one row per recommendation, its actions a bullet list in one cell (``• Issue …`` /
``• Add …``) under a header naming the actions, with one agency, target and progress for them all. Each
bullet is an action of its own: the row becomes one row per bullet, the other cells merged down over them
(each action shares the row's agency, target and progress). A cell that opens with its own words before
the bullets ("Review the policy to cover:" / ``• …``) is one action whose bullets are its steps: kept whole.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawTable, Row
from .headers import Header, find_header, fold_header
from .rows import join_pieces

BULLET = re.compile(r"^\s*[•▪●◦]\s*(.*)$")
# A header naming actions in the plural ("Actions", "Actions agreed"): a list of them is expected.
ACTIONS_HEADER = re.compile(r"\bactions\b")
MIN_BULLETS = 2


def bulleted_lines(text: str, bullet: re.Pattern[str] = BULLET) -> list[str]:
    """Each bullet's text of a cell that opens with a bullet (a wrapped line joined to its bullet); else [].
    ``bullet`` matches a bullet line, its text in group 1."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not bullet.match(lines[0]):
        return []
    items: list[list[str]] = []
    for line in lines:
        match = bullet.match(line)
        if match:
            items.append([match.group(1).strip()])
        else:
            items[-1].append(line.strip())  # a wrapped line of the bullet
    return [join_pieces(item).strip() for item in items]


def bullet_items(text: str) -> list[str]:
    """Each bullet's text of a cell that opens with a bullet and holds two or more; else []."""
    items = bulleted_lines(text)
    return items if len(items) >= MIN_BULLETS else []


def bullet_action_column(header: Header) -> int | None:
    """The header's one action column, when its header names actions in the plural."""
    columns = header.columns("action")
    if len(columns) != 1 or not ACTIONS_HEADER.search(fold_header(header.texts[columns[0]])):
        return None
    return columns[0]


def split_bullet_row(row: Row, column: int) -> list[Row]:
    """One row per bullet of the row's actions cell, the other cells on the first and merged down over the
    rest; the row as it is when its cell is no bullet list."""
    cell = row.cells[column] if column < len(row.cells) else None
    items = bullet_items(cell.text) if cell is not None and not cell.span else []
    if not items:
        return [row]
    rows = []
    for k, item in enumerate(items):
        others = row.cells if k == 0 else tuple(replace(c, text="", span="above") for c in row.cells)
        rows.append(replace(row, cells=others[:column] + (replace(cell, text=item, span=""),) + others[column + 1:]))
    return rows


def bullet_actions_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each body row whose actions cell is a bullet list made one row per bullet."""
    out = []
    for table in tables:
        header = find_header(table)
        column = bullet_action_column(header) if header is not None else None
        if header is None or column is None:
            out.append(table)
            continue
        start = header.first_row + header.n_rows
        body = [piece for row in table.rows[start:] for piece in split_bullet_row(row, column)]
        out.append(replace(table, rows=tuple(table.rows[:start]) + tuple(body)))
    return out
