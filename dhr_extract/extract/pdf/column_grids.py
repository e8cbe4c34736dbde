"""Tables ruled only between their columns: vertical rules, no horizontal ones.

A table drawn with vertical rules only (and perhaps zebra shading or a shaded header) gives the
grid finder rows only where shading ends, and shading need not span a row: a plan that shades
its action rows and leaves the merged recommendation cells white draws no edge between
recommendations, so those cells' text falls into no cell and their numbers pile into the first.
Such a grid says where its columns are, not where its rows are: its words are read as a
borderless table (rows from the text: fresh starts, gaps, shaded bands), with the rules'
positions as the known columns.  So is a grid whose cells leave words inside it out: every word
inside a table belongs to some cell.  And so is a grid whose only rule inside is the one under its
header, when its text shows many rows below it: several columns starting afresh at the same height,
below a gap, more than once (the grid finder reads the body as one row as tall as the table).
And so is a grid whose header alone is divided into cells, each row below it one cell across the
table, when the body's text is set in the header's columns (a browser's print of a boxed table
with shaded header cells and no rules inside): its header's cells give the columns.
"""
from __future__ import annotations

from ...model import RawTable
from .columns import cell_text_start
from .lines import BBox, Word, centre_inside, words_to_lines
from .rules import Edge
from .runs import ROW_LABEL
from .ruled import Grid
from .settings import DEFAULT, PdfSettings

ColumnLine = tuple[float, bool, float, str]  # one line of a column: top, whether it starts afresh, height, text


def is_column_grid(grid: Grid, edges: list[Edge], settings: PdfSettings = DEFAULT) -> bool:
    """A grid of two or more rows whose column lines are drawn rules and whose inside no horizontal
    rule crosses (its row lines are shading's sides, or ends closed where the rules stop)."""
    if grid.restored or len(grid.rows) < 2:
        return False  # a table ruled only between its rows is the opposite case (``with_columns_restored``)
    return len(inner_column_rules(grid, edges, settings)) >= 2 and not row_rule_heights(grid, edges, settings)


def inner_column_rules(grid: Grid, edges: list[Edge], settings: PdfSettings = DEFAULT) -> set[int]:
    """The positions of the drawn vertical rules inside a grid (not its sides) that reach into it."""
    x0, top, x1, bottom = grid.bbox
    tol = settings.snap_tolerance
    return {round(e["x0"]) for e in edges if e["source"] == "rule" and e["orientation"] == "v"
            and x0 + tol < e["x0"] < x1 - tol and e["top"] < bottom - tol and e["bottom"] > top + tol}


def row_rule_heights(grid: Grid, edges: list[Edge], settings: PdfSettings = DEFAULT) -> list[float]:
    """The heights of the drawn horizontal rules crossing a grid's inside, top to bottom."""
    x0, top, x1, bottom = grid.bbox
    tol = settings.snap_tolerance
    return sorted(e["top"] for e in edges if e["source"] == "rule" and e["orientation"] == "h"
                  and top + tol < e["top"] < bottom - tol and e["x0"] < x1 - tol and e["x1"] > x0 + tol)


def is_column_grid_under_header(grid: Grid, edges: list[Edge], words: list[Word],
                                settings: PdfSettings = DEFAULT) -> bool:
    """A grid of vertical rules whose only horizontal rule inside is the one under its first row (the
    header), whose body's text starts afresh in several columns at the same height more than once
    (``row_start_heights``): rows the grid finder, finding no rule between them, reads as one."""
    if grid.restored or len(grid.rows) != 2:
        return False
    heights = row_rule_heights(grid, edges, settings)
    header_foot = min(b[3] for b in grid.rows[0] if b is not None)
    if not heights or any(abs(y - header_foot) > settings.snap_tolerance for y in heights):
        return False
    x0, _, x1, bottom = grid.bbox
    body = [w for w in words if centre_inside(w, (x0, header_foot, x1, bottom))]
    return len(row_start_heights(body, column_rules(grid, settings), settings)) >= 2


