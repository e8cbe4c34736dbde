"""Where a table ruled only between its rows begins and ends (``ruled.with_columns_restored``).

A plan set out as one table per agency or theme, each under its own heading paragraph, draws no
vertical rules; the horizontal rules of all the tables then chain down the page as if they were
one table, and each heading falls into its columns as a row.  A heading is the page's text, not a
cell: it starts in the first column and runs across the column lines as one run of words, set
larger than the table's text.  A region ends above it, and the heading goes to the table under it.
At the top, a first band of rows that nothing shaded (so nothing drew its columns) belongs to the
table when it lies between the table and the rule of its width above, under a ruled header.
Below, the rules of the table's width run on as more of its rows while text runs down to them
(``last_rule_below``), and a row the page break cut ends where its text does (``text_bottom_below``).
"""
from __future__ import annotations

from collections.abc import Sequence

from pdfplumber.table import merge_edges

from .lines import BBox, Line, Word, centre_inside, words_in_band, words_to_lines
from .page import PageContent
from .rules import Edge
from .runs import crosses_columns_unbroken, line_segments
from .settings import DEFAULT, PdfSettings


def is_heading_between_tables(line: Line, column_lines: Sequence[float], body_height: float,
                              settings: PdfSettings = DEFAULT) -> bool:
    """A line outside the columns of the table above (``column_lines``: its column lines, left
    to right, the table's left edge first): one run of words starting in the first column and
    across a column line, in type larger than the table's (``body_height``: its text's height)."""
    inner = list(column_lines[:-1])
    if len(inner) < 2 or body_height <= 0 or len(line_segments(line, settings)) != 1:
        return False
    return (line.x0 < inner[1] and crosses_columns_unbroken(line, inner, settings)
            and line.height >= settings.heading_size_ratio * body_height)


