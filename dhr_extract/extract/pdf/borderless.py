"""Borderless tables: columns from white-space gutters (``columns``), rows from vertical gaps and fresh
starts (``row_walk``), or column by column where cells are centred (``centred``)."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, replace

from ...model import Cell, RawTable, Row
from .bands import (Band, band_cells, band_start_over, cell_band, shaded_bands, split_at_bands, stacked_cells,
                    whole_band, with_cell_shading)
from .bar_groups import centred_on_bar
from .centred import centred_table_rows, plain_header_size
from .centred_labels import split_at_centred_labels
from .centring import cells_centred, centres_as_one_row, rows_touch
from .columns import lines_to_column_starts, split_at_column_starts
from .foot_cuts import with_foot_cuts
from .furniture import without_page_numbers
from .header_boxes import header_cells_to_starts
from .lines import Line, Word, wide_gaps, words_to_cell_text, words_to_lines
from .merged_cells import row_cells
from .group_header_spans import with_group_header_spans
from .nested_columns import nested_header_columns, without_header_lines
from .off_centre import joined_off_centre_rows
from .page import Shade
from .regions import header_block_size, header_table_above, next_table_start, plain_heading_start, text_under_table
from .bottom_aligned import votes_bottom, with_merged_cells_at_foot
from .row_alignment import alignment_runs, cut_row_start, is_centred, join_lone_paragraphs
from .crossing_lines import crosses_columns
from .row_walk import RowWalk, lines_to_row_groups
from .separated_rows import separated_rows
from .runs import (aligned_share, column_of, crosses_columns_unbroken, is_bold, line_columns,
                   line_segments, row_gap_threshold, runs_at_column_starts, spans_gutter)
from .settings import DEFAULT, PdfSettings
from .spanned_rows import lines_to_bands, split_numbered_stack, split_spanned_rows
from .spanning_lines import labelled_spanning_cells, split_at_spanning_lines
from .tall_cells import (covered_beside_next_item, covered_leading_cells, last_header_row, lift_across_parts,
                          lift_tall_cells, with_merged_trailing_cells)
from .text_edges import column_text_edges


@dataclass(frozen=True)
class Layout:
    """What a borderless table on one page tells the next page: a plan keeps its layout."""

    columns: tuple[float, ...] = ()  # where each column's text starts
    centred: bool | None = None  # cells centred vertically in their rows (None: not known)


def borderless_tables(words: list[Word], page_number: int, first_index: int, settings: PdfSettings = DEFAULT,
                      known: Layout = Layout(),
                      shading: tuple[Shade, ...] = (), carried_over: bool = False
                      ) -> tuple[list[RawTable], list[Line], Layout]:
    """The tables of a page with no ruling, the lines outside them, and the last table's layout.

    ``known`` is the layout of the table on the page before: a column with little or no
    text on this page is kept, and a page with no complete row follows its alignment.
    ``shading``: the page's shaded boxes (a band across a table bounds a row).
    ``carried_over``: that table ran to the page's foot, so lines at the top of this page set in its
    columns are the rest of its last row, however few columns they fill (``carried_rest``).
    """
    lines = without_page_numbers(words_to_lines(words), settings)
    tables: list[RawTable] = []
    outside: list[Line] = []
    rest = carried_rest(lines, known.columns, settings) if carried_over else 0
    if rest:
        table, _ = body_to_table(lines[:rest], list(known.columns), page_number, first_index, settings,
                                 known.centred, cut=False, shading=shading)
        tables.append(table)
        lines = lines[rest:]
    while lines:
        if tables and opens_with_header(lines, shading, settings):
            known = Layout((), known.centred)  # a table under a plan header of its own is sized anew
        found = lines_to_table(lines, settings, known.columns, shading)
        if found is None:
            resume = failed_region_end(lines, settings, known.columns, shading)
            outside.extend(lines[:resume])
            lines = lines[resume:]
            continue  # a region that is no table (a one-line legend) hides none below it
        start, end, columns = found
        outside.extend(lines[:start])
        body = split_at_column_starts(lines[start:end], columns, settings)  # cells set flush, read as one word
        columns, nested_headers = nested_header_columns(body, columns, settings)  # a nested table's columns are its cell's
        table, centred = body_to_table(body, columns, page_number, first_index + len(tables), settings,
                                       known.centred, cut=end == len(lines), shading=shading)
        table = with_group_header_spans(without_header_lines(table, nested_headers), settings)
        tables.append(replace(table, split_words=word_count(body) - word_count(lines[start:end])))
        known = Layout(tuple(columns), centred)
        lines = lines[end:]
    return tables, outside, known


def failed_region_end(lines: list[Line], settings: PdfSettings = DEFAULT, known: tuple[float, ...] = (),
                      shading: tuple[Shade, ...] = ()) -> int:
    """Where to look again for a table after the first region among the lines gave none: after that
    region (at least its first line), or after every line when no line is laid out in runs."""
    first = region_start(lines, settings, shading)
    if first is None:
        return len(lines)
    return max(region_end(lines, first, settings, known, shading)[0], first + 1)


def opens_with_header(lines: list[Line], shading: tuple[Shade, ...] = (), settings: PdfSettings = DEFAULT) -> bool:
    """Whether the first table among the lines opens with a plan's header row."""
    first = region_start(lines, settings, shading)
    return first is not None and header_block_size(lines[first:], row_gap_threshold(lines), shading, settings) > 0


