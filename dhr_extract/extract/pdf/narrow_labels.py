"""A label broken over lines in a narrow first column of a centred table (``DHR`` / ``2023`` /
``/04`` / ``R1``): pieces of it that read as labels on their own (``2023``, ``R1``) cut the
column's lines into blocks (``centred.lines_to_blocks``), but the lines are one cell, set at
line spacing and centred on one cell of a wider column beside them (the text it labels, centred
across the same rows).  Where the cells of the first column begin and end comes from the wider
columns' blocks: lines beside one of those blocks, and centred on it, are one block too.  So are
lines beside a run of touching blocks of one column (``See`` / ``rec 2`` beside two actions) that
together centre on the run, none of their pieces on a cell beside it: a merged cell is centred on
the rows it spans together, so its text sits across the line where they touch.
"""
from __future__ import annotations

from .blocks import Block, overlaps
from .centre_splits import spaced_pieces
from .lines import Line
from .runs import is_bold
from .settings import DEFAULT, PdfSettings


def with_label_pieces_joined(blocks: list[Block], per_column: list[list[Line]], columns: list[float],
                             threshold: float, tol: float, settings: PdfSettings = DEFAULT) -> list[Block]:
    """Every column's blocks (``per_column``: each column's lines), the first column's joined where
    they are pieces of one cell (``joined_label_pieces``)."""
    widths = column_widths(per_column, columns)
    first = [b for b in blocks if b.column == 0]
    wide = [b for b in blocks if widths[b.column] > widths[0]]
    return joined_label_pieces(first, wide, threshold, tol, columns[0] + widths[0], settings) + \
        [b for b in blocks if b.column != 0]


def column_widths(per_column: list[list[Line]], columns: list[float]) -> list[float]:
    """Each column's width: to where the next one starts, the last one's to its text's right edge."""
    last = max((ln.x1 for ln in per_column[-1]), default=columns[-1]) - columns[-1]
    return [b - a for a, b in zip(columns, columns[1:])] + [last]


def joined_label_pieces(first: list[Block], beside: list[Block], threshold: float, tol: float,
                        right: float, settings: PdfSettings = DEFAULT) -> list[Block]:
    """The first column's blocks (top to bottom), each run of them set at line spacing (no gap
    over ``threshold`` between: cut at a label, not at a gap) within the column (``right``: where
    the next one starts; a line running on past it is a row across the table) joined into one
    where every line of the run lies beside one block of a wider column (``beside``) and the run is
    centred on that block within ``tol``, or where it is centred across touching cells of one such
    column (``centred_across_beside``: the blocks' pieces between gaps wider than their line spacing,
    ``spaced_pieces``) and none of its pieces is centred on such a cell within ``settings.centre_tolerance``
    (then it is that cell's row's label); else left as they are."""
    cells = [p for b in beside for p in spaced_pieces(b, settings.row_gap_margin) or [b]]
    out: list[Block] = []
    for run in touching_runs(first, threshold, right):
        joined = Block(run[0].column, tuple(ln for b in run for ln in b.lines))
        one = len(run) > 1 and (centred_on_one_beside(joined, beside, tol) or (centred_across_beside(
            joined, cells, tol) and not any(centred_on_any(b, cells, settings.centre_tolerance) for b in run)))
        out.extend([joined] if one else run)
    return out


def touching_runs(blocks: list[Block], threshold: float, right: float) -> list[list[Block]]:
    """Blocks in runs: one starts where the one above ends within ``threshold``, in the same weight
    (a bold heading over a cell is not a piece of it), both within the column (left of ``right``)."""
    runs: list[list[Block]] = []
    for b in blocks:
        if runs and b.top - runs[-1][-1].bottom <= threshold and \
                is_bold(runs[-1][-1].lines[-1]) == is_bold(b.lines[0]) and \
                all(ln.x1 <= right for ln in runs[-1][-1].lines + b.lines):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def centred_on_one_beside(block: Block, beside: list[Block], tol: float) -> bool:
    """Whether, in one column of ``beside``, every line of ``block`` is nearest the same block and
    ``block`` is centred on it within ``tol``."""
    for column in sorted({b.column for b in beside}):
        own = [b for b in beside if b.column == column]
        nearest = {id(min(own, key=lambda b: distance(ln, b))) for ln in block.lines}
        if len(nearest) == 1:
            near = min(own, key=lambda b: distance(block.lines[0], b))
            if abs(near.centre - block.centre) <= tol:
                return True
    return False


def centred_across_beside(block: Block, beside: list[Block], tol: float) -> bool:
    """Whether, in one column of ``beside``, the lines of ``block`` are nearest two or more blocks
    one after another, ``block`` lies within them and is centred on them taken together within ``tol``
    (a merged cell's text, centred on the rows it spans: its lines fall beside different rows)."""
    for column in sorted({b.column for b in beside}):
        own = sorted((b for b in beside if b.column == column), key=lambda b: b.top)
        near = sorted({min(range(len(own)), key=lambda i: distance(ln, own[i])) for ln in block.lines})
        if len(near) < 2 or near[-1] - near[0] + 1 != len(near):
            continue
        top, bottom = own[near[0]].top, max(b.bottom for b in own[near[0]:near[-1] + 1])
        if top <= block.top and block.bottom <= bottom and abs((top + bottom) / 2 - block.centre) <= tol:
            return True
    return False


def centred_on_any(block: Block, beside: list[Block], tol: float) -> bool:
    """Whether a block of ``beside`` overlapping ``block`` shares its centre within ``tol``: a cell of its own row."""
    return any(overlaps(o, (block.top, block.bottom)) and abs(o.centre - block.centre) <= tol for o in beside)


def distance(line: Line, block: Block) -> float:
    """How far apart a line and a block are up and down (0 where they overlap)."""
    return max(0.0, block.top - line.bottom, line.top - block.bottom)
