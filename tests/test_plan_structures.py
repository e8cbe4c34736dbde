"""Plan layouts read in the shared normalise stages, whatever the format: tables of labelled rows,
coded recommendation labels, tables of counts after a plan, sub-columns under a group heading."""
from __future__ import annotations

from dataclasses import replace

import pytest

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.headers import find_header, header_role, sub_column_role
from dhr_extract.normalise.labels import label_from_cell, split_label
from dhr_extract.normalise.record_tables import is_record_table, unrolled_tables
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.transposed_tables import is_transposed_plan

LEFT, ABOVE = Cell("", "left"), Cell("", "above")


def table(rows: list[list[str | Cell]], index: int = 0, page: int | None = None) -> RawTable:
    cells = [tuple(c if isinstance(c, Cell) else Cell(c) for c in r) for r in rows]
    return RawTable(tuple(Row(c, i, page) for i, c in enumerate(cells)), index, page, None, "docx")


def document(*tables: RawTable) -> RawDocument:
    return RawDocument("plan.docx", "cd" * 32, "docx", None, ["A plan"], list(tables))  # type: ignore[arg-type]


def record(label: str, text: str, *actions: tuple[str, str, str, str], index: int = 0) -> RawTable:
    """A recommendation set out as labelled rows: its label and text, then four rows per action."""
    rows: list[list[str | Cell]] = [[label, text]] if label else []
    for lead, action, target, update in actions:
        rows += [["Lead agency", lead], ["Action", action], ["Target date", target], ["Update", update]]
    return table(rows, index)


POLICE_REC = record("Recommendation 1", "The police to record why a risk assessment was not completed.",
                    ("Police", "Add a reason field.", "31/03/2025", "Complete."),
                    ("Police", "Dip sample incidents.", "Monthly", "In progress."))
ICB_REC = record("Recommendation 2", "The ICB to tell the health visitor when a GP learns of abuse.",
                 ("ICB", "Agree a sharing route.", "30/06/2025", "Not started."), index=1)


# ------------------------------------------------------------------ tables of labelled rows

def test_labelled_rows_become_a_header_row_and_one_row_per_action() -> None:
    unrolled = unrolled_tables([POLICE_REC])[0]
    header, first, second = (list(r.texts) for r in unrolled.rows)
    assert header == ["Recommendation", "Lead agency", "Action", "Target date", "Update"]
    assert first[0].split("\n") == ["Recommendation 1", "The police to record why a risk assessment was not completed."]
    assert first[1:] == ["Police", "Add a reason field.", "31/03/2025", "Complete."]
    assert second[1:] == ["Police", "Dip sample incidents.", "Monthly", "In progress."]
    assert unrolled.rows[2].cells[0].span == "above"  # the second action sits under the same recommendation
    assert unrolled.rows[1].joined == (1, 2, 3, 4) and unrolled.rows[2].joined == (6, 7, 8)


def test_tables_of_labelled_rows_read_as_a_plan() -> None:
    data = document_to_dataset(document(POLICE_REC, ICB_REC))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "The police to record why a risk assessment was not completed."),
        ("2", "The ICB to tell the health visitor when a GP learns of abuse.")]
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "Police", "Add a reason field.", "31/03/2025"), ("1", "Police", "Dip sample incidents.", "Monthly"),
        ("2", "ICB", "Agree a sharing route.", "30/06/2025")]
    assert [p.progress_text for p in data.progress] == ["Complete.", "In progress.", "Not started."]
    assert [r.status for r in data.reviews] == ["ok"]


def test_every_labelled_row_is_traced_to_the_record_it_became() -> None:
    data = document_to_dataset(document(POLICE_REC))
    kinds = [(s.row, s.kind) for s in data.row_sources]
    assert kinds == [(1, "data"), *((n, "joined") for n in range(2, 6)), (6, "data"), *((n, "joined") for n in (7, 8, 9))]
    assert [(t.is_plan, t.header_rows) for t in data.tables] == [(True, 0)]


