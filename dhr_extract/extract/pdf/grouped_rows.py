"""Rows inside the ruled bands of a table ruled only between groups of rows.

A plan may draw horizontal rules only under its header and between recommendations, so
one ruled band holds a recommendation and its two or three action rows.  The rules stay
row boundaries; inside a band the rows are found from the text, as in a borderless table
(``row_walk.lines_to_row_groups``: several columns starting afresh at one height).  A column
whose text runs on across such a row start at a paragraph's line spacing (the merged
recommendation cell) is one cell spanning the band's rows, drawn once.
"""
from __future__ import annotations

from dataclasses import replace

from .lines import BBox, Line, Word, words_to_lines, year_runs_on
from .row_walk import RowWalk, lines_to_row_groups, starts_paragraph
from .text_edges import column_ends, column_starts, column_text_edges
from .runs import ROW_LABEL, column_of, column_text, is_bold, line_columns, row_gap_threshold
from .settings import DEFAULT, PdfSettings

GridRow = tuple[BBox | None, ...]
STOPS = set(".0123456789")  # a column's text ending in one may end its cell, however full the line
MIN_OWN_CELLS = 2  # columns starting a cell of their own where a row starts inside a band
SENTENCE_ENDS = (".", "!", "?")


def grid_rows_within_bands(rows: tuple[GridRow, ...], words: list[Word], settings: PdfSettings = DEFAULT,
                           header_rows: int = 1) -> tuple[GridRow, ...]:
    """A partly ruled grid's rows with every band below its first ``header_rows`` (the header) cut
    into the rows its text holds; a band with a merged cell, or holding one row, stays as it is."""
    columns = widest_row_lefts(rows)
    bands = [row for row in rows[header_rows:] if full_band(row) and len(row) == len(columns)]
    body_lines = words_to_lines(w for w in words if any(in_band(w, row) for row in bands))
    if len(columns) < 2 or len(body_lines) < 2:
        return rows
    threshold = row_gap_threshold(body_lines, columns)  # the line spacing of the whole table, not of one band
    out = list(rows[:header_rows])
    for k, row in enumerate(rows[header_rows:]):
        lines = band_lines(words, row) if row in bands else []
        out.extend(band_to_rows(row, lines, columns, threshold, settings, first=k == 0))
    return tuple(out)


def widest_row_lefts(rows: tuple[GridRow, ...]) -> list[float]:
    """The left edges of the cells of the row with the most cells drawn: the grid's columns."""
    widest = max(rows, key=lambda row: sum(b is not None for b in row))
    return [b[0] for b in widest if b is not None]


def band_lines(words: list[Word], row: GridRow) -> list[Line]:
    """The lines of the words whose centres lie in a row's band."""
    return words_to_lines(w for w in words if in_band(w, row))


def full_band(row: GridRow) -> bool:
    """A row of cells all drawn, side by side at one height (no merged cell in it)."""
    own = [b for b in row if b is not None]
    return len(own) == len(row) and len({(round(b[1]), round(b[3])) for b in own}) == 1


def in_band(word: Word, row: GridRow) -> bool:
    """Whether a word's centre lies in the band of a row of cells."""
    own = [b for b in row if b is not None]
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return own[0][1] <= cy <= own[0][3] and own[0][0] <= cx <= own[-1][2]


def band_to_rows(row: GridRow, lines: list[Line], columns: list[float], threshold: float,
                 settings: PdfSettings = DEFAULT, first: bool = False) -> list[GridRow]:
    """One ruled band as the rows of cells its lines fall into (``lines_to_row_groups``); a row start
    is kept where two or more columns hold a cell of their own on both sides of it.  In the table's
    ``first`` band, the lines over its first labelled row are a row of their own (``rest_of_cut_row``)."""
    if len(lines) < 2:
        return [row]
    in_band = replace(settings, row_start_share=settings.band_row_start_share)  # the rules say rows lie here
    groups = lines_to_row_groups(lines, columns, threshold, in_band)
    walk = RowWalk(columns, threshold, False, column_text_edges(lines, columns), settings)
    cuts, spans = band_cuts(lines, groups, walk, first and rest_of_cut_row(groups, columns))
    if not cuts:
        return [row]
    return cut_band([b for b in row if b is not None], cuts, spans)


def band_cuts(lines: list[Line], groups: list[list[Line]], walk: RowWalk,
              rest: bool = False) -> tuple[list[float], list[set[int]]]:
    """Where a band's rows start (``groups``: its lines as the row walk grouped them), kept where two
    or more columns hold a cell of their own on both sides, and per column the cuts its cell runs on
    over; ``rest``: the first group is the rest of a row cut at a break, cut off whole."""
    starts = [group[0].top - walk.settings.word_x_tolerance for group in groups[1:]]
    cuts = [y for y in starts if len(own_cells_across(lines, walk, y)) >= MIN_OWN_CELLS]
    if rest and starts[0] not in cuts:
        cuts.insert(0, starts[0])
    spans = [{k for k, y in enumerate(cuts) if c not in own_cells_across(lines, walk, y) and not (rest and k == 0)}
             for c in range(len(walk.columns))]
    return cuts, spans


def rest_of_cut_row(groups: list[list[Line]], columns: list[float]) -> bool:
    """Whether a table's body opens with the rest of a row a page or column break cut: lines with
    nothing in the label column over a row whose label opens that column.  They share no cell with
    the labelled row under them (whether they carry on the row before the break is the reader's call,
    ``normalise.rows.is_continuation``)."""
    return len(groups) >= 2 and not any(0 in line_columns(ln, columns) for ln in groups[0]) \
        and bool(ROW_LABEL.match(column_text(groups[1][0], 0, columns)))


