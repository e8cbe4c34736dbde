"""Ruled grids that only frame a page's layout: the plan grid drawn inside one of their cells is read.

An old web page laid out in a table (banner, link column, content, footer) prints, ruled, as one
grid whose content cell holds the plan's grid.  Read as the outer grid's nested table, the plan's
rows run together into the content cell and no plan is found.  As the HTML and DOCX readers do
(``normalise.nesting``), the plan tables decide: a grid that is no plan table around a grid that is
one only frames the page, and the grids in its cells are read as tables of their own; a grid
inside a plan grid's cell stays that cell's (``nested_grids``).
"""
from __future__ import annotations

from ...normalise.headers import find_header
from .page import PageContent
from .ruled import Grid, grid_to_raw
from .settings import DEFAULT, PdfSettings


def is_plan_grid(grid: Grid, page: PageContent, index: int, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the grid, read as a table, has a plan header."""
    return find_header(grid_to_raw(grid, page, index, settings)) is not None


def frame_contents(grid: Grid, page: PageContent, index: int, settings: PdfSettings = DEFAULT) -> list[Grid]:
    """The grid; or, when it is no plan table and a grid inside its cells (at any depth) is one, the
    grids its cells hold, each opened the same way: the frame itself is no table."""
    if not grid.nested or is_plan_grid(grid, page, index, settings):
        return [grid]
    inner = [g for nested in grid.nested for g in frame_contents(nested, page, index, settings)]
    if not any(is_plan_grid(g, page, index, settings) for g in inner):
        return [grid]
    return inner
