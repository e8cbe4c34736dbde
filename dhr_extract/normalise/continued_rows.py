"""A row marked as the one above carried on ("cont.", "continued", "(cont'd)").

A plan whose cells run long may carry a cell's text on into a row of its own, marking it in the number
(or any) cell with a word saying so and leaving every other cell empty but the one that goes on.  Read as
it stands, such a row is a new action with no text.  The table is rewritten with each marked row's cells
run on in the row above it (``Row.joined``), the mark left out.  A marked row that opens a table (a page
break fell before it) loses only its mark: the page-split join then carries it on like any other
unlabelled first row.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable, Row
from .combined_column import joined_rows
from .headers import find_header

# The whole cell: "cont.", "Cont'd", "contd", "ctd.", "(continued)", "continued…", "cont. from above".
CONTINUED_MARK = re.compile(
    r"^\s*\(?\s*(?:cont(?:inued|inuation|['\u2019]?d)?|ctd)\b\.?\s*(?:…|\.\.\.|from\s+above|over)?\s*\)?\s*$",
    re.IGNORECASE)


def is_continued_mark(text: str) -> bool:
    return bool(CONTINUED_MARK.match(text))


def mark_column(row: Row) -> int | None:
    """The column of the one cell holding only a continued mark in a row with text in another cell;
    None for any other row."""
    marked = [k for k, cell in enumerate(row.cells) if not cell.span and is_continued_mark(cell.text)]
    others = [cell for k, cell in enumerate(row.cells) if k not in marked and not cell.span and cell.text.strip()]
    return marked[0] if len(marked) == 1 and others else None


def unmarked(row: Row, column: int) -> Row:
    cells = row.cells[:column] + (Cell(""),) + row.cells[column + 1:]
    return replace(row, cells=cells)


def body_with_marked_rows_joined(rows: tuple[Row, ...]) -> tuple[Row, ...] | None:
    """The body's rows with each marked row run on in the row above it (the mark left out); None where
    no row is marked."""
    out: list[Row] = []
    changed = False
    for row in rows:
        column = mark_column(row)
        if column is None:
            out.append(row)
            continue
        row = unmarked(row, column)
        changed = True
        if out and len(out[-1].cells) == len(row.cells):
            out[-1] = joined_rows(out[-1], row)
        else:
            out.append(row)
    return tuple(out) if changed else None


def continued_rows_joined(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each with its rows marked as carried on run on in the rows above them (a table with
    no header of its own, a page's part of a plan table, is read from its first row)."""
    out: list[RawTable] = []
    for table in tables:
        header = find_header(table)
        start = header.first_row + header.n_rows if header is not None else 0
        body = body_with_marked_rows_joined(table.rows[start:])
        out.append(replace(table, rows=table.rows[:start] + body) if body is not None else table)
    return out
