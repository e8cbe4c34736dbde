"""Borderless tables: columns from white-space gutters, rows from vertical gaps and fresh starts."""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from ...model import Cell, RawTable, Row
from .lines import PARAGRAPH_OPENER, Line, Word, line_text, wide_gaps, words_to_cell_text, words_to_lines
from .settings import DEFAULT, PdfSettings

# Running footers: a bare page number, or a line ending "Page 3" / "Page 3 of 12".
# A recommendation label opening the first column: "3.", "3.1", "R3", "Recommendation 3".
ROW_LABEL = re.compile(r"^(\d+(\.\d+)*[a-z]?[.):]?(\s|$)|R\d+\b|Rec(ommendation)?\s*\d+)", re.I)
# A run of words that is only a bullet or a sub-item label ("•", "a)", "ii.", "(3)").
MARKER = re.compile(r"•|[\uf0b7\u25aa\u25cf\u2013\-*]|\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]", re.I)
MIN_ALIGNMENT_EVIDENCE = 3  # short cells seen before a table's vertical alignment is decided
PAGE_NUMBER = re.compile(r"(^\d+(\s*(of|/)\s*\d+)?$)|(\bpage\s*\d+(\s*(of|/)\s*\d+)?$)", re.I)


@dataclass(frozen=True)
class Layout:
    """What a borderless table on one page tells the next page: a plan keeps its layout."""

    columns: tuple[float, ...] = ()  # where each column's text starts
    centred: bool | None = None  # cells centred vertically in their rows (None: not known)


def borderless_tables(words: list[Word], page_number: int, first_index: int, settings: PdfSettings = DEFAULT,
                      known: Layout = Layout()) -> tuple[list[RawTable], list[Line], Layout]:
    """The tables of a page with no ruling, the lines outside them, and the last table's layout.

    ``known`` is the layout of the table on the page before: a column with little or no
    text on this page is kept, and a page with no complete row follows its alignment.
    """
    lines = [ln for ln in words_to_lines(words) if not PAGE_NUMBER.search(ln.text.strip())]
    tables: list[RawTable] = []
    outside: list[Line] = []
    while lines:
        found = lines_to_table(lines, settings, known.columns)
        if found is None:
            outside.extend(lines)
            break
        start, end, columns = found
        outside.extend(lines[:start])
        table, centred = body_to_table(lines[start:end], columns, page_number, first_index + len(tables), settings,
                                       known.centred, cut=end == len(lines))
        tables.append(table)
        known = Layout(tuple(columns), centred)
        lines = lines[end:]
    return tables, outside, known


def lines_to_table(lines: list[Line], settings: PdfSettings = DEFAULT,
                   known: tuple[float, ...] = ()) -> tuple[int, int, list[float]] | None:
    """(first line, line after the last, column starts) of the first borderless table, or None.

    Columns are where the text of many lines starts at the same x and no word runs
    across (``lines_to_column_starts``).  The table starts at the first line with text
    in two or more columns (prose above it stays outside) and ends before two lines in
    a row run across its column starts (prose, or another table laid out differently).
    """
    first = region_start(lines, settings)
    if first is None:
        return None
    columns = lines_to_column_starts(lines[first:], settings, known)
    end = table_end(lines, first, columns, settings)
    if end < len(lines):
        columns = lines_to_column_starts(lines[first:end], settings, known)
    if len(columns) < 2:
        return None
    start = next((i for i in range(first, end) if len(aligned_segments(lines[i], columns, settings)) >= 2), None)
    if start is not None and len(line_segments(lines[first], settings)) >= 3:
        start = first  # a header line in three or more runs, centred rather than aligned to its columns
    while start and close_above(lines[start - 1], lines[start]) and not crosses_columns(lines[start - 1], columns,
                                                                                         settings):
        start -= 1  # the first line of a header whose cells are centred or aligned to their foot
    if start is None or end - start < 2:
        return None
    return start, end, columns


