"""A ruled grid drawn wholly inside one cell of another grid is a table nested in that cell: its rows
are the outer row's sub-rows, as the HTML and DOCX readers read a nested table."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.nested_blocks import lift_contained_blocks, lift_nested_blocks
from dhr_extract.extract.pdf.nested_grids import held_alone, rows_with_sub_rows, without_nested_headers
from dhr_extract.extract.pdf.ruled import Grid, nest_grids
from dhr_extract.extract.subrows import nested_column
from dhr_extract.model import Cell, RawTable, Row

FIXTURES = Path(__file__).parent / "fixtures"
OUTER = ((0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 300.0, 20.0)), ((0.0, 20.0, 50.0, 200.0), (50.0, 20.0, 300.0, 200.0))


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 20, "top": top, "bottom": top + 8}


def test_a_grid_inside_one_cell_is_nested_and_one_across_cells_is_dropped() -> None:
    inner = Grid((((60.0, 30.0, 150.0, 50.0), (150.0, 30.0, 290.0, 50.0)),))
    across = Grid((((10.0, 30.0, 100.0, 50.0), (100.0, 30.0, 200.0, 50.0)),))
    (outer,) = nest_grids([Grid(OUTER), inner])
    assert outer.nested == (inner,)
    (outer,) = nest_grids([Grid(OUTER), across])
    assert outer.nested == ()


def test_a_cell_holds_its_grid_alone_unless_words_sit_beside_it() -> None:
    inner = (60.0, 60.0, 290.0, 190.0)
    assert held_alone(OUTER, [inner], [word("Act", 70, 70)]) == {(1, 1): 0}
    assert held_alone(OUTER, [inner], [word("Act", 70, 70), word("See:", 55, 25)]) == {}


def bold(text: str, x0: float, top: float) -> dict:
    return {**word(text, x0, top), "fontname": "ABCDEF+Garamond-Bold"}


def test_the_bold_name_row_of_a_nested_grid_is_no_word_of_the_cell() -> None:
    log = Grid((((60.0, 60.0, 150.0, 80.0), (150.0, 60.0, 290.0, 80.0)),
                ((60.0, 80.0, 150.0, 100.0), (150.0, 80.0, 290.0, 100.0))))
    names = [bold("When", 70, 65), bold("Note", 160, 65)]
    entry = [word("02/03/2024", 70, 85), word("Read.", 160, 85)]
    assert without_nested_headers(names + entry, [log]) == entry
    dated = [bold("02/03/2024", 70, 65), bold("Read.", 160, 65)]  # a first entry in bold is data
    assert without_nested_headers(dated + entry, [log]) == dated + entry
    plain = [word("When", 70, 65), word("Note", 160, 65)]  # names not set in bold: kept
    assert without_nested_headers(plain + entry, [log]) == plain + entry
    assert without_nested_headers(names, [Grid(log.rows[:1])]) == names  # a grid of one row has no header over rows


def rows(*texts: list[str], top: float = 0.0) -> list[Row]:
    return [Row(tuple(Cell(t) for t in r), i, 1, (0.0, top + 10 * i, 100.0, top + 10 * i + 10))
            for i, r in enumerate(texts)]


def test_nested_rows_become_sub_rows_with_their_bands() -> None:
    outer = rows(["Rec", "Actions"], ["1", "x"], ["2", "y"])
    nested = {(1, 1): rows(["Action", "Lead"], ["Book.", "Police"], ["Run.", "Police"], top=10),
              (2, 1): rows(["Action", "Lead"], ["Sample.", "ICB"], top=20)}
    out = rows_with_sub_rows(outer, nested)
    assert [[c.text if not c.span else "^" + c.span[0] for c in r.cells] for r in out] == [
        ["Rec", "Action", "Lead"], ["1", "Book.", "Police"], ["^a", "Run.", "Police"], ["2", "Sample.", "ICB"]]
    assert [r.index for r in out] == [0, 1, 2, 3]
    assert [r.bbox for r in out][1:3] == [(0.0, 10.0, 100.0, 30.0), (0.0, 30.0, 100.0, 20.0)]


def actions_read(table: RawTable, first_action_column: int) -> list[list[str]]:
    return [[" ".join(c.text.split()) for c in r.cells[first_action_column:]] for r in table.rows[1:]]


def annotated_actions(truth_file: str) -> list[list[str]]:
    truth = json.loads((FIXTURES / truth_file).read_text())
    return [[" ".join(a[k].split()) for k in ("action", "agency", "target", "progress")] for a in truth["actions"]]


def test_browser_print_of_nested_tables_reads_each_action_as_a_sub_row() -> None:
    """The Chromium print of an HTML plan whose rows each hold a table of actions (and a definition list,
    its labels on lines of their own, split later by ``normalise.labelled_blocks``): one page, one table."""
    pdf = FIXTURES / "heldout" / "nested_action_tables_html.chromium.pdf"
    (table,) = read_pdf(pdf, pdf.read_bytes(), "sha").tables
    assert [c.text for c in table.rows[0].cells] == ["Rec", "Recommendation", "Action", "Lead agency",
                                                     "Target date", "Progress"]
    assert table.rows[1].cells[1].text.split("\n")[0] == "Recommendation"
    assert actions_read(table, 2) == annotated_actions("heldout/nested_action_tables_html.truth.json")


def test_word_nested_tables_printed_read_as_sub_rows_on_a_whole_page() -> None:
    """nested_action_tables.pdf (LibreOffice print of the DOCX fixture): page 1 holds recommendations 1-3 whole."""
    pdf = FIXTURES / "nested_action_tables.pdf"
    table = read_pdf(pdf, pdf.read_bytes(), "sha").tables[0]
    page_one = RawTable(table.rows[:5], 0)  # the header, then two actions of 1, one of 2, one of 3
    assert [c.text or c.span for c in next(zip(*(r.cells for r in page_one.rows)))] == ["No.", "1", "above", "2", "3"]
    assert actions_read(page_one, 3) == annotated_actions("nested_action_tables.truth.json")[:4]


def test_a_nested_table_touching_its_cell_s_rules_is_lifted_out_of_the_outer_grid() -> None:
    """The rest of a nested table at the top of a page starts on the outer row's top rule: one grid for
    both, the outer cell cut into a sliver each side and the nested cells between them."""
    header = ((0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 300.0, 20.0), None, None, None)
    first = ((0.0, 20.0, 50.0, 200.0), (50.0, 20.0, 55.0, 200.0), (55.0, 20.0, 150.0, 80.0),
             (150.0, 20.0, 295.0, 80.0), (295.0, 20.0, 300.0, 200.0))
    second = (None, None, (55.0, 80.0, 150.0, 200.0), (150.0, 80.0, 295.0, 200.0), None)
    rows, blocks = lift_nested_blocks((header, first, second), sliver=8.0)
    assert [[b for b in row if b is not None] for row in rows] == [
        [(0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 300.0, 20.0)], [(0.0, 20.0, 50.0, 200.0), (50.0, 20.0, 300.0, 200.0)]]
    assert blocks == [(first[2:4], second[2:4])]


def test_a_nested_table_flush_with_its_cell_s_right_rule_is_lifted_out_of_the_outer_grid() -> None:
    """The rest of a nested table drawn flush with the outer cell's right rule has an inset on the left
    only: a sliver, then the nested cells running to the row's end, under a cell spanning them all."""
    header = ((0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 300.0, 20.0), None, None)
    cut = ((0.0, 20.0, 50.0, 32.0), (50.0, 20.0, 55.0, 32.0), (55.0, 20.0, 150.0, 32.0), (150.0, 20.0, 300.0, 32.0))
    rows, blocks = lift_nested_blocks((header, cut), sliver=8.0)
    assert rows == (header, ((0.0, 20.0, 50.0, 32.0), (50.0, 20.0, 300.0, 32.0), None, None))
    assert blocks == [(cut[2:],)]


