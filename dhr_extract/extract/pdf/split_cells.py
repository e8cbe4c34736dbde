"""A ruled row the page break cut in some columns only.

A browser rules a cell off at the row it ends in, and cells merged down over the rows beside it
(``rowspan``) run on without a rule.  When the page breaks inside such a group of rows, the last row
on the page has a rule under its cells of the rows that ended there (an action) and none under the
merged cells (agency, date, progress), which go on overleaf.  The first row under the next page's
header is then a new row in the ruled-off columns, and the rest of the merged cells in the others:
its empty cells there are covered from above, as a merged cell's rows are within one page.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Cell, RawTable
from .lines import BBox
from .rules import Edge

GridRows = tuple[tuple[BBox | None, ...], ...]


@dataclass(frozen=True)
class CutRow:
    """The last row of a page's lowest ruled table, where a rule closes only some of its cells."""

    closed: tuple[tuple[float, float], ...] = ()  # (x0, x1) of the cells ruled off at their foot
    open: tuple[tuple[float, float], ...] = ()  # ... and of those running on without a rule
    header: tuple[str, ...] = ()  # the table's first row, repeated at the top of the next page or not


def cut_row(raw: RawTable, rows: GridRows, edges: list[Edge], tol: float) -> CutRow:
    """How the table's last row (``raw``'s last, ``rows``: its grid's cell boxes) ends: the cells with
    a drawn rule under them and those without (none of either when they all end alike)."""
    if not raw.rows or len(raw.rows) > len(rows):
        return CutRow()
    boxes = [b for b in rows[len(raw.rows) - 1] if b is not None]
    ruled = [ruled_under(b, edges, tol) for b in boxes]
    if all(ruled) or not any(ruled):
        return CutRow()
    return CutRow(tuple((b[0], b[2]) for b, r in zip(boxes, ruled) if r),
                  tuple((b[0], b[2]) for b, r in zip(boxes, ruled) if not r),
                  tuple(c.text for c in raw.rows[0].cells))


def ruled_under(box: BBox, edges: list[Edge], tol: float) -> bool:
    """Whether a drawn horizontal rule runs under the middle of the cell's foot."""
    middle = (box[0] + box[2]) / 2
    return any(e["orientation"] == "h" and abs(e["top"] - box[3]) <= tol and e["x0"] <= middle <= e["x1"]
               for e in edges)


def with_cut_cells_carried(raw: RawTable, rows: GridRows, cut: CutRow) -> RawTable:
    """The table at the top of the next page with its first body row's empty cells under ``cut``'s open
    cells covered from above, when its filled cells all lie under cells that were ruled off."""
    k = 1 if raw.rows and tuple(c.text for c in raw.rows[0].cells) == cut.header else 0
    if not cut.open or k >= min(len(raw.rows), len(rows)):
        return raw
    row = raw.rows[k]
    carried = carried_cells(row.cells, [under_one(b, cut) for b in rows[k]])
    if not carried:
        return raw
    cells = tuple(Cell("", "above") if c in carried else cell for c, cell in enumerate(row.cells))
    return replace(raw, rows=raw.rows[:k] + (replace(row, cells=cells),) + raw.rows[k + 1:])


def carried_cells(cells: tuple[Cell, ...], under: list[str]) -> list[int]:
    """The empty cells of a row under cells that ran on (``under``: each cell's ``under_one``), when its
    filled cells all stand under cells that were ruled off (none otherwise)."""
    under = under + [""] * max(0, len(cells) - len(under))
    filled = [c for c, cell in enumerate(cells) if cell.text.strip()]
    carried = [c for c, cell in enumerate(cells) if not cell.text.strip() and not cell.span and under[c] == "open"]
    return carried if filled and all(under[c] == "closed" for c in filled) else []


def under_one(box: BBox | None, cut: CutRow) -> str:
    """Whether a cell lies under one of the cut row's "closed" cells, one of its "open" ones, or neither."""
    if box is None:
        return ""
    middle = (box[0] + box[2]) / 2
    for kind, spans in (("closed", cut.closed), ("open", cut.open)):
        if any(x0 <= middle <= x1 for x0, x1 in spans):
            return kind
    return ""
