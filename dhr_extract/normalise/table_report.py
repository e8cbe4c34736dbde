"""The parsing report: one ``TableReport`` per table found in a document, plan or not."""
from __future__ import annotations

from typing import Sequence

from ..model import RawTable, RowSource, TableReport
from .record_tables import unrolled_tables
from .plan_tables import find_plan_tables
from .table_confidence import row_counts, table_confidence


def tables_to_report(tables: list[RawTable], review_id: str, source_file: str,
                     sources: Sequence[RowSource] = ()) -> list[TableReport]:
    """Where each table is, how it was found, whether it was read as the plan, and how sure that is
    (``sources``: the plan's rows and what they became, see ``table_confidence``)."""
    read = unrolled_tables(tables)
    plan = {table.index: header for table, header in find_plan_tables(read)}
    unrolled = {new.index for old, new in zip(tables, read) if new is not old}  # its header row was its left column
    counts = row_counts(sources)
    reports = []
    for table in tables:
        box = table.bbox or (None, None, None, None)
        header = plan.get(table.index)
        reports.append(TableReport(
            review_id, source_file, table.index + 1, table.page,
            *(round(v, 1) if v is not None else None for v in box),
            strategy=table.strategy, n_rows=len(table.rows), n_cols=table.n_cols,
            is_plan=header is not None, header_rows=header.n_rows if header and table.index not in unrolled else 0,
            confidence=table_confidence(table.confidence, table.strategy, *counts.get(table.index + 1, (0, 0)),
                                        via_ocr=table.via_ocr),
            via_ocr=table.via_ocr, unread_lines=len(table.unread)))
    return reports
