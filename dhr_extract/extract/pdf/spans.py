"""Cells of a centred table that span several rows (a recommendation's number and text beside its
actions): each goes to the first of the rows it is centred across.

The rows come from the other columns (``centred.seeded_rows``); a spanning cell's text sits in
the middle of its rows, so it may overlap one of them, several, or none (a short label centred
between two rows sits in the white band that parts them).  Its rows are the ones it is centred
across, found from their extents: within ``tol`` of their middle (the widest such span), or,
for several rows, within ``span_tol`` (the nearest: a cell's paragraph spacing lifts its text
above a bare cell's, so a row's extent is known only that closely).  Each row keeps the columns whose spanning cell covers it
(``Claims``); a row made of one block of its own (a theme row across the table) is spanned by
no cell of another.
"""
from __future__ import annotations

from typing import Sequence

from .blocks import Block, Row, overlaps

Span = tuple[float, float]
Claims = list[frozenset[int]]  # per row: the columns whose cell spans it
Placed = tuple[list[Row], list[Span], Claims]  # rows, their extents before spanning cells join them, claims
ANY_COLUMN = -1  # claimed for every column: a row of one block of its own


def place_block(block: Block, rows: list[Row], bounds: list[Span], claimed: Claims, first_top: float, tol: float,
                cut: bool, span_tol: float, others: Sequence[Block] = ()) -> Placed:
    """``rows`` (their extents, and the columns whose cells span them) with ``block`` placed: in
    the first row of the rows it spans, or as a row of its own (``others``: the blocks not in
    the rows the other columns tell, which may span rows beside it).  A block of another column
    than the first lying in one row is a paragraph of that row's cell, unless it juts out of
    the row, or is centred across it and rows beside it but not on it, or is aligned with a
    merged cell placed before it (``leaves_its_row``, ``shared_span``: a merged cell too)."""
    over = [i for i, span in enumerate(bounds) if overlaps(block, span)] or \
        rows_around(block, rows, bounds, claimed, span_tol, others)
    if not over:
        return with_own_row(block, rows, bounds, claimed)
    first, last = span_for(block, rows, bounds, claimed, over, first_top, tol, cut, span_tol)
    if block.column != 0 and len(over) == 1 and not leaves_its_row(block, bounds, over[0], (first, last), tol):
        first, last = shared_span(block, rows, bounds, claimed, over[0], tol) or (over[0], over[0])
    claimed = [c | {block.column} if first <= i <= last else c for i, c in enumerate(claimed)]
    return [row + [block] if i == first else row for i, row in enumerate(rows)], bounds, claimed


def with_own_row(block: Block, rows: list[Row], bounds: list[Span], claimed: Claims) -> Placed:
    """``rows`` with a row of ``block`` alone, in its place top to bottom; no other cell spans it."""
    at = sum(1 for span in bounds if span[0] < block.top)
    return (rows[:at] + [[block]] + rows[at:], bounds[:at] + [(block.top, block.bottom)] + bounds[at:],
            claimed[:at] + [frozenset({ANY_COLUMN})] + claimed[at:])


def rows_around(block: Block, rows: list[Row], bounds: list[Span], claimed: Claims, span_tol: float,
                others: Sequence[Block]) -> list[int]:
    """The rows just above and just below a block that overlaps none, where it is centred across the
    two (within ``span_tol``), both are free in its column (``is_free``) and a block of another
    column among ``others`` stands beside it (a cell spanning rows too): a short cell spanning
    them, set in the white band between (a recommendation's number beside its text); else none
    (a row of its own: a theme row runs across the table, with nothing beside it)."""
    below = sum(1 for span in bounds if span[0] < block.top)
    above = below - 1
    if above < 0 or below >= len(rows):
        return []
    if not all(is_free(block.column, rows[i], claimed[i]) for i in (above, below)):
        return []
    if not any(o.column != block.column and overlaps(o, (block.top, block.bottom)) for o in others):
        return []
    middle = (bounds[above][0] + bounds[below][1]) / 2
    return [above, below] if abs(middle - block.centre) <= span_tol else []


