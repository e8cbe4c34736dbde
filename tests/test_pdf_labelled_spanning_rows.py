"""A recommendation row spanning a borderless table beside its number (``1`` in the Ref column, its bold
text across the columns to the right): a row of its own, not cut into the columns below it, and no
word of it hides the gutters of the action rows between such rows."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import group_to_cells
from dhr_extract.extract.pdf.columns import lines_to_column_starts
from dhr_extract.extract.pdf.furniture import without_page_numbers
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups
from dhr_extract.extract.pdf.runs import labelled_spanning_line
from dhr_extract.extract.pdf.text_edges import is_deadline
from dhr_extract.model import Cell
from tests.helpers import typeset_line

BOLD = "Arial-Bold"
COLUMNS = [50.0, 80.0, 300.0, 400.0, 480.0]
RECS = ["Police to offer a victim one named officer for the whole of an investigation into the case.",
        "Ambulance to pass on a concern for a patient's safety at home to the team on the same day.",
        "Council to name a domestic abuse lead in each housing team and train every lead in one year."]


def rec_line(top: float, number: str, text: str, font: str = BOLD):  # -> Line
    return typeset_line(top, (50, number), (80, text), font=font, space=2.0)


def action_line(top: float, text: str):  # -> Line
    return typeset_line(top, (80, text), (300, "Police"), (400, "31/12/2025"), (480, "Done."), space=2.0)


def plan_lines() -> list:
    lines = [typeset_line(0, (50, "Ref"), (80, "Recommendation and actions"), (300, "Lead agency"),
                          (400, "Timescale"), (480, "Progress"), font=BOLD, space=2.0)]
    top = 12.0
    for k, text in enumerate(RECS, start=1):
        lines += [rec_line(top, str(k), text), action_line(top + 12, "Set the standard."),
                  action_line(top + 24, "Audit the files.")]
        top += 36
    return lines


def test_a_bold_run_across_the_columns_beside_a_row_label_is_a_labelled_spanning_line() -> None:
    assert labelled_spanning_line(rec_line(12, "1", RECS[0]), COLUMNS)
    assert not labelled_spanning_line(rec_line(12, "1", RECS[0], font="Arial"), COLUMNS)  # plain: a row's cells
    assert not labelled_spanning_line(rec_line(12, "Note", RECS[0]), COLUMNS)  # no row label
    assert not labelled_spanning_line(action_line(24, "Set the standard."), COLUMNS)


def test_labelled_spanning_lines_hide_no_gutter_of_the_rows_between_them() -> None:
    assert lines_to_column_starts(plan_lines()) == COLUMNS


def test_a_labelled_spanning_row_is_its_label_and_one_cell_merged_to_the_right() -> None:
    wrapped = typeset_line(23, (80, "Then audit it."), font=BOLD, space=2.0)
    assert group_to_cells([rec_line(12, "1", RECS[0]), wrapped], COLUMNS) == (
        Cell("1"), Cell(f"{RECS[0]} Then audit it."), Cell("", "left"), Cell("", "left"), Cell("", "left"))


def test_the_line_a_labelled_spanning_row_wraps_onto_stays_in_its_row() -> None:
    lines = [rec_line(12, "1", RECS[0]), typeset_line(23, (80, "Then audit it."), font=BOLD, space=2.0),
             action_line(36, "Set the standard."), action_line(48, "Audit the files.")]
    groups = lines_to_row_groups(lines, COLUMNS, 3.0)
    assert [[ln.text for ln in group] for group in groups] == [
        [lines[0].text, "Then audit it."], [lines[2].text], [lines[3].text]]


def test_a_deadline_word_and_its_date_are_one_whole_value() -> None:
    def words(text: str) -> list:
        return typeset_line(0, (400, text), space=2.0).words
    assert is_deadline(words("By 31/12/2025")) and is_deadline(words("Before Jun 2026"))
    assert not is_deadline(words("By")) and not is_deadline(words("By the end")) and not is_deadline(words("31/12/2025"))
    assert not is_deadline(words("By 3.")) and not is_deadline(words("By 31/12/2025 and"))


def test_one_line_action_rows_at_an_even_pitch_part_at_their_deadlines() -> None:
    """Every cell one line, every line the same distance below the last: the agency above may have
    wrapped, but a deadline over a deadline, and sentences ended over sentences begun, open a row."""
    def row(top: float, action: str, agency: str, deadline: str, progress: str):  # -> Line
        return typeset_line(top, (80, action), (300, agency), (400, deadline), (480, progress), space=2.0)
    lines = [row(0, "Set the standard.", "Town Police", "By 31/12/2025", "Complete."),
             row(16, "Ask the victims.", "Town Police", "By 30/06/2026", "Not started."),
             row(32, "Audit the files.", "Town Police", "By 30/09/2026", "Not started.")]
    groups = lines_to_row_groups(lines, COLUMNS, 3.0 * 16)
    assert [[ln.text for ln in group] for group in groups] == [[ln.text] for ln in lines]


def test_the_rest_of_a_date_cut_under_the_last_row_is_no_page_number() -> None:
    last = typeset_line(0, (80, "Audit the files."), (400, "30/09/2"), space=2.0)
    lines = [last, typeset_line(10, (400, "026")), typeset_line(80, (250, "3"))]  # the page's number, clear
    assert [ln.text for ln in without_page_numbers(lines)] == [last.text, "026"]
    apart = [last, typeset_line(10, (300, "026"))]  # under no word's start: a number of the page's
    assert [ln.text for ln in without_page_numbers(apart)] == [last.text]
