"""Vertical alignment of a borderless table's rows, told block by block.

A table's cells are most often all top-aligned (a DOCX's default) or all centred (an HTML
table's default), but a plan imported from HTML into a word processor may keep the alignment
of some rows and not others: one agency's row centres its short cells on its tall one, the
next starts them all at its top.  Each block of lines between white bands across the table
(most often one row) tells its own alignment where its short cells all agree on it
(``band_says``); a block that tells nothing (a paragraph of a tall cell set apart by white
space) is read like the block above it (``band_alignments``).  A table whose blocks all agree
with it, or tell nothing, is read by its own alignment as one run, as before.  Centred rows
then take back the lone paragraphs of their tallest cell (``join_lone_paragraphs``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .band_lines import bounds_rows
from .centred import column_blocks
from .centring import band_alignment as blocks_alignment
from .centring import centres_as_one_row
from .lines import Line
from .runs import ROW_LABEL, column_of, is_bold, line_columns, spans_gutter
from .settings import DEFAULT, PdfSettings

MIN_ALIGNMENT_EVIDENCE = 3  # short cells seen before a table's vertical alignment is decided


@dataclass(frozen=True)
class Votes:
    """A block's short cells: how many sit at its top, how many around its middle."""

    top_aligned: int = 0
    centred: int = 0

    def __add__(self, other: Votes) -> Votes:
        return Votes(self.top_aligned + other.top_aligned, self.centred + other.centred)


