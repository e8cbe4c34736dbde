"""The part of a period a word before it names: "early 2026", "mid-June 2025", "late summer 2025".

A period stands for its deadline, its last day (``dates.py``).  A word before it narrows it to a third
of it, whose last day is then the deadline: ``early`` (also "beginning of", "start of") the first
third, ``mid`` ("middle of") the second, ``late`` the last.  A year's thirds are four months each
(early 2026 -> 30 April 2026, mid 2026 -> 31 August, late 2026 -> 31 December), a season's one month
each (late summer 2025 -> 31 August), a month's ten days and the rest (early June -> 10 June,
mid-June -> 20 June, late June -> 30 June).  "End of" names the period's own last day and changes
nothing.  The precision is the span the deadline ends: ``quarter`` for a third of a year (four months,
nearer a quarter than a year), ``month`` for a third of a season or of a month.
"""
from __future__ import annotations

import calendar
import datetime
import re

# A qualifier right before the period ("early", "mid-", "late", "the middle of", "the beginning of").
_PART_BEFORE = re.compile(
    r"\b(?:(early)|(mid|middle\s+of)|(late)|(?:beginning|start)\s+of)\s*-?\s*(?:the\s+)?$", re.I | re.A)
_THIRD_OF_MONTH = 10  # days: a month's first two thirds end on its 10th and its 20th


def part_before(text: str) -> int | None:
    """The third (0, 1 or 2) a qualifier at the end of ``text`` names; None when there is none."""
    match = _PART_BEFORE.search(text[-24:])
    if match is None:
        return None
    if match.group(2):
        return 1
    return 2 if match.group(3) else 0


def month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def part_end(first: datetime.date, last: datetime.date, part: int) -> datetime.date:
    """The last day of third ``part`` of the period from ``first`` to ``last`` (whole months): thirds by
    months for a period of three months or more, by days within a month."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if months >= 3:
        index = first.month - 1 + months * (part + 1) // 3 - 1  # months from January of the first year
        return month_end(first.year + index // 12, index % 12 + 1)
    return last if part == 2 else first.replace(day=_THIRD_OF_MONTH * (part + 1))


def part_precision(first: datetime.date, last: datetime.date) -> str:
    """The precision of a third of the period: a third of a year is ``quarter``, any shorter one ``month``."""
    return "quarter" if (last - first).days > 300 else "month"
