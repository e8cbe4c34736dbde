"""An action cell written as nested bullets: each action, then its fields as labelled bullets under it.

Some plans answer each recommendation in one cell of bullets on several levels: an action at the top
level, then under it its fields as labelled bullets (``o Lead: Police``, ``o Timescale: Q1 2025/26``,
``o Progress`` with the progress a level further in), then the next action.  Word's own list levels, and
the markers that show them (``•`` / ``o`` / ``▪``), are not kept by every reader, so the levels are read
from the labels: an unlabelled bullet followed by a labelled one opens an action; a labelled bullet
(``Label: value``) is that field of the action; a bare label (``Progress``) takes the bullets after it
until the next action.  The column becomes the action column and one column per label (headed by the
label as written, so a header of that name gives its role), one row per action, the row's other cells
merged down over its later actions.  A cell carried on from a page break (its opening bullets followed
by no label) goes on under the label in effect at the end of the cell above.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Cell, RawTable, Row
from .bullet_actions import bulleted_lines
from .headers import find_header, header_role, is_header_row
from .labelled_blocks import table_runs, widened_joint

# A bullet at any level: Word's "•", "o" (a lone letter o before the text) and "▪" (read as "•").
BULLET = re.compile(r"^\s*(?:[•▪●◦‣]|o(?=\s))\s*(.*)$")
LABELLED = re.compile(r"^(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*(?P<value>.*)$")
FIELD_ROLES = frozenset({"agency", "target", "progress", "evidence", "status", "rag", "priority", "scope"})
MAX_LABEL_WORDS = 4  # a field's label is a column's name ("Lead", "Target date"), never a sentence
MIN_FIELD_LABELS = 2  # an action with fields names at least two of them (one could be a sentence's "Note:")


@dataclass
class Block:
    """One action of a cell: its text and its fields' texts by label (as written)."""

    action: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)


def bullet_lines(text: str) -> list[str]:
    """The cell's bullets, a wrapped line joined to its bullet, ``o`` a bullet too; [] when the cell does
    not open with a bullet."""
    return bulleted_lines(text, BULLET)


def field_label(item: str) -> tuple[str, str] | None:
    """A bullet as a field: (label, value) for ``Lead: Police`` or a bare ``Progress`` (value ''); None when
    it is no field's label (an action, a field's text)."""
    match = LABELLED.match(item)
    label, value = (match.group("label"), match.group("value")) if match else (item.rstrip(":"), None)
    if value is None and item.endswith((".", ";", ",")):
        return None
    if len(label.split()) > MAX_LABEL_WORDS or header_role(label) not in FIELD_ROLES:
        return None
    return label.strip(), (value or "").strip()


def cell_blocks(text: str, carried: str = "") -> tuple[list[Block], str]:
    """A cell's actions and their fields (see the module), and the label in effect at its end.  Bullets
    before the cell's first action go on under ``carried``, the label in effect above."""
    items = bullet_lines(text)
    labels = [field_label(item) for item in items]
    blocks: list[Block] = []
    current = carried
    for k, item in enumerate(items):
        labelled = labels[k]
        if labelled is not None:
            if not blocks:
                blocks.append(Block())
            current = labelled[0]
            blocks[-1].fields.setdefault(current, []).extend([labelled[1]] if labelled[1] else [])
        elif opens_action(labels, k, carried, bool(blocks)):
            blocks.append(Block([item]))
            current = ""
        else:
            if not blocks:
                blocks.append(Block())
            target = blocks[-1].fields.setdefault(current, []) if current else blocks[-1].action
            target.append(item)
    return blocks, current


def opens_action(labels: list[tuple[str, str] | None], k: int, carried: str, started: bool) -> bool:
    """An unlabelled bullet opens an action when a field's label follows it, or when it opens a cell that
    carries on no field from above."""
    followed = k + 1 < len(labels) and labels[k + 1] is not None
    return followed or (k == 0 and not started and not carried)