def test_a_label_wrapped_in_a_narrow_column_is_still_one_label() -> None:
    wrapped = record("Recommendation\n3", "The council to ask about domestic abuse.",
                     ("Council", "Add the questions.", "30/09/2025", "Drafted."))
    data = document_to_dataset(document(wrapped))
    assert [(r.rec_number, r.rec_label) for r in data.recommendations] == [("3", "Recommendation 3")]
    assert len(data.actions) == 1


def test_a_labelled_row_across_the_table_opens_the_record() -> None:
    rows = [["Recommendation 4: Probation to share the risk management plan.", LEFT], ["Lead agency", "Probation"],
            ["Action", "Amend the checklist."], ["Target date", "31/05/2025"]]
    data = document_to_dataset(document(table(rows)))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("4", "Probation to share the risk management plan.")]
    assert [(a.agency, a.action_text) for a in data.actions] == [("Probation", "Amend the checklist.")]


def test_a_record_carried_over_a_page_break_keeps_its_recommendation() -> None:
    carried = record("", "", ("ICB", "Train the practice staff.", "31/12/2025", "Not started."), index=1)
    data = document_to_dataset(document(record("Recommendation 1", "The ICB to train practices.",
                                               ("ICB", "Issue guidance.", "30/04/2025", "Complete.")), carried))
    assert len(data.recommendations) == 1
    assert [(a.rec_number, a.action_text) for a in data.actions] == [
        ("1", "Issue guidance."), ("1", "Train the practice staff.")]


def test_a_record_cut_after_its_recommendation_row_is_read_whole() -> None:
    foot = table([["Recommendation 4", "Probation to share the risk management plan."]], index=0, page=1)
    rest = table([["Lead agency", "Probation"], ["Action", "Amend the checklist."], ["Target date", "31/05/2025"],
                  ["Update", "Complete."]], index=1, page=2)
    data = document_to_dataset(document(foot, rest))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("4", "Probation to share the risk management plan.")]
    assert [(a.rec_number, a.agency, a.action_text) for a in data.actions] == [("4", "Probation", "Amend the checklist.")]


def test_a_value_cut_by_a_page_break_carries_on_under_its_label() -> None:
    first = table([["Recommendation 1", "The CSP to publish the learning."], ["Lead agency", "CSP"],
                   ["Action", "Publish a briefing."], ["Update", "The briefing was drafted and"]], index=0, page=1)
    rest = table([["", "sent to every agency in May."]], index=1, page=2)
    before, after = unrolled_tables([first, rest])
    assert before.rows[1].texts[-1] == "The briefing was drafted and sent to every agency in May."
    assert [list(r.texts) for r in after.rows] == [["Recommendation", "Lead agency", "Action", "Update"]]
    data = document_to_dataset(document(first, rest))
    assert [p.progress_text for p in data.progress] == ["The briefing was drafted and sent to every agency in May."]


def test_an_action_cut_by_a_page_break_goes_on_in_the_next_table() -> None:
    first = table([["Recommendation 1", "The CSP to publish the learning."], ["Lead agency", "CSP"],
                   ["Action", "Publish a briefing."]], index=0, page=1)
    rest = table([["Target date", "31/07/2025"], ["Update", "Briefing sent in May."], ["Lead agency", "Police"],
                  ["Action", "Brief the officers."]], index=1, page=2)
    data = document_to_dataset(document(first, rest))
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "CSP", "Publish a briefing.", "31/07/2025"), ("1", "Police", "Brief the officers.", "")]
    assert [p.progress_text for p in data.progress] == ["Briefing sent in May.", ""]


def action_fields(heading: str, action: str, lead: str, target: str, index: int, outer: str = "",
                  outer_intro: str = "") -> RawTable:
    """An action set out as a heading over a table of its fields, headed Field | Detail."""
    rows = [["Field", "Detail"], ["Action", action], ["Lead agency", lead], ["Target date", target]]
    return replace(table(rows, index), heading=heading, outer_heading=outer, outer_intro=outer_intro)


