"""Read the target-date / timescale cells of DHR action plans.

Plans write deadlines every way a person can: ``31st December 2014``, ``31 st March
2015`` (Word superscripts flattened by the PDF export), ``Dec-18``, ``December 14``
(= December 2014), ``31.12.18``, ``Q2 2020/21`` (UK financial quarter), ``2014/15``,
several dates in one cell, or words instead of a date (``Ongoing``, ``TBC``).

Everything here is deliberately stdlib-only and deterministic: general-purpose date
parsers (dateutil, dateparser) fill missing parts from *today*, which silently turns
``31st March`` into a date that depends on when the pipeline ran.  Here a missing
year comes only from the caller's ``default_year`` (see :func:`plan_years`) and is
flagged with ``year_inferred``.

Conventions:
- UK day-first, always (``04/05/2014`` is 4 May).
- A period stands for its deadline, its LAST day (``October 2014`` -> 2014-10-31).
- Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx.
- ``Q1``-``Q4`` with a financial year (``2020/21``) are UK financial quarters
  (April-March: Q1 = Apr-Jun ... Q4 = Jan-Mar of the second year); with a single
  year (``Q2 2020``) they are calendar quarters, the literal reading.
- Seasons (``Summer 2015``) end with their last month and have precision ``quarter``;
  winter runs from December of the year named (``Winter 2025/26`` ends in February 2026).
- ``early`` / ``mid`` / ``late`` before a period name a third of it (``date_parts.py``):
  ``Early 2026`` -> 2026-04-30, ``Mid-June 2025`` -> 2025-06-20; ``End of`` changes nothing.
- A recurrence (``Annually from April 2015``) stays kind ``recurring`` even when it
  names a first date on the same line; ``Ongoing`` / ``Completed`` beside a date do not
  change kind ``date``.
"""
from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable

from ..model import CellParseError, TargetKind
from .date_parts import part_before, part_end, part_precision

__all__ = ["ParsedDate", "parse_date_text", "plan_years", "undated", "PRECISIONS",
           "KINDS"]

PRECISIONS = ("day", "month", "quarter", "year", "")
KINDS = tuple(TargetKind)


@dataclass(frozen=True)
class ParsedDate:
    text: str  # as written
    date: datetime.date | None  # the deadline: LAST day of the named period; latest if several
    dates: tuple[datetime.date, ...]  # every date named, in order of appearance
    precision: str  # day | month | quarter | year | ''   (precision of `date`)
    kind: TargetKind
    year_inferred: bool  # some date's year was not in the text and came from `default_year`


# re.ASCII: `\d` must mean [0-9] only (int() accepts Arabic-Indic or fullwidth digits,
# which would create dates whose year is not visibly in the text), and IGNORECASE must
# not fold exotic letters (Kelvin sign, long s) onto month names.
_F = re.IGNORECASE | re.ASCII

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NUM = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_ORD = r"(?:st|nd|rd|th)"
# A two-digit year must not really be a day ("March 21st"), a time ("Dec 10.30")
# or part of a fraction / longer number ("May 24/7").
_YY = r"(\d{2})(?![\d/:]|\.\d|\s*" + _ORD + r"\b)"
_YYYY = r"(\d{4})(?!\d)"

# Numbers glued to these are not dates: "v3.1", "99.97%", "#2015", "£2000".
_NUM_BEFORE = r"(?<![\d.,/£$€#:])"

_RE_ISO = re.compile(r"(?<![\d./-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d%]|[./-]\d)", _F)
# Same separator twice so that "6.1.1"-style paragraph numbers and "1/2-3" do not match.
_RE_DMY = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d%]|[./-]\d)", _F)
_RE_MY_NUM = re.compile(r"(?<![\d./-])(0?[1-9]|1[0-2])/(\d{4})(?![\d%]|[./]\d)", _F)  # "06/2015"
_RE_Q_FY = re.compile(
    r"\b(?:Q|quarter\s*)([1-4])\b\s*(?:of\s+|in\s+|,\s*|\(\s*)?(?:FY\s*)?"
    r"(\d{4}|\d{2})\s*[/-]\s*(\d{4}|\d{2})(?![\d%])", _F)
_RE_FY_Q = re.compile(
    r"(?<![\d./])(\d{4})\s*[/-]\s*(\d{4}|\d{2})(?!\d)\s*[,(:-]?\s*(?:Q|quarter\s*)([1-4])\b", _F)
