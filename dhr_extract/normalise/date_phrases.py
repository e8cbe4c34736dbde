"""The words inside a longer text that write a date: "31 December 2021" in "Updates as at 31 December 2021.
RAG key: ...", or "yes" before the date in "yes - 12/02/2025"."""
from __future__ import annotations

import datetime

from ..model import CellParseError
from .dates import PRECISION_RANK, parse_date_text


def date_phrase(text: str, target: datetime.date, max_words: int = 8) -> str:
    """The words of ``text`` that write ``target`` ("31 December 2021" from "Updates as at 31 December
    2021. RAG key: ..."): the most precise reading of it, then the fewest words; '' when none does."""
    words = text.split()
    best: tuple[int, int, str] | None = None
    for size in range(1, min(len(words), max_words) + 1):
        for start in range(len(words) - size + 1):
            candidate = " ".join(words[start:start + size])
            parsed = parse_date_text(candidate)
            if parsed.dates == (target,):
                key = (PRECISION_RANK[parsed.precision], size, candidate)
                best = key if best is None or key[:2] < best[:2] else best
    return best[2].strip(" ,;:.()[]\u2013-") if best else ""


def words_before_date(text: str, max_words: int = 6) -> tuple[str, datetime.date] | None:
    """The words a short text writes before the one date it ends with, and the date ("yes", 2025-02-12 from
    "yes - 12/02/2025"); None for a longer text, which is spared the search."""
    dates = parse_date_text(text).dates if len(text.split()) <= max_words else ()
    phrase = date_phrase(text, dates[0]) if len(dates) == 1 else ""
    if not phrase or not text.rstrip(" .)]").endswith(phrase):
        return None
    words = text[:text.rfind(phrase)].strip(" ,;:([-\u2013\u2014")
    return (words, dates[0]) if words else None


RUN_WORDS = 12  # the longest run of dates read: four dates of three words ("31 March 2024")
MIN_RUN = 2


def date_run(text: str) -> list[str]:
    """The dates of a text that writes two or more dates and nothing else, one after another ("Dec 2025
    Mar 2026" -> "Dec 2025", "Mar 2026"); [] for anything else: words besides the dates, or a mark between
    them (a range "Dec 2025 - Mar 2026", a list "Dec 2025, Mar 2026")."""
    words = text.split()
    text = " ".join(words)
    if len(words) > RUN_WORDS or not any(c.isdigit() for c in text):
        return []
    try:
        dates = parse_date_text(text).dates
    except CellParseError:
        return []
    phrases = [date_phrase(text, date) for date in dates]
    return phrases if len(phrases) >= MIN_RUN and " ".join(phrases) == text else []
