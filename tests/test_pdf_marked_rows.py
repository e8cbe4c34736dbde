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