_RE_Q_CAL = re.compile(
    r"\b(?:Q|quarter\s*)([1-4])\b\s*(?:of\s+|in\s+|,\s*|\(\s*)?" + _YYYY + r"(?![/.]\d)", _F)
_RE_DAY_MONTH = re.compile(
    _NUM_BEFORE + r"\b(\d{1,2})\s*" + _ORD + r"?\s*(?:of\s+)?[-.]?\s*(" + _MONTH + r")\b\.?"
    r"(?:\s*[-,.'\u2019/]?\s*(?:" + _YYYY + r"|'?" + _YY + r"))?", _F)
# "March 31st 2015", "March 31, 2015", "March 31st": month-first with a marked day.
# Without an ordinal or a following 4-digit year, "December 14" is a month and a
# two-digit year (the plans' usage), handled by _RE_MONTH_YEAR.
_RE_MONTH_DAY = re.compile(
    r"\b(" + _MONTH + r")\b\.?\s+(\d{1,2})(?:\s*(" + _ORD + r")\b|\b(?=,?\s+\d{4}(?!\d)))"
    r"(?:,?\s+" + _YYYY + r")?", _F)
_RE_MONTH_RANGE = re.compile(
    r"\b(" + _MONTH + r")\b\.?\s*(?:-|/|&|\band\b|\bto\b|\bor\b)\s*(" + _MONTH + r")\b\.?"
    r"\s*[-,'\u2019]?\s*(?:" + _YYYY + r"|" + _YY + r")", _F)
_RE_MONTH_YEAR = re.compile(
    r"\b(" + _MONTH + r")\b\.?\s*(?:of\s+)?[-/,'\u2019.]?\s*(?:" + _YYYY + r"|" + _YY + r")", _F)
_RE_SEASON = re.compile(r"\b(spring|summer|autumn|winter)\s+(?:of\s+|term\s+)?" + _YYYY
                        + r"(?:\s*[/-]\s*(\d{4}|\d{2})(?![\d%]|[./]\d))?", _F)
_RE_FY = re.compile(r"(?<![\d./])(\d{4})\s*[/-]\s*(\d{4}|\d{2})(?![\d%]|[./]\d)", _F)
_RE_YEAR = re.compile(r"(?<![\d.,/£$€#:])(19[7-9]\d|20[0-6]\d)(?![\d%]|[.,/]\d)", _F)
_RE_DM_NUM = re.compile(r"(?<![\d./-])(\d{2})/(\d{2})(?![\d%]|[./]\d)", _F)
_RE_BARE_MONTH = re.compile(r"\b(" + _MONTH + r")\b", _F)
# "May" and "March" are also English words; a bare month needs a preposition before it.
_RE_MONTH_PREP = re.compile(r"(?:\bby|\bin|\bof|\buntil|\btill|\bbefore|\bfrom|\bduring|\bmid|\bearly|\blate"
                            r"|\bend|\bbeginning|\bstart)\s*-?\s*$", _F)
_RE_EACH_YEAR = re.compile(r"^\s*(?:each|every)\s+year|^\s*annually", _F)

# Season -> its first month (spring = Mar-May ...; winter = Dec of the year named to Feb of the next).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}

# Whole-cell "no date" markers (after stripping dashes, dots, spaces).
_RE_NONE = re.compile(r"n\s*/\s*a|n\.?\s?a\.?|none|nil|not\s+applicable|no\s+date|", _F)
_RE_TBC = re.compile(r"\bt\.?\s?b\.?\s?[cad]\b\.?|\bto\s+be\s+(?:confirmed|agreed|determined|decided|arranged|set)\b", _F)
_RE_IMMEDIATE = re.compile(r"\bimmediate(?:ly)?\b|^\s*now\s*\.?$|\bwith\s+immediate\s+effect\b|\basap\b"
                           r"|\bas\s+soon\s+as\s+possible\b", _F)
_RE_RECURRING = re.compile(
    r"\b(?:each|every)\s+(?:year|month|quarter|week|term|\d+\s+(?:months|weeks|years))\b"
    r"|\b(?:bi-?)?annual(?:ly)?\b|\bquarterly\b|\bmonthly\b|\bweekly\b|\byearly\b"
    r"|\bsix[\s-]monthly\b|\bper\s+(?:year|annum)\b", _F)
