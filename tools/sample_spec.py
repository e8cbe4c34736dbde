"""The sample plans' specs, ``tools/sample_specs/<name>.json``: loading, checking, and the two
views made of one spec, the reference annotation (``truth_for``) and the nested plan the
templates draw (``plan_from_spec``).  No python-docx here, so the tests can read the specs."""
from __future__ import annotations

import json
from itertools import groupby
from pathlib import Path
from typing import Any

SPECS = Path(__file__).resolve().parent / "sample_specs"

STATUSES = {"complete", "in_progress", "not_started", "overdue", "partially_complete", "unknown"}
TRUTH_REC_KEYS = ("number", "text", "scope", "owner")
TRUTH_ACTION_KEYS = ("rec", "agency", "scope", "action", "evidence", "target", "progress", "status")
# The order of the plans in samples/README.md (a spec not listed here comes after, by name).
README_ORDER = ["home_office_7col", "r_labels_status", "theme_numbered_borderless", "autonumbered",
                "recommendation_colon", "repeated_rec_text", "unnumbered_recs", "two_header_rows_vmerge",
                "theme_sections_ruled", "portrait_narrow", "rec_spanning_rows", "rec_headings_html",
                "agency_first_columns", "theme_numbered_sections", "word_style_pdf"]


def load_spec(path: Path) -> dict[str, Any]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    spec["name"] = path.stem
    return spec


def load_specs(names: list[str] | None = None) -> list[dict[str, Any]]:
    """The specs in README order, or only the ``names`` asked for."""
    found = {p.stem: p for p in SPECS.glob("*.json")}
    order = [n for n in README_ORDER if n in found] + sorted(set(found) - set(README_ORDER))
    unknown = set(names or ()) - set(found)
    if unknown:
        raise SystemExit(f"no spec for {', '.join(sorted(unknown))} in {SPECS}")
    return [load_spec(found[n]) for n in order if not names or n in names]


def formats(spec: dict[str, Any]) -> list[str]:
    return [doc.rsplit(".", 1)[1] for doc in spec["meta"]["documents"]]


def truth_for(spec: dict[str, Any]) -> dict[str, Any]:
    """The reference annotation: the spec without what only the document shows."""
    return dict(meta=spec["meta"], columns=spec["columns"],
                recommendations=[{k: r[k] for k in TRUTH_REC_KEYS} for r in spec["recommendations"]],
                actions=[{k: a[k] for k in TRUTH_ACTION_KEYS} for a in spec["actions"]])


def shown_action(a: dict[str, Any]) -> dict[str, Any]:
    """An action as the templates draw it: the document's cells default to the truth's values."""
    return dict(agency=a["agency"], lead=a.get("lead", a["agency"]), prefix=a.get("prefix", ""),
                action=a["action"], evidence=a["evidence"], target=a["target"], progress=a["progress"],
                status_word=a.get("status_word", ""), rag=a.get("rag", ""), status=a["status"],
                u1=a.get("u1", ""), u2=a.get("u2", ""))  # u1, u2: two dated update columns


def plan_from_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The nested form the templates walk: sections (one per run of owners) -> recs -> actions."""
    actions = {number: [shown_action(a) for a in group]
               for number, group in groupby(spec["actions"], key=lambda a: a["rec"])}
    sections = []
    for owner, recs in groupby(spec["recommendations"], key=lambda r: r["owner"]):
        sections.append(dict(owner=owner, recs=[
            dict(number=r["number"], label=r.get("label"), text=r["text"], scope=r["scope"],
                 actions=actions.get(r["number"], []), **({"short": r["short"]} if "short" in r else {}))
            for r in recs]))
    return dict(spec["layout"], name=spec["name"], meta=spec["meta"], columns=spec["columns"],
                sections=sections)


def check_spec(spec: dict[str, Any]) -> None:
    recs, acts = spec["recommendations"], spec["actions"]
    name = spec["name"]
    assert 6 <= len(recs) <= 12, (name, len(recs))
    assert 12 <= len(acts) <= 30, (name, len(acts))
    numbers = [r["number"] for r in recs]
    assert len(set(numbers)) == len(numbers), name
    assert [a["rec"] for a in acts] == sorted((a["rec"] for a in acts), key=numbers.index), \
        f"{name}: actions not in the order of their recommendations"
    for r in recs:
        assert any(a["rec"] == r["number"] for a in acts), (name, r["number"])
    for a in acts:
        assert a["status"] in STATUSES, (name, a["status"])
        assert a["scope"] == recs[numbers.index(a["rec"])]["scope"], (name, a["rec"])


# ============================================================== a plan written in Python
# Tools that build a plan in code (tools/make_overview_sample.py) write it nested, with these
# shorthands, and turn it into a spec with ``spec_from_plan``.
def A(agency, action, target="", progress="", status="unknown", evidence="", lead=None, prefix="",
      status_word="", rag=""):
    """One action row: ``agency`` as the annotation has it, ``lead`` as the Lead column shows it
    (default: ``agency``), ``prefix`` an ``AGENCY:`` written before the action text."""
    assert status in STATUSES, status
    return dict(agency=agency, lead=agency if lead is None else lead, prefix=prefix, action=action,
                evidence=evidence, target=target, progress=progress, status_word=status_word, rag=rag,
                status=status)


def R(number, text, actions, scope="", label=None):
    """One recommendation: ``number`` as the annotation wants it, ``label`` as written."""
    return dict(number=number, label=label, text=text, scope=scope, actions=actions)


def S(owner, recs):
    """A section / theme / per-agency table: ``owner`` is the heading ('' if none)."""
    return dict(owner=owner, recs=recs)


def spec_from_plan(plan: dict[str, Any]) -> dict[str, Any]:
    """A nested plan (``name``, ``formats``, ``meta``, ``columns``, ``sections``; ``evidence`` when the
    evidence column counts, ``progress_from="status"`` when the Status column is the progress) as a spec."""
    recs, acts = [], []
    for sec in plan["sections"]:
        for r in sec["recs"]:
            shown_rec = {k: v for k, v in r.items() if k not in ("number", "text", "scope", "actions", "label")}
            recs.append(dict(number=r["number"], text=r["text"], scope=r["scope"], owner=sec["owner"],
                             **({"label": r["label"]} if r.get("label") is not None else {}), **shown_rec))
            for a in r["actions"]:
                truth = dict(rec=r["number"], agency=a["agency"] or sec["owner"], scope=r["scope"], action=a["action"],
                             evidence=a["evidence"] if plan.get("evidence") else "", target=a["target"],
                             progress=a["status_word"] if plan.get("progress_from") == "status" else a["progress"],
                             status=a["status"])
                shown = {k: v for k, v in a.items()
                         if k not in truth and v != ("" if k != "lead" else truth["agency"])}
                acts.append({**truth, **shown})
    layout = {k: v for k, v in plan.items() if k not in ("name", "formats", "meta", "columns", "sections")}
    meta = dict(plan["meta"], documents=[f"{plan['name']}.{f}" for f in plan["formats"]])
    return dict(name=plan["name"], meta=meta, columns=plan["columns"], recommendations=recs, actions=acts,
                layout=layout)
