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

from collections import Counter
from dataclasses import dataclass, replace

from ..model import Cell, RawTable, Row
from .headers import PLAN_ROLES, SUBHEADING_LENGTH, find_header, fold_header, header_role, reads_as_sentence
from .labels import label_from_cell, split_label
from .rows import join_text
from .transposed_tables import transposed_table

MIN_LABELLED_ROWS = 3  # a record has a recommendation or action and at least two other labelled values
MIN_ROLES = 3  # distinct roles the labels name (recommendation, lead agency, action, date, update...)
REC_COLUMN = "Recommendation"  # the plan-table name of the column a labelled recommendation's text goes to
RECOMMENDATION_LEVEL = {"rec", "number", "section"}  # roles of the recommendation, written once above its actions


@dataclass(frozen=True)
class Entry:
    """One labelled row: its label (lines joined: a label wrapped in a narrow column), its value, its row
    (``heading``: read from the headings over the row's table, ``heading_entry``)."""

    key: str
    value: str
    fill: str
    row: Row
    heading: bool = False


def unrolled_tables(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each table of labelled rows replaced by the plan table it stands for.  A record cut by a
    page break lies in two tables (a lone "Recommendation 4" row at a page's foot, its actions' rows on
    the next page), so tables one after another are judged together (``record_runs``), and read with
    the same columns.  A transposed plan table (its column names down its first column) is turned back
    first (``transposed_table``)."""
    tables = [transposed_table(table) for table in tables]
    entries = with_heading_entries(tables, without_repeated_headers([labelled_entries(table) for table in tables]))
    out = list(tables)
    for run in record_runs(tables, entries):
        for k, table in zip(run, unrolled_run([tables[k] for k in run], [entries[k] for k in run])):
            out[k] = table
    return out


def unrolled_run(tables: list[RawTable], entries: list[list[Entry]]) -> list[RawTable]:
    """The plan tables a run of tables of labelled rows stands for (the tables as they are when their
    labels make no record, ``is_record_table``), all read with the same columns."""
    keys = [e.key for found in entries for e in found if e.key]
    if not is_record_table(keys):
        return tables
    columns, names = run_columns(keys, unlabelled_first=not entries[0][0].key)
    level = {i for i, c in enumerate(columns) if key_role(names[c]) in RECOMMENDATION_LEVEL}
    # the run's entries are grouped as one: a record cut by a page break goes on in the next table
    groups = record_groups([e for found in entries for e in found], columns, level)
    out = []
    carried = ""  # the label in effect where a table starts: the last one of the table before it
    for table, found in zip(without_read_headings(tables, entries), entries):
        own = [g for g in groups if any(g[0] is e for e in found)]
        out.append(unrolled(table, own, columns, names, level, carried))
        carried = next((last_label(g, carried) for g in own[-1:]), carried)
    return out


def without_read_headings(tables: list[RawTable], entries: list[list[Entry]]) -> list[RawTable]:
    """A run's tables, without their headings where records were read from them (the records' labels now)."""
    if not any(e.heading for found in entries for e in found):
        return tables
    return [replace(t, heading="", intro="", outer_heading="", outer_intro="") for t in tables]


def run_columns(keys: list[str], unlabelled_first: bool) -> tuple[list[str], dict[str, str]]:
    """The columns the labels of a run stand for, in order of first use, and the name each is given
    (its first label); a value above any label (``unlabelled_first``) adds a column of no name."""
    columns = list(dict.fromkeys(key_identity(key) for key in keys)) + ([""] if unlabelled_first else [])
    return columns, {identity: next((k for k in keys if key_identity(k) == identity), "") for identity in columns}


def without_repeated_headers(entries: list[list[Entry]]) -> list[list[Entry]]:
    """The entries, less the row at the top of a table of labelled rows (its first, or the first under a
    title row with no value, "Action 3.2") that two or more tables open with alike and that names no
    plan column ("Field | Detail"): the names of a table's two columns, set over each table again, and
    again over the rest of a table a page break cut."""
    tops = [top_entry(found) for found in entries]
    names = Counter((found[k].key, found[k].value) for found, k in zip(entries, tops) if k is not None)
    return [[e for i, e in enumerate(found) if i != k or key_role(e.key) or names[(e.key, e.value)] < 2]
            for found, k in zip(entries, tops)]


def top_entry(found: list[Entry]) -> int | None:
    """The position of a table's top row of labels and values: its first, or its second under a title row
    with no value; None for a table with no entries."""
    if not found:
        return None
    return 1 if len(found) > 1 and found[0].key and not found[0].value else 0


def with_heading_entries(tables: list[RawTable], entries: list[list[Entry]]) -> list[list[Entry]]:
    """The entries, those of a table of labelled rows that labels no recommendation opened by the
    recommendation its headings name (``heading_entry``): a plan written for screen readers sets each
    recommendation as a heading over its text and each action as a heading over a table of its fields.
    The tables after it under the same heading are its further actions.  A document that also sets its
    plan out in a plan table (a summary of the records) is read from that table alone: the headings
    add nothing then."""
    if any(find_header(table) is not None for table in tables):
        return entries
    out: list[list[Entry]] = []
    named = ""  # the recommendation label of the headings over the last table
    for table, found in zip(tables, entries):
        heading = heading_entry(table)
        if heading is not None and found and heading.key != named \
                and not any(e.key and key_role(e.key) == "rec" for e in found):
            found = [heading, *found]
        named = heading.key if heading is not None else named
        out.append(found)
    return out


def heading_entry(table: RawTable) -> Entry | None:
    """The recommendation the headings over a table name, as a labelled entry with the text under the
    heading: the heading over the table's own ("Recommendation 2" over "Action 2.1"), else its own."""
    for heading, text in ((table.outer_heading, table.outer_intro), (table.heading, table.intro)):
        label, rest = split_label(" ".join(heading.split()))
        if label is not None and is_label_key(label.label):
            value = "\n".join(part for part in (rest.strip(), text.strip()) if part)
            return Entry(label.label, value, "", table.rows[0], heading=True) if value else None
    return None


