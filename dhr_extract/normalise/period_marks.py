"""Target shown by a mark in one of several period columns, Gantt-style ("Q1 | Q2 | Q3 | Q4" under a
grouped "2025/26" header): each row marks the period its action is due in.

Two or more side-by-side columns, each headed by a period (a quarter, a month, a year), whose cells hold
nothing but a mark are read as one Target column: the first of them takes, in each row, the heading of the
column marked in it, with the year of a group heading over the periods ("Q2 2025/26"); the others are
emptied.  The periods may be a header row of their own under the group (a Word table's second header row
the header reader leaves as data: the row is dropped) or the last line of each column's heading.  Read the
same way as status marks (``status_marks``); a plan with its own target column keeps it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import RawTable, Row
from .headers import Header, find_header
from .status_marks import mark_columns, marks_read, named_column

_MONTHS = r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
YEAR = r"(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?"  # 2025, 2025/26, FY 2025-2026
PERIOD = re.compile(rf"^(?:Q[1-4]|quarter\s*[1-4]|{_MONTHS}|{YEAR})$", re.I)
GROUP_YEAR = re.compile(rf"^{YEAR}$", re.I)
LEADING_YEAR = re.compile(rf"^({YEAR})\s+(\S.*)$", re.I)


def period_word(text: str) -> str:
    """The period a column heading names ("Q1", "Q 1" cut by a narrow PDF column, "June"); '' for any other."""
    word = text.strip()
    unspaced = word.replace(" ", "")
    return word if PERIOD.match(word) else unspaced if PERIOD.match(unspaced) else ""


def group_year(text: str) -> str:
    """The year a group heading over the periods names ("2025/26"); '' for any other heading."""
    last = text.strip().split("\n")[-1].strip()
    return last if GROUP_YEAR.match(last) else ""


def dated(period: str, group: str) -> str:
    """A period with its group's year, unless it is a year itself or has none."""
    return f"{period} {group}" if group and not GROUP_YEAR.match(period) else period


def heading_period(text: str) -> tuple[str, str]:
    """(year, period) a column heading names: the period on its last line, the year on the line above or
    before it on the same line (a PDF reads a group heading and its first sub-heading as one cell,
    "2025/26 Q1"), or on its lines read as one where a narrow column wrapped the period itself ("Q" over
    "1"); ('', '') for a heading that names no period."""
    lines = text.strip().split("\n")
    found = last_line_period(lines[-1].strip(), lines[:-1])
    if found[1] or len(lines) < 2:
        return found
    return last_line_period(" ".join(line.strip() for line in lines), [])


def last_line_period(last: str, above: list[str]) -> tuple[str, str]:
    """(year, period) a heading's last line names, the year from the lines ``above`` it or before the period."""
    if period_word(last):
        return group_year("\n".join(above)), period_word(last)
    match = LEADING_YEAR.match(last)
    word = period_word(match.group(2)) if match else ""
    return (match.group(1), word) if match and word and not GROUP_YEAR.match(word) else ("", "")


def heading_periods(header: Header) -> list[str]:
    """Each column's period from its heading, with the year of the group heading over it: a year stated
    over the first of side-by-side period columns holds for those after it that state none."""
    words, year = [], ""
    for text in header.texts:
        own, word = heading_period(text)
        year = (own or year) if word else ""
        words.append(dated(word, year) if word else "")
    return words


def row_periods(header: Header, row: Row) -> list[str]:
    """Each column's period from a row of period headings under the header (every other cell empty or
    merged from above), with the group heading's year; all '' when the row is no such row."""
    words = [period_word(c.text) if not c.span else "" for c in row.cells]
    others_empty = all(w or c.span or not c.text.strip() for w, c in zip(words, row.cells))
    if not others_empty:
        return [""] * len(words)
    return [dated(w, group_year(header.texts[i])) if w and i < len(header.texts) else w for i, w in enumerate(words)]


def period_marks_read(table: RawTable) -> RawTable:
    """The table with its period-mark columns read as one Target column (unchanged when it has none)."""
    header = find_header(table)
    if header is None or header.first("target") is not None:
        return table
    start = header.first_row + header.n_rows
    rows = list(table.rows)
    words, body = heading_periods(header), start
    run = mark_columns(words, table.rows[start:])
    if not run and start < len(rows):
        words, body = row_periods(header, rows[start]), start + 1
        run = mark_columns(words, table.rows[body:])
    if not run:
        return table
    rows = marks_read(rows, body, run, [words[i] for i in run])
    rows[start - 1] = named_column(rows[start - 1], run, "Target")
    if body > start:
        del rows[start]  # the period row: a second header row, now read into the marked column
    return replace(table, rows=tuple(rows))


def period_marks_split(tables: list[RawTable]) -> list[RawTable]:
    return [period_marks_read(t) for t in tables]