def heading_in_band(words: list[Word], x0: float, x1: float, top: float, bottom: float,
                    column_lines: Sequence[float], body_height: float, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the page's words between ``top`` and ``bottom``, and between x0 and x1, hold a
    heading between tables (``is_heading_between_tables``)."""
    band = words_to_lines(words_in_band(words, (x0, top, x1, bottom), slack=1.0))
    return any(is_heading_between_tables(ln, column_lines, body_height, settings) for ln in band)


def body_text_height(words: list[Word], x0: float, x1: float, top: float, bottom: float) -> float:
    """The height of the smallest line of text inside a box (a table's body text; 0.0 for none)."""
    lines = words_to_lines(w for w in words if centre_inside(w, (x0, top, x1, bottom)))
    return min((ln.height for ln in lines), default=0.0)


def first_rule_above(bbox: BBox, page: PageContent, column_lines: Sequence[float], rule_tops: Sequence[float],
                     settings: PdfSettings = DEFAULT) -> float:
    """The top of a table ruled only between its rows taken up, rule by rule, to the rules of its width
    above it, over rows of text kept to its columns that nothing else rules: a first band left unshaded
    (nothing drew its columns) under a header ruled as a table of its own, or the rows a page opens with
    above a band spanning the table over its header.  A band crossed by a vertical rule is another
    table's row; a heading or white space ends the table too.  ``rule_tops``: the heights of the rules
    of the table's width, top to bottom."""
    x0, top, x1, bottom = bbox
    body = body_text_height(page.words, x0, x1, top, bottom)
    for y in reversed([y for y in rule_tops if y < top - 1]):  # row by row up: a page may open with several
        if top - y > settings.max_row_height or heading_in_band(page.words, x0, x1, y, top, column_lines, body,
                                                                 settings):
            break
        if not unruled_rows_between(page, (x0, y, x1, top), column_lines, settings):
            break
        top = y
    return top


def unruled_rows_between(page: PageContent, band: BBox, column_lines: Sequence[float],
                         settings: PdfSettings = DEFAULT) -> bool:
    """Whether a band of the page holds text kept to the column lines, crossed by no vertical rule (a
    word set flush against a column line, as a browser sets a cell's text, keeps to its column)."""
    x0, top, x1, bottom = band
    inner = [x for x in column_lines if x0 + 1 < x < x1 - 1]
    words = words_in_band(page.words, band)
    tol = settings.column_edge_tolerance
    return bool(words) and not crossed_by_vertical(page.edges, band) and not any(
        w["x0"] + tol < x < w["x1"] - tol for w in words for x in inner)


def crossed_off_columns(edges: list[Edge], band: BBox, column_lines: Sequence[float],
                        settings: PdfSettings = DEFAULT) -> bool:
    """Whether a vertical rule crosses the middle of a band of the page away from every one of a
    table's ``column_lines`` (a column line of another table's row)."""
    x0, top, x1, bottom = band
    middle = (top + bottom) / 2
    return any(e["orientation"] == "v" and x0 - 1 <= e["x0"] <= x1 + 1 and e["top"] < middle < e["bottom"]
               and all(abs(e["x0"] - x) > settings.snap_tolerance for x in column_lines) for e in edges)


def crossed_by_vertical(edges: list[Edge], band: BBox) -> bool:
    """Whether a vertical rule crosses the middle of a band of the page (a ruled table's row)."""
    x0, top, x1, bottom = band
    middle = (top + bottom) / 2
    return any(e["orientation"] == "v" and x0 - 1 <= e["x0"] <= x1 + 1 and e["top"] < middle < e["bottom"]
               for e in edges)


# ------------------------------------------------------------------ where the rules of a ruled table end

def last_rule_below(bbox: BBox, page: PageContent, settings: PdfSettings = DEFAULT,
                    column_lines: Sequence[float] = ()) -> float:
    """The bottom of a table taken on by rules of its width running on below it (more of its rows).

    A rule drawn in pieces, one per cell (browsers), counts once its pieces are joined.  A rule
    further down than ``max_row_height`` still closes a row of the table when the text runs on
    down to it without a break: one row can fill most of a page.  A rule under white space (no
    text between it and the table) is the top of another table set below it, and the rules stop at
    a heading between them and the table (``column_lines``: its columns): the next table's rules.
    A row crossed by a vertical rule off the table's column lines is a row of another ruled table
    drawn against it (its own columns), so the rules stop there too.
    """
    x0, top, x1, bottom = bbox
    rules = [y for y in rule_tops_of_width(page.edges, x0, x1, settings) if y > bottom + 1]
    body = body_text_height(page.words, x0, x1, top, bottom) if column_lines else 0.0  # only a heading needs it
    for y in rules:
        if y - bottom > settings.max_row_height and not text_runs_down_to(page, x0, x1, bottom, y):
            break
        if y - bottom > 2 * settings.snap_tolerance and not text_between(page, x0, x1, bottom, y):
            break
        if column_lines and heading_in_band(page.words, x0, x1, bottom, y, column_lines, body, settings):
            break
        if column_lines and crossed_off_columns(page.edges, (x0, bottom, x1, y), column_lines, settings):
            break
        bottom = y
    return bottom


def rule_tops_of_width(edges: list[Edge], x0: float, x1: float, settings: PdfSettings = DEFAULT) -> list[float]:
    """The heights, top to bottom, of the rules (pieces joined) that run from x0 to x1: a table's width."""
    return sorted(e["top"] for e in joined_horizontals(edges, settings) if abs(e["x0"] - x0) <= 3
                  and abs(e["x1"] - x1) <= 3)


def joined_horizontals(edges: list[Edge], settings: PdfSettings = DEFAULT) -> list[Edge]:
    """The horizontal edges with collinear pieces joined into one rule (pdfplumber's snap and join)."""
    horizontals = [e for e in edges if e["orientation"] == "h"]
    return merge_edges(horizontals, snap_x_tolerance=settings.snap_tolerance, snap_y_tolerance=settings.snap_tolerance,
                       join_x_tolerance=settings.join_tolerance, join_y_tolerance=settings.join_tolerance)


def text_between(page: PageContent, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether any word between x0 and x1 has its middle between the heights ``top`` and ``bottom``
    (the text of a shaded band set tight under its rule rises a hair above it)."""
    return any(centre_inside(w, (x0, top, x1, bottom)) for w in page.words)


def text_runs_down_to(page: PageContent, x0: float, x1: float, top: float, y: float) -> bool:
    """Whether text between x0 and x1 runs from ``top`` down to ``y`` with no break of two lines."""
    foot, height = top, 0.0
    for line in words_to_lines(words_in_band(page.words, (x0, top, x1, y))):
        if line.top - foot > 2 * line.height:
            return False
        foot, height = line.bottom, line.height
    return height > 0 and y - foot <= 2 * height


def text_bottom_below(page: PageContent, x0: float, x1: float, bottom: float,
                      column_lines: Sequence[float] = (), settings: PdfSettings = DEFAULT) -> float:
    """The foot of the text running on under ``bottom`` between x0 and x1 without a break of two
    lines, and keeping to the table's columns: a line whose words run across one of the inner
    ``column_lines`` is a paragraph under the table (a key, a note), not a row cut by the page break;
    a line crossed by a vertical rule off those lines is another table's row."""
    text_bottom = bottom
    inner = [x for x in column_lines if x0 + 1 < x < x1 - 1]
    for line in words_to_lines(w for w in page.words if w["top"] > bottom and x0 <= w["x0"] and w["x1"] <= x1):
        if line.top - text_bottom > 2 * line.height or any(w["x0"] < x < w["x1"] for w in line.words for x in inner):
            break
        if column_lines and crossed_off_columns(page.edges, (x0, line.top, x1, line.bottom), column_lines, settings):
            break  # a row of another ruled table drawn against this one
        text_bottom = line.bottom
    return text_bottom
