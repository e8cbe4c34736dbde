"""Rows of a borderless table whose first column holds the recommendations' labels: a row marked
by one word of its own in that column ("cont." over a progress entry carried on from the row
above) opens a row where the other columns start afresh, like a label; a paragraph of text set
in the first column does not (``row_walk.opening_columns``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"

COLUMNS = [0.0, 40.0, 150.0, 250.0]  # no. / recommendation / action / progress


def line(top: float, *cells: tuple[float, str]) -> Line:
    """A line of cells (x0, text), each word 5 points a character and 10 tall, a character's width between words."""
    return typeset_line(top, *cells, height=10.0)


def texts(groups: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in g] for g in groups]


FIRST = line(100, (0, "1"), (40, "Police to flag"), (150, "Add a check."), (250, "Complete."))


def test_a_cont_mark_in_the_label_column_opens_a_row_of_its_own() -> None:
    lines = [FIRST,
             line(110, (0, "2"), (40, "Housing to keep"), (150, "Change the"), (250, "In progress. The")),
             line(120, (40, "the address."), (150, "system."), (250, "budget was approved.")),
             line(130, (0, "cont."), (250, "Testing is planned.")),
             line(140, (0, "3"), (40, "The CSP to hold"), (150, "Hold an event."), (250, "Not started."))]
    assert texts(lines_to_row_groups(lines, COLUMNS, 4.0)) == [
        ["1 Police to flag Add a check. Complete."],
        ["2 Housing to keep Change the In progress. The", "the address. system. budget was approved."],
        ["cont. Testing is planned."],
        ["3 The CSP to hold Hold an event. Not started."]]


def test_a_paragraph_in_the_label_column_opens_no_row() -> None:
    lines = [FIRST,
             line(110, (0, "2"), (40, "Housing to keep"), (150, "Change the"), (250, "In progress. The")),
             line(120, (40, "the address."), (150, "system."), (250, "budget was approved.")),
             line(130, (0, "See the annex"), (250, "Testing is planned.")),
             line(140, (0, "3"), (40, "The CSP to hold"), (150, "Hold an event."), (250, "Not started."))]
    assert [len(g) for g in lines_to_row_groups(lines, COLUMNS, 4.0)] == [1, 3, 1]


def test_recommendation_4_and_its_carried_on_progress_are_two_rows_under_recommendation_3() -> None:
    """LibreOffice's borderless print: the "cont." row under recommendation 4 no longer joins its row,
    so its number stays "4" and recommendation 4 is not folded into 3."""
    table = read_pdf_file(HELDOUT / "cont_marked_rows_docx.lo_borderless.pdf").tables[0]
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == ["1", "cont.", "", "2", "", "cont.", "3", "4", "cont.", "5"]
    assert table.rows[9].cells[5].text.startswith("Testing is planned")


def test_a_recommendation_label_wrapped_in_a_narrow_column_opens_one_row() -> None:
    # "Rec 3" wraps to "Rec" / "3": the row opens at "Rec", and its "3" opens none
    lines = [line(100, (0, "Rec"), (40, "Health to ask"), (150, "Build the question."), (250, "Complete.")),
             line(110, (0, "2"), (40, "about abuse at")),
             line(120, (40, "every visit.")),
             line(130, (0, "Rec"), (40, "Council to check"), (150, "Write the police"), (250, "In progress.")),
             line(140, (0, "3"), (40, "with the police."), (150, "check."), (250, "Procedure in draft."))]
    assert [len(g) for g in lines_to_row_groups(lines, COLUMNS, 4.0)] == [3, 2]


def test_wrapped_rec_labels_read_whole_beside_text_running_down_to_the_next_row() -> None:
    """LibreOffice's borderless print: recommendation 2's text runs to the line above "Rec" / "3"."""
    table = read_pdf_file(HELDOUT / "rec_label_action_no_docx.lo_borderless.pdf").tables[0]
    assert [(row.cells[0].text, row.cells[2].text) for row in table.rows[1:]] == [
        ("Rec 1", "1a"), ("", "1b"), ("Rec 2", "2a"), ("Rec 3", "3a"), ("", "3b"), ("", "3c"), ("Rec 4", "4a"),
        ("Rec 5", "5a"), ("", "5b")]
