"""Plans that number their actions and report progress in tables of their own.

Some plans write each recommendation as a heading and a paragraph, then its actions in a table
numbered under it (``1.1``, ``1.2`` under "Recommendation 1"), then a separate progress table
keyed by those numbers (Action | Date | Update).  Two conversions here, both pure:

- ``is_sub_number``: ``1.1`` under recommendation ``1`` numbers an action of it, not a recommendation;
- ``progress_table_key`` / ``table_to_entries``: a table whose key column holds only action numbers,
  beside a progress column, is progress of those actions, not more actions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import RawTable
from .headers import Header

# An action's number as a key cell holds it: "1.1", "3.2a", "2b", "Action 1.1".
ACTION_REF = re.compile(r"^\s*(?:action\s*(?:no\.?\s*)?)?(?P<ref>\d+(?:\.\d+)+[a-z]?|\d+[a-z])\s*\.?\s*$", re.I)
KEY_ROLES = ("action", "number")  # the column a progress table is keyed by
DATE_ROLES = ("target",)  # a progress table's "Date" column is the update's date, not a deadline


@dataclass(frozen=True)
class ProgressEntry:
    """One row of a progress table keyed by action number."""

    ref: str  # the action's number, normalised ("1.1")
    column_header: str  # the progress column's header text
    date_text: str  # the update's date, as written
    text: str  # the update
    table_index: int
    row_index: int
    page: int | None


def action_ref(text: str) -> str:
    """The action number a cell holds alone ("1.1", "Action 2b"), normalised; '' for anything else."""
    match = ACTION_REF.match(text)
    return match.group("ref").lower() if match else ""


def is_sub_number(number: str, parent: str) -> bool:
    """``1.1`` or ``1a`` numbers something under ``1``; ``1`` or ``2.1`` does not."""
    if not parent or not number.startswith(parent) or number == parent:
        return False
    rest = number[len(parent):]
    return bool(re.fullmatch(r"\.\d+(?:\.\d+)*[a-z]?|[a-z]", rest))


def progress_table_key(table: RawTable, header: Header) -> int | None:
    """The key column of a progress table keyed by action number, or None for any other table.

    Such a table names a progress column and no recommendation column, and every filled cell of
    its first action or number column is an action number: a table of actions has their text there.
    """
    if header.first("rec") is not None or not header.columns("progress"):
        return None
    key = min((c for role in KEY_ROLES for c in header.columns(role)), default=None)
    if key is None:
        return None
    keys = [row.cells[key].text.strip() for row in table.rows[header.n_rows:] if key < len(row.cells)]
    filled = [text for text in keys if text]
    return key if filled and all(action_ref(text) for text in filled) else None


def table_to_entries(table: RawTable, header: Header, key: int) -> list[ProgressEntry]:
    """The progress entries of a table keyed by action number: one per progress cell with text."""
    dates = [c for role in DATE_ROLES for c in header.columns(role)]
    entries: list[ProgressEntry] = []
    for row in table.rows[header.n_rows:]:
        texts = [cell.text.strip() for cell in row.cells]
        ref = action_ref(texts[key]) if key < len(texts) else ""
        date_text = " ".join(texts[c] for c in dates if c < len(texts) and texts[c])
        for column in header.columns("progress"):
            if ref and column < len(texts) and texts[column]:
                entries.append(ProgressEntry(ref, header.texts[column].replace("\n", " "), date_text, texts[column],
                                             table.index, row.index, row.page))
    return entries