_RE_ONGOING = re.compile(r"\bon[\s-]?going\b|\bcontinu(?:ous|al)(?:ly)?\b|\bcontinuing\b|\brolling\b", _F)
_RE_COMPLETE = re.compile(r"\b(?:complete[d]?|achieved|done|in\s+place)\b", _F)
# A completion word that is a plan, not a fact: "to be completed", "not complete".
_RE_COMPLETE_NEG = re.compile(
    r"(?:\bnot|n't|\bto|\bwill|\bshould|\bmust|\bbeing|\bonce|\bwhen|\buntil|\bbe|\bin)\s+"
    r"(?:yet\s+)?(?:be\s+)?(?:been\s+)?(?:fully\s+)?$",
    _F)

_SUPERSCRIPTS = str.maketrans({"\u02e2": "s", "\u1d57": "t", "\u207f": "n", "\u1d48": "d", "\u02b3": "r",
                               "\u02b0": "h"})


def _yy(two: str) -> int:
    """Two-digit year pivot: 00-69 -> 2000s, 70-99 -> 1900s."""
    n = int(two)
    return 2000 + n if n < 70 else 1900 + n


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _month(word: str) -> int:
    return _MONTH_NUM[word[:3].lower()]


def _valid_year(year: int) -> bool:
    # Deadlines in DHR plans (2011 onwards) are never centuries away; guards against
    # "01/01/0001"-type noise and keeps datetime happy.
    return 1900 <= year <= 2099


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day) if _valid_year(year) else None
    except ValueError:  # 31/02/2019 and friends: written, but not a date
        return None


def _fy_start(first: str, second: str) -> int | None:
    """Start year of a financial year written `first/second` (2014/15, 2014-2015, 14/15)."""
    start = int(first) if len(first) == 4 else _yy(first)
    end = int(second) if len(second) == 4 else None
    if end is None:
        # Only consecutive years form a financial year: "2014/15" yes, "2014/16" no.
        return start if (start + 1) % 100 == int(second) else None
    return start if end == start + 1 else None


def _normalise(text: str) -> str:
    text = re.sub(r"</?\s*su[pb]\s*>", "", text, flags=_F)  # HTML-exported superscripts
    text = text.translate(_SUPERSCRIPTS)
    # Unicode dashes and odd spaces to their plain forms; keeps the regexes small.
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\t\r\f\v]", " ", text)
    # Whitespace runs collapsed: keeps every `\s*` in the patterns short (no quadratic
    # backtracking on a cell of 10,000 spaces).
    text = re.sub(r" {2,}", " ", text)
    text = re.sub(r" ?\n\s*", "\n", text)
    # "31 st March": PDF export separates the superscript ordinal from its number.
    text = re.sub(r"(?<![\d.])(\d{1,2}) (st|nd|rd|th)\b", r"\1\2", text, flags=_F)
    return text


# One found date: (position, date, precision, year_inferred).
_Found = tuple[int, datetime.date, str, bool]


