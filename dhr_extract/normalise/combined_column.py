"""A column whose header names both the recommendation and its actions ("Recommendation and actions").

Such a plan writes one row per recommendation: the recommendation first in the cell, then its actions as a
numbered list (``1. …`` / ``2. …``); the cells beside it give one numbered line per action (``1. 31/07/2025``).
The table is rewritten as the plan it stands for: the column becomes a recommendation column and an action
column, and each row one row per action, the recommendation's cells merged down over them.

Another such plan writes each recommendation as a row of its own over its actions' rows, no number in the
cell: the recommendation row fills the combined column only, its actions' rows fill it and the cells beside
it (agency, target, progress). See ``recommendation_rows``.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from itertools import takewhile
from dataclasses import replace
from typing import TypeVar

from ..model import Cell, RawTable, Row
from .headers import Header, find_header, is_header_row, whole_header_role
from .labelled_blocks import widened_joint
from .rows import ends_sentence, join_pieces, join_text

# "Recommendation and actions", "Recommendation / action to be taken": a part naming each role.
T = TypeVar("T")  # what a split reads in a table's header
ROLE_JOINER = re.compile(r"\s+(?:and|&)\s+|\s*[/&+]\s*|\s+[\u2013\u2014-]\s+")
# A numbered list item's line: "1. Train the staff", "2) 31/10/2025".
ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
# Roles a recommendation's row states once for all its actions: merged down over the action rows.
ROW_WIDE_ROLES = {"agency", "scope", "number", "rec", "section"}


def two_role_header(text: str, first: str, second: str) -> tuple[str, str] | None:
    """The two names of a header naming the role ``first``, then ``second`` ("Recommendation and
    action", "Agency / action"); else None."""
    parts = [part.strip() for part in ROLE_JOINER.split(text.replace("\n", " ")) if part.strip()]
    if len(parts) != 2:
        return None
    roles = [whole_header_role(part) for part in parts]
    return (parts[0], parts[1]) if roles == [first, second] else None


def combined_header(text: str) -> tuple[str, str] | None:
    """The recommendation's and the actions' names of a header naming both, in that order; else None."""
    return two_role_header(text, "rec", "action")


def numbered_items(text: str) -> tuple[str, dict[int, str]]:
    """The text before a list numbered from 1, and each item's text by its number (wrapped lines joined
    to their item).  A number out of sequence is the item's text, not a new item."""
    lead: list[str] = []
    items: dict[int, list[str]] = {}
    for line in text.split("\n"):
        match = ITEM.match(line)
        if match and int(match.group(1)) == len(items) + 1:
            items[len(items) + 1] = [match.group(2).strip()]
        elif items:
            items[len(items)].append(line.strip())  # a wrapped line of the item
        else:
            lead.append(line)
    return "\n".join(lead).strip(), {k: join_pieces(v).strip() for k, v in items.items()}


def without_lead_in(lead: str) -> str:
    """The recommendation before a list without the line that opens the list ("Actions:", "Actions
    agreed:"): a last line ending with a colon that names the actions is no part of the recommendation."""
    head, _, last = lead.rpartition("\n")
    closing = last.strip()
    if closing.endswith(":") and whole_header_role(closing[:-1].strip()) == "action":
        return head.strip()
    return lead


def carries_list_on(above: Row, row: Row, column: int) -> bool:
    """Whether ``row`` is the rest of the row above cut at a list item (a PDF row walk takes a numbered
    line for a new row): its combined cell opens with the next number of the list of the recommendation
    above."""
    first_line = row.cells[column].text.strip().split("\n")[0]
    match = ITEM.match(first_line)
    if match is None or above.cells[column].span:
        return False
    rec, actions = numbered_items(above.cells[column].text)
    return bool(rec) and int(match.group(1)) == len(actions) + 1


def joined_rows(above: Row, row: Row) -> Row:
    """The row above with ``row``'s cells run on in it (cells covered from above add nothing)."""
    cells = tuple(replace(top, text=join_text(top.text, low.text.strip())) if low.text.strip() and not low.span
                  else top for top, low in zip(above.cells, row.cells))
    return replace(above, cells=cells, joined=above.joined + (row.index, *row.joined))


def rejoined_body(rows: list[Row], column: int) -> list[Row]:
    """The body's rows with every row cut at a list item joined back to the row it carries on."""
    out: list[Row] = []
    for row in rows:
        if out and column < len(row.cells) and len(row.cells) == len(out[-1].cells) and carries_list_on(
                out[-1], row, column):
            out[-1] = joined_rows(out[-1], row)
        else:
            out.append(row)
    return out


def carried_over_page(above: RawTable, table: RawTable) -> int | None:
    """The body row index of ``table`` whose list item goes on from the last row of ``above``, the same
    table on the page before (its header repeated or not): the page break cut the row at the item; else
    None."""
    header, top = find_header(table), find_header(above)
    column = combined_column(top) if top is not None else None
    if column is None or not above.rows or not carries_on(above, table):
        return None
    start = body_start(header)
    if start >= len(table.rows) or len(table.rows[start].cells) != len(above.rows[-1].cells):
        return None
    last, first = above.rows[-1], table.rows[start]
    return start if carries_list_on(last, first, column) or carries_item_on(last, first, column) else None


def carries_item_on(above: Row, row: Row, column: int) -> bool:
    """Whether ``row``, the first on a page, is the rest of the last list item of the row above, cut at the
    page's foot: the combined cell above ends in its numbered list, the row fills the combined column only,
    and its text goes on mid-sentence: the item ends unfinished, or the rest opens in lower case or with a
    bracket (no paragraph opens so: an agency in brackets after the action).  Uncut, those lines would run
    on in the last item (``numbered_items``); a row opening afresh (a heading, an item) is left alone."""
    cell = above.cells[column]
    rest = row.cells[column].text.strip()
    if cell.span or not numbered_items(cell.text)[1] or not fills_only(row, column) or ITEM.match(rest):
        return False
    return not ends_sentence(cell.text) or rest[0] in "([" or rest[0].islower()


def rejoined_pages(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each first body row that goes on with the list of the table before it (``carried_over_page``)
    run on in that table's last row."""
    out: list[RawTable] = []
    for table in tables:
        cut = carried_over_page(out[-1], table) if out else None
        if cut is not None:
            last = out[-1].rows[-1]
            out[-1] = replace(out[-1], rows=out[-1].rows[:-1] + (
                replace(joined_rows(last, table.rows[cut]), joined=last.joined),))  # another table's row
            table = replace(table, rows=table.rows[:cut] + table.rows[cut + 1:])
        out.append(table)
    return out


def split_row(row: Row, column: int, roles: tuple[str | None, ...]) -> list[Row]:
    """One row per action of the combined cell: the recommendation on the first, each numbered line of the
    other cells on its action's row (see ``cell_for_action``)."""
    cell = row.cells[column]
    rec, actions = numbered_items(cell.text) if not cell.span else ("", {})
    rec = without_lead_in(rec) if actions else rec
    if not actions:
        return [combined_row(row, column, replace(cell, text=rec, span=cell.span), Cell("", cell.span))]
    lists = {i: numbered_items(c.text) for i, c in enumerate(row.cells) if i != column and not c.span}
    rows = []
    for k, action in actions.items():
        cells = tuple(cell_for_action(c, k, len(actions), lists.get(i), roles[i] if i < len(roles) else None)
                      for i, c in enumerate(row.cells))
        rec_cell = replace(cell, text=rec, span="") if k == 1 else replace(cell, text="", span="above")
        rows.append(replace(row, cells=cells[:column] + (rec_cell, Cell(action)) + cells[column + 1:]))
    return rows


def cell_for_action(cell: Cell, k: int, n_actions: int, listed: tuple[str, dict[int, str]] | None,
                    role: str | None) -> Cell:
    """The part of a cell beside the actions that belongs to action ``k``: its line numbered ``k`` where the
    cell numbers no more lines than there are actions; else the whole cell on the first action, merged
    down over the others where the whole row shares it: the agency, the scope, and any cell numbering no
    lines (one target, one progress for the list, as a bulleted list's row shares them); a cell numbering
    more lines than there are actions is left empty on the others (it does not line up with them)."""
    if cell.span or listed is None:
        return cell
    lead, lines = listed
    if lines and len(lines) <= n_actions:
        text = lines.get(k, "")
        return replace(cell, text=join_text(lead, text) if k == 1 else text, span="")
    if k == 1:
        return cell
    shared = role in ROW_WIDE_ROLES or (not lines and bool(cell.text.strip()))
    return replace(cell, text="", span="above" if shared else "")


def combined_row(row: Row, column: int, rec: Cell, action: Cell) -> Row:
    cells = row.cells[:column] + (rec, action) + row.cells[column + 1:]
    return replace(row, cells=cells)


def combined_column(header: Header) -> int | None:
    """The header's recommendation-and-actions column, if any."""
    return next((i for i, text in enumerate(header.texts) if combined_header(text)), None)


def split_combined_column(table: RawTable, header: Header, column: int) -> RawTable:
    """The table with its recommendation-and-actions column made two, a row per action (``header.n_rows``
    0: a table with no header of its own, carrying on the one before it)."""
    start = header.first_row + header.n_rows
    rows = [header_row_split(row, column) for row in table.rows[:start]]
    body = rejoined_body(list(table.rows[start:]), column)
    owners = recommendation_rows(body, column, header.roles)
    for i, row in enumerate(body):
        if column >= len(row.cells):
            rows.append(row)
        elif owners and i not in owners and owns_above(owners, i) and fills_beside(row, column):
            rows.append(action_row(row, column))  # an action of the recommendation row above
        else:
            rows += split_row(row, column, header.roles)
    return replace(table, rows=tuple(rows), joint_columns=widened_joint(table.joint_columns, column, 1))


def fills_only(row: Row, column: int, roles: tuple[str | None, ...] = ()) -> bool:
    """A row whose only filled cell is ``column``: the others empty, or merged into it from its left (a
    recommendation spanning the table to its right edge), or the row's number in a number column (the
    recommendation's own number, as a band row gives it)."""
    cells = row.cells
    if column >= len(cells) or not cells[column].text.strip() or cells[column].span:
        return False
    spanned = column + 1 + len(list(takewhile(lambda c: c.span == "left", cells[column + 1:])))
    return all(i == column or column < i < spanned or (not c.text.strip() and not c.span)
               or (i < len(roles) and roles[i] == "number" and not c.span)
               for i, c in enumerate(cells))


def fills_beside(row: Row, column: int) -> bool:
    """A row filling ``column`` and a cell beside it (an action with its agency, target or progress)."""
    cells = row.cells
    return column < len(cells) and bool(cells[column].text.strip()) and not cells[column].span and any(
        c.text.strip() for i, c in enumerate(cells) if i != column)


def recommendation_rows(body: list[Row], column: int, roles: tuple[str | None, ...] = ()) -> frozenset[int]:
    """Indices of the body's recommendation rows where the plan writes each recommendation as a row over its
    actions: rows filling only the combined column, each directly over a row filling it and a cell beside it,
    two or more of them (one such row is a title or a section), and no cell numbering actions in a list
    (that plan's rows each hold a recommendation and its actions)."""
    if any(numbered_items(row.cells[column].text)[1] for row in body if column < len(row.cells)):
        return frozenset()
    found = frozenset(i for i, row in enumerate(body[:-1])
                      if fills_only(row, column, roles) and fills_beside(body[i + 1], column))
    return found if len(found) >= 2 else frozenset()


def owns_above(owners: frozenset[int], i: int) -> bool:
    """Whether a recommendation row stands above row ``i``."""
    return any(k < i for k in owners)


def action_row(row: Row, column: int) -> Row:
    """An action's row under its recommendation row: the combined cell's text is the action's, the
    recommendation's cell merged down from the row above."""
    return combined_row(row, column, Cell("", "above"), replace(row.cells[column], span=""))


def header_row_split(row: Row, column: int) -> Row:
    """A row of the header (or above it): the combined name as its two names, any other cell with the new
    column merged into it from the left."""
    if column >= len(row.cells):
        return row
    names = combined_header(row.cells[column].text)
    if names is None:
        return combined_row(row, column, row.cells[column], Cell("", "left"))
    return combined_row(row, column, Cell(names[0]), Cell(names[1]))


def combined_columns_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each with a recommendation-and-actions column read as the plan it stands for; a table
    with no header right after one so read (the same table on its next page) is read alike, so that it
    still has the columns of the header it carries on."""
    def read(table: RawTable, header: Header) -> tuple[Header, int] | None:
        column = combined_column(header)
        return None if column is None else (header, column)

    def split(table: RawTable, header: Header | None, found: tuple[Header, int]) -> RawTable:
        return split_combined_column(table, header or replace(found[0], n_rows=0, first_row=0), found[1])
    return split_tables_and_pages(rejoined_pages(tables), read, split)


def split_tables_and_pages(tables: list[RawTable], read: Callable[[RawTable, Header], T | None],
                           split: Callable[[RawTable, Header | None, T], RawTable]) -> list[RawTable]:
    """The tables, each whose header ``read`` finds a column to split in split by ``split``; a table with no
    header right after one so split (the same table on its next page) is split alike, ``split`` given no
    header and what was read above."""
    out: list[RawTable] = []
    above: tuple[RawTable, T] | None = None  # the last table split and what was read in its header
    for table in tables:
        header = find_header(table)
        found = read(table, header) if header is not None else None
        if header is not None and found is not None:
            out.append(split(table, header, found))
            above = (table, found)
        elif header is None and above is not None and carries_on(above[0], table):
            out.append(split(table, None, above[1]))
            above = (table, above[1])
        else:
            out.append(table)
            above = None
    return out


def column_made_two(table: RawTable, column: int, start: int,
                    pair_of: Callable[[Cell, bool], tuple[Cell, Cell]]) -> RawTable:
    """The table with ``column`` made two columns, each of its cells the pair ``pair_of`` gives (told whether
    the cell is in the header, or its copy under a page break); ``start``: the first body row."""
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        if column >= len(row.cells):
            rows.append(row)
            continue
        pair = pair_of(row.cells[column], k < start or is_header_row(row))
        rows.append(replace(row, cells=row.cells[:column] + pair + row.cells[column + 1:]))
    joint = widened_joint(table.joint_columns, column, 1)
    return replace(table, rows=tuple(rows), joint_columns=(*joint, (column, column + 1)))


def body_start(header: Header | None) -> int:
    """The first body row under ``header``; 0 on a page that carries the table on without one."""
    return 0 if header is None else header.first_row + header.n_rows


def carries_on(above: RawTable, table: RawTable) -> bool:
    """A table right after ``above`` in the document, with as many columns: read with its header."""
    return table.index == above.index + 1 and table.n_cols == above.n_cols

