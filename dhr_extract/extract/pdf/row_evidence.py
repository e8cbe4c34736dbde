"""What tells a row start in a tight borderless table where a merged recommendation runs on beside the
next action row (``row_walk.restarts``): the columns that start afresh beside it, the cells whose line
above ended on a name or a whole value, and a label wrapped in a column narrower than it."""
from __future__ import annotations

from .settings import DEFAULT, PdfSettings
from .text_edges import TextEnd, TextStart


def enough_fresh(starts: set[int], candidates: set[int], rest: set[int], ended: bool,
                 settings: PdfSettings = DEFAULT) -> bool:
    """Whether enough columns start afresh for the ``candidates`` to start afresh too: ``min_fresh_columns``
    of them, or two where one visibly ended above its new start (``ended``: a white gap over it), the
    candidates make up the number and all stand right of the cell running on (``rest``): a narrow
    table's action and update beside its agency and date, set with no gap under the agency and date
    above them, the next action row beside a merged recommendation.  A new paragraph of that merged
    cell is no such start."""
    if len(starts) >= settings.min_fresh_columns:
        return True
    if len(starts) < 2 or not ended or len(starts | candidates) < settings.min_fresh_columns:
        return False
    return not rest or min(starts) > max(rest)


def after_values(starts_here: dict[int, TextStart], last: dict[int, TextEnd], decided: set[int]) -> set[int]:
    """The columns whose text on the line follows a line of one whole value (a year, a date) that are
    neither fresh nor running on (``decided``): the value may have ended its cell or been wrapped from the
    line above, so the row beside tells, as it does for a name (``reopened_columns``)."""
    return {c for c in starts_here if c in last and last[c].value and c not in decided}


def wrapped_label(filled: set[int], running: set[int]) -> bool:
    """Whether a label in the first column sits beside two or more columns and every one of them runs
    on mid-sentence from the line above: the rest of a label wrapped in a column narrower than it ("1"
    over "0" of a row numbered 10), not the label of a row of its own."""
    others = filled - {0}
    return len(others) >= 2 and others <= running
