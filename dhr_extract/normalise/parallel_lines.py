"""A recommendation's actions written as parallel lines in one row: the n-th line of each cell is the
n-th action's.

Some plans give each recommendation one row and list its actions a line each (``<br>`` or one paragraph
each) in the action cell, with the lead, the date and the progress a line each in the cells beside it:
``Add … checklist.`` / ``Audit twenty releases.`` beside ``Dec 2025`` / ``Mar 2026``.  Read as one row, the
actions run together and their dates with them.  What shows the layout: the target cell holds as many
lines as the action cell, each a date alone, and each action line is a whole sentence, so each line
belongs to one action.  The row becomes one row per action, each taking its own line of every cell with
that many lines; a cell of one line (one lead for them all) and the recommendation's cells are merged
down over the rest, as a merged cell would be.  So are actions lettered a), b), c) in one action cell
beside a lead cell lettered to match ("a) Police" / "b) Council"): the row becomes one row per letter,
each taking its own item, the letter left out (``lettered_items``).

A print of such a row keeps the dates a line each (``extract.pdf.date_lines``) but may lose the other
cells' lines: an action's own break falls where its next word would not have fitted, and is read as a
wrap.  Beside a target cell of dates a line each, an action cell of as many whole sentences still lists
them in parallel, and a cell that writes one name as many times over ("Police Police") is that name a
line each.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Cell, RawTable, Row
from .bullet_actions import BULLET
from .headers import Header, find_header
from .parts import opens_sub_item
from .review_flags import is_date_only
from .row_kinds import ACTION_ROLES, PROGRESS_ROLES
from .status import names_status

ACTION_SIDE_ROLES = frozenset(ACTION_ROLES) | frozenset(PROGRESS_ROLES)  # the cells that are an action's own
MIN_LINES = 2
SENTENCE_ENDS = (".", "!", "?")
# Where one sentence ends and the next begins within a line: a stop, then a capital.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
STATUS_LABEL_WORDS = 3  # a status written as a label opening an update ("Complete.", "Not started.")
LETTERED_ITEM = re.compile(r"^\(?(?P<letter>[a-z])[).]\s+(?P<text>.*)$")  # "a) Police", "(b) Council", "c. 2026"


def cell_lines(cell: Cell) -> list[str]:
    return [line.strip() for line in cell.text.split("\n") if line.strip()]


def is_whole_item(line: str) -> bool:
    """A line that is an action of its own: a whole sentence, not a sub-item ("a) To identify …") or a
    line a paragraph wrapped or a page cut mid-sentence."""
    return line.rstrip().endswith(SENTENCE_ENDS) and not opens_sub_item(line)


def sentences(text: str) -> list[str]:
    """A cell's text cut into its sentences (a stop, then a capital), its lines joined first."""
    return [part for part in SENTENCE_BREAK.split(" ".join(text.split())) if part]


def repeated(text: str, n: int) -> list[str]:
    """A cell that writes one phrase ``n`` times over ("Police Police"): the phrase ``n`` times; else []."""
    words = text.split()
    size = len(words) // n if n else 0
    if size == 0 or len(words) != size * n or words != words[:size] * n:
        return []
    return [" ".join(words[:size])] * n


def action_items(cell: Cell, n: int) -> list[str]:
    """The ``n`` actions of an action cell: its lines where it has ``n``, else its sentences where it has
    ``n`` (a print that wrapped each action joins them); [] where they are not ``n`` whole items."""
    lines = cell_lines(cell)
    items = lines if len(lines) == n else sentences(cell.text)
    if len(items) != n or n < MIN_LINES or BULLET.match(items[0]) or cell.span or not all(map(is_whole_item, items)):
        return []
    return items


def side_items(cell: Cell, n: int) -> list[str] | None:
    """A side cell's ``n`` lines, or the one name it writes ``n`` times over ("Police Police"), a line each;
    [] for another cell of one line or none (merged down over the rest); None for a cell of another count."""
    lines = cell_lines(cell)
    if len(lines) == n:
        return lines
    if len(lines) == 1 and repeated(lines[0], n):
        return repeated(lines[0], n)
    return [] if len(lines) <= 1 else None


def status_updates(text: str) -> list[str]:
    """A progress cell's updates where each opens with a status label ("Complete. Form changed. In
    progress. Audit booked."): its sentences, a new update at each label; [] where the first is no label."""
    updates: list[str] = []
    for sentence in sentences(text):
        if len(sentence.split()) <= STATUS_LABEL_WORDS and names_status(sentence):
            updates.append(sentence)
        elif updates:
            updates[-1] += " " + sentence
        else:
            return []
    return updates


def key_items(row: Row, header: Header) -> tuple[int, list[str]] | None:
    """The cell that tells a row's parallel actions apart, and its items: a target cell of two or more lines,
    each a date alone; else a progress cell of two or more updates each opening with its status
    (``status_updates``), the target one date for them all (merged over them) or a line each beside them
    (dates as written that read as none: "31 September 2026", "-20/01/2026")."""
    target, progress = header.columns("target"), header.columns("progress")
    if len(target) == 1 and target[0] < len(row.cells):
        targets = cell_lines(row.cells[target[0]])
        if len(targets) >= MIN_LINES and all(is_date_only(t) for t in targets):
            return target[0], targets
    if len(progress) == 1 and progress[0] < len(row.cells):
        return progress[0], status_updates(row.cells[progress[0]].text)
    return None