def test_a_recommendation_heading_over_tables_of_action_fields_opens_the_record() -> None:
    tables = [action_fields("Action 1.1", "Add a reason field.", "Police", "31/03/2025", 0,
                            "Recommendation 1", "The police to record why a risk assessment was not completed."),
              action_fields("Action 1.2", "Dip sample incidents.", "Police", "Monthly", 1, "Recommendation 1"),
              action_fields("Action 2.1", "Agree a sharing route.", "ICB", "30/06/2025", 2,
                            "Recommendation 2", "The ICB to tell the health visitor when a GP learns of abuse.")]
    data = document_to_dataset(document(*tables))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "The police to record why a risk assessment was not completed."),
        ("2", "The ICB to tell the health visitor when a GP learns of abuse.")]
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "Police", "Add a reason field.", "31/03/2025"), ("1", "Police", "Dip sample incidents.", "Monthly"),
        ("2", "ICB", "Agree a sharing route.", "30/06/2025")]
    header = unrolled_tables(tables)[0].rows[0]
    assert list(header.texts) == ["Recommendation", "Action", "Lead agency", "Target date"]  # no Field column


def test_a_plan_table_besides_the_headed_records_is_read_alone() -> None:
    records = [action_fields("Action 1.1", "Add a reason field.", "Police", "31/03/2025", 0,
                             "Recommendation 1", "The police to record why a risk assessment was not completed."),
               action_fields("Action 1.2", "Dip sample incidents.", "Police", "Monthly", 1, "Recommendation 1")]
    summary = table([["Ref", "Recommendation", "Action", "Lead agency"],
                     ["1", "The police to record why a risk assessment was not completed.", "Add a reason field.",
                      "Police"], [ABOVE, ABOVE, "Dip sample incidents.", "Police"]], index=2)
    data = document_to_dataset(document(*records, summary))
    assert [r.rec_number for r in data.recommendations] == ["1"]
    assert [a.action_text for a in data.actions] == ["Add a reason field.", "Dip sample incidents."]


def test_column_names_under_a_title_row_and_over_a_records_rest_open_no_new_action() -> None:
    # a print read each action's heading into its table as a row with no value; the record of the second
    # action is cut by a page break, the Field | Detail row set again over its rest on the next page
    def titled(title: str, rows: list[list[str | Cell]], index: int) -> RawTable:
        return table([[title, LEFT], ["Field", "Detail"], *rows], index)

    tables = [titled("Recommendation 1", [["Action", "Add a reason field."], ["Lead agency", "Police"],
                                          ["Target date", "31/03/2025"], ["Progress", "Done in March."]], 0),
              titled("Action 1.2", [["Action", "Dip sample incidents."], ["Lead agency", "Police"],
                                    ["Target date", "30/09/2025"]], 1),
              table([["Field", "Detail"], ["Progress", LEFT], ["Status", "Not started"]], 2, page=2)]
    data = document_to_dataset(document(*tables))
    assert [(a.action_text, a.target_date_text) for a in data.actions] == [
        ("Add a reason field.", "31/03/2025"), ("Dip sample incidents.", "30/09/2025")]
    assert [p.status for p in data.progress][-1] == "not_started"


def test_a_first_row_naming_no_plan_column_stays_when_it_opens_one_table_only() -> None:
    rows = [["Theme", "Information sharing"], ["Recommendation 1", "The CSP to publish the learning."],
            ["Action", "Publish a briefing."], ["Target date", "31/07/2025"]]
    header = unrolled_tables([table(rows)])[0].rows[0]
    assert list(header.texts) == ["Theme", "Recommendation", "Action", "Target date"]


def test_a_rag_value_given_as_colour_alone_keeps_its_colour() -> None:
    rows = [["Recommendation 1", "The CSP to publish the learning."], ["Action", "Publish a briefing."],
            ["Update", "Briefing drafted."], ["RAG", Cell("", fill="#00b050")]]
    data = document_to_dataset(document(table(rows)))
    assert [p.rag for p in data.progress] == ["Green"]


def test_a_value_under_an_empty_label_carries_on_the_value_above() -> None:
    rows = [["Recommendation 1", "The CSP to publish the learning."], ["Lead agency", "CSP"],
            ["Action", "Publish a briefing."], [ABOVE, "Hold a learning event."], ["Target date", "31/07/2025"]]
    data = document_to_dataset(document(table(rows)))
    assert [a.action_text for a in data.actions] == ["Publish a briefing.\nHold a learning event."]


