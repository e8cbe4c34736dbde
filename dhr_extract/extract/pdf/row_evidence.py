"""What tells a row start in a tight borderless table where a merged recommendation runs on beside the
next action row (``row_walk.reopened_columns``): the columns that start afresh right of it, with a merged
progress cell running on at the table's right as well (``right_merged_cell``)."""
from __future__ import annotations

from .settings import DEFAULT, PdfSettings
from .text_edges import TextEnd


def enough_fresh(starts: set[int], candidates: set[int], rest: set[int], ended: bool, last: dict[int, TextEnd],
                 blank: frozenset[int], settings: PdfSettings = DEFAULT) -> bool:
    """Whether enough columns start afresh for the ``candidates`` to start afresh too: ``min_fresh_columns``
    of them, or two where one visibly ended above its new start (``ended``: a white gap over it), the
    candidates make up the number and all stand right of a cell running on (``rest``, a merged
    recommendation) with every blank column ended above its line before (``ended_before``):
    a narrow table's action and status beside its agency and date, set with no gap under the agency
    and date above them, the next action row.  Beside no cell running on (blank columns only) two
    fresh cells are paragraphs, not a row."""
    if len(starts) >= settings.min_fresh_columns:
        return True
    if len(starts) < 2 or not ended or len(starts | candidates) < settings.min_fresh_columns:
        return False
    return bool(rest) and min(starts) > max(rest) and ended_before(rest, last, blank, settings)


def ended_before(rest: set[int], last: dict[int, TextEnd], blank: frozenset[int], settings: PdfSettings) -> bool:
    """Whether every column blank on the line ended above the line before it (the last line of the
    cells running on, ``rest``): a merged number written once, an update closed lines above.  Where a
    blank cell's text ran down to that line (a target date ahead of the number, "Dec-" over "25"; a
    merged date beside a merged agency), the row above may end only there, and a capital under a
    name beside it ("Adult Social" over "Care") is as likely the rest of a merged cell."""
    ends = [last[c].bottom for c in rest if c in last]
    running_end = min(ends, default=float("inf"))
    return all(last[c].bottom < running_end - settings.centre_tolerance for c in blank if c in last)


def right_merged_cell(merged: set[int], running: set[int], fresh: set[int], width: int) -> set[int]:
    """The last column, where a cell runs on in it (``running``) with the columns starting afresh
    (``fresh``) between it and the other ``merged`` columns, all at the table's left: a progress cell
    merged over a recommendation's actions, its text running on beside the next action as the
    recommendation does at the left."""
    last = width - 1
    left = merged - {last}
    between = set(range(min(fresh, default=last), last))
    return {last} if last in running and left and fresh and max(left) < min(fresh) and between <= fresh else set()
