"""An unruled print of a table nested in a cell ("Date | Update" under a progress cell's status line):
the nested table's columns are the outer column's, and its header row is no text of the cell."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.nested_columns import nested_header_columns, without_header_lines
from dhr_extract.model import Cell, RawTable, Row
from tests.helpers import typeset_line

BOLD = "Serif-Bold"
COLUMNS = [50.0, 200.0, 400.0, 520.0]  # Action | Agency | Progress | (the nested Update column)


def bold_and_plain(top: float, bold: list[tuple[float, str]], plain: list[tuple[float, str]]) -> Line:
    return Line(typeset_line(top, *bold, font=BOLD).words + typeset_line(top, *plain).words)


def body(update: str = "Update") -> list[Line]:
    return [typeset_line(10.0, (50.0, "Action"), (200.0, "Agency"), (400.0, "Progress"), font=BOLD),
            bold_and_plain(22.0, [(400.0, "In progress.")], [(50.0, "Train staff."), (200.0, "Police")]),
            bold_and_plain(32.0, [(405.0, "Date"), (520.0, update)], [(50.0, "more text")]),
            typeset_line(42.0, (405.0, "12/09/2025"), (520.0, "Training delivered.")),
            typeset_line(52.0, (405.0, "20/06/2025"), (520.0, "Package approved."))]


def test_a_nested_header_row_under_a_named_column_gives_its_columns_back() -> None:
    columns, headers = nested_header_columns(body(), COLUMNS)
    assert columns == COLUMNS[:3] and headers == frozenset({"Date Update"})


def test_a_bold_row_of_data_or_under_named_columns_gives_nothing_back() -> None:
    assert nested_header_columns(body(update="12 sessions"), COLUMNS) == (COLUMNS, frozenset())  # a figure: data
    named = [typeset_line(10.0, (50.0, "Action"), (200.0, "Agency"), (400.0, "Progress"), (520.0, "Notes"), font=BOLD)]
    assert nested_header_columns(named + body()[1:], COLUMNS) == (COLUMNS, frozenset())  # Notes is the plan's own


def test_a_sub_header_row_of_the_plan_set_at_the_column_starts_is_no_nested_table() -> None:
    """Bold column names starting where the columns start name the plan's own columns (a header row per
    recommendation under a band), not a table drawn inside a cell; nor does a table opening with a band
    row, whose leading bold line names one column only, have a header to nest under."""
    at_start = body()
    at_start[2] = bold_and_plain(32.0, [(400.0, "Date"), (520.0, "Update")], [(50.0, "more text")])
    assert nested_header_columns(at_start, COLUMNS) == (COLUMNS, frozenset())
    band = [typeset_line(10.0, (50.0, "Recommendation 1"), font=BOLD)] + body()[1:]
    assert nested_header_columns(band, COLUMNS) == (COLUMNS, frozenset())


def test_the_nested_header_line_is_left_out_of_the_cell_s_text() -> None:
    table = RawTable((Row((Cell("Train staff."), Cell("In progress.\nDate Update\n12/09/2025 Training delivered.")), 0),),
                     0, 1, None, "borderless")
    assert [c.text for c in without_header_lines(table, frozenset({"Date Update"})).rows[0].cells] == [
        "Train staff.", "In progress.\n12/09/2025 Training delivered."]


def test_libreoffice_unruled_print_of_word_nested_progress_tables_reads_each_log_in_its_cell() -> None:
    pdf = Path(__file__).parent / "fixtures" / "heldout" / "nested_progress_table_docx.lo_borderless.pdf"
    (table,) = read_pdf(pdf, pdf.read_bytes(), "sha").tables
    assert [row.cells[-1].text for row in table.rows] == [
        "Progress",
        "In progress.\n12/09/2025 Training delivered to 310 of 420 officers. 20/06/2025 Training package approved "
        "by the force training board.",
        "Complete.\n18/06/2025 Prompt live on the incident log.",
        "Complete.\n28/08/2025 Protocol issued to all practices. 14/05/2025 Draft agreed by the safeguarding leads.",
        "In progress.\n03/10/2025 Module written; first sessions booked.",
        "Not started.",
        "Complete.\n25/07/2025 Field added and in use.",
        "In progress.\n10/10/2025 Audit of the first ten records finished.",
        "Complete.\n22/09/2025 Guidance revised and shared with all teams.",
        "In progress.\n15/10/2025 Plan reviewed at the October board. 16/07/2025 Plan reviewed at the July board."]
