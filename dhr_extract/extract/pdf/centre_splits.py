"""Blocks of a centred table's column that hold the cells of several rows, cut back into cells.

Where every row's tallest cell is in the same column (a spreadsheet's long recommendation
repeated on each of its actions), that column's cells touch, set apart only by the rows'
padding, a little more than the spacing of a cell's lines: the column reads as one block
over many rows.  The short cells of the other columns still tell where each row's centre
is (``row_centres``); such a block is cut at gaps wider than its own line spacing into
pieces that each centre on one of those rows (``split_at_centres``).  A block that cannot be
cut so is a cell of its own (or one spanning rows) and is kept.

Merged cells of two columns over the same rows (a ``rowspan`` number and recommendation beside
each recommendation's actions) are centred alike, on the middle of the rows they span, where no row
centre is; when the recommendations' cells touch, their column reads as one block over them all.
The numbers beside it, each a first-column cell of its own, tell where each recommendation's middle
is: the block is cut into pieces that centre on the numbers one each (``split_at_labels``).

Cells of one column stacked beside cells merged across them all (a ``rowspan`` agency, date and
progress written once for a recommendation's numbered actions) show no row centre of their own; they
are told by their numbers in turn (1., 2., …) and the padding between them (``numbered_stack``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .blocks import Block
from .lines import Line


def split_blocks_at_centres(blocks: list[Block], centres: list[float], tol: float,
                            margin: float, cut_top: float | None = None) -> list[Block]:
    """Every block, those holding the cells of several rows (``centres``) cut into them (``cut_top``:
    the top of the table's last row, where the page's foot cut it; a block running into that row is
    cut at its top too, ``cut_at_top``)."""
    blocks = [piece for b in blocks for piece in split_at_centres(b, centres, tol, margin, cut_top)]
    return blocks if cut_top is None else [piece for b in blocks for piece in cut_at_top(b, cut_top, tol, margin)]


def cut_at_top(block: Block, top: float, tol: float, margin: float) -> list[Block]:
    """The block cut before its line starting at ``top``, the cut row's, after a gap wider than its line
    spacing (``cut_points``): a row the page's foot cut starts its cells together at its top, and its
    short cell there touching the last line of the cell above it ("Not started." under a progress
    cell's last line) starts with it, not centred in the row above."""
    cuts = [i for i in cut_points(block.lines, margin) if abs(block.lines[i].top - top) <= tol]
    if not cuts:
        return [block]
    return [Block(block.column, block.lines[:cuts[0]]), Block(block.column, block.lines[cuts[0]:])]


def split_blocks_at_labels(blocks: list[Block], labels: list[float], tol: float, margin: float) -> list[Block]:
    """Every block, those of the columns but the first holding several recommendations' merged cells cut
    into them (``labels``: the middles of the first column's labelled cells)."""
    return [piece for b in blocks for piece in (split_at_labels(b, labels, tol, margin) if b.column else [b])]


def split_at_labels(block: Block, labels: list[float], tol: float, margin: float) -> list[Block]:
    """The block as pieces that each centre within ``tol`` on another of ``labels`` inside it, cut only at
    gaps wider than its narrowest by more than ``margin`` (the cells' padding); the block whole when fewer
    than two labels lie beside it or no such cut gives one piece to each label (a cell of its own)."""
    inside = [c for c in labels if block.top < c < block.bottom]
    if len(block.lines) < 2 or len(inside) < 2:
        return [block]
    cuts = most_pieces(block.lines, inside, tol, cut_points(block.lines, margin))
    bounds = [0, *cuts, len(block.lines)]
    pieces = [Block(block.column, block.lines[a:b]) for a, b in zip(bounds, bounds[1:])]
    return pieces if len(pieces) == len(inside) and one_label_each(pieces, inside) else [block]


def one_label_each(pieces: list[Block], labels: list[float]) -> bool:
    """Whether the pieces' nearest labels are all different (each piece centres on one of its own)."""
    return len({min(labels, key=lambda c: abs(c - p.centre)) for p in pieces}) == len(pieces)


def last_row_top(blocks: list[Block], centres: list[float], tol: float) -> float | None:
    """The top of the last row the centres tell: where the cells centred on it start (a row the page's
    foot cut starts every cell there, its taller ones running on below); None when no centre is known."""
    if not centres:
        return None
    last = max(centres)
    return min((b.top for b in blocks if abs(b.centre - last) <= tol), default=None)


def split_at_centres(block: Block, centres: list[float], tol: float, margin: float,
                     cut_top: float | None = None) -> list[Block]:
    """The block as pieces that each centre on a row's centre within ``tol``, cut only at gaps
    wider than the block's narrowest by more than ``margin``; the block whole when it spans fewer
    than two rows' centres or cannot be cut so (a cell spanning rows; its middle may fall on the
    middle row's centre, as may a run of cells', so that says nothing).  Its last piece may
    instead start at ``cut_top``: a row the page's foot cut starts its cells together."""
    inside = [c for c in centres if block.top < c < block.bottom]
    if len(block.lines) < 2 or len(inside) < 2:
        return [block]
    cuts = most_pieces(block.lines, inside, tol, cut_points(block.lines, margin), cut_top)
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block.lines)]
    return [Block(block.column, block.lines[a:b]) for a, b in zip(bounds, bounds[1:])]


