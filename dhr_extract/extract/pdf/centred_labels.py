"""Rows of a centred borderless table told apart by their labels: two recommendations' numbers, each
centred beside its own rows (a ``rowspan`` cell), are two values, never one label wrapped over two
lines (read as ``12``).  A row whose cells are centred is as far above its label's centre as below
it, so the row ends where the label's centre mirrors the row's top; the next line opens the next
row.  A label left alone once the rows are parted, with no text beside it in any column, is a page
number set under the table (a booklet's pages stacked down one sheet), not a row."""
from __future__ import annotations

from .blocks import Block
from .lines import Line, Word
from .runs import ROW_LABEL, column_of
from .settings import DEFAULT, PdfSettings


def split_at_centred_labels(groups: list[list[Line]], columns: list[float],
                            settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """Each row holding two or more labels in its first column cut into one row per label
    (``rows_at_labels``), a lone label with nothing beside it left out."""
    out: list[list[Line]] = []
    for group in groups:
        out.extend(part for part in rows_at_labels(group, columns, settings) if not lone_label(part, columns))
    return out


def first_column_words(line: Line, columns: list[float]) -> list[Word]:
    """The line's words in the table's first column."""
    return [w for w in line.words if column_of(w["x0"], columns) == 0]


def label_word(line: Line, columns: list[float]) -> Word | None:
    """The line's first-column text where it is one whole label alone ("3", "R2", "4."), else None."""
    words = first_column_words(line, columns)
    return words[0] if len(words) == 1 and ROW_LABEL.match(words[0]["text"] + " ") and \
        any(ch.isdigit() for ch in words[0]["text"]) else None


def rows_at_labels(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """A row cut below each of its first column's labels but the last, where the row centred on that
    label ends (as far below the label's centre as its top is above it, within ``centre_tolerance``).
    A row whose first column holds anything but labels, or one label, is left whole (a wrapped
    first cell)."""
    lines = sorted(group, key=lambda ln: ln.top)
    labels = [label_word(ln, columns) for ln in lines]
    if any(first_column_words(ln, columns) and lab is None for ln, lab in zip(lines, labels)) \
            or sum(lab is not None for lab in labels) < 2:
        return [group]
    parts: list[list[Line]] = [[]]
    end: float | None = None  # where the current part's row ends, once its label is seen
    for line, label in zip(lines, labels):
        if end is not None and line.top >= end - settings.centre_tolerance:
            parts.append([])
            end = None
        parts[-1].append(line)
        if label is not None and end is None:
            end = label["top"] + label["bottom"] - parts[-1][0].top
    return parts


def lone_label(part: list[Line], columns: list[float]) -> bool:
    """Whether a row is one label alone on its line, with no text in any column (a page number)."""
    return len(part) == 1 and len(part[0].words) == 1 and label_word(part[0], columns) is not None


def opens_label(prev: Line, line: Line, after: Line | None) -> bool:
    """Whether ``line`` opens a new row label under ``prev``: a label of its own that is not the
    rest of one wrapped in a narrow column (``Rec`` over ``14`` read as one label, the first line
    alone as none), or the first line of such a wrapped label (``after``: the line under it)."""
    return (ROW_LABEL.match(line.text) is not None and not wraps_label(prev, line)) or wraps_label(line, after)


def wraps_label(first: Line, rest: Line | None) -> bool:
    """Whether a label wraps from ``first`` onto ``rest``: the two read as one, ``first`` alone as none."""
    return rest is not None and ROW_LABEL.match(first.text) is None and \
        ROW_LABEL.match(f"{first.text} {rest.text}") is not None


def opens_with_wrapped_label(lines: tuple[Line, ...]) -> bool:
    """Whether lines open with a row label, on the first line or wrapped onto the second."""
    return ROW_LABEL.match(lines[0].text) is not None or (len(lines) > 1 and wraps_label(lines[0], lines[1]))


def label_centres(blocks: list[Block]) -> list[float]:
    """The middles of the first column's cells that open with a row label (a recommendation's number)."""
    return [b.centre for b in blocks if b.column == 0 and opens_with_wrapped_label(b.lines)]
