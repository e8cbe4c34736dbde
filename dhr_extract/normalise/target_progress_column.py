"""A column whose header names the target date and the progress ("Due and latest update", "Target date /
progress", "Progress and deadline").

Such a plan writes both in one cell, each part after its label: ``Due: 31/03/2025 — Update: Complete. …``,
``Target: March 2025; Progress: …``, or a label a line.  The column is read as two, a target column and a
progress column, each cell cut at its labels: a label names the target (Due, Target, Deadline, By when …) or
the progress (Update, Progress, Status, Comments …) as a header of that name would (``header_role``), and its
text runs to the next label.  Text before the first label belongs to the part the header names first; a cell
with no label at all is the progress, unless it is a date alone (the target).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable
from .combined_column import body_start, column_made_two, split_tables_and_pages, two_role_header
from .headers import Header, header_role
from .review_flags import is_date_only

TARGET_ROLES = frozenset({"target"})
PROGRESS_ROLES = frozenset({"progress", "status"})
# An inline label: one to three words before a colon ("Due:", "Latest update:", "Target date:"), the first
# capitalised (a sentence's "the target: …" is no label), not a time's ("10:30").
COLON = re.compile(r"[ \t]*:(?!\d)")
LAST_WORD = re.compile(r"(?<![\w'\u2019()/])[A-Za-z][\w'\u2019()/]*[ \t]*$")
LABEL_WORDS = 3
# What separates one labelled part from the next, left at a part's end ("31/03/2025 —", "March 2025;").
PART_END = " \t\n;|,\u2013\u2014-"
# A timescale written as two labelled parts, the start then the end ("Start: 01/04/2025 / End: 30/06/2025",
# "From: April 2025; To: June 2025"): the end is the deadline.
START_END = re.compile(
    r"^\s*(?:start|from|begin|commence)(?:\s+date)?[ \t]*:(?!\d)(?P<start>.+?)[\s;,|/\u2013\u2014-]*"
    r"\b(?:end|to|finish|complete|completion|until)(?:\s+(?:date|by))?[ \t]*:(?!\d)(?P<end>.+?)\s*$",
    re.IGNORECASE | re.DOTALL)


def start_end_target(text: str) -> str:
    """The target text of a target cell: the end part of a cell made of labelled start and end parts (the
    start is when work begins, not the deadline); any other cell as it is."""
    m = START_END.match(text)
    return m["end"].strip().strip(PART_END).strip() if m else text


def target_progress_header(text: str) -> tuple[str, str] | None:
    """The two names of a header naming the target and the progress, in the header's order; else None."""
    for first, second in (("target", "progress"), ("progress", "target"), ("target", "status"), ("status", "target")):
        names = two_role_header(text, first, second)
        if names is not None:
            return names
    return None


def label_side(label: str) -> str | None:
    """"target" or "progress" for a label naming either ("Due", "Update", "Status"); None for any other."""
    role = header_role(label)
    return "target" if role in TARGET_ROLES else "progress" if role in PROGRESS_ROLES else None


def label_before(text: str, colon: int) -> tuple[int, str] | None:
    """The start and side of the label ending at ``colon``: the longest run of up to three words before it,
    opening with a capital, that names the side its shortest such run names; else None."""
    found: tuple[int, str] | None = None
    end = pos = colon
    for _ in range(LABEL_WORDS):
        word = LAST_WORD.search(text, 0, pos)
        if word is None:
            break
        side = label_side(text[word.start():end]) if text[word.start()].isupper() else None
        if side is not None and (found is None or side == found[1]):
            found = (word.start(), side)
        elif found is not None:  # a longer run naming another side, or none: the label is the shorter
            break
        pos = word.start()
    return found


def labelled_parts(text: str) -> list[tuple[str | None, str]]:
    """The cell's text cut at its target and progress labels: (side, text) per part, labels left out, in
    order; the text before the first label is the part with side None."""
    parts: list[tuple[str | None, str]] = []
    side: str | None = None
    start = 0
    for colon in COLON.finditer(text):
        label = label_before(text, colon.start())
        if label is None or label[0] < start:
            continue
        parts.append((side, text[start:label[0]]))
        side, start = label[1], colon.end()
    parts.append((side, text[start:]))
    return [(s, t.strip().strip(PART_END).strip()) for s, t in parts if t.strip().strip(PART_END).strip()]


def target_and_progress(text: str, lead_side: str = "target") -> tuple[str, str]:
    """(target, progress) of a cell of a target-and-progress column: its labelled parts, each side's joined
    by line breaks; the text before the first label on ``lead_side`` (the part the header names first).  A
    cell with no label is the progress, unless it is a date alone."""
    parts = labelled_parts(text)
    if all(side is None for side, _ in parts):
        return (text.strip(), "") if is_date_only(text) else ("", text.strip())
    target = [part for side, part in parts if (side or lead_side) == "target"]
    progress = [part for side, part in parts if (side or lead_side) == "progress"]
    return "\n".join(target), "\n".join(progress)


def target_progress_column(header: Header) -> tuple[int, str] | None:
    """The header's target-and-progress column and the side it names first, unless the table has a column
    for either of its own."""
    for i, text in enumerate(header.texts):
        names = target_progress_header(text)
        if names is not None and not any(j != i for j in header.columns("target")):
            return i, "target" if label_side(names[0]) == "target" else "progress"
    return None


def split_cell(cell: Cell, lead_side: str) -> tuple[Cell, Cell]:
    """A body cell as its target's cell and its progress's (a merged position stays merged in both)."""
    if cell.span or not cell.text.strip():
        return cell, cell
    target, progress = target_and_progress(cell.text, lead_side)
    return replace(cell, text=target, span=""), replace(cell, text=progress, span="")


def split_header_cell(cell: Cell, lead_side: str) -> tuple[Cell, Cell]:
    """A header row's cell: the combined name as its two names (the target's first), any other cell spanning
    the new column."""
    names = target_progress_header(cell.text)
    if names is None:
        return cell, Cell("", "above" if cell.span == "above" else "left")
    target, progress = names if lead_side == "target" else names[::-1]
    return Cell(target), Cell(progress)


def split_table(table: RawTable, column: int, start: int, lead_side: str) -> RawTable:
    """The table with ``column`` made a target column and a progress column; ``start``: its first body row."""
    def pair_of(cell: Cell, header: bool) -> tuple[Cell, Cell]:
        return split_header_cell(cell, lead_side) if header else split_cell(cell, lead_side)
    return column_made_two(table, column, start, pair_of)


def target_progress_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each target-and-progress column read as a target column and a progress column; a table
    with no header right after one so read (the same table on its next page) is read alike."""
    def split(table: RawTable, header: Header | None, found: tuple[int, str]) -> RawTable:
        return split_table(table, found[0], body_start(header), found[1])
    return split_tables_and_pages(tables, lambda table, header: target_progress_column(header), split)