def test_a_narrow_column_under_its_own_header_cells_is_no_inset() -> None:
    """Without a cell elsewhere spanning the narrow column and the cells after it, they are the table's
    own columns (a thin colour strip beside a column), not a nested table."""
    header = ((0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 55.0, 20.0), (55.0, 0.0, 150.0, 20.0), (150.0, 0.0, 300.0, 20.0))
    body = ((0.0, 20.0, 50.0, 32.0), (50.0, 20.0, 55.0, 32.0), (55.0, 20.0, 150.0, 32.0), (150.0, 20.0, 300.0, 32.0))
    assert lift_nested_blocks((header, body), sliver=8.0) == ((header, body), [])


def test_the_line_of_a_nested_table_cut_by_a_page_break_stays_in_its_outer_cell() -> None:
    """nested_progress_table_docx.lo_landscape.pdf: the last nested table's last line is alone on page 2,
    in a row of the plan under the repeated header; it is that row's progress, not a column of its own."""
    pdf = FIXTURES / "heldout" / "nested_progress_table_docx.lo_landscape.pdf"
    rest = read_pdf(pdf, pdf.read_bytes(), "sha").tables[-1]
    assert [[c.text for c in row.cells] for row in rest.rows] == [
        ["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"], ["", "", "", "", "", "board."]]


