"""HTML tables as full grids (rowspan / colspan expanded, as the HTML table model reads them), and which
tables only lay out a page."""
from __future__ import annotations

import re

from bs4 import Tag

from collections.abc import Callable

from dhr_extract.extract.text import colour_to_hex
from dhr_extract.model import Cell

from .css import Style

from .dom import nearest, parse_int
from .lines import block_lines, cell_text

MAX_COLSPAN = 1000  # as the HTML table model clamps them
MAX_ROWSPAN = 65534

def table_rows(table: Tag) -> list[tuple[Tag, Tag]]:
    """(tr, row group) of a table in the order a browser draws them: rows of thead/tbody and direct rows
    in source order, then the rows of ``<tfoot>``, which is the table's foot wherever the source puts it
    (HTML 4 wanted it written before the ``<tbody>``)."""
    rows = []
    for tr in table.find_all("tr"):
        if nearest(tr, ("table",)) is not table:
            continue
        group = tr.parent if tr.parent is not None and tr.parent.name in ("thead", "tbody", "tfoot") else table
        rows.append((tr, group))
    return sorted(rows, key=lambda row: row[1].name == "tfoot")  # stable: the order within each kept


def row_cells(tr: Tag) -> list[Tag]:
    """The ``<td>``/``<th>`` of a row (also when wrapped in a stray element by bad markup)."""
    children = [c for c in tr.children if isinstance(c, Tag)]
    if all(c.name in ("td", "th") for c in children):
        return children
    return [c for c in tr.find_all(["td", "th"]) if nearest(c, ("tr",)) is tr]


def cell_spans(td: Tag, rows_left_in_group: int) -> tuple[int, int]:
    """(rowspan, colspan) as the HTML table model reads them: bad values -> 1, colspan 0 -> 1,
    rowspan 0 -> to the end of the row group, clamped so a span never leaves its row group."""
    colspan = parse_int(td.get("colspan"), 1)
    colspan = 1 if colspan is None or colspan < 1 else min(colspan, MAX_COLSPAN)
    rowspan = parse_int(td.get("rowspan"), 1)
    if rowspan is None or rowspan < 0:
        rowspan = 1
    rowspan = rows_left_in_group if rowspan == 0 else min(rowspan, MAX_ROWSPAN)
    return max(1, min(rowspan, rows_left_in_group)), colspan


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{3,6}\b|rgba?\([^)]*\)|\b[a-z]+\b", re.I)


def style_background(style: Style) -> str:
    """The background colour a style gives, as "#rrggbb" ('' for none, or an image alone)."""
    value = style.get("background-color") or style.get("background") or ""
    token = _COLOUR_TOKEN.search(value)
    return colour_to_hex(token.group(0)) if token else ""


def cell_fill(td: Tag) -> str:
    """The cell's background (bgcolor, or a background colour in its style) as "#rrggbb"."""
    match = _BACKGROUND.search(str(td.get("style") or ""))
    if not match:
        return colour_to_hex(str(td.get("bgcolor") or ""))
    token = _COLOUR_TOKEN.search(match.group(1))  # "background: #f00 url(x.png)" -> "#f00"
    return colour_to_hex(token.group(0)) if token else ""


def table_to_grid(table: Tag, origins: dict[tuple[int, int], Tag] | None = None,
                  bar_of: Callable[[Tag], str] | None = None,
                  fill_of: Callable[[Tag], str] | None = None) -> list[list[Cell]]:
    """A table as a full grid: the origin of a rowspan/colspan cell holds the text, positions to
    its right in the same row are ``Cell("", "left")``, positions in the rows below ``Cell("", "above")``;
    uncovered positions of short rows are empty cells.  ``origins``, if given, gets each origin's element;
    ``bar_of`` gives a cell's coloured left bar (``left_bar_colour`` of its style), ``fill_of`` its
    background where a style sheet gives it (a class's)."""
    rows = table_rows(table)
    group_end = row_group_ends([group for _, group in rows])
    grid: dict[tuple[int, int], Cell] = {}
    for r, (tr, _) in enumerate(rows):
        c = 0
        for td in row_cells(tr):
            while (r, c) in grid:
                c += 1
            rowspan, colspan = cell_spans(td, group_end[r] - r + 1)
            place_cell(grid, td, r, c, rowspan, colspan, bar_of(td) if bar_of is not None else "",
                       fill_of(td) if fill_of is not None else "")
            if origins is not None and grid.get((r, c)) is not None and (r, c) not in origins:
                origins[(r, c)] = td
            c += colspan
    width = max((c + 1 for (_, c) in grid), default=0)
    if width == 0:
        return []  # no cells at all
    return [[grid.get((r, c), Cell()) for c in range(width)] for r in range(len(rows))]


