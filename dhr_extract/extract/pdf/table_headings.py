"""Headings between tables ruled only between their rows: where one table ends and the next begins.

A plan set out as one table per agency or theme, each under its own heading paragraph, draws no
vertical rules; the horizontal rules of all the tables then chain down the page as if they were
one table, and each heading falls into its columns as a row.  A heading is the page's text, not a
cell: it starts in the first column and runs across the column lines as one run of words, set
larger than the table's text.  A region ends above it, and the heading goes to the table under it.
"""
from __future__ import annotations

from collections.abc import Sequence

from .lines import Line, Word, centre_inside, words_to_lines
from .runs import crosses_columns_unbroken, line_segments
from .settings import DEFAULT, PdfSettings


def is_heading_between_tables(line: Line, column_lines: Sequence[float], body_height: float,
                              settings: PdfSettings = DEFAULT) -> bool:
    """A line outside the columns of the table above (``column_lines``: its column lines, left
    to right, the table's left edge first): one run of words starting in the first column and
    across a column line, in type larger than the table's (``body_height``: its text's height)."""
    inner = list(column_lines[:-1])
    if len(inner) < 2 or body_height <= 0 or len(line_segments(line, settings)) != 1:
        return False
    return (line.x0 < inner[1] and crosses_columns_unbroken(line, inner, settings)
            and line.height >= settings.heading_size_ratio * body_height)


def heading_in_band(words: list[Word], x0: float, x1: float, top: float, bottom: float,
                    column_lines: Sequence[float], body_height: float, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the page's words between ``top`` and ``bottom``, and between x0 and x1, hold a
    heading between tables (``is_heading_between_tables``)."""
    band = words_to_lines(w for w in words if top < w["top"] and w["bottom"] < bottom
                          and x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1)
    return any(is_heading_between_tables(ln, column_lines, body_height, settings) for ln in band)


def body_text_height(words: list[Word], x0: float, x1: float, top: float, bottom: float) -> float:
    """The height of the smallest line of text inside a box (a table's body text; 0.0 for none)."""
    lines = words_to_lines(w for w in words if centre_inside(w, (x0, top, x1, bottom)))
    return min((ln.height for ln in lines), default=0.0)
