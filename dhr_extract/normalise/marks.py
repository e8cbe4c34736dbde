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