def own_cells_across(lines: list[Line], walk: RowWalk, y: float) -> set[int]:
    """The columns with text above and below the height ``y`` that starts afresh below it: a paragraph
    (``row_walk.starts_paragraph``), or a capital or a digit after a full stop, even one closing a
    number ("May 2025." / "Complete."), or after a number (a date in a cell of its own, not one whose
    year a narrow column broke onto the next line, "31/08/20" / "25": ``lines.year_runs_on``); the others'
    text runs on across ``y``, one cell over the rows on both sides.  A bold label over its plain text
    (``labels_text_below``) starts nothing, nor a column whose text below ``y`` resumes only lower down than
    the row's first line (a paragraph gap inside a cell, not a cell starting level with the row's others)."""
    own, gapped, sides = set(), False, {}
    row_top = min((ln.top for ln in lines if ln.top >= y), default=y)
    for c in range(len(walk.columns)):
        above = [ln for ln in lines if ln.top < y and c in line_columns(ln, walk.columns)]
        below = [ln for ln in lines if ln.top >= y and c in line_columns(ln, walk.columns)]
        if above and below:
            sides[c] = (above[-1], below[0])
            if below[0].top - row_top <= walk.settings.word_y_tolerance \
                    and starts_cell(above, below[0], c, walk):
                own.add(c)
                gapped |= below[0].top - above[-1].bottom > walk.threshold
    return without_replaced(own | reopened_cells(sides, own, gapped, y, walk), sides, walk)


def without_replaced(own: set[int], sides: dict[int, tuple[Line, Line]], walk: RowWalk) -> set[int]:
    """The columns starting a cell at a row start, less those whose text just above it is struck through
    where another column's text there is not: a deleted entry over the one that replaced it (a tracked
    change printed), one cell going on below.  A row struck through whole is a deleted row: it still ends."""
    struck = {c for c, (above, _) in sides.items() if all_struck(column_line(above, c, walk.columns))}
    return own - struck if struck and struck != set(sides) else own


def all_struck(line: Line) -> bool:
    """Whether a line has words and every one of them is struck through (``strikes``)."""
    return bool(line.words) and all(w.get("struck") for w in line.words)


def reopened_cells(sides: dict[int, tuple[Line, Line]], own: set[int], gapped: bool, y: float,
                   walk: RowWalk) -> set[int]:
    """The columns whose text runs on across ``y`` at a line's spacing but starts a cell after all
    (``sides``: each column's last line above and first line below): level with the row start, with
    a capital or a digit, after a line ending in one (a name: an agency under an agency) or beside a
    cell that visibly ended above (``gapped``), where every column right of it with text on both sides
    starts a cell (``min_fresh_columns`` at least).  In a tight table a narrow cell's last line may
    touch the next row's first; the row beside it tells (as ``row_walk.reopened_columns``)."""
    if len(own) < walk.settings.min_fresh_columns:
        return set()
    out = set()
    for c, (above, below) in sides.items():
        end = column_ends(above, walk.columns)[c]
        start = column_starts(below, walk.columns)[c]
        level = start.top - y <= walk.settings.word_x_tolerance + walk.settings.centre_tolerance
        right = {k for k in sides if k > c}
        if c not in own and level and start.opens and (end.name or gapped) and right and right <= own:
            out.add(c)
    return out


def starts_cell(above: list[Line], below: Line, c: int, walk: RowWalk) -> bool:
    """Whether column ``c``'s text starts afresh on ``below`` under its lines ``above`` (``own_cells_across``)."""
    end, start = column_ends(above[-1], walk.columns)[c], column_starts(below, walk.columns)[c]
    stop = column_text(above[-1], c, walk.columns)[-1:] in STOPS
    last, first = column_line(above[-1], c, walk.columns), column_line(below, c, walk.columns)
    labels = labels_text_below([column_line(ln, c, walk.columns) for ln in above[-2:]], first, walk.threshold)
    return not labels and not year_runs_on(last, first, walk.edges[c]) \
        and (starts_paragraph(end, start, c, walk) or (stop and start.opens))


def column_line(line: Line, column: int, columns: list[float]) -> Line:
    """The words of one column on one line, as a line."""
    return Line([w for w in line.words if column_of(w["x0"], columns) == column])


def labels_text_below(above: list[Line], below: Line, threshold: float) -> bool:
    """Whether a cell's last line of ``above`` (its lines there, last two) is a bold label over the plain
    text set under it within a paragraph's spacing ("Action" over the action's text): one bold line, no
    sentence (a bold recommendation closed by a full stop ends where its actions start).  The two are
    one cell, the label never a cell of its own."""
    label = above[-1]
    alone = len(above) < 2 or not is_bold(above[-2])
    return alone and is_bold(label) and not is_bold(below) and not label.text.rstrip().endswith(SENTENCE_ENDS) \
        and below.top - label.bottom <= threshold


def cut_band(boxes: list[BBox], cuts: list[float], spans: list[set[int]]) -> list[GridRow]:
    """The band's cells cut at ``cuts``; a column's cell runs on over the cuts in its ``spans``
    (covered positions are None, as a merged cell's in pdfplumber's grid)."""
    top, bottom = boxes[0][1], boxes[0][3]
    edges = [top, *cuts, bottom]
    rows: list[list[BBox | None]] = [[] for _ in cuts + [bottom]]
    for c, box in enumerate(boxes):
        start = 0
        for k in range(len(edges) - 1):
            ends_here = k == len(edges) - 2 or k not in spans[c]
            rows[k].append(None)
            if ends_here:
                rows[start][c] = (box[0], edges[start], box[2], edges[k + 1])
                start = k + 1
    return [tuple(r) for r in rows]