@pytest.mark.parametrize("rows", [
    [["Version", "3"], ["Date", "12/03/2021"], ["Owner", "CSP manager"], ["Status", "Final"]],  # document control
    [["Name", "J Smith"], ["Agency", "Police"], ["Date", "1/2/2021"], ["Action taken", "Referred to MARAC."]],  # a form
    [["IDVA", "Independent domestic violence adviser"], ["MARAC", "Multi-agency risk assessment conference"],
     ["DASH", "Domestic abuse, stalking and harassment risk checklist"]],  # a glossary
])
def test_other_tables_of_labelled_rows_are_no_plan(rows: list[list[str | Cell]]) -> None:
    data = document_to_dataset(document(table(rows)))
    assert data.recommendations == [] and [r.status for r in data.reviews] == ["no_action_plan"]


def test_a_table_with_a_header_row_is_read_across_whatever_its_first_column_says() -> None:
    plan = table([["Action", "Lead agency", "Target date", "Update"],
                  ["Recommendation 1: train staff.", LEFT, LEFT, LEFT],
                  ["Update the policy", "Police", "March 2021", "Done."],
                  ["Deliver training", "Police", "June 2021", "Started."]])
    assert unrolled_tables([plan])[0] is plan


def test_record_table_keys() -> None:
    assert is_record_table(["Recommendation 2", "Lead agency", "Action", "Target date", "Update"])
    assert not is_record_table(["Lead agency", "Target date"])  # too few rows to be a record
    assert not is_record_table(["Recommendation 2", "Police", "Council", "Health"])  # one role
    assert not is_record_table(["Action", "Target date", "The police will review every case where a risk "
                                                         "assessment was not completed."])


# ------------------------------------------------------------------ transposed plan tables

TRANSPOSED = table([
    ["Recommendation no.", "1", LEFT, "2"],
    ["Recommendation", "The police to tell the IDVA of a release.", LEFT, "The ICB to include coercive control."],
    ["Action", "Add IDVA notification.", "Check twenty releases.", "Add a training module."],
    ["Lead agency", "Police", "Police", "ICB"],
    ["Target date", "30/04/2025", "31/10/2025", "30/09/2025"],
    ["Progress", "Complete.", "In progress.", "Not started."]])


def test_a_transposed_plan_table_turns_its_first_column_into_the_header_row() -> None:
    turned = unrolled_tables([TRANSPOSED])[0]
    assert [list(r.texts) for r in turned.rows] == [
        ["Recommendation no.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        ["1", "The police to tell the IDVA of a release.", "Add IDVA notification.", "Police", "30/04/2025",
         "Complete."],
        ["", "", "Check twenty releases.", "Police", "31/10/2025", "In progress."],
        ["2", "The ICB to include coercive control.", "Add a training module.", "ICB", "30/09/2025", "Not started."]]
    assert [c.span for c in turned.rows[2].cells] == ["above", "above", "", "", "", ""]  # merged across: down


def test_a_transposed_plan_table_reads_one_action_per_column() -> None:
    data = document_to_dataset(document(TRANSPOSED))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "The police to tell the IDVA of a release."), ("2", "The ICB to include coercive control.")]
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "Police", "Add IDVA notification.", "30/04/2025"), ("1", "Police", "Check twenty releases.", "31/10/2025"),
        ("2", "ICB", "Add a training module.", "30/09/2025")]


@pytest.mark.parametrize("rows", [
    [["Recommendation 1", "The CSP to publish the learning.", ""], ["Action", "Publish a briefing.", ""],
     ["Lead agency", "CSP", ""], ["Target date", "31/07/2025", ""]],  # a record with an empty second value column
    [["Recommendation 1", "The CSP to publish the learning.", LEFT], ["Action", "Publish a briefing.", "Hold an event."],
     ["Lead agency", "CSP", "CSP"], ["Action", "Train staff.", "Audit files."]],  # a label named twice: a record
])
def test_a_labelled_record_is_not_a_transposed_plan(rows: list[list[str | Cell]]) -> None:
    assert not is_transposed_plan(table(rows))


