"""Tables of labelled rows: a plan's records written down the page instead of across it.

Some plans set each recommendation out as a small table whose left column labels its rows
("Recommendation 3" | its text, then "Lead agency" | …, "Action" | …, "Target date" | …,
"Update" | … again for each action).  The labels are the names a plan table's header row would
give its columns, written once per row.  ``unrolled_tables`` recognises such a table and turns it
into the plan table it stands for: a header row of those names, the recommendation with its first
action on one row, then a row per further action under it (its recommendation cell merged from
above), so that the rest of the reader sees the layout it knows.  Each row keeps the indexes of
the labelled rows it was read from (``Row.joined``), for the row provenance.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import Cell, RawTable, Row
from .headers import PLAN_ROLES, SUBHEADING_LENGTH, find_header, fold_header, header_role, reads_as_sentence
from .labels import label_from_cell, split_label

MIN_LABELLED_ROWS = 3  # a record has a recommendation or action and at least two other labelled values
MIN_ROLES = 3  # distinct roles the labels name (recommendation, lead agency, action, date, update...)
REC_COLUMN = "Recommendation"  # the plan-table name of the column a labelled recommendation's text goes to
RECOMMENDATION_LEVEL = {"rec", "number", "section"}  # roles of the recommendation, written once above its actions


@dataclass(frozen=True)
class Entry:
    """One labelled row: its label (lines joined: a label wrapped in a narrow column), its value, its row."""

    key: str
    value: str
    fill: str
    row: Row


def unrolled_tables(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each table of labelled rows replaced by the plan table it stands for.  A table of
    labelled rows with no recommendation among them is one only after another one (a record carried
    over a page break): a form's "Action taken" / "Date" rows are no plan."""
    out: list[RawTable] = []
    previous: RawTable | None = None
    for table in tables:
        entries = labelled_entries(table)
        keys = [key_identity(e.key) for e in entries if e.key]
        if entries and not entries[0].key:
            keys.insert(0, "")  # text above the first label (a value carried over a page break): a column of no name
        roles = {key_role(e.key) for e in entries if e.key}
        carried = previous is not None and previous.index == table.index - 1
        if entries and ("rec" in roles or carried):
            previous = unrolled(table, entries, keys)
            out.append(previous)
        else:
            previous = None
            out.append(table)
    return out


def labelled_entries(table: RawTable) -> list[Entry]:
    """The table's rows as labelled entries when its left column labels them (``is_record_table``) and
    no header row names its columns; []."""
    if table.n_cols < 2 or find_header(table) is not None:  # a header row names the columns across
        return []
    entries = [entry for entry in (row_entry(row) for row in table.rows) if entry is not None]
    return entries if is_record_table([e.key for e in entries]) else []


def row_entry(row: Row) -> Entry | None:
    """A row as label and value: the left cell and the others' text; a labelled row across the table
    ("Recommendation 2: …") as its label and the rest.  An empty left cell carries the value above on."""
    values = [c for c in row.cells[1:] if not c.span and c.text.strip()]
    first = row.cells[0] if row.cells else Cell()
    key = "" if first.span else " ".join(first.text.split())
    if key and not values:
        across = labelled_across(first.text, row)
        if across is not None:
            return across
    value = "\n".join(c.text.strip() for c in values)
    return Entry(key, value, values[0].fill if values else "", row) if key or value else None


def labelled_across(text: str, row: Row) -> Entry | None:
    """A labelled row with no value cell ("Recommendation 2: …" across the table): its label and the rest."""
    label, rest = split_label(text.strip())
    return Entry(label.label, rest.strip(), "", row) if label is not None and rest.strip() else None


def is_record_table(keys: list[str]) -> bool:
    """Labels down the left column: short, most of them a plan column's name, naming several roles, one
    of them the recommendation or the action."""
    named = [k for k in keys if k]
    if len(named) < MIN_LABELLED_ROWS or any(len(k) > SUBHEADING_LENGTH or reads_as_sentence(k) for k in named):
        return False
    roles = [key_role(k) for k in named]
    found = {r for r in roles if r}
    enough = sum(1 for r in roles if r) * 3 >= len(named) * 2
    return enough and len(found) >= MIN_ROLES and bool(found & PLAN_ROLES)


def is_label_key(key: str) -> bool:
    """A label that names a recommendation ("Recommendation 3", "R2", "DHR-01"), not a bare number."""
    return label_from_cell(key) is not None and any(ch.isalpha() for ch in key)


def key_role(key: str) -> str | None:
    return "rec" if is_label_key(key) else header_role(key)


def key_identity(key: str) -> str:
    """The column a label stands for: every recommendation label one column, else its folded words."""
    return fold_header(REC_COLUMN) if is_label_key(key) else fold_header(key)


def unrolled(table: RawTable, entries: list[Entry], keys: list[str]) -> RawTable:
    """The plan table the labelled rows stand for (see the module's docstring)."""
    columns = list(dict.fromkeys(keys))
    names = {identity: next(e.key for e in entries if e.key and key_identity(e.key) == identity) for identity in columns}
    header = tuple(Cell(REC_COLUMN if is_label_key(names[c]) else names[c]) for c in columns)
    level = {i for i, c in enumerate(columns) if key_role(names[c]) in RECOMMENDATION_LEVEL}
    rows = [Row(header, entries[0].row.index, entries[0].row.page)]
    for group in record_groups(entries, columns, level):
        rows.append(grouped_row(group, columns, level, len(rows)))
    return replace(table, rows=tuple(rows))


def record_groups(entries: list[Entry], columns: list[str], level: set[int]) -> list[list[Entry]]:
    """The entries of each plan row: a label whose column the row already has opens the next row, and
    so does a recommendation's label after an action's values."""
    groups: list[list[Entry]] = []
    filled: set[int] = set()
    for entry in entries:
        column = columns.index(key_identity(entry.key)) if entry.key else None
        opens = column is not None and (column in filled or (column in level and bool(filled - level)))
        if not groups or opens:
            groups.append([])
            filled = set()
        groups[-1].append(entry)
        if column is not None:
            filled.add(column)
    return groups


def grouped_row(group: list[Entry], columns: list[str], level: set[int], position: int) -> Row:
    """One plan row from its labelled entries; an entry with no label carries on the value above it.  A
    row with no recommendation label of its own is an action under the one above: its recommendation
    cells are merged from above."""
    texts = [""] * len(columns)
    fills = [""] * len(columns)
    column: int | None = None
    for entry in group:
        if entry.key:
            column = columns.index(key_identity(entry.key))
            value = f"{entry.key}\n{entry.value}" if is_label_key(entry.key) else entry.value
            texts[column], fills[column] = value, entry.fill
        else:
            column = columns.index("") if column is None else column
            texts[column] = "\n".join(t for t in (texts[column], entry.value) if t)
    opens_rec = any(e.key and columns.index(key_identity(e.key)) in level for e in group)
    merged = position > 1 and not opens_rec
    cells = tuple(Cell(text, "above" if merged and i in level and not text else "", fills[i])
                  for i, text in enumerate(texts))
    first = group[0].row
    return Row(cells, first.index, first.page, joined=tuple(e.row.index for e in group[1:]))
