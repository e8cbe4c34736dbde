"""The lead agency shown by a mark in one of several agency columns ("Police | Health Board | Council" under
a grouped "Lead (✓)" header): each row ticks the column of the agency that leads its action.

Two or more side-by-side columns, each headed by a name (no column role), whose cells hold nothing but a
mark (``marks``), are read as one agency column when the plan says they name agencies: a group heading
over them names the lead-agency role ("Lead", "Lead agency (tick)"; a PDF reads the group and the first
column's name as one cell, and the group holds for the run it opens), or every name is an agency's by the
agency table or its words ("Police", "Council", "CSP").  The first of the columns takes, in each row, the
names of the columns marked in it (a line each: several marks are several agencies, as an agency cell
listing them would be), the others are emptied; its heading is named "Agency" where the header gave it no
agency role.  A plan with an agency column of its own beside them keeps it (the marks are then someone
else's: partners, consultees).  A table carried on after a page break with no header of its own, as
wide as the one before, is read with the same names.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Cell, RawTable, Row
from .agency_names import agency_type_from_keywords
from .agency_table import is_known_agency
from .headers import find_header, header_role
from .marks import is_mark
from .status_marks import holds_marks, mark_columns

AGENCY_ROLE = "agency"
AGENCY_HEADING = "Agency"
MAX_NAME_WORDS = 6  # an agency's name in a column heading ("Clinical Commissioning Group"), never a sentence


@dataclass(frozen=True)
class AgencyMarks:
    """Where a table's agency marks stand: the columns and the agency each names."""

    columns: tuple[int, ...]
    names: tuple[str, ...]
    width: int  # the table's column count (a header-less continuation must match it)


def heading_name(text: str) -> tuple[str, str]:
    """(group, name) of a column heading: its top lines that name the agency role (a group heading, "Lead
    (✓)") and the rest as one name ("Health\\nBoard" -> "Health Board"); name '' where the rest names a
    column role, is a mark, or runs long."""
    lines = [line.strip() for line in text.strip().split("\n") if line.strip()]
    k = 0
    while k < len(lines) - 1 and header_role(lines[k]) == AGENCY_ROLE:
        k += 1
    group, name = " ".join(lines[:k]), " ".join(lines[k:])
    if not name or header_role(name) is not None or is_mark(name) or len(name.split()) > MAX_NAME_WORDS:
        return group, ""
    return group, name


def names_agency(name: str) -> bool:
    """A column heading that is an agency's name by the agency table or its words."""
    return is_known_agency(name) or agency_type_from_keywords(name) != "other"


def agency_marks(table: RawTable) -> tuple[AgencyMarks, int, bool] | None:
    """The table's agency mark columns, its first body row and whether the header gives the first of them
    the agency role; None where it has none."""
    header = find_header(table)
    if header is None:
        return None
    start = header.first_row + header.n_rows
    headings = [heading_name(text) for text in header.texts]
    run = mark_columns([name for _, name in headings], table.rows[start:])
    if not run:
        return None
    names = tuple(headings[i][1] for i in run)
    grouped = bool(headings[run[0]][0]) or header.roles[run[0]] == AGENCY_ROLE
    own_column = any(role == AGENCY_ROLE and i not in run for i, role in enumerate(header.roles))
    if own_column or not (grouped or all(names_agency(name) for name in names)):
        return None
    return AgencyMarks(tuple(run), names, table.n_cols), start, header.roles[run[0]] == AGENCY_ROLE


def marked_agencies(row: Row, marks: AgencyMarks) -> Row:
    """The row with the names of its marked columns in the first mark column, a line each, the others
    emptied."""
    columns = marks.columns
    marked = [name for i, name in zip(columns, marks.names) if i < len(row.cells) and row.cells[i].text.strip()]
    cells = list(row.cells)
    for i in columns:
        if i < len(cells):
            cells[i] = replace(cells[i], text="\n".join(marked) if i == columns[0] else "")
    return replace(row, cells=tuple(cells))


def agency_marks_read(table: RawTable) -> tuple[RawTable, AgencyMarks | None]:
    """The table with its agency-mark columns read as one agency column, and where they stand (the table
    unchanged and None when it has none)."""
    found = agency_marks(table)
    if found is None:
        return table, None
    marks, start, named = found
    rows = list(table.rows[:start]) + [marked_agencies(r, marks) for r in table.rows[start:]]
    if not named:  # the heading row's cell of the first column says "Agency"
        top = rows[start - 1]
        rows[start - 1] = replace(top, cells=tuple(Cell(AGENCY_HEADING) if i == marks.columns[0] else c
                                                   for i, c in enumerate(top.cells)))
    return replace(table, rows=tuple(rows)), marks


def carried_marks(table: RawTable, marks: AgencyMarks | None) -> RawTable | None:
    """A header-less table carrying on the table before it (as wide, its mark columns holding only marks)
    read with that table's agency names; None where it does not carry it on."""
    if marks is None or find_header(table) is not None or table.n_cols != marks.width:
        return None
    if not all(holds_marks(table.rows, i) for i in marks.columns):
        return None
    return replace(table, rows=tuple(marked_agencies(r, marks) for r in table.rows))


def agency_marks_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each set of agency-mark columns read as one agency column (and a page's header-less
    continuation of such a table read with its names)."""
    out: list[RawTable] = []
    carried: AgencyMarks | None = None  # the marks of the table a header-less table may carry on
    for table in tables:
        continued = carried_marks(table, carried)
        if continued is not None:
            out.append(continued)
            continue
        table, carried = agency_marks_read(table)
        out.append(table)
    return out
