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

from ..model import SOFT_HYPHEN, RawTable
from .headers import Header, fold_header, is_header_row

# An action's number as a key cell holds it: "1.1", "3.2a", "2b", "Action 1.1".
# "1.1", "2b", or an action coded from its recommendation's letter ("A1", "B.2"; not "R1", a recommendation's)
ACTION_REF = re.compile(
    r"^\s*(?:action\s*(?:no\.?\s*)?)?(?P<ref>\d+(?:\.\d+)+[a-z]?|\d+[a-z]|[a-qs-z]\.?\d{1,2})\s*\.?\s*$", re.I)
KEY_ROLES = ("action_ref", "action", "number")  # the column a progress table is keyed by
DATE_ROLES = ("target",)  # a progress table's "Date" column is the update's date, not a deadline
# A progress column headed as the update's date ("Date of update", "Update date"): its date, not its text.
UPDATE_DATE_HEADER = re.compile(r"^(?:date\s+(?:of\s+)?(?:update|progress|review|entry)|(?:update|progress|review)\s+date"
                                r"|date\s+updated)$")


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
    key_text: str = ""  # the key cell as written, where it holds no single action number ("1a 1b")


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

    Such a table has no recommendation column and no action text: its first action or number column
    holds action numbers only, and so does every action column (a table of actions has their text
    there).  It names a progress column, or its key is headed as the action.
    """
    if header.first("rec") is not None:
        return None
    key = min((c for role in KEY_ROLES for c in header.columns(role)), default=None)
    if key is None or not (header.columns("progress") or header.roles[key] == "action"):
        return None
    if header.roles[key] == "action_ref" and not header.columns("action"):
        return key  # headed as a log keyed by action number, with no action text, however its cells were read
    return key if holds_only_action_refs(table, header.n_rows, {key, *header.columns("action")}) else None


def holds_only_action_refs(table: RawTable, header_rows: int, columns: set[int]) -> bool:
    """Whether the body's cells in ``columns`` have some text, and every such text is an action number."""
    texts = [row.cells[c].text.strip() for row in table.rows[header_rows:] for c in columns if c < len(row.cells)]
    filled = [text for text in texts if text]
    return bool(filled) and all(action_ref(text) for text in filled)


def names_update_date(header_text: str) -> bool:
    """A progress log's column of update dates ("Date of update"), which the progress patterns take for
    an update column."""
    return bool(UPDATE_DATE_HEADER.match(fold_header(header_text)))


def table_to_entries(table: RawTable, header: Header, key: int) -> list[ProgressEntry]:
    """The rows of a table keyed by action number: one entry per row with an action number (its update
    '' where the row has none); a row with text but no single action number (rows read as one) is an
    entry with no number, which no action takes, so it is kept as residue."""
    dates, progress = log_columns(header)
    column_header = header.texts[progress[0]].replace("\n", " ") if progress else ""
    entries: list[ProgressEntry] = []
    for row in table.rows[header.n_rows:]:
        # a word marked broken at a page's foot stays as it is: a log's rows are not joined overleaf
        texts = [cell.text.removesuffix(SOFT_HYPHEN).strip() for cell in row.cells]
        ref = action_ref(texts[key]) if key < len(texts) else ""
        if not ref and (not any(texts) or is_header_row(row)):  # an empty row, or the header repeated
            continue
        key_text = "" if ref or key >= len(texts) else texts[key]
        entries.append(ProgressEntry(ref, column_header, joined(texts, dates, " "), joined(texts, progress, "\n"),
                                     table.index, row.index, row.page, key_text))
    return entries


def log_columns(header: Header) -> tuple[list[int], list[int]]:
    """A progress log's date columns (its dates, a column the header names the update's date,
    ``headers.UPDATE_DATE``, and a progress column headed as one in a log's wider words) and its update columns."""
    update_dates = [c for c in header.columns("progress") if names_update_date(header.texts[c])]
    dates = [c for role in DATE_ROLES for c in header.columns(role)] + header.columns("progress_date") + update_dates
    return dates, [c for c in header.columns("progress") if c not in update_dates]


def joined(texts: list[str], columns: list[int], separator: str) -> str:
    """The row's non-empty texts in ``columns``, in that order."""
    return separator.join(texts[c] for c in columns if c < len(texts) and texts[c])
