"""Words a browser set flush across a ruled cell's edge, cut back into each cell's part.

A browser sets a cell's text flush against the next cell's, with less room between them than a
space, and the word finder reads the two as one word ("LowmarshSeptember").  The cut falls where
one of the word's characters starts at the cell's left edge, or else where one starts at the very
x the next column's text starts (``columns.word_at_flush_starts``).  A word printed over the next
cell's text (``overprints``) is too wide for its cell: it is left whole.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from .columns import cell_text_start, word_at_column_starts, word_at_flush_starts
from .lines import BBox, Word
from .settings import DEFAULT, PdfSettings

if TYPE_CHECKING:  # ruled.py imports this module
    from .ruled import Grid


def words_cut_at_cell_edges(words: list[Word], grid: Grid, settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words with each that runs across the left edge of a cell of its row cut there, where one of
    its characters starts (``columns.word_at_column_starts``): a browser sets a cell's text flush
    against the next cell's, with less room between them than a space, and the word finder reads
    the two as one word ("LowmarshSeptember"); where no character jumps there, it is cut where one
    starts at the very x the next column's text starts (``columns.word_at_flush_starts``)."""
    cells = [box for row in grid.rows for box in row if box is not None]
    lefts = sorted({box[0] for box in cells})
    text_starts: dict[float, float | None] = {}  # each edge's column text start, found once it is needed
    out: list[Word] = []
    for w in words:
        if crosses_no_cell_edge(w, lefts) or overprints(w, words, settings):
            out.append(w)  # most words cross no edge: the cells are looked at only for the others
        else:
            out.extend(word_cut_at_cell_edges(w, words, cells, text_starts, settings))
    return out


def overprints(word: Word, words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the word runs on over another word of its line (``overprints``): a word too wide for its
    cell, printed over the next cell's text, is whole, not two cells' text set flush."""
    return any(other is not word and abs(other["top"] - word["top"]) <= settings.word_y_tolerance
               and min(word["x1"], other["x1"]) - max(word["x0"], other["x0"]) >= settings.overprint_overlap
               for other in words)


def crosses_no_cell_edge(word: Word, lefts: list[float]) -> bool:
    """Whether no cell's left edge (``lefts``, sorted) falls inside the word: a quick test, the cells'
    rows not looked at."""
    first = bisect_right(lefts, word["x0"])  # the first cell edge right of the word's start
    return first == len(lefts) or lefts[first] >= word["x1"]


def word_cut_at_cell_edges(word: Word, words: list[Word], cells: list[BBox], text_starts: dict[float, float | None],
                           settings: PdfSettings = DEFAULT) -> list[Word]:
    """One word cut at the left edges of its row's cells that it runs across (``words_cut_at_cell_edges``);
    ``text_starts`` memoises each edge's column text start among ``words`` (filled in here)."""
    middle = (word["top"] + word["bottom"]) / 2
    edges = sorted({box[0] for box in cells if box[1] <= middle <= box[3] and word["x0"] < box[0] < word["x1"]})
    pieces = word_at_column_starts(word, edges, settings)
    if len(pieces) != 1 or not edges:
        return pieces
    starts = [s for x in edges if (s := memoised_text_start(text_starts, words, x, settings)) is not None]
    return word_at_flush_starts(word, starts, settings)


def memoised_text_start(memo: dict[float, float | None], words: list[Word], x: float,
                        settings: PdfSettings = DEFAULT) -> float | None:
    """``cell_text_start`` for the edge at ``x``, computed once per table (it walks every word)."""
    if x not in memo:
        memo[x] = cell_text_start(words, x, settings)
    return memo[x]