def band_votes(band: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> Votes:
    """How the short cells of a block between white bands sit in it.

    A cell starting within ``settings.top_offset_em`` line heights of the block's top is
    top-aligned when it ends clearly above the block's foot (a full-height cell says
    nothing); one set lower whose middle is within ``settings.centre_offset_em`` line
    heights of the block's middle is centred, however little shorter than the block.
    """
    top, bottom = band[0].top, max(ln.bottom for ln in band)
    height = min(ln.height for ln in band)
    top_aligned = centred = 0
    for column in range(len(columns)):
        own = [ln for ln in band if any(column_of(w["x0"], columns) == column for w in ln.words)]
        if not own:
            continue
        if own[0].top - top <= settings.top_offset_em * height:
            top_aligned += own[-1].bottom - own[0].top <= (bottom - top) - 2 * height
        elif abs((own[0].top + own[-1].bottom) / 2 - (top + bottom) / 2) <= settings.centre_offset_em * height:
            centred += 1
    return Votes(top_aligned, centred)


def is_centred(bands: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT,
               after: Sequence[list[Line]] = ()) -> bool | None:
    """Whether the table's cells are centred vertically in their rows (an HTML table's default), or None
    when no block tells: the short cells of every block between white bands below the header vote
    (``table_votes``; ``after``: a cut row's blocks, which vote only where centred), and centred cells must outnumber
    top-aligned ones twice."""
    votes = table_votes(bands, columns, settings, after)
    if votes.centred + votes.top_aligned < MIN_ALIGNMENT_EVIDENCE:
        return None
    return votes.centred > 2 * votes.top_aligned


def table_votes(bands: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT,
                after: Sequence[list[Line]] = ()) -> Votes:
    """The short cells' votes of every block between white bands (``told_votes``), a bold heading
    starting a block set apart (``heading_apart``): it says nothing of where the row's cells sit.
    The blocks ``after`` them (a row the page's foot cuts, and the lone paragraphs of its tallest
    cell under it) vote only where centred: a cut row starts its cells together whatever their
    alignment, but cells centred in it are centred; a lone paragraph there is still the rest of
    the row above."""
    voters = [part for band in bands for part in heading_apart(band)]
    pool = voters + [part for band in after for part in heading_apart(band)]
    cut = sum((told_votes(pool, i, columns, settings) for i in range(len(voters), len(pool))), Votes())
    return sum((told_votes(pool, i, columns, settings) for i in range(len(voters))), Votes(0, cut.centred))


def told_votes(bands: list[list[Line]], i: int, columns: list[float], settings: PdfSettings = DEFAULT) -> Votes:
    """Block ``i``'s votes where they tell an alignment (``band_alignment``), else those of the block
    with the lone paragraphs just below it, then also just above it, where those tell one (a tall
    cell's paragraphs set apart by white space: a centred row's short cells sit around the middle
    of them all), else its own.  A block whose short cells sit at its top, but centre on it taken with
    the lone paragraphs just above it (a centred row's tall cell may start its block a little above
    its short cells), tells nothing."""
    own = band_votes(bands[i], columns, settings)
    says = band_alignment(own, settings)
    below = [ln for band in leading_lone(bands[i + 1:], columns) for ln in band]
    above = [ln for band in trailing_lone(bands[:i], columns) for ln in band]
    for extended in (bands[i] + below, above + bands[i] + below):
        votes = band_votes(extended, columns, settings)
        if says is None and band_alignment(votes, settings) is not None:
            return votes
    if says is False and above and any(band_alignment(band_votes(extended, columns, settings), settings)
                                       for extended in (above + bands[i], above + bands[i] + below)):
        return Votes()  # short cells at the block's top, or centred on the tall cell's paragraphs above
    return own


def cut_row_start(bands: list[list[Line]], columns: list[float]) -> int:
    """Where the row a page's foot cuts starts among a table's blocks (the first, its header, apart):
    at the last block holding text in two columns or more, the lone paragraphs under it its tallest
    cell's rest; the last block where there is no such block below the first."""
    rows = [i for i, band in enumerate(bands) if len(set().union(*(line_columns(ln, columns) for ln in band))) >= 2]
    return rows[-1] if rows and rows[-1] >= 2 else len(bands) - 1


def band_alignment(votes: Votes, settings: PdfSettings = DEFAULT) -> bool | None:
    """True where a block's short cells are all centred, False where all are top-aligned, with
    at least ``settings.band_alignment_cells`` of them; None where they disagree or are too few."""
    if votes.centred >= settings.band_alignment_cells and not votes.top_aligned:
        return True
    if votes.top_aligned >= settings.band_alignment_cells and not votes.centred:
        return False
    return None


def band_says(band: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> bool | None:
    """A block's own alignment where two readings agree on it: where its short cells sit in it
    (``band_alignment``), and whether its cells share centres rather than tops
    (``centring.band_alignment``: the tail of a tall cell of the row above, set over a top-aligned
    row in one block, puts that row's cells around the block's middle, but not on one centre)."""
    says = band_alignment(band_votes(band, columns, settings), settings)
    shared = blocks_alignment(column_blocks(band, columns, settings), settings.centre_tolerance)
    return says if says == shared else None


def split_headings(bands: list[list[Line]]) -> list[list[Line]]:
    """Blocks with the bold lines that start them, below the first (the table's header), set apart:
    a theme heading set close above a row is read with the rows above it and says nothing of
    where the row's cells sit."""
    return bands[:1] + [part for band in bands[1:] for part in heading_apart(band)]


def heading_apart(band: list[Line]) -> list[list[Line]]:
    """A block as the bold lines it starts with and the rest (either left out where it has none)."""
    n = 0
    while n < len(band) and is_bold(band[n]):
        n += 1
    return [part for part in (band[:n], band[n:]) if part]


def alignment_runs(bands: list[list[Line]], columns: list[float], centred: bool, cut: bool,
                   settings: PdfSettings = DEFAULT) -> list[tuple[list[Line], bool]]:
    """The table's lines in runs of blocks between white bands, each with the alignment to read it
    by (``band_alignments``), neighbours read alike in one run."""
    runs: list[tuple[list[Line], bool]] = []
    bands = split_headings(bands)
    for band, says in zip(bands, band_alignments(bands, columns, centred, cut, settings)):
        if runs and runs[-1][1] == says:
            runs[-1] = (runs[-1][0] + band, says)
        else:
            runs.append((list(band), says))
    return runs


def band_alignments(bands: list[list[Line]], columns: list[float], centred: bool, cut: bool,
                    settings: PdfSettings = DEFAULT) -> list[bool]:
    """Each block's alignment: its own where it tells one (``band_alignment``), else the block's
    before (a paragraph of a tall cell set apart by white space belongs to the row above).  The
    first block (a header, with the rest of a row cut overleaf or a first paragraph set close
    under it) takes the next block's where it tells one, else the table's (``centred``); where
    the table is ``cut`` by the page's foot, its last row's blocks tell nothing (``cut_row_start``: a
    cut row starts its cells together whatever their alignment)."""
    end = cut_row_start(bands, columns) if cut else len(bands)
    told = [None if i == 0 or i >= end else block_says(bands, i, columns, settings) for i in range(len(bands))]
    current = told[1] if len(told) > 1 and told[1] is not None else centred
    out = []
    for says in told:
        current = current if says is None else says
        out.append(current)
    return out


def block_says(bands: list[list[Line]], i: int, columns: list[float], settings: PdfSettings = DEFAULT) -> bool | None:
    """The alignment block ``i`` tells (``band_says``), else that it tells with the lone paragraphs
    just below it, then also just above it (a tall cell's paragraphs set apart by white space:
    a centred row's short cells sit around the middle of them all).  A lone paragraph tells nothing."""
    if is_lone_paragraph(bands[i], columns):
        return None
    below = [ln for band in leading_lone(bands[i + 1:], columns) for ln in band]
    above = [ln for band in trailing_lone(bands[1:i], columns) for ln in band]
    for extended in (bands[i], bands[i] + below, above + bands[i] + below):
        says = band_says(extended, columns, settings)
        if says is not None:
            return says
    return None


def is_lone_paragraph(row: list[Line], columns: list[float]) -> bool:
    """A row of text in one column, with no label in the first column (a numbered line in another is
    an item of a list in a cell) and no line standing across the table as a row of its own
    (``band_lines.bounds_rows``: a theme row, a progress band): a paragraph of a tall cell that white
    space across the table set apart from the rest of its row.  Bold text counts only right of the
    first column (a block's label on a line of its own inside a wide cell), where no theme heading starts."""
    own = set().union(*(line_columns(ln, columns) for ln in row))
    return len(own) == 1 and not any((is_bold(ln) and 0 in own) or bounds_rows(ln, columns) for ln in row) and \
        not (0 in own and ROW_LABEL.match(row[0].text))


def join_lone_paragraphs(rows: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT,
                         cut: bool = False) -> list[list[Line]]:
    """Centred rows with the lone paragraphs next to them joined (``is_lone_paragraph``): as many
    of those just above and just below a row as make its columns all centre on one line (a
    centred row's short cells sit around the middle of its tallest, paragraph gaps and all).
    Where the page's foot ``cut`` the last row, the lone paragraphs after it are its own
    (``cut_row_tail``)."""
    joined = lone_runs_joined(centred_joins(rows, columns, settings), columns)
    return cut_row_tail(joined, columns) if cut else joined


def lone_runs_joined(rows: list[list[Line]], columns: list[float]) -> list[list[Line]]:
    """The rows with lone paragraphs of one column that follow each other (no row between them) as
    one row: paragraphs of one cell that no row took, such as a tall cell's rest at a page's top."""
    out: list[list[Line]] = []
    for row in rows:
        if out and is_lone_paragraph(out[-1], columns) and is_lone_paragraph(row, columns) and \
                line_columns(out[-1][0], columns) == line_columns(row[0], columns):
            out[-1] = out[-1] + row
        else:
            out.append(row)
    return out


def cut_row_tail(rows: list[list[Line]], columns: list[float]) -> list[list[Line]]:
    """The rows with the lone paragraphs after the last row of several columns joined to it: a row
    the page's foot cuts is not centred on this page, and a row starting below it would start its
    cells together, so paragraphs of one column under it are the rest of its tallest cell."""
    tail = trailing_lone(rows, columns)
    if not tail or len(tail) == len(rows) or is_heading_row(rows[len(rows) - len(tail) - 1], columns):
        return rows
    head = rows[:len(rows) - len(tail)]
    return head[:-1] + [head[-1] + [ln for row in tail for ln in row]]


def centred_joins(rows: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """The rows with lone paragraphs joined where they centre with a row (``best_join``)."""
    out: list[list[Line]] = []
    i = 0
    while i < len(rows):
        if is_lone_paragraph(rows[i], columns) or is_heading_row(rows[i], columns):
            out.append(rows[i])
            i += 1
            continue
        above = trailing_lone(out, columns)
        below = leading_lone(rows[i + 1:], columns)
        k, m = best_join(above, rows[i], below, columns, settings)
        out = out[:len(out) - k] + [[ln for row in above[len(above) - k:] + [rows[i]] + below[:m] for ln in row]]
        i += 1 + m
    return out


def is_heading_row(row: list[Line], columns: list[float]) -> bool:
    """A heading across the table (bold, or running across the column starts): no cells of its own
    to centre with a paragraph next to it."""
    return all(is_bold(ln) for ln in row) or any(spans_gutter(ln, columns) for ln in row)


def trailing_lone(rows: list[list[Line]], columns: list[float]) -> list[list[Line]]:
    """The lone paragraphs at the end of ``rows``."""
    n = 0
    while n < len(rows) and is_lone_paragraph(rows[len(rows) - 1 - n], columns):
        n += 1
    return rows[len(rows) - n:]


def leading_lone(rows: list[list[Line]], columns: list[float]) -> list[list[Line]]:
    """The lone paragraphs at the start of ``rows``."""
    n = 0
    while n < len(rows) and is_lone_paragraph(rows[n], columns):
        n += 1
    return rows[:n]


def best_join(above: list[list[Line]], row: list[Line], below: list[list[Line]], columns: list[float],
              settings: PdfSettings = DEFAULT) -> tuple[int, int]:
    """How many lone paragraphs from the end of ``above`` and the start of ``below`` join ``row``:
    the most that centre with it on one line, (0, 0) where none do."""
    for size in range(len(above) + len(below), 0, -1):
        for k in range(min(size, len(above)), -1, -1):
            m = size - k
            if m > len(below):
                continue
            lines = sorted((ln for part in above[len(above) - k:] + [row] + below[:m] for ln in part),
                           key=lambda ln: ln.top)
            if centres_as_one_row(lines, columns, settings):
                return k, m
    return 0, 0
