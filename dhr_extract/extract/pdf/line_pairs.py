"""What a column's text on one line of a borderless table tells against its text on the line just
above it, whatever the line spacing or the column's width: a copy of that line is the next row's cell
(``repeated_columns``), and the text under a recommendation's label alone on its line is the label's
(``under_lone_label``), and a recommendation's label wraps from one line onto the next in a narrow
column (``opens_row_label``).  The row walk (``row_walk``) reads these beside its own cues."""
from __future__ import annotations

from .lines import Line
from .runs import REC_LABEL, ROW_LABEL
from .text_edges import words_by_column


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
