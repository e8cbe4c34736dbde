"""Vertical alignment of a borderless table's rows, told block by block.

A table's cells are most often all top-aligned (a DOCX's default) or all centred (an HTML
table's default), but a plan imported from HTML into a word processor may keep the alignment
of some rows and not others: one agency's row centres its short cells on its tall one, the
next starts them all at its top.  Each block of lines between white bands across the table
(most often one row) votes on its own (``band_votes``): a short cell set at the block's top is
top-aligned, one set down from it around the block's middle is centred.  Only a block whose
cells clearly and unanimously say the opposite of the table's alignment is read the other way
(``alignment_runs``), so a table of one alignment reads as it always did.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lines import Line
from .runs import column_of
from .settings import DEFAULT, PdfSettings


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


def band_alignment(votes: Votes, settings: PdfSettings = DEFAULT) -> bool | None:
    """True where a block's short cells are all centred, False where all are top-aligned, with
    at least ``settings.band_alignment_cells`` of them; None where they disagree or are too few."""
    if votes.centred >= settings.band_alignment_cells and not votes.top_aligned:
        return True
    if votes.top_aligned >= settings.band_alignment_cells and not votes.centred:
        return False
    return None


def alignment_runs(bands: list[list[Line]], columns: list[float], centred: bool, cut: bool,
                   settings: PdfSettings = DEFAULT) -> list[tuple[list[Line], bool]]:
    """The table's lines in runs of blocks between white bands, each with the alignment to read it
    by: the table's (``centred``), except blocks that clearly say the opposite.  The first block
    (a header, or the rest of a row cut overleaf) and, where the table is ``cut`` by the page's
    foot, the last (a cut row starts its cells together whatever their alignment) follow the table."""
    runs: list[tuple[list[Line], bool]] = []
    for i, band in enumerate(bands):
        says = band_alignment(band_votes(band, columns, settings), settings)
        inner = 0 < i and not (cut and i == len(bands) - 1)
        own = says if inner and says is not None else centred
        if runs and runs[-1][1] == own:
            runs[-1] = (runs[-1][0] + band, own)
        else:
            runs.append((list(band), own))
    return runs
