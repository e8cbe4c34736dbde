"""Where each line's text starts and ends in each column of a borderless table: the top, foot and
ends of its words there, whether the last word ends a sentence or a whole value and the first opens
one (``TextEnd``, ``TextStart``), and where each column's text wraps (``column_text_edges``).  The
row walk (``row_walk``) reads rows from these."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...lexicon import MONTH_HEAD, MONTHS, is_status_value
from .lines import Line, Word, unbreakable_width
from .runs import column_of, line_columns, spans_gutter

SENTENCE_END = re.compile(r"[.!?][\"')\u2019\u201d]*$")  # a word that ends a sentence ...
YEAR_END = re.compile(r"^(19|20)\d\d\.$")  # a year closing a sentence ("in May 2025."), too long for a label
NUMBERING = re.compile(r"^\(?[\d.]+[a-z]?[.)]?$", re.I)  # ... unless it is a number or a label ("10.", "3.1.")
# A value that never wraps onto the next line: a date ("14/05/2025", its year whole: not "31/08/202" / "5"), a
# number or a row label ("1a", "3.2"); one ending in a point may be the head of a longer label ("10." / "2a")
WHOLE_VALUE = re.compile(r"^(\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})|\(?\d+(\.\d+)*[a-z]?[.):]?)$", re.I)
# The head of a date a narrow column broke before its year ended: three digits of it ("31/08/202"), or, after
# slashes (which no section number uses: "1.2.3"), one or none ("31/08/2", "31/08/", "31/08" over "/2025")
CUT_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{3}$|^\d{1,2}/\d{1,2}(/\d?)?$")
DATE_TAIL = re.compile(r"^[/.-]\d{4}$")  # the year that ends a date broken at its separator ("/2025")
DAY_ORDINAL = re.compile(r"^(3[01]|[12]\d|0?[1-9])(st|nd|rd|th)$", re.I)  # a day of the month: "31st" of "31st October 2025"
# A date in words, whole: "Jun 2025", "31 March 2026", "1st Sept. 2025" (its month checked against ``MONTHS``)
WORDED_DATE = re.compile(rf"^(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+)?({MONTH_HEAD})\.?,?\s+(?:19|20)\d\d$", re.I)
# A month and a year in figures, whole ("Mar-26", "Jun/2026") or broken at its separator by a narrow column's
# edge ("Mar-" over "26": the head opens a whole value, as "31/08/202" does)
MONTH_YEAR = re.compile(rf"^({MONTH_HEAD})[-/](?:19|20)?\d\d$", re.I)
MONTH_YEAR_HEAD = re.compile(rf"^({MONTH_HEAD})[-/]$", re.I)
# A deadline's word before its date: "By 31/12/2025", "Before Jun 2026" (the date after it whole: one value)
DEADLINE_WORD = re.compile(r"^(by|before|until|due)$", re.I)
# A day and a month opening a line, the month perhaps broken at a narrow column's edge ("30 Septem" / "ber 2025")
DAY_MONTH = re.compile(rf"^(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s+({MONTH_HEAD})\b", re.I)


@dataclass(frozen=True)
class TextEnd:
    """Where a column's text ends on a line: its foot, the right end of its last word, and whether
    that word ends a sentence (a paragraph may end there however full the line)."""

    bottom: float
    right: float
    closes: bool = False
    name: bool = False  # the last word opens with a capital or a digit (a name, a date may end a cell there)
    value: bool = False  # the column's text on the line is one whole value (``WHOLE_VALUE``)
    piece: Word | None = None  # the column's one word on the line: a piece of a word broken at its edge?


@dataclass(frozen=True)
class TextStart:
    """Where a column's text starts on a line: its top, the width of its first word, and whether
    that word opens a sentence (a capital or a digit)."""

    top: float
    first_word: float
    opens: bool = False
    value: bool = False  # the first word opens a whole value (``opens_value``)


def words_by_column(line: Line, columns: list[float]) -> dict[int, list[Word]]:
    """The line's words in each of its columns."""
    words: dict[int, list[Word]] = {}
    for w in line.words:
        words.setdefault(column_of(w["x0"], columns), []).append(w)
    return words


def column_ends(line: Line, columns: list[float]) -> dict[int, TextEnd]:
    """Where the line's text ends in each of its columns."""
    out = {}
    for c, ws in words_by_column(line, columns).items():
        last = max(ws, key=lambda w: w["x1"])
        out[c] = TextEnd(max(w["bottom"] for w in ws), last["x1"], ends_sentence(last["text"]),
                         last["text"][:1].isupper() or last["text"][:1].isdigit(),
                         len(ws) == 1 and ends_value(last["text"]) or is_worded_date(ws) or is_deadline(ws)
                         or is_status_value(line_words_text(ws)),
                         last if len(ws) == 1 else None)
    return out


