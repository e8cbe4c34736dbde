"""A line under a row that gives its progress across the table (``Progress: Complete. …``), set in
the first column with nothing beside it: a row of its own, as in the HTML or ruled print of the same
plan, where it is one cell across the table (``normalise.progress_bands`` folds it into the row above).
In a borderless table whose cells are centred no rule and no white band bounds it, and it is short
enough to stay inside the first column, so only its place and its label tell it apart."""
from __future__ import annotations

from ...normalise.progress_bands import progress_label_end
from .lines import Line
from .runs import line_segments, spans_gutter
from .settings import DEFAULT, PdfSettings


def opens_progress_band(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``line`` is a progress band: in one run, starting at the table's first column, and
    opening with a label naming the progress (``Progress:``, ``Status:``, ``Update:``)."""
    if len(line_segments(line, settings)) != 1 or abs(line.x0 - columns[0]) > settings.column_edge_tolerance:
        return False
    return progress_label_end(line.text) is not None


def bounds_rows(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``line`` stands across the table as a row of its own (a theme row running across a
    gutter, or a progress band), so a cell's block breaks above and below it."""
    return spans_gutter(line, columns) or opens_progress_band(line, columns, settings)
