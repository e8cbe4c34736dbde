"""Columns of a borderless table from its header's shaded cells.

A spreadsheet saved as a web page and printed shades each header cell on its own: a row of
boxes side by side, of different heights where the cells' text is centred vertically, one
box per column.  A column narrower than a column's least width (``min_column_width``), a
number or a date wrapped in two, is merged into its neighbour by the text's layout alone;
its header box still says it is a column of its own.
"""
from __future__ import annotations

from collections.abc import Sequence

from .lines import Line, centre_inside
from .page import Shade
from .settings import DEFAULT, PdfSettings


def header_box_spans(lines: list[Line], shading: Sequence[Shade],
                     settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """The (left, right) edges, left to right, of the topmost row of ``settings.min_header_boxes`` or more shaded boxes side
    by side that each hold text of ``lines``; empty when there is no such row."""
    words = [w for ln in lines for w in ln.words]
    shaded = {(s.x0, s.top, s.x1, s.bottom) for s in shading}
    boxes = sorted((box for box in shaded if any(centre_inside(w, box) for w in words)), key=lambda b: b[1])
    for row in box_rows(boxes):
        if len(row) >= settings.min_header_boxes and side_by_side(row, settings.column_edge_tolerance):
            return sorted((b[0], b[2]) for b in row)
    return []


Box = tuple[float, float, float, float]


def box_rows(boxes: list[Box]) -> list[list[Box]]:
    """Boxes sorted by top in rows: a box joins the row whose boxes all overlap it vertically."""
    rows: list[list[Box]] = []
    for box in boxes:
        if rows and all(box[1] < b[3] and b[1] < box[3] for b in rows[-1]):
            rows[-1].append(box)
        else:
            rows.append([box])
    return rows


def side_by_side(row: list[Box], tol: float) -> bool:
    """Whether no two boxes of the row overlap horizontally (by more than ``tol``)."""
    ordered = sorted(row)
    return all(b[0] >= a[2] - tol for a, b in zip(ordered, ordered[1:]))


def with_box_starts(columns: list[float], spans: list[tuple[float, float]],
                    settings: PdfSettings = DEFAULT) -> list[float]:
    """The column starts with the left edge of every header box that holds none of them (its
    column's text was read as part of the column before)."""
    tol = settings.column_edge_tolerance
    missing = [x0 for x0, x1 in spans if not any(x0 - tol <= c <= x1 for c in columns)]
    return sorted([*columns, *missing])