def ends_value(word: str) -> bool:
    """Whether a word alone on its line in a column ends one whole value: is one (not a label's head,
    "10."), or is the year closing a date broken at its separator ("01/04" / "/2025")."""
    return bool(WHOLE_VALUE.match(word)) and not word.endswith(".") or bool(DATE_TAIL.match(word))


def ends_sentence(word: str) -> bool:
    """Whether a word ends a sentence ("done.", "2019).", a year "2025."), not a label or number ("10.", "3.1.")."""
    return bool(SENTENCE_END.search(word)) and (not NUMBERING.match(word) or bool(YEAR_END.match(word)))


def column_starts(line: Line, columns: list[float]) -> dict[int, TextStart]:
    """Where the line's text starts in each of its columns (one line may join words of several
    columns whose baselines differ a little)."""
    out = {}
    for c, ws in words_by_column(line, columns).items():
        first = min(ws, key=lambda w: w["x0"])
        out[c] = TextStart(min(w["top"] for w in ws), unbreakable_width(first), first["text"][:1].isupper()
                           or first["text"][:1].isdigit(),
                           opens_value(first["text"]) or is_worded_date(ws) or opens_month_year(first["text"])
                           or is_deadline(ws) or is_status_value(line_words_text(ws)))
    return out


def line_words_text(words: list[Word]) -> str:
    """A column's words on a line, left to right, as text."""
    return " ".join(w["text"] for w in sorted(words, key=lambda w: w["x0"]))


def is_deadline(words: list[Word]) -> bool:
    """Whether a column's words on a line are a deadline's word and one whole date after it ("By
    31/12/2025", "Before Jun 2026"): a value that never wraps onto the next line, as the date alone."""
    ordered = sorted(words, key=lambda w: w["x0"])
    if len(ordered) < 2 or not DEADLINE_WORD.match(ordered[0]["text"]):
        return False
    rest = ordered[1:]
    return len(rest) == 1 and ends_value(rest[0]["text"]) and "/" in rest[0]["text"] or is_worded_date(rest)


def opens_value(word: str) -> bool:
    """Whether a word opens one whole value: is one, is a date whose year the column's edge broke
    (its last digit goes on under it, so the word alone never matches a whole date), or is the day
    opening a date written in words ("31st" of "31st October 2025"; a number's ordinal, as "30" of
    "30 June 2025" is a number)."""
    return bool(WHOLE_VALUE.match(word) or CUT_DATE.match(word) or DAY_ORDINAL.match(word))


def is_worded_date(words: list[Word]) -> bool:
    """Whether a column's words on a line are one whole date in words ("Jun 2025", "31 March 2026"):
    a value that never wraps onto the next line, as "14/05/2025" (two rows' dates one over the
    other in a column just that wide, where every line looks full)."""
    text = line_words_text(words)
    found = WORDED_DATE.match(text) or MONTH_YEAR.match(text)
    return bool(found) and is_month(found.group(1))


def opens_month_year(word: str) -> bool:
    """Whether a word opens a month and a year written short: whole ("Jun-26") or its head broken at
    the separator ("Mar-" over "26" in a narrow date column)."""
    found = MONTH_YEAR.match(word) or MONTH_YEAR_HEAD.match(word)
    return bool(found) and is_month(found.group(1))


def opens_date(text: str) -> bool:
    """Whether a cell's line opens with a day and a month ("31 May", "30 Septem" broken at the
    column's edge): a date, not an item numbered "31"."""
    found = DAY_MONTH.match(text)
    return bool(found) and is_month(found.group(1))


def is_month(word: str) -> bool:
    """Whether a word is a month's name or its head (three letters at least: "Sep", "Septem")."""
    return len(word) >= 3 and any(m.startswith(word.lower()) for m in MONTHS)


def next_column_starts(lines: list[Line], columns: list[float]) -> list[dict[int, TextStart]]:
    """For each line, where each column's text next starts, on that line or below it."""
    out: list[dict[int, TextStart]] = [{} for _ in lines]
    ahead: dict[int, TextStart] = {}
    for i in range(len(lines) - 1, -1, -1):
        ahead = {**ahead, **column_starts(lines[i], columns)}
        out[i] = ahead
    return out


def column_text_edges(lines: list[Line], columns: list[float]) -> tuple[float | None, ...]:
    """Where the text of each column ends (its wrap width): the furthest right end of its lines but
    one, as one line alone reaching further (a header's) says nothing of the width; None for a
    column of one line.  Lines that run across the columns (theme rows) are left out."""
    ends: list[list[float]] = [[] for _ in columns]
    for line in lines:
        if spans_gutter(line, columns):
            continue
        for c in line_columns(line, columns):
            ends[c].append(max(w["x1"] for w in line.words if column_of(w["x0"], columns) == c))
    return tuple(sorted(e, reverse=True)[1] if len(e) >= 2 else None for e in ends)