def shared_span(block: Block, rows: list[Row], bounds: list[Span], claimed: Claims, row: int,
                tol: float) -> tuple[int, int] | None:
    """The rows (first, last) of a merged cell already placed that ``block``, lying in ``row``, is
    aligned with: centred with it, or both starting at the top of those rows (a row group the page
    break split), within ``tol``, where the rows take in ``row`` and are free in the block's column.
    Cells aligned together in one row group are merged alike (a one-line scope beside the
    recommendation's number); None when there is none (a paragraph of a cell of ``row``)."""
    for first in range(row + 1):
        for placed in rows[first]:
            last = last_spanned(rows, claimed, first, placed.column)
            aligned = abs(placed.centre - block.centre) <= tol or (
                abs(placed.top - block.top) <= tol and abs(block.top - bounds[first][0]) <= tol)
            if placed.column != block.column and first < last and row <= last and aligned \
                    and all(is_free(block.column, rows[i], claimed[i]) for i in range(first, last + 1)):
                return first, last
    return None


def last_spanned(rows: list[Row], claimed: Claims, first: int, column: int) -> int:
    """The last row that the cell of ``column`` in row ``first`` spans: the rows below claimed for
    its column with no text of their own in it."""
    last = first
    while last + 1 < len(rows) and column in claimed[last + 1] and column in claimed[first] \
            and not any(b.column == column for b in rows[last + 1]):
        last += 1
    return last


def leaves_its_row(block: Block, bounds: list[Span], row: int, span: tuple[int, int], tol: float) -> bool:
    """Whether a block lying in one row spans the rows ``span`` (first, last) all the same: it juts
    out of the row, or it is centred within ``tol`` across those rows, not on its own (a merged cell
    centred in its row group, beside the rows the other columns tell)."""
    if juts_out(block, bounds[row], tol):
        return True
    first, last = span
    top, bottom = bounds[first][0], max(s[1] for s in bounds[first:last + 1])
    return last > first and off_centre(block, bounds[row], tol) and not off_centre(block, (top, bottom), tol)


def off_centre(block: Block, span: Span, tol: float) -> bool:
    """Whether a block is centred on a span (a row's extent, or several rows') no closer than ``tol``."""
    return abs((span[0] + span[1]) / 2 - block.centre) > tol


def juts_out(block: Block, span: Span, tol: float) -> bool:
    """Whether a block reaches past both the top and the foot of a row's extent (a cell centred
    across that row and others beside it, not a paragraph of one of its cells)."""
    return block.top < span[0] - tol and block.bottom > span[1] + tol


def is_free(column: int, row: Row, claims: frozenset[int]) -> bool:
    """Whether a cell of ``column`` may span ``row``: no text of that column in it, no other cell
    of that column spanning it, and not a row of one block of its own."""
    return not any(b.column == column for b in row) and column not in claims and ANY_COLUMN not in claims


def span_for(block: Block, rows: list[Row], bounds: list[Span], claimed: Claims, over: list[int],
             first_top: float, tol: float, cut: bool, span_tol: float) -> tuple[int, int]:
    """The rows a spanning block covers: the rows it overlaps, and next to them rows free in its
    column, so that it is centred across them all (or, at the top of the table or running to the
    foot of a cut one, top-aligned: a row, or a row group, split by a page break).  Of spans it
    is centred across, the widest (a short label centred on three rows is also centred on the
    middle one)."""
    lo, hi = free_reach(block, rows, claimed, over)
    lo = max(lo, first_reachable_row(block, rows, over, first_top, tol))
    keys = []
    for a in range(lo, over[0] + 1):
        for b in range(over[-1], hi + 1):
            cut_row = (a == 0 and abs(block.top - first_top) <= tol) or (
                cut and a == over[0] and b == len(rows) - 1)
            top, bottom = bounds[a][0], max(span[1] for span in bounds[a:b + 1])
            keys.append(span_key(block, (top, bottom), a, b, cut_row, tol, span_tol))
    best = min(keys)  # the first of the best, as ``over`` is never empty
    return best[2], best[3]


