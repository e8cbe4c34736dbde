"""A column whose header names the lead agency and the target date ("Lead and timescale", "Owner and
deadline", "Timescale / lead").

Such a plan has no column of its own for either: each cell names the agency (often set in bold), then the
date on its own line ("Kestlebury Police" / "End of March 2026").  A PDF may run the two lines together
("Kestlebury Police End of March 2026").  The column is read as two, an agency column and a target column,
each cell cut where its date begins: the first date it writes, with the words leading into it ("End of",
"By the end of", "No later than").  A header naming the target first ("Timescale and lead") cuts each cell
where its first date ends.  A cell writing no date is the agency when it reads as one, else the target.
A dash may join the two on one line ("Lead – by when": "Rookfield Police – March 2026"): it is neither's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, CellParseError, RawTable
from .combined_column import body_start, column_made_two, split_tables_and_pages, two_role_header
from .date_phrases import date_phrase
from .dates import parse_date_text
from .headers import Header
from .labels import looks_like_agency

# Words leading into a date that belong to the target, not the agency before it ("End of", "By the end of").
LEAD_IN = re.compile(r"^(?:by|the|end|of|before|until|till|from|during|in|no|later|than|early|mid|late"
                     r"|beginning|start|w/c|week|commencing|on)$", re.IGNORECASE)


def lead_target_names(text: str) -> tuple[str, str, bool] | None:
    """The agency's and the target's names of a header naming both, and whether the agency comes first;
    else None."""
    names = two_role_header(text, "agency", "target")
    if names is not None:
        return names[0], names[1], True
    names = two_role_header(text, "target", "agency")
    return (names[1], names[0], False) if names is not None else None


def lead_target_column(header: Header) -> tuple[int, bool] | None:
    """The header's agency-and-target column and whether it names the agency first, unless the table has a
    column of its own for either."""
    for i, text in enumerate(header.texts):
        names = lead_target_names(text)
        if names is not None and not any(j != i for role in ("agency", "target") for j in header.columns(role)):
            return i, names[2]
    return None


def date_span(words: list[str]) -> tuple[int, int] | None:
    """The word positions [start, end) of the first date ``words`` write, the words leading into it
    included; None where they write no date."""
    try:
        dates = parse_date_text(" ".join(words)).dates
        phrase = date_phrase(" ".join(words), dates[0]).split() if dates else []
    except CellParseError:  # a date the calendar cannot hold: read as no date
        return None
    if not phrase:
        return None
    size = len(phrase)
    start = next((k for k in range(len(words) - size + 1)
                  if [w.strip(" ,;:.()[]\u2013-") for w in words[k:k + size]] == phrase), None)
    if start is None:
        return None
    while start > 0 and LEAD_IN.match(words[start - 1]):
        start -= 1
    return start, start + size


def agency_and_target(text: str, agency_first: bool = True) -> tuple[str, str]:
    """(agency, target) of a cell of an agency-and-target column, cut where its date begins (or, the
    target written first, where it ends)."""
    words = text.split()
    span = date_span(words)
    if span is None:
        flat = " ".join(words)
        return (flat, "") if looks_like_agency(flat) else ("", flat)
    if agency_first:
        return unjoined(words[:span[0]]), unjoined(words[span[0]:])
    return unjoined(words[span[1]:]), unjoined(words[:span[1]])


def unjoined(words: list[str]) -> str:
    """The words of one part of the cell, less a dash or comma joining it to the other ("Rookfield Police –
    March 2026")."""
    return " ".join(words).strip(" ,;\u2013\u2014-")


def split_cell(cell: Cell, agency_first: bool) -> tuple[Cell, Cell]:
    """A body cell as its agency's cell and its target's (a merged position stays merged in both)."""
    if cell.span or not cell.text.strip():
        return cell, cell
    agency, target = agency_and_target(cell.text, agency_first)
    return replace(cell, text=agency, span=""), replace(cell, text=target, span="")


def split_header_cell(cell: Cell) -> tuple[Cell, Cell]:
    """A header row's cell: the combined name as its two names (the agency's first), any other cell spanning
    the new column."""
    names = lead_target_names(cell.text)
    if names is None:
        return cell, Cell("", "above" if cell.span == "above" else "left")
    return Cell(names[0]), Cell(names[1])


def lead_target_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each agency-and-target column read as an agency column and a target column; a table with
    no header right after one so read (the same table on its next page) is read alike."""
    def split(table: RawTable, header: Header | None, found: tuple[int, bool]) -> RawTable:
        column, agency_first = found

        def pair_of(cell: Cell, in_header: bool) -> tuple[Cell, Cell]:
            return split_header_cell(cell) if in_header else split_cell(cell, agency_first)
        return column_made_two(table, column, body_start(header), pair_of)
    return split_tables_and_pages(tables, lambda table, header: lead_target_column(header), split)
