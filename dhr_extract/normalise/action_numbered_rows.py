"""A number column that numbers actions ("1.1", "1.2", "2.1") beside their recommendation, written on each row.

A plan with one row per action may number each row by its action: the recommendation's number, a dot,
the action's (``is_sub_number``).  Where the rows under one recommendation's number share its text
(written out again on each row, or merged over them), the column gives two numbers, not one
recommendation per row: ``action_numbered_tables`` rewrites the column as the recommendation's number
(``1``) and, beside it, a column headed as the action's number (``1.1``), the layout the rest of the
reader knows (the row repeating its recommendation adds an action to it, numbered by that column).
The action's part of the number may also be its last letter or dotted part under a recommendation
numbered as a paragraph (``6.1a``, ``6.1b`` under ``6.1``; ``6.1.2`` under ``6.1``): read so only where
the plain reading (``6`` from ``6.1a``) finds no recommendation shared over its rows.  Numbers of
recommendations written as paragraphs ("3.1", "3.2", or "1a", "1b", each with its own text) are left alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Cell, RawTable, Row
from .action_refs import action_ref, is_sub_number
from .headers import Header, find_header
from .labelled_blocks import widened_joint

ACTION_REF_COLUMN = "Action ref"  # the new column's name: one the header vocabulary reads as the action's number
DOTTED_REF = re.compile(r"^(?P<rec>\d+)\.\d+[a-z]?$")  # "2.1": recommendation 2, its first action
# "6.1a", "2b", "6.1.2": the number less its last letter or dotted part is the recommendation's ("6.1", "2")
LAST_PART_REF = re.compile(r"^(?P<rec>\d+(?:\.\d+)*)(?:[a-z]|\.\d+)$")
PARENT_REFS = (DOTTED_REF, LAST_PART_REF)  # the readings tried, in order: the first that shares its rows holds


@dataclass(frozen=True)
class NumberedRow:
    """A body row's action number, its recommendation's number and the recommendation's text
    (None where the cell is merged from above: the text of the row above)."""

    ref: str
    parent: str
    text: str | None


def parent_number(ref: str, pattern: re.Pattern[str] = DOTTED_REF) -> str:
    """The recommendation number an action number sits under, as ``pattern`` reads it ("2" from "2.1"; under
    ``LAST_PART_REF`` "6.1" from "6.1a"); '' for any other."""
    match = pattern.match(ref)
    return match.group("rec") if match and is_sub_number(ref, match.group("rec")) else ""


def same_text(a: str, b: str) -> bool:
    """The same recommendation: its words the same, or one cut short by a page break."""
    a, b = " ".join(a.split()), " ".join(b.split())
    return a.startswith(b) or b.startswith(a)


def numbered_rows(table: RawTable, header: Header, number: int, rec: int,
                  pattern: re.Pattern[str] = DOTTED_REF) -> list[NumberedRow] | None:
    """The body rows that have a number: each with its action number and recommendation text; None when a
    number cell holds anything but a dotted action number (a row of one cell across the table, a note or
    a heading, numbers nothing)."""
    out: list[NumberedRow] = []
    for row in table.rows[header.n_rows:]:
        if max(number, rec) >= len(row.cells) or row.cells[number].span or not row.cells[number].text.strip() \
                or spans_table(row):
            continue
        ref = action_ref(row.cells[number].text)
        parent = parent_number(ref, pattern)
        if not parent:
            return None
        cell = row.cells[rec]
        out.append(NumberedRow(ref, parent, None if cell.span == "above" else cell.text))
    return out


def spans_table(row: Row) -> bool:
    """A row of one cell across the table: the others all merged into it from the left."""
    return len(row.cells) >= 2 and all(cell.span == "left" for cell in row.cells[1:])


def shares_recommendations(rows: list[NumberedRow]) -> bool:
    """Rows numbered as actions of their recommendation: of the numbers with two or more rows, most have
    rows that share its text (merged over them, or written out again; a row a PDF misread may not)."""
    groups: list[list[NumberedRow]] = []
    for k, row in enumerate(rows):
        if k == 0 or row.parent != rows[k - 1].parent:
            groups.append([])
        groups[-1].append(row)
    several = [group for group in groups if len(group) >= 2]
    shared = sum(1 for group in several if group_shares_text(group))
    return shared > 0 and shared * 2 > len(several)


def group_shares_text(group: list[NumberedRow]) -> bool:
    """Whether every row under one number has its first row's recommendation text (or a merged cell)."""
    first = group[0].text or ""
    return all(row.text is None or same_text(row.text, first) for row in group[1:])