def carried_rest(lines: list[Line], columns: tuple[float, ...], settings: PdfSettings = DEFAULT) -> int:
    """How many lines at the top of a page are the rest of a row cut at the foot of the page before,
    whose column starts are ``columns``: a block of lines set close together whose every run of words
    starts at one of those columns, some beyond the first (a heading or prose at the table's left
    edge alone is no row).  Nothing when the block already reads as a table of its own."""
    if len(columns) < 2 or not lines or not starts_in_columns(lines[0], columns, settings):
        return 0
    found = lines_to_table(lines, settings, columns)
    end = 0
    while end < len(lines) and (found is None or end < found[0]) and starts_in_columns(lines[end], columns, settings) \
            and (end == 0 or lines[end].top - lines[end - 1].bottom <= lines[end - 1].height):
        end += 1
    inner = any(i > 0 for line in lines[:end] for i in aligned_segments(line, list(columns), settings))
    return end if inner else 0


def starts_in_columns(line: Line, columns: tuple[float, ...], settings: PdfSettings = DEFAULT) -> bool:
    """Whether every run of the line's words starts at one of the column starts."""
    tol = settings.column_edge_tolerance * 2
    return all(any(abs(run[0]["x0"] - x) <= tol for x in columns) for run in line_segments(line, settings))


def word_count(lines: list[Line]) -> int:
    return sum(len(ln.words) for ln in lines)


def lines_to_table(lines: list[Line], settings: PdfSettings = DEFAULT, known: tuple[float, ...] = (),
                   shading: tuple[Shade, ...] = ()) -> tuple[int, int, list[float]] | None:
    """(first line, line after the last, column starts) of the first borderless table, or None.

    Columns are where the text of many lines starts at the same x and no word runs
    across (``lines_to_column_starts``).  The table starts at the first line with text
    in two or more columns (prose above it stays outside) and ends before two lines in
    a row run across its column starts (prose, or another table laid out differently), or
    before a plan header under rows of data (``regions.next_table_start``; ``shading``: the page's).
    """
    first = region_start(lines, settings, shading)
    if first is None:
        return None
    end, columns = region_end(lines, first, settings, known, shading)
    if end < len(lines):
        columns = lines_to_column_starts(lines[first:end], settings, known)
    columns = header_cells_to_starts(lines[first:end], columns, shading, settings)
    if len(columns) < 2:
        return None
    start = next((i for i in range(first, end) if len(aligned_segments(lines[i], columns, settings)) >= 2), None)
    if (start is not None or known) and len(line_segments(lines[first], settings)) >= 3:
        start = first  # a header line in three or more runs, centred rather than aligned to its columns
        # (over the rest of a row cut by the page break when the page before's columns are known)
    while start and close_above(lines[start - 1], lines[start]) and not crosses_columns(lines[start - 1], columns,
                                                                                         settings) \
            and not header_under_plain_heading(lines, start, end, shading, settings):
        start -= 1  # the first line of a header whose cells are centred or aligned to their foot
    if start is None or end - start < 2:
        return None
    return band_rows_above(lines, start, end, columns, shading, settings), end, columns


