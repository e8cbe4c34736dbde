"""Rows of a borderless table told apart by white bands alone, where its alignment says nothing.

Some producers set a cell's paragraph with space under it and centre the plain cells beside it
(LibreOffice printing an HTML table whose cells hold ``<p>``): a row's cells then neither share
a top nor a centre, so neither the top-aligned walk nor the centred reading fits, and the walk
cuts the row where its first column starts, below the first line of its longest cell.  When
white bands run across every column between the rows, and each band holds at most one block of
text per column, the bands are the rows whatever the alignment.
"""
from __future__ import annotations

import statistics

from .blocks import Block
from .centred import column_gap_threshold, header_lines, lines_by_column, lines_to_blocks, white_bands
from .line_pairs import key_under_key
from .lines import Line
from .runs import line_segments, runs_at_column_starts
from .settings import DEFAULT, PdfSettings


def separated_rows(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[list[Line]] | None:
    """The table's rows (a bold header first) when white bands across every column part its body
    into blocks of one row each (``one_cell_per_column``), else None.  A body under its header with
    no white band across it whose cells all start level (``starts_level``) is parted by none: its
    cells are top-aligned, so the row walk reads it (two action rows set tight beside a recommendation
    cell running on are one band)."""
    header = header_lines(body, columns, settings)
    rest = body[len(header):]
    if not rest:
        return None
    bands = white_bands(row_blocks(rest, columns, settings))
    if not parts_rows(bands, settings):
        return None
    rows = [[ln for ln in rest if band_top(band) <= ln.top < band_bottom(band)] for band in bands]
    if sum(len(r) for r in rows) != len(rest):
        return None  # a line that straddles two bands: the bands are not the rows
    if any(fills_every_column(a, columns, settings) and fills_every_column(b, columns, settings)
           for row in rows for a, b in zip(row, row[1:])):
        return None  # lines that each fill every column are rows of their own: the bands say nothing
    if any(key_under_key(a, b, columns) for row in rows for a, b in zip(row, row[1:])):
        return None  # two keys of a key-value table one under the other are two rows, however close
    return ([header] if header else []) + rows


def parts_rows(bands: list[list[Block]], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the white bands may be the rows: each holds one cell per column, and a lone band's
    cells do not all start level (top-aligned cells the walk reads)."""
    if len(bands) == 1 and starts_level(bands[0], settings):
        return False
    return all(one_cell_per_column(band) for band in bands)


def starts_level(band: list[Block], settings: PdfSettings = DEFAULT) -> bool:
    """Whether every block of a band starts at one height (within ``centre_tolerance``): top-aligned cells."""
    return max(b.top for b in band) - min(b.top for b in band) <= settings.centre_tolerance


def fills_every_column(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the line has a run of words starting at every column's start.  The cells of one row
    wrap unevenly (a date or a name fits one line, an action takes three), so a row's later lines
    leave some column empty; lines that each fill every column are one row each."""
    runs = line_segments(line, settings)
    return len(runs) == len(columns) and runs_at_column_starts(line, columns, settings)


def row_blocks(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[Block]:
    """Every column's blocks, broken also at a gap as tall as a line: in a table with no wrapped
    paragraph every gap is a row's, and the columns' own spacing would join the rows."""
    per_column = lines_by_column(lines, columns, settings)
    height = statistics.median(ln.height for ln in lines)
    threshold = min(column_gap_threshold(per_column), height)
    return [b for c, own in enumerate(per_column) for b in lines_to_blocks(own, c, threshold, columns)]


def one_cell_per_column(band: list[Block]) -> bool:
    """Whether a band's blocks are one row's cells: two columns or more, one block in each."""
    used = [b.column for b in band]
    return len(used) >= 2 and len(set(used)) == len(used)


def band_top(band: list[Block]) -> float:
    return min(b.top for b in band)


def band_bottom(band: list[Block]) -> float:
    return max(b.bottom for b in band)