def last_label(entries: list[Entry], carried: str) -> str:
    """The column of the last label in ``entries`` (``carried`` when they have none)."""
    return next((key_identity(e.key) for e in reversed(entries) if e.key), carried)


def record_runs(tables: list[RawTable], entries: list[list[Entry]]) -> list[list[int]]:
    """Positions of the tables of labelled rows that hold one plan: each run opens with a table that labels
    a recommendation and goes on over the tables of labelled rows right after it (a form's "Action
    taken" / "Date" rows, with no recommendation before them, are no plan)."""
    runs: list[list[int]] = []
    for k, table in enumerate(tables):
        if not entries[k]:
            continue
        if runs and runs[-1][-1] == k - 1 and tables[k - 1].index == table.index - 1:
            runs[-1].append(k)
        elif any(e.key and key_role(e.key) == "rec" for e in entries[k]):
            runs.append([k])
    return runs


def labelled_entries(table: RawTable) -> list[Entry]:
    """The table's rows as labelled entries when its left column labels them (``labels_rows``) and no
    header row names its columns; []."""
    if table.n_cols < 2 or find_header(table) is not None:  # a header row names the columns across
        return []
    entries = [entry for entry in (row_entry(row) for row in table.rows) if entry is not None]
    return entries if entries and labels_rows([e.key for e in entries]) else []


def row_entry(row: Row) -> Entry | None:
    """A row as label and value: the left cell and the others' text; a labelled row across the table
    ("Recommendation 2: …") as its label and the rest.  An empty left cell carries the value above on."""
    first, own = row.cells[0], [c for c in row.cells[1:] if not c.span]
    key = "" if first.span else " ".join(first.text.split())
    value = "\n".join(c.text.strip() for c in own if c.text.strip())
    if key and not value:
        across = labelled_across(first.text, row)
        if across is not None:
            return across
    fill = next((c.fill for c in own if c.fill), "")  # a RAG value given as colour alone
    return Entry(key, value, fill, row) if key or value else None


def labelled_across(text: str, row: Row) -> Entry | None:
    """A labelled row with no value cell ("Recommendation 2: …" across the table): its label and the rest."""
    label, rest = split_label(text.strip())
    return Entry(label.label, rest.strip(), "", row) if label is not None and rest.strip() else None