def header_under_plain_heading(lines: list[Line], start: int, end: int, shading: tuple[Shade, ...] = (),
                               settings: PdfSettings = DEFAULT) -> bool:
    """Whether the table's first line is a plan header with a plain heading set close over it
    (``plain_heading_start``): the lines above it are that heading, not the header's first line."""
    return (header_block_size(lines[start:end], row_gap_threshold(lines[start:end]), shading, settings) > 0
            and plain_heading_start(lines, -1, start, settings) < start)


def region_end(lines: list[Line], first: int, settings: PdfSettings = DEFAULT, known: tuple[float, ...] = (),
               shading: tuple[Shade, ...] = ()) -> tuple[int, list[float]]:
    """(the index after the last line, the column starts) of the region of the table starting at line
    ``first``: up to a heading or prose (``table_end``), a plan header under rows of data
    (``next_table_start``), and a line of text under the table (``text_under_table``)."""
    columns = lines_to_column_starts(lines[first:], settings, known)
    end = table_end(lines, first, columns, settings)
    cut = next_table_start(lines, first, end, shading, settings)
    if cut is not None:  # cut before the next table's header: the region has columns of its own
        end, columns = cut, lines_to_column_starts(lines[first:cut], settings, known)
    return text_under_table(lines, first, end, columns, settings, shading), columns


def band_rows_above(lines: list[Line], start: int, end: int, columns: list[float], shading: tuple[Shade, ...] = (),
                    settings: PdfSettings = DEFAULT) -> int:
    """The table's first line taken up over the lines of a band across it set directly on top of it
    (``bands.band_start_over``): a row spanning the table over its header, as a recommendation over its
    actions' header, is the table's first row, not a heading above it."""
    return band_start_over(lines, start, shaded_bands(list(shading), columns[0], max(ln.x1 for ln in lines[start:end]),
                                                      settings))


def close_above(line: Line, below: Line) -> bool:
    """A line set just above another, closer than a paragraph's line spacing allows for a new block."""
    return below.top - line.bottom <= 0.5 * line.height


def table_end(lines: list[Line], first: int, columns: list[float], settings: PdfSettings = DEFAULT) -> int:
    """The index after a table's last line: at a heading set larger than the table's text, or where
    lines that cross its column starts begin and make most of the rest of the page (a heading row
    spanning the table is crossed, then the columns resume), before a lone heading line above them."""
    crossing = [crosses_columns_unbroken(ln, columns, settings) for ln in lines]
    body_height = statistics.median(type_height(ln) for ln in lines[first:])
    for i in range(first + 2, len(lines)):
        if is_heading(lines[i], body_height, settings):
            return i  # a heading set larger than the table's text starts what follows
    for i in range(first + 1, len(lines) - 1):
        if crossing[i] and crossing[i + 1] and sum(crossing[i:]) * 2 >= len(lines) - i \
                and not columns_resume(lines, crossing, i, columns, settings):
            while i - 1 > first and len(line_segments(lines[i - 1], settings)) == 1 and \
                    lines[i].top - lines[i - 1].bottom <= 2 * lines[i - 1].height and not crossing[i - 1] and \
                    lines[i - 1].top - lines[i - 2].bottom > lines[i - 1].height:
                i -= 1  # the heading of what follows ("Glossary")
            return i
    return len(lines)


def columns_resume(lines: list[Line], crossing: list[bool], i: int, columns: list[float],
                   settings: PdfSettings = DEFAULT) -> bool:
    """Whether the lines crossing the columns from ``i`` are a row spanning the table (a
    recommendation set across it, wrapped onto a few lines) with the table's rows under it: the
    run is short, and the first line after it has text starting at two or more column starts."""
    end = next((k for k in range(i, len(lines)) if not crossing[k]), len(lines))
    return end - i <= settings.max_spanning_row_lines and end < len(lines) \
        and len(aligned_segments(lines[end], columns, settings)) >= 2


