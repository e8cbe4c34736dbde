"""Documents a Community Safety Partnership's archive holds beside its action plans, and the rule
that keeps them out of the dataset: tables are an action plan only on positive evidence that they
hold a recommendation (``normalise/plan_evidence.py``).

The PDFs are tests/fixtures/non_plan_<kind>.pdf, made by tools/make_non_plans.py from
tools/non_plan_specs/<kind>.json (each spec says why its document is not a plan);
tests/test_producers.py reads them in its batch too.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from dhr_extract.api import extract_document
from dhr_extract.batch import run_batch
from dhr_extract.batch.progress import summary
from dhr_extract.model import RawTable
from dhr_extract.normalise.headers import Header, find_header
from dhr_extract.normalise.plan_evidence import (heading_names_groups, is_action_plan, is_risk_register,
                                                 reads_as_recommendation)
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.report import write_report
from tests.helpers import load_tool
from tests.test_normalise import LEFT, document, table

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPECS = load_tool("make_non_plans").load_specs([])
ACTION_LOG = ["Action", "Owner", "Due date", "Status"]
LOG_ROWS = [["Circulate the information sharing agreement to partners.", "M. Patel", "31/10/2021", "Open"],
            ["Chase the outstanding chronologies.", "DHR Coordinator", "30/09/2021", "Complete"]]


def read(kind: str) -> tuple[str, int]:
    """The review's status and the number of recommendations read from ``non_plan_<kind>.pdf``."""
    data = extract_document(FIXTURES / f"non_plan_{kind}.pdf")
    return data.reviews[0].status, len(data.recommendations)


def test_every_spec_has_its_pdf() -> None:
    assert len(SPECS) >= 12
    assert all((FIXTURES / f"non_plan_{kind}.pdf").is_file() for kind in SPECS)


# ---- one per kind: no action plan, nothing read ----------------------------------------------------

def test_minutes_action_log() -> None:
    """A meeting's action log (No. | Action | Owner | Due date | Status) is not a DHR action plan:
    the field guide's plan tracks what agencies do about a review's recommendations, and this table
    answers none (no recommendation column, no recommendation label in a row or a heading).  Its
    columns are those of an action-only plan whose recommendations are headings (rec_headings_html):
    the recommendation is what tells them apart."""
    assert read("minutes_action_log") == ("no_action_plan", 0)


def test_minutes_action_log_borderless() -> None:
    assert read("minutes_action_log_borderless") == ("no_action_plan", 0)


def test_risk_register() -> None:
    """Mitigating actions with owners and dates answer risks, not recommendations."""
    assert read("risk_register") == ("no_action_plan", 0)


def test_overview_report_chronology() -> None:
    assert read("overview_report_chronology") == ("no_action_plan", 0)


def test_review_panel_membership() -> None:
    assert read("review_panel_membership") == ("no_action_plan", 0)


def test_glossary() -> None:
    assert read("glossary") == ("no_action_plan", 0)


def test_terms_of_reference() -> None:
    assert read("terms_of_reference") == ("no_action_plan", 0)


def test_budget_statistics() -> None:
    assert read("budget_statistics") == ("no_action_plan", 0)


def test_training_attendance_register() -> None:
    assert read("training_attendance_register") == ("no_action_plan", 0)


def test_blank_action_plan_template() -> None:
    """A plan's header over empty rows: the header is a plan's, the content is not."""
    assert read("blank_action_plan_template") == ("no_action_plan", 0)


def test_notification_form() -> None:
    assert read("notification_form") == ("no_action_plan", 0)


def test_quality_assurance_panel_letter() -> None:
    """Borderline: a numbered list of what the Home Office panel asks for.  The field guide reads
    plans as tables ("the report's prose also lists the recommendations as numbered paragraphs;
    the plan's table is the record to read"), and the letter has no table."""
    assert read("quality_assurance_panel_letter") == ("no_action_plan", 0)


def test_seven_minute_briefing() -> None:
    """Numbered boxes ("4. Recommendations") over learning points: a grid of prose, not of actions."""
    assert read("seven_minute_briefing") == ("no_action_plan", 0)


def test_meeting_agenda() -> None:
    """Numbered items with a lead and a time: the lead is an agency, but no item is a recommendation."""
    assert read("meeting_agenda") == ("no_action_plan", 0)


@pytest.mark.parametrize("kind", ["foi_response_table", "academic_paper_tables"])
def test_tables_that_count_recommendations(kind: str) -> None:
    """Tables whose headers name recommendations and agencies but whose rows are counts."""
    assert read(kind) == ("no_action_plan", 0)


def test_dpia_risk_table() -> None:
    """Risks with measures and who approved them: a reference column and long text, no recommendation."""
    assert read("dpia_risk_table") == ("no_action_plan", 0)


@pytest.mark.parametrize("kind", ["newsletter", "newsletter_browser"])
def test_newsletter(kind: str) -> None:
    assert read(kind) == ("no_action_plan", 0)


