"""Borderless regions that hold two tables headed down their first column.

A plan table turned on its side names its rows in its first column ("Recommendation no.",
"Recommendation", "Action", …) and has a column per action.  Two such tables set one under the
other with no rule between them (a plan's recommendations split over two tables of different
widths) read as one block of aligned text.  The second table names its rows again: its first line
opens with the first table's first label, at the same x, under a blank line.  That line opens the
next table, whose columns are its own.
"""
from __future__ import annotations

from .lines import Line
from .runs import line_segments, row_gap_threshold
from .settings import DEFAULT, PdfSettings


def repeated_label_start(lines: list[Line], first: int, end: int, settings: PdfSettings = DEFAULT) -> int | None:
    """The line between ``first`` and ``end`` that opens with the label the region's first line opens
    with (the same words at the same x), set under a blank line: the first line of a second table headed
    down its first column; None where there is none.  The caller asks only of a region that opens with
    no header row across (a header's first cell written again is a repeated header, see ``regions``)."""
    if end - first < 3:
        return None
    label = opening_run(lines[first], settings)
    if label is None:
        return None
    threshold = row_gap_threshold(lines[first:end])
    for i in range(first + 2, end):
        run = opening_run(lines[i], settings)
        if run is None or run[1] != label[1] or abs(run[0] - label[0]) > settings.column_edge_tolerance:
            continue
        gap = lines[i].top - lines[i - 1].bottom
        if gap > max(threshold, settings.repeated_label_gap_em * lines[i - 1].height):
            return i
    return None


def opening_run(line: Line, settings: PdfSettings = DEFAULT) -> tuple[float, str] | None:
    """Where the line's first run of words starts and its words, when the line has runs beyond it (a label
    beside values); None for a line in one run (prose, a wrapped cell)."""
    runs = line_segments(line, settings)
    if len(runs) < 2:
        return None
    return runs[0][0]["x0"], " ".join(w["text"] for w in runs[0])