def close_above(line: Line, below: Line) -> bool:
    """A line set just above another, closer than a paragraph's line spacing allows for a new block."""
    return below.top - line.bottom <= 0.5 * line.height


def table_end(lines: list[Line], first: int, columns: list[float], settings: PdfSettings = DEFAULT) -> int:
    """The index after a table's last line: at a heading set larger than the table's text, or where
    lines that cross its column starts begin and make most of the rest of the page (a heading row
    spanning the table is crossed, then the columns resume), before a lone heading line above them."""
    crossing = [crosses_columns(ln, columns, settings) for ln in lines]
    body_height = statistics.median(ln.height for ln in lines[first:])
    for i in range(first + 2, len(lines)):
        if is_heading(lines[i], body_height, settings):
            return i  # a heading set larger than the table's text starts what follows
    for i in range(first + 1, len(lines) - 1):
        if crossing[i] and crossing[i + 1] and sum(crossing[i:]) * 2 >= len(lines) - i:
            while i - 1 > first and len(line_segments(lines[i - 1], settings)) == 1 and \
                    lines[i].top - lines[i - 1].bottom <= 2 * lines[i - 1].height and not crossing[i - 1] and \
                    lines[i - 1].top - lines[i - 2].bottom > lines[i - 1].height:
                i -= 1  # the heading of what follows ("Glossary")
            return i
    return len(lines)


def is_heading(line: Line, body_height: float, settings: PdfSettings = DEFAULT) -> bool:
    """A line in one run set clearly larger than the body text."""
    return line.height >= settings.heading_size_ratio * body_height and len(line_segments(line, settings)) == 1


def crosses_columns(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    tol = settings.column_edge_tolerance
    return any(run[0]["x0"] < x - tol and run[-1]["x1"] > x + tol
               for run in line_segments(line, settings) for x in columns[1:])


def body_to_table(body: list[Line], columns: list[float], page_number: int, index: int,
                  settings: PdfSettings = DEFAULT, centred: bool | None = None,
                  cut: bool = True) -> tuple[RawTable, bool | None]:
    """The table's rows, and whether its cells are centred vertically (``centred``: the page before's;
    ``cut``: the table runs to the foot of the page, so its last row may go on overleaf).

    Its confidence is the share of runs of words that start at a column's x (indents and
    bullets inside cells lower it a little, text that fits no column a lot).
    """
    threshold = row_gap_threshold(body, columns)
    right = max(ln.x1 for ln in body)
    bands = lines_to_bands(body, threshold)
    seen = is_centred(bands[1:-1] if cut else bands[1:], columns)  # the first block may be a header
    centred = centred if seen is None else seen
    groups = bands if centred else lines_to_row_groups(body, columns, threshold, settings)
    rows = []
    for r, group in enumerate(groups):
        box = (columns[0], min(ln.top for ln in group), right, max(ln.bottom for ln in group))
        rows.append(Row(group_to_cells(group, columns, settings), r, page_number, box))
    runs = [run for ln in body for run in line_segments(ln, settings)]
    aligned = sum(1 for run in runs if any(abs(run[0]["x0"] - x) <= 2 * settings.column_edge_tolerance
                                           for x in columns))
    bbox = (columns[0], body[0].top, right, body[-1].bottom)
    table = RawTable(tuple(rows), index, page_number, bbox, "borderless",
                     confidence=round(aligned / len(runs), 3) if runs else 1.0)
    return table, centred


def region_start(lines: list[Line], settings: PdfSettings = DEFAULT) -> int | None:
    """Where the widest table on the page may start: its first line laid out in the most runs
    (three or more, else two), so prose and a small two-column table above it stay outside."""
    runs = [len(line_segments(ln, settings)) for ln in lines]
    for needed in (3, 2):
        found = next((i for i, n in enumerate(runs) if n >= needed), None)
        if found is not None:
            return found
    return None


def line_segments(line: Line, settings: PdfSettings = DEFAULT) -> list[list[Word]]:
    """A line's words in runs separated by gaps wider than a word space: one run per cell at most."""
    runs = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:]):
        if b["x0"] - a["x1"] > max(settings.column_gap, settings.column_gap_em * (a["bottom"] - a["top"])):
            runs.append([])
        runs[-1].append(b)
    return runs