def is_heading(line: Line, body_height: float, settings: PdfSettings = DEFAULT) -> bool:
    """A line in one run set clearly larger than the body text (sizes to a hundredth of a point: a
    median of heights carries float noise, and a 12 pt heading over 10 pt text is on the ratio)."""
    return round(type_height(line), 2) >= round(settings.heading_size_ratio * body_height, 2) and \
        len(line_segments(line, settings)) == 1


def type_height(line: Line) -> float:
    """The height of a line's type: its tallest word's, not the box round all its words (short cells
    each centred beside a tall one sit a little apart in height, and their union is no larger type)."""
    return max(max(w["bottom"] - w["top"] for w in line.words), 1.0)


def body_to_table(body: list[Line], columns: list[float], page_number: int, index: int,
                  settings: PdfSettings = DEFAULT, centred: bool | None = None,
                  cut: bool = True, shading: tuple[Shade, ...] = ()) -> tuple[RawTable, bool | None]:
    """The table's rows, and whether its cells are centred vertically (``centred``: the page before's;
    ``cut``: the table runs to the foot of the page, so its last row may go on overleaf; a band of
    ``shading`` across the table, or a shaded cell stacked on another in a column, starts and ends a row).

    Its confidence is the share of runs of words that start at a column's x (indents and
    bullets inside cells lower it a little, text that fits no column a lot).
    """
    threshold = row_gap_threshold(body, columns)
    right = max(ln.x1 for ln in body)
    bands = lines_to_bands(body, threshold)
    end = cut_row_start(bands, columns) if cut else len(bands)  # a cut row's blocks vote only where centred
    seen = is_centred(bands[1:end], columns, settings, bands[max(end, 1):])
    if seen is None and centred is None:
        seen = cells_centred(body, columns, settings, cut)  # no white band across the table: ask its columns
    centred = centred if seen is None else seen
    shaded = shaded_bands(list(shading), columns[0], right, settings)
    groups = shaded_part_groups(body, columns, threshold, shaded, shading, settings, centred, cut)
    groups = [row for group in groups for row in split_numbered_stack(group, columns, settings)]
    edges = column_text_edges(body, columns)
    rows = with_foot_cuts(groups_to_rows(groups, columns, right, page_number, shaded, edges, settings, shading),
                          groups, columns, edges, cut)
    if votes_bottom(groups, columns, settings):  # merged cells drawn at the foot of their rows
        rows = with_merged_cells_at_foot(rows, last_header_row(rows, settings) + 1)
    bbox = (columns[0], body[0].top, right, body[-1].bottom)
    table = RawTable(tuple(rows), index, page_number, bbox, "borderless",
                     confidence=aligned_share(body, columns, settings))
    return table, centred


def shaded_part_groups(body: list[Line], columns: list[float], threshold: float, shaded: list[Band],
                       shading: tuple[Shade, ...], settings: PdfSettings, centred: bool | None,
                       cut: bool) -> list[list[Line]]:
    """The body's rows, part by part between the bands of ``shaded`` across the table and the shaded
    cells stacked in a column: a band drawn as one box across the table is one row; in a top-aligned
    table a tall cell's text running on across a stacked cell's edge goes back to its row
    (``tall_cells.lift_across_parts``), but never in the column of those cells: a box bounds its own text."""
    right = max(ln.x1 for ln in body)
    edges = column_text_edges(body, columns)  # a column's wrap width is the table's, not one block's
    stacked = stacked_cells(list(shading), columns[0], right, settings)
    parts, head = plain_header_apart(split_at_bands(body, shaded + [cell_band(s) for s in stacked]), columns,
                                     settings, bool(centred))
    bands = frozenset(i for i, part in enumerate(parts) if whole_band(part, shaded) or (head and i == 0))
    by_part = [[part] if i in bands else part_groups(part, columns, threshold, shading, settings, centred,
                                                      cut and i == len(parts) - 1, edges) for i, part in enumerate(parts)]
    if centred:
        return [group for rows in by_part for group in rows]
    boxed = frozenset(column_of((s.x0 + s.x1) / 2, columns) for s in stacked)  # a box bounds its own text
    return lift_across_parts(by_part, RowWalk(columns, threshold, False, edges, settings),
                             bands, boxed)


