"""How sure a table's reading is: ``tables.confidence`` per table, and the plan's confidence the review uses.

Two kinds of evidence go into it, each a share in 0..1:

- the grid fit the reader measured (``RawTable.confidence``): for a ruled table the share of the words in
  its box that fell into a cell, for a borderless one the share of runs of words that start at a column's
  edge, for a table read with OCR its words' mean confidence;
- the row certainty: the share of the table's record rows whose extent the page draws.  A borderless
  table draws no row edges, so a row carried on from the one above (across a page break, or a white
  gap inside a tall cell), or unlabelled text taken for more of the recommendation above, is a
  decision the reader made from the text; each could as well have been a new row, and a wrong one
  merges or splits records without leaving residue.  Rules bound
  the rows of a ruled or partly ruled table, and DOCX / HTML rows are given, so there the rows are
  certain.

Measured on the ~320 annotated documents (producer corpus, fixtures, samples and the held-out rounds),
the grid fit alone barely told good readings from bad: dense borderless plans whose every
recommendation was read right fitted their grid as loosely (0.8–0.9 row-weighted, 0.1–0.4 on their
worst page) as those that merged or split actions.  What the bad readings had on top was many rows
joined across page breaks and gaps, so the confidence multiplies the two.
"""
from __future__ import annotations

from typing import Iterable

from ..model import RowSource, TableReport

INFERRED_ROWS = frozenset({"borderless"})  # strategies whose row edges are inferred, not drawn
RECORD_KINDS = frozenset({"data", "joined"})  # row kinds that hold a record's text (provenance.row_kind)


def row_certainty(strategy: str, record_rows: int, inferred_rows: int) -> float:
    """The share of a table's record rows whose extent is drawn: 1 unless its rows are inferred."""
    if strategy not in INFERRED_ROWS or record_rows <= 0:
        return 1.0
    return 1.0 - min(inferred_rows, record_rows) / record_rows


def table_confidence(fit: float, strategy: str, record_rows: int, inferred_rows: int, via_ocr: bool = False) -> float:
    """The grid fit times the row certainty; a table read with OCR keeps its words' mean confidence."""
    if via_ocr:
        return round(fit, 3)
    return round(fit * row_certainty(strategy, record_rows, inferred_rows), 3)


def row_counts(sources: Iterable[RowSource]) -> dict[int, tuple[int, int]]:
    """Table number (1-based) -> (record rows, rows whose place was inferred from the text), from the plan's
    provenance in document order.  Inferred: a row joined to the one above (a continuation across a page
    break or a gap), and a row that adds to a recommendation opened above without opening an action
    (unlabelled recommendation text taken for more of the one above)."""
    counts: dict[int, tuple[int, int]] = {}
    opened: set[str] = set()
    for source in sources:
        if source.kind not in RECORD_KINDS:
            continue
        carried = source.kind == "joined" or (bool(source.rec_id) and source.rec_id in opened and not source.action_id)
        opened.add(source.rec_id)
        records, inferred = counts.get(source.table, (0, 0))
        counts[source.table] = (records + 1, inferred + carried)
    return counts


def plan_confidence(tables: Iterable[TableReport]) -> float | None:
    """The confidence of the plan as a whole: its tables' confidences weighted by their body rows, so a
    table of one or two rows at the foot of a page (whose fit is a matter of a few words) weighs as
    little as it holds; None for a document with no plan table."""
    weighted = [(t.confidence, max(t.n_rows - t.header_rows, 1)) for t in tables if t.is_plan]
    total = sum(weight for _, weight in weighted)
    return sum(value * weight for value, weight in weighted) / total if total else None
