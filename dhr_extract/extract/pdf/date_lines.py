"""A run of dates a narrow column wrapped: one date a line.

A plan that lists an action's dates a line each ("Dec 2025" / "Mar 2026", one per action written beside
them) prints its date column only as wide as its widest date, so each date fills its line and nothing
would have fitted after it: the break between two dates cannot be told from a wrap by the room left
(``lines.opens_paragraph``), and the dates run together ("Dec 2025 Mar 2026").  Where the line breaks
fall tells them apart: an author who wrote the dates on one line has them share a line ("June 2014 April
2015"), while dates a line each end where a line ends, each of them, however narrow the column wrapped
them ("Dec" / "2025" / "Mar" / "2026").  A paragraph that is only a run of dates, every date ending at
the end of a line, keeps a line break between its dates.
"""
from __future__ import annotations

from itertools import accumulate

from ...normalise.date_phrases import RUN_WORDS, date_run


def dates_a_line(paragraphs: list[str], lines: list[str]) -> list[str]:
    """The cell's paragraphs, each that is a run of dates ending at line ends made a paragraph a date
    (``date_lines``); ``lines`` are the cell's lines in order, the paragraphs joined from them."""
    out: list[str] = []
    k = 0
    for paragraph in paragraphs:
        taken: list[str] = []
        length = -1  # of the taken lines joined by spaces
        while k < len(lines) and length < len(paragraph):
            taken.append(lines[k])
            length += len(lines[k]) + 1
            k += 1
        out.extend(date_lines(paragraph, taken))
    return out


def date_lines(paragraph: str, lines: list[str]) -> list[str]:
    """A paragraph joined from ``lines`` as its dates, one a line, where it is a run of dates (``date_run``)
    whose every date ends where one of the lines ends; else the paragraph as it is."""
    if len(lines) < 2 or len(lines) > RUN_WORDS or " ".join(lines) != paragraph:
        return [paragraph]
    dates = date_run(paragraph)
    line_ends = set(accumulate(len(line) + 1 for line in lines))  # offsets after each line and its space
    if not dates or any(end not in line_ends for end in accumulate(len(date) + 1 for date in dates[:-1])):
        return [paragraph]
    return dates