def plain_header_apart(parts: list[list[Line]], columns: list[float], settings: PdfSettings,
                       centred: bool) -> tuple[list[list[Line]], bool]:
    """The parts with a centred table's plain header (``plain_header_size``) a part of its own, and whether it
    is: a centred row's reading tells a header by its bold, so one set plain would run into the first row."""
    head = plain_header_size(parts[0], columns, settings) if centred and parts else 0
    if not 0 < head < len(parts[0]):
        return parts, False
    return [parts[0][:head], parts[0][head:], *parts[1:]], True


def part_groups(part: list[Line], columns: list[float], threshold: float, shading: tuple[Shade, ...],
                settings: PdfSettings, centred: bool | None, cut: bool,
                edges: tuple[float | None, ...] | None = None) -> list[list[Line]]:
    """A part's rows: by columns under a bar centred on its first cell (``bar_groups``), else by ``centred``
    (``edges``: where the whole table's columns wrap, ``column_text_edges``)."""
    return (centred_on_bar(part, columns, list(shading), settings) and centred_table_rows(part, columns, settings, cut)
            or centred is None and separated_rows(part, columns, settings)
            or part_rows(part, columns, threshold, settings, bool(centred), cut, edges))


def groups_to_rows(groups: list[list[Line]], columns: list[float], right: float, page_number: int,
                   shaded: list[Band], edges: tuple[float | None, ...], settings: PdfSettings = DEFAULT,
                   shading: tuple[Shade, ...] = ()) -> list[Row]:
    """Each group of lines as a row of cells (a shaded band across the table as one cell; a cell on a
    shaded box of ``shading`` given its colour), a row's leading empty cells under filled ones marked
    covered from above (``tall_cells``), and its trailing ones under a cell seen merged down over the rows
    beside it (``with_merged_trailing_cells``)."""
    rows: list[Row] = []
    for r, group in enumerate(groups):
        box = (columns[0], min(ln.top for ln in group), right, max(ln.bottom for ln in group))
        band = whole_band(group, shaded)
        cells = band_cells(group, len(columns), band, settings) if band else with_cell_shading(
            group_to_cells(group, columns, settings, edges), group, columns, shading)
        if r >= last_header_row(rows, settings) + 2:  # the header rows, and the row under them, merge nothing down
            cells = covered_beside_next_item(covered_leading_cells(cells, rows[-1].cells, settings), rows[-1].cells)
        rows.append(Row(cells, r, page_number, box))
    return with_merged_trailing_cells(rows, groups, columns, settings)


def part_rows(lines: list[Line], columns: list[float], threshold: float, settings: PdfSettings = DEFAULT,
              centred: bool = False, cut: bool = True, edges: tuple[float | None, ...] | None = None
              ) -> list[list[Line]]:
    """The rows of a part of a table, its blocks between white bands read by the table's alignment
    (``centred``; parted at their labels, ``centred_labels``) or else by their own (``row_alignment``)."""
    runs = alignment_runs(lines_to_bands(lines, threshold), columns, centred, cut, settings)
    return [group for i, (run, run_centred) in enumerate(runs) for group in (join_lone_paragraphs(
        split_at_centred_labels(centred_part_rows(run, columns, threshold, settings, cut and i == len(runs) - 1),
                                columns, settings), columns, settings, cut and i == len(runs) - 1)
        if run_centred else top_aligned_rows(run, columns, threshold, settings, edges))]


def top_aligned_rows(lines: list[Line], columns: list[float], threshold: float,
                     settings: PdfSettings = DEFAULT, edges: tuple[float | None, ...] | None = None
                     ) -> list[list[Line]]:
    """The rows of a block whose cells are top-aligned, a tall cell's text running on beside the next
    row given back to the row it starts in (``tall_cells``).  ``edges``: where the table's columns wrap,
    else the block's own (a small block's widest lines may be short ones, no wrap width)."""
    edges = column_text_edges(lines, columns) if edges is None else edges
    walk = RowWalk(columns, threshold, False, edges, settings)
    return lift_tall_cells(lines_to_row_groups(lines, columns, threshold, settings, edges), walk)


