"""What a column's text on one line of a borderless table tells against its text on the line just
above it, whatever the line spacing or the column's width: a copy of that line is the next row's cell
(``repeated_columns``), and the text under a recommendation's label alone on its line is the label's
(``under_lone_label``), and a recommendation's label wraps from one line onto the next in a narrow
column (``opens_row_label``), and in a table of keys and values a key alone on its line under another key
names a field of its own (``key_under_key``).  The row walk (``row_walk``) reads these beside its own cues."""
from __future__ import annotations

import re

from ...normalise.headers import header_role
from .lines import Line
from .runs import REC_LABEL, ROW_LABEL
from .text_edges import words_by_column

MAX_KEY_WORDS = 4  # a key column's field name ("Target date", "Lead agency"): longer lines are values
KEY_JOINER = re.compile(r"([/&,+-]|\b(and|or|of|for|to|by|the))$", re.I)  # a key's first line that runs on


def repeated_columns(prev: Line, line: Line, columns: list[float]) -> set[int]:
    """The columns whose text on the line repeats, word for word, their text on the line above: a cell
    never wraps onto a copy of its own line, so the copy is the next row's cell (two actions' lead
    agency, "Fenbridge Council" over "Fenbridge Council", however full the column's lines)."""
    above, here = words_by_column(prev, columns), words_by_column(line, columns)
    return {c for c, words in here.items()
            if c in above and [w["text"] for w in words] == [w["text"] for w in above[c]]}


def under_lone_label(prev: Line, line: Line, columns: list[float]) -> set[int]:
    """The columns whose line above holds only a recommendation's label ("Recommendation 2") and whose
    text on the line opens with none: the label heads its cell's text, set on a line of its own, and
    that text goes on under it however its first sentence starts."""
    above, here = words_by_column(prev, columns), words_by_column(line, columns)
    return {c for c, words in here.items()
            if c in above and REC_LABEL.fullmatch(" ".join(w["text"] for w in above[c]).rstrip(":"))
            and not ROW_LABEL.match(" ".join(w["text"] for w in words))}


def opens_row_label(above: str, text: str, below: str) -> bool:
    """Whether a first column's text opens a row label, whole or wrapped onto the text ``below`` it (a
    recommendation's label in a narrow column: ``Rec`` over ``3``), and is not the rest of one wrapped
    from the text ``above`` it (the ``3``)."""
    return (bool(ROW_LABEL.match(text)) and not wraps_rec_label(above, text)) or wraps_rec_label(text, below)


def wraps_rec_label(first: str, rest: str) -> bool:
    """Whether a recommendation's label wraps from ``first`` onto ``rest`` ("Rec" / "3")."""
    return bool(first) and bool(rest) and REC_LABEL.match(first) is None and \
        REC_LABEL.fullmatch(f"{first} {rest}") is not None


def key_under_key(prev: Line, line: Line, columns: list[float]) -> bool:
    """Whether, in a table of two columns (keys and values), the line's key names another field than the
    key on the line above ("Target date" over "Progress", whether or not a value stands beside it), both
    field names (``is_key``): a key wrapped onto a second line names one field across both ("Lead" over
    "agency"), or goes on from a joining word or in lower case ("Progress /" over "Status", "RAG" over "status")."""
    if len(columns) != 2:
        return False
    above, here = words_by_column(prev, columns), words_by_column(line, columns)
    if 0 not in here or 0 not in above:
        return False
    upper, lower = (" ".join(w["text"] for w in words) for words in (above[0], here[0]))
    if not lower[:1].isupper() or KEY_JOINER.search(upper) or not (is_key(upper) and is_key(lower)):
        return False
    roles = [header_role(text) for text in (upper, lower)]
    return None not in roles and roles[0] != roles[1]


def is_key(text: str) -> bool:
    """A field's name as a key column writes it: a few words and no figure ("Recommendation 4" is a
    record's label over its text, "Hollin Cross Children's Services to …" a value's first line)."""
    return len(text.split()) <= MAX_KEY_WORDS and not any(ch.isdigit() for ch in text)
