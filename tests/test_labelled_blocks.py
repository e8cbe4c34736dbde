"""A column whose cells each hold the same labelled blocks ("Recommendation" / its text, "Action" / its text),
read as one column per label, each with the role a header of that name gives."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.labelled_blocks import blocks_split, column_labels, run_in_labels_apart, split_cell
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.rows import document_to_rows

HEADER = ("Ref", "Recommendation and action", "Lead agency", "Due")
POLICE = "Recommendation\nPolice to record the children present.\nAction\n"


def table(*rows: tuple[str, ...], index: int = 0, page: int | None = None, header: bool = True) -> RawTable:
    grid = (HEADER, *rows) if header else rows
    return RawTable(tuple(Row(tuple(Cell(text) for text in row), i, page) for i, row in enumerate(grid)), index, page)


def texts(t: RawTable) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in t.rows]


def test_each_label_becomes_a_column_with_the_role_its_name_gives() -> None:
    read = blocks_split([table(("1.1", POLICE + "Make the field mandatory.", "Police", "31/03/2025"),
                               ("2.1", "Recommendation\nSee the child alone.\nAction\nRevise the standard.",
                                "Children's Services", "30/06/2025"))])[0]
    assert texts(read) == [
        ["Ref", "Recommendation", "Action", "Lead agency", "Due"],
        ["1.1", "Police to record the children present.", "Make the field mandatory.", "Police", "31/03/2025"],
        ["2.1", "See the child alone.", "Revise the standard.", "Children's Services", "30/06/2025"]]
    header = find_header(read)
    assert header is not None and header.roles == ("number", "rec", "action", "agency", "target")
    assert read.joint_columns == ((1, 2),)


def test_labels_with_colons_and_of_any_role_are_split_too() -> None:
    cells = ("Action:\nTrain the staff.\nLead agency:\nPolice", "Action:\nAudit the files.\nLead agency:\nICB")
    read = blocks_split([RawTable((Row((Cell("Recommendation"), Cell("Action and lead")), 0),
                                   Row((Cell("1. Train."), Cell(cells[0])), 1),
                                   Row((Cell("2. Audit."), Cell(cells[1])), 2)), 0)])[0]
    assert texts(read) == [["Recommendation", "Action", "Lead agency"], ["1. Train.", "Train the staff.", "Police"],
                           ["2. Audit.", "Audit the files.", "ICB"]]


def test_run_in_labels_opening_their_paragraphs_are_split_as_labels_on_lines_of_their_own() -> None:
    cells = ("Action: Train the staff.\nLead: Police\nTarget date: 31 March 2026\nUpdate: Complete. Trained.",
             "Action: Audit the files.\nLead: ICB\nTarget date: 30 June 2026\nUpdate: In progress. Ten of: twenty.")
    read = blocks_split([RawTable((Row((Cell("Recommendation"), Cell("Action and update")), 0),
                                   Row((Cell("1. Train."), Cell(cells[0])), 1),
                                   Row((Cell("2. Audit."), Cell(cells[1])), 2)), 0)])[0]
    assert texts(read) == [["Recommendation", "Action", "Lead", "Target date", "Update"],
                           ["1. Train.", "Train the staff.", "Police", "31 March 2026", "Complete. Trained."],
                           ["2. Audit.", "Audit the files.", "ICB", "30 June 2026", "In progress. Ten of: twenty."]]
    notes = RawTable((Row((Cell("Recommendation"), Cell("Update")), 0),
                      Row((Cell("1. Train."), Cell("Note: the staff were trained.\nSee: the log.")), 1),
                      Row((Cell("2. Audit."), Cell("Note: ten files.\nSee: the audit.")), 2)), 0)
    assert blocks_split([notes]) == [notes]  # words opening a paragraph with a colon but naming no plan column


def test_a_cell_holding_two_actions_records_an_unruled_print_ran_together_is_a_row_per_record() -> None:
    two = "Action: Train the staff.\nLead: Police\nUpdate: Done.\nAction: Audit the files.\nLead: Police\nUpdate: Open."
    read = blocks_split([RawTable((Row((Cell("Recommendation"), Cell("Action and update")), 0),
                                   Row((Cell("1. Train."), Cell(two)), 1),
                                   Row((Cell("2. Audit."), Cell("Action: Audit.\nLead: ICB\nUpdate: Open.")), 2)),
                                  0)])[0]
    assert texts(read) == [["Recommendation", "Action", "Lead", "Update"],
                           ["1. Train.", "Train the staff.", "Police", "Done."],
                           ["", "Audit the files.", "Police", "Open."],
                           ["2. Audit.", "Audit.", "ICB", "Open."]]
    assert read.rows[2].cells[0].span == "above"  # the second action sits under the same recommendation


def test_a_run_in_label_after_a_sentence_inside_a_line_opens_its_field() -> None:
    run_together = "Action: Train the staff. Lead: Police\nUpdate: Complete. Note: all trained."  # a PDF's paragraphs
    assert run_in_labels_apart(run_together).split("\n") == [
        "Action:", "Train the staff.", "Lead:", "Police", "Update:", "Complete. Note: all trained."]


def test_bulleted_actions_with_labelled_fields_under_them_are_no_labelled_blocks() -> None:
    cells = ["• Add a prompt.\n• Lead: Police\n• Progress\n• Done.\n• Check ten forms.\n• Lead: Police\n• Progress\n• Open.",
             "• Send a bulletin.\n• Lead: ICB\n• Progress\n• Sent.\n• Audit it.\n• Lead: ICB\n• Progress\n• Open."]
    bullets = RawTable((Row((Cell("Recommendation"), Cell("Response")), 0), Row((Cell("1. Prompt."), Cell(cells[0])), 1),
                        Row((Cell("2. Bulletin."), Cell(cells[1])), 2)), 0)
    assert blocks_split([bullets]) == [bullets]  # each cell opens with an action: left to the bullet fields


def test_lines_that_name_no_plan_column_are_no_labels() -> None:
    plain = table(("1", "Background\nThe police attended.\nDetail\nNo one asked.", "Police", ""),
                  ("2", "Background\nThe GP saw her.\nDetail\nNo referral.", "GP", ""))
    assert blocks_split([plain]) == [plain]


def test_one_labelled_cell_or_labels_out_of_order_leave_the_column_as_it_is() -> None:
    once = table(("1", POLICE + "Make the field mandatory.", "Police", ""), ("2", "See the child alone.", "GP", ""))
    assert blocks_split([once]) == [once]
    swapped = table(("1", POLICE + "Make the field mandatory.", "Police", ""),
                    ("2", POLICE + "Share the count.", "Police", ""),
                    ("3", "Action\nAudit.\nRecommendation\nAudit the files.", "ICB", ""))
    assert blocks_split([swapped]) == [swapped]
    assert column_labels(["Recommendation\nTrain.\nRecommendation\nAudit.", "Recommendation\nA.\nRecommendation\nB."]) is None


def test_a_cell_holding_two_rows_read_as_one_does_not_stop_the_split() -> None:
    rows = [(str(k), f"Recommendation\nRecommendation {k}.\nAction\nAction {k}.", "Police", "") for k in range(1, 5)]
    run_on = ("5", "Recommendation\nFive.\nAction\nDo five.\nRecommendation\nSix.\nAction\nDo six.", "ICB", "")
    read = blocks_split([table(*rows, run_on)])[0]
    assert texts(read)[1] == ["1", "Recommendation 1.", "Action 1.", "Police", ""]
    assert texts(read)[5] == ["5", "Five.\nSix.", "Do five.\nDo six.", "ICB", ""]  # kept, each text by its label


def test_text_before_the_first_label_belongs_to_the_label_before_it_or_to_the_one_above() -> None:
    labels = column_labels([POLICE + "Make it mandatory.", POLICE + "Share the count."])
    assert labels is not None and labels.names == ("Recommendation", "Action")
    assert split_cell("of hours.\nAction\nPut the number in the pack.", labels, 0) == (
        ["of hours.", "Put the number in the pack."], 1)
    assert split_cell("in every pack.", labels, 1) == (["", "in every pack."], 1)


def test_a_row_cut_by_a_page_break_inside_a_block_is_joined_back_block_by_block() -> None:
    above = table(("1.1", POLICE + "Make the field mandatory.", "Police", "31/03/2025"),
                  ("2.1", "Recommendation\nThe council to say who to contact out", "Council", "31/05/2025"), page=1)
    below = table(("", "of hours.\nAction\nPut the number in every pack.", "", ""),
                  ("3.1", "Recommendation\nRun a campaign.\nAction\nDesign it.", "CSP", "31/10/2025"),
                  index=1, page=2)
    doc = RawDocument("plan.pdf", "ab" * 32, "pdf", 2, ["A plan"], blocks_split([above, below]))  # type: ignore[arg-type]
    assert [row.cells for row in document_to_rows(doc)] == [
        ["1.1", "Police to record the children present.", "Make the field mandatory.", "Police", "31/03/2025"],
        ["2.1", "The council to say who to contact out of hours.", "Put the number in every pack.", "Council",
         "31/05/2025"],
        ["3.1", "Run a campaign.", "Design it.", "CSP", "31/10/2025"]]


def test_a_page_without_the_header_is_split_as_the_table_it_carries_on() -> None:
    above = table(("1.1", POLICE + "Make the field mandatory.", "Police", "31/03/2025"),
                  ("1.2", POLICE + "Share the count with", "Police", "30/09/2025"), page=1)
    below = table(("", "children's services.", "", ""), ("2.1", "Recommendation\nAudit.\nAction\nPlan it.", "ICB", ""),
                  index=1, page=2, header=False)
    read = blocks_split([above, below])
    assert texts(read[1]) == [["", "", "children's services.", "", ""], ["2.1", "Audit.", "Plan it.", "ICB", ""]]


def test_the_plan_reads_each_field_in_its_record() -> None:
    data = document_to_dataset(RawDocument("plan.html", "ab" * 32, "html", None, ["A plan"], [table(
        ("1", POLICE + "Make the field mandatory.", "Police", "31/03/2025"),
        ("2", "Recommendation\nSee the child alone.\nAction\nRevise the standard.", "Children's Services",
         "30/06/2025"))]))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Police to record the children present."), ("2", "See the child alone.")]
    assert [(a.action_text, a.agency) for a in data.actions] == [("Make the field mandatory.", "Police"),
                                                                 ("Revise the standard.", "Children's Services")]
