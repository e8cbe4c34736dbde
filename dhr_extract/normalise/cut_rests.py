"""The rest of a row the page break cut, read as one row with the next row at the top of the page.

Without rules, the rest of a cut row and the row under it may be set so close at the top of the next
page that they read as one row: each column the cut row left open (its text above ended mid-sentence)
carries on with its rest, then starts the next row's text ("agencies about the learning." then
"Publish the survey's findings …"), while a short value the cut row had finished (its due date) can
only belong to the next row, as can a lead agency of its own after the cut row's.  Such a first row
is parted in two: the rest of each open column (its first paragraph, or its first sentence where the
cell holds no paragraph break) joins the cut row, and everything else opens the next row.  A merged
recommendation cell left open carries on whole.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import SOFT_HYPHEN

if TYPE_CHECKING:
    from .rows import LogicalRow

SHORT_VALUE_ROLES = ("target", "scope", "rag", "status")  # a finished one never runs on into the next page
FIRST_SENTENCE = re.compile(r"^(.+?[.!?])\s+(?=[A-Z0-9])", re.S)  # a sentence's end before the next one opens
ISO_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}$")  # a whole date written year first


def split_cut_rest(row: LogicalRow, rows: list[LogicalRow]) -> tuple[LogicalRow, LogicalRow] | None:
    """The page's first ``row`` as (the rest of the cut row ``rows[-1]``, the next row), or None where it
    is not both: no short value the cut row finished is filled again (a due date under a due date: the
    next row's), or the lead agency column, left open above, does not part into the rest of the cut
    row's agency and one of the next row's own (more paragraphs of the cut row's cells, a second date
    among them, or a list item's next letter)."""
    from .rows import cell_owner, ends_sentence, opens_new_row  # rows reads its page's first row with this

    previous = rows[-1]
    finished = finished_values(row, previous)
    agency_col = row.header.first("agency")
    if any(row.above) or opens_new_row(row) or not finished or agency_col is None:
        return None
    rec_col = row.header.first("rec")
    rest, new = [""] * len(row.cells), list(row.cells)
    for i, text in enumerate(row.cells):
        above = cell_owner(rows, i).text(i).removesuffix(SOFT_HYPHEN) if i < len(previous.cells) else ""
        if text.strip() and above.strip() and not ends_sentence(above) and i not in finished:  # left open
            rest[i], new[i] = open_cell_parts(text, i == rec_col)
    if not (rest[agency_col].strip() and new[agency_col].strip()):
        return None  # the cut row's lead agency ends, and the next row's opens, as a new action row's does
    return (replace(row, cells=rest, above=list(row.above), pages=list(row.pages), rows=list(row.rows)),
            replace(row, cells=new, above=list(row.above), pages=list(row.pages), rows=list(row.rows)))


def open_cell_parts(text: str, merged_rec: bool) -> tuple[str, str]:
    """A column's text under the cut row's open cell as (its rest, the next row's): its first part and
    the rest where it has two (``first_part``); else all of it where it carries on mid-sentence (lower
    case) or is the merged recommendation cell, left open, carrying on whole; else the next row's."""
    head, tail = ("", "") if merged_rec else first_part(text)
    if tail:
        return head, tail
    return (text, "") if merged_rec or text.lstrip()[:1].islower() else ("", text)


def first_part(text: str) -> tuple[str, str]:
    """A cell's text as its first paragraph and the rest, or, in one paragraph, its first sentence and
    the rest; the rest empty when there is no second part."""
    head, _, tail = text.partition("\n")
    if tail.strip():
        return head.strip(), tail.strip()
    match = FIRST_SENTENCE.match(text.strip())
    return (match.group(1), text.strip()[match.end():]) if match else (text, "")


def finished_values(row: LogicalRow, previous: LogicalRow) -> set[int]:
    """The short-value columns (a due date, a status) the cut row had finished, filled again in ``row``."""
    from .rows import ends_complete

    def finished(text: str) -> bool:
        text = text.strip().removesuffix(SOFT_HYPHEN)
        return bool(text) and (ends_complete(text) or bool(ISO_DATE.search(text)))
    return {i for role in SHORT_VALUE_ROLES for i in row.header.columns(role)
            if row.text(i).strip() and finished(previous.text(i))}