def row_group_ends(groups: list[Tag]) -> list[int]:
    """For each row (given by its row group), the index of the last row of its group."""
    ends = [0] * len(groups)
    for i in range(len(groups) - 1, -1, -1):
        same = i + 1 < len(groups) and groups[i + 1] is groups[i]
        ends[i] = ends[i + 1] if same else i
    return ends


def place_cell(grid: dict[tuple[int, int], Cell], td: Tag, r: int, c: int, rowspan: int, colspan: int,
               bar: str = "", fill: str = "") -> None:
    """A cell at its origin and its markers over the positions it spans; a position an earlier cell
    already covers keeps that one (overlapping spans are bad markup: the first cell wins)."""
    for dr in range(rowspan):
        for dc in range(colspan):
            if (r + dr, c + dc) in grid:
                continue
            if dr == 0 and dc == 0:
                grid[(r, c)] = Cell(cell_text(td), "", cell_fill(td) or fill, bar)
            else:
                grid[(r + dr, c + dc)] = Cell("", "left" if dr == 0 else "above")


MIN_BAR_PX = 3.0  # a left border this wide or wider is a coloured bar, not a rule between cells
_LENGTH = re.compile(r"^(\d*\.?\d+)(px|pt|em|rem)?$")
_KEYWORD_PX = {"thin": 1.0, "medium": 3.0, "thick": 5.0}
_UNIT_PX = {"px": 1.0, "pt": 4 / 3, "em": 16.0, "rem": 16.0, None: 1.0}
_LINE_STYLES = {"none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset"}


def left_bar_colour(style: Style) -> str:
    """The colour of a cell's left border where it is a bar (``MIN_BAR_PX`` wide or more, drawn):
    "#rrggbb", else ''.  A side's own declarations outrank the ``border`` shorthand for all four."""
    tokens = [t for name in ("border", "border-left") for t in style.get(name, "").split()]
    tokens += [style.get(name, "") for name in ("border-width", "border-left-width", "border-style",
                                                "border-left-style", "border-color", "border-left-color")]
    widths = [w for w in map(css_px, tokens) if w is not None]
    styles = [t for t in tokens if t in _LINE_STYLES]
    if not widths or widths[-1] < MIN_BAR_PX or not styles or styles[-1] in ("none", "hidden"):
        return ""
    return next((c for c in map(colour_to_hex, reversed(tokens)) if c), "")


def css_px(token: str) -> float | None:
    """A CSS border width in pixels ("6px", "4.5pt", "thick"); None for any other token."""
    if token in _KEYWORD_PX:
        return _KEYWORD_PX[token]
    match = _LENGTH.match(token)
    return float(match.group(1)) * _UNIT_PX[match.group(2)] if match else None


def table_caption(table: Tag) -> str:
    caption = table.find("caption")
    if caption is None or nearest(caption, ("table",)) is not table:
        return ""
    return " ".join(block_lines(caption))


_HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def inner_tables(table: Tag) -> list[Tag]:
    """The tables directly inside ``table``'s cells (not those nested deeper)."""
    return [t for t in table.find_all("table") if nearest(t, ("table",)) is table]


def is_layout_table(table: Tag) -> bool:
    """A table that only frames other content: role="presentation", or a single cell around tables."""
    if not inner_tables(table):
        return False
    if str(table.get("role") or "").lower() in ("presentation", "none"):
        return True
    rows = table_rows(table)
    return len(rows) == 1 and len(row_cells(rows[0][0])) == 1


def frames_page(table: Tag, inner: list[Tag]) -> bool:
    """A table around the ``inner`` tables that lays out a page (old council sites: banner, menu,
    content, sidebar): a cell holds a heading, or a table inside it is longer than it.  Its cells are
    then read as body text too; a data table with a small table in one cell is not."""
    if any(nearest(h, ("table",)) is table for h in table.find_all(_HEADING_TAGS)):
        return True
    return any(len(table_rows(t)) > len(table_rows(table)) for t in inner)
