"""A recommendation's number in a full-width row of its own, its text in full-width rows below it.

A plan with no recommendation column may give each recommendation a shaded row holding its label
alone ("Recommendation 3" in the first cell, the rest of the row empty or merged), then its text in a
row spanning the table, then its action rows.  The label row has no text, so the full-width rows
between it and the first action row are the recommendation's own text, not a section heading over
its actions: ``label_rows_to_headings`` joins them to the label row, which then reads as any labelled
full-width row does (a recommendation whose actions are the rows under it).
"""
from __future__ import annotations

from dataclasses import replace

from .labels import Label, label_from_cell, split_label
from .rows import SENTENCE_END, LogicalRow
from .row_kinds import has_action_content

# A further full-width row after the first is more of the recommendation's text when it reads as text:
# a heading over the actions ("Police", "Phase two") is a few words with no sentence's end.
HEADING_WORDS = 8


def bare_label(text: str) -> Label | None:
    """The label of a cell that holds a label and nothing else ("Recommendation 3", "R3", "3."); None."""
    label, rest = split_label(text.strip())
    if label is not None and not rest.strip():
        return label
    return label_from_cell(text)


def only_first_cell(row: LogicalRow) -> str:
    """The text of a row whose only filled cell is the first one (the rest empty or merged into it), else ''."""
    filled = [i for i, text in enumerate(row.cells) if text.strip() and not row.covered(i)]
    return row.cells[0].strip() if filled == [0] and len(row.cells) >= 2 else ""


def is_text_row(row: LogicalRow) -> bool:
    """A full-width row of unlabelled text (a section row in ``rows.py``'s sense)."""
    return bool(row.section) and not row.band and split_label(row.section)[0] is None


def reads_as_text(row: LogicalRow) -> bool:
    """A further full-width row that carries the text on, not a heading over the actions."""
    return len(row.section.split()) > HEADING_WORDS or SENTENCE_END.search(row.section) is not None


def text_rows_after(rows: list[LogicalRow], k: int) -> int:
    """How many full-width text rows follow the bare label row ``rows[k]`` and lead on to its actions; 0."""
    n = 0
    while k + 1 + n < len(rows) and is_text_row(rows[k + 1 + n]) and (n == 0 or reads_as_text(rows[k + 1 + n])):
        n += 1
    after = rows[k + 1 + n] if k + 1 + n < len(rows) else None
    return n if after is not None and opens_actions(after) else 0


def opens_actions(row: LogicalRow) -> bool:
    """An action row, or a heading over action rows (its text is no label: a new recommendation's is)."""
    if row.section:
        return is_text_row(row)
    return not row.guidance and has_action_content(row)


def label_rows_to_headings(rows: list[LogicalRow]) -> list[LogicalRow]:
    """The rows with each bare label row joined to the full-width text rows under it (its text)."""
    out: list[LogicalRow] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        label_text = row.section if row.section and not row.band else only_first_cell(row)
        n = text_rows_after(rows, k) if label_text and bare_label(label_text) else 0
        if n:
            out.append(joined_heading(row, label_text, rows[k + 1:k + 1 + n]))
            k += 1 + n
            continue
        out.append(row)
        k += 1
    return out


def joined_heading(row: LogicalRow, label_text: str, text_rows: list[LogicalRow]) -> LogicalRow:
    """The label row as a labelled full-width row whose text is that of ``text_rows``: a recommendation
    whatever follows it (``band``), a heading under it too (a section over its actions)."""
    text = "\n".join(next((c for c in t.cells if c.strip()), t.section).strip() for t in text_rows)  # its paragraphs
    heading = f"{label_text}\n{text}"
    pages = [p for p in [*row.pages, *(p for t in text_rows for p in t.pages)] if p]
    return replace(row, cells=[heading] + [""] * (len(row.cells) - 1), above=[False] * len(row.cells),
                   section=heading.replace("\n", " "), band=True, pages=sorted(set(pages)),
                   rows=[*row.rows, *(r for t in text_rows for r in t.rows)])
