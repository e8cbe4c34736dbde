"""Whether a borderless table's cells are centred in their rows, and whether its rows touch.

A renderer that centres cells vertically (LibreOffice's import of an HTML page) leaves rows whose
cells share a centre rather than a top; ``cells_centred`` asks the white bands across the table,
``rows_touch`` whether rows are set so close that only ``centred.py``'s row-group model can part
them, and ``centres_as_one_row`` whether a band is one row of cells centred together.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

from .blocks import Block, Row, centre_groups, extent, overlaps
from .centred import column_blocks, merge_overlapping, one_row, white_bands
from .columns import body_height
from .lines import Line
from .runs import is_bold
from .settings import DEFAULT, PdfSettings


def cells_centred(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT,
                  cut: bool = True) -> bool | None:
    """Whether a table's cells are centred vertically, told from its columns' blocks (None when
    nothing tells): each block between white bands votes.  A cell centred beside a taller one
    shares its centre, not its top; a top-aligned cell its top, not its centre.  Works where
    no white band runs across the table.  Rows a page break split start their cells together
    whatever the alignment, so the first block (a header) and a top-aligned one after it (a row
    carried over), and when the table is ``cut`` by the page's foot its last row, say nothing; but
    where the body is that last band and its rows are seen to touch (``band_rows_touch`` on its plain
    lines: no band apart holds the cut row), its blocks vote whole (``touching_rows_centred``: the cut
    row's few are outnumbered)."""
    bands = white_bands(column_blocks(body, columns, settings))
    if cut:
        bands = without_cut_row(bands, body, columns, settings)
    votes = [band_alignment(band, settings.centre_tolerance) for band in bands[1:]]
    if votes and votes[0] is False:
        votes = votes[1:]
    centred, top_aligned = votes.count(True), votes.count(False)
    if centred == top_aligned == 0:  # no band tells (rows that touch): the blocks under the header vote
        below = [b for band in (bands[1:] or bands) for b in band]
        return touching_rows_centred(below, settings) if below else None
    return centred > top_aligned


def without_cut_row(bands: list[list[Block]], body: list[Line], columns: list[float],
                    settings: PdfSettings = DEFAULT) -> list[list[Block]]:
    """A cut table's bands less the last row's (from the last band holding two columns or more), but
    all of them where the body (bands[0] the header) is that one band and its rows touch."""
    rows = [i for i, band in enumerate(bands) if len({b.column for b in band}) >= 2]
    if not rows or (rows[-1] < 2 and band_rows_touch([ln for ln in body if not is_bold(ln)], columns, settings)):
        return bands
    return bands[:rows[-1]]


def touching_rows_centred(band: list[Block], settings: PdfSettings = DEFAULT) -> bool | None:
    """True where, among a table's blocks (those at the top of the first left out: a header's, or
    cells starting with it), blocks centred beside a block of another height outnumber those
    sharing only its top twice, and at least ``settings.min_centred_blocks`` do; else None (a
    top-aligned table keeps its own reading).  Where rows touch, whole bands tell nothing: a tall
    cell's block runs through several rows and shares its top with one cell and its centre with none."""
    tol = settings.centre_tolerance
    below = [b for b in band if b.top > min(o.top for o in band) + tol]
    centred = top_aligned = 0
    for b in below:
        same_centre, same_top = shares_with_others(b, below, tol)
        centred += same_centre and not same_top
        top_aligned += same_top and not same_centre
    return True if centred >= settings.min_centred_blocks and centred > 2 * top_aligned else None


def shares_with_others(b: Block, blocks: list[Block], tol: float) -> tuple[bool, bool]:
    """Whether a block of another column beside ``b`` shares its centre but not its top, and
    whether one shares its top but not its centre."""
    others = [o for o in blocks if o.column != b.column and overlaps(o, (b.top, b.bottom))]
    return (any(abs(o.centre - b.centre) <= tol and abs(o.top - b.top) > tol for o in others),
            any(abs(o.top - b.top) <= tol and abs(o.centre - b.centre) > tol for o in others))


def band_alignment(band: list[Block], tol: float) -> bool | None:
    """True where the band's blocks of different columns share centres, not tops; False where
    they share tops, not centres; None where they tell nothing or both."""
    centred = top_aligned = False
    for b in band:
        same_centre, same_top = shares_with_others(b, band, tol)
        centred |= same_centre and not same_top
        top_aligned |= same_top and not same_centre
    return None if centred == top_aligned else centred


def rows_touch(bands: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether two or more rows share one of ``bands`` (lines between gaps across the table
    taller than a paragraph's line spacing): their tallest cells touch, or a cell spanning them
    bridges the gap.  Found where the band's columns hold two groups of cells centred apart,
    each in ``settings.min_row_cells`` columns or more (a bold header's cells are told apart
    by their font), cells of different heights centred together in one of them.  A row's cells
    may centre in groups a few points apart that overlap (a paragraph's spacing lifts its text
    above a bare cell's): those are one group, unless they hold cells of one column one above the
    other (``stacked_groups``: short cells touching row after row run together in a column).  Or where the band holds one such group, cells of
    different heights centred together, and another row's cells apart from it (``row_apart``).
    Only then do a centred table's rows need reading column by column."""
    return any(band_rows_touch(band, columns, settings) for band in bands)


def band_rows_touch(band: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether two or more rows share one band (``rows_touch``)."""
    tol = settings.centre_tolerance
    every = column_blocks(band, columns, settings)
    blocks = [b for b in every if not all(is_bold(ln) for ln in b.lines)]  # a header's cells, told by their font
    groups = centre_groups(blocks, tol)
    strong = [g for g in merge_overlapping(groups) if column_count(g) >= settings.min_row_cells]
    if (len(strong) >= 2 or stacked_groups(groups, settings.min_row_cells)) and any(shows_centring(g, tol)
                                                                                   for g in groups):
        return True
    centred = [g for g in groups if shows_centring(g, tol) and column_count(g) >= settings.min_row_cells]
    return len(strong) == len(centred) == 1 and row_apart(blocks, centred[0],
                                                        settings.span_centre_tolerance * body_height(band),
                                                        cells_within(every, extent(centred[0]), tol))


def stacked_groups(groups: list[Row], min_cells: int) -> bool:
    """Whether two groups of cells centred together, each in ``min_cells`` columns or more, hold cells
    of one column one above the other: two rows, however their other columns' cells run together
    (a column of short cells touching row after row is one block whose centre is neither row's)."""
    strong = [g for g in groups if column_count(g) >= min_cells]
    return any(x.column == y.column and (x.bottom <= y.top or y.bottom <= x.top)
               for a, b in combinations(strong, 2) for x in a for y in b)


def column_count(row: Row) -> int:
    """How many columns a group of blocks holds text in."""
    return len({b.column for b in row})


def row_apart(blocks: list[Block], row: Row, slack: float, filled: frozenset[int] = frozenset()) -> bool:
    """Whether cells of two or more columns lie wholly above a row's extent, or wholly below it:
    another row's, sharing the row's band (the rest of a row a page break cut, centred in what is
    left of it, set as close above the next row as two rows' cells are).  A column whose text in
    the band, taken whole, centres on the row within ``slack`` holds a cell of the row in
    paragraphs set apart, not another row's.  One such column is enough where the row holds a cell
    of its own in it (``filled``, a bold one too): a centred cell is one block on its row's centre, so
    text of that column wholly above or below it is another row's (a cut row's rest in one column)."""
    top, bottom = extent(row)
    by_column: dict[int, list[Block]] = {}
    for b in blocks:
        by_column.setdefault(b.column, []).append(b)
    apart = [b for own in by_column.values() if abs(sum(extent(own)) / 2 - (top + bottom) / 2) > slack for b in own]
    above = {b.column for b in apart if b.bottom <= top}
    below = {b.column for b in apart if b.top >= bottom}
    return max(len(above), len(below)) >= 2 or bool((above | below) & filled)


def cells_within(blocks: list[Block], span: tuple[float, float], tol: float) -> frozenset[int]:
    """The columns holding a block that lies within ``span`` (within ``tol``): cells of the row it bounds."""
    return frozenset(b.column for b in blocks if b.top >= span[0] - tol and b.bottom <= span[1] + tol)


def shows_centring(group: Row, tol: float) -> bool:
    """Whether blocks centred together differ in height (lines merely side by side do not)."""
    heights = [b.bottom - b.top for b in group]
    return max(heights) - min(heights) > tol


def centres_as_one_row(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the lines' columns all centre on one line, paragraphs of a cell close together."""
    height = sorted(ln.height for ln in lines)[len(lines) // 2]
    blocks = column_blocks(lines, columns, settings)
    gap = settings.cell_paragraph_gap * height
    return one_row(blocks, settings.centre_tolerance, gap) or one_row_beside_bare_cells(
        blocks, settings.centre_tolerance, gap, settings.span_centre_tolerance * height) or \
        short_cells_beside_tall(blocks, settings.centre_tolerance, settings.span_centre_tolerance * height)


def short_cells_beside_tall(blocks: list[Block], tol: float, slack: float) -> bool:
    """Whether blocks are one row of short cells centred beside one tall cell of several paragraphs:
    every other column one block, all centred on one line (within ``tol``) within ``slack`` of the tall
    cell's middle (its last paragraph's spacing after it lowers the centre) and inside its height.  The
    gaps between the tall cell's paragraphs cut no row: no other column starts a value there.  Not
    the first column: a block there may open a row (a label, a theme heading over the row); nor a
    cell ending in a bold line alone, the label of a block that follows (the next row's)."""
    counts = Counter(b.column for b in blocks)
    tall = [c for c, n in counts.items() if n >= 2]
    short = [b for b in blocks if counts[b.column] == 1]
    if len(tall) != 1 or tall[0] == 0 or len(short) < 2:
        return False
    own = sorted((b for b in blocks if b.column == tall[0]), key=lambda b: b.top)
    return not ends_in_bold_label(own) and centred_beside(short, own, tol, slack)


def ends_in_bold_label(own: list[Block]) -> bool:
    """Whether a cell's last block (``own``, top to bottom) is one bold line: the label of what follows."""
    return len(own[-1].lines) == 1 and is_bold(own[-1].lines[0])


def centred_beside(short: list[Block], own: list[Block], tol: float, slack: float) -> bool:
    """Whether the ``short`` blocks centre on one line (within ``tol``), within ``slack`` below the
    middle of the tall cell's blocks (``own``) and inside its height."""
    top, bottom = min(b.top for b in own), max(b.bottom for b in own)
    centre = (top + bottom) / 2
    centres = [b.centre for b in short]
    return max(centres) - min(centres) <= 2 * tol and all(
        0 <= c - centre <= slack and top <= b.top and b.bottom <= bottom for b, c in zip(short, centres))


def one_row_beside_bare_cells(blocks: list[Block], tol: float, max_gap: float, slack: float) -> bool:
    """Whether blocks are one row's (``one_row``) once the cells of one line are left out, each of
    those centred within ``slack`` of the line the others centre on: a bare cell (a number, no
    paragraph spacing) sits lower than cells whose paragraphs have spacing after them."""
    bare = one_line_cells(blocks)
    rest = [b for b in blocks if b not in bare]
    if not bare or len({b.column for b in rest}) < 2 or not one_row(rest, tol, max_gap):
        return False
    own = [b for b in rest if b.column == rest[0].column]
    centre = (min(b.top for b in own) + max(b.bottom for b in own)) / 2
    return all(abs(b.centre - centre) <= slack for b in bare)


def one_line_cells(blocks: list[Block]) -> list[Block]:
    """The blocks that are a column's only text and one line long."""
    counts = Counter(b.column for b in blocks)
    return [b for b in blocks if counts[b.column] == 1 and len(b.lines) == 1]
