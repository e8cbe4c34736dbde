"""A centred table's column read as one run of lines cut into its rows' cells, each centred on its row.

A column whose cells hold paragraphs set apart by blank lines (a progress log of dated entries)
shows wider gaps inside a cell than between two rows' cells, which touch where the column is the
tallest of every row: its blocks between gaps are neither cells nor paragraphs of one.  The rows'
centres, which the short cells of the other columns share (``centred.row_centres``), tell where its
cells are all the same: a cell centred on its row ends as far below the row's centre as it starts
above it.  So the column's lines are walked from the top, each row's cell taken from the next line
down to the line that ends where the cell's centre is the row's (``cells_on_centres``).

The walk holds only where it reads the whole column so: every line in a cell, every cut at a gap
wider than the column's line spacing (cells' padding; a paragraph's line may end on a centre by
chance), no gap inside a cell wider than a blank line or so (two lines set far apart around an
empty cell centre on it too), no cell reaching over another row's centre (merged cells centred across rows lie over the
centres of the rows they span, and are left to the readers that know them).  A row whose cell in the
column is empty starts below the row's centre; that row is passed over.  Where the page's foot cut
the table, the lines under every centre are the cut row's cell.
"""
from __future__ import annotations

from .blocks import Block
from .lines import Line


def column_cells_on_centres(blocks: list[Block], centres: list[float], columns: list[float], tol: float,
                            margin: float, max_gap: float, cut: bool = False) -> list[Block]:
    """The blocks, each column whose lines the walk reads whole (``cells_on_centres``) as the cells it
    finds instead of its blocks (``columns``: where each starts; a column with a line running on over
    the next is left as it is); ``tol``: how far a cell's centre may lie from its row's; ``margin``:
    how much wider than the column's line spacing a gap between two cells is; ``max_gap``: the widest
    gap inside a cell; ``cut``: the page's foot cut the table's last row."""
    out: list[Block] = []
    for column in sorted({b.column for b in blocks}):
        own = [b for b in blocks if b.column == column]
        lines = sorted((ln for b in own for ln in b.lines), key=lambda ln: ln.top)
        after = columns[column + 1] if column + 1 < len(columns) else float("inf")
        if any(ln.x1 > after for ln in lines):
            out += own  # a line running on over the next column (a band across the table) is no cell of it
            continue
        cells = cells_on_centres(lines, sorted(centres), tol, margin, max_gap, cut)
        out += own if cells is None or len(cells) < 2 else [Block(column, tuple(cell)) for cell in cells]
    return out


def cells_on_centres(lines: list[Line], centres: list[float], tol: float, margin: float, max_gap: float,
                     cut: bool = False) -> list[list[Line]] | None:
    """A column's lines (top to bottom) cut into cells each centred on one of ``centres`` within
    ``tol``, taken in order, a centre above the next line passed over (an empty cell); a cell ends
    where the gap under it is wider than the column's line spacing by ``margin`` (cells' padding
    part them; a line of a paragraph ending on the centre by chance is no cell's end), and no gap
    inside it is wider than ``max_gap`` (a blank line or so between paragraphs).  None where a
    line is left over (but for the lines under every centre in a table the page's foot cut, ``cut``:
    the cut row's cell), a cell would reach over another centre, or two lines overlap."""
    if line_spacing(lines) < 0:
        return None  # lines overlapping (a number set beside its text's second line): no column of paragraphs
    ends = cell_ends(lines, margin)
    cells: list[list[Line]] = []
    i = 0
    for centre in centres:
        if i == len(lines) or lines[i].top > centre:
            continue  # the row's cell in this column is empty
        end = cell_end(lines, ends, i, centre, tol, max_gap)
        if end is None:
            continue  # a merged cell's centre, or a row this column does not hold a cell of
        if any(lines[i].top + tol < c < lines[end].bottom - tol for c in centres if c != centre):
            return None
        cells.append(lines[i:end + 1])
        i = end + 1
    if cut and i < len(lines) and lines[i].top > max(centres, default=0.0):
        cells.append(lines[i:])  # the last row, cut by the page's foot: centred on no centre
        i = len(lines)
    return cells if i == len(lines) else None


def cell_end(lines: list[Line], ends: set[int], first: int, centre: float, tol: float,
             max_gap: float) -> int | None:
    """The position of the line a cell opening on line ``first`` ends on, centred on ``centre``: one of
    ``ends`` that ends as far below the centre as the cell starts above it (within twice ``tol``), with
    no gap over ``max_gap`` on the way; None if there is none."""
    want = 2 * centre - lines[first].top
    for j in range(first, len(lines)):
        if j in ends and abs(lines[j].bottom - want) <= 2 * tol:
            return j
        if j + 1 < len(lines) and lines[j + 1].top - lines[j].bottom > max_gap:
            return None
    return None


def cell_ends(lines: list[Line], margin: float) -> set[int]:
    """The positions of the lines a cell may end on: the last, and those with a gap under them wider
    than the column's line spacing by ``margin``."""
    spacing = line_spacing(lines)
    return {j for j in range(len(lines))
            if j == len(lines) - 1 or lines[j + 1].top - lines[j].bottom > spacing + margin}


def line_spacing(lines: list[Line]) -> float:
    """The gap a paragraph leaves between its lines: the narrowest between a column's lines (cells'
    padding and blank lines only widen it)."""
    return min((below.top - above.bottom for above, below in zip(lines, lines[1:])), default=0.0)
