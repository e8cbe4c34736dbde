"""The normaliser on small raw tables, one plan-layout problem per test."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from dhr_extract.model import Cell, RawDocument, RawTable, Row, Status
from dhr_extract.normalise.as_at import as_of_text
from dhr_extract.normalise.headers import find_header, header_role, prefer_recommendation_column
from dhr_extract.normalise.labels import split_agency_prefix, split_label
from dhr_extract.normalise.progress_rows import without_empty_later_updates
from dhr_extract.normalise.drafts import ProgressDraft
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.plan_tables import caption_text
from dhr_extract.normalise.status.reader import UNREAD

HOME_OFFICE = ["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take", "Lead Agency",
               "Key milestones achieved in enacting recommendation", "Target Date", "Date of completion and Outcome"]
SIX_COL = ["Recommendation", "Scope of rec i.e. local or regional", "Action to take", "Evidence of Achievement",
           "Target date", "Progress report - Master As at 31st May 2016"]


def cell(value: str | Cell) -> Cell:
    return value if isinstance(value, Cell) else Cell(value)


LEFT, ABOVE = Cell("", "left"), Cell("", "above")


def table(rows: list[list[str | Cell]], index: int = 0, page: int | None = None, heading: str = "",
          strategy: str = "docx") -> RawTable:
    return RawTable(tuple(Row(tuple(cell(c) for c in r), i, page) for i, r in enumerate(rows)), index, page,
                    None, strategy, heading)


def document(*tables: RawTable, fmt: str = "docx") -> RawDocument:
    return RawDocument("plan." + fmt, "ab" * 32, fmt, None, ["A plan"], list(tables))  # type: ignore[arg-type]


def section(text: str, width: int) -> list[str | Cell]:
    return [text] + [LEFT] * (width - 1)


def test_header_synonyms_and_as_of_date() -> None:
    assert [header_role(h) for h in HOME_OFFICE] == ["rec", "scope", "action", "agency", "evidence", "target",
                                                     "progress"]
    assert header_role("RAG status") == "rag"
    assert header_role("Target completion date") == "target"
    assert header_role("By when?") == "target"
    assert header_role("Rec No.") == "number"
    assert [header_role(h) for h in ("Action ref", "Action No.", "Action #")] == ["action_ref"] * 3  # numbers, not text
    assert [header_role(h) for h in ("Actions", "Action to be taken", "Action notes")] == ["action"] * 3
    assert header_role("Responsible agency/officer") == "agency"
    assert header_role("Update (as at 1st February 2022)") == "progress"
    assert as_of_text("Update (as at 1st February 2022)") == "1st February 2022"
    assert as_of_text("Progress report - Master\nAs at 31st May 2016") == "31st May 2016"
    assert as_of_text("Date of completion and Outcome") == ""
    assert as_of_text("Status at 30/09/2025") == "30/09/2025"
    assert as_of_text("Position at the end of March 2025") == "March 2025"


def test_a_bare_at_dates_progress_only_when_its_date_follows() -> None:
    """A sentence with "at" in it and a date later on is no as-at date; "as at" further on still is."""
    assert as_of_text("The board will next look at the plan in January 2026.") == ""
    assert as_of_text("Agreed at the panel meeting; progress as at 31/10/2025") == "31/10/2025"


@pytest.mark.parametrize(("text", "role"), [
    ("Recommendation owner", "section"), ("Rec owner", "section"), ("Owner of recommendation", "section"),
    ("Action lead", "agency"), ("Action owner", "agency"), ("Owner", "agency")])
def test_a_recommendation_owner_column_names_the_owner_and_an_action_lead_the_agency(text: str, role: str) -> None:
    assert header_role(text) == role


def test_owner_beside_each_action_lead_is_the_recommendation_s_not_the_actions() -> None:
    from dhr_extract.extract.html import read_html
    from dhr_extract.normalise.records import document_to_dataset
    page = ("<table><tr><th>No.</th><th>Recommendation</th><th>Recommendation owner</th><th>Action</th>"
            "<th>Action lead</th><th>Target date</th></tr>"
            "<tr><td rowspan=2>1</td><td rowspan=2>Share care needs at MARAC.</td><td rowspan=2>Safeguarding Adults Board"
            "</td><td>Send a summary to every MARAC.</td><td>Adult Social Care</td><td>30/09/2025</td></tr>"
            "<tr><td>Add a MARAC prompt to the GP record.</td><td>ICB</td><td>31/12/2025</td></tr></table>")
    data = document_to_dataset(read_html(Path("plan.html"), page.encode(), "sha"))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [("1", "Safeguarding Adults Board")]
    assert [(a.action_text, a.agency) for a in data.actions] == [
        ("Send a summary to every MARAC.", "Adult Social Care"), ("Add a MARAC prompt to the GP record.", "ICB")]


@pytest.mark.parametrize(("text", "role"), [("By", "target"), ("By:", "target"), ("By when", "target"),
                                           ("Bystander", None), ("Signed off by", None)])
def test_a_bare_by_header_is_the_target_date(text: str, role: str | None) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize(("text", "role"), [
    ("Outcome / impact", "evidence"), ("Outcome and impact", "evidence"), ("Expected outcome", "evidence"),
    ("Intended outcomes", "evidence"), ("Outcome sought", "evidence"), ("Impact", "evidence"),
    ("Measure of success", "evidence"),
    # an outcome reported, not sought, is progress
    ("Outcome", "progress"), ("Outcomes", "progress"), ("Date of completion and Outcome", "progress")])
def test_an_outcome_sought_is_evidence_an_outcome_reported_is_progress(text: str, role: str) -> None:
    assert header_role(text) == role


@pytest.mark.parametrize("text", ["Rec ID", "Rec ref", "Rec #", "Recommendation ID", "Rec No."])
def test_a_bare_rec_header_numbers_the_recommendation(text: str) -> None:
    assert header_role(text) == "number"


@pytest.mark.parametrize(("text", "role"), [
    ("Overview ref", "number"), ("Overview report ref", "number"), ("DHR ref", "number"), ("Ref no.", "number"),
    ("Reference number", "number"), ("Overviewref", "number"),  # a narrow PDF column loses the space
    ("Action ref", "action_ref"), ("Actio n ref", "action_ref"),  # a narrow column breaks "Action"
    ("Paragraph ref", None), ("Page ref", None), ("Preference", None)])
def test_a_qualified_reference_header_numbers_the_recommendation(text: str, role: str | None) -> None:
    assert header_role(text) == role


def test_recommendation_numbers_in_a_reference_column_are_kept_as_written() -> None:
    plan = table([["Overview ref", "Recommendation", "Action", "By when"],
                  ["3", "Police to record the relationship.", "Make the field mandatory.", "31/05/2025"],
                  ["12", "Police to share bail outcomes.", "Agree a same-day notice.", "30/11/2025"],
                  ["4", "Health to flag disclosures.", "Build a flag.", "31/10/2025"]])
    data = document_to_dataset(document(plan))
    assert [r.rec_number for r in data.recommendations] == ["3", "12", "4"]
    assert [a.action_text for a in data.actions] == ["Make the field mandatory.", "Agree a same-day notice.",
                                                     "Build a flag."]


AGENCY_FIRST_HEADER = ["Agency", "Rec No.", "Recommendation", "Action"]


@pytest.mark.parametrize("merged", [ABOVE, ""])  # a merge mark (DOCX, HTML), or a PDF's blank under the cell's text
def test_an_agency_cell_merged_over_several_recommendations_is_theirs(merged: Cell | str) -> None:
    plan = table([AGENCY_FIRST_HEADER,
                  ["Police", "3", "Police to record relationships.", "Make the field mandatory."],
                  [merged, ABOVE, ABOVE, "Dip-sample the logs."],
                  [merged, "7", "Police to refer repeat victims.", "Add the three-incident rule."],
                  ["Health Trust", "4", "Health to flag disclosures.", "Build a flag."]])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("3", "Police"), ("7", "Police"), ("4", "")]
    assert [a.agency for a in data.actions] == ["Police", "Police", "Police", "Health Trust"]


def test_an_agency_cell_beside_one_recommendation_names_no_owner() -> None:
    plan = table([AGENCY_FIRST_HEADER,
                  ["Police", "1", "All agencies to train staff.", "Train officers."],
                  ["Council", ABOVE, ABOVE, "Train carers."],
                  ["Police", "2", "Police to audit calls.", "Audit a month of calls."]])
    data = document_to_dataset(document(plan))
    assert [r.owner for r in data.recommendations] == ["", ""]
    assert [a.agency for a in data.actions] == ["Police", "Council", "Police"]


def test_the_column_headed_as_a_recommendation_holds_its_text() -> None:
    texts = ["No.", "Finding", "Recommendation", "Action", "Lead"]
    assert prefer_recommendation_column(["number", "rec", "rec", "action", "agency"], texts) == [
        "number", None, "rec", "action", "agency"]
    # a Finding column alone is still the recommendation; two columns headed as recommendations are left as read
    assert prefer_recommendation_column(["rec", "action"], ["Finding", "Action"]) == ["rec", "action"]
    assert prefer_recommendation_column(["rec", "rec"], ["Recommendation", "Recommendation"]) == ["rec", "rec"]


def test_a_bare_rec_header_is_the_number_only_beside_a_recommendation_column() -> None:
    assert prefer_recommendation_column(["rec", "rec", "action"], ["Rec.", "Recommendation", "Action"]) == [
        "number", "rec", "action"]
    assert prefer_recommendation_column(["rec", "action"], ["Rec", "Action"]) == ["rec", "action"]  # its text


def test_a_finding_column_before_the_recommendation_is_context() -> None:
    header = find_header(table([["Finding", "Recommendation", "Action", "Lead agency"],
                                ["F1. The GP was not told.", "R1. Tell the GP.", "Write to GPs", "Police"]]))
    assert header is not None and header.roles == (None, "rec", "action", "agency")


@pytest.mark.parametrize("broken, role", [
    # a narrow PDF column breaks header words wherever the line is full
    ("Compl\netion\ndate", "target"), ("Re\nc\nNo.", "number"), ("By\nwhe\nn", "target"),
    ("Recommendatio\nn", "rec"), ("Sta\ntus", "status"), ("Lead\nAgen\ncy", "agency"),
])
def test_header_words_broken_across_lines(broken: str, role: str) -> None:
    assert header_role(broken) == role


@pytest.mark.parametrize("text, role", [
    # one-word column names published plans use
    ("Due", "target"), ("Due by", "target"), ("Lead", "agency"), ("Owner", "agency"), ("By when", "target"),
    # a group's criterion, then the column's own name (a SMART header under its group row)
    ("Achievable – lead", "agency"), ("Achievable - lead", "agency"), ("Specific – action", "action"),
    ("Measurable – evidence", "evidence"), ("Time-bound – by when", "target"), ("Relevant: scope", "scope"),
    # a bilingual plan's names, each language's apart by a slash (Welsh / English)
    ("Cyf. / Ref", "number"), ("Argymhelliad / Recommendation", "rec"), ("Cam gweithredu / Action", "action"),
    ("Arweinydd / Lead", "agency"), ("Erbyn / By", "target"), ("Statws / Status", "status"),
    ("Diweddariad / Update", "progress"),
])
def test_short_and_compound_column_names(text: str, role: str) -> None:
    assert header_role(text) == role


def test_a_compound_name_whose_parts_disagree_names_nothing() -> None:
    assert header_role("Status – date") is None  # a status or a date: no guess
    assert header_role("Achievable – realistic") is None  # no part names a role


def test_labels_in_all_published_forms() -> None:
    cases = {
        "1. The CSP to": ("1", "The CSP to"), "1) The CSP": ("1", "The CSP"), "R1 Police to": ("1", "Police to"),
        "Recommendation 3: The board": ("3", "The board"), "3.1 Agencies": ("3.1", "Agencies"),
        "6.1.1 All": ("6.1.1", "All"), "10.2a That": ("10.2a", "That"), "2b GPs": ("2b", "GPs"),
        "25.All agencies": ("25", "All agencies"),
    }
    for text, (number, rest) in cases.items():
        label, remainder = split_label(text)
        assert label is not None and (label.number, remainder) == (number, rest), text
    for text in ("a. Clear policies", "i. in line with", "2014 saw", "The CSP"):
        assert split_label(text)[0] is None, text


@pytest.mark.parametrize(("text", "number"), [
    ("DHR-2023-04/R2\nAdult Social Care to check carers.", "2"), ("DHR-2023-04/2", "2"), ("DHR-2023-04.R2", "2"),
    ("DHR-2023-04-R12", "12"), ("SAR-2022-07/2b", "2b"), ("DHR 12/2021 R3", "3"),
    # a year span, a review code without a recommendation, a code opening a sentence: no label
    ("DHR 2021/22", None), ("DHR-2023-04", None), ("DHR-2023-04/R2 was accepted", None)])
def test_a_composite_reference_names_the_recommendation_by_its_last_part(text: str, number: str | None) -> None:
    label, rest = split_label(text)
    assert (label.number if label else None) == number
    if label is not None:
        assert rest == text.partition("\n")[2]


def test_agency_prefix_is_split_but_ordinary_sentences_are_not() -> None:
    assert split_agency_prefix("POLICE: Review all DHR recommendations") == ("POLICE", "Review all DHR recommendations")
    assert split_agency_prefix("Children's Services: To be shared") == ("Children's Services", "To be shared")
    assert split_agency_prefix("Update: semi-automated referrals")[0] == ""
    assert split_agency_prefix("MARAC directed to take the following actions:\na)")[0] == ""


def test_non_plan_tables_are_ignored() -> None:
    agencies = table([["Agency", "Contribution"], ["Thames Valley Police", "IMR"]], index=0)
    plan = table([SIX_COL, ["1. Do the thing", "Local", "Act", "Minutes", "May 2015", "COMPLETED"]], index=1)
    glossary = table([["Abbreviation", "Meaning"], ["IDVA", "Independent Domestic Violence Advisor"]], index=2)
    data = document_to_dataset(document(agencies, plan, glossary))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [("1", "Do the thing")]
    assert data.reviews[0].status == "ok"


def test_document_without_a_plan_is_no_action_plan() -> None:
    data = document_to_dataset(document(table([["Date", "Event"], ["2019", "Met GP"]])))
    assert data.reviews[0].status == "no_action_plan"
    assert data.recommendations == [] and data.actions == []


def test_section_rows_become_owners_and_agency_falls_back_to_them() -> None:
    plan = table([
        SIX_COL,
        section("Warwickshire Police", 6),
        ["12. Police review the policy", "Local", "Set out a policy", "Policy", "August 2014", "COMPLETED"],
        section("George Eliot Hospital", 6),
        ["20. The hospital develops a policy", "Local", "Develop policy", "Policy", "June 2014", "Ongoing"],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("12", "Warwickshire Police"), ("20", "George Eliot Hospital")]
    assert [a.agency for a in data.actions] == ["Warwickshire Police", "George Eliot Hospital"]


def test_page_split_row_is_joined_but_agency_row_after_page_break_is_new() -> None:
    page1 = table([SIX_COL, ["25. All agencies disseminate the", "Local", "POLICE: Review all recommendations",
                             "POLICE: reviewed", "", "This DHR has been"]], index=0, page=1, strategy="lines")
    page2 = table([SIX_COL, ["learning from this review", "", "", "", "", "reviewed alongside all DHRs."],
                   ["", "Local", "CWPT: Disseminate the learning", "CWPT: policy reviewed", "June 2014", "COMPLETED"]],
                  index=1, page=2, strategy="lines")
    page3 = table([SIX_COL, ["", "Regional", "WMAS: Through the learning group", "Minutes", "March 2015",
                             "COMPLETED"]], index=2, page=3, strategy="lines")
    data = document_to_dataset(document(page1, page2, page3, fmt="pdf"))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("25", "All agencies disseminate the learning from this review")]
    assert [(a.agency, a.action_text, a.scope) for a in data.actions] == [
        ("POLICE", "Review all recommendations", "Local"),
        ("CWPT", "Disseminate the learning", "Local"),
        ("WMAS", "Through the learning group", "Regional")]
    assert data.progress[0].progress_text == "This DHR has been reviewed alongside all DHRs."
    assert data.recommendations[0].page_start == 1


def test_vertically_merged_recommendation_with_lead_agency_rows() -> None:
    plan = table([
        HOME_OFFICE,
        ["1. All agencies to train staff", "Local", "Deliver training", "Thames Valley Police", "Training logs",
         "Dec-19", "Complete"],
        [ABOVE, ABOVE, "Update the policy", "Oxford Health NHS FT", "Policy", "31/12/2019", "In progress"],
        [ABOVE, ABOVE, "Brief GPs", "BOB ICB", "Briefing", ABOVE, "Not started"],
        ["2. The CSP to audit", "Regional", "Audit", "CSP", "Report", "Q2 2020/21", ""],
    ])
    data = document_to_dataset(document(plan))
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]
    acts = [(a.rec_number, a.agency, a.action_text, a.scope, a.target_date_text) for a in data.actions]
    assert acts == [
        ("1", "Thames Valley Police", "Deliver training", "Local", "Dec-19"),
        ("1", "Oxford Health NHS FT", "Update the policy", "Local", "31/12/2019"),
        ("1", "BOB ICB", "Brief GPs", "Local", "31/12/2019"),
        ("2", "CSP", "Audit", "Regional", "Q2 2020/21"),
    ]


def test_number_column_theme_rows_and_guidance_row() -> None:
    header = ["No.", "Recommendation", "Action to be taken", "Responsible agency/officer", "Timescale",
              "Update (as at 1st February 2022)"]
    guidance = ["", "What is the over-arching recommendation?", "How will it be achieved?", "Who?", "When?", ""]
    plan = table([
        header, guidance,
        section("Theme 1 – Information sharing – county wide", 6),
        ["3.1", "Agencies share records", "Agree protocol", "CSP", "March 2021", "Complete"],
        ["10.2a", "10.2a GPs record abuse", "Audit notes", "ICB", "2021/22", ""],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.rec_text, r.owner) for r in data.recommendations] == [
        ("3.1", "Agencies share records", "Theme 1 – Information sharing – county wide"),
        ("10.2a", "GPs record abuse", "Theme 1 – Information sharing – county wide")]
    assert data.progress[0].as_of == "1st February 2022"
    assert data.reviews[0].progress_as_of == "1st February 2022"


def test_sections_as_separate_tables_under_headings() -> None:
    header = ["Recommendation", "Action", "Lead", "Target completion date", "Progress", "RAG"]
    police = table([header, ["1. Police to brief officers", "Brief", "", "June 2020", "Done", "Green"]],
                   index=0, heading="Thames Valley Police")
    health = table([header, ["2. Trust to audit", "Audit", "", "July 2020", "", "Amber"]],
                   index=1, heading="Berkshire Healthcare NHS Foundation Trust")
    data = document_to_dataset(document(police, health))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("1", "Thames Valley Police"), ("2", "Berkshire Healthcare NHS Foundation Trust")]
    assert [p.rag for p in data.progress] == ["Green", "Amber"]


def test_two_header_rows_are_folded_together() -> None:
    plan = table([
        ["Recommendation", "Delivery", LEFT, LEFT, "Monitoring", LEFT],
        ["Recommendation", "Action", "Lead", "By when", "Progress", "RAG status"],
        ["R1 The CSP to publish guidance", "Publish", "CSP", "June 2021", "Published", "Blue"],
    ])
    header = find_header(plan)
    assert header is not None and header.n_rows == 2
    assert header.roles == ("rec", "action", "agency", "target", "progress", "rag")
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [("1", "The CSP to publish guidance")]


def test_ids_are_stable_and_unique() -> None:
    def build() -> list[str]:
        plan = table([SIX_COL, ["1. A", "Local", "x", "", "", ""], ["", "Local", "POLICE: y", "", "", ""],
                       ["2. B", "Local", "z", "", "", ""]])
        data = document_to_dataset(document(plan))
        return [r.rec_id for r in data.recommendations] + [a.action_id for a in data.actions]

    first, second = build(), build()
    assert first == second
    assert len(set(first)) == len(first)


def test_recommendation_repeated_on_each_agency_row_is_one_recommendation() -> None:
    header = ["Rec No.", "Recommendation", "Action", "Lead Agency", "Target date", "Progress"]
    plan = table([
        header,
        ["1", "All agencies to train staff", "Deliver training", "Police", "Dec-19", "Complete"],
        ["1", "All agencies to train staff", "Update the policy", "Council", "Jan-20", "Ongoing"],
        ["2", "The CSP to audit", "Audit", "CSP", "Q2 2020/21", ""],
    ])
    data = document_to_dataset(document(plan))
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]
    assert [(a.rec_number, a.agency) for a in data.actions] == [("1", "Police"), ("1", "Council"), ("2", "CSP")]
    assert not [w for w in data.warnings if w.code == "duplicate_recommendation_number"]


def test_unnumbered_plan_is_numbered_in_document_order() -> None:
    header = ["Recommendation", "Action", "Lead", "Target date"]
    plan = table([
        header,
        ["Agencies share records", "Agree protocol", "CSP", "March 2021"],
        [ABOVE, "Brief staff", "Police", "April 2021"],
        ["GPs record abuse", "Audit notes", "ICB", "2021/22"],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Agencies share records"), ("2", "GPs record abuse")]
    assert [a.rec_number for a in data.actions] == ["1", "1", "2"]


def test_new_action_row_at_top_of_page_is_not_a_continuation() -> None:
    header = ["Recommendation", "Action", "Evidence", "Target date", "Progress"]
    page1 = table([header, ["1. Train staff", "Deliver training.", "Logs.", "March 2021", "Done."]],
                  index=0, page=1, strategy="lines")
    page2 = table([header, ["", "Update the policy.", "Policy.", "June 2021", "Ongoing."]],
                  index=1, page=2, strategy="lines")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    assert [a.action_text for a in data.actions] == ["Deliver training.", "Update the policy."]


def test_an_agency_name_cut_by_the_page_break_beside_no_action_is_carried_on() -> None:
    header = ["Recommendation", "Action", "Responsible agency", "Timescale", "Update"]
    page1 = table([header, ["5) The CSP to review refuge places for disabled", "Survey refuge providers.",
                            "Lowmarsh Community Safety", "October 2024", "In progress."]],
                  index=0, page=1, strategy="ruled")
    page2 = table([header, ["victims.", "", "Partnership", "", ""],
                   ["", "Report the findings.", "Lowmarsh Council", "January 2025", "Not started."]],
                  index=1, page=2, strategy="ruled")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    assert [r.rec_text for r in data.recommendations] == ["The CSP to review refuge places for disabled victims."]
    assert [(a.agency, a.action_text) for a in data.actions] == [
        ("Lowmarsh Community Safety Partnership", "Survey refuge providers."),
        ("Lowmarsh Council", "Report the findings.")]


def test_a_theme_row_at_the_top_of_a_page_is_not_the_rest_of_the_row_above() -> None:
    header = ["Recommendation", "Action", "Lead agency", "Target date"]
    page1 = table([header, ["1. Police to review the handling of repeat", "Audit repeat cases", "Police", "June 2024"]],
                  index=0, page=1, strategy="ruled")
    page2 = table([header, ["Theme 2 – Health", LEFT, LEFT, LEFT],
                   ["2. The ICB to ensure GPs ask about abuse.", "Issue guidance.", "ICB", "May 2024"]],
                  index=1, page=2, strategy="ruled")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Police to review the handling of repeat"), ("2", "The ICB to ensure GPs ask about abuse.")]
    assert [a.action_text for a in data.actions] == ["Audit repeat cases", "Issue guidance."]


def test_header_cells_merged_down_and_a_group_over_two_sub_columns() -> None:
    plan = table([
        ["Recommendation", "Action", "Target Date", "Progress", LEFT],
        [ABOVE, ABOVE, ABOVE, "RAG", "Commentary"],
        ["Recommendation 1\nPolice to flag repeat victims", "Police: Create a marker", "31/12/2020", "Green",
         "October 2020: marker live. Complete."],
    ])
    header = find_header(plan)
    assert header is not None and header.n_rows == 2
    assert header.roles == ("rec", "action", "target", "rag", "progress")
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [("1", "Police to flag repeat victims")]
    assert [(a.agency, a.action_text) for a in data.actions] == [("Police", "Create a marker")]
    assert [(p.progress_text, p.rag, p.status) for p in data.progress] == [
        ("October 2020: marker live. Complete.", "Green", "complete")]


def test_completed_yes_no_column_is_a_status() -> None:
    plan = table([
        ["Recommendation", "Action", "Lead", "Completed (Y/N)"],
        ["1. Train staff", "Deliver training", "Police", "Y"],
        ["2. Audit", "Audit files", "CSP", "N"],
    ])
    data = document_to_dataset(document(plan))
    assert [p.status for p in data.progress] == ["complete", "in_progress"]


def test_section_heading_typed_into_an_ordinary_row() -> None:
    plan = table([
        SIX_COL,
        ["Warwickshire Police", "", "", "", "", ""],
        ["12. Police review the policy", "Local", "Set out a policy", "Policy", "August 2014", "COMPLETED"],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [("12", "Warwickshire Police")]


def test_guesses_are_warnings_and_unplaced_rows_make_a_partial_review() -> None:
    page1 = table([SIX_COL, ["1. All agencies share the", "Local", "POLICE: Brief officers", "", "", "Done"]],
                  index=0, page=1, strategy="lines")
    page2 = table([SIX_COL, ["learning", "", "", "", "", ""],
                   ["3. The CSP audits", "Local", "", "Report", "May 2015", "COMPLETED"]],
                  index=1, page=2, strategy="lines")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    codes = [w.code for w in data.warnings]
    assert codes.count("row_joined_across_pages") == 1
    assert codes.count("action_without_text") == 1
    assert codes.count("recommendation_number_gap") == 1
    assert data.reviews[0].status == "ok"

    plan = table([["Recommendation", "Action", "Lead"], ["", "Brief staff", "Police"], ["1. Train", "Train", "CSP"]])
    data = document_to_dataset(document(plan))
    assert data.reviews[0].status == "partial"
    assert "action_without_recommendation" in [w.code for w in data.warnings]


def test_merged_recommendation_text_carrying_on_beside_a_new_agency_row() -> None:
    header = ["Recommendation", "Action", "Lead Agency", "Target date"]
    page1 = table([header, ["4. All agencies to review how they record", "Audit files.", "Police", "May 2021"]],
                  index=0, page=1, strategy="lines")
    page2 = table([header, ["contact with victims.", "Update the policy.", "Council", "June 2021"]],
                  index=1, page=2, strategy="lines")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("4", "All agencies to review how they record contact with victims.")]
    assert [(a.agency, a.action_text) for a in data.actions] == [("Police", "Audit files."),
                                                                 ("Council", "Update the policy.")]


def test_full_width_labelled_row_is_a_recommendation_with_the_action_rows_below() -> None:
    header = ["Action", "Lead agency", "Target date", "Progress update", "RAG"]
    plan = table([
        header,
        section("Recommendation 1: All agencies to train staff in coercive control.", 5),
        ["Deliver training.", "Police", "March 2021", "Done.", "Green"],
        ["Update the policy.", "Council", "June 2021", "Drafted.", "Amber"],
        section("Recommendation 2: The CSP to audit referrals.", 5),
        ["Audit a sample.", "CSP", "Q2 2021/22", "", ""],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.rec_text, r.owner) for r in data.recommendations] == [
        ("1", "All agencies to train staff in coercive control.", ""), ("2", "The CSP to audit referrals.", "")]
    assert [(a.rec_number, a.agency) for a in data.actions] == [("1", "Police"), ("1", "Council"), ("2", "CSP")]


def test_numbered_theme_row_over_labelled_recommendations_is_a_section() -> None:
    plan = table([
        SIX_COL,
        section("1. Information sharing", 6),
        ["1.1 Agencies share records", "Local", "Agree protocol", "", "March 2021", ""],
        ["1.2 GPs record abuse", "Local", "Audit notes", "", "2021/22", ""],
        section("2. Training", 6),
        ["2.1 Police train officers", "Local", "Train", "", "May 2021", ""],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("1.1", "1. Information sharing"), ("1.2", "1. Information sharing"), ("2.1", "2. Training")]


def test_rag_given_only_as_cell_shading() -> None:
    plan = table([
        ["Recommendation", "Action", "Progress", "RAG"],
        ["1. Train staff", "Deliver training", "Sessions booked", Cell("", "", "#ffc000")],
        ["2. Audit", "Audit files", "", Cell("", "", "#00b050")],
    ])
    data = document_to_dataset(document(plan))
    assert [(p.rag, p.rag_text, p.status) for p in data.progress] == [
        ("Amber", "", "in_progress"), ("Green", "", "complete")]


def test_agency_prefix_is_removed_even_beside_a_lead_agency_cell() -> None:
    plan = table([HOME_OFFICE,
                  ["1. All agencies to train staff", "Local", "POLICE: Brief officers", "Thames Valley Police", "",
                   "", ""],
                  [ABOVE, ABOVE, "HEALTH: Brief GPs", "BOB ICB", "", "", ""]])
    data = document_to_dataset(document(plan))
    assert [(a.agency, a.action_text) for a in data.actions] == [("Thames Valley Police", "Brief officers"),
                                                                 ("BOB ICB", "Brief GPs")]
    assert [w.code for w in data.warnings].count("agency_prefix_differs") == 1  # "HEALTH" is not in "BOB ICB"


def test_merged_recommendation_cell_cut_mid_sentence_beside_a_new_row_goes_back_to_its_recommendation() -> None:
    header = ["Recommendation", "Lead agency", "Action", "Target date"]
    page1 = table([header, ["Health visitors ask about abuse at every contact where", "Trust", "Amend the template",
                            "March 2021"]], index=0, page=1, strategy="ruled")
    page2 = table([header, ["it is safe to ask.", "Trust", "Audit the records", "June 2021"],
                   ["Police to brief officers.", "Police", "Brief", "July 2021"]], index=1, page=2, strategy="ruled")
    data = document_to_dataset(document(page1, page2, fmt="pdf"))
    assert [r.rec_text for r in data.recommendations] == [
        "Health visitors ask about abuse at every contact where it is safe to ask.", "Police to brief officers."]
    assert [(a.rec_number, a.action_text) for a in data.actions] == [
        ("1", "Amend the template"), ("1", "Audit the records"), ("2", "Brief")]


def test_borderless_rest_of_a_cut_row_in_blocks_between_white_bands_is_joined_to_the_row() -> None:
    # without rules a row is a block between white bands: the rest of a row cut at the page's foot
    # comes apart at its paragraph gaps, and every block of it carries on the row above
    first: list[list[str | Cell]] = [SIX_COL, ["R2 Board to direct the MARAC to", "Local", "MARAC directed to act",
                                               "Minutes", "October 2014", "Completed."]]
    second: list[list[str | Cell]] = [SIX_COL, ["improve the process, or reluctant", "", "", "", "", ""],
                                      ["to take into account the history", "", "as part of wider training", "", "", ""],
                                      ["R3 Board delivers a campaign.", "Local", "Discuss myths", "Focus groups",
                                       "March 2015", "Completed."]]
    pages = [table(rows, index=i, page=i + 1, strategy="borderless") for i, rows in enumerate((first, second))]
    data = document_to_dataset(document(*pages, fmt="pdf"))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("2", "Board to direct the MARAC to improve the process, or reluctant to take into account the history"),
        ("3", "Board delivers a campaign.")]
    assert [(a.rec_number, a.action_text) for a in data.actions] == [
        ("2", "MARAC directed to act as part of wider training"), ("3", "Discuss myths")]
    ruled = [table(rows, index=i, page=i + 1, strategy="ruled") for i, rows in enumerate((first, second))]
    assert len(document_to_dataset(document(*ruled, fmt="pdf")).actions) == 3  # between rules a block is a row


def test_a_piece_opening_a_sub_item_starts_a_new_line() -> None:
    from dhr_extract.normalise.rows import join_pieces

    # the rest of a cell carried into the next row (a page cut, a borderless row gap)
    assert join_pieces(["support:\na) the reasons are recorded; and", "b) the adult is informed."]) == (
        "support:\na) the reasons are recorded; and\nb) the adult is informed.")
    assert join_pieces(["reviewed by", "Dr. Jones and the", "(ii) team"]) == "reviewed by Dr. Jones and the\n(ii) team"


def test_a_first_data_row_naming_its_columns_roles_is_not_a_second_header_row() -> None:
    header = ["Recommendation", "Action to be taken", "Scope", "Update (as at 1st February 2022)"]
    covered = table([header, ["", "GEH: Covered in Action 23", "Local", "COMPLETED"]])
    found = find_header(covered)
    assert found is not None and found.n_rows == 1
    group = table([["Recommendation", "Delivery", LEFT, "Monitoring", LEFT],
                   ["", "Action", "Lead", "Progress", "RAG"], ["1. Train staff", "Deliver training", "Police", "", ""]])
    found = find_header(group)
    assert found is not None and found.n_rows == 2 and found.roles[1:] == ("action", "agency", "progress", "rag")


def test_a_theme_column_merged_over_recommendations_names_their_owner() -> None:
    header = ["Theme", "No.", "Recommendation", "Action", "Lead", "Target date", "Progress update"]
    assert header_role("Theme") == "section" and header_role("Key themes") == "section"
    plan = table([
        header,
        ["Information sharing", "1", "Agencies share records", "Change the template", "Police", "30/04/2025",
         "Complete."],
        [ABOVE, ABOVE, ABOVE, "Request records", "Adult Social Care", "30/06/2025", "In progress."],
        [ABOVE, "2", "GPs are told of MARAC", "Agree a route", "ICB", "31/07/2025", "Complete."],
        ["", "3", "The MARAC tracks actions", "Add a tracker", "MARAC", "31/05/2025", "Complete."],  # drawn once
        ["Training", "4", "Staff are trained", "Deliver training", "Marlow Homes", "31/08/2025", "In progress."],
    ])
    data = document_to_dataset(document(plan))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("1", "Information sharing"), ("2", "Information sharing"), ("3", "Information sharing"), ("4", "Training")]
    assert [a.agency for a in data.actions] == ["Police", "Adult Social Care", "ICB", "MARAC", "Marlow Homes"]
    assert not data.residue  # the theme texts are placed, not left over as an unmapped column



def draft(text: str) -> ProgressDraft:
    return ProgressDraft("Update", "", text, "", "", "", UNREAD)


def test_an_empty_update_after_an_earlier_one_gives_no_progress_record() -> None:
    kept = without_empty_later_updates([draft("Complete."), draft(""), draft("")])
    assert [d.progress_text for d in kept] == ["Complete."]
    kept = without_empty_later_updates([draft(""), draft("In progress."), draft("")])
    assert [d.progress_text for d in kept] == ["", "In progress."]  # an empty first column is still a record
    assert [d.progress_text for d in without_empty_later_updates([draft("")])] == [""]


def test_an_action_completed_at_an_earlier_meeting_reads_complete() -> None:
    data = document_to_dataset(document(table([
        ["Recommendation", "Action", "Update (panel 12/03/2024)", "Update (panel 11/06/2024)"],
        ["1. Train staff.", "Deliver training", "Complete – all staff trained.", ""],
        ["2. Audit files.", "Audit the files", "In progress.", "Complete – audit report issued."],
    ])))
    assert [a.status for a in data.actions] == [Status.COMPLETE, Status.COMPLETE]
    assert [len([p for p in data.progress if p.action_id == a.action_id]) for a in data.actions] == [1, 2]


CAPTIONED_HEADER = ["Action no.", "Action", "Lead", "Target date", "Progress"]


def captioned(caption: str, actions: list[list[str | Cell]], index: int) -> RawTable:
    return table([section(caption, 5), CAPTIONED_HEADER, *actions], index=index)


def test_a_labelled_caption_row_above_the_header_is_the_tables_recommendation() -> None:
    first = captioned("Recommendation 1: Train the staff", [["1.1", "Run training", "Police", "May 2024", "Done"],
                                                            ["1.2", "Audit it", "Police", "June 2024", "Open"]], 0)
    second = captioned("Recommendation 2: Share the records", [["2.1", "Agree a protocol", "ICB", "2025", ""]], 1)
    data = document_to_dataset(document(first, second))
    assert data.reviews[0].status == "ok"
    assert [(r.rec_label, r.rec_text) for r in data.recommendations] == [
        ("Recommendation 1:", "Train the staff"), ("Recommendation 2:", "Share the records")]
    assert [(a.action_text, a.target_date_text) for a in data.actions] == [
        ("Run training", "May 2024"), ("Audit it", "June 2024"), ("Agree a protocol", "2025")]
    assert not [r for r in data.residue if "Train the staff" in r.text]  # read, so not residue


def test_an_unlabelled_title_row_above_the_header_names_no_recommendation() -> None:
    titled = captioned("Action plan", [["1.1", "Run training", "Police", "May 2024", "Done"]], 0)
    assert caption_text(titled, find_header(titled)) == ""
    assert document_to_dataset(document(titled)).reviews[0].status == "no_action_plan"


def test_a_caption_rows_recommendation_text_is_its_own_not_the_paragraph_above_the_table() -> None:
    first = dataclasses.replace(captioned("Recommendation 1: Train the staff",
                                          [["1.1", "Run training", "Police", "May 2024", "Done"]], 0),
                                heading="Action plan", intro="Each recommendation has its own table.")
    second = captioned("Recommendation 2: Share the records", [["2.1", "Agree a protocol", "ICB", "2025", ""]], 1)
    data = document_to_dataset(document(first, second, fmt="pdf"))
    assert [r.rec_text for r in data.recommendations] == ["Train the staff", "Share the records"]
