"""Theme rows numbered like recommendations: ``1 | Information sharing`` over ``1.1``, ``1.2``.

A plan that numbers its recommendations within numbered themes writes each theme as a row of its own:
the theme's number in the number column and its name in the recommendation column, nothing else.  A
PDF printed without vertical rules gives no sign that the name spans the row, so the row reads like a
recommendation with no actions.  What tells it apart is the numbering under it: the rows that follow
number their recommendations within it (``1.1`` under ``1``), and its text is a name, not a sentence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .action_refs import is_sub_number
from .labels import Label, label_from_cell, split_label

if TYPE_CHECKING:
    from .rows import LogicalRow

MAX_HEADING_CHARS = 100  # a theme's name, never a recommendation's sentence
SENTENCE_END = (".", ";", ":", "!", "?")


def mark_numbered_headings(rows: list["LogicalRow"]) -> None:
    """Each numbered theme row becomes a labelled row across the table (``section`` "1 Information
    sharing"), which ``row_kinds.spanning_kind`` reads as a theme because a labelled row follows it."""
    for row, after in zip(rows, rows[1:]):
        heading = numbered_heading(row)
        if heading is None or after.section or after.guidance:
            continue
        label, text = heading
        below = opening_label(after)
        if below is not None and is_sub_number(below.number, label.number):
            row.section = f"{label.label} {text}"


def numbered_heading(row: "LogicalRow") -> tuple[Label, str] | None:
    """The label and name of a row holding only a label and a short name without a full stop."""
    if row.section or row.guidance or any(row.above):
        return None
    label = opening_label(row)
    number_col, rec_col = row.header.first("number"), row.header.first("rec")
    if label is None or rec_col is None:
        return None
    text = " ".join(row.text(rec_col).split())
    if number_col is None:
        text = split_label(row.text(rec_col))[1].strip()
    others = [i for i, cell in enumerate(row.cells) if cell.strip() and i not in (number_col, rec_col)]
    if others or not text or len(text) > MAX_HEADING_CHARS or text.endswith(SENTENCE_END):
        return None
    return label, " ".join(text.split())


def opening_label(row: "LogicalRow") -> Label | None:
    """The label a row opens with: its number cell's, or in a plan with no number column its
    recommendation cell's."""
    number_col = row.header.first("number")
    if number_col is not None:
        return label_from_cell(row.text(number_col)) if not row.covered(number_col) else None
    return split_label(row.text(row.header.first("rec")))[0]
