"""Progress written in a band row under each action, not in a column ("Progress: Complete. …").

A plan with no progress column may give each action's progress a row of its own under it, one cell
across the table that opens with a label naming the progress (``Progress:``, ``Update:``, ``Status:``).
Read as it stands, such a band is a heading row and becomes the next recommendation's owner.  The table
is rewritten as the usual plan table: a Progress column at its right, each band's text (without its
label) in the cell of the row above it, the band row read into that row (``Row.joined``).  A table
cut by a page break with no header of its own goes on the same way when the table before it did.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable, Row
from .headers import Header, find_header
from .target_progress_column import PROGRESS_ROLES, label_side

BAND_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'\u2019 ]{0,30}?)[ \t]*:(?!\d)\s*")
PROGRESS_NAME = "Progress"


def band_text(row: Row) -> str | None:
    """The progress a band row gives, its label left out: its one cell with text (the first) opens with a
    label naming the progress, every other cell is empty; None for any other row."""
    filled = [cell for cell in row.cells if cell.text.strip()]
    if len(filled) != 1 or filled[0] is not row.cells[0] or len(row.cells) < 2:
        return None
    text = filled[0].text.strip()
    end = progress_label_end(text)
    return text[end:].strip() if end is not None else None


def progress_label_end(text: str) -> int | None:
    """Where a label naming the progress (``Progress:``, ``Update:``, ``Status:``, as a header of that name
    would: ``target_progress_column.label_side``) that opens ``text`` ends; None where none opens it."""
    match = BAND_LABEL.match(text)
    return match.end() if match is not None and label_side(match["label"]) == "progress" else None


def has_progress_column(header: Header) -> bool:
    return any(role in PROGRESS_ROLES for role in header.roles)


def body_with_band_column(rows: tuple[Row, ...]) -> tuple[Row, ...] | None:
    """The rows with the band column added and each band folded into the row above it; None where no
    row is a band under a row of its own."""
    out: list[Row] = []
    folded = False
    for row in rows:
        text = band_text(row)
        if text is not None and out and band_text(out[-1]) is None and not out[-1].cells[-1].text:
            last = out[-1]
            out[-1] = replace(last, cells=last.cells[:-1] + (Cell(text),), joined=last.joined + (row.index, *row.joined))
            folded = True
            continue
        out.append(replace(row, cells=row.cells + (Cell(""),)))
    return tuple(out) if folded else None


def progress_bands_joined(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each plan table without a progress column whose actions have progress bands under
    them rewritten with a Progress column (and its header-less continuations after it)."""
    out: list[RawTable] = []
    carried = 0  # the column count of the rewritten table a header-less table may carry on
    for table in tables:
        header = find_header(table)
        if header is None:
            body = body_with_band_column(table.rows) if carried and n_columns(table) == carried else None
            out.append(replace(table, rows=body) if body is not None else table)
            carried = carried if body is not None else 0
            continue
        start = header.first_row + header.n_rows
        body = None if has_progress_column(header) else body_with_band_column(table.rows[start:])
        if body is None:
            out.append(table)
            carried = 0
            continue
        head = tuple(replace(row, cells=row.cells + (Cell(PROGRESS_NAME if k == start - 1 else ""),))
                     for k, row in enumerate(table.rows[:start]))
        out.append(replace(table, rows=head + body))
        carried = n_columns(table)
    return out


def n_columns(table: RawTable) -> int:
    return len(table.rows[0].cells) if table.rows else 0