def centred_part_rows(lines: list[Line], columns: list[float], threshold: float, settings: PdfSettings = DEFAULT,
                      cut: bool = True) -> list[list[Line]]:
    """The rows of a centred table: read column by column where rows touch (``centring.rows_touch``),
    else its blocks between white bands, split where a line spans the table or a cell spans rows."""
    bands = lines_to_bands(lines, threshold)
    rows = centred_rows(bands, columns, threshold, settings)
    if rows_touch(bands, columns, settings) or splits_one_row(bands, rows, columns, settings):
        return centred_table_rows(lines, columns, settings, cut)
    return joined_off_centre_rows(rows, columns, settings)


def splits_one_row(bands: list[list[Line]], rows: list[list[Line]], columns: list[float],
                   settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``rows`` cut a block between white bands whose columns all centre on one line
    (``centred.one_row``): a cell of the row read as spanning others.  A bold header set close
    above the block is left out (its font tells it apart)."""
    for band in bands:
        body = [ln for ln in band if not is_bold(ln)]
        parts = [r for r in rows if any(ln in body for ln in r)]
        if len(parts) >= 2 and centres_as_one_row(body, columns, settings):
            return True
    return False


def centred_rows(bands: list[list[Line]], columns: list[float], threshold: float,
                 settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """The rows of a table whose cells are centred: its blocks between white bands, split where
    a spanning line or a heading stands in one, and where a cell spans several rows."""
    return [row for group in split_at_spanning_lines(bands, columns, threshold, settings)
            for row in split_spanned_rows(group, columns, threshold)]


def region_start(lines: list[Line], settings: PdfSettings = DEFAULT, shading: tuple[Shade, ...] = ()) -> int | None:
    """Where the widest table on the page may start: its first line laid out in the most runs
    (three or more, else two), so prose and a small two-column table above it stay outside; but a
    two-column table above it that opens with a plan header row of its own (``No. / Recommendation``
    set apart) is a table of the plan, and starts there (``header_table_above``)."""
    runs = [len(line_segments(ln, settings)) for ln in lines]
    for needed in (3, 2):
        found = next((i for i, n in enumerate(runs) if n >= needed), None)
        if found is not None:
            return header_table_above(lines, runs, found, shading, settings) if needed == 3 else found
    return None


def aligned_segments(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> list[int]:
    """The columns in which a run of the line's words starts at the column's own x."""
    tol = settings.column_edge_tolerance * 2
    return [i for i, x in enumerate(columns)
            if any(abs(run[0]["x0"] - x) <= tol for run in line_segments(line, settings))]


def group_to_cells(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT,
                   text_edges: tuple[float | None, ...] = ()) -> tuple[Cell, ...]:
    """Words of one row split into its columns; a line that crosses gutters is a spanning cell.
    ``text_edges``: where the text of each column ends, in the whole table (``column_text_edges``)."""
    n = len(columns)
    labelled = labelled_spanning_cells(group, columns, settings)
    if labelled is not None:
        return labelled
    if is_spanning_row(group, columns, settings):
        text = words_to_cell_text([w for line in group for w in line.words], None, settings)
        return (Cell(text),) + tuple(Cell("", "left") for _ in range(n - 1))
    return row_cells(group, columns, settings, text_edges)  # a cell merged across columns keeps its words


def is_spanning_row(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A row of one paragraph running across the columns from the first, one line across two or
    more columns with no gap wider than a word space, or one bold line alone in the first column
    (a theme row: a borderless table draws no cell to say it spans)."""
    one_paragraph = all(len(line_segments(ln, settings)) == 1 and column_of(ln.x0, columns) == 0 for ln in group)
    one_line = len(group) == 1 and wide_gaps(group[0], settings) == 0 and not runs_at_column_starts(
        group[0], columns, settings) and not flush_at_every_start(group[0], columns, settings)
    return (spans_gutter(group[0], columns) and one_paragraph) or (one_line and (
        len(line_columns(group[0], columns)) >= 2 or (one_paragraph and is_bold(group[0]))))


def flush_at_every_start(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a word of the line starts at every column start beyond the first, to the
    ``flush_start_tolerance``: a row's cells set flush in one run by a narrow table, not a line
    spanning it (a paragraph's words fall at the column starts so exactly by chance hardly ever)."""
    return len(columns) >= 2 and all(any(abs(w["x0"] - x) <= settings.flush_start_tolerance for w in line.words)
                                     for x in columns[1:])
