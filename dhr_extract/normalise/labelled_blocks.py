"""A column whose cells each hold the same labelled blocks, read as one column per label.

Some plans write one wide cell per row holding several fields, each under a label on a line of its own
("Recommendation" / its text, then "Action" / its text).  When the labels are names a header row would
give plan columns (``header_role``), the column stands for those columns: ``blocks_split`` rewrites
it as one column per label, headed by the label, so that each field takes the label's role as a
header of that name would give it.  A label may also run in, opening its paragraph with a colon
("Lead: Police", ``run_in_labels_apart``).  A cell whose labels start over holds two records an
unruled print ran together: it is read as a row per record (``record_rows``).  HTML, DOCX and PDF tables
are rewritten alike.

A row cut by a page break leaves a cell that opens inside a block ("of hours." / "Action" / …): the
text before its first label belongs to the label before that one, and a cell with no label at all
to the label in effect at the end of the cell above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..model import Cell, RawTable, Row
from .headers import find_header, fold_header, header_role, is_header_row

MAX_LABEL_WORDS = 4  # a label is a column's name ("Lead agency", "Target date"), never a sentence
MIN_LABELS = 2  # one label alone only repeats the column's own name
MIN_LABELLED_CELLS = 2  # cells holding every label: one could be a note that happens to be laid out so
# Cells holding the labels out of their order: two rows a PDF's row walk read as one, never more than a few.
MAX_DISORDERED_SHARE = 0.25


@dataclass(frozen=True)
class Labels:
    """A column's labels in order: as first written (the new columns' names) and folded (to match)."""

    names: tuple[str, ...]
    keys: tuple[str, ...]


def label_key(line: str) -> str:
    """A line's text as a label: folded, without the colon after it; '' when the line names no plan
    column (too long, ending a sentence, or no header's name)."""
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > MAX_LABEL_WORDS or text.endswith((".", ";", ",")):
        return ""
    return fold_header(text) if header_role(text) else ""


# A run-in label after a sentence's end inside a line: a PDF's paragraphs run together ("… process. Lead: Police").
MID_LINE_LABEL = re.compile(r"(?<=[.!?])\s+(?=([A-Z][\w'\u2019&/ -]{0,40}?):\s)")


def run_in_labels_apart(text: str) -> str:
    """A cell's text with each run-in label ("Lead: Police", a paragraph opened by a plan column's name
    and a colon, at a line's start or after a sentence's end) set on a line of its own above its text,
    as a block's label is."""
    lines: list[str] = []
    for line in (piece for whole in text.split("\n") for piece in at_mid_line_labels(whole)):
        head, colon, rest = line.partition(":")
        if colon and rest.strip() and label_key(head + colon):
            lines += [head.strip() + colon, rest.strip()]
        else:
            lines.append(line)
    return "\n".join(lines)


def at_mid_line_labels(line: str) -> list[str]:
    """The line cut before each run-in label standing after a sentence's end inside it."""
    cuts = [m.start() for m in MID_LINE_LABEL.finditer(line) if label_key(m.group(1) + ":")]
    return [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)])] if cuts else [line]


def cell_label_keys(text: str) -> list[str]:
    """The label lines of a cell, folded, in order."""
    return [key for key in (label_key(line) for line in text.split("\n")) if key]


def opens_with_label(text: str) -> bool:
    return bool(label_key(text.strip().split("\n", 1)[0]))


def full_blocks(text: str) -> tuple[str, ...] | None:
    """The labels of a cell that is wholly labelled blocks: it opens with a label, each label is
    different and has text under it; None for any other cell."""
    keys: list[str] = []
    has_text: list[bool] = []
    for line in text.strip().split("\n"):
        key = label_key(line)
        if key:
            keys.append(key)
            has_text.append(False)
        elif not keys:
            return None
        elif line.strip():
            has_text[-1] = True
    if len(keys) < MIN_LABELS or len(set(keys)) != len(keys) or not all(has_text):
        return None
    return tuple(keys)


def in_order(keys: list[str], labels: tuple[str, ...]) -> bool:
    """Whether those of ``keys`` that are ``labels`` come in their order, none twice."""
    positions = [labels.index(k) for k in keys if k in labels]
    return positions == sorted(set(positions))