def lettered_parts(text: str) -> list[tuple[str, str]]:
    """A cell's items each opened by its letter ("a) Police" / "b) Council"): (letter, text), a line
    without a letter carrying the item above on (a wrapped line); [] where the text opens with no letter."""
    parts: list[tuple[str, str]] = []
    for line in (ln.strip() for ln in text.split("\n") if ln.strip()):
        match = LETTERED_ITEM.match(line)
        if match:
            parts.append((match.group("letter").lower(), match.group("text").strip()))
        elif parts:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]} {line}")
        else:
            return []
    return parts


def lettered_items(row: Row, header: Header) -> dict[int, list[str]]:
    """The items each action-side cell gives its actions where the action cell letters two or more
    (a, b, c in turn) and the lead cell letters the same, a lead for each: a row's actions written in one
    cell, each cell beside lettered to match.  A cell of one unlettered value is shared (merged down over
    the rest); {} for any other row: beside one lead, lettered targets and updates are one action's parts."""
    action = header.columns("action")
    if len(action) != 1 or action[0] >= len(row.cells) or row.cells[action[0]].span:
        return {}
    parts = lettered_parts(row.cells[action[0]].text)
    letters = [letter for letter, _ in parts]
    if len(parts) < MIN_LINES or not in_turn(letters):
        return {}
    items = {action[0]: [text for _, text in parts]}
    for i in side_columns(row, header, action[0]):
        side = lettered_side(row.cells[i], letters)
        if side is None:
            return {}  # lettered otherwise, or lines of another count: no parallel list
        if side:
            items[i] = side
    return items if leads_lettered(items, header) else {}  # one lead for them all: one action's parts


def side_columns(row: Row, header: Header, action: int) -> list[int]:
    """The row's own action-side cells (lead, target, progress …) but the action's."""
    return [i for i, role in enumerate(header.roles)
            if role in ACTION_SIDE_ROLES and i < len(row.cells) and i != action and not row.cells[i].span]


def leads_lettered(items: dict[int, list[str]], header: Header) -> bool:
    """Whether the lead cell is among the cells lettered to match: a lead for each action."""
    return any(i in items for i in header.columns("agency"))


def in_turn(letters: list[str]) -> bool:
    """Whether the letters run a, b, c … from the first."""
    return letters == [chr(ord("a") + k) for k in range(len(letters))]


def lettered_side(cell: Cell, letters: list[str]) -> list[str] | None:
    """A side cell's items where it letters ``letters`` in turn; [] for a cell of one unlettered value
    or none (shared); None for any other."""
    side = lettered_parts(cell.text)
    if [letter for letter, _ in side] == letters:
        return [text for _, text in side]
    return None if side or len(cell_lines(cell)) > 1 else []


def parallel_items(row: Row, header: Header) -> dict[int, list[str]]:
    """The lines each action-side cell gives its actions, by cell, where the row lists its actions in
    parallel lines: a target cell of two or more lines, each a date alone (or a progress cell of as many
    updates each opening with its status, ``key_items``), beside an action cell of as many lines or, where
    a print joined them, as many sentences, and no other action-side cell with more than one line but that
    many.  {} for any other row."""
    lettered = lettered_items(row, header)
    if lettered:
        return lettered
    action, key = header.columns("action"), key_items(row, header)
    if len(action) != 1 or key is None or action[0] >= len(row.cells):
        return {}
    keyed, keys = key
    items = {action[0]: action_items(row.cells[action[0]], len(keys)), keyed: keys}
    if not items[action[0]]:
        return {}
    for i, role in enumerate(header.roles):
        if role in ACTION_SIDE_ROLES and i < len(row.cells) and i not in items:
            side = side_items(row.cells[i], len(keys))
            if side is None:
                return {}
            items[i] = side
    return {i: lines for i, lines in items.items() if lines}


def split_parallel_row(row: Row, header: Header) -> list[Row]:
    """One row per parallel line (``parallel_items``); the row as it is when it lists no such lines."""
    items = parallel_items(row, header)
    if not items:
        return [row]
    rows = []
    for k in range(len(items[header.columns("action")[0]])):
        cells = []
        for i, cell in enumerate(row.cells):
            if i in items:
                cells.append(replace(cell, text=items[i][k]))
            else:
                cells.append(cell if k == 0 else replace(cell, text="", span="above"))
        rows.append(replace(row, cells=tuple(cells)))
    return rows


def parallel_lines_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each body row listing its actions in parallel lines made one row per action."""
    out = []
    for table in tables:
        header = find_header(table)
        if header is None:
            out.append(table)
            continue
        start = header.first_row + header.n_rows
        body = tuple(piece for row in table.rows[start:] for piece in split_parallel_row(row, header))
        out.append(replace(table, rows=table.rows[:start] + body) if len(body) != len(table.rows) - start else table)
    return out