def spaced_pieces(block: Block, margin: float) -> list[Block]:
    """The block cut at every gap ``cut_points`` finds (the cells of two rows that touch, if it
    holds them); empty when there is no such gap."""
    cuts = sorted(cut_points(block.lines, margin))
    bounds = [0, *cuts, len(block.lines)]
    return [Block(block.column, block.lines[a:b]) for a, b in zip(bounds, bounds[1:])] if cuts else []


def cut_points(lines: tuple[Line, ...], margin: float) -> frozenset[int]:
    """Indices of the lines that open after a gap wider than the narrowest gap by more than ``margin``
    (lines that overlap, a raised mark read as a line of its own, set no spacing)."""
    gaps = [(i, lines[i].top - max(ln.bottom for ln in lines[:i])) for i in range(1, len(lines))]
    narrowest = min((g for _, g in gaps if g >= 0), default=None)
    return frozenset() if narrowest is None else frozenset(i for i, g in gaps if g > narrowest + margin)


def most_pieces(lines: tuple[Line, ...], centres: list[float], tol: float, cuts: frozenset[int],
                cut_top: float | None = None) -> list[int]:
    """The cut points splitting ``lines`` into as many pieces as can each centre on one of ``centres``
    (cells, not runs of them that happen to centre on a row in their middle), the last one starting
    at ``cut_top`` instead if need be (``starts_cut_row``); empty when there are none."""

    @lru_cache(maxsize=None)
    def rest(start: int) -> tuple[int, ...] | None:
        """The cuts after ``start`` for the lines from it, most; None when they cannot be cut."""
        best: tuple[int, ...] | None = None
        for end in sorted(cuts | {len(lines)}):
            piece = lines[start:end]
            if end <= start or not (centred_on_one(piece, centres, tol)
                                    or (end == len(lines) and starts_cut_row(piece, cut_top, tol))):
                continue
            tail = () if end == len(lines) else rest(end)
            if tail is None:
                continue
            found = (end, *tail) if end < len(lines) else ()
            if best is None or len(found) > len(best):
                best = found
        return best

    found = rest(0)
    return list(found) if found else []


def starts_cut_row(lines: tuple[Line, ...], cut_top: float | None, tol: float) -> bool:
    """Whether the lines start within ``tol`` of ``cut_top``, the top of a row the page's foot cut."""
    return cut_top is not None and abs(lines[0].top - cut_top) <= tol


