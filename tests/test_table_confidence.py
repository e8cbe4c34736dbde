"""``tables.confidence``: the grid fit times the share of rows whose extent the page draws."""
from __future__ import annotations

import pytest

from dhr_extract.model import RowSource, TableReport
from dhr_extract.normalise.table_confidence import plan_confidence, row_certainty, row_counts, table_confidence


def source(table: int, row: int, kind: str, rec_id: str = "", action_id: str = "") -> RowSource:
    return RowSource("r1", table, row, 1, None, kind, rec_id, action_id)


def report(confidence: float, n_rows: int, is_plan: bool = True, header_rows: int = 1) -> TableReport:
    return TableReport("r1", "plan.pdf", 1, 1, 0, 0, 10, 10, "borderless", n_rows, 5, is_plan, header_rows, confidence)


def test_rows_joined_in_a_borderless_table_are_inferred_and_lower_its_certainty() -> None:
    assert row_certainty("borderless", 10, 3) == pytest.approx(0.7)
    assert row_certainty("borderless", 4, 0) == 1.0
    assert row_certainty("borderless", 0, 0) == 1.0  # no record rows: nothing was decided
    assert row_certainty("borderless", 2, 5) == 0.0


def test_rules_and_markup_draw_the_rows() -> None:
    for strategy in ("ruled", "partly_ruled", "docx", "html"):
        assert row_certainty(strategy, 10, 3) == 1.0


def test_table_confidence_is_the_fit_times_the_row_certainty() -> None:
    assert table_confidence(0.9, "borderless", 10, 5) == 0.45
    assert table_confidence(0.9, "ruled", 10, 5) == 0.9
    assert table_confidence(0.62, "borderless", 10, 5, via_ocr=True) == 0.62  # OCR keeps its words' confidence


def test_row_counts_take_the_record_rows_of_each_table_and_those_carried_on() -> None:
    sources = [source(1, 1, "header"), source(1, 2, "data", "rec1", "a1"), source(1, 3, "joined", "rec1", "a1"),
               source(1, 4, "section"), source(2, 1, "data", "rec2"), source(2, 2, "guidance"),
               source(2, 3, "data", "rec2"),  # unlabelled text taken for more of rec2: carried on
               source(2, 4, "data", "rec2", "a2"), source(2, 5, "data")]
    assert row_counts(sources) == {1: (2, 1), 2: (4, 1)}


def test_plan_confidence_weighs_plan_tables_by_their_body_rows() -> None:
    tables = [report(0.9, 11), report(0.2, 2), report(0.0, 50, is_plan=False)]
    assert plan_confidence(tables) == pytest.approx((0.9 * 10 + 0.2 * 1) / 11)
    assert plan_confidence([report(0.4, 1, header_rows=1)]) == 0.4  # a header-only table still counts once
    assert plan_confidence([report(0.4, 3, is_plan=False)]) is None
