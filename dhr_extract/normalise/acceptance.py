"""Whether a recommendation was accepted: a plan's ``Accepted? Y/N`` / ``Agreed (Y/N)`` column.

A rejected recommendation matters to anyone studying what reviews achieve, so the column is read into
``Recommendation.acceptance`` (coded) and ``acceptance_text`` (as written), never left as residue.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Acceptance

if TYPE_CHECKING:  # rows.py reads headers, which read the header pattern here
    from .rows import LogicalRow

# A header asking whether the recommendation was accepted or agreed: the word alone or as a question,
# with its answers ("Y/N", "Yes/No", "/ Not accepted", "/ Rejected"), or agreed by whom ("Agreed by
# agency"). "Agreed actions" or "Date agreed" name other things: they are not matched.
ACCEPTANCE_HEADER = re.compile(
    r"^(?:(?:recommendations?|rec)\s+)?(?:accepted|agreed|accept(?:ed)?\s+or\s+reject(?:ed)?)\s*\??\s*"
    r"(?:\(?\s*(?:y\s*/\s*n|yes\s*/\s*no|y\s+or\s+n|yes\s+or\s+no)\s*\)?"
    r"|/\s*(?:not\s+(?:accepted|agreed)|rejected|declined|partially(?:\s+accepted)?)(?:\s*/\s*\w+(?:\s+\w+)?)?"
    r"|by\s+(?:the\s+)?(?:lead\s+)?(?:agency|agencies|partner|partners|partnership|board|csp|organisation))?$")

# Answers, most specific first: "Partially accepted" before "accepted", "Not agreed" before "agreed".
PARTLY = re.compile(r"^(?:partial(?:ly)?|part(?:ly)?|in\s+part)\b")
REJECTED = re.compile(r"^(?:n|no|not\s+(?:accepted|agreed)|rejected|declined|refused|x|✗|✘)\b")
ACCEPTED = re.compile(r"^(?:y|yes|accepted|agreed|approved|✓|✔)(?!\w)")


def is_acceptance_header(folded: str) -> bool:
    """A column header (case folded, as ``headers.fold_header`` gives it) asking whether a recommendation
    was accepted."""
    return ACCEPTANCE_HEADER.match(folded) is not None


def read_acceptance(text: str) -> Acceptance | str:
    """A cell of an acceptance column coded: ``accepted``, ``partly`` or ``rejected`` from the words it
    opens with (``Y``, ``Yes``, ``Accepted - with …``, ``N``, ``Not agreed``, ``Partially``); '' when it
    says none of them (blank, or words of their own)."""
    folded = re.sub(r"\s+", " ", text.strip().lower())
    if PARTLY.match(folded):
        return Acceptance.PARTLY
    if REJECTED.match(folded):
        return Acceptance.REJECTED
    if ACCEPTED.match(folded):
        return Acceptance.ACCEPTED
    return ""


def acceptance_answer(row: "LogicalRow", current: str) -> tuple[str, set[int]]:
    """The recommendation's answer in a row's acceptance column, and the column when it is placed: the
    first answer on its rows is its own (a merged cell, or the answer repeated on each action row); a
    different one below is not placed (it stays residue). ``current``: the answer read so far."""
    column = row.header.first("acceptance")
    if column is None or row.covered(column):
        return current, set()
    text = row.text(column).strip()
    current = current or text
    return current, ({column} if text in ("", current) else set())
