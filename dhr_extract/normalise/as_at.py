"""The date a plan's progress is reported "as at", from a header or a line of text ("Update (as at 1st
February 2022)", "Status at 30/09/2025", "Progress as at 31st May 2016")."""
from __future__ import annotations

import functools
import re

from .date_phrases import date_phrase
from .dates import parse_date_text
from .headers import Header

AS_OF = re.compile(r"\b(as\s+(?:at|of)|at)\s*[:\-]?\s*(.+)$", re.I)
# Words that may stand between a bare "at" and its date ("Position at the end of March 2025"); any other
# word means "at" was not introducing a date ("will next look at the plan in January 2026").
AT_DATE_LEAD = frozenset({"the", "end", "close", "start", "beginning", "of", "mid", "early", "late", "week",
                          "commencing", "w/c", "on"})


@functools.lru_cache(maxsize=256)  # asked again for every action under the same progress header
def as_of_text(header_text: str) -> str:
    """The date a progress column is "as at", as written ('' if none)."""
    text = header_text.replace("\n", " ")
    for match in re.finditer(r"\b(?:as\s+(?:at|of)|at)\b", text, re.I):
        found = AS_OF.match(text, match.start())
        if found is None or not re.search(r"\d", found.group(2)):  # "at the meeting" dates nothing
            continue
        rest = found.group(2)
        dates = parse_date_text(rest).dates
        # Only the date: a key or a sentence after it on the same line is not part of it.
        phrase = date_phrase(rest, dates[0]) if dates else ""
        if found.group(1).lower() == "at" and not bare_at_dates(rest, phrase):
            continue
        return phrase or rest.strip(" )]:-")
    return ""


def bare_at_dates(rest: str, phrase: str) -> bool:
    """Whether the text after a bare "at" opens with its date: only lead words before the date phrase."""
    before = rest[:rest.find(phrase)] if phrase else rest
    return all(word.lower().strip(":-,.") in AT_DATE_LEAD for word in before.split())


def progress_as_of(header: Header, column: int) -> str:
    """The date a progress column reports "as at": its own header's, else that of a status column beside it
    ("Status at 30/09/2025" next to "Progress narrative"); '' when none says."""
    dated = (as_of_text(header.texts[c]) for c in (column, *header.columns("status")))
    return next((as_of for as_of in dated if as_of), "")
