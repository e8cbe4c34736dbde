"""The sample specs (tools/sample_specs/*.json) are the one source of the samples and their annotations."""
from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import ROOT, load_tool

spec_tool = load_tool("sample_spec")
SPECS = spec_tool.load_specs()


@pytest.mark.parametrize("spec", SPECS, ids=[s["name"] for s in SPECS])
def test_truth_file_is_the_spec_without_what_only_the_document_shows(spec: dict[str, Any]) -> None:
    spec_tool.check_spec(spec)
    committed = json.loads((ROOT / "samples" / f"{spec['name']}.truth.json").read_text(encoding="utf-8"))
    assert spec_tool.truth_for(spec) == committed


@pytest.mark.parametrize("spec", SPECS, ids=[s["name"] for s in SPECS])
def test_plan_keeps_every_action_under_its_recommendation(spec: dict[str, Any]) -> None:
    plan = spec_tool.plan_from_spec(spec)
    recs = [r for section in plan["sections"] for r in section["recs"]]
    assert [r["number"] for r in recs] == [r["number"] for r in spec["recommendations"]]
    assert [(r["number"], a["action"]) for r in recs for a in r["actions"]] == \
        [(a["rec"], a["action"]) for a in spec["actions"]]
    assert [s["owner"] for s in plan["sections"] for _ in s["recs"]] == [r["owner"] for r in spec["recommendations"]]


def test_every_spec_has_its_committed_documents() -> None:
    assert len(SPECS) >= 15
    for spec in SPECS:
        assert (ROOT / "samples" / f"{spec['name']}.truth.json").exists(), spec["name"]
        for document in spec["meta"]["documents"]:
            assert (ROOT / "samples" / document).exists(), document
