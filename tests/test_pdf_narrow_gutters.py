"""PDF tables whose gutters are no wider than a word space: a row's cells set side by side still start
at their columns, and a line of text under the table is not one of its rows (the shaded header cells that
show where each column starts: ``test_pdf_header_boxes``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.borderless import group_to_cells
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.regions import text_under_table
from dhr_extract.extract.pdf.runs import crosses_columns_unbroken, cut_at_column_starts, meets_start

from .helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0,
            "fontname": "Sans-Bold" if bold else "Sans"}


def test_a_run_whose_word_starts_at_the_column_does_not_cross_it() -> None:
    columns = [10.0, 40.0, 95.0]
    side_by_side = Line([word("5.1", 10, 0), word("28/04/2025", 40, 0), word("website.", 93.5, 0)])
    across = Line([word("Page", 10, 0), word("last", 33, 0), word("updated", 56, 0), word("July", 99, 0)])
    assert not crosses_columns_unbroken(side_by_side, columns)
    assert crosses_columns_unbroken(across, columns)


def test_a_word_meets_a_column_start_only_at_a_word_boundary() -> None:
    run = [word("28/04/2025", 40, 0), word("website.", 93.5, 0)]  # "28/04/2025" ends at 90: a gap of 3.5
    assert meets_start(run, 1, 95.0) and meets_start(run, 0, 40.0)
    assert not meets_start(run, 1, 99.0)  # 5.5 points off the start
    touching = [word("28/04/2025", 40, 0), word("website.", 89.5, 0)]  # starts before the word before ends
    assert not meets_start(touching, 1, 89.5)
    assert [[w["text"] for w in piece] for piece in cut_at_column_starts(run, [95.0])] == [["28/04/2025"],
                                                                                           ["website."]]
    assert len(cut_at_column_starts(touching, [89.5])) == 1


def test_a_row_of_one_line_whose_second_cell_starts_at_its_column_is_no_spanning_row() -> None:
    columns = [10.0, 120.0, 245.0, 300.0]
    line = Line([word("GEH:", 120, 0), word("covered", 143, 0), word("in", 181, 0), word("Action", 194, 0),
                 word("21", 227, 0), word("Local", 245, 0)])  # 8 points before "Local": under a wide gap
    assert [c.text for c in group_to_cells([line], columns)] == ["", "GEH: covered in Action 21", "Local", ""]
    across = Line([word("Theme", 10, 0), word("one:", 43, 0), word("community", 66, 0), word("safety", 114, 0),
                   word("and", 147, 0), word("housing", 168, 0)])  # no word starts at a column: one cell
    assert [c.text for c in group_to_cells([across], columns)][0] == "Theme one: community safety and housing"


def test_a_line_set_apart_under_the_rows_is_text_under_the_table() -> None:
    columns = [10.0, 40.0, 95.0]
    rows = [Line([word("Action", 10, 0), word("Date", 40, 0), word("Update", 95, 0)]),
            Line([word("5.1", 10, 12), word("28/04/2025", 40, 12), word("Done.", 95, 12)]),
            Line([word("5.2", 10, 24), word("30/04/2025", 40, 24), word("Done.", 95, 24)])]
    footer = Line([word("Page", 10, 50), word("last", 33, 50), word("updated", 56, 50), word("July", 99, 50)])
    assert text_under_table(rows + [footer], 0, 4, columns) == 3
    assert text_under_table(rows, 0, 3, columns) == 3


def test_a_plan_with_a_word_space_between_columns_reads_every_cell() -> None:
    tables = read_pdf_file(HELDOUT / "progress_table_per_rec.lo_portrait.pdf").tables
    rec2 = next(t for t in tables if t.heading == "Recommendation 2")
    assert [[c.text for c in row.cells] for row in rec2.rows] == [
        ["No.", "Action", "Lead agency", "Target date"],
        ["2.1", "Add a prompt to see the carer alone to the carer's assessment.", "Adult Social Care", "30/06/2025"]]
    last = tables[-1]
    assert [[c.text for c in row.cells] for row in last.rows] == [
        ["Action", "Date", "Update"],
        ["5.1", "28/04/2025", "Complete. Briefing published on the partnership website."]]