def column_labels(texts: list[str]) -> Labels | None:
    """The labels of a column (its body cells' ``texts``) whose cells each hold the same labelled blocks:
    at least two cells hold every label, the labels name different roles, most cells hold some of them (a
    cell cut by a page break holds a few, in order), and few hold them out of their order."""
    filled = [t for t in texts if t.strip()]
    blocks = [b for b in (full_blocks(t) for t in filled) if b is not None]
    if len(blocks) < MIN_LABELLED_CELLS:
        return None
    keys = max(set(blocks), key=blocks.count)
    if not holds_labelled_blocks(filled, blocks, keys):
        return None
    names = next(labels_as_written(t) for t in filled if full_blocks(t) == keys)
    return Labels(names, keys)


def holds_labelled_blocks(filled: list[str], blocks: list[tuple[str, ...]], keys: tuple[str, ...]) -> bool:
    """Whether a column's filled cells (``blocks``: the labels of those holding whole blocks) are
    labelled by ``keys``: see ``column_labels``."""
    roles = {header_role(k) for k in keys}
    labelled = [t for t in filled if set(cell_label_keys(t)) & set(keys)]  # cut cells hold some of the labels
    if blocks.count(keys) < MIN_LABELLED_CELLS or len(labelled) * 2 < len(filled) or len(roles) != len(keys):
        return False
    return sum(not in_order(cell_label_keys(t), keys) for t in filled) <= len(filled) * MAX_DISORDERED_SHARE


def labels_as_written(text: str) -> tuple[str, ...]:
    return tuple(line.strip().rstrip(":").strip() for line in text.strip().split("\n") if label_key(line))


def split_cell(text: str, labels: Labels, carried: int) -> tuple[list[str], int]:
    """The cell's text as one text per label, and the label in effect at its end.  Text before the
    first label goes to the label before that one (the rest of a block cut above), or, before the
    first label of all or in a cell without labels, to ``carried``: the label in effect above."""
    lines = text.split("\n")
    marks = [(i, labels.keys.index(key)) for i, key in ((i, label_key(line)) for i, line in enumerate(lines))
             if key in labels.keys]
    parts: list[list[str]] = [[] for _ in labels.keys]
    at = carried if not marks or marks[0][1] == 0 else marks[0][1] - 1
    starts = dict(marks)
    for i, line in enumerate(lines):
        if i in starts:
            at = starts[i]
        else:
            parts[at].append(line)
    return ["\n".join(part).strip() for part in parts], at


def split_row_cell(cell: Cell, labels: Labels, carried: int) -> tuple[list[Cell], int]:
    """A body cell of the column as one cell per label (a merged position stays merged in each)."""
    if cell.span:
        return [cell] * len(labels.keys), carried
    if not cell.text.strip():
        return [replace(cell, text="", span="") for _ in labels.keys], carried
    texts, at = split_cell(run_in_labels_apart(cell.text), labels, carried)
    return [replace(cell, text=text, span="") for text in texts], at


def header_cells(cell: Cell, labels: Labels, last: bool) -> list[Cell]:
    """A header row's cell as the labels' names (the header's last row), or kept over the new columns
    (a group heading above, a title row)."""
    if last and not cell.span:
        return [Cell(name) for name in labels.names]
    return [cell, *(Cell("", "left" if cell.span != "above" else "above") for _ in labels.names[1:])]


def header_rows(table: RawTable, column: int, labels: Labels, first: bool) -> int:
    """How many rows of the table head it: its header's, else (a run's first table whose header names
    no plan column until its labels do) the rows above the first cell opening with a label."""
    header = find_header(table)
    if header is not None:
        return header.n_rows
    if not first:
        return 0
    texts = [run_in_labels_apart(row.cells[column].text) if column < len(row.cells) else "" for row in table.rows]
    opening = next((k for k, text in enumerate(texts)
                    if opens_with_label(text) and cell_label_keys(text)[0] in labels.keys), 0)
    return opening


