"""Held-out non-plan documents: what a batch over a Community Safety Partnership's archive folder
meets beside its action plans, made after the reader was tuned on tests/fixtures/non_plan_*.pdf
and never used to tune it before their first reading (tests/fixtures/non_plans_heldout/README.md).

Each is tests/fixtures/non_plans_heldout/<kind>.pdf, made by ``tools/make_non_plans.py --heldout``
from tools/non_plan_specs_heldout/<kind>.json (its ``verdict`` says why it is not a plan), by
LibreOffice, Chromium, wkhtmltopdf or reportlab.  None is an action plan: every one must read as
``no_action_plan`` with no recommendation and no action.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.api import extract_document
from tests.helpers import load_tool

FOLDER = Path(__file__).resolve().parent / "fixtures" / "non_plans_heldout"
TOOL = load_tool("make_non_plans")
SPECS = TOOL.load_specs([], TOOL.HELDOUT_SPECS)
KNOWN_READ_AS_PLANS: dict[str, str] = {  # kind -> what the reader of the day makes of it
}


def test_every_spec_has_its_pdf_and_producers_vary() -> None:
    assert len(SPECS) >= 10 and all((FOLDER / f"{kind}.pdf").is_file() for kind in SPECS)
    assert {spec["producer"] for spec in SPECS.values()} == set(TOOL.PRODUCERS)


@pytest.mark.parametrize("kind", [
    pytest.param(kind, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_READ_AS_PLANS[kind])]
                 if kind in KNOWN_READ_AS_PLANS else []) for kind in sorted(SPECS)])
def test_no_recommendation_from_a_document_that_is_not_a_plan(kind: str) -> None:
    data = extract_document(FOLDER / f"{kind}.pdf")
    assert (data.reviews[0].status, len(data.recommendations), len(data.actions)) == ("no_action_plan", 0, 0)
