"""The status codebook: hand-coded agreement, a researcher's own rules, the as-of rule, the run's record."""
from __future__ import annotations

import csv
import datetime
import json
import re
from pathlib import Path

import pytest

from dhr_extract.cli import main as cli_main
from dhr_extract.model import Action, Dataset, Progress, Review
from dhr_extract.normalise.status import (
    AS_OF_RULE, STATUSES, CodebookError, default_codebook, load_codebook, mark_overdue_by_date, overdue_by_date,
    read_status,
)
from tests.helpers import ROOT, load_tool
from tests.status_coded_cases import CODED

D = datetime.date

# Every case where the codebook and the careful coder differ, with why the codebook decides otherwise.
DISAGREEMENTS: dict[str, tuple[str, str]] = {
    "The audit has been completed but the report has not yet been presented to the Board.": (
        "complete",
        "'not yet presented' is a follow-on step, not a scope marker (except / only / remaining / still to); "
        "the codebook has no rule for steps after the action, so the completion stands"),
}


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def test_at_least_150_distinct_hand_coded_texts_with_reasons() -> None:
    assert len(CODED) >= 150
    assert len({_norm(t) for t, _, _ in CODED}) == len(CODED), "a text is coded twice"
    assert all(status in STATUSES and reason.strip() for _, status, reason in CODED)
    assert {status for _, status, _ in CODED} == set(STATUSES), "every status is coded"


def test_hand_coded_texts_are_not_copies_of_the_samples() -> None:
    samples = set()
    for truth in (ROOT / "samples").glob("*.truth.json"):
        for action in json.loads(truth.read_text(encoding="utf-8"))["actions"]:
            samples.add(_norm(action.get("progress") or ""))
    copies = [t for t, _, _ in CODED if _norm(t) in samples]
    assert not copies, copies


def test_codebook_agrees_with_the_careful_coder() -> None:
    disagree = {}
    for text, expected, _reason in CODED:
        got = read_status(text).status
        if got != expected:
            disagree[text] = got
    listed = {text: status for text, (status, _) in DISAGREEMENTS.items()}
    assert disagree == listed, "list each disagreement (and only those) in DISAGREEMENTS with the reason"
    agreement = 1 - len(disagree) / len(CODED)
    assert agreement >= 0.95, f"agreement {agreement:.1%}"


@pytest.mark.parametrize("text, expected, reason", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_every_decision_names_its_rule(text: str, expected: str, reason: str) -> None:
    reading = read_status(text)
    if reading.status != "unknown":
        assert reading.rule and reading.evidence
    if reading.rule:
        assert default_codebook().rule(reading.rule) is not None, reading.rule


@pytest.mark.parametrize("text, rag, expected, rule", [
    ("Completed for adult services; children's services still to complete.", "", "partially_complete",
     "remainder.remaining"),
    ("Complete except for the GP training element.", "", "partially_complete", "scope.exception"),
    ("No progress to date.", "", "not_started", "not_started.no_progress"),
    ("Outstanding \u2013 past its target date.", "", "overdue", "overdue.past_due"),
    ("Awaiting update from the agency.", "", "unknown", "unknown.awaiting_update"),
    ("Awaiting update from the agency.", "Amber", "in_progress", "rag.amber"),  # the colour still speaks
    ("First audit completed; re-audit planned.", "Amber", "in_progress", "step.open_colour_over_milestone"),
    ("Ongoing \u2013 delayed by the restructure.", "", "overdue", "overdue.slipped"),
    ("Q1: behind schedule. Q2: back on track.", "", "in_progress", "in_progress.recovered"),
    ("a) COMPLETED b) ongoing", "", "partially_complete", "step.sub_items"),
])
def test_precedence_and_rule_ids(text: str, rag: str, expected: str, rule: str) -> None:
    reading = read_status(text, rag=rag)
    assert (reading.status, reading.rule) == (expected, rule)


@pytest.mark.parametrize("text", [
    "Complete \u2013 still to be monitored by the Board.",  # assurance to come is not work left
    "Complete \u2013 monitoring to continue through the remainder of the year.",
    "Complete. All remaining staff were trained in March.",  # the remainder is itself reported done
    "Remaining work completed in June 2023.",
    "The remaining two sessions were delivered in May. Complete.",
    "Completed in March 2022, except that the leaflet was reprinted in May.",
    "Completed. Only minor amendments were needed.",
    "Completed \u2013 no outstanding issues.",
])
def test_a_completion_stays_complete_when_nothing_is_left(text: str) -> None:
    assert read_status(text).status == "complete"


@pytest.mark.parametrize("text, expected", [
    ("Training still to be delivered.", "in_progress"),  # what is left, with nothing reported done
    ("Policy updated; training remaining.", "partially_complete"),  # a part done beside the remainder
    ("Leaflets remaining to be printed once agreed.", "unknown"),
])
def test_a_remainder_needs_a_part_done_elsewhere(text: str, expected: str) -> None:
    assert read_status(text).status == expected


def test_a_status_column_asking_for_an_update_leaves_the_progress_text_to_decide() -> None:
    reading = read_status("Policy being developed", status_text="Awaiting update")
    assert (reading.status, reading.rule) == ("in_progress", "in_progress.activity")


# ------------------------------------------------------------------ a researcher's own rules

def _rules_file(tmp_path: Path, rows: list[list[str]], name: str = "rules.csv") -> Path:
    path = tmp_path / name
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["rule_id", "kind", "status", "strength", "pattern", "why"])
        writer.writerows(rows)
    return path


