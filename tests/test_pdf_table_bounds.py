"""Where a table ruled only between its rows begins and ends: above each heading between tables, and
at the rule over an unshaded first band under a ruled header."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.table_bounds import last_rule_below, text_bottom_below
from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.extract.pdf.table_bounds import is_heading_between_tables
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [10.0, 60.0, 200.0, 400.0]  # a table's left edge, its column lines, its right edge


def word(text: str, x0: float, top: float, height: float = 8.0, width: float | None = None) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + (width or 4.5 * len(text)), "top": top, "bottom": top + height,
            "fontname": "Arial"}


def test_a_larger_line_across_the_columns_from_the_first_is_a_heading() -> None:
    heading = Line([word("Harlow", 14, 100, 11, 40), word("Vale", 57, 100, 11, 25), word("ICB", 85, 100, 11, 20)])
    assert is_heading_between_tables(heading, COLUMNS, 8.0)


def test_a_line_in_the_table_s_own_type_or_inside_its_columns_is_no_heading() -> None:
    spanning_row = Line([word("Theme", 14, 100, 8, 40), word("one", 57, 100, 8, 25)])  # body size
    assert not is_heading_between_tables(spanning_row, COLUMNS, 8.0)
    in_a_column = Line([word("Police", 14, 100, 11, 40)])  # ends before the first column line
    assert not is_heading_between_tables(in_a_column, COLUMNS, 8.0)
    cells = Line([word("R1", 14, 100, 11, 12), word("Action", 64, 100, 11, 30)])  # two runs: two cells
    assert not is_heading_between_tables(cells, COLUMNS, 8.0)
    starting_late = Line([word("Harlow", 70, 100, 11, 40), word("Vale", 130, 100, 11, 25),
                          word("ICB", 160, 100, 11, 80)])
    assert not is_heading_between_tables(starting_late, COLUMNS, 8.0)


def test_the_rules_of_a_table_stop_at_a_heading_between_them() -> None:
    rules = [make_edge(10, top, 400, top) for top in (20, 32, 60, 90, 102, 130)]
    rows = [word("Ref", 14, 22), word("R1", 14, 36), word("text", 64, 36), word("more", 64, 46)]
    heading = [word("Harlow", 14, 75, 11, 40), word("Vale", 57, 75, 11, 25)]
    page = PageContent(1, 595.0, 842.0, rows + heading + [word("Ref", 14, 92), word("R2", 14, 106)], rules)
    assert last_rule_below((10, 20, 400, 32), page, column_lines=COLUMNS) == 60
    assert last_rule_below((10, 20, 400, 32), page) == 130  # without its columns, the rules run on


def test_tables_under_agency_headings_are_read_apart_each_under_its_heading() -> None:
    tables = read_pdf_file(HELDOUT / "agency_heading_tables.lo_portrait.pdf").tables
    assert [t.heading for t in tables] == ["Harlow Vale Police", "Harlow Vale ICB", "Harlow Vale Adult Social Care",
                                           "Harlow Vale Homes"]
    assert [len(t.rows) for t in tables] == [4, 3, 4, 2]
    assert not any("Harlow" == c.text for t in tables for r in t.rows for c in r.cells)


def test_columns_drawn_down_stop_at_a_row_ruled_with_columns_of_its_own() -> None:
    # a header ruled alone, then the rows of another table drawn against it: their rule at 300 is
    # none of the header's column lines (a summary table under a plan whose header a page repeats)
    header = [make_edge(10, 20, 400, 20), make_edge(10, 32, 400, 32)]
    counts = [make_edge(10, top, 400, top) for top in (44, 56)] + [
        make_edge(x, top, x, top + 12) for x in (10, 300, 400) for top in (32, 44)]
    words = [word("Ref", 14, 22), word("In", 14, 34), word("progress", 30, 34), word("2", 304, 34),
             word("Total", 14, 46), word("8", 304, 46)]
    page = PageContent(1, 595.0, 842.0, words, header + counts)
    assert last_rule_below((10, 20, 400, 32), page, column_lines=COLUMNS) == 32
    assert text_bottom_below(page, 10, 400, 32, COLUMNS) == 32
    own_columns = PageContent(1, 595.0, 842.0, words, header + [
        make_edge(10, top, 400, top) for top in (44, 56)] + [
        make_edge(x, top, x, top + 12) for x in (10, 200, 400) for top in (32, 44)])
    assert last_rule_below((10, 20, 400, 32), own_columns, column_lines=COLUMNS) == 56  # its own column lines


def test_counts_table_under_the_plan_split_by_a_page_break_stays_apart_from_the_repeated_header() -> None:
    tables = read_pdf_file(HELDOUT / "totals_table_abutting_docx.chromium.pdf").tables
    assert [[c.text for c in r.cells] for t in tables[1:] for r in t.rows] == [
        ["Status", "Number of actions"], ["Complete", "3"],
        ["Rec", "Recommendation", "Action", "Lead agency", "Due", "Progress"],
        ["In progress", "2"], ["Not started", "3"], ["Total", "8"]]
    assert [t.page for t in tables] == [1, 1, 2, 2]