def lines_to_column_starts(lines: list[Line], settings: PdfSettings = DEFAULT,
                           known: tuple[float, ...] = ()) -> list[float]:
    """The x where each column's text starts: an x where runs of words start and no word crosses.

    A cell's text is left-aligned, so every line of every cell in a column starts at the
    same x, however close the text of the column before runs to it; an indent inside a
    cell (a bullet's hanging text) also lines up, but the cell's other lines run across
    it.  Lines that run across two or more candidate starts (titles, theme rows spanning
    the table), stand alone between gaps or are one bold run (a short theme row) are not
    counted against a start.  A start of a single run counts where no line laid out in runs crosses it and
    it does not follow a bullet or a sub-item label (a column with one short value,
    "Local", on the page).  ``known`` starts (the page before's
    columns) count where almost nothing crosses them.  Of starts closer together than a
    column can be narrow, the leftmost is the column: a cell's own text starts there, and
    an indent or a centred header line starts to its right.
    """
    tol = settings.column_edge_tolerance
    clusters = start_clusters(lines, settings)
    candidates = [c.x for c in clusters if c.support >= settings.min_column_support]
    isolated = isolated_lines(lines, row_gap_threshold(lines), settings)  # theme rows may cross any column
    inner_words = [w for i, ln in enumerate(lines) if i not in isolated and not spans_columns(ln, candidates, settings)
                   and not (is_bold(ln) and len(line_segments(ln, settings)) == 1) for w in ln.words]

    table_words = [w for ln in lines if len(line_segments(ln, settings)) >= 2 for w in ln.words]

    def crossing(x: float, words: list[Word] = inner_words) -> int:
        return sum(1 for w in words if w["x0"] < x - tol and w["x1"] > x + tol)

    starts: list[tuple[float, float]] = []  # (x, support)
    for c in clusters:
        if c.support >= settings.min_column_support and crossing(c.x) <= settings.max_crossing_share * c.support:
            starts.append((c.x, c.support))
        elif c.support == 1 and not c.after_marker and crossing(c.x, table_words) == 0:
            starts.append((c.x, 1))
    for x in known:
        support = max((c.support for c in clusters if abs(c.x - x) <= tol), default=0)
        if crossing(x) <= 1 + settings.max_crossing_share * support:
            starts.append((x, support + 0.5))
    return leftmost_apart(sorted(starts), settings.min_column_width)


def leftmost_apart(starts: list[tuple[float, float]], min_width: float) -> list[float]:
    """The first start of each chain of starts closer together than ``min_width``."""
    columns: list[float] = []
    previous = None
    for x, _ in starts:
        if previous is None or x - previous >= min_width:
            columns.append(x)
        previous = x
    return columns


@dataclass(frozen=True)
class StartCluster:
    x: float  # the leftmost start in the cluster
    support: int  # how many runs of words start there
    after_marker: bool  # every one of them follows a bullet or a sub-item label on its line