def labels_rows(keys: list[str]) -> bool:
    """A left column of labels: short, not sentences, most of them a plan column's name (or none at all: the
    rest of a value cut by a page break, which only a record before it can take, see ``record_runs``)."""
    named = [k for k in keys if k]
    if any(len(k) > SUBHEADING_LENGTH or reads_as_sentence(k) for k in named):
        return False
    return sum(1 for k in named if key_role(k)) * 3 >= len(named) * 2


def is_record_table(keys: list[str]) -> bool:
    """Labels down the left column (``labels_rows``) of enough rows, naming several roles, one of them
    the recommendation or the action."""
    found = {key_role(k) for k in keys if k} - {None}
    return (len([k for k in keys if k]) >= MIN_LABELLED_ROWS and labels_rows(keys) and len(found) >= MIN_ROLES
            and bool(found & PLAN_ROLES))


def is_label_key(key: str) -> bool:
    """A label that names a recommendation ("Recommendation 3", "R2", "DHR-01"), not a bare number ("3.1",
    "(iv)")."""
    label = label_from_cell(key)
    return label is not None and any(ch.isalpha() for ch in key.lower().replace(label.number, "", 1))


def key_role(key: str) -> str | None:
    return "rec" if is_label_key(key) else header_role(key)


def key_identity(key: str) -> str:
    """The column a label stands for: every recommendation label one column, else its folded words."""
    return fold_header(REC_COLUMN) if is_label_key(key) else fold_header(key)


def unrolled(table: RawTable, groups: list[list[Entry]], columns: list[str], names: dict[str, str],
             level: set[int], carried: str = "") -> RawTable:
    """The plan table the labelled rows stand for (see the module's docstring): a row per group of
    entries (``record_groups``) that opens in the table; ``level``: the columns of the recommendation;
    ``carried``: the label in effect above the first row (the value of an unlabelled first row carries
    it on)."""
    header = tuple(Cell(REC_COLUMN if is_label_key(names[c]) else names[c]) for c in columns)
    first = table.rows[0]
    rows = [Row(header, groups[0][0].row.index if groups else first.index, groups[0][0].row.page if groups else first.page)]
    for group in groups:
        above = columns.index(carried) if carried in columns else None
        rows.append(grouped_row(group, columns, level, len(rows), above, table.rows))
        carried = last_label(group, carried)
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


def carried_on(text: str, entry: Entry, own_rows: tuple[Row, ...]) -> str:
    """``text`` carried on by the value of an unlabelled entry: a new paragraph, or, from another table
    than ``own_rows``'s (a value a page break cut), joined as a cut cell is."""
    if text and not any(entry.row is row for row in own_rows):
        return join_text(text, entry.value)
    return "\n".join(t for t in (text, entry.value) if t)


def grouped_row(group: list[Entry], columns: list[str], level: set[int], position: int,
                carried: int | None, own_rows: tuple[Row, ...]) -> Row:
    """One plan row from its labelled entries; an entry with no label carries on the value above it.  A
    row with no recommendation label of its own is an action under the one above: its recommendation
    cells are merged from above.  ``carried``: the column of the label in effect above the row;
    ``own_rows``: the table's rows (entries from the next table, a record's rest over a page break,
    are no rows of this one to name in ``joined``)."""
    texts = [""] * len(columns)
    fills = [""] * len(columns)
    column = carried
    for entry in group:
        if entry.key:
            column = columns.index(key_identity(entry.key))
            value = f"{entry.key}\n{entry.value}" if is_label_key(entry.key) else entry.value
            texts[column], fills[column] = value, entry.fill
        else:
            assert column is not None  # a value above every label has the column of no name (unrolled_tables)
            texts[column] = carried_on(texts[column], entry, own_rows)
    opens_rec = any(e.key and columns.index(key_identity(e.key)) in level for e in group)
    merged = position > 1 and not opens_rec
    cells = tuple(Cell(text, "above" if merged and i in level and not text else "", fills[i])
                  for i, text in enumerate(texts))
    first = group[0].row
    return Row(cells, first.index, first.page,
               joined=tuple(e.row.index for e in group[1:] if any(e.row is row for row in own_rows)))