def test_user_rules_add_override_and_switch_off(tmp_path: Path) -> None:
    path = _rules_file(tmp_path, [
        ["mine.with_legal", "phrase", "in_progress", "explicit", r"\bwith\s+(?:the\s+)?legal\s+team\b", "mine"],
        ["rag.red", "rag", "overdue", "", "Red", "our key: Red is overdue"],
        ["unknown.awaiting_update", "phrase", "unknown", "descriptive", "", "switched off"],
    ])
    mine = load_codebook(path)
    assert read_status("Draft with the legal team.").status == "unknown"
    assert (read_status("Draft with the legal team.", codebook=mine).rule) == "mine.with_legal"
    assert read_status("", rag="Red").status == "in_progress"
    assert read_status("", rag="Red", codebook=mine).status == "overdue"
    # with the no-information rule off, "awaiting" reads as waiting for a step of the work
    assert read_status("Awaiting update from the agency.", codebook=mine).status == "in_progress"
    assert mine.sha256 != default_codebook().sha256 and mine.source == "built-in + rules.csv"
    # a new rule goes before the built-in rules of its kind; an override keeps its place
    phrases = [r.rule_id for r in mine.rules if r.kind == "phrase"]
    assert phrases[0] == "mine.with_legal"
    assert phrases.index("unknown.awaiting_update") == [r.rule_id for r in default_codebook().rules
                                                         if r.kind == "phrase"].index("unknown.awaiting_update") + 1


def test_user_rules_can_use_the_terms(tmp_path: Path) -> None:
    path = _rules_file(tmp_path, [["mine.not_signed", "phrase", "not_started", "explicit", r"{NEG}drafted\b", "x"]])
    assert read_status("The protocol has not been drafted.", codebook=load_codebook(path)).status == "not_started"


@pytest.mark.parametrize("rows, message", [
    ([["x", "phrase", "done", "explicit", "a", "w"]], "status 'done'"),
    ([["x", "phrase", "complete", "explicit", "(", "w"]], "rule x: bad pattern"),
    ([["x", "phrase", "complete", "explicit", "{NOPE}", "w"]], "unknown term {NOPE}"),
    ([["x", "colour", "complete", "", "a", "w"]], "kind 'colour'"),
    ([["x", "phrase", "complete", "strong", "a", "w"]], "strength 'strong'"),
    ([["x", "phrase", "complete", "", "a", "w"], ["x", "phrase", "complete", "", "b", "w"]], "given twice"),
    ([], "no rules"),
])
def test_bad_rules_files_say_which_row_in_one_line(tmp_path: Path, rows: list[list[str]], message: str) -> None:
    with pytest.raises(CodebookError) as err:
        load_codebook(_rules_file(tmp_path, rows))
    assert message in str(err.value) and "\n" not in str(err.value)


def test_a_rules_file_without_the_columns_or_missing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,pattern\nx,y\n", encoding="utf-8")
    with pytest.raises(CodebookError, match="missing column"):
        load_codebook(bad)
    with pytest.raises(CodebookError, match="cannot read"):
        load_codebook(tmp_path / "absent.csv")


def test_the_codebook_survives_pickling_for_worker_processes() -> None:
    import pickle

    book = pickle.loads(pickle.dumps(default_codebook()))
    assert book.sha256 == default_codebook().sha256
    assert read_status("Not yet begun.", codebook=book).status == "not_started"


def test_readme_status_section_is_generated_from_the_codebook() -> None:
    render = load_tool("render_status_codebook")
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(render.START) == 1 and text.count(render.END) == 1
    assert render.updated(text) == text, "README.md is out of date: run python tools/render_status_codebook.py"
    for rule in default_codebook().rules:
        assert f"`{rule.rule_id}`" in text


# ------------------------------------------------------------------ the as-of rule