def column_labels(cells: list[str]) -> list[str]:
    """The field labels of a column's cells in the order first written, when some cell's action has
    at least two fields; else []."""
    labels: list[str] = []
    found = False
    carried = ""
    for text in cells:
        blocks, carried = cell_blocks(text, carried)
        found = found or any(len(b.fields) >= MIN_FIELD_LABELS for b in blocks)
        labels.extend(label for b in blocks for label in b.fields if label not in labels)
    return labels if found else []


def block_cells(block: Block, cell: Cell, labels: list[str]) -> list[Cell]:
    """The action's cell and one cell per label."""
    texts = ["\n".join(block.action), *("\n".join(block.fields.get(label, [])) for label in labels)]
    return [replace(cell, text=text, span="") for text in texts]


def split_row(row: Row, column: int, labels: list[str], carried: str) -> tuple[list[Row], str]:
    """The row as one row per action of its cell in ``column`` (see the module)."""
    cell = row.cells[column]
    blocks, carried = cell_blocks(cell.text, carried) if not cell.span else ([], carried)
    if not blocks:
        blank = [cell] + [Cell("", cell.span) for _ in labels]
        return [replace(row, cells=row.cells[:column] + tuple(blank) + row.cells[column + 1:])], carried
    rows = []
    for k, block in enumerate(blocks):
        others = row.cells if k == 0 else tuple(replace(c, text="", span="above") for c in row.cells)
        rows.append(replace(row, cells=others[:column] + tuple(block_cells(block, cell, labels)) + others[column + 1:]))
    return rows, carried


def split_table(table: RawTable, column: int, labels: list[str], n_header: int, carried: str) -> tuple[RawTable, str]:
    """The table with ``column`` made the action column and one column per label; the label in effect
    at its end."""
    rows: list[Row] = []
    for k, row in enumerate(table.rows):
        if column >= len(row.cells):
            rows.append(row)
        elif k < n_header or is_header_row(row):  # the header (its last row names the labels), or its copy
            named = k >= n_header - 1 and not row.cells[column].span
            extra = tuple(Cell(label) if named else Cell("", "left") for label in labels)
            rows.append(replace(row, cells=row.cells[:column + 1] + extra + row.cells[column + 1:]))
        else:
            pieces, carried = split_row(row, column, labels, carried)
            rows.extend(pieces)
    joint = widened_joint(table.joint_columns, column, len(labels))
    group = tuple(range(column, column + len(labels) + 1))  # read from one cell: a page break cuts them as one
    return replace(table, rows=tuple(rows), joint_columns=(*joint, group)), carried


def action_column(table: RawTable) -> tuple[int, int] | None:
    """The table's one action column and the rows its header takes; None without a plan header."""
    header = find_header(table)
    if header is None or len(header.columns("action")) != 1:
        return None
    return header.columns("action")[0], header.first_row + header.n_rows


def split_run(tables: list[RawTable]) -> list[RawTable]:
    """A run of tables (one table cut by page breaks) with its action column of nested bullets split."""
    found = action_column(tables[0])
    if found is None:
        return tables
    column = found[0]
    heads = [action_column(t) for t in tables]
    cells = [row.cells[column].text for t, h in zip(tables, heads) for row in t.rows[h[1] if h else 0:]
             if column < len(row.cells) and not row.cells[column].span]
    labels = column_labels(cells)
    if not labels:
        return tables
    out, carried = [], ""
    for table, head in zip(tables, heads):
        split, carried = split_table(table, column, labels, head[1] if head else 0, carried)
        out.append(split)
    return out


def bullet_fields_split(tables: list[RawTable]) -> list[RawTable]:
    """The tables, each action column of nested bullets with labelled fields read as the action and its
    fields' columns (see the module)."""
    out: list[RawTable] = []
    for run in table_runs(tables):
        out.extend(split_run([tables[k] for k in run]))
    return out