# ---- the rule, on raw tables ----------------------------------------------------------------------

def plan_of(*tables: RawTable) -> bool:
    found = [(t, h) for t in tables if (h := find_header(t)) is not None]
    return bool(found) and is_action_plan(found)


def test_an_action_log_is_not_a_plan_and_reads_as_none() -> None:
    log = table([ACTION_LOG] + LOG_ROWS, heading="Action log")
    numbered = table([["No.", *ACTION_LOG]] + [[f"{k}.", *row] for k, row in enumerate(LOG_ROWS, 1)])
    assert not plan_of(log) and not plan_of(numbered)  # a bare "No." numbers the actions
    data = document_to_dataset(document(log))
    assert (data.reviews[0].status, data.recommendations, data.actions) == ("no_action_plan", [], [])


def test_action_tables_under_recommendation_labels_are_a_plan() -> None:
    under_heading = table([ACTION_LOG] + LOG_ROWS, heading="Recommendation 1 – Information sharing")
    spanning = table([ACTION_LOG, ["Recommendation 1: Agencies share information.", LEFT, LEFT, LEFT]] + LOG_ROWS)
    rec_numbers = table([["Rec No.", *ACTION_LOG]] + [["1", *row] for row in LOG_ROWS])
    assert plan_of(under_heading) and plan_of(spanning) and plan_of(rec_numbers)
    second = table([ACTION_LOG] + LOG_ROWS[:1], index=1, heading="Recommendation 2 – Training")
    data = document_to_dataset(document(under_heading, second))
    actions = [sum(a.rec_id == r.rec_id for a in data.actions) for r in data.recommendations]
    assert [r.rec_number for r in data.recommendations] == ["1", "2"] and actions == [2, 1]


def test_numbered_headings_label_recommendations_only_when_there_are_several() -> None:
    first = table([ACTION_LOG] + LOG_ROWS, index=0, heading="5. Partners should share the information agreed.")
    second = table([ACTION_LOG] + LOG_ROWS, index=1, heading="6. The partnership should train staff in coercive control.")
    chronology = table([["Date", "Agency", "Event", "Action taken"], ["01/02/2019", "Police", "Attended.", "Advised."],
                        ["4.2 The analysis follows in section 5.", "", "", ""]], heading="4. Combined chronology")
    numbered_rows = table([ACTION_LOG, ["1. Agencies should share information about risk.", "", "", ""], LOG_ROWS[0],
                           ["2. The partnership should train staff.", "", "", ""], LOG_ROWS[1]])
    assert not plan_of(first) and not plan_of(chronology)  # paragraph numbers of a report
    assert plan_of(first, second) and plan_of(numbered_rows)


def test_numbered_rows_of_a_few_words_across_an_action_log_name_groups() -> None:
    """A meeting's action log grouped under its agenda items ("2. Matters arising"), a register's
    actions under numbered categories ("1. Staffing"): a number over a few words names a group, not
    a recommendation (non_plans_heldout/board_action_log_by_item, risk_register_by_category).  A
    named label ("R2: Train staff") is a recommendation's whatever its length."""
    items = table([ACTION_LOG, ["2. Matters arising", "", "", ""], LOG_ROWS[0], ["5. Scorecard", "", "", ""], LOG_ROWS[1]])
    named = table([ACTION_LOG, ["R1: Share information", "", "", ""], LOG_ROWS[0], ["R2: Train staff", "", "", ""], LOG_ROWS[1]])
    assert not plan_of(items) and plan_of(named)


def test_risk_rows_labelled_r1_over_mitigating_actions_are_a_risk_register() -> None:
    """A register's risks labelled across the table ("R1: <a sentence stating the risk>") over their
    mitigating actions, owners and review dates (non_plans_heldout/risk_register_r_labels): the header
    (an action headed as mitigating a risk, a likelihood or risk-rating column) or a heading naming a
    risk register says the labels number risks.  A recommendation named in words still counts there."""
    risks = [["R1: Reviews are not completed within the statutory timescale for want of independent chairs.",
              "", "", ""], LOG_ROWS[0], ["R2: The funding for the IDVA service ends in March 2026.", "", "", ""],
             LOG_ROWS[1]]
    mitigating = table([["Mitigating action", "Owner", "Review date", "Status"], *risks])
    scored = table([["Action", "Owner", "Likelihood", "Status"], *risks])
    titled = table([ACTION_LOG, *risks], heading="Strategic risk register, quarter 2")
    assert not plan_of(mitigating) and not plan_of(scored) and not plan_of(titled)
    assert plan_of(table([ACTION_LOG, *risks]))  # no sign of a register: "R1" names a recommendation
    named = [["Recommendation 1: Share information", "", "", ""], LOG_ROWS[0]]
    assert plan_of(table([["Mitigating action", "Owner", "Review date", "Status"], *named]))
    assert plan_of(table([["Recommendation", "Action", "Risk to be mitigated", "Owner"],
                          ["Agencies share information.", "Agree a protocol.", "Information not shared.", "CSP"]]))


