"""Coloured bars drawn as thick stroked lines: the same bars a browser fills as thin tall boxes.

A plan may mark each recommendation's rows with a thick coloured bar down the left of its
first cell (a CSS left border).  A browser fills it as a thin tall rectangle (shading);
LibreOffice strokes it as a vertical line as wide as the border.  Read as shading, both
draw the same box, so the stages that read bars (a cell's bar colour, a column of boxes
stacked one on another bounding rows) see one thing whatever drew it.
"""
from __future__ import annotations

from typing import Any, Iterable

from ..text import colour_to_hex
from .settings import DEFAULT, PdfSettings


Bar = tuple[float, float, float, float, str]  # x0, top, x1, bottom, colour: a ``page.Shade``'s fields


def stroked_bars(lines: Iterable[dict[str, Any]], settings: PdfSettings = DEFAULT) -> list[Bar]:
    """The box each coloured vertical line ``min_bar_width`` to ``max_bar_width`` thick paints
    (its stroke's width about its centre line), taller than it is thick: a bar, not a rule."""
    bars: list[Bar] = []
    for line in lines:
        width = float(line.get("linewidth") or 0.0)
        upright = abs(line["x1"] - line["x0"]) <= settings.axis_tolerance
        colour = colour_to_hex(line.get("stroking_color"))
        tall = settings.min_bar_width <= width <= settings.max_bar_width < line["bottom"] - line["top"]
        if upright and colour and tall:
            x = (line["x0"] + line["x1"]) / 2
            bars.append((x - width / 2, line["top"], x + width / 2, line["bottom"], colour))
    return bars
