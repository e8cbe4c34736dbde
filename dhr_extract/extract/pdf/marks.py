"""Dotted and dashed rules drawn mark by mark -> one rule segment per run of marks.

A producer that cannot stroke a dotted or dashed border draws each dot or dash as an object
of its own: Chromium draws a dotted rule as half-point squares (thousands of ``re`` on a page),
a dashed one as short filled paths.  Each mark is shorter than any rule, so without folding
the table would look unruled.  A run of small marks evenly spaced along one line is one rule.
pdfplumber's own ``edge_min_length_prefilter`` drops marks shorter than a point before joining
edges, and its ``join_tolerance`` only joins marks long enough to survive that, so dots are
folded here, before the grid finder.
"""
from __future__ import annotations

from typing import Any, Iterable

from .settings import DEFAULT, PdfSettings

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Point = tuple[float, float]


def is_mark(box: Box, settings: PdfSettings = DEFAULT) -> bool:
    """Whether a drawn box is small enough to be one dot or dash of a rule."""
    width, height = box[2] - box[0], box[3] - box[1]
    return max(width, height) <= settings.mark_max_length and min(width, height) <= settings.mark_max_thickness


def mark_boxes(objects: Iterable[dict[str, Any]], settings: PdfSettings = DEFAULT) -> list[Box]:
    """The boxes of the drawn objects (lines, rectangles or paths) small enough to be marks of a
    rule.  The objects themselves still draw what they did: a mark in no run is no rule."""
    boxes = ((obj["x0"], obj["top"], obj["x1"], obj["bottom"]) for obj in objects)
    return [box for box in boxes if is_mark(box, settings)]


def marks_to_segments(marks: list[Box], settings: PdfSettings = DEFAULT) -> list[tuple[Point, Point]]:
    """The centre line of every run of marks along a horizontal or a vertical line.

    A square dot may belong to a rule either way, so each orientation is read on its own;
    a dash only along its length.
    """
    slack = settings.mark_line_tolerance  # a square drawn in floats is a hair wider or taller
    across = [m for m in marks if (m[3] - m[1]) - (m[2] - m[0]) <= slack]
    down = [(m[1], m[0], m[3], m[2]) for m in marks if (m[2] - m[0]) - (m[3] - m[1]) <= slack]  # transposed
    segments = [((start, y), (end, y)) for start, y, end in line_runs(across, settings)]
    segments += [((x, start), (x, end)) for start, x, end in line_runs(down, settings)]
    return segments


def line_runs(marks: list[Box], settings: PdfSettings = DEFAULT) -> list[tuple[float, float, float]]:
    """(start, centre, end) of each horizontal run of marks: marks whose centres are level
    (within ``mark_line_tolerance`` of the next), in runs found by ``even_runs``."""
    runs: list[tuple[float, float, float]] = []
    for line in level_groups(marks, settings.mark_line_tolerance):
        line.sort(key=lambda m: m[0])
        for run in even_runs(line, settings):
            centre = sum((m[1] + m[3]) / 2 for m in run) / len(run)
            runs.append((run[0][0], centre, max(m[2] for m in run)))
    return runs


def level_groups(marks: list[Box], tolerance: float) -> list[list[Box]]:
    """Marks grouped by their vertical centre: sorted centres no further than ``tolerance`` from
    the one before share a line."""
    groups: list[list[Box]] = []
    last = float("-inf")
    for mark in sorted(marks, key=lambda m: m[1] + m[3]):
        centre = (mark[1] + mark[3]) / 2
        if groups and centre - last <= tolerance:
            groups[-1].append(mark)
        else:
            groups.append([mark])
        last = centre
    return groups


def even_runs(line: list[Box], settings: PdfSettings = DEFAULT) -> list[list[Box]]:
    """Runs of at least ``min_run_marks`` marks along one line (sorted by x), each gap no wider
    than ``mark_max_gap`` and within ``mark_gap_tolerance`` of the run's first gap: a rule's
    dots are evenly spaced, so a change of spacing (where two cells' borders meet) starts a
    new run, and the runs then join as any two pieces of a rule do."""
    runs: list[list[Box]] = []
    run: list[Box] = []
    first_gap = 0.0
    for mark in line:
        gap = mark[0] - run[-1][2] if run else 0.0
        fits = bool(run) and 0.0 <= gap <= settings.mark_max_gap and (
            len(run) == 1 or abs(gap - first_gap) <= settings.mark_gap_tolerance)
        if fits:
            first_gap = gap if len(run) == 1 else first_gap
            run.append(mark)
            continue
        if len(run) >= settings.min_run_marks:
            runs.append(run)
        run = [mark]
    if len(run) >= settings.min_run_marks:
        runs.append(run)
    return runs