def is_grid_divided_in_header_only(grid: Grid, words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """A grid whose first row (the header) has two or more cells and whose every other row is one
    cell across the grid, over body text set in the header's columns (``set_in_columns``)."""
    header, body = grid.rows[0], grid.rows[1:]
    if grid.restored or not body or sum(b is not None for b in header) < 2:
        return False
    x0, _, x1, bottom = grid.bbox
    tol = settings.snap_tolerance
    if not all(spans_across(row, x0, x1, tol) for row in body):
        return False
    header_foot = min(b[3] for b in header if b is not None)
    inside = [w for w in words if centre_inside(w, (x0, header_foot, x1, bottom))]
    return set_in_columns(inside, [b[0] for b in header if b is not None], settings)


def spans_across(row: tuple[BBox | None, ...], x0: float, x1: float, tol: float) -> bool:
    """Whether a grid row is one cell from the grid's left side (``x0``) to its right (``x1``)."""
    cells = [b for b in row if b is not None]
    return len(cells) == 1 and cells[0][0] <= x0 + tol and cells[0][2] >= x1 - tol


def set_in_columns(words: list[Word], lefts: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether text is set in the columns whose left edges are ``lefts``: two or more of them hold
    words, and each that does has a text start (``cell_text_start``: several words starting at one
    x within its padding), which text running across the columns has only in the first."""
    holding = [(left, own) for left, own in zip(lefts, words_by_column(words, lefts)) if own]
    return len(holding) >= 2 and all(cell_text_start(own, left, settings) is not None for left, own in holding)


def row_start_heights(words: list[Word], rules: list[float], settings: PdfSettings = DEFAULT) -> list[float]:
    """The heights at which a body's rows start (``rules``: its columns' left edges): its first line,
    and each height where at least ``min_fresh_columns`` columns start afresh (``column_lines``), no
    column's text runs on across, and the first column opens with a row label or holds nothing.
    Parallel paragraphs in one row's cells ("a) ..." beside "a) ...", a second paragraph in each)
    start together too, but beside a cell running on, or under a first cell going on unlabelled."""
    columns = [column_lines(column, settings) for column in words_by_column(words, rules)]
    lines = [ln for column in columns for ln in column]
    first = next((column for column in columns if column), [])
    groups = heights_grouped(sorted(top for top, fresh, _, _ in lines if fresh), settings.centre_tolerance)
    return [group[0] for k, group in enumerate(groups)
            if k == 0 or opens_row(group, lines, first, settings)]


def words_by_column(words: list[Word], rules: list[float]) -> list[list[Word]]:
    """A body's words, column by column (``rules``: the columns' left edges), by each word's centre."""
    return [[w for w in words if left <= (w["x0"] + w["x1"]) / 2 < right]
            for left, right in zip(rules, [*rules[1:], float("inf")])]


def heights_grouped(heights: list[float], tolerance: float) -> list[list[float]]:
    """Sorted heights gathered into runs, each within ``tolerance`` of its run's first."""
    groups: list[list[float]] = []
    for y in heights:
        if groups and y - groups[-1][0] <= tolerance:
            groups[-1].append(y)
        else:
            groups.append([y])
    return groups


def opens_row(group: list[float], lines: list[ColumnLine], first: list[ColumnLine],
              settings: PdfSettings = DEFAULT) -> bool:
    """Whether columns starting afresh together (``group``: their heights) open a row: enough of them,
    no column's text running on across (``lines``: every column's), and the first column (``first``)
    opening with a row label or holding nothing there -- else parallel paragraphs in one row."""
    def level(top: float, height: float) -> bool:
        return abs(top - group[0]) <= height / 2

    return (len(group) >= settings.min_fresh_columns
            and not any(not fresh and level(top, height) for top, fresh, height, _ in lines)
            and all(ROW_LABEL.match(text) for top, _, height, text in first if level(top, height)))


def column_lines(words: list[Word], settings: PdfSettings = DEFAULT) -> list[ColumnLine]:
    """Each line of one column's words as (top, whether it starts afresh, height, text): a line starts
    afresh as the column's first, or below a gap of more than ``paragraph_gap`` line heights."""
    lines = words_to_lines(words)
    return [(ln.top, k == 0 or ln.top - lines[k - 1].bottom > settings.paragraph_gap * ln.height, ln.height, ln.text)
            for k, ln in enumerate(lines)]


def reads_from_words(grid: Grid, raw: RawTable, edges: list[Edge], words: list[Word],
                     settings: PdfSettings = DEFAULT) -> bool:
    """Whether a grid's words are read as a borderless table with its rules as columns: a column grid
    (``is_column_grid``, ``is_column_grid_under_header``, ``is_grid_divided_in_header_only``), or a
    grid whose cells leave out more than a few of the words inside its box (``raw.confidence``: the
    share placed) -- rules drawn over part of a table, whose text is all of it."""
    return is_column_grid(grid, edges, settings) or raw.confidence < settings.min_cell_share \
        or is_column_grid_under_header(grid, edges, words, settings) \
        or is_grid_divided_in_header_only(grid, words, settings)


def column_starts(grid: Grid, words: list[Word], settings: PdfSettings = DEFAULT) -> tuple[float, ...]:
    """Where the text of each of a grid's columns starts: the left-most word starting between its
    rules (a cell's padding varies by producer), or the rule where the column holds no word.  Rules
    closer than ``snap_tolerance`` are one (a rule drawn as a thin box, or twice, makes sliver cells)."""
    x1 = grid.bbox[2]
    inside = [w["x0"] for w in words if centre_inside(w, grid.bbox)]
    rules = column_rules(grid, settings)
    starts = []
    for left, right in zip(rules, [*rules[1:], x1]):
        own = [x for x in inside if left - settings.snap_tolerance <= x < right - settings.snap_tolerance]
        starts.append(round(min(own), 1) if own else left)
    return tuple(starts)


def column_rules(grid: Grid, settings: PdfSettings = DEFAULT) -> list[float]:
    """The left edges of a grid's columns, those closer than ``snap_tolerance`` taken as one at the
    right-most (the side the text is set against)."""
    lefts = sorted({round(b[0], 1) for row in grid.rows for b in row if b is not None})
    rules: list[float] = []
    for x in lefts:
        if rules and x - rules[-1] <= settings.snap_tolerance:
            rules[-1] = x
        else:
            rules.append(x)
    return rules