def centred_on_one(lines: tuple[Line, ...], centres: list[float], tol: float) -> bool:
    """Whether the lines' middle lies within ``tol`` of one of ``centres``."""
    middle = (lines[0].top + max(ln.bottom for ln in lines)) / 2
    return any(abs(middle - c) <= tol for c in centres)


LIST_NUMBER = re.compile(r"^(\d{1,2})[.)]\s")  # a numbered list item's opening ("1. ", "2) ")
ITEM_NUMBER = re.compile(r"^\d{1,2}[.)](\s|$)")  # a line opening with a list item's number, or that number alone


def numbered_stack(block: Block, blocks: list[Block], margin: float, padding: float, tol: float,
                   min_beside: int) -> list[Block]:
    """A column's cells of several rows stacked beside merged cells: the block's pieces, cut at gaps
    wider than its line spacing by more than ``margin`` and by less than ``padding`` (two cells'
    padding; a paragraph's spacing is more), each opening with the next number of a list (1., 2., …),
    beside blocks of ``min_beside`` other columns or more centred across the block (within ``tol``)
    and none beside it centred elsewhere, not all of them level with its top: a ``rowspan`` agency, date
    and progress written once for numbered actions, each in a row of its own (empty: not such a stack)."""
    pieces = spaced_pieces(block, margin)
    if len(pieces) < 2 or not padding_apart(pieces, line_gap(block), padding) or not numbered_in_turn(pieces):
        return []
    beside = [o for o in blocks if o.column != block.column and o.top < block.bottom and block.top < o.bottom]
    centred = [o for o in beside if abs(o.centre - block.centre) <= tol]
    if all(abs(o.top - block.top) <= tol for o in centred):
        return []  # cells set level with its top (top-aligned, about as tall as it) say nothing of centring
    return pieces if len(centred) >= min_beside and len(centred) == len(beside) else []


def top_aligned_stack(block: Block, blocks: list[Block], margin: float, tol: float, min_beside: int) -> list[Block]:
    """A column's cells of several rows stacked beside merged cells in a top-aligned table: the block's
    pieces, cut at gaps wider than its line spacing by more than ``margin``, each opening with the next
    number of a list (1., 2., …), beside blocks of ``min_beside`` other columns or more, every one set
    level with the stack's top (within ``tol``), one paragraph (no such gap in it) and no numbered list
    itself (items numbered in two columns side by side are each cell's own list): numbered actions
    each in a row of their own, the agency, date and progress written once beside the first (empty:
    not such a stack)."""
    pieces = spaced_pieces(block, margin)
    if len(pieces) < 2 or not numbered_in_turn(pieces):
        return []
    beside = [o for o in blocks if o.column != block.column and o.top < block.bottom and block.top < o.bottom]
    level = [o for o in beside if abs(o.top - block.top) <= tol and not spaced_pieces(o, margin)
             and not any(ITEM_NUMBER.match(ln.text) for ln in o.lines)]  # numbered too: each cell's own list
    return pieces if len(level) >= min_beside and len(level) == len(beside) else []


def padding_apart(pieces: list[Block], spacing: float, padding: float) -> bool:
    """Whether each piece stands under the one before by less than ``padding`` beyond ``spacing``."""
    return all(piece_gap(a, b) - spacing < padding for a, b in zip(pieces, pieces[1:]))


def numbered_in_turn(pieces: list[Block]) -> bool:
    """Whether the pieces open with the numbers 1, 2, 3, … of one list, in turn."""
    numbers = [LIST_NUMBER.match(p.lines[0].text) for p in pieces]
    return [int(m.group(1)) if m else 0 for m in numbers] == list(range(1, len(pieces) + 1))


def piece_gap(above: Block, below: Block) -> float:
    return below.top - above.bottom


def line_gap(block: Block) -> float:
    """The narrowest gap between a block's lines (their spacing)."""
    return min((b.top - a.bottom for a, b in zip(block.lines, block.lines[1:]) if b.top >= a.bottom), default=0.0)