@pytest.mark.parametrize("status, target, kind, as_of, rag, expected", [
    ("in_progress", D(2022, 12, 31), "date", D(2023, 1, 31), "", True),
    ("not_started", D(2022, 12, 31), "date", D(2023, 1, 31), "Red", True),
    ("in_progress", D(2023, 1, 31), "date", D(2023, 1, 31), "", False),  # due that day: not yet late
    ("complete", D(2020, 1, 31), "date", D(2023, 1, 31), "", False),
    ("partially_complete", D(2020, 1, 31), "date", D(2023, 1, 31), "", False),
    ("unknown", D(2020, 1, 31), "date", D(2023, 1, 31), "", False),
    ("in_progress", D(2020, 1, 31), "recurring", D(2023, 1, 31), "", False),
    ("in_progress", None, "ongoing", D(2023, 1, 31), "", False),
    ("in_progress", D(2020, 1, 31), "date", None, "", False),
    ("in_progress", D(2020, 1, 31), "date", D(2023, 1, 31), "Amber", False),  # the author's own rating
])
def test_overdue_by_date(status: str, target: datetime.date | None, kind: str, as_of: datetime.date | None,
                         rag: str, expected: bool) -> None:
    assert overdue_by_date(status, target, kind, as_of, rag) is expected


def _dataset(as_of_date: datetime.date | None, plan_as_of: datetime.date | None) -> Dataset:
    review = Review("r", "plan.docx", "ab", "docx", "", None, "", "ok", progress_as_of_date=plan_as_of)
    action = Action("r", "rec", "a1", 1, "1", "", "", "Audit", "", "March 2022", "plan.docx", None,
                    status="in_progress", target_date=D(2022, 3, 31), target_kind="date")
    older = Progress("r", "a1", 1, "Update", "", "Audit commenced.", "", "in_progress",
                     status_evidence="commenced", as_of_date=D(2022, 1, 31), status_rule="in_progress.activity")
    latest = Progress("r", "a1", 2, "Update", "", "Audit ongoing.", "", "in_progress", status_evidence="ongoing",
                      as_of_date=as_of_date, status_rule="in_progress.word")
    return Dataset(reviews=[review], actions=[action], progress=[older, latest])


def test_as_of_rule_marks_the_late_record_and_the_action() -> None:
    data = mark_overdue_by_date(_dataset(D(2022, 6, 30), None))
    older, latest = data.progress
    assert older.status == "in_progress"  # reported before the target date
    assert (latest.status, latest.status_rule) == ("overdue", AS_OF_RULE)
    assert latest.status_evidence == "ongoing; target date 2022-03-31 before as-of date 2022-06-30"
    assert data.actions[0].status == "overdue"


def test_as_of_rule_falls_back_to_the_plans_date_and_can_be_switched_off(tmp_path: Path) -> None:
    data = mark_overdue_by_date(_dataset(None, D(2022, 6, 30)))
    assert data.progress[1].status == "overdue"
    off = load_codebook(_rules_file(tmp_path, [[AS_OF_RULE, "step", "", "", "", "not in our study"]]))
    data = mark_overdue_by_date(_dataset(D(2022, 6, 30), None), off)
    assert data.progress[1].status == "in_progress" and data.actions[0].status == "in_progress"


# ------------------------------------------------------------------ the command line and the run's record

def test_cli_status_rules_are_used_and_recorded(tmp_path: Path) -> None:
    rules = _rules_file(tmp_path, [["mine.any_completion", "phrase", "in_progress", "explicit", r"\bcomplete[d]?\b",
                                    "our study counts no action as complete"]])
    sample = ROOT / "samples" / "rec_headings_html.html"
    out = tmp_path / "out"
    assert cli_main([str(sample), "--out", str(out), "--format", "csv", "--workers", "1", "--quiet",
                     "--status-rules", str(rules)]) == 0
    with (out / "progress.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert any(r["status_rule"] == "mine.any_completion" for r in rows)
    assert all(r["status"] != "complete" or r["status_rule"] != "complete.word" for r in rows)
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["x-status-codebook"] == {"sha256": load_codebook(rules).sha256, "source": "built-in + rules.csv"}
    # the same documents without the rules: the cached rows of the other codebook are not reused
    assert cli_main([str(sample), "--out", str(out), "--format", "csv", "--workers", "1", "--quiet"]) == 0
    with (out / "progress.csv").open(encoding="utf-8") as f:
        assert not any(r["status_rule"] == "mine.any_completion" for r in csv.DictReader(f))
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert package["x-status-codebook"]["sha256"] == default_codebook().sha256


def test_cli_bad_status_rules_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rules = _rules_file(tmp_path, [["x", "phrase", "complete", "explicit", "(", "w"]])
    code = cli_main([str(ROOT / "samples" / "rec_headings_html.html"), "--out", str(tmp_path / "out"),
                     "--status-rules", str(rules)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and re.fullmatch(r"dhr-extract: error: rules\.csv: rule x: bad pattern: .+", err)
