"""The held-out plans: layouts no sample has, never tuned against (tests/fixtures/heldout/).

Every annotated document there (the DOCX or HTML each plan was written as, and its PDFs from
tools/make_heldout.py) must read as its annotation: overall >= 0.97, every recommendation
found, none extra.  KNOWN_BELOW lists what the reader gets wrong today, with what was measured;
each is a strict xfail, so a fix shows as an XPASS failure (remove the entry) and a regression
on a passing file fails.  This is the honest measure of how the reader does on unseen plans:
fix the reader for the layout, never for these files' wording.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhr_extract.batch import run_batch
from tests.helpers import corpus_batch_folder, load_tool, scored_params, split_per_document

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
KNOWN_BELOW: dict[str, float] = {  # file -> overall measured with the reader of the day
    "a3_section_blue_rag.chromium.pdf": 0.9222,  # the A3 table printed on A4: Progress cut, RAG off the page
    "a3_ten_columns_number_last.chromium.pdf": 0.8,  # Progress, Status and Rec no. printed off the page
    "booklet_two_up_html.chromium.pdf": 0.9143,  # the right A5 page's Progress cut at the sheet's edge
    "css_grid_html.gs.pdf": 0.0,
    "css_grid_html.lo_landscape.pdf": 0.0,
    "css_grid_html.lo_portrait.pdf": 0.0,
    "css_grid_html.rotated.pdf": 0.0,
    "details_progress_html.chromium.pdf": 0.9,  # the disclosure's summary line (Update – 30 April 2026) kept in every update
    "details_progress_html.gs.pdf": 0.6457,  # LibreOffice prints the summary line as a row of its own, read as an action with no text and the update split from its action
    "details_progress_html.html": 0.9,
    "details_progress_html.lo_landscape.pdf": 0.6457,
    "details_progress_html.lo_portrait.pdf": 0.7143,
    "details_progress_html.lo_ruled.pdf": 0.9,
    "details_progress_html.rotated.pdf": 0.6457,
    "excel_print_headings_html.lo_portrait.pdf": -0.2375,  # unruled: sheet row numbers read as rec numbers
    "govuk_tags_hidden_html.gs.pdf": 0.9,  # LibreOffice prints the labels clipped for screen readers, read into the action
    "govuk_tags_hidden_html.lo_landscape.pdf": 0.9,
    "govuk_tags_hidden_html.lo_portrait.pdf": 0.9,
    "govuk_tags_hidden_html.lo_ruled.pdf": 0.9,
    "govuk_tags_hidden_html.rotated.pdf": 0.9,
    "margin_number_no_header.chromium.pdf": -0.28,
    "merged_lead_target_docx.lo_borderless.pdf": 0.9636,  # unruled: a merged agency / target reaches only the actions beside it
    "nested_progress_table_docx.lo_portrait.pdf": 0.9111,  # the Update column printed past the page edge
    "parallel_lines_one_row_html.lo_portrait.pdf": 0.9571,  # unruled: a progress line's break falls where its next word would not have fitted
    "partner_list_due_update_legal.chromium.pdf": 0.7,  # Due/Update cut by the print: no glyph past its clip
    "row_fill_status_html.gs.pdf": 0.9,  # LibreOffice prints no row fill nor swatch (a class background): no status
    "row_fill_status_html.lo_landscape.pdf": 0.9,
    "row_fill_status_html.lo_portrait.pdf": 0.9,
    "row_fill_status_html.lo_ruled.pdf": 0.9,
    "row_fill_status_html.rotated.pdf": 0.9,
    "select_status_form_html.gs.pdf": 0.9,  # LibreOffice prints the drop-down as an empty box, the status lost in the print
    "select_status_form_html.lo_landscape.pdf": 0.9,
    "select_status_form_html.lo_portrait.pdf": 0.9,
    "select_status_form_html.lo_ruled.pdf": 0.9,
    "select_status_form_html.rotated.pdf": 0.9,
    "struck_progress_html.gs.pdf": 0.9375,  # the struck entry kept (LibreOffice draws it grey, unstruck)
    "struck_progress_html.lo_landscape.pdf": 0.9375,
    "struck_progress_html.lo_portrait.pdf": 0.9375,
    "struck_progress_html.lo_ruled.pdf": 0.9375,
    "struck_progress_html.rotated.pdf": 0.9375,
    "tracked_changes_docx.chromium.pdf": 0.9375,  # deleted text printed unmarked (the HTML export drops the marks)
    "wide_bullet_log_html.lo_portrait.pdf": 0.6,  # rec 1 printed mid-span below its first action: action without a rec
}
GOAL = 0.97

score = load_tool("score").score
SCORED: list[tuple[Path, Path]] = load_tool("score_samples").annotated_documents(HELDOUT)


@pytest.fixture(scope="module")
def per_document(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every document read once by the batch runner, its rows split into one folder per document
    (the batch output in pytest's cache: a rerun reads only documents or code that changed)."""
    out = corpus_batch_folder(request, tmp_path_factory, "heldout")
    run_batch([doc for doc, _ in SCORED], out, ["parquet"])
    return split_per_document(out, [doc for doc, _ in SCORED], tmp_path_factory.mktemp("heldout_per_document"))


def test_every_plan_is_there_in_every_form() -> None:
    """Two hundred and fifteen plans (forty-three rounds of five), each as the document it was written
    as and printed by at least five producers (six where it has a table: a page laid out without one has
    neither a borderless nor a ruled print)."""
    plans = sorted(HELDOUT.glob("*.truth.json"))
    assert len(plans) == 215
    for truth in plans:
        stem = truth.name[: -len(".truth.json")]
        written = [p for p in HELDOUT.glob(stem + ".*") if p.suffix in (".docx", ".html")]
        assert len(written) == 1, stem
        tabled = written[0].suffix == ".docx" or "<table" in written[0].read_text(encoding="utf-8")
        assert len(list(HELDOUT.glob(stem + ".*.pdf"))) >= (6 if tabled else 5), stem
    assert set(HELDOUT.glob("*.pdf")) <= {doc for doc, _ in SCORED}


def test_known_below_names_only_files_that_exist() -> None:
    assert set(KNOWN_BELOW) <= {doc.name for doc, _ in SCORED}


@pytest.mark.parametrize(("doc", "truth"), scored_params(SCORED, KNOWN_BELOW))
def test_heldout_document_reads_as_its_annotation(per_document: Path, doc: Path, truth: Path) -> None:
    metrics = score(json.loads(truth.read_text(encoding="utf-8")), str(per_document / doc.name), doc.name)
    assert metrics["recs_extra"] == 0.0 and metrics["recs_found"] == 1.0, metrics
    assert metrics["overall"] >= GOAL, metrics