def number_columns(header: Header) -> tuple[int, int] | None:
    """The number column and the recommendation column of a header that has no action-number column."""
    number, rec = header.first("number"), header.first("rec")
    if number is None or rec is None or header.columns("action_ref"):
        return None
    return number, rec


def split_number(cell: Cell, pattern: re.Pattern[str]) -> tuple[Cell, Cell]:
    """A number cell as the recommendation's number and the action's ("2.1": "2", "2.1")."""
    ref = action_ref(cell.text) if not cell.span else ""
    parent = parent_number(ref, pattern)
    if not parent:
        return cell, replace(cell, text="", span=cell.span)
    return replace(cell, text=parent, span=""), replace(cell, text=ref, span="")


def with_ref_column(table: RawTable, number: int, n_header: int, pattern: re.Pattern[str] = DOTTED_REF) -> RawTable:
    """The table with the action number beside the recommendation's in the number column's place."""
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        if number >= len(row.cells):
            rows.append(row)
            continue
        cell = row.cells[number]
        if k < n_header:
            new = (cell, Cell(ACTION_REF_COLUMN) if k == n_header - 1 else Cell("", "left"))  # under a group heading
        else:
            new = split_number(cell, pattern)
        rows.append(replace(row, cells=row.cells[:number] + new + row.cells[number + 1:]))
    return replace(table, rows=tuple(rows), joint_columns=widened_joint(table.joint_columns, number, 1))


def numbered_tables(tables: list[RawTable], pattern: re.Pattern[str]) -> dict[int, tuple[Header, int, int]]:
    """The plan tables whose number column numbers actions under recommendations shared over their rows,
    as ``pattern`` reads the numbers, by their place in ``tables``; empty where they do not."""
    found: dict[int, tuple[Header, int, int]] = {}
    rows: list[NumberedRow] = []
    for k, table in enumerate(tables):
        header = find_header(table)
        columns = number_columns(header) if header is not None else None
        if header is None or columns is None:
            continue
        numbered = numbered_rows(table, header, *columns, pattern)
        if numbered is None:  # numbers of another kind: not a table of numbered actions
            continue
        found[k] = (header, *columns)
        rows.extend(numbered)
    return found if found and shares_recommendations(rows) else {}


def action_numbered_tables(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each plan table whose number column numbers actions under recommendations written on
    each row rewritten as described in the module's docstring.  The rows of all the plan's tables are
    judged together (a page break may part a recommendation's rows), and a table without a header
    right after a rewritten one (its next page) is rewritten alike."""
    pattern, found = next(((p, f) for p in PARENT_REFS for f in [numbered_tables(tables, p)] if f), (DOTTED_REF, {}))
    if not found:
        return tables
    out: list[RawTable] = []
    current: tuple[int, int] | None = None  # (number column, width) of the table rewritten last
    for k, table in enumerate(tables):
        if k in found:
            header, number, _ = found[k]
            current = (number, table.n_cols)
            out.append(with_ref_column(table, number, header.n_rows, pattern))
        elif current is not None and find_header(table) is None and table.n_cols == current[1] and \
                k > 0 and tables[k - 1].index == table.index - 1:
            out.append(with_ref_column(table, current[0], 0, pattern))
        else:
            current = None
            out.append(table)
    return out
