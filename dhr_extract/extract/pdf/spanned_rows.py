"""A block of a centred borderless table cut into the rows it holds when a cell spans them.

Blocks are the lines between white bands across the whole table (``lines_to_bands``).  In a table
whose cells are centred, a cell spanning rows is one block of text over the white bands of the
other columns: those columns are cut at bands across all of them, and the spanning cell's text
goes to the first row it spans (``split_spanned_rows``), or to the later row it is centred in.
"""
from __future__ import annotations

from .blocks import Block
from .centre_splits import numbered_stack, top_aligned_stack
from .lines import Line, Word
from .runs import column_of, is_bold, line_columns
from .settings import DEFAULT, PdfSettings


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


def split_spanned_rows(group: list[Line], columns: list[float], threshold: float) -> list[list[Line]]:
    """A block of a centred table as the rows it holds when a cell spans them: the spanning cell
    (one block of text over the white bands of the other columns) is centred across its rows, so
    its text goes to the first; the other columns are cut at white bands across all of them,
    each part holding text in two or more of them (a paragraph gap in one cell cuts nothing).
    Gaps are measured on each column's own words: a line of one cell set a hair lower than the
    last line of another's reads as one line with it."""
    if len(group) < 2 or all(is_bold(ln) for ln in group):
        return [group]
    spanning, split = spanning_columns(group, columns, threshold)
    if not spanning or len(split) < 2:
        return [group]
    others = lines_in_columns(group, columns, split)
    cuts = row_cuts(others, columns, spanning, threshold)
    if not cuts:
        return [group]
    return rows_at_cuts(group, columns, spanning, cuts, unsplit_cell_rows(group, others, columns, spanning, cuts))


def split_numbered_stack(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """A block of a table as the rows of a stack of numbered cells in one column beside cells merged
    across them (``centre_splits.numbered_stack`` where they are centred, ``top_aligned_stack`` where
    they are set at its top): each numbered cell a row, the merged cells' text in the first, as a
    ``rowspan`` cell's goes (the block whole when it holds no such stack)."""
    if len(group) < 2:
        return [group]
    per_column = {c: lines_in_columns(group, columns, {c}) for c in range(len(columns))}
    blocks = [Block(c, tuple(own)) for c, own in per_column.items() if own]
    height = sorted(ln.height for ln in group)[len(group) // 2]
    for block in blocks:
        tol = settings.span_centre_tolerance * height
        pieces = numbered_stack(block, blocks, settings.row_gap_margin, settings.cell_padding_em * height, tol,
                                settings.min_merged_beside) or top_aligned_stack(block, blocks, settings.row_gap_margin,
                                                                                 tol, settings.min_merged_beside)
        if pieces:
            others = {b.column for b in blocks} - {block.column}
            return rows_at_cuts(group, columns, others, [p.top - 0.5 for p in pieces[1:]])
    return [group]


def lines_in_columns(group: list[Line], columns: list[float], wanted: set[int]) -> list[Line]:
    """Each line's words in the ``wanted`` columns, as lines of their own (lines left empty dropped)."""
    return [Line(words) for ln in group
            for words in [[w for w in ln.words if column_of(w["x0"], columns) in wanted]] if words]


def spanning_columns(group: list[Line], columns: list[float], threshold: float) -> tuple[set[int], set[int]]:
    """The columns whose text in the block is one block (a cell that may span rows), and the others
    with text, which a white band cuts."""
    pieces = {c: lines_in_columns(group, columns, {c}) for c in range(len(columns))}
    spanning = {c for c, own in pieces.items() if own and not has_gap(own, threshold)}
    return spanning, {c for c, own in pieces.items() if own and c not in spanning}


def rows_at_cuts(group: list[Line], columns: list[float], spanning: set[int], cuts: list[float],
                 own_rows: dict[int, int] | None = None) -> list[list[Line]]:
    """The block's words in rows: the spanning columns' in the first (or the row ``own_rows`` gives
    a column whose one block is a cell of a later row), the others' by the cuts."""
    rows: list[list[Line]] = [[] for _ in range(len(cuts) + 1)]
    own_rows = own_rows or {}
    for line in group:
        by_row: dict[int, list[Word]] = {}
        for w in line.words:
            column = column_of(w["x0"], columns)
            row = own_rows.get(column, 0) if column in spanning else sum(1 for y in cuts if w["top"] > y)
            by_row.setdefault(row, []).append(w)
        for row, words in by_row.items():
            rows[row].append(Line(words))
    return [sorted(r, key=lambda ln: ln.top) for r in rows if r]


def unsplit_cell_rows(group: list[Line], others: list[Line], columns: list[float], spanning: set[int],
                      cuts: list[float]) -> dict[int, int]:
    """The later row that each column in one block belongs to, when it is no cell spanning rows but
    a short cell of one row below a cut (``row_holding``); ``others``: the lines of the columns the
    cuts split."""
    bounds = [-float("inf"), *cuts, float("inf")]
    parts = [[ln for ln in others if lo < ln.top <= hi] for lo, hi in zip(bounds, bounds[1:])]
    block = (group[0].top, max(ln.bottom for ln in group))
    rows: dict[int, int] = {}
    for column in spanning:
        own = lines_in_columns(group, columns, {column})
        row = row_holding((own[0].top, max(ln.bottom for ln in own)), bounds, parts, block)
        if row:
            rows[column] = row
    return rows


def row_holding(span: tuple[float, float], bounds: list[float], parts: list[list[Line]],
                block: tuple[float, float]) -> int:
    """The row after the first whose cuts (``bounds``) hold ``span`` wholly and whose text (``parts``)
    it is centred nearer than the whole block's: a short cell centred in that row, under a row cut
    by the page break that has no text in its column.  0 when none: a cell centred across the block
    spans its rows, and its text goes to the first."""
    top, bottom = span
    row = sum(1 for y in bounds[1:-1] if top > y)
    if row == 0 or bottom > bounds[row + 1] or not parts[row]:
        return 0
    middle = (top + bottom) / 2
    row_middle = (parts[row][0].top + max(ln.bottom for ln in parts[row])) / 2
    return row if abs(middle - row_middle) < abs(middle - sum(block) / 2) else 0


def has_gap(lines: list[Line], threshold: float) -> bool:
    return any(b.top - a.bottom > threshold for a, b in zip(lines, lines[1:]))


def row_cuts(lines: list[Line], columns: list[float], spanning: set[int], threshold: float) -> list[float]:
    """Where white bands run across every column but the spanning ones, between parts that each
    hold text in two or more of those columns."""
    parts = lines_to_bands(lines, threshold)
    full = [p for p in parts if len(set().union(*(line_columns(ln, columns) for ln in p)) - spanning) >= 2]
    return [p[0].top - 0.5 for p in full[1:]] if len(full) == len(parts) else []
