"""Columns of a borderless table from its header's shaded cells.

A header may shade each cell on its own: a row of boxes side by side, one box per column
(a spreadsheet saved as a web page and printed draws them of different heights where the
cells' text is centred vertically).  Each box starts a column however narrow the gutter
before it ("Lead agency Target date" a word space apart), and a column narrower than a
column's least width (``min_column_width``), a number or a date wrapped in two, which the
text's layout alone merges into its neighbour, is still a column of its own.
"""
from __future__ import annotations

from collections.abc import Sequence

from .bands import shaded_bands
from .lines import Line, centre_inside
from .page import Shade
from .rules import is_thin
from .settings import DEFAULT, PdfSettings

Box = tuple[float, float, float, float]


def header_cells_to_starts(lines: list[Line], columns: list[float], shading: Sequence[Shade],
                           settings: PdfSettings = DEFAULT) -> list[float]:
    """The column starts as the region's shaded header cells show them: a start inside a cell that no
    text starts at (carried from the table before) is none of this table's, and a cell holding no start
    starts a column where the region's text starts within the cell's padding, else at its left edge
    (its header text centred, no row of its column under it on this page)."""
    tol = settings.column_edge_tolerance
    cells = header_cells(lines, columns, shading, settings)
    starts = [w["x0"] for ln in lines for w in ln.words]
    kept = [x for x in columns
            if not any(x0 + tol < x < x1 for x0, x1 in cells) or any(abs(x - s) <= tol for s in starts)]
    for x0, x1 in cells:
        if not any(x0 - tol <= x < x1 for x in kept):
            kept.append(min((x for x in starts if x0 - tol <= x <= x0 + settings.cell_padding), default=x0))
    return sorted(kept)


def header_cells(lines: list[Line], columns: list[float], shading: Sequence[Shade],
                 settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """The (left, right) edges, left to right, of the region's shaded header cells: the boxes of a band
    of side-by-side shaded cells across the region that holds some of its lines, and the topmost row of
    ``settings.min_header_boxes`` or more boxes side by side that each hold some of its text.  A box no
    thicker than a rule is a rule drawn as a filled rectangle (a browser's), no cell."""
    boxes = [s for s in shading if not is_thin((s.x0, s.top, s.x1, s.bottom), settings)]
    return sorted({*cells_in_bands(lines, columns, boxes, settings), *cells_in_box_row(lines, boxes, settings)})


def cells_in_bands(lines: list[Line], columns: list[float], shading: Sequence[Shade],
                   settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """The edges of the boxes of the bands of side-by-side shaded cells across the region that hold
    some of its lines."""
    if not lines or not columns:
        return []
    tol = settings.column_edge_tolerance
    bands = [band for band in shaded_bands(list(shading), columns[0], max(ln.x1 for ln in lines), settings)
             if not band.whole and any(band.top <= (ln.top + ln.bottom) / 2 <= band.bottom for ln in lines)]
    return [(s.x0, s.x1) for s in shading for band in bands
            if band.top - tol <= s.top and s.bottom <= band.bottom + tol]


def cells_in_box_row(lines: list[Line], shading: Sequence[Shade],
                     settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """The edges, left to right, of the topmost row of ``settings.min_header_boxes`` or more shaded
    boxes side by side that each hold text of ``lines`` (boxes of different heights where the cells'
    text is centred vertically, so no band); empty when there is no such row."""
    words = [w for ln in lines for w in ln.words]
    shaded = {(s.x0, s.top, s.x1, s.bottom) for s in shading}
    boxes = sorted((box for box in shaded if any(centre_inside(w, box) for w in words)), key=lambda b: b[1])
    for row in box_rows(boxes):
        if len(row) >= settings.min_header_boxes and side_by_side(row, settings.column_edge_tolerance):
            return sorted((b[0], b[2]) for b in row)
    return []


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
