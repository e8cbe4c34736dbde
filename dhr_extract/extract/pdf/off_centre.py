"""Rows of a centred borderless table that a white band cut in two.

In a table whose cells are centred vertically, a tall cell's paragraphs may leave a white band
across the table (its last paragraph starting level with a short cell of a column beside it,
both top-set by chance).  The row above the band then holds a short cell centred not on that row
but on the row and the block under the band together: the block under the band is the rest of the
row, not a row of its own (its cells share no centre either, as a centred row's cells do).
"""
from __future__ import annotations

from .centred import lines_by_column
from .lines import Line
from .settings import DEFAULT, PdfSettings

Span = tuple[float, float]


def joined_off_centre_rows(rows: list[list[Line]], columns: list[float],
                           settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """``rows`` with each row joined to the rows under it on which one of its cells is centred
    (``rest_of_row``)."""
    out: list[list[Line]] = []
    i = 0
    while i < len(rows):
        end = rest_of_row(rows, i, columns, settings)
        out.append([ln for row in rows[i:end] for ln in row])
        i = end
    return out


def rest_of_row(rows: list[list[Line]], i: int, columns: list[float], settings: PdfSettings = DEFAULT) -> int:
    """The index after the last row that is the rest of row ``i``: a cell of row ``i`` is off its
    row's centre, the rows under it leave that cell's column empty and share no centre of their
    own, and the cell is centred on row ``i`` and them together (``i + 1`` when none is)."""
    tol = settings.centre_tolerance
    cells = column_spans(rows[i], columns, settings)
    span = union(list(cells.values()))
    off = {c: s for c, s in cells.items() if abs(centre(s) - centre(span)) > tol}
    for j in range(i + 1, len(rows)):
        below = column_spans(rows[j], columns, settings)
        off = {c: s for c, s in off.items() if c not in below}
        if not off or shares_centre(list(below.values()), tol):
            break
        span = union([span, *below.values()])
        if any(abs(centre(s) - centre(span)) <= tol for s in off.values()):
            return j + 1
    return i + 1


def column_spans(row: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> dict[int, Span]:
    """The top and bottom of each column's text in a row (columns with none left out)."""
    return {c: (own[0].top, max(ln.bottom for ln in own))
            for c, own in enumerate(lines_by_column(row, columns, settings)) if own}


def shares_centre(spans: list[Span], tol: float) -> bool:
    """Whether two or more cells are centred together (one cell alone says nothing against a row)."""
    return len(spans) >= 2 and max(map(centre, spans)) - min(map(centre, spans)) <= tol


def union(spans: list[Span]) -> Span:
    return min(s[0] for s in spans), max(s[1] for s in spans)


def centre(span: Span) -> float:
    return (span[0] + span[1]) / 2
