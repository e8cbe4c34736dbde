"""Rows of a borderless table whose cells are centred vertically (an HTML table's default).

Lines that run across a centred table mean little: each cell is centred in its row on
its own, so the lines of neighbouring columns do not line up, and the tallest cell of one
row may touch the tallest of the next.  Here each column is read on its own, on one model
of a centred row group: every row is as tall as its tallest own cell, the rows touch, each
cell is centred in its row, and a merged cell (an HTML ``rowspan``, a DOCX vertical merge)
is centred in the rows it spans together.  So:

column lines -> blocks (a column's lines between gaps: a cell, or a paragraph of one; a
label wrapped in a narrow column is one) -> the rows' centres, shared by the cells of
three columns or more (the pieces of a column whose cells of two rows touch count too:
``row_centres``), blocks holding several of them cut there, and blocks beside several
recommendations' numbers cut at the numbers' middles (``centre_splits``) -> rows:
the blocks between two white bands across the table are one row when each column's text
there centres on one line; else the blocks of one row share its centre, and cells
centred together across the rows beside them, on none of their own, are a row group's
merged cells, not a row (``without_centred_spans``); a row a page break cut keeps its
cells' tops together instead.  The merged cells, and the first column's (most often a
recommendation spanning several actions), go to the first of the rows they are centred
across (``spans.place_block``: where a DOCX or HTML reader puts a merged cell's text),
which may start above their text.  ``centring.rows_touch`` tells when a table needs this at all.
"""
from __future__ import annotations

from .band_lines import bounds_rows
from .blocks import Block, Row, centre_groups, chain_groups, extent, overlaps, overlaps_extent, top_groups
from .centred_runs import column_cells_on_centres
from .centre_splits import last_row_top, spaced_pieces, split_blocks_at_centres, split_blocks_at_labels
from .centred_labels import label_centres, opens_label, opens_with_wrapped_label
from .lines import Line, Word
from .narrow_labels import with_label_pieces_joined
from .regions import names_plan_columns
from .runs import column_of, is_bold, line_segments, spans_gutter
from .settings import DEFAULT, PdfSettings
from .spans import Claims, last_spanned, place_block, seeded_spans


