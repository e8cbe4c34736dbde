"""The review report's view of a document, built from the dataset alone (no browser here)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.model import RowSource
from dhr_extract.report.views import (Box, document_view, location_anchor, merged_cells, percent_box,
                                      split_by_document)

ROOT = Path(__file__).resolve().parent.parent


def test_a_box_in_points_becomes_percent_of_the_page() -> None:
    assert percent_box((50.0, 100.0, 150.0, 300.0), (200.0, 400.0)) == Box(25.0, 25.0, 50.0, 50.0)
    assert percent_box(None, (200.0, 400.0)) is None
    assert percent_box((0.0, 0.0, 1.0, 1.0), (0.0, 0.0)) is None


def test_merged_cells_fold_into_a_colspan() -> None:
    row = RowSource("r", 1, 2, None, None, "section", cells=("Theme", "", "", "x"), spans=("", "left", "left", ""))
    assert merged_cells(row) == [("Theme", 3), ("x", 1)]


def test_a_warning_links_to_its_row_only_when_it_is_drawn() -> None:
    assert location_anchor("page 2, table 3, row 5", {"t3-r5"}) == "t3-r5"
    assert location_anchor("page 2, table 3, row 5", {"t3-r4"}) == ""
    assert location_anchor("recommendation 4", {"t3-r5"}) == ""


def test_every_record_of_a_pdf_is_beside_a_page_and_every_row_is_banded() -> None:
    dataset = extract_document(ROOT / "samples" / "home_office_7col.pdf")
    parts = split_by_document(dataset)[0]
    pages = sorted({r.page for r in parts.rows})
    view = document_view(parts, {p: (f"img/p{p}.jpg", (842.0, 595.0)) for p in pages})
    assert [s.anchor for s in view.sections] == [f"page-{p}" for p in pages]
    shown_actions = {a.action_id for s in view.sections for rec in s.recs for a in rec.actions}
    assert shown_actions == {a.action_id for a in dataset.actions}
    assert {rec.rec_id for s in view.sections for rec in s.recs} == {r.rec_id for r in dataset.recommendations}
    bands = [b for s in view.sections for b in s.bands]
    assert len(bands) == len(parts.rows) and all(b.box is not None for b in bands)
    joined = [b for b in bands if b.kind == "joined"]
    assert len(joined) == sum(w.code == "row_joined_across_pages" for w in dataset.warnings)