def record_rows(row: Row, column: int, labels: Labels) -> list[Row]:
    """The row as one row per record its cell in ``column`` holds: where the labels start over ("Action:"
    again after "Update:"), two rows an unruled print shows as one, the later rows' other cells merged
    down from the first.  Only in a column whose labels name no recommendation: the other cells are the
    recommendation's then, shared by the records."""
    cell = row.cells[column]
    if cell.span or any(header_role(name) in ("rec", "number") for name in labels.names):
        return [row]
    chunks = record_texts(cell.text)
    if len(chunks) < 2:
        return [row]
    above = tuple(Cell("", "above") if c.text.strip() or c.span else c for c in row.cells)
    return [replace(row, cells=(row.cells if k == 0 else above)[:column] + (replace(cell, text=chunk),)
                    + (row.cells if k == 0 else above)[column + 1:]) for k, chunk in enumerate(chunks)]


def record_texts(text: str) -> list[str]:
    """A cell's text cut before each label that its record already has (the next record's first); a cell
    opening with no label is no cell of labelled blocks, and stays whole."""
    apart = run_in_labels_apart(text)
    if not opens_with_label(apart):
        return [text]
    chunks: list[list[str]] = [[]]
    seen: set[str] = set()
    for line in apart.split("\n"):
        key = label_key(line)
        if key and key in seen:
            chunks.append([])
            seen = set()
        seen.add(key)
        chunks[-1].append(line)
    return ["\n".join(chunk) for chunk in chunks]


def split_table(table: RawTable, column: int, labels: Labels, n_header: int, carried: int) -> tuple[RawTable, int]:
    """The table with ``column`` made one column per label (a cell holding several records a row per
    record, ``record_rows``); the label in effect at its end."""
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        if column >= len(row.cells):
            rows.append(row)
            continue
        if k < n_header or is_header_row(row):  # the header, or its copy under a page break
            new = header_cells(row.cells[column], labels, k >= n_header - 1)
            rows.append(replace(row, cells=row.cells[:column] + tuple(new) + row.cells[column + 1:]))
            continue
        for record in record_rows(row, column, labels):
            new, carried = split_row_cell(record.cells[column], labels, carried)
            rows.append(replace(record, cells=record.cells[:column] + tuple(new) + record.cells[column + 1:]))
    joint = widened_joint(table.joint_columns, column, len(labels.keys) - 1)
    group = tuple(range(column, column + len(labels.keys)))
    return replace(table, rows=tuple(rows), joint_columns=(*joint, group)), carried


def widened_joint(joint: tuple[tuple[int, ...], ...], column: int, extra: int) -> tuple[tuple[int, ...], ...]:
    """``RawTable.joint_columns`` after ``extra`` columns are inserted after ``column``."""
    return tuple(tuple(c + extra if c > column else c for c in group) for group in joint)


def table_runs(tables: list[RawTable]) -> list[list[int]]:
    """Positions of the tables that may be one table cut by page breaks: one after another in the
    document, with as many columns."""
    runs: list[list[int]] = []
    for k, table in enumerate(tables):
        if runs and tables[k - 1].index == table.index - 1 and tables[k - 1].n_cols == table.n_cols:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def body_texts(table: RawTable, column: int) -> list[str]:
    """The texts of the column's cells below the table's header (all its rows where it has none)."""
    header = find_header(table)
    start = header.n_rows if header is not None else 0
    return [record for row in table.rows[start:] if column < len(row.cells) and not row.cells[column].span
            for record in record_texts(row.cells[column].text)]


def split_run(tables: list[RawTable]) -> list[RawTable]:
    """A run of tables (``table_runs``) with each column of labelled blocks made one column per label,
    right to left so that a split leaves the columns before it in place."""
    for column in range(tables[0].n_cols - 1, -1, -1):
        texts = [text for table in tables for text in body_texts(table, column)]
        labels = column_labels(texts)
        if labels is None:
            continue
        carried = 0
        out = []
        for k, table in enumerate(tables):
            n_header = header_rows(table, column, labels, k == 0)
            split, carried = split_table(table, column, labels, n_header, carried)
            out.append(split)
        tables = out
    return tables


def blocks_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each column of labelled blocks read as the columns its labels name (see the module)."""
    out: list[RawTable] = []
    for run in table_runs(tables):
        out.extend(split_run([tables[k] for k in run]))
    return out