def centred_table_rows(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT,
                       cut: bool = True) -> list[list[Line]]:
    """The table's rows as lines (a bold header first), read column by column (``cut``: the
    table runs to the foot of the page, so its last row may be cut rather than centred)."""
    header = header_lines(body, columns, settings)
    rest = body[len(header):]
    if not rest:
        return [header] if header else []
    blocks = column_blocks(rest, columns, settings)
    centres = row_centres(blocks, settings)
    height = sorted(ln.height for ln in rest)[len(rest) // 2]
    blocks = column_cells_on_centres(blocks, centres, columns, settings.centre_tolerance, settings.row_gap_margin,
                                     settings.cell_paragraph_gap * height, cut)
    blocks = split_blocks_at_centres(blocks, centres, settings.centre_tolerance, settings.row_gap_margin,
                                     last_row_top(blocks, centres, settings.centre_tolerance) if cut else None)
    blocks = split_blocks_at_labels(blocks, label_centres(blocks), settings.centre_tolerance, settings.row_gap_margin)
    rows = blocks_to_rows(blocks, rest[0].top, settings.centre_tolerance, cut, settings.cell_paragraph_gap * height,
                          settings.span_centre_tolerance * height)
    return ([header] if header else []) + [row_lines(row) for row in rows]


def row_centres(blocks: list[Block], settings: PdfSettings = DEFAULT) -> list[float]:
    """The centres that the cells of ``settings.min_row_cells`` columns or more share: rows, surely.
    A block's pieces between gaps wider than its own line spacing (``spaced_pieces``) count as
    cells too: a column's cells of two rows may touch, and a row beside them then shows its
    centre in two columns only.  A block and its piece may centre together (a tall block round the
    middle one of the cells it holds): they are one column's, counted once, and whichever comes first
    in a chain of centres starts no group of its own."""
    pieces = [p for b in blocks for p in spaced_pieces(b, settings.row_gap_margin)]
    groups = chain_groups(sorted(blocks + pieces, key=lambda b: b.centre), lambda b: b.centre,
                          settings.centre_tolerance, one_per_column=False)
    return [sum(b.centre for b in g) / len(g) for g in groups if len({b.column for b in g}) >= settings.min_row_cells]


def header_lines(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[Line]:
    """The bold lines the table starts with, up to a line in one run that runs across the columns,
    starts the first column below every header line (a bold theme row), or is set apart from the
    header by more than the body's line spacing (``opens_cell_below``: a cell opening in bold);
    none when they fill one column only (a status in bold opening the first row's cell).  A header
    set plain is told by its words (``plain_header_size``)."""
    header: list[Line] = []
    spacing: float | None = None
    plain = plain_header_size(body, columns, settings)
    if plain:
        return body[:plain]
    for line in body:
        one_run = len(line_segments(line, settings)) == 1
        if not is_bold(line) or (header and one_run and (spans_gutter(line, columns) or (
                column_of(line.x0, columns) == 0 and line.top >= max(ln.bottom for ln in header)))):
            break
        if header and one_run:
            spacing = line_spacing(lines_by_column(body, columns, settings)) if spacing is None else spacing
            if opens_cell_below(header, line, spacing, settings.row_gap_margin):
                break
        header.append(line)
    return header if len(header_columns(header, columns)) >= 2 else []  # one cell in bold names no columns


def plain_header_size(body: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> int:
    """How many of the first lines, none in bold, make a plan's header row by their words: the most, set
    no further apart than a wrapped line's spacing plus ``settings.row_gap_margin`` (a header cell wrapped
    onto a second line; the first row's text is set under it by a row's padding), whose runs joined into
    cells name a plan's columns."""
    if not body or is_bold(body[0]):
        return 0
    spacing = line_spacing(lines_by_column(body, columns, settings)) + settings.row_gap_margin
    size = 0
    for n in range(1, min(settings.max_header_lines, len(body)) + 1):
        if n > 1 and (is_bold(body[n - 1]) or body[n - 1].top - body[n - 2].bottom > spacing):
            break
        if names_plan_columns(body[:n], settings):
            size = n
    return size


def header_columns(header: list[Line], columns: list[float]) -> set[int]:
    """The columns the header lines' words start in."""
    return {column_of(w["x0"], columns) for ln in header for w in ln.words}


def opens_cell_below(header: list[Line], line: Line, spacing: float, margin: float) -> bool:
    """Whether a bold line in one run under the header lines is a body cell opening in bold (a status
    over its update): set under every header line by more than a wrapped line's ``spacing`` plus
    ``margin`` (the rows' padding), where a header cell wrapped onto a second line is set at that spacing."""
    return line.top - max(ln.bottom for ln in header) > spacing + margin


def line_spacing(per_column: list[list[Line]]) -> float:
    """The spacing of a paragraph's lines: the lowest tenth of the gaps between a column's lines (most
    are inside paragraphs, but a small table has few); infinite when no column has two lines."""
    gaps = sorted(b.top - a.bottom for col in per_column for a, b in zip(col, col[1:]) if b.top >= a.bottom)
    return gaps[len(gaps) // 10] if gaps else float("inf")


def column_blocks(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[Block]:
    """Every column's blocks (``lines_to_blocks``), column by column; the first column's pieces of a
    label broken over lines joined where a wider column's block tells one cell (``narrow_labels``)."""
    per_column = lines_by_column(lines, columns, settings)
    threshold = column_gap_threshold(per_column)
    blocks = [b for c, own in enumerate(per_column) for b in lines_to_blocks(own, c, threshold, columns)]
    height = sorted(ln.height for ln in lines)[len(lines) // 2]
    return with_label_pieces_joined(blocks, per_column, columns, threshold, settings.span_centre_tolerance * height, settings)


def lines_by_column(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """Each column's own lines; a line running across the columns in one run (a theme row) stays
    whole, in the column it starts in, and so does the rest of its sentence wrapped onto the next line."""
    out: list[list[Line]] = [[] for _ in columns]
    prev: Line | None = None
    for line in lines:
        one_run = len(line_segments(line, settings)) == 1
        whole = one_run and (spans_gutter(line, columns)
                             or (prev is not None and wraps_spanning_line(prev, line, columns)))
        prev = line
        if whole:
            out[column_of(line.x0, columns)].append(line)
            continue
        own: dict[int, list[Word]] = {}
        for w in line.words:
            own.setdefault(column_of(w["x0"], columns), []).append(w)
        for c, words in own.items():
            out[c].append(Line(words))
    return [sorted(col, key=lambda ln: ln.top) for col in out]


def column_gap_threshold(per_column: list[list[Line]]) -> float:
    """A gap between a column's lines clearly taller than the spacing of a paragraph's lines
    (the lowest tenth of those gaps: most are inside paragraphs, but a small table has few)."""
    spacing = line_spacing(per_column)
    if spacing == float("inf"):
        return spacing
    heights = sorted(ln.height for col in per_column for ln in col)
    height = heights[len(heights) // 2]
    return max(spacing * 1.8, spacing + height * 0.4)


def lines_to_blocks(lines: list[Line], column: int, threshold: float, columns: list[float]) -> list[Block]:
    """A column's lines in blocks, broken at a gap over ``threshold``, around a line standing across the table
    (``band_lines.bounds_rows``), and (first column) before a row label (``opens_label``) or plain text under bold."""
    blocks: list[list[Line]] = []
    for i, line in enumerate(lines):
        prev = blocks[-1][-1] if blocks else None
        spanning = prev is not None and (bounds_rows(line, columns) or bounds_rows(prev, columns))
        breaks = prev is None or line.top - prev.bottom > threshold or (
            spanning and not wraps_spanning_line(prev, line, columns)) or (column == 0 and (
                opens_label(prev, line, lines[i + 1] if i + 1 < len(lines) else None)
                or (is_bold(prev) and not is_bold(line))))
        if breaks:
            blocks.append([])
        blocks[-1].append(line)
    return [Block(column, tuple(b)) for b in blocks]


def wraps_spanning_line(prev: Line, line: Line, columns: list[float]) -> bool:
    """Whether ``line`` carries on the sentence of a line running across the columns above it (a
    recommendation row spanning the table, wrapped): in the same font, opening in lower case, where
    a theme heading or the next row's first cell opens with a capital or a label."""
    return (spans_gutter(prev, columns) and is_bold(prev) == is_bold(line) and line.text[:1].islower()
            and column_of(line.x0, columns) == 0)


def blocks_to_rows(blocks: list[Block], first_top: float, tol: float, cut: bool = True,
                   max_gap: float = float("inf"), span_tol: float | None = None) -> list[Row]:
    """Blocks in rows, top to bottom (``first_top``: where the table's body starts; ``tol``: how
    far apart two centres, or two tops, may be and still be one row's; ``max_gap``: the widest
    gap between two paragraphs of one cell; ``span_tol``: how far a cell spanning several rows
    may sit from their middle, ``tol`` when not given).

    Rows are found from the columns but the first (the recommendation's, whose cell most
    often spans several rows), block of text by block between white bands across the
    table: one row where every column's text is centred on one line (``one_row``), else
    the blocks centred together, then cut rows' blocks starting together.  Every other
    block then goes to the first row of the rows it spans (``spans.place_block``), or makes a
    row of its own (a theme row, a recommendation with no action beside it).
    """
    span_tol = tol if span_tol is None else span_tol
    blocks = join_split_paragraphs(blocks, tol, max_gap)
    rows = seeded_rows(blocks, tol, max_gap)
    bounds = [extent(r) for r in rows]  # the rows' extents, before spanning cells join them
    placed = {id(b) for row in rows for b in row}
    pending = sorted((b for b in blocks if id(b) not in placed), key=lambda b: (b.column != 0, b.top))
    rows, claimed = seeded_spans(rows, bounds, pending, tol)  # the columns whose cells span each row
    for block in pending:
        rows, bounds, claimed = place_block(block, rows, bounds, claimed, first_top, tol, cut, span_tol, pending)
    return with_cut_row(rows, tol, claimed) if cut else rows


def join_split_paragraphs(blocks: list[Block], tol: float, max_gap: float) -> list[Block]:
    """Blocks with two paragraphs of one cell set further apart than its lines (a bullet list
    under a sentence) joined back into one, where neither centres with a block of another column
    beside it but the two together do: the cell is centred as a whole, its parts on nothing."""
    out = sorted(blocks, key=lambda b: (b.column, b.top))
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        joined = Block(a.column, a.lines + b.lines)
        if a.column == b.column != 0 and b.top - a.bottom <= max_gap and not centred_beside(a, out, tol) \
                and not centred_beside(b, out, tol) and centred_beside(joined, out, tol):
            out[i:i + 2] = [joined]
        else:
            i += 1
    return out


def centred_beside(block: Block, blocks: list[Block], tol: float) -> bool:
    """Whether a block of another column beside ``block`` shares its centre."""
    return any(o.column != block.column and overlaps(o, (block.top, block.bottom))
               and abs(o.centre - block.centre) <= tol for o in blocks)


def seeded_rows(blocks: list[Block], tol: float, max_gap: float) -> list[Row]:
    """The rows the columns but the first tell, top to bottom: the rows of each block between white
    bands (``band_seeds``), then the blocks outside them whose tops agree (a row cut by a page break)."""
    seeds = band_seeds(blocks, tol, max_gap)
    placed = {id(b) for seed in seeds for b in seed}
    free = [b for b in blocks if b.column != 0 and id(b) not in placed
            and not any(overlaps(b, extent(s)) for s in seeds)]
    return sorted(seeds + [g for g in top_groups(free, tol) if len(g) >= 2], key=lambda r: extent(r)[0])


def band_seeds(blocks: list[Block], tol: float, max_gap: float) -> list[Row]:
    """The rows of the blocks between white bands, without their first-column blocks (placed later),
    and without the cells centred across the rows beside them (``without_centred_spans``): those
    are a row group's merged cells, placed later too."""
    bands = merge_lone_paragraphs(white_bands(blocks), tol, max_gap)
    groups = [group for band in bands for group in band_groups(band, tol, max_gap)]
    found = merge_overlapping(without_centred_spans(groups, tol))
    return [own for row in found for own in [[b for b in row if b.column != 0]] if own]


def without_centred_spans(groups: list[Row], tol: float) -> list[Row]:
    """Groups of cells centred together, less those centred across a run of two or more of the rows
    the others make, and on none of the rows they overlap (``centred_across_rows``)."""
    kept = list(groups)
    for group in groups:
        others = [g for g in kept if g is not group]
        if centred_across_rows(group, merge_overlapping(others), tol):
            kept = others
    return kept


def centred_across_rows(group: Row, rows: list[Row], tol: float) -> bool:
    """Whether cells centred together (``group``) overlap rows that are not centred with them, and
    are centred within ``tol`` across those rows and rows next to them with no text in the group's
    columns: merged cells (a recommendation's number, text and agency) in the middle of their row
    group, beside rows that the other columns tell apart."""
    top, bottom = extent(group)
    centre = (top + bottom) / 2
    spans = [extent(r) for r in rows]
    over = [i for i, span in enumerate(spans) if overlaps_extent(span, (top, bottom))]
    free = rows_free_of(rows, {b.column for b in group})
    if not over or not all(free[i] for i in over) or any(abs(sum(spans[i]) / 2 - centre) <= tol for i in over):
        return False
    lo, hi = widened_over_free(free, over[0], over[-1])
    return any(abs(run_centre(spans[a:b + 1]) - centre) <= tol
               for a in range(lo, over[0] + 1) for b in range(over[-1], hi + 1) if b > a)


def rows_free_of(rows: list[Row], columns: set[int]) -> list[bool]:
    """For each row, whether it holds no text in ``columns``."""
    return [not any(b.column in columns for b in r) for r in rows]


def widened_over_free(free: list[bool], lo: int, hi: int) -> tuple[int, int]:
    """The run of rows ``lo`` to ``hi`` widened both ways over the free rows next to it."""
    while lo > 0 and free[lo - 1]:
        lo -= 1
    while hi + 1 < len(free) and free[hi + 1]:
        hi += 1
    return lo, hi


def run_centre(spans: list[tuple[float, float]]) -> float:
    """The centre of a run of rows (``spans``: their extents, top to bottom): between the first's top
    and the lowest bottom."""
    return (spans[0][0] + max(s[1] for s in spans)) / 2


def with_cut_row(rows: list[Row], tol: float, claimed: Claims | None = None) -> list[Row]:
    """Rows with the pieces under a row cut by the page's foot put back in it: the first row after
    the last row label whose cells start together but do not centre together (a split row starts
    them at its top) takes every row below it (its cells' paragraphs and sub-items, which may
    line up across its columns as if they were rows).  Not a row beside merged cells that start
    at its top (``centred_beside_merged``; ``claimed``: per row, the columns whose cells span it)."""
    labelled = [i for i, row in enumerate(rows) if opens_with_label(row)]
    starts = [i for i, row in enumerate(rows) if i >= max(labelled, default=0) and top_aligned(row, tol)
              and not centred_beside_merged(rows, claimed, i, tol)]
    if not starts:
        return rows
    k, end = starts[0], len(rows)
    return rows[:k] + [[b for row in rows[k:end] for b in row]] + rows[end:]


def centred_beside_merged(rows: list[Row], claimed: Claims | None, i: int, tol: float) -> bool:
    """Whether row ``i`` holds merged cells (spanning the rows below it) and, beside them, a cell
    whose text starts below the row's top: a row group the page break split starts its merged
    cells at its top, beside rows centred as ever, where a row the page break cut starts every
    cell there (its later paragraphs and sub-items below)."""
    row = rows[i]
    merged = {b.column for b in row if claimed and last_spanned(rows, claimed, i, b.column) > i}
    top = min(b.top for b in row)
    starts = [min(b.top for b in row if b.column == c) for c in {b.column for b in row} - merged]
    return bool(merged) and any(start - top > tol for start in starts)


def opens_with_label(row: Row) -> bool:
    """A row whose first-column text starts with a row label ("3.", "R3", "Recommendation 3")."""
    first = [b for b in row if b.column == 0]
    return bool(first) and opens_with_wrapped_label(min(first, key=lambda b: b.top).lines)


def white_bands(blocks: list[Block]) -> list[list[Block]]:
    """Blocks between white bands that run across every column."""
    bands: list[list[Block]] = []
    bottom = float("-inf")
    for b in sorted(blocks, key=lambda b: b.top):
        if b.top >= bottom:
            bands.append([])
        bands[-1].append(b)
        bottom = max(bottom, b.bottom)
    return bands


def one_row(blocks: list[Block], tol: float, max_gap: float, min_cells: int = DEFAULT.min_row_cells) -> bool:
    """Whether blocks are one row's: each column's text, paragraphs no further apart than
    ``max_gap``, centred on the same line as every other column's, and not two rows stacked
    (``stacked_rows``: two rows of one row group, as tall as each other, centre together too)."""
    if stacked_rows(blocks, tol, min_cells):
        return False
    by_column: dict[int, list[Block]] = {}
    for b in sorted(blocks, key=lambda b: b.top):
        by_column.setdefault(b.column, []).append(b)
    if any(n.top - a.bottom > max_gap for own in by_column.values() for a, n in zip(own, own[1:])):
        return False
    centres = [(own[0].top + max(b.bottom for b in own)) / 2 for own in by_column.values()]
    return max(centres) - min(centres) <= tol


def stacked_rows(blocks: list[Block], tol: float, min_cells: int) -> bool:
    """Whether the blocks hold two rows or more one above the other, each told by the cells of
    ``min_cells`` columns centred together (a short value, a date or an agency's code, and the
    pieces of the taller cells beside it): one cell's paragraphs do not line up so across columns."""
    rows = merge_overlapping([g for g in centre_groups(blocks, tol) if len(g) >= min_cells])
    return len(rows) >= 2


def band_groups(band: list[Block], tol: float, max_gap: float) -> list[Row]:
    """The groups of cells centred together between two white bands: all of them when they are one
    row's, else those their centres tell apart, without the first column's blocks (placed later:
    a recommendation's cell may span rows of other bands)."""
    if one_row(band, tol, max_gap):
        return [band]
    return eject_spanning(centre_groups([b for b in band if b.column != 0], tol))


def merge_lone_paragraphs(rows: list[Row], tol: float, max_gap: float) -> list[Row]:
    """Blocks between white bands (``rows``) joined to one next to them that holds text in one
    column only, where the two are one row's text (``one_row``): a paragraph of the tallest
    cell set apart by white space across the table."""
    merged: list[Row] = []
    for row in sorted(rows, key=lambda r: extent(r)[0]):
        lone = len({b.column for b in row}) == 1 or (merged and len({b.column for b in merged[-1]}) == 1)
        if merged and lone and one_row(merged[-1] + row, tol, max_gap):
            merged[-1] = merged[-1] + row
        else:
            merged.append(list(row))
    return merged


def top_aligned(row: Row, tol: float) -> bool:
    """Whether two of the row's cells start at its top, one reaching further down than the other
    (the first column's is left out: a recommendation spanning rows from this one starts there too)."""
    inner = [b for b in row if b.column != 0]
    first = [b for b in inner if b.top - min(o.top for o in inner) <= tol]
    return len({b.column for b in first}) >= 2 and max(b.bottom for b in first) - min(b.bottom for b in first) > tol


def eject_spanning(rows: list[Row]) -> list[Row]:
    """Rows without the blocks that reach over blocks of two or more other rows: a cell spanning
    rows whose centre happens to be one row's (placed later, by ``span_for``)."""
    kept = []
    for i, row in enumerate(rows):
        others = [o for j, o in enumerate(rows) if j != i]
        own = [b for b in row if sum(any(overlaps(b, (o.top, o.bottom)) for o in other) for other in others) < 2]
        if len(own) >= 2:
            kept.append(own)
    return kept


def merge_overlapping(rows: list[Row]) -> list[Row]:
    """Rows whose extents overlap are one (paragraphs of one cell centred in the row together)."""
    merged: list[Row] = []
    for row in sorted(rows, key=lambda r: extent(r)[0]):
        if merged and overlaps_extent(extent(merged[-1]), extent(row)):
            merged[-1] = merged[-1] + row
        else:
            merged.append(list(row))
    return merged


def row_lines(row: Row) -> list[Line]:
    return sorted((ln for b in row for ln in b.lines), key=lambda ln: ln.top)
