"""Geometry faults a plan shows once re-printed in a narrower typeface on a landscape page (the words
unchanged, the wrapping and the columns' widths not): a header set on its side, Word's second-level
bullets, a one-line recommendation wrapped beside its second action, a repeated agency, a label alone
on its line."""
from __future__ import annotations

from dataclasses import replace

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.columns import lines_to_column_starts
from dhr_extract.extract.pdf.line_pairs import under_lone_label
from dhr_extract.extract.pdf.lines import Line, line_text, lines_to_paragraphs
from dhr_extract.extract.pdf.row_walk import RowWalk, cuts_word, lines_to_row_groups
from dhr_extract.extract.pdf.settings import DEFAULT
from dhr_extract.extract.pdf.text_edges import column_ends, column_text_edges
from tests.helpers import typeset_line, typeset_word


def line(top: float, *cells: tuple[float, str]) -> Line:
    return typeset_line(top, *cells, height=8.0, space=3.0)


def vertical(text: str, x0: float, top: float, bottom: float) -> dict:
    """A header word set on its side (read bottom to top): 7 points wide, as tall as its text is long."""
    return {"text": text, "x0": x0, "x1": x0 + 7.0, "top": top, "bottom": bottom, "upright": False,
            "direction": "btt", "fontname": "Arial"}


def test_a_header_set_on_its_side_starts_no_column() -> None:
    """Vertical header words sit at the right of their cells ("Ref" over the numbers, "Lead agency"
    beside the agencies): the columns start where the rows' text does."""
    header = Line(sorted([vertical("Ref", 12.0, 100.0, 118.0), typeset_word("Recommendation", 30.0, 110.0),
                          typeset_word("Action", 200.0, 110.0), vertical("Lead agency", 330.0, 80.0, 118.0),
                          typeset_word("Progress", 360.0, 110.0)], key=lambda w: w["x0"]))
    rows = [line(120.0 + 9 * k, (0.0, str(k + 1)), (30.0, "Do the thing well."), (200.0, "Act on it."),
                 (280.0, "Police"), (360.0, "Done.")) for k in range(5)]
    assert lines_to_column_starts([header, *rows]) == [0.0, 30.0, 200.0, 280.0, 360.0]


def test_word_second_level_bullets_stay_in_their_cell() -> None:
    """Word sets its second-level bullet as a Courier "o" a tab before its text: the text after it is the
    cell's indent, not a column, and each "o" line opens a paragraph of the cell."""
    lines = [line(100.0, (0.0, "Recommendation"), (200.0, "Response"))]
    for k in range(4):
        top = 110.0 + 36 * k
        lines += [line(top, (0.0, f"Recommendation {k + 1}"), (200.0, "•"), (212.0, "Add a prompt to the form.")),
                  line(top + 9, (215.0, "o"), (227.0, "Lead: Police")),
                  line(top + 18, (215.0, "o"), (227.0, "Timescale: Q1 2025/26")),
                  line(top + 27, (215.0, "o"), (227.0, "Progress"))]
    assert lines_to_column_starts(lines) == [0.0, 200.0]
    cell = [Line([w for w in ln.words if w["x0"] >= 200.0]) for ln in lines[1:5]]
    assert lines_to_paragraphs(cell, None) == ["• Add a prompt to the form.", "o Lead: Police",
                                               "o Timescale: Q1 2025/26", "o Progress"]


def test_a_numbered_one_line_recommendation_runs_on_beside_its_second_action() -> None:
    """A recommendation of two lines wrapped mid-sentence, its second line level with its second action
    (the number column blank there): the number is the merged cell's, the line the recommendation's."""
    columns = [0.0, 20.0, 200.0, 330.0, 500.0]  # number / recommendation / action / agency / target date
    lines = [line(100.0, (20.0, "Recommendation"), (200.0, "Action"), (330.0, "Lead agency"), (500.0, "Target")),
             line(110.0, (0.0, "1"), (20.0, "The Police to record every welfare"), (200.0, "Add a field."),
                  (330.0, "Hollinwood Police"), (500.0, "30/04/2025")),
             line(119.0, (20.0, "check made for a family."), (200.0, "Audit the field."), (330.0, "Hollinwood Police"),
                  (500.0, "31/08/2025")),
             line(128.0, (0.0, "2"), (20.0, "The Council to train its staff."), (200.0, "Train them."),
                  (330.0, "Hollinwood Children's Social Care"), (500.0, "31/03/2025")),
             line(137.0, (0.0, "3"), (20.0, "The Council to brief its staff."), (200.0, "Brief them."),
                  (330.0, "Hollinwood Children's Social Care"), (500.0, "30/06/2025"))]
    table, _ = body_to_table(lines, columns, 1, 0, cut=False)
    assert [[cell.text for cell in row.cells] for row in table.rows[1:]] == [
        ["1", "The Police to record every welfare check made for a family.", "Add a field.", "Hollinwood Police",
         "30/04/2025"],
        ["", "", "Audit the field.", "Hollinwood Police", "31/08/2025"],
        ["2", "The Council to train its staff.", "Train them.", "Hollinwood Children's Social Care", "31/03/2025"],
        ["3", "The Council to brief its staff.", "Brief them.", "Hollinwood Children's Social Care", "30/06/2025"]]


