"""Cells merged across columns inside a borderless row: a recommendation's text over the two actions'
columns it serves, beside cells of their own on either side.

A row spanning the table (a theme heading) runs across the column starts with nothing beside it.
A merged cell runs across a column start too, but the row has cells of its own left and right of
it (a label in the first column, the next actions' cells after it).  Its text keeps the run's
words together, and the column it covers, where no text of its own starts in the row, is merged
into it (``Cell.span == "left"``), as a DOCX or HTML reader gives a cell spanning columns.
"""
from __future__ import annotations

from ...model import Cell
from .lines import Line, Word, words_to_cell_text
from .runs import column_of, line_segments, meets_start, starts_crossed
from .settings import DEFAULT, PdfSettings


def merged_beside_cells(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether every run of the line that runs across a column start (no word of it meeting the start)
    has another run left and right of it: a cell merged across columns among the row's cells, not a
    line spanning the table."""
    runs = line_segments(line, settings)
    crossing = [k for k, run in enumerate(runs) if crossed_starts(run, columns, settings)]
    return bool(crossing) and all(0 < k < len(runs) - 1 for k in crossing)


def crossed_starts(run: list[Word], columns: list[float], settings: PdfSettings = DEFAULT) -> list[int]:
    """The columns (beyond the first) whose start the run runs across with no word meeting it, its words
    there set a word space apart (``spaced_across``)."""
    return [c for c, x in enumerate(columns) if c and starts_crossed(run, [x], settings)
            and not any(meets_start(run, i, x, settings) for i in range(len(run))) and spaced_across(run, x, settings)]


def spaced_across(run: list[Word], x: float, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the run's words either side of ``x`` are no further apart than ``wide_gap`` (one cell's text
    running on): a wider gap there, however narrow beside tall type (header words set vertically), is
    the gutter between two cells."""
    return all(b["x0"] - a["x1"] <= settings.wide_gap for a, b in zip(run, run[1:]) if a["x1"] <= x <= b["x0"])


def covered_columns(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> set[int]:
    """The columns of a row covered by a merged cell to their left (``merged_beside_cells``): a run runs
    across their start, and no run of words starts in them on any line of the row."""
    crossed: set[int] = set()
    own: set[int] = set()  # columns where a run of words starts: text of their own
    for line in group:
        runs = line_segments(line, settings)
        own |= {column_of(run[0]["x0"], columns) for run in runs}
        if merged_beside_cells(line, columns, settings):
            crossed |= {c for run in runs for c in crossed_starts(run, columns, settings)}
    return crossed - own


def row_cells(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT,
              text_edges: tuple[float | None, ...] = ()) -> tuple[Cell, ...]:
    """Words of one row split into its columns, a column covered by a merged cell to its left
    (``covered_columns``) given to that cell.  ``text_edges``: where the text of each column ends."""
    n = len(columns)
    covered = covered_columns(group, columns, settings)
    per_column: list[list[Word]] = [[] for _ in range(n)]
    for line in group:
        for w in line.words:
            c = column_of(w["x0"], columns)
            while c in covered:
                c -= 1
            per_column[c].append(w)
    edges = text_edges or (None,) * n
    return tuple(Cell("", "left") if c in covered else Cell(words_to_cell_text(ws, None, settings, edge))
                 for c, (ws, edge) in enumerate(zip(per_column, edges)))
