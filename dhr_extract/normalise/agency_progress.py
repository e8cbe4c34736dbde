"""An action shared by several agencies whose progress cell reports each agency's in turn: a row per agency.

A plan may write an action that several agencies share once, the agencies on lines of the lead cell, and
report each agency's progress in the progress cell as a paragraph opened by its name and a colon
("Silverbeck Police: Complete. …" / "Silverbeck Borough Council: In progress. …").  Each agency's status is
its own, so the row stands for an action per agency, as a plan with agency sub-rows writes it:
``agency_progress_split`` rewrites it as a row per agency, the agency's name in the lead cell and its own
paragraph, the name left out, in the progress cell; the action's text is written on each row, the row's
other cells merged down over the rows after the first (read as the first row's, as any merged cell is).
Only where the names opening the paragraphs (at a line's or a sentence's start: a PDF may run two
paragraphs together) are the lead cell's text whole (a name a narrow column broke over two lines still
matches), two or more, and the cell opens with one: any other progress cell is read as written.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable, Row
from .headers import find_header

MAX_NAME_WORDS = 8  # an agency's name, never a sentence before a colon


def agency_parts(agency: str, progress: str) -> list[tuple[str, str]] | None:
    """(agency, its progress) for each paragraph of ``progress`` opened by a name of ``agency``'s cell and a
    colon (``name_marks``), when those names, two or more, make up the cell's text and the cell opens
    with one; else None."""
    flat = fold(agency)
    marks = name_marks(progress, flat)
    if len(marks) < 2 or marks[0][0] != 0:
        return None  # text before any agency's name: no report by agency
    names = [fold(progress[start:colon]) for start, colon in marks]
    if len(set(names)) != len(names) or not covers(flat, names):
        return None
    ends = [start for start, _ in marks[1:]] + [len(progress)]
    return [(" ".join(progress[start:colon].split()), progress[colon + 1:end].strip())
            for (start, colon), end in zip(marks, ends)]


def name_marks(text: str, flat: str) -> list[tuple[int, int]]:
    """Where each name of an agency's cell (``flat``: its text folded) opens a paragraph of ``text`` with a
    colon: (the name's start, the colon's position), the longest name ending at each colon that starts
    the text, a line or a sentence."""
    marks: list[tuple[int, int]] = []
    for colon in (m.start() for m in re.finditer(":", text)):
        before = text[:colon]
        starts = [m.end() for m in re.finditer(r"(?:^|\n|[.!?]\s+)", before)]
        for start in starts:  # earliest first: the longest name
            name = before[start:]
            if name.strip() and len(name.split()) <= MAX_NAME_WORDS and fold(name) and fold(name) in flat:
                marks.append((start, colon))
                break
    return marks


def fold(text: str) -> str:
    """Letters and digits only, lower case: a name as written over one line or two."""
    return re.sub(r"[\W_]+", "", text).lower()


def covers(flat: str, names: list[str]) -> bool:
    """Whether the names, each taken out of the folded cell once, leave nothing of it."""
    for name in sorted(names, key=len, reverse=True):
        if name not in flat:
            return False
        flat = flat.replace(name, "", 1)
    return not flat


def agency_rows(row: Row, agency: int, progress: int, actions: list[int]) -> list[Row]:
    """The row as a row per agency (see the module), or as it is; the action's own text (``actions``: its
    columns) is written on each, as each agency's action."""
    cells = row.cells
    if max(agency, progress) >= len(cells) or cells[agency].span or cells[progress].span:
        return [row]
    parts = agency_parts(cells[agency].text, cells[progress].text)
    if parts is None:
        return [row]
    rows = []
    for k, (name, text) in enumerate(parts):
        own = [c if k == 0 or i in actions or not (c.text.strip() or c.span) else Cell("", "above")
               for i, c in enumerate(cells)]
        own[agency], own[progress] = replace(cells[agency], text=name), replace(cells[progress], text=text)
        rows.append(replace(row, cells=tuple(own)))
    return rows


def agency_progress_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each row of an action shared by agencies that reports each one's progress in turn made a
    row per agency (see the module)."""
    out: list[RawTable] = []
    for table in tables:
        header = find_header(table)
        agency = header.first("agency") if header is not None else None
        progress = header.first("progress") if header is not None else None
        if header is None or agency is None or progress is None:
            out.append(table)
            continue
        rows = [split for k, row in enumerate(table.rows)
                for split in (agency_rows(row, agency, progress, header.columns("action")) if k >= header.n_rows
                              else [row])]
        out.append(replace(table, rows=tuple(rows)) if len(rows) != len(table.rows) else table)
    return out
