"""The ``tables`` parsing report: every table found, how it was read, and whether it was the plan."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.api import extract_document

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).parent / "fixtures"


def report(path: Path) -> list[tuple]:
    return [(t.table, t.page, t.strategy, t.n_cols, t.is_plan, t.header_rows) for t in extract_document(path).tables]


def test_ruled_plan_after_a_contributing_agencies_table() -> None:
    rows = report(SAMPLES / "home_office_7col.pdf")
    assert rows[0] == (1, 1, "ruled", 2, False, 0)  # Agency | Contribution: not the plan
    assert rows[1] == (2, 1, "ruled", 7, True, 1)
    assert all(strategy == "ruled" for _, _, strategy, *_ in rows)
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))


def test_table_ruled_only_between_rows_is_partly_ruled() -> None:
    tables = extract_document(SAMPLES / "word_style_pdf.pdf").tables
    plan = [t for t in tables if t.is_plan]
    assert plan and all(t.strategy == "partly_ruled" and t.n_cols == 6 for t in plan)
    assert not tables[0].is_plan  # the document control box above the plan


def test_borderless_table_has_its_box_and_a_confidence() -> None:
    (table,) = extract_document(FIXTURES / "borderless_columns.pdf").tables
    assert (table.strategy, table.n_cols, table.is_plan, table.header_rows) == ("borderless", 5, True, 1)
    assert table.x0 is not None and table.x0 < table.x1 and table.top < table.bottom
    assert 0.9 <= table.confidence <= 1.0


def test_docx_tables_have_no_page_geometry() -> None:
    tables = extract_document(SAMPLES / "home_office_7col.docx").tables
    assert [t.is_plan for t in tables] == [False, True, False]  # contributors, plan, glossary
    assert all(t.strategy == "docx" and t.page is None and t.x0 is None and t.confidence == 1.0 for t in tables)
