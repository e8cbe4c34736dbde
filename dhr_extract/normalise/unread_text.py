"""Text a PDF page set inside a plan table's area that reached none of its cells (``RawTable.unread``,
found by ``extract/pdf/unread_words``): kept as residue, with a warning per table, and the review
``partial``, so a reading that drops words says so."""
from __future__ import annotations

from ..model import RawTable, Residue, ResidueReason, WarningCode, WarningRecord

QUOTED_CHARS = 60  # of the first unread line, in the warning's message


def unread_text(tables: list[RawTable], plan_tables: set[int], review_id: str) -> list[Residue]:
    """A residue row per unread line of the plan's tables (row 0: no row of the table holds it)."""
    return [Residue(review_id, table.page, table.index + 1, 0, "", line, ResidueReason.UNREAD_TEXT)
            for table in tables if table.index in plan_tables for line in table.unread]


def unread_text_warnings(residue: list[Residue], review_id: str) -> list[WarningRecord]:
    """A warning per table with unread lines, counting them and quoting the first."""
    by_table: dict[tuple[int, int | None], list[str]] = {}
    for r in residue:
        if r.reason == ResidueReason.UNREAD_TEXT:
            by_table.setdefault((r.table, r.page), []).append(r.text)
    return [WarningRecord(review_id, WarningCode.TEXT_IN_NO_CELL,
                          f"{len(lines)} line{'s' if len(lines) > 1 else ''} of text inside the table reached no cell, "
                          f"kept in residue: {lines[0][:QUOTED_CHARS]!r}", f"page {page}, table {table}")
            for (table, page), lines in by_table.items()]