# ------------------------------------------------------------------ headers

@pytest.mark.parametrize("text", [
    "Morden Cross ICB to make sure that the victim's health visitor is told when her GP learns of domestic abuse.",
    "Police to update the training given to call handlers on abandoned calls.",
])
def test_a_sentence_names_no_column(text: str) -> None:
    assert header_role(text) is None
    assert find_header(table([["Recommendation 2", text], ["Lead agency", "Police"]])) is None


@pytest.mark.parametrize("text, role", [("Target date", "target"), ("By when", "target"), ("Update", "progress"),
                                        ("Progress report - Master As at 31st May 2016", "progress"),
                                        ("Number of actions", None), ("No. of recommendations", None)])
def test_column_names_and_counts(text: str, role: str | None) -> None:
    assert header_role(text) == role


def test_a_table_of_counts_after_the_plan_adds_no_actions() -> None:
    plan = table([["Recommendation", "Action", "Lead agency", "Progress"],
                  ["1. Train staff.", "Deliver training.", "Police", "Complete."]])
    totals = table([["Status", "Number of actions"], ["Complete", "1"], ["In progress", "0"], ["Total", "1"]], index=1)
    data = document_to_dataset(document(plan, totals))
    assert [(a.action_text, a.agency) for a in data.actions] == [("Deliver training.", "Police")]


@pytest.mark.parametrize("group, own, heading, role", [
    ("evidence", None, "Date closed", None),  # a date column under Monitoring is no evidence
    ("evidence", None, "Dateclosed", None),  # its spaces lost in a narrow PDF column
    ("evidence", "target", "Date", "target"),  # its own role stands
    ("progress", None, "June 2024", "progress"),  # an update column under Progress, named by its month
    ("target", None, "Revised date", "target"),  # a date under a date
    ("action", None, "What", "action"),
    (None, None, "Date closed", None),
])
def test_sub_column_roles(group: str | None, own: str | None, heading: str, role: str | None) -> None:
    assert sub_column_role(group, own, heading) == role


def test_a_group_heading_does_not_give_its_role_to_a_date_under_it() -> None:
    plan = table([["Ref", "Recommendation", "Action plan", LEFT, "Monitoring", LEFT],
                  [ABOVE, ABOVE, "Action", "Lead agency", "Update", "Date closed"],
                  ["1", "Train staff.", "Deliver training.", "Police", "Complete.", "31 March 2025"]])
    header = find_header(plan)
    assert header is not None and header.roles == ("number", "rec", "action", "agency", "progress", None)


# ------------------------------------------------------------------ labels

@pytest.mark.parametrize("text, label, number, rest", [
    ("DHR-01\nKelbrook Police to record every call.", "DHR-01", "1", "Kelbrook Police to record every call."),
    ("DHR 3\nThe ICB to issue guidance.", "DHR 3", "3", "The ICB to issue guidance."),
    ("LSCB2.1\nThe board to audit.", "LSCB2.1", "2.1", "The board to audit."),
    ("R01. The police to act.", "R01.", "1", "The police to act."),
])
def test_coded_labels_on_their_own_line(text: str, label: str, number: str, rest: str) -> None:
    found, after = split_label(text)
    assert found is not None and (found.label, found.number, after) == (label, number, rest)


@pytest.mark.parametrize("text", ["DHR 3 found that the police did not attend.", "COVID-19 recovery plans to include",
                                  "NHS England to issue guidance."])
def test_a_code_inside_a_sentence_is_no_label(text: str) -> None:
    assert split_label(text) == (None, text)


def test_coded_labels_alone_in_a_cell() -> None:
    assert [(lab.label, lab.number) for lab in map(label_from_cell, ["DHR-01", "DHR 12", "R1.1"]) if lab] == [
        ("DHR-01", "1"), ("DHR 12", "12"), ("R1.1", "1.1")]
    assert label_from_cell("Q1 2025") is None
