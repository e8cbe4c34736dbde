"""Row groups bounded by a coloured bar at their left, in a table without rules.

A plan may mark each recommendation's rows only by a thick coloured bar down the left of its
merged number cell (a CSS left border), with no rule between rows.  The bar is drawn as tall as
the merged cell, so its top and bottom are where the group of rows it spans starts and ends
(``bands.stacked_cell_bands`` cuts the table there).  Inside the group the bar tells one thing
more: a bar's cell whose text sits in the middle of the bar, clear of its top, is centred
vertically, and so are the group's other cells: its rows are read by their centres
(``centred``), however closely a producer that drops the rows' spacing sets them.
"""
from __future__ import annotations

from .lines import Line
from .page import Shade
from .runs import column_of
from .settings import DEFAULT, PdfSettings


def tall_bars(shading: list[Shade], settings: PdfSettings = DEFAULT) -> list[Shade]:
    """The filled boxes that may be a bar down a cell's edge: ``min_bar_width`` to ``max_bar_width`` wide
    (wider than a rule) and taller than wide."""
    return [s for s in shading if settings.min_bar_width <= s.x1 - s.x0 <= settings.max_bar_width < s.bottom - s.top]


def group_bar(lines: list[Line], columns: list[float], shading: list[Shade],
              settings: PdfSettings = DEFAULT) -> Shade | None:
    """The bar down the left of the table's first column (it ends at or left of where the second
    column's text starts) whose height holds every line of a group of rows, if any."""
    if len(columns) < 2 or not lines:
        return None
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    return next((s for s in tall_bars(shading, settings) if s.x1 <= columns[1]
                 and s.top <= top and bottom <= s.bottom), None)


def centred_on_bar(lines: list[Line], columns: list[float], shading: list[Shade],
                   settings: PdfSettings = DEFAULT) -> bool:
    """Whether the first column's text in a group of rows sits in the middle of the group's bar
    (``group_bar``), its middle within ``centre_tolerance`` of the bar's and its top further than
    that below the bar's top: the group's cells are centred vertically, not set at the top."""
    bar = group_bar(lines, columns, shading, settings)
    words = [w for ln in lines for w in ln.words if column_of(w["x0"], columns) == 0]
    if bar is None or not words:
        return False
    top, bottom = min(w["top"] for w in words), max(w["bottom"] for w in words)
    tol = settings.centre_tolerance
    return abs((top + bottom) / 2 - (bar.top + bar.bottom) / 2) <= tol and top - bar.top > tol
