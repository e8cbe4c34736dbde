"""Words in runs: the geometry the borderless stages share.

A line's words fall into runs separated by gaps wider than a word space (one cell's text
at most); a run starts a column, crosses a column's start, or spans several.
"""
from __future__ import annotations

import re
import statistics

from .lines import Line, Word
from .settings import DEFAULT, PdfSettings

# A recommendation label opening the first column: "3.", "3.1", "R3", "Recommendation 3".
ROW_LABEL = re.compile(r"^(\d+(\.\d+)*[a-z]?[.):]?(\s|$)|R\d+\b|Rec(ommendation)?\s*\d+)", re.I)
# A label that names a recommendation ("Recommendation 2:", "Rec. 4", "R3"), not a paragraph number.
REC_LABEL = re.compile(r"^(R\s?\d+\b|Rec(ommendation)?\.?\s*\d+)", re.I)
# A run of words that is only a bullet or a sub-item label ("•", "a)", "ii.", "(3)").
# a bullet or a sub-item label: Word's second- and third-level bullets are a Courier "o" and a
# Wingdings square (U+F0A7), set apart from their text like the first level's
MARKER = re.compile(r"•|(?-i:o)|[\uf0b7\uf0a7\u25aa\u25cf\u25e6\u2013\-*]|\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]", re.I)


def line_segments(line: Line, settings: PdfSettings = DEFAULT) -> list[list[Word]]:
    """A line's words in runs separated by gaps wider than a word space: one run per cell at most."""
    runs = [[line.words[0]]]
    for a, b in zip(line.words, line.words[1:]):
        if b["x0"] - a["x1"] > max(settings.column_gap, settings.column_gap_em * (a["bottom"] - a["top"])):
            runs.append([])
        runs[-1].append(b)
    return runs


def starts_crossed(run: list[Word], starts: list[float], settings: PdfSettings = DEFAULT) -> int:
    """How many of the column starts a run of words runs across."""
    tol = settings.column_edge_tolerance
    return sum(1 for x in starts if run[0]["x0"] < x - tol and run[-1]["x1"] > x + tol)


def meets_start(run: list[Word], i: int, x: float, settings: PdfSettings = DEFAULT) -> bool:
    """Whether word ``i`` of a run begins at the column start x at a word boundary (the word before, if
    any, ends at or before it): two cells set flush, however little wider than a word space the gutter
    ("28/04/2025 website."), not one cell's text running across the column."""
    return abs(run[i]["x0"] - x) <= settings.column_edge_tolerance and (i == 0 or run[i - 1]["x1"] <= x)


def cut_at_column_starts(run: list[Word], starts: list[float], settings: PdfSettings = DEFAULT) -> list[list[Word]]:
    """A run of words cut before each word that meets a column start (``meets_start``)."""
    pieces = [[run[0]]]
    for i in range(1, len(run)):
        if any(meets_start(run, i, x, settings) for x in starts):
            pieces.append([])
        pieces[-1].append(run[i])
    return pieces


def crosses_columns_unbroken(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line with a run of words across the start of a column other than the first that no word of the
    run meets (``meets_start``): prose under or beside the table, not a row's cells set side by side."""
    return any(starts_crossed(run, [x], settings) and not any(meets_start(run, i, x, settings) for i in range(len(run)))
               for run in line_segments(line, settings) for x in columns[1:])


def runs_at_column_starts(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the line is in two or more runs of words, each starting at a column's start: one row's
    cells set side by side ("GEH: covered in Action 21" | "Local"), not a line spanning the table,
    however little wider than a word space the gap between them."""
    runs = line_segments(line, settings)
    return len(runs) >= 2 and all(any(meets_start(run, 0, x, settings) for x in columns) for run in runs)


def spans_columns(line: Line, starts: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line with one run of words across two or more column starts (a title, a spanning theme row)."""
    return any(starts_crossed(run, starts, settings) >= 2 for run in line_segments(line, settings))


def labelled_spanning_line(line: Line, starts: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """A line in two runs, a row's label ("3", "3.", "R3") then one bold run across a column start or
    more (``labelled_span_min_starts``): a recommendation set across the table to the right of its
    number, a row of its own."""
    runs = line_segments(line, settings)
    return len(runs) == 2 and ROW_LABEL.match(" ".join(w["text"] for w in runs[0])) is not None and all(
        "bold" in str(w.get("fontname", "")).lower() for w in runs[1]) and starts_crossed(
        runs[1], starts, settings) >= settings.labelled_span_min_starts


def spans_gutter(line: Line, columns: list[float]) -> bool:
    """A line whose words run across the start of another column (a theme row spanning the table)."""
    return any(w["x0"] < start - 1 < w["x1"] - 1 for w in line.words for start in columns[1:])


def column_of(x: float, columns: list[float]) -> int:
    """The column whose start is the last one at or before x."""
    index = 0
    for i, start in enumerate(columns):
        if x >= start - 1:
            index = i
    return index


def line_columns(line: Line, columns: list[float]) -> set[int]:
    return {column_of(w["x0"], columns) for w in line.words}


def column_text(line: Line, column: int, columns: list[float]) -> str:
    """The text of one column on one line."""
    return " ".join(w["text"] for w in line.words if column_of(w["x0"], columns) == column)


def is_bold(line: Line) -> bool:
    return all("bold" in str(w.get("fontname", "")).lower() for w in line.words)


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


def isolated_lines(lines: list[Line], threshold: float, settings: PdfSettings = DEFAULT) -> set[int]:
    """Single-phrase lines with space above and below: theme rows, even where they cross no column."""
    out = set()
    for i, ln in enumerate(lines):
        before = ln.top - lines[i - 1].bottom if i else 0.0
        after = lines[i + 1].top - ln.bottom if i + 1 < len(lines) else 0.0
        if before > threshold and after > threshold and len(line_segments(ln, settings)) == 1:
            out.add(i)
    return out


def crossing(x: float, boxes: list[Word], tol: float) -> int:
    """How many of the words (or runs) run across x."""
    return sum(1 for w in boxes if w["x0"] < x - tol and w["x1"] > x + tol)


def aligned_share(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> float:
    """The share of runs of words that start at a column's x."""
    runs = [run for ln in body for run in line_segments(ln, settings)]
    aligned = sum(1 for run in runs if any(abs(run[0]["x0"] - x) <= 2 * settings.column_edge_tolerance
                                           for x in columns))
    return round(aligned / len(runs), 3) if runs else 1.0
