"""Plans in PDF as other programs draw them, and documents that are not plans.

tests/fixtures/producers/ holds every annotated plan and variant layout rendered by several PDF
producers (tools/render_pdfs.py); tests/fixtures/ the problem fixtures (tools/make_fixtures.py).
Each annotated PDF must read as its annotation (overall >= 0.97, every recommendation found, none
extra); each non-plan must give no recommendation.  KNOWN_BELOW and NON_PLANS_KNOWN_READ list what
the reader gets wrong today, with what was measured: each is a strict xfail, so a fix shows up as
an XPASS failure and its entry must then be removed.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pdfplumber
import pytest

from dhr_extract.api import extract_document
from dhr_extract.batch import run_batch
from dhr_extract.model import Dataset
from tests.helpers import corpus_batch_folder, load_tool, split_per_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PRODUCERS = FIXTURES / "producers"
NON_PLANS = sorted(FIXTURES.glob("non_plan_*.pdf"))
KNOWN_BELOW: dict[str, float] = {  # file -> overall measured with the reader of the day
}
NON_PLANS_KNOWN_READ: dict[str, int] = {}  # file -> recommendations read from it today
GOAL = 0.97

score_samples = load_tool("score_samples")
score = load_tool("score").score
SCORED: list[tuple[Path, Path]] = (score_samples.annotated_documents(PRODUCERS)
                                   + score_samples.annotated_documents(FIXTURES))


def known(measured: object) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"measured {measured} today")


def scored_params() -> list:
    return [pytest.param(doc, truth, id=doc.name,
                         marks=[known(KNOWN_BELOW[doc.name])] if doc.name in KNOWN_BELOW else [])
            for doc, truth in SCORED]


def non_plan_params() -> list:
    return [pytest.param(doc, id=doc.name, marks=[known(f"{NON_PLANS_KNOWN_READ[doc.name]} recommendations")]
                         if doc.name in NON_PLANS_KNOWN_READ else [])
            for doc in NON_PLANS]


@pytest.fixture(scope="module")
def read(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Dataset, Path]:
    """Every document read once, by the batch runner (in parallel); the dataset and its folder.

    The folder lives in pytest's cache, so the batch cache (keyed by each file's content and a
    fingerprint of the package's code) spares a rerun the reading when the code has not changed.
    """
    out = corpus_batch_folder(request, tmp_path_factory, "producer")
    result = run_batch([doc for doc, _ in SCORED] + NON_PLANS, out, ["parquet"])
    return result.dataset, out


@pytest.fixture(scope="module")
def per_document(read: tuple[Dataset, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The scored tables split into one folder per document: the scorer loads whole tables, small ones are quick."""
    return split_per_document(read[1], [doc for doc, _ in SCORED], tmp_path_factory.mktemp("per_document"))


def test_every_producer_pdf_has_an_annotation() -> None:
    scored = {doc for doc, _ in SCORED}
    assert sorted(PRODUCERS.glob("*.pdf")) and set(PRODUCERS.glob("*.pdf")) <= scored


@pytest.mark.parametrize(("doc", "truth"), scored_params())
def test_pdf_reads_as_its_annotation(per_document: Path, doc: Path, truth: Path) -> None:
    metrics = score(json.loads(truth.read_text(encoding="utf-8")), str(per_document / doc.name), doc.name)
    assert metrics["recs_extra"] == 0.0 and metrics["recs_found"] == 1.0, metrics
    assert metrics["overall"] >= GOAL, metrics


@pytest.mark.parametrize("doc", non_plan_params())
def test_non_plan_gives_no_recommendations(read: tuple[Dataset, Path], doc: Path) -> None:
    dataset = read[0]
    (review,) = [r for r in dataset.reviews if os.path.basename(r.source_file) == doc.name]
    recs = [r for r in dataset.recommendations if r.review_id == review.review_id]
    assert (review.status, recs) == ("no_action_plan", [])


def test_sub_items_read_from_the_pdf_as_from_the_docx() -> None:
    def parts(path: Path) -> list[tuple[str, str, str]]:
        data = extract_document(path)
        number = {r.rec_id: r.rec_number for r in data.recommendations}
        return [(number[p.rec_id], p.part_label, p.part_text) for p in data.recommendation_parts]

    from_docx = parts(FIXTURES / "sub_items_in_cells.docx")
    assert len(from_docx) == 11  # i-iii, a-c, three bullets, a-b: the fixture's sub-items
    assert parts(FIXTURES / "sub_items_in_cells.pdf") == from_docx


def test_bad_bbox_page_is_a_pdf_pdfplumber_reads() -> None:
    """The fixture is valid: pdfplumber reads every page, and the odd page's table runs off the page."""
    with pdfplumber.open(FIXTURES / "bad_bbox_page.pdf") as pdf:
        assert all(page.extract_text() for page in pdf.pages)
        overflow = [t.bbox[2] - page.width for page in pdf.pages for t in page.find_tables()]
    assert len(overflow) == 2 and overflow[0] <= 0 < overflow[1]


def test_one_odd_page_does_not_fail_the_document() -> None:
    data = extract_document(FIXTURES / "bad_bbox_page.pdf")
    assert not data.errors and data.reviews[0].status == "ok"


@pytest.mark.parametrize("doc", sorted(PRODUCERS.glob("*.rotated.pdf")), ids=lambda p: p.name)
def test_rotated_pdfs_are_stored_rotated_with_float_residues(doc: Path) -> None:
    """What makes the rotated producer what it is: /Rotate 90 over a content matrix with a residue."""
    with pdfplumber.open(doc, pages=[1]) as pdf:
        page = pdf.pages[0]
        assert page.rotation == 90 and page.width > page.height  # stored portrait, shown as landscape
        residues = {abs(c["matrix"][1]) for c in page.chars[:50]}
    assert residues and all(0 < r < 1e-9 for r in residues)  # cos 90° in floating point, not 0