class _Scanner:
    """Finds date expressions, most specific pattern first; a span once claimed
    (even by an invalid date such as 31/02/2019) is not re-read by a looser pattern,
    so "31/02/2019" does not decay into the year 2019."""

    def __init__(self, text: str, default_year: int | None) -> None:
        self.text = text
        self.default_year = default_year
        self.taken = bytearray(len(text) + 1)  # 1 where a pattern already claimed the char
        self.found: list[_Found] = []

    def free(self, m: re.Match[str]) -> bool:
        s, e = m.span()
        return not any(self.taken[s:e])

    def claim(self, m: re.Match[str]) -> None:
        s, e = m.span()
        self.taken[s:e] = b"\x01" * (e - s)

    def add(self, pos: int, date: datetime.date | None, precision: str, inferred: bool = False) -> None:
        if date is not None:
            self.found.append((pos, date, precision, inferred))

    def each(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        for m in pattern.finditer(self.text):
            if self.free(m):
                yield m

    def run(self) -> None:
        steps: list[tuple[re.Pattern[str], Callable[[re.Match[str]], None]]] = [
            (_RE_ISO, self._iso), (_RE_DMY, self._dmy), (_RE_MY_NUM, self._month_number_year),
            (_RE_Q_FY, self._quarter_of_fy), (_RE_FY_Q, self._fy_then_quarter), (_RE_Q_CAL, self._calendar_quarter),
            (_RE_DAY_MONTH, self._day_first), (_RE_MONTH_DAY, self._month_first), (_RE_MONTH_RANGE, self._month_range),
            (_RE_MONTH_YEAR, self._month_year), (_RE_SEASON, self._season), (_RE_FY, self._financial_year),
            (_RE_YEAR, self._year),
        ]
        # Without a plan year, year-less dates stay undated (never today's year).
        if self.default_year is not None and _valid_year(self.default_year):
            steps += [(_RE_DM_NUM, self._day_month_numbers), (_RE_BARE_MONTH, self._bare_month)]
        for pattern, read in steps:  # most specific first
            for m in self.each(pattern):
                read(m)

    def _iso(self, m: re.Match[str]) -> None:
        self.claim(m)
        self.add(m.start(), _day(int(m[1]), int(m[2]), int(m[3])), "day")

    def _dmy(self, m: re.Match[str]) -> None:
        self.claim(m)
        year = int(m[4]) if len(m[4]) == 4 else _yy(m[4])
        self.add(m.start(), _day(year, int(m[3]), int(m[1])), "day")

    def _month_number_year(self, m: re.Match[str]) -> None:
        self.claim(m)
        year = int(m[2])
        self.add(m.start(), _month_end(year, int(m[1])) if _valid_year(year) else None, "month")

    def _period(self, pos: int, year: int, first_month: int, months: int, precision: str) -> None:
        """A period of ``months`` whole months from ``first_month`` of ``year``: its last day, or the last
        day of the third of it a word before it names ("early 2026", "mid-June", ``date_parts``)."""
        last_year, last_month = divmod(first_month - 1 + months - 1, 12)
        if not (_valid_year(year) and _valid_year(year + last_year)):
            return
        first, last = datetime.date(year, first_month, 1), _month_end(year + last_year, last_month + 1)
        part = part_before(self.text[:pos])
        if part is None:
            self.add(pos, last, precision)
        else:
            self.add(pos, part_end(first, last, part), part_precision(first, last))

    def _quarter_of_fy(self, m: re.Match[str]) -> None:
        start = _fy_start(m[2], m[3])
        if start is not None:
            self.claim(m)
            self.add(m.start(), self._fiscal_quarter(start, int(m[1])), "quarter")

    def _fy_then_quarter(self, m: re.Match[str]) -> None:
        start = _fy_start(m[1], m[2])
        if start is not None:
            self.claim(m)
            self.add(m.start(), self._fiscal_quarter(start, int(m[3])), "quarter")

    def _calendar_quarter(self, m: re.Match[str]) -> None:
        self.claim(m)
        year = int(m[2])
        self.add(m.start(), _month_end(year, 3 * int(m[1])) if _valid_year(year) else None, "quarter")

    def _day_first(self, m: re.Match[str]) -> None:
        self.claim(m)
        self._day_month(m.start(), int(m[1]), _month(m[2]), m[3], m[4])

    def _month_first(self, m: re.Match[str]) -> None:
        self.claim(m)
        self._day_month(m.start(), int(m[2]), _month(m[1]), m[4], None)

    def _month_range(self, m: re.Match[str]) -> None:
        self.claim(m)
        year = int(m[3]) if m[3] else _yy(m[4])
        first, last = _month(m[1]), _month(m[2])
        if _valid_year(year):
            if first <= last:  # "Dec - Jan 2016" would need the year before: keep only the end
                self.add(m.start(), _month_end(year, first), "month")
            self.add(m.start(2), _month_end(year, last), "month")

    def _month_year(self, m: re.Match[str]) -> None:
        self.claim(m)
        self._period(m.start(), int(m[2]) if m[2] else _yy(m[3]), _month(m[1]), 1, "month")

    def _season(self, m: re.Match[str]) -> None:
        """Spring, summer, autumn of a year; winter from December of the year named ("winter 2025/26" too)."""
        year = int(m[2])
        if m[3] and (m[1].lower() != "winter" or _fy_start(m[2], m[3]) is None):
            return  # "summer 2025/26" is no season of one year: the financial year reads it
        self.claim(m)
        self._period(m.start(), year, _SEASON_START[m[1].lower()], 3, "quarter")

    def _financial_year(self, m: re.Match[str]) -> None:
        start = _fy_start(m[1], m[2])
        if start is not None:  # financial year ends 31 March of its second year
            self.claim(m)
            self.add(m.start(), _day(start + 1, 3, 31), "year")

    def _year(self, m: re.Match[str]) -> None:
        self.claim(m)
        self._period(m.start(), int(m[1]), 1, 12, "year")

    def _day_month_numbers(self, m: re.Match[str]) -> None:
        assert self.default_year is not None  # only run with a plan year
        self.claim(m)
        self.add(m.start(), _day(self.default_year, int(m[2]), int(m[1])), "day", True)

    def _bare_month(self, m: re.Match[str]) -> None:
        assert self.default_year is not None  # only run with a plan year
        word = m[1]
        if _RE_EACH_YEAR.match(self.text[m.end():]):
            return  # "April each year" is a recurrence, not a deadline
        before = self.text[max(0, m.start() - 20):m.start()]
        if (word.lower() in ("may", "march", "mar") or not word[0].isupper()) and not _RE_MONTH_PREP.search(before):
            return  # "this may be sooner"
        self.claim(m)
        part = part_before(self.text[:m.start()])
        last = _month_end(self.default_year, _month(word))
        self.add(m.start(), last if part is None else part_end(last.replace(day=1), last, part), "month", True)

    def _fiscal_quarter(self, start: int, quarter: int) -> datetime.date | None:
        # UK financial year: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec (all `start`), Q4 Jan-Mar (start + 1).
        if quarter == 4:
            return _month_end(start + 1, 3) if _valid_year(start + 1) else None
        return _month_end(start, 3 + 3 * quarter) if _valid_year(start) else None

    def _day_month(self, pos: int, day: int, month: int, yyyy: str | None, yy: str | None) -> None:
        if yyyy:
            self.add(pos, _day(int(yyyy), month, day), "day")
        elif yy:
            self.add(pos, _day(_yy(yy), month, day), "day")
        elif self.default_year is not None:
            self.add(pos, _day(self.default_year, month, day), "day", True)


PRECISION_RANK = {"day": 0, "month": 1, "quarter": 2, "year": 3}


def _kind(text: str, date_positions: list[int]) -> TargetKind:
    if date_positions:
        # A recurrence keeps its kind with a first date on the same line ("Annually from
        # April 2015"); in a multi-line cell, one sub-item "f) April each year" does not
        # make the dated others recurring.  "Ongoing"/"Completed" beside a date are
        # commentary on it.
        for m in _RE_RECURRING.finditer(text):
            line_start, line_end = text.rfind("\n", 0, m.start()), text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            if any(line_start < pos < line_end for pos in date_positions):
                return TargetKind.RECURRING
        return TargetKind.DATE
    if _RE_NONE.fullmatch(text.strip(" \n-_.?")):
        return TargetKind.NONE
    for m in _RE_COMPLETE.finditer(text):
        if not _RE_COMPLETE_NEG.search(text[max(0, m.start() - 20):m.start()]):
            return TargetKind.COMPLETE
    if _RE_IMMEDIATE.search(text):
        return TargetKind.IMMEDIATE
    if _RE_RECURRING.search(text):
        return TargetKind.RECURRING
    if _RE_ONGOING.search(text):
        return TargetKind.ONGOING
    if _RE_TBC.search(text):
        return TargetKind.TBC
    return TargetKind.OTHER


def _parse(text: str, default_year: int | None) -> ParsedDate:
    norm = _normalise(text)
    scanner = _Scanner(norm, default_year)
    scanner.run()
    found = sorted(scanner.found, key=lambda f: f[0])  # order of appearance
    dates = tuple(f[1] for f in found)
    if not found:
        return ParsedDate(text, None, (), "", _kind(norm, []), False)
    # Latest date; on a tie the most precise reading of it.
    best = min(found, key=lambda f: (-f[1].toordinal(), PRECISION_RANK[f[2]]))
    return ParsedDate(text, best[1], dates, best[2], _kind(norm, [f[0] for f in found]), any(f[3] for f in found))


def parse_date_text(text: str, default_year: int | None = None) -> ParsedDate:
    """Parse a target-date cell: words that name no date are kind ``other``.  Raises ``CellParseError``
    only when the calendar refuses numbers a pattern let through (a gap in the guards above)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if default_year is not None and not isinstance(default_year, int):
        default_year = None
    try:
        return _parse(text, default_year)
    except (ValueError, OverflowError) as exc:  # from datetime / calendar
        raise CellParseError(f"date not understood ({exc}): {text[:80]!r}") from exc


def undated(text: str) -> ParsedDate:
    """The reading of a cell that could not be interpreted: no date, kind ``other``."""
    return ParsedDate(text, None, (), "", TargetKind.OTHER, False)


def plan_years(texts: Iterable[str]) -> int | None:
    """The most common explicit 4-digit year across a plan's texts (ties: the later
    year), to pass as ``default_year`` when a cell says only "31st March"."""
    counts: Counter[int] = Counter()
    for text in texts:
        if isinstance(text, str):
            counts.update(int(m[1]) for m in _RE_YEAR.finditer(_normalise(text)))
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]
