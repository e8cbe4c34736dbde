"""Label cells set at the foot of their rows: a merged label cell heads the rows above its text.

An HTML table may align its number and recommendation cells to the bottom (``vertical-align:
bottom``): a recommendation merged down over two actions prints its number and text level with the
second action, the first action's row beside nothing.  Without rules, read top-aligned, that first
row is the rest of the recommendation above, and the second action opens the next recommendation.
The table tells its alignment where a label (a number, "R3") is shorter than its row: set at the row's foot (its last
line level with the row's last, its first below the row's top), not at its top.  In a table whose
labels so sit at the foot (``min_bottom_labels`` rows or more, none at the top or centred), the unlabelled rows
directly above a labelled one are the top of its merged cells: the label's cells, and the others
empty in those rows, are given to the first of them, the rest covered from above, as the ruled reader
reads a merged cell.
"""
from __future__ import annotations

from dataclasses import replace

from ...model import Cell, Row
from .lines import Line
from .runs import ROW_LABEL, column_of, column_text
from .settings import DEFAULT, PdfSettings


def label_place(group: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> str:
    """Where a row's label (first column) sits when it is shorter than the row: "top", "bottom" or "middle"
    (between: a label centred in its row, or over merged rows); "" where the row tells nothing."""
    own = [ln for ln in group if any(column_of(w["x0"], columns) == 0 for w in ln.words)]
    if not own or len(group) < 2 or not ROW_LABEL.match(column_text(own[0], 0, columns)):
        return ""  # no label (a first column of text, perhaps the run-on of a tall cell above)
    tol = settings.label_foot_tolerance_em * min(ln.height for ln in group)
    top, bottom = group[0].top, max(ln.bottom for ln in group)
    label_top, label_bottom = min(ln.top for ln in own), max(ln.bottom for ln in own)
    if label_bottom - label_top >= bottom - top - tol:
        return ""  # as tall as the row: says nothing
    if label_top - top <= tol:
        return "top"
    return "bottom" if bottom - label_bottom <= tol else "middle"


def labels_at_foot(groups: list[list[Line]], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the table's labels sit at the foot of their rows: enough say so, and none sits higher (at
    the top, or centred: a centred label over merged rows may end at the foot of the row it falls in)."""
    places = [label_place(group, columns, settings) for group in groups[1:]]
    return places.count("bottom") >= settings.min_bottom_labels and not {"top", "middle"} & set(places)


def with_labels_over_rows_above(rows: list[Row], groups: list[list[Line]], columns: list[float],
                                settings: PdfSettings = DEFAULT) -> list[Row]:
    """The rows with each label merged up over the unlabelled rows directly above it (the header, row 0,
    excepted), when the table's labels sit at the foot of their rows; else as they are."""
    if len(rows) != len(groups) or len(rows) < 3 or not labels_at_foot(groups, columns, settings):
        return rows
    out = list(rows)
    for i in range(2, len(rows)):
        if not ROW_LABEL.match(rows[i].cells[0].text):
            continue
        first = i
        while first > 1 and is_empty(rows[first - 1].cells[0]):
            first -= 1  # read from the rows as they were: a label moved up leaves no run for the next
        if first < i:
            out[first:i + 1] = merged_up(rows[first:i + 1])
    return out


def merged_up(run: list[Row]) -> list[Row]:
    """The run's last row's cells that are empty in every row above it, moved to its first row."""
    last = run[-1]
    moved = [c for c, cell in enumerate(last.cells)
             if not is_empty(cell) and all(is_empty(row.cells[c]) for row in run[:-1])]
    covered = Cell("", "above")
    head = replace(run[0], cells=tuple(last.cells[c] if c in moved else cell for c, cell in enumerate(run[0].cells)))
    rest = [replace(row, cells=tuple(covered if c in moved else cell for c, cell in enumerate(row.cells)))
            for row in run[1:]]
    return [head, *rest]


def is_empty(cell: Cell) -> bool:
    return not cell.text.strip()