def test_a_nested_table_under_the_cell_s_own_words_sharing_its_rules_is_lifted_out() -> None:
    """A status line, then a "Date | Update" table sharing the cell's right and bottom rules: one grid
    whose nested cells overlap the outer cell; they come out as a grid of their own."""
    outer = ((0.0, 0.0, 50.0, 100.0), (50.0, 0.0, 300.0, 100.0), None, None)
    head = (None, None, (56.0, 12.0, 150.0, 24.0), (150.0, 12.0, 300.0, 24.0))
    body = (None, None, (56.0, 24.0, 150.0, 100.0), (150.0, 24.0, 300.0, 100.0))
    rows, blocks = lift_contained_blocks((outer, head, body), tol=1.0)
    assert rows == (outer,)
    assert blocks == [(head, body)]


def test_a_lone_box_inside_a_cell_is_no_nested_table() -> None:
    row = ((0.0, 0.0, 50.0, 100.0), (50.0, 0.0, 300.0, 100.0), None)
    fill = (None, None, (60.0, 10.0, 290.0, 90.0))
    assert lift_contained_blocks((row, fill), tol=1.0) == ((row, fill), [])


def test_word_nested_table_under_a_status_line_printed_by_libreoffice_reads_without_its_header() -> None:
    pdf = FIXTURES / "heldout" / "nested_progress_table_docx.lo_landscape.pdf"
    table = read_pdf(pdf, pdf.read_bytes(), "sha").tables[0]
    assert table.rows[1].cells[5].text.split() == (
        "In progress. 12/09/2025 Training delivered to 310 of 420 officers. "
        "20/06/2025 Training package approved by the force training board.").split()


def test_columns_of_text_width_are_no_slivers_and_stay_in_the_grid() -> None:
    row = ((0.0, 20.0, 50.0, 200.0), (50.0, 20.0, 80.0, 200.0), (80.0, 20.0, 150.0, 200.0),
           (150.0, 20.0, 200.0, 200.0))
    rows, blocks = lift_nested_blocks((row,), sliver=8.0)
    assert rows == (row,) and blocks == []


def test_the_rest_of_a_nested_table_cut_by_a_page_break_takes_the_others_header() -> None:
    cont = [[Cell("sergeants."), Cell(""), Cell(""), Cell("course.")], [Cell("Publish."), Cell("ICB"), Cell("2021"),
                                                                       Cell("Not started.")]]
    head = [Cell("Action"), Cell("Lead"), Cell("Target"), Cell("Progress")]
    other = [head, [Cell("Run."), Cell("CSP"), Cell("2021"), Cell("Done.")]]
    column, grids = nested_column({(1, 3): cont, (2, 3): other, (3, 3): other})
    assert column == 3 and grids[1] == [head, *cont] and grids[2] == other
    assert nested_column({(1, 3): cont, (2, 3): other, (3, 3): [[Cell("Other"), *head[1:]], *other[1:]]}) is None


def test_one_nested_table_reads_as_sub_rows_only_when_its_header_is_enough() -> None:
    outer = rows(["Rec", "Actions"], ["6", "x"])
    nested = {(1, 1): rows(["Action", "Lead"], ["Hold.", "CSP"], ["Post.", "CSP"], top=10)}
    assert rows_with_sub_rows(outer, nested) == tuple(outer)  # one small table in a cell may be the cell's own
    out = rows_with_sub_rows(outer, nested, min_grids=1)
    assert [[c.text if not c.span else "^" + c.span[0] for c in r.cells] for r in out] == [
        ["Rec", "Action", "Lead"], ["6", "Hold.", "CSP"], ["^a", "Post.", "CSP"]]


def test_a_page_holding_one_outer_row_reads_its_bold_headed_nested_table_as_sub_rows() -> None:
    """The DejaVu print of the nested-tables plan: page 2 holds the last recommendation alone, its table
    of two actions headed in bold like those of page 1 (``min_headed_nested_grids``)."""
    pdf = FIXTURES / "font_variants" / "nested_action_tables_html.chromium_dejavu_portrait.pdf"
    last = read_pdf(pdf, pdf.read_bytes(), "sha").tables[-1]
    assert [c.text for c in last.rows[0].cells] == ["Rec", "Recommendation", "Action", "Lead agency",
                                                    "Target date", "Progress"]
    assert actions_read(last, 2) == annotated_actions("heldout/nested_action_tables_html.truth.json")[-2:]
