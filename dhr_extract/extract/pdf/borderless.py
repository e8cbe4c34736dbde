"""Borderless tables: columns from white-space gutters, rows from vertical gaps and fresh starts."""
from __future__ import annotations

import re
import statistics

from ...model import Cell, RawTable, Row
from ..text import normalise_line
from .lines import Line, Word, line_text, wide_gaps, words_to_cell_text, words_to_lines
from .settings import DEFAULT, PdfSettings

# Running footers: a bare page number, or a line ending "Page 3" / "Page 3 of 12".
PAGE_NUMBER = re.compile(r"(^\d+(\s*(of|/)\s*\d+)?$)|(\bpage\s*\d+(\s*(of|/)\s*\d+)?$)", re.I)


def borderless_table(words: list[Word], page_number: int, index: int,
                     settings: PdfSettings = DEFAULT) -> tuple[RawTable | None, list[Line]]:
    """A table with no ruling, and the lines outside it.

    The table starts at the first line laid out in columns (two or more wide gaps
    between its words); prose above it (title, introduction) stays outside.
    """
    lines = [ln for ln in words_to_lines(words) if not PAGE_NUMBER.search(ln.text.strip())]
    start = next((i for i, ln in enumerate(lines) if wide_gaps(ln, settings) >= 2), None)
    if start is None or len(lines) - start < 2:
        return None, lines
    body = lines[start:]
    threshold = row_gap_threshold(body)
    isolated = isolated_lines(body, threshold, settings)
    gutters = find_gutters([ln for i, ln in enumerate(body) if i not in isolated], settings)
    if not gutters:
        return None, lines
    columns = gutters_to_columns(gutters, body)
    rows = [Row(group_to_cells(group, columns, settings), r, page_number)
            for r, group in enumerate(lines_to_row_groups(body, columns, threshold))]
    bbox = (columns[0], body[0].top, max(ln.x1 for ln in body), body[-1].bottom)
    return RawTable(tuple(rows), index, page_number, bbox, "text"), lines[:start]


def row_gap_threshold(lines: list[Line]) -> float:
    """A vertical gap clearly taller than the space between two lines of one paragraph."""
    if len(lines) < 2:
        return 0.0
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
    height = statistics.median(ln.bottom - ln.top for ln in lines)
    return max(min(gaps) * 1.8, min(gaps) + height * 0.4)


def isolated_lines(lines: list[Line], threshold: float, settings: PdfSettings = DEFAULT) -> set[int]:
    """Single-phrase lines with space above and below: theme rows that may cross the gutters."""
    out = set()
    for i, ln in enumerate(lines):
        before = ln.top - lines[i - 1].bottom if i else threshold + 1
        after = lines[i + 1].top - ln.bottom if i + 1 < len(lines) else threshold + 1
        if before > threshold and after > threshold and wide_gaps(ln, settings) == 0:
            out.add(i)
    return out


def find_gutters(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """X ranges crossed by (almost) no line: the white space between columns."""
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    width = int(right - left) + 1
    coverage = [0] * width
    for ln in lines:
        for w in ln.words:
            for x in range(max(0, int(w["x0"] - left)), min(width, int(w["x1"] - left) + 1)):
                coverage[x] += 1
    allowed = max(1, len(lines) // 25)  # titles and theme rows may cross a gutter
    gutters, run_start = [], None
    for x, count in enumerate(coverage):
        if count <= allowed and run_start is None:
            run_start = x
        elif count > allowed and run_start is not None:
            if x - run_start >= settings.min_gutter_width and run_start > 0:
                gutters.append((left + run_start, left + x))
            run_start = None
    return gutters  # a run still open at the right edge is margin, not a gutter


def gutters_to_columns(gutters: list[tuple[float, float]], lines: list[Line]) -> list[float]:
    """The x where each column's text starts: the left edge, then the end of each gutter."""
    return [min(ln.x0 for ln in lines)] + [end for _, end in gutters]


def column_of(x: float, columns: list[float]) -> int:
    """The column whose start is the last one at or before x."""
    index = 0
    for i, start in enumerate(columns):
        if x >= start - 1:
            index = i
    return index


def line_columns(line: Line, columns: list[float]) -> set[int]:
    return {column_of(w["x0"], columns) for w in line.words}


def lines_to_row_groups(lines: list[Line], columns: list[float], threshold: float) -> list[list[Line]]:
    """Lines grouped into table rows.

    A row starts after a tall gap at a line that fills two or more columns or the
    first column (a tall gap before a line in one other column is only a paragraph
    break inside a cell).  Where rows are set tight, with no gap, a row starts where
    the first column, or two other columns, start again after a line without them;
    and a bold header ends at its first line that is not bold.
    """
    groups = [[lines[0]]]
    seen = line_columns(lines[0], columns)  # columns with text in the current row
    for prev, line in zip(lines, lines[1:]):
        cols = line_columns(line, columns)
        prev_cols = line_columns(prev, columns)
        restarted = {c for c in cols if c in seen and c not in prev_cols}
        tall_gap = line.top - prev.bottom > threshold
        header_ends = len(groups) == 1 and is_bold(groups[0][0]) and is_bold(prev) and not is_bold(line)
        if (tall_gap and (len(cols) >= 2 or 0 in cols or len(groups) == 1)) or 0 in restarted \
                or len(restarted) >= 2 or header_ends:
            groups.append([line])
            seen = set(cols)
        else:
            groups[-1].append(line)
            seen |= cols
    return groups


def is_bold(line: Line) -> bool:
    return all("bold" in str(w.get("fontname", "")).lower() for w in line.words)


def group_to_cells(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> tuple[Cell, ...]:
    """Words of one row split into its columns; a line that crosses gutters is a spanning cell."""
    n = len(columns)
    if len(group) == 1 and (spans_gutter(group[0], columns) or
                            (wide_gaps(group[0], settings) == 0 and len(line_columns(group[0], columns)) >= 2)):
        return (Cell(normalise_line(line_text(group[0]))),) + tuple(Cell("", "left") for _ in range(n - 1))
    per_column: list[list[Word]] = [[] for _ in range(n)]
    for line in group:
        for w in line.words:
            per_column[column_of(w["x0"], columns)].append(w)
    return tuple(Cell(words_to_cell_text(ws, None, settings)) for ws in per_column)


def spans_gutter(line: Line, columns: list[float]) -> bool:
    """A line whose words run across the start of another column (a theme row spanning the table)."""
    return any(w["x0"] < start - 1 < w["x1"] - 1 for w in line.words for start in columns[1:])
