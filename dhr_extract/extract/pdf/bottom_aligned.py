"""Cells aligned to the bottom of their rows (a spreadsheet's default), printed without rules.

A merged cell is drawn once, at the foot of the rows it spans: its text stands in the last of them, and
the rows above it show empty leading cells.  Read as a top-aligned table, those rows would take their
leading cells from the row above, another recommendation's.  Where the first column's short cells sit
at the foot of their rows (``votes_bottom``), the text of a merged cell goes to the first of the rows it spans
and the rows under it are covered from above, as a ruled table marks them (``with_merged_cells_at_foot``).
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Cell, Row
from .lines import Line
from .runs import column_of, line_segments
from .settings import DEFAULT, PdfSettings

MIN_BOTTOM_VOTES = 3  # short cells seen at their rows' foot before a table is read as bottom-aligned


def foot_and_top_votes(groups: list[list[Line]], columns: list[float], column: int,
                       settings: PdfSettings = DEFAULT) -> tuple[int, int]:
    """How many of a column's one-line cells beside taller ones sit at their row's foot, and how many at
    its top (a plan may align each column its own way: numbers at the foot, actions at the top)."""
    foot = top = 0
    tol = settings.foot_tolerance
    for group in groups:
        cells: dict[int, list[Line]] = {}
        for line in group:
            for run in line_segments(line, settings):
                cells.setdefault(column_of(run[0]["x0"], columns), []).append(line)
        own = cells.get(column, [])
        if len(own) != 1 or max(len(v) for v in cells.values()) < 2:
            continue
        first, last = min(ln.top for ln in group), max(ln.bottom for ln in group)
        foot += abs(own[0].bottom - last) <= tol and own[0].top > first + tol
        top += abs(own[0].top - first) <= tol and own[0].bottom < last - tol
    return foot, top


def votes_bottom(groups: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the first column's one-line cells (the numbers of merged recommendations) sit at their
    rows' foot: several of them, more than at the top."""
    foot, top = foot_and_top_votes(groups, columns, 0, settings)
    return foot >= MIN_BOTTOM_VOTES and foot > top


def leading_empty(cells: tuple[Cell, ...]) -> int:
    """How many of a row's first cells hold no text of their own (empty, or marked covered)."""
    count = 0
    for cell in cells:
        if cell.text.strip() and cell.span != "above":
            break
        count += 1
    return count


def with_merged_cells_at_foot(rows: list[Row], first_body: int) -> list[Row]:
    """The rows (the body from ``first_body``) with each run of rows whose leading cells are empty given
    the leading cells of the row under the run, which are the run's merged cells drawn at their foot;
    the rows after the run's first are covered from above in those columns."""
    out = list(rows)
    r = first_body
    while r < len(out):
        k = leading_empty(out[r].cells)
        end = r
        while end < len(out) and 0 < leading_empty(out[end].cells) >= k and k < len(out[end].cells):
            end += 1
        foot = out[end] if end < len(out) and end > r else None
        if foot is None or not all(c.text.strip() and not c.span for c in foot.cells[:k]):
            r += 1
            continue
        out[r] = replace(out[r], cells=foot.cells[:k] + out[r].cells[k:])
        for i in range(r + 1, end + 1):
            out[i] = replace(out[i], cells=tuple(Cell("", "above") for _ in range(k)) + out[i].cells[k:])
        r = end + 1
    return out
