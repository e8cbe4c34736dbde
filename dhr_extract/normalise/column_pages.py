"""A plan printed as a spreadsheet prints a sheet too wide for the page "down, then over": the first
pages hold the left-hand columns of every row (the recommendation and the action), the pages after
them the right-hand columns of the same rows (agency, target date, progress), with no key column
repeated there.  Such a right-hand part is the plan's columns carried on to the right, not more rows:
its header row names plan columns the plan's tables lack and none they have, and its rows match
theirs one to one in order.  Where the counts differ the pages are not matched (no guess), and the
document is warned.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Cell, RawTable, Row
from .headers import Header, find_header, names_most_cells, row_roles

KEY_ROLES = {"rec", "action", "action_ref", "number"}  # the columns a row is known by: never in a right-hand part


def right_part_roles(table: RawTable, plan: Header) -> set[str]:
    """The roles a table's first row names where it is the header of a right-hand part of the plan read
    under ``plan``: two or more column names, none a key column nor one the plan has; else an empty set."""
    if not table.rows:
        return set()
    roles = row_roles(table.rows[0])
    named = {r for r in roles if r}
    if len(named) < 2 or named & (KEY_ROLES | set(plan.roles)) or not names_most_cells(table.rows[0], roles):
        return set()
    return named


def right_part_tables(tables: list[RawTable], start: int) -> list[RawTable]:
    """The right-hand part opening at ``tables[start]`` (its header row first) with the tables after it
    that carry it on (a page of it each): the next tables of its width, each header-less or opening with a
    copy of its header row."""
    first = tables[start]
    part, head = [first], row_roles(first.rows[0])
    for table in tables[start + 1:]:
        if table.index != part[-1].index + 1 or table.n_cols != first.n_cols or find_header(table) is not None:
            break
        opening = row_roles(table.rows[0]) if table.rows else []
        if len({r for r in opening if r}) >= 2 and opening != head:  # the header of the next part to the right
            break
        part.append(table)
    return part


def right_part_body(part: list[RawTable]) -> list[Row]:
    """The right-hand part's rows under its header, its copies of the header on later pages left out."""
    head = row_roles(part[0].rows[0])
    return [row for i, table in enumerate(part) for k, row in enumerate(table.rows)
            if not (k == 0 and (i == 0 or row_roles(row) == head))]


def left_group(found: list[tuple[RawTable, Header]]) -> list[tuple[RawTable, Header]]:
    """The plan's tables a right-hand part after them stands beside: the run of the last tables, one after
    another, read under the same columns (a page of the left-hand columns each)."""
    group: list[tuple[RawTable, Header]] = []
    for table, header in reversed(found):
        if group and table.index != group[0][0].index - 1 or header.roles != found[-1][1].roles:
            break
        group.insert(0, (table, header))
    return group


def padded(row: Row, width: int) -> tuple[Cell, ...]:
    return row.cells + (Cell(),) * (width - len(row.cells))


def joined_tables(group: list[tuple[RawTable, Header]], part: list[RawTable]) -> list[tuple[RawTable, Header]] | None:
    """Each table of the left-hand ``group`` with the right-hand ``part``'s columns appended to its rows (the
    header row to the header, each row under it to the next row of the part's body, in order), read under
    the joined header; None where the rows do not match one to one."""
    body = right_part_body(part)
    if sum(len(table.rows) - header.n_rows for table, header in group) != len(body):
        return None
    width, head = part[0].n_cols, part[0].rows[0]
    joined: list[tuple[RawTable, Header]] = []
    for table, header in group:
        left = table.n_cols
        top = [replace(row, cells=padded(row, left) + (padded(head, width) if k == header.n_rows - 1
                                                       else (Cell(),) * width))
               for k, row in enumerate(table.rows[:header.n_rows])]
        rows = [replace(row, cells=padded(row, left) + padded(body.pop(0), width))
                for row in table.rows[header.n_rows:]]
        joined.append((replace(table, rows=tuple(top + rows)), header))
    roles, texts = right_part_header(group[0][1], head, width)
    return [(table, replace(header, roles=header.roles + roles, texts=header.texts + texts))
            for table, header in joined]


def right_part_header(plan: Header, head: Row, width: int) -> tuple[tuple[str | None, ...], tuple[str, ...]]:
    """The roles and texts of the right-hand part's columns, named as a plan header names them: the plan's
    column names and the part's header row read as one header row."""
    row = Row(tuple(Cell(text) for text in plan.texts) + padded(head, width), 0)
    full = find_header(RawTable((row,), 0))
    left = len(plan.roles)
    if full is None or len(full.roles) != left + width:
        return tuple(row_roles(row)[left:]), tuple(c.text for c in row.cells[left:])
    return full.roles[left:], full.texts[left:]


def append_right_part(found: list[tuple[RawTable, Header]], tables: list[RawTable], start: int, end: int,
                      unmatched: list[tuple[str, str]] | None = None) -> int:
    """Where ``tables[start]``, right after the last table the plan ``found`` so far took (a table of it,
    or the last of a right-hand part joined to it, ``end``), opens a right-hand part of the plan, its columns appended
    to the rows of the plan's tables beside it (in ``found``); how many tables the part takes (0: none, or
    rows that do not match, named in ``unmatched`` as (location, message): then the tables are read as
    before)."""
    table = tables[start]
    if not found or max(end, found[-1][0].index) != table.index - 1 or \
            not right_part_roles(table, found[-1][1]):
        return 0
    part = right_part_tables(tables, start)
    group = left_group(found)
    joined = joined_tables(group, part)
    if joined is None:
        if unmatched is not None:
            named = ", ".join(sorted(right_part_roles(table, found[-1][1])))
            unmatched.append((f"tables {part[0].index}-{part[-1].index}",
                              f"columns ({named}) beside the plan's tables {group[0][0].index}-{group[-1][0].index}, "
                              "but their rows do not match one to one: not joined"))
        return 0
    found[len(found) - len(group):] = joined
    return len(part)
