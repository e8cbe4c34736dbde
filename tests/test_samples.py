"""Every bundled sample plan is exported and scored against its reference annotation."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import load_tool

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


score_samples = load_tool("score_samples")
# Floors above the default, so a plan read well can only get better: the recommendation text in a
# paragraph above its action table is read since 0.977 (status words in its updates still miss).
FLOORS = {"rec_headings_html.html": 0.97}
PAIRS = score_samples.annotated_documents(SAMPLES)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    return score_samples.score_folder(SAMPLES)


def test_samples_cover_every_format_and_several_layouts() -> None:
    assert {doc.suffix for doc, _ in PAIRS} == {".pdf", ".docx", ".html"}
    assert len({truth for _, truth in PAIRS}) >= 4  # the dev plan and at least three layouts of our own


@pytest.mark.parametrize("document", [doc.name for doc, _ in PAIRS])
def test_sample_scores_against_its_annotation(scores: dict[str, dict[str, float]], document: str) -> None:
    metrics = scores[document]
    assert metrics["recs_found"] == 1.0, metrics
    assert metrics["recs_extra"] == 0.0, metrics
    assert metrics["overall"] >= FLOORS.get(document, 0.97 if document.startswith("nuneaton_dhr1") else 0.95), metrics
