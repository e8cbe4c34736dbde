"""Lines of a borderless table that run across its column starts: a theme or recommendation row spanning
the table (``runs_across``, ``crosses_columns``), told from a word too wide for its narrow column that
spills into the next (``overflows_its_column``) and from cells set flush or merged across columns."""
from __future__ import annotations

from .lines import Line
from .merged_cells import merged_beside_cells
from .runs import (cut_at_column_starts, is_bold, labelled_spanning_line, line_segments, spans_gutter,
                   starts_crossed)
from .settings import DEFAULT, PdfSettings


def runs_across(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line whose words run across the start of a column, or a bold line whose words run on
    across one spaced as one phrase (a theme row spanning the table; plain text set close to the
    next column's is not one; nor is a cell merged across columns beside cells of its row)."""
    if merged_beside_cells(line, columns, settings):
        return False
    return (spans_gutter(line, columns) and not overflows_its_column(line, columns, settings)) or (
        is_bold(line) and len(line_segments(line, settings)) == 1 and crosses_columns(line, columns, settings))


def overflows_its_column(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether every word of a line of several runs (cells) that runs across a column start opens
    its run: a word wider than its narrow column spilling into the next ("September" under "30"
    in a Due column), not a phrase running across the table, whose crossing words are inside it."""
    runs = line_segments(line, settings)
    crossing = [(k, w) for k, run in enumerate(runs) for w in run
                if any(w["x0"] < start - 1 < w["x1"] - 1 for start in columns[1:])]
    return len(runs) >= 2 and bool(crossing) and all(w is runs[k][0] for k, w in crossing)


def crosses_columns(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line with a run of words across the start of a column other than the first.  On a line of
    several runs (cells), a run that only meets a column start at a word boundary is two cells set
    flush (``cut_at_column_starts``); a line in one run is prose or a spanning row however its words fall."""
    runs = line_segments(line, settings)
    if labelled_spanning_line(line, columns, settings):
        return True  # a row's label, then its text across the columns: a word at a column start by chance
    if len(runs) >= 2:
        runs = [piece for run in runs for piece in cut_at_column_starts(run, columns[1:], settings)]
    return any(starts_crossed(run, columns[1:], settings) for run in runs)