def test_a_risk_register_is_told_by_its_header_or_heading_not_by_risk_in_its_cells() -> None:
    def found(header: list[str], heading: str = "") -> list[tuple[RawTable, Header]]:
        t = table([header, *LOG_ROWS], heading=heading)
        h = find_header(t)
        assert h is not None
        return [(t, h)]
    assert is_risk_register(found(["Action", "Owner", "Residual risk", "Status"]))
    assert is_risk_register(found(["Risk", "Mitigating actions", "Owner", "Status"]))
    assert is_risk_register(found(ACTION_LOG, heading="Partnership risk register"))
    assert not is_risk_register(found(["Action", "Owner", "Outcome / impact", "Status"]))
    assert not is_risk_register(found(ACTION_LOG, heading="Action plan: risk assessment training"))


def test_agenda_items_with_long_titles_over_an_action_log_headed_as_one_name_groups() -> None:
    """A meeting's action log grouped under its agenda items in full ("2. Minutes of the meeting held on
    12 February 2025 and matters arising"), a sentence's length (non_plans_heldout/
    board_action_log_sentence_items): a heading naming the log, or the minutes, says the numbers are agenda
    items'; so does a heading naming a body's priorities (non_plans_heldout/annual_report_priorities_rows).  A
    recommendation named in words still counts there; without such a heading the rows read as recommendations."""
    items = [["2. Minutes of the meeting held on 12 February 2025 and matters arising", "", "", ""], LOG_ROWS[0],
             ["3. Domestic homicide review 'Imogen': progress report on the published action plan", "", "", ""],
             LOG_ROWS[1]]
    for heading in ("Community Safety Partnership – action log", "Actions arising", "Minutes of the board, 14 May 2025",
                    "Priorities 2025–26"):
        assert not plan_of(table([ACTION_LOG, *items], heading=heading)), heading
    assert plan_of(table([ACTION_LOG, *items]))  # no heading: numbered sentences read as recommendations
    named = [["Recommendation 1: Share information", "", "", ""], LOG_ROWS[0]]
    assert plan_of(table([ACTION_LOG, *named], heading="Action log"))


def test_a_meeting_record_or_priorities_told_by_the_heading() -> None:
    def found(heading: str) -> list[tuple[RawTable, Header]]:
        t = table([ACTION_LOG, *LOG_ROWS], heading=heading)
        h = find_header(t)
        assert h is not None
        return [(t, h)]
    assert heading_names_groups(found("Board action log")) and heading_names_groups(found("Matters arising"))
    assert heading_names_groups(found("Priorities 2025–26"))
    assert not heading_names_groups(found("DHR 'Maya' action plan")) and not heading_names_groups(found("Actions"))


def test_numbered_headings_of_a_few_words_name_sections() -> None:
    """A project tracker's workstreams ("1. Procurement", "2. Data migration") over tables of actions
    with leads, dates and status: section names, not recommendations (non_plans_heldout/
    workstream_tracker_headed).  A short title still labels a recommendation when the text between
    it and its table is the recommendation's sentence."""
    def headed(*headings: str, intro: str = "") -> list[RawTable]:
        return [replace(table([ACTION_LOG] + LOG_ROWS, index=k, heading=h), intro=intro) for k, h in enumerate(headings)]
    sections = headed("1. Procurement", "2. Data migration", "3. Training and go-live")
    assert not plan_of(*sections) and not plan_of(*headed("5. Action log", "6. Workshop"))
    assert plan_of(*headed("1. Repeat call-outs", "2. Stalking", intro="Police to review repeat call-outs."))
    assert reads_as_recommendation("Northshire Police should audit DASH risk assessments", "")
    assert not reads_as_recommendation("Support for victims and children", "")


def test_a_recommendation_column_with_words_is_a_plan_without_labels() -> None:
    plan = table([["Recommendation", *ACTION_LOG], ["Agencies share information.", *LOG_ROWS[0]]])
    dashes = table([["Recommendation", *ACTION_LOG], ["–", "–", "", "", ""]])
    assert plan_of(plan) and not plan_of(dashes)


# ---- a batch over the archive ----------------------------------------------------------------------

def test_batch_and_report_do_not_call_a_non_plan_a_failure(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for kind in sorted(SPECS)[:4]:
        shutil.copyfile(FIXTURES / f"non_plan_{kind}.pdf", archive / f"{kind}.pdf")
    result = run_batch([archive], tmp_path / "out", ["csv"], workers=1)
    assert (result.statuses, result.exit_code) == ({"no_action_plan": 4}, 0)
    assert summary(result, tmp_path / "out").startswith("4 documents (4 no_action_plan; 4 read")
    write_report(result.dataset, tmp_path / "report")
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert index.count("no_action_plan") >= 4 and not re.search(r'class="doc[^"]*\bfailed', index)
