"""A cell that holds nothing but a mark: a tick, a cross, a dot, a square or a yes ("✓", "X", "•", "Y").

Plans tick one of several side-by-side columns instead of writing a word: the column's heading is the
value (a status, a period, an agency).  One vocabulary for every such matrix (``status_marks``,
``period_marks``, ``agency_marks``) and for the header reader, which never takes a mark for a heading.
"""
from __future__ import annotations

import re

# a tick (plain, heavy, boxed), a cross (letter, ballot, boxed), a dot, a square, or a yes written out
MARK = re.compile(r"^(?:[\u2713\u2714\u2611\u2705\u2717\u2718\u2612xX\u25cf\u2022\u25a0]|[Yy](?:es|ES)?)$")


def is_mark(text: str) -> bool:
    """The text is one mark (surrounding space aside)."""
    return MARK.match(text.strip()) is not None


# a form's check box, empty or ticked (Word's check-box content control prints these)
EMPTY_BOX, TICKED_BOXES = "\u2610", "\u2611\u2612"
BOXES = re.compile(f"([{EMPTY_BOX}{TICKED_BOXES}])")


def ticked_options(text: str) -> str:
    """A cell listing its options each after a check box ("☒ Complete ☐ In progress ☐ Not started"): the
    text of the options ticked, joined by "; " ('' when none is); any other text as it is."""
    if EMPTY_BOX not in text:
        return text
    parts = BOXES.split(text)  # text before the first box, then (box, its option) pairs
    return "; ".join(option.strip() for box, option in zip(parts[1::2], parts[2::2])
                     if box in TICKED_BOXES and option.strip())