def start_clusters(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[StartCluster]:
    """Where runs of words start (x within tolerance), and how many start there."""
    starts: list[tuple[float, bool]] = []
    for ln in lines:
        runs = line_segments(ln, settings)
        for before, run in zip([None] + runs, runs):
            marker = before is not None and bool(MARKER.fullmatch(" ".join(w["text"] for w in before)))
            starts.append((run[0]["x0"], marker))
    starts.sort()
    groups: list[list[tuple[float, bool]]] = []
    for start in starts:
        if groups and start[0] - groups[-1][0][0] <= settings.column_edge_tolerance:
            groups[-1].append(start)
        else:
            groups.append([start])
    return [StartCluster(g[0][0], len(g), all(m for _, m in g)) for g in groups]


def spans_columns(line: Line, starts: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line with one run of words across two or more column starts (a title, a spanning theme row)."""
    tol = settings.column_edge_tolerance
    return any(sum(1 for x in starts if run[0]["x0"] < x - tol and run[-1]["x1"] > x + tol) >= 2
               for run in line_segments(line, settings))


def aligned_segments(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> list[int]:
    """The columns in which a run of the line's words starts at the column's own x."""
    tol = settings.column_edge_tolerance * 2
    return [i for i, x in enumerate(columns)
            if any(abs(run[0]["x0"] - x) <= tol for run in line_segments(line, settings))]


def row_gap_threshold(lines: list[Line], columns: list[float] | None = None) -> float:
    """A vertical gap clearly taller than the space between two lines of one paragraph.

    The usual line spacing is the lower quartile of the gaps between successive lines of
    one column (most of them are inside paragraphs; lines of different columns need not
    line up, so gaps across columns say little); lines that overlap are left out.
    """
    runs = [lines] if not columns else [[ln for ln in lines if any(column_of(w["x0"], columns) == c for w in ln.words)]
                                         for c in range(len(columns))]
    gaps = sorted(b.top - a.bottom for run in runs for a, b in zip(run, run[1:]) if b.top - a.bottom >= 0)
    if not gaps:
        return 0.0
    spacing = gaps[len(gaps) // 4]
    height = statistics.median(ln.bottom - ln.top for ln in lines)
    return max(spacing * 1.8, spacing + height * 0.4)


def column_of(x: float, columns: list[float]) -> int:
    """The column whose start is the last one at or before x."""
    index = 0
    for i, start in enumerate(columns):
        if x >= start - 1:
            index = i
    return index


def line_columns(line: Line, columns: list[float]) -> set[int]:
    return {column_of(w["x0"], columns) for w in line.words}


def lines_to_row_groups(lines: list[Line], columns: list[float], threshold: float,
                        settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """Lines grouped into table rows.

    Cells are top-aligned, so every cell of a row starts on the row's first line: a
    column that only starts further down opens a new row.  A line also opens a row when
    two or more columns start afresh there (after a gap taller than the line spacing
    in that column: lines of different columns need not line up) with text that is not
    a sub-item or bullet (a merged recommendation cell may run on beside several rows),
    or the first column does with a label.  After a white band across the whole table, text in the first column
    opens a row unless it is a sub-item or bullet.  A line that runs across the column
    starts (a theme or recommendation row spanning the table) opens a row of its own,
    with the lines its paragraph wraps onto; a bold header ends at its first line that
    is not bold.
    """
    isolated = isolated_lines(lines, threshold, settings)
    groups: list[list[Line]] = [[lines[0]]]
    last_bottom = {c: lines[0].bottom for c in line_columns(lines[0], columns)}  # per column, in the current row
    for i, (prev, line) in enumerate(zip(lines, lines[1:]), start=1):
        cols = line_columns(line, columns)
        if spans_gutter(groups[-1][0], columns) and continues_paragraph(prev, line, columns, threshold, settings):
            groups[-1].append(line)  # a spanning row's paragraph wraps onto this line
            last_bottom.update({c: line.bottom for c in cols})
            continue
        fresh = {c for c in cols if c not in last_bottom or line.top - last_bottom[c] > threshold}
        starts = {c for c in fresh if c == 0 or not PARAGRAPH_OPENER.match(column_text(line, c, columns))}
        header = len(groups) == 1 and is_bold(groups[0][0])
        header_ends = header and is_bold(prev) and not is_bold(line)
        spanning = spans_gutter(line, columns) or spans_gutter(prev, columns) or bool({i, i - 1} & isolated)
        new_column = bool(cols - last_bottom.keys()) and not header
        white_band = not last_bottom or line.top - max(last_bottom.values()) > threshold
        restarts = len(starts) >= 2 or (0 in fresh and bool(ROW_LABEL.match(line.text))) or (
            0 in cols and white_band and not PARAGRAPH_OPENER.match(line_text(line)))
        if header and is_bold(line) and not spanning:
            groups[-1].append(line)  # a bold header runs on until its first plain line
        elif spanning or new_column or restarts or header_ends:
            groups.append([line])
            last_bottom = {}
        else:
            groups[-1].append(line)
        last_bottom.update({c: line.bottom for c in cols})
    return groups


def column_text(line: Line, column: int, columns: list[float]) -> str:
    """The text of one column on one line."""
    return " ".join(w["text"] for w in line.words if column_of(w["x0"], columns) == column)


def lines_to_bands(lines: list[Line], threshold: float) -> list[list[Line]]:
    """Lines grouped into blocks separated by a white band across the whole table."""
    bands = [[lines[0]]]
    bottom = lines[0].bottom
    for line in lines[1:]:
        if line.top - bottom > threshold:
            bands.append([])
        bands[-1].append(line)
        bottom = max(bottom, line.bottom)
    return bands


def is_centred(bands: list[list[Line]], columns: list[float]) -> bool | None:
    """Whether the table's cells are centred vertically in their rows (an HTML table's default),
    or None when no block tells.

    In a block between white bands, a short cell of a top-aligned row starts on the
    block's first line; of a centred row, it sits around the block's middle.
    """
    top_aligned = centred = 0
    for band in bands:
        top, bottom = band[0].top, max(ln.bottom for ln in band)
        height = min(ln.height for ln in band)
        for column in range(len(columns)):
            own = [ln for ln in band if any(column_of(w["x0"], columns) == column for w in ln.words)]
            if not own or own[-1].bottom - own[0].top > (bottom - top) - 2 * height:
                continue  # an empty or a full-height cell says nothing
            if own[0].top - top <= height / 2:
                top_aligned += 1
            elif abs((own[0].top + own[-1].bottom) / 2 - (top + bottom) / 2) <= height:
                centred += 1
    if centred + top_aligned < MIN_ALIGNMENT_EVIDENCE:
        return None
    return centred > 2 * top_aligned


def continues_paragraph(prev: Line, line: Line, columns: list[float], threshold: float,
                        settings: PdfSettings = DEFAULT) -> bool:
    """A line set close under the previous one, starting at the first column, in one run."""
    return (line.top - prev.bottom <= threshold and column_of(line.x0, columns) == 0
            and len(line_segments(line, settings)) == 1)


def isolated_lines(lines: list[Line], threshold: float, settings: PdfSettings = DEFAULT) -> set[int]:
    """Single-phrase lines with space above and below: theme rows, even where they cross no column."""
    out = set()
    for i, ln in enumerate(lines):
        before = ln.top - lines[i - 1].bottom if i else 0.0
        after = lines[i + 1].top - ln.bottom if i + 1 < len(lines) else 0.0
        if before > threshold and after > threshold and len(line_segments(ln, settings)) == 1:
            out.add(i)
    return out


def is_bold(line: Line) -> bool:
    return all("bold" in str(w.get("fontname", "")).lower() for w in line.words)


def group_to_cells(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> tuple[Cell, ...]:
    """Words of one row split into its columns; a line that crosses gutters is a spanning cell."""
    n = len(columns)
    one_paragraph = all(len(line_segments(ln, settings)) == 1 and column_of(ln.x0, columns) == 0 for ln in group)
    if (spans_gutter(group[0], columns) and one_paragraph) or (
            len(group) == 1 and wide_gaps(group[0], settings) == 0 and len(line_columns(group[0], columns)) >= 2):
        text = words_to_cell_text([w for line in group for w in line.words], None, settings)
        return (Cell(text),) + tuple(Cell("", "left") for _ in range(n - 1))
    per_column: list[list[Word]] = [[] for _ in range(n)]
    for line in group:
        for w in line.words:
            per_column[column_of(w["x0"], columns)].append(w)
    return tuple(Cell(words_to_cell_text(ws, None, settings)) for ws in per_column)


def spans_gutter(line: Line, columns: list[float]) -> bool:
    """A line whose words run across the start of another column (a theme row spanning the table)."""
    return any(w["x0"] < start - 1 < w["x1"] - 1 for w in line.words for start in columns[1:])