def test_a_line_repeating_the_line_above_in_its_column_is_the_next_rows() -> None:
    """Two actions of one recommendation led by the same agency, its name the column's widest line (so
    each line looks full): a cell never wraps onto a copy of its own line, so the second action is a
    row of its own beside the recommendation running on."""
    columns = [0.0, 20.0, 200.0, 230.0, 380.0, 560.0]  # ref / recommendation / action ref / action / agency / date
    lines = [line(100.0, (0.0, "Ref"), (20.0, "Recommendation"), (200.0, "No."), (230.0, "Action"),
                  (380.0, "Lead agency"), (560.0, "Target")),
             line(110.0, (0.0, "1"), (20.0, "The Trust to offer every patient"), (200.0, "1a"),
                  (230.0, "Place an adviser."), (380.0, "Corwen Bay Hospitals NHS Trust"), (560.0, "31/08/2025")),
             line(119.0, (20.0, "an appointment with an adviser."), (200.0, "1b"), (230.0, "Report the number."),
                  (380.0, "Corwen Bay Hospitals NHS Trust"), (560.0, "Quarterly")),
             line(128.0, (0.0, "2"), (20.0, "The Council to review its service."), (200.0, "2a"),
                  (230.0, "Commission a review."), (380.0, "Corwen Bay Council"), (560.0, "30/09/2025"))]
    table, _ = body_to_table(lines, columns, 1, 0, cut=False)
    assert [[cell.text for cell in row.cells] for row in table.rows[1:]] == [
        ["1", "The Trust to offer every patient an appointment with an adviser.", "1a", "Place an adviser.",
         "Corwen Bay Hospitals NHS Trust", "31/08/2025"],
        ["", "", "1b", "Report the number.", "Corwen Bay Hospitals NHS Trust", "Quarterly"],
        ["2", "The Council to review its service.", "2a", "Commission a review.", "Corwen Bay Council", "30/09/2025"]]


def test_text_under_a_lone_recommendation_label_and_a_date_broken_at_its_year_stay_in_the_row() -> None:
    """In a band between two rules (rows start where half the columns start afresh), "Recommendation 2"
    alone on its line heads the recommendation's text, and "31/07/20" at the date column's edge over
    "25" is one date: neither opens a row beside the update's second sentence."""
    columns = [0.0, 160.0, 260.0, 330.0, 380.0]  # recommendation / action / owner / due / progress
    band = [line(110.0, (0.0, "Recommendation 2"), (160.0, "Carry out the"), (260.0, "Police"), (330.0, "31/07/20"),
                 (380.0, "In progress.")),
            line(119.0, (0.0, "The Police to review bail."), (160.0, "review."), (330.0, "25"),
                 (380.0, "Data gathered.")),
            line(128.0, (0.0, "It should cover two things."), (330.0, "31/05/20")),
            line(137.0, (330.0, "25"))]
    in_band = replace(DEFAULT, row_start_share=DEFAULT.band_row_start_share)
    groups = lines_to_row_groups(band[:2], columns, 4.0, in_band)
    assert [[line_text(ln) for ln in group] for group in groups] == [
        ["Recommendation 2 Carry out the Police 31/07/20 In progress.", "The Police to review bail. review. 25 Data gathered."]]
    assert under_lone_label(band[0], band[1], columns) == {0}
    assert under_lone_label(band[1], band[2], columns) == set()  # text under text: the walk's own cues
    walk = RowWalk(columns, 4.0, False, column_text_edges(band, columns), in_band)
    assert cuts_word(band[3], column_ends(band[2], columns), walk)  # the year's rest: no row opens on it
