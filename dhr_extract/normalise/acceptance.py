"""Whether a recommendation was accepted: a plan's ``Accepted? Y/N`` / ``Agreed (Y/N)`` column.

A rejected recommendation matters to anyone studying what reviews achieve, so the column is read into
``Recommendation.acceptance`` (coded) and ``acceptance_text`` (as written), never left as residue.
"""
from __future__ import annotations

import re

from ..model import Acceptance

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
