"""Where each record came from: every raw row of the plan tables, with the record it became.

The review report draws these rows over the page (PDF) or re-draws the table (DOCX / HTML), so a
reviewer sees which recommendation and action each row was read into, and which rows were not.
"""
from __future__ import annotations

from ..model import RawTable, Row, RowSource
from .rows import LogicalRow

# id(LogicalRow) -> (rec_id, action_id) of the record the row opened or was added to
Claims = dict[int, tuple[str, str]]


def row_sources(rows: list[LogicalRow], tables: list[RawTable], claims: Claims, review_id: str) -> list[RowSource]:
    """One ``RowSource`` per raw row of every table the plan was read from, in document order."""
    placed: dict[tuple[int, int], tuple[LogicalRow, int]] = {}  # (table, row) -> (logical row, position in it)
    for logical in rows:
        for position, key in enumerate(logical.rows):
            placed[key] = (logical, position)
    plan_tables = {row.table_index for row in rows}
    sources = []
    for table in tables:
        if table.index not in plan_tables:
            continue
        for raw in table.rows:
            logical, position = placed.get((table.index, raw.index), (None, 0))
            rec_id, action_id = claims.get(id(logical), ("", "")) if logical is not None else ("", "")
            cells = row_cells(raw) if raw.bbox is None else ((), ())  # a row with a box is drawn on its page
            sources.append(RowSource(review_id, table.index + 1, raw.index + 1, raw.page, raw.bbox,
                                     row_kind(logical, position), rec_id, action_id, *cells))
    return sources


def row_kind(logical: LogicalRow | None, position: int) -> str:
    """header (or any row no record was read from: a repeated header, a title row) | data | joined | section
    | guidance."""
    if logical is None:
        return "header"
    if position:
        return "joined"
    if logical.guidance:
        return "guidance"
    return "section" if logical.section else "data"


def row_cells(row: Row) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple("" if c.span else c.text for c in row.cells), tuple(c.span for c in row.cells)


def record_places(sources: list[RowSource]) -> dict[str, str]:
    """Each record's id (action, else recommendation) -> where its first row is ("page 3, table 2,
    row 5"), in the words of the warnings' locations, which the review report links to its rows."""
    places: dict[str, str] = {}
    for source in sources:
        page = f"page {source.page}, " if source.page else ""
        for record_id in (source.action_id, source.rec_id):
            if record_id:
                places.setdefault(record_id, f"{page}table {source.table}, row {source.row}")
    return places
