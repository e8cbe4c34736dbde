"""Section rows that name a timescale: the target of the actions under them.

A plan with no target column may group its recommendations by when they are due instead, under band
rows across the table ("Immediate – by 31 March 2026", "Short term – by 30 September 2026", "Medium
term").  Such a band is no theme or owner of the records under it but the target of each of their
actions, written once for them all: it reads as a date more precise than a year ("Plans from the 2023
review" names no timescale) that dates no report ("Progress as at 31 March 2025"), or opens with a
timescale's words.
"""
from __future__ import annotations

import re

from .dates import parse_date_text
from .headers import Header

TIMESCALE_WORDS = re.compile(
    r"^\s*(?:immediate(?:ly)?|(?:short|medium|long)[\s-]+term|within\s+\d+\s+(?:days|weeks|months|years))\b",
    re.IGNORECASE)
TIMESCALE_PRECISIONS = {"day", "month", "quarter"}
# A date that says when the plan was reported on, not when its actions are due ("Progress as at 31 March 2025").
REPORTING_WORDS = re.compile(r"\b(?:as\s+(?:at|of)|updated?s?|progress|reported|reviewed|review\s+meeting|minutes"
                             r"|board|meeting)\b", re.IGNORECASE)


def names_timescale(text: str) -> bool:
    """Whether a section row's text names a timescale (see the module): not a date the plan was reported
    on."""
    if TIMESCALE_WORDS.match(text):
        return True
    return not REPORTING_WORDS.search(text) and parse_date_text(text).precision in TIMESCALE_PRECISIONS


def section_timescale(text: str, header: Header) -> str:
    """The section's text as the target of the actions under it, in a plan with no target column; ''."""
    has_target = header.first("target") is not None or header.first("original_target") is not None
    return " ".join(text.split()) if not has_target and names_timescale(text) else ""