def first_reachable_row(block: Block, rows: list[Row], over: list[int], first_top: float, tol: float) -> int:
    """1 where the table's first row is the rest of a row the page break cut (text in one column
    only, at the table's top, over a row of several that ``block`` overlaps) and ``block`` does
    not start at the top with it: a cell spanning that row was cut with it and starts at the
    page's top, so a cell set lower spans only rows below it, whatever it may be centred across
    by chance; else 0."""
    if not over[0] or abs(block.top - first_top) <= tol:
        return 0
    top_columns, own_columns = {b.column for b in rows[0]}, {b.column for b in rows[over[0]]}
    return int(len(top_columns) == 1 and 0 not in top_columns and len(own_columns) >= 2)


def free_reach(block: Block, rows: list[Row], claimed: Claims, over: list[int]) -> tuple[int, int]:
    """The first and last rows a block may span: those it overlaps, and next to them rows free in
    its column (``is_free``)."""
    free = [is_free(block.column, row, claims) for row, claims in zip(rows, claimed)]
    lo = over[0]
    while lo > 0 and free[lo - 1]:
        lo -= 1
    hi = over[-1]
    while hi + 1 < len(rows) and free[hi + 1]:
        hi += 1
    return lo, hi


def span_key(block: Block, span: Span, a: int, b: int, cut_row: bool, tol: float,
             span_tol: float) -> tuple[int, float, int, int]:
    """How well a block fits rows ``a`` to ``b`` (``span``: their top and bottom), lowest best:
    centred across them within ``tol``, the widest first; else centred across several rows
    within ``span_tol``, the nearest first (the widest would reach rows that centre on it only
    by chance); else, where ``cut_row`` (a row split by a page break), starting at their top,
    the narrowest first; else the nearest to centred."""
    error = abs((span[0] + span[1]) / 2 - block.centre)
    if error <= tol:
        return (0, -(b - a), a, b)  # centred across the span: the widest that is
    if b > a and error <= span_tol:
        return (1, error, a, b)  # centred across rows whose extents are known only roughly
    if cut_row and abs(block.top - span[0]) <= tol:
        return (2, b - a, a, b)  # a row split by a page break starts its cells at its top
    return (3, error, a, b)


def seeded_spans(rows: list[Row], bounds: list[Span], pending: Sequence[Block], tol: float) -> tuple[list[Row], Claims]:
    """The seeded rows with each cell of a column whose cells span rows (one of its ``pending`` blocks
    overlaps two or more rows, or none: set in the band between two) widened over the rows beside its own that its column leaves empty, as far as
    it is centred across them within ``tol`` (``centred_reach``), and the rows' claims: a merged cell
    centred on the middle one of three rows is centred on them all, and the empty cells above and below it
    are its own (no other cell of the column reaches them), as far as every such cell of the row reaches.
    The cells go to the first of them."""
    spanning = {b.column for b in pending if sum(1 for span in bounds if overlaps(b, span)) != 1}
    out, claimed = [list(row) for row in rows], [frozenset[int]()] * len(rows)
    for k, row in enumerate(rows):
        merged = [b for b in row if b.column in spanning]
        reach = min((centred_reach(b, rows, bounds, pending, k, tol) for b in merged), default=0)
        for block in merged if reach else []:  # a row's merged cells span alike (a number beside its text)
            out[k].remove(block)
            out[k - reach].append(block)
            claimed = [c | {block.column} if k - reach <= i <= k + reach else c for i, c in enumerate(claimed)]
    return out, claimed


def centred_reach(block: Block, rows: list[Row], bounds: list[Span], pending: Sequence[Block], k: int,
                  tol: float) -> int:
    """How many rows on each side of row ``k`` its ``block`` is centred across, those rows holding no text of
    its column (seeded, or pending over them); 0 for none."""
    reach = 0
    for j in range(1, min(k, len(rows) - 1 - k) + 1):
        sides = (k - j, k + j)
        if any(any(b.column == block.column for b in rows[i]) or any(
                b.column == block.column and overlaps(b, bounds[i]) for b in pending) for i in sides):
            break
        if abs((bounds[k - j][0] + bounds[k + j][1]) / 2 - block.centre) <= tol:
            reach = j
    return reach
