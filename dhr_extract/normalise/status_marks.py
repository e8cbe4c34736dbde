"""Status shown by a mark in one of several columns ("Complete | Ongoing | Not started", often under a
grouped "Status" header): each row ticks the column whose heading is its status.

Two or more side-by-side columns, each headed by a status word, whose cells hold nothing but a mark (a
tick, a cross, a dot, a yes: ``marks``) are read as one Status column: the first of them takes, in each
row, the heading of the column marked in it, the others are emptied.  The first column is headed "Status" where
the header gave it no status role (a PDF reads the group and its sub-heading as one cell).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable, Row
from .headers import find_header
from .marks import is_mark
from .status import names_status

STATUS_GROUP = re.compile(r"^status\b[\s:\-\u2013]*", re.I)  # "Status" over (or before) the column's own word
MIN_MARK_COLUMNS = 2


def column_status_word(header_text: str) -> str:
    """The status word a column's heading names ("Status\\nComplete" -> "Complete"); '' for any other."""
    word = STATUS_GROUP.sub("", header_text.strip().split("\n")[-1].strip()).strip()
    if not word or len(word.split()) > 3:
        return ""
    unspaced = word.replace(" ", "")  # a narrow PDF column may cut a word ("Ongoin g")
    return word if names_status(word) else unspaced if names_status(unspaced) else ""


def holds_marks(rows: tuple[Row, ...], column: int) -> bool:
    """Every cell of the column is empty or a mark."""
    return all(column >= len(r.cells) or not r.cells[column].text.strip() or is_mark(r.cells[column].text) for r in rows)


def mark_columns(words: list[str], body: tuple[Row, ...]) -> list[int]:
    """The first run of side-by-side columns, each with a heading word (``words``, '' for none) and holding
    only marks, two at least, one of them marked somewhere."""
    run: list[int] = []
    for i, word in enumerate(words):
        if word and holds_marks(body, i):
            run.append(i)
        elif len(run) >= MIN_MARK_COLUMNS:
            break
        else:
            run = []
    marked = any(r.cells[i].text.strip() for r in body for i in run if i < len(r.cells))
    return run if len(run) >= MIN_MARK_COLUMNS and marked else []


def marked_row(row: Row, run: list[int], words: list[str]) -> Row:
    """The row with its marked column's word in the run's first column (left as is unless one is marked)."""
    marked = [k for k, i in enumerate(run) if i < len(row.cells) and row.cells[i].text.strip()]
    if len(marked) != 1:
        return row
    cells = list(row.cells)
    for i in run:
        cells[i] = replace(cells[i], text="")
    cells[run[0]] = replace(cells[run[0]], text=words[marked[0]])
    return replace(row, cells=tuple(cells))


def named_column(row: Row, run: list[int], heading: str) -> Row:
    """The heading row with the run's first column named ``heading`` and the rest of the run unheaded (no
    longer sharing a group cell's heading)."""
    cells = [Cell(heading) if i == run[0] else Cell("") if i in run else c for i, c in enumerate(row.cells)]
    return replace(row, cells=tuple(cells))


def marks_read(rows: list[Row], start: int, run: list[int], words: list[str]) -> list[Row]:
    """Rows from ``start`` on with each row's marked column read as its word in the run's first column."""
    return rows[:start] + [marked_row(r, run, words) for r in rows[start:]]


def status_marks_read(table: RawTable) -> RawTable:
    """The table with its status-mark columns read as one Status column (unchanged when it has none)."""
    header = find_header(table)
    if header is None:
        return table
    start = header.first_row + header.n_rows
    run = mark_columns([column_status_word(t) for t in header.texts], table.rows[start:])
    if not run:
        return table
    words = [column_status_word(header.texts[i]) for i in run]
    rows = marks_read(list(table.rows), start, run, words)
    if header.roles[run[0]] != "status":  # the heading row's cell of that column says "Status"
        top = rows[start - 1]
        rows[start - 1] = replace(top, cells=tuple(Cell("Status") if i == run[0] else c for i, c in enumerate(top.cells)))
    return replace(table, rows=tuple(rows))


def status_marks_split(tables: list[RawTable]) -> list[RawTable]:
    return [status_marks_read(t) for t in tables]
