"""The PDF layout stages on a handful of boxes and on the fixtures named after the problem each solves."""
from __future__ import annotations

import math
from pathlib import Path

from dhr_extract.extract.pdf.lines import Line, words_to_cell_text
from dhr_extract.extract.pdf.borderless import group_to_cells, is_centred, split_at_spanning_lines
from dhr_extract.extract.pdf.row_walk import is_row_start, lines_to_row_groups, merge_lone_column_rows, wrapped
from dhr_extract.extract.pdf.text_edges import column_text_edges, ends_sentence
from dhr_extract.extract.pdf.columns import lines_to_column_starts
from dhr_extract.extract.pdf.rules import close_open_ends, make_edge, objects_to_edges, segment_to_edge
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.ruled import Grid, split_at_column_change
from dhr_extract.extract.pdf.spanned_rows import split_spanned_rows
from dhr_extract.extract.pdf.table_bounds import last_rule_below
from dhr_extract.extract.pdf.settings import PdfSettings
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"
PRODUCERS = FIXTURES / "producers"


def tables_of(path: Path) -> list:
    return read_pdf_file(path).tables


def word(text: str, x0: float, top: float, width: float | None = None) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + (width or 5.0 * len(text)), "top": top, "bottom": top + 10.0}


def test_a_rule_a_hair_off_the_axis_is_a_rule() -> None:
    residue = math.cos(math.pi / 2) * 500  # a rotation composed in floating point
    edge = segment_to_edge((10.0, 100.0), (400.0, 100.0 + residue))
    assert edge is not None and edge["orientation"] == "h" and edge["top"] == edge["bottom"]
    assert segment_to_edge((10.0, 100.0), (400.0, 130.0)) is None  # slanted: not a rule
    assert segment_to_edge((10.0, 100.0), (11.0, 100.0)) is None  # a dot
    assert PdfSettings().axis_tolerance > residue


def test_side_rules_that_stop_together_are_closed_under_the_cut_row() -> None:
    edges = [make_edge(10, 100, 400, 100), make_edge(10, 100, 10, 300), make_edge(200, 100, 200, 300),
             make_edge(400, 100, 400, 300)]
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"], e["orientation"]) for e in added] == [(10, 300, 400, "h")]


def test_a_grid_whose_column_lines_change_is_two_tables() -> None:
    agencies = ((0, 0, 150, 20), (150, 0, 400, 20))
    plan = ((0, 20, 100, 40), (100, 20, 250, 40), (250, 20, 400, 40))
    merged_down = ((0, 40, 100, 60), None, (250, 40, 400, 60))
    parts = split_at_column_change(Grid((agencies, plan, merged_down)))
    assert [len(p.rows) for p in parts] == [1, 2]  # the merged cell below the plan row stays with it


def rules_only_page(rules: list[tuple[float, float, float]], text_rows: range) -> PageContent:
    """A page with horizontal rules (top, x0, x1) and a line of text every 12 points over ``text_rows``."""
    words = [word("text", 20, float(top)) for top in text_rows]
    return PageContent(1, 595.0, 842.0, words, [make_edge(x0, top, x1, top) for top, x0, x1 in rules])


def test_a_rule_drawn_in_pieces_one_per_cell_closes_the_row() -> None:
    cells = [(10, 150), (150, 300), (300, 400)]  # a browser draws each cell's bottom border on its own
    page = rules_only_page([(50, 10, 400)] + [(200, x0, x1) for x0, x1 in cells], range(55, 190, 12))
    assert last_rule_below((10, 20, 400, 50), page) == 200


def test_a_row_taller_than_the_limit_is_closed_where_its_text_runs_down_to_the_rule() -> None:
    settings = PdfSettings()
    far = 60 + settings.max_row_height + 100  # one row filling most of the page
    running_on = rules_only_page([(60, 10, 400), (far, 10, 400)], range(64, int(far) - 14, 12))
    assert last_rule_below((10, 20, 400, 60), running_on, settings) == far
    gap_then_rule = rules_only_page([(60, 10, 400), (far, 10, 400)], range(64, 200, 12))
    assert last_rule_below((10, 20, 400, 60), gap_then_rule, settings) == 60  # white space: something else


def test_a_rule_below_white_space_is_another_tables_not_this_ones() -> None:
    below_a_gap = rules_only_page([(60, 10, 400), (80, 10, 400), (104, 10, 400)], range(84, 100, 12))
    assert last_rule_below((10, 40, 400, 60), below_a_gap) == 60  # nothing between 60 and 80: a table set below
    rows_on = rules_only_page([(60, 10, 400), (80, 10, 400), (104, 10, 400)], range(64, 100, 12))
    assert last_rule_below((10, 40, 400, 60), rows_on) == 104  # text under each rule: its rows run on


def test_borderless_columns_come_from_text_edges_not_from_an_indent() -> None:
    lines = []
    for i in range(6):  # a first column with a hanging bullet indent, a second column close beside it
        top = 20.0 * i
        first = [word("•", 10, top, 4), word("text", 28, top, 60)] if i % 2 else [word("paragraph", 10, top, 80)]
        lines.append(Line(first + [word("action", 96, top, 40)]))
    assert lines_to_column_starts(lines) == [10, 96]


def test_browser_rules_drawn_as_thin_rectangles_make_a_ruled_table() -> None:
    tables = tables_of(PRODUCERS / "nuneaton_dhr1.chromium.pdf")
    assert tables and all(t.strategy == "ruled" for t in tables)
    assert tables[0].rows[0].cells[0].text == "Recommendation"


def test_pages_stored_rotated_with_float_residue_are_read_as_ruled() -> None:
    tables = tables_of(PRODUCERS / "home_office_7col.rotated.pdf")
    assert [t.n_cols for t in tables if t.strategy == "ruled"][:2] == [2, 7]


def test_touching_tables_come_apart_and_the_plan_header_is_found() -> None:
    from dhr_extract.api import extract_document

    data = extract_document(FIXTURES / "touching_tables_one_grid.pdf")
    assert [t.is_plan for t in data.tables][:2] == [False, True]
    assert data.recommendations


def test_page_furniture_is_not_read_as_a_row() -> None:
    from dhr_extract.extract.pdf.furniture import page_furniture

    page = [word("OFFICIAL", 300, 20), word("Page", 700, 570, 20), word("1", 722, 570, 5), word("of", 730, 570, 8),
            word("2", 740, 570, 5), word("Recommendation", 40, 300)]
    kept, seen = page_furniture(page, 595.0)
    assert [w["text"] for w in kept] == ["Recommendation"]
    title = [word("Wrexham", 40, 30, 40), word("DHR", 82, 30, 20), word("Action", 104, 30, 30)]
    assert len(page_furniture(title, 595.0)[0]) == 3  # a first sight of a title is kept
    again, _ = page_furniture(title + [word("Recommendation", 40, 300)], 595.0, page_furniture(title, 595.0)[1])
    assert [w["text"] for w in again] == ["Recommendation"]  # the same line at the same place overleaf


def test_repeated_header_row_lines_stay_when_they_run_on_from_the_row() -> None:
    from dhr_extract.extract.pdf.furniture import page_furniture

    # a narrow "Rec No." cell of a header row repeated at the top of every page: "No" and "." are
    # lines of their own, seen at the same place overleaf, but they run on from the row above
    header = [word("Re", 40, 30, 10), word("Recommendation", 80, 30, 60), word("Action", 200, 30, 30),
              word("c", 40, 39, 5), word("Date", 200, 39, 20), word("No", 40, 48, 10), word(".", 40, 57, 3)]
    _, seen = page_furniture(header, 595.0)
    kept, _ = page_furniture(header, 595.0, seen)
    assert [w["text"] for w in kept] == [w["text"] for w in header]


def test_footer_under_a_page_cut_row_is_not_an_action() -> None:
    from dhr_extract.api import extract_document

    data = extract_document(Path(__file__).resolve().parent.parent / "samples" / "word_style_pdf.pdf")
    assert not [a for a in data.actions if "Page" in a.agency]
    assert [len([a for a in data.actions if a.rec_number == n]) for n in "1234567"] == [1, 2, 2, 3, 2, 2, 2]


def shade(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True, "stroke": False}


def test_shading_behind_a_cells_text_lines_draws_no_cell() -> None:
    rules = [{"x0": 10, "top": 100, "x1": 400, "bottom": 100}, {"x0": 10, "top": 150, "x1": 400, "bottom": 150}]
    behind_text = shade(12, 118, 200, 130)  # LibreOffice shades a header's paragraph, inset from the rules
    whole_cell = shade(200, 100, 400, 150)  # a shaded cell fills its row from rule to rule
    edges = objects_to_edges(rules, [behind_text, whole_cell], [])
    shade_tops = sorted({e["top"] for e in edges if e["source"] == "shade" and e["orientation"] == "h"})
    assert shade_tops == [100, 150]


def test_a_row_of_shaded_cells_side_by_side_draws_its_cells_under_a_box_above() -> None:
    """A browser fills each header cell edge to edge and rules only under it; a stroked box (a
    legend) a few points above is no rule of the table, and the fills are cells, not paragraphs'
    backgrounds floating between rules."""
    legend = {"x0": 10, "top": 80, "x1": 300, "bottom": 95, "fill": False, "stroke": True}
    under = [{"x0": 10, "top": 130, "x1": 400, "bottom": 130}]
    header = [shade(10, 101, 60, 130), shade(60, 101, 200, 130), shade(200, 101, 400, 130)]
    edges = objects_to_edges(under, [legend, *header], [])
    assert sorted(e["x0"] for e in edges if e["source"] == "shade" and e["orientation"] == "v") == [
        10, 60, 60, 200, 200, 400]
    behind_text = shade(12, 101, 58, 118)  # alone between the box and the rule: a paragraph's background
    edges = objects_to_edges(under, [legend, behind_text], [])
    assert [e for e in edges if e["source"] == "shade"] == []
    highlight = [shade(12, 110, 40, 120), shade(40, 110, 90, 120)]  # runs of highlighted words touching no rule
    edges = objects_to_edges(under, [legend, *highlight], [])
    assert [e for e in edges if e["source"] == "shade"] == []


def test_header_shaded_behind_its_text_keeps_its_two_rows() -> None:
    header = [t for t in tables_of(PRODUCERS / "r_labels_status.lo_ruled.pdf") if "Delivery" in t.rows[0].texts][0]
    assert [[c.text for c in row.cells] for row in header.rows[:2]] == [
        ["Recommendation", "Delivery", "", "", "Monitoring", "", ""],
        ["", "Action", "Lead", "By when", "Progress", "Status", "RAG status"]]


def test_a_word_is_joined_across_lines_only_where_the_renderer_broke_it() -> None:
    cell = (100.0, 0.0, 150.0, 40.0)  # a narrow cell with 1.5 points of padding

    def two_lines(first: str, first_width: float, second: str, second_width: float) -> str:
        return words_to_cell_text([word(first, 101.5, 2, first_width), word(second, 101.5, 14, second_width)], cell)
    assert two_lines("Septembe", 45.5, "r", 3.3) == "September"  # filled the line: the next letter did not fit
    assert two_lines("31/10/202", 44.4, "1", 5.6) == "31/10/2021"
    assert two_lines("2025-06-", 40.0, "30", 10.0) == "2025-06-30"  # an ISO date broken after a hyphen
    assert two_lines("December", 46.1, "2021", 22.2) == "December 2021"  # a word, then a number
    assert two_lines("RAG", 44.0, "status", 29.4) == "RAG status"  # capitals, then lower case
    assert two_lines("Partially", 41.0, "complete", 40.5) == "Partially complete"  # room for a "c" was left
    # a cell with Word's 5.5 points of padding: 3.5 points are left after "Foundatio", not enough for an "n"
    padded = [word("Foundatio", 105.5, 2, 35.5), word("n", 105.5, 14, 5.0), word("Trust", 111.5, 14, 20.0)]
    assert words_to_cell_text(padded, cell) == "Foundation Trust"

    padded = (100.0, 0.0, 160.0, 40.0)  # 5.5 points of padding: a wide "g" did not fit after "Safeguardin"
    assert words_to_cell_text([word("Safeguardin", 105.5, 2, 44.0), word("g", 105.5, 14, 5.6)], padded) == "Safeguarding"


def test_a_date_broken_at_a_narrow_cells_edge_is_joined_without_a_space() -> None:
    cell = (379.9, 0.0, 420.0, 40.0)  # a narrow cell with Word's 5.5 points of padding

    def two_lines(first: str, first_width: float, second: str, second_width: float) -> str:
        return words_to_cell_text([word(first, 385.4, 2, first_width), word(second, 385.4, 14, second_width)], cell)
    assert two_lines("30/04/", 27.7, "2025", 22.2) == "30/04/2025"  # a date's digits after its separator
    assert two_lines("and/", 27.7, "or", 10.0) == "and/ or"  # no date: the pieces are of different kinds
    assert two_lines("30/04/", 18.0, "2025", 22.2) == "30/04/ 2025"  # the line did not fill the cell


def test_list_items_wrapping_under_their_hanging_indent_are_no_column() -> None:
    # page 2 holds bullet lists whose items wrap onto lines starting at the bullets' hanging indent
    tables = tables_of(PRODUCERS / "variant_labels_R1.lo_portrait.pdf")
    assert [t.n_cols for t in tables[:4]] == [6, 6, 6, 6]
    assert [c.text for c in tables[1].rows[0].cells][2:] == ["Action to take", "Evidence of Achievement",
                                                          "Target date", "Progress report - Master As at 31st May 2016"]


def test_a_lone_start_inside_a_run_of_words_is_no_column() -> None:
    lines = [Line([word("Rec", 10, 0, 30), word("Target", 130, 0, 30), word("Progress", 200, 0, 40)])]  # centred
    for i in range(1, 5):  # header over a body whose second column starts at 100
        lines.append(Line([word("text", 10, 20.0 * i, 60), word("date", 100, 20.0 * i, 25), word("done", 200, 20.0 * i)]))
    lines.append(Line([word("text", 10, 100, 60), word("Action", 100, 100, 28), word("completed", 131, 100, 40),
                       word("done", 200, 100)]))  # a word space, not a gutter, under the header's start
    assert lines_to_column_starts(lines) == [10, 100, 200]


def bold(w: dict) -> dict:
    return dict(w, fontname="Arial-BoldMT")


def test_a_centred_table_keeps_its_header_and_theme_rows_apart_from_the_rows_under_them() -> None:
    columns = [10.0, 100.0, 200.0]
    header = [Line([bold(word("Rec", 10, 0)), bold(word("Action", 100, 0)), bold(word("Date", 200, 0))]),
              Line([word("rest", 10, 12)])]  # a cut row's rest, set close under the header
    theme = Line([bold(word("Theme", 10, 40, 40)), bold(word("one", 54, 40, 60)), bold(word("spans", 118, 40))])
    row = [Line([word("R1", 10, 52), word("act", 100, 52), word("2021", 200, 52)]), Line([word("more", 10, 64)])]
    heading = Line([bold(word("Police", 10, 90))])  # a short bold heading over the next row
    labelled = [Line([bold(word("R2", 10, 102))]), Line([word("text", 10, 114), word("act", 100, 114)])]
    groups = split_at_spanning_lines([header, [theme] + row, [heading] + labelled], columns, threshold=5.0)
    assert [[ln.text for ln in g] for g in groups] == [
        ["Rec Action Date"], ["rest"], ["Theme one spans"], ["R1 act 2021", "more"], ["Police"], ["R2", "text act"]]


def test_a_theme_heading_set_close_under_a_centred_header_is_a_row_of_its_own() -> None:
    columns = [10.0, 100.0, 200.0]
    header = [Line([bold(word("Scope", 100, 0))]), Line([bold(word("No.", 10, 12)), bold(word("Action", 100, 12))]),
              Line([bold(word("local", 100, 24))])]  # "No." centred: the first column ends above "local"
    theme = Line([bold(word("Hospital", 10, 38, 60))])
    row = Line([word("20", 10, 52), word("act", 100, 52)])
    groups = split_at_spanning_lines([header + [theme, row]], columns, threshold=5.0)
    assert [[ln.text for ln in g] for g in groups] == [["Scope", "No. Action", "local"], ["Hospital"], ["20 act"]]


def test_cells_of_two_lines_centred_in_rows_of_three_tell_a_centred_table() -> None:
    columns = [10.0, 100.0, 200.0]

    def row(top: float) -> list[Line]:  # double-spaced lines; the update cell fills the row
        return [Line([word("update", 200, top)]), Line([word("action", 10, top + 9), word("lead", 100, top + 9)]),
                Line([word("more", 200, top + 18)]), Line([word("action", 10, top + 27), word("lead", 100, top + 27)]),
                Line([word("end", 200, top + 36)])]
    assert is_centred([row(0), row(80)], columns) is True
    top_aligned = [[Line([word("action", 10, 0), word("lead", 100, 0), word("update", 200, 0)]),
                    Line([word("update", 200, 12)]), Line([word("update", 200, 24)])]] * 2
    assert is_centred(top_aligned, columns) is False


def test_a_borderless_word_is_joined_where_it_was_broken_at_its_columns_text_edge() -> None:
    columns = [10.0, 40.0]
    edges = (24.0, 80.0)  # where each column's text ends in the table
    row = [Line([word("6.1", 10, 0, 14), word("Decembe", 40, 0, 40)]),
           Line([word(".1", 10, 12, 8), word("r", 40, 12, 3), word("2021", 46, 12, 20)])]
    assert [c.text for c in group_to_cells(row, columns, text_edges=edges)] == ["6.1.1", "December 2021"]
    short = [Line([word("May", 40, 0, 20)]), Line([word("2022", 40, 12, 20)])]  # ends well short of the edge
    assert [c.text for c in group_to_cells(short, columns, text_edges=edges)] == ["", "May 2022"]


def test_a_cell_centred_across_the_rows_it_spans_goes_to_the_first() -> None:
    columns = [10.0, 100.0, 200.0]
    block = [Line([word("first", 100, 0), word("2021", 200, 0)]),
             Line([word("Rec", 10, 12), word("action", 100, 12)]),  # the spanning cell, centred
             Line([word("text", 10, 24)]),
             Line([word("second", 100, 36), word("2022", 200, 36)]),  # a white band in the other columns above
             Line([word("action", 100, 48)])]
    rows = split_spanned_rows(block, columns, threshold=5.0)
    assert [[c.text for c in group_to_cells(r, columns)] for r in rows] == [
        ["Rec text", "first action", "2021"], ["", "second action", "2022"]]
    one_cell_gap = [Line([word("Rec", 10, 0), word("act", 100, 0), word("note", 200, 0)]),
                    Line([word("text", 10, 12), word("lead", 100, 12)]),
                    Line([word("more", 200, 36)])]  # a paragraph gap in one cell cuts no row
    assert split_spanned_rows(one_cell_gap, columns, threshold=5.0) == [one_cell_gap]


def test_a_columns_text_edge_is_the_furthest_end_of_its_lines_but_one() -> None:
    columns = [10.0, 100.0]
    lines = [Line([word("Completion", 10, 0, 60), word("Progress", 100, 0, 40)]),  # a header reaching further
             Line([word("31/12/2022", 10, 12, 50), word("done", 100, 12, 20)]),
             Line([word("30/06/2023", 10, 24, 50), word("late", 100, 24, 30)])]
    assert column_text_edges(lines, columns) == (60.0, 130.0)


def test_a_narrow_number_column_with_a_gutter_beside_it_is_a_column() -> None:
    # "No." set tight to "Recommendation" in the header; below, each number ends well before the text
    lines = [Line([word("No.", 58, 0, 16), word("Recommendation", 77, 0, 70), word("Scope", 160, 0, 25)])]
    for i in range(1, 6):
        first = [word(str(i), 58, 20.0 * i, 5)] if i % 2 else []
        lines.append(Line(first + [word("text", 77, 20.0 * i, 60), word("Local", 160, 20.0 * i, 25)]))
    assert lines_to_column_starts(lines) == [58, 77, 160]


def test_an_indent_with_the_cells_other_lines_running_across_it_is_no_narrow_column() -> None:
    lines = [Line([word("Action", 58, 0, 30), word("Scope", 160, 0, 25)])]
    for i in range(1, 6):  # a "1" label, then its text at 77; the cell's other lines run on across 77
        top = 20.0 * i
        first = [word("1", 58, top, 5), word("text", 77, top, 60)] if i % 2 else [word("paragraph", 58, top, 80)]
        lines.append(Line(first + [word("Local", 160, top, 25)]))
    assert lines_to_column_starts(lines) == [58, 160]


def test_a_gutter_needs_the_words_of_the_column_before_to_end_short_of_the_start() -> None:
    from dhr_extract.extract.pdf.columns import gutter_before

    numbers = [word("1", 58, 0, 5), word("No.", 58, 20, 16)]
    assert gutter_before(58, 77, numbers, em=10.0)
    assert not gutter_before(58, 77, numbers + [word("Action", 58, 40, 30)], em=10.0)  # runs across 77
    assert not gutter_before(58, 77, numbers[:1], em=10.0)  # one line is no gutter down the region
    assert gutter_before(58, 77, [], em=10.0, known=(58.0, 77.0))  # the page before's columns, nothing here
    assert not gutter_before(58, 64, numbers[:1], em=10.0, known=(58.0, 64.0))  # narrower than a line height



def test_a_theme_row_running_across_a_narrow_columns_gutter_leaves_the_gutter() -> None:
    from dhr_extract.extract.pdf.columns import gutter_before

    numbers = [word(str(i), 58, 20.0 * i, 5) for i in range(1, 5)]
    theme = word("Theme A: Community safety", 58, 0, 120)  # runs across 80
    assert gutter_before(58, 80, numbers + [theme], em=10.0, support=12)  # one line across, twelve start at 80
    assert not gutter_before(58, 80, numbers + [theme], em=10.0, support=2)  # as many across as start there
    assert not gutter_before(58, 80, numbers + [theme] * 4, em=10.0, support=12)


def test_the_page_befores_column_start_moves_where_this_tables_text_starts_beside_it() -> None:
    from dhr_extract.extract.pdf.columns import moved_start

    assert moved_start(392.0, 0, [263.0, 394.5], wide=24.0, tol=1.5)  # nothing at 392, many at 394.5
    assert not moved_start(392.0, 3, [263.0, 394.5], wide=24.0, tol=1.5)  # text still starts at 392
    assert not moved_start(392.0, 0, [263.0, 392.5], wide=24.0, tol=1.5)  # the same start
    assert not moved_start(392.0, 0, [263.0, 450.0], wide=24.0, tol=1.5)  # a column with no text here



def test_a_start_crossed_by_the_first_word_of_the_column_before_is_an_indent_inside_it() -> None:
    from dhr_extract.extract.pdf.columns import indent_of_known

    known = (58.0, 239.0, 370.0)
    plain = [word("incorporating", 239, 0, 50), word("Police", 58, 20, 30)]
    assert indent_of_known(274.0, plain, known, tol=1.5)  # the 239 column's text runs across 274
    assert not indent_of_known(274.0, plain[1:], known, tol=1.5)  # only the 58 column's text, ending short
    assert not indent_of_known(274.0, [word("incorporating", 58, 0, 250)], known, tol=1.5)  # not 239's text
    assert not indent_of_known(274.0, plain, (), tol=1.5)  # no page before

def test_a_narrow_label_column_beside_spanning_theme_rows_is_a_column() -> None:
    lines = [Line([word("Rec", 58, 0, 15), word("Recommendation", 100, 0, 70), word("Owner", 200, 0, 30)])]
    top = 20.0
    for rec in range(1, 4):
        lines.append(Line([word(f"Theme {rec}: safety and policing", 58, top, 130)]))
        for k in range(4):  # the label sits beside the recommendation's third line
            top += 12.0
            label = [word(str(rec), 58, top, 5)] if k == 2 else []
            lines.append(Line(label + [word("agree a protocol", 80, top, 70), word("Police", 200, top, 30)]))
        top += 20.0
    assert lines_to_column_starts(lines) == [58, 80, 200]

def test_list_items_hang_by_paragraph_whatever_lines_of_other_columns_come_between() -> None:
    from dhr_extract.extract.pdf.columns import start_clusters

    lines = []
    for item in range(2):  # two bullet items at 30 wrapping under their text at 44, and text beside them
        top = 100.0 * item
        lines.append(Line([word("•", 30, top, 4), word("Include", 44, top, 30)]))
        for k in range(1, 4):  # the other column's lines sit between, at other heights
            lines.append(Line([word("other", 200, top + 12 * k - 6, 30)]))
            lines.append(Line([word("wrapped", 44, top + 12 * k, 35)]))
    hanging = {round(c.x): c.hanging for c in start_clusters(lines)}
    assert hanging[44] is True


def test_a_lone_header_start_inside_a_column_the_page_keeps_is_no_column() -> None:
    known = (10.0, 100.0, 200.0)  # the page before's columns: this page has no text in the first
    lines = [Line([word("Recommendation", 40, 0, 50), word("Action", 100, 0, 30), word("Update", 200, 0, 30)])]
    for i in range(1, 5):
        lines.append(Line([word("text", 100, 20.0 * i, 60), word("done", 200, 20.0 * i)]))
    assert lines_to_column_starts(lines, known=known) == [10, 100, 200]


def test_a_line_in_the_margin_inside_a_ruled_table_is_not_furniture() -> None:
    from dhr_extract.extract.pdf.furniture import page_furniture, with_table_text

    number = word("5", 51, 96)  # a row's number alone on its line, in the top margin band
    footer = word("2", 300, 820)  # a page number under the table
    words = [number, word("Recommendation", 70, 110), footer]
    kept, _ = page_furniture(words, 842.0)
    assert [w["text"] for w in with_table_text(words, kept, [(48.0, 43.0, 553.0, 800.0)])] == ["5", "Recommendation"]


def test_a_merged_cell_carried_over_a_page_break_gets_its_open_top_closed() -> None:
    edges = [make_edge(171, 43, 549, 43), make_edge(49, 43, 49, 300), make_edge(171, 43, 171, 300),
             make_edge(549, 43, 549, 300), make_edge(49, 300, 549, 300)]  # no rule over the first column
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"]) for e in added] == [(49, 43, 171)]


def test_a_cut_rows_text_stops_at_a_paragraph_across_the_tables_columns() -> None:
    from dhr_extract.extract.pdf.page import PageContent
    from dhr_extract.extract.pdf.table_bounds import text_bottom_below

    cell_text = [word("rest", 12, 105, 20), word("of", 160, 105, 10)]  # each in its own column
    key = [word("Key:", 12, 120, 20), word("Completed", 35, 120, 50), word("(Y/N)", 90, 120, 30),
           word("action", 123, 120, 40)]  # runs across the column line at 150
    page = PageContent(1, 595.0, 842.0, cell_text + key, [])
    assert text_bottom_below(page, 10, 300, 100, [10, 150, 300]) == 115
    assert text_bottom_below(page, 10, 300, 100) == 130  # without columns, the key would join the row


def test_a_number_column_narrower_than_a_column_used_to_be_comes_out_on_its_own() -> None:
    tables = tables_of(PRODUCERS / "variant_number_column.lo_portrait.pdf")
    header = [c.text for c in tables[0].rows[0].cells]
    assert header[:2] == ["No.", "Recommendation"] and header[3:] == [
        "Action to take", "Evidence of Achievement", "Target date", "Progress report - Master As at 31st May 2016"]
    number, recommendation, scope = (c.text for c in tables[0].rows[2].cells[:3])
    assert (number, scope) == ("1", "Local")
    assert recommendation.startswith("Safer Warwickshire Partnership Board to develop")


def test_a_browser_plans_row_numbers_and_cut_cells_survive_the_page_breaks() -> None:
    numbered = tables_of(PRODUCERS / "variant_number_column.chromium.pdf")
    assert [t.rows[1].cells[0].text for t in numbered if t.page in (4, 6)] == ["5", "8"]  # top of the page
    unnumbered = tables_of(PRODUCERS / "unnumbered_recs.chromium.pdf")
    carried = [t for t in unnumbered if t.page == 3][0].rows[0]
    assert carried.cells[0].text.startswith("completed and the disclosure is recorded")
    last = [t for t in unnumbered if t.page == 4][0]
    assert [c.text[:20] for c in last.rows[-1].cells] == [
        "Wirral Community Saf", "Wirral Community Saf", "Review progress agai", "Ongoing", "Plan reviewed at the", "N"]


def test_a_word_run_flush_into_the_next_cell_is_cut_at_that_columns_start() -> None:
    from dhr_extract.extract.pdf.columns import split_at_column_starts

    flush = word("officerTimescale", 342.5, 0, 70.9)
    flush["chars"] = tuple((342.5 + 3 * k, 345.5 + 3 * k, ch) for k, ch in enumerate("officer")) + tuple(
        (384.4 + 3 * k, 387.4 + 3 * k, ch) for k, ch in enumerate("Timescale"))
    spaced = word("agency", 305, 0, 30)  # no character starts at a column: kept whole
    spaced["chars"] = tuple((305 + 5 * k, 310 + 5 * k, ch) for k, ch in enumerate("agency"))
    [line] = split_at_column_starts([Line([spaced, flush])], [305.0, 384.4])
    assert [(w["text"], w["x0"]) for w in line.words] == [("agency", 305), ("officer", 342.5), ("Timescale", 384.4)]
    assert line.words[1]["x1"] == 345.5 + 3 * 6


def test_a_word_is_cut_at_a_column_only_where_a_new_word_can_start() -> None:
    from dhr_extract.extract.pdf.columns import new_word_starts

    assert new_word_starts("r", "T") and new_word_starts("1", "G") and new_word_starts("f", "3")
    assert not new_word_starts("r", "e")  # inside a run of letters: a character at a column by chance
    assert not new_word_starts("2", "0") and not new_word_starts("W", "M")
def test_a_row_starts_where_most_columns_with_text_at_one_height_start_afresh() -> None:
    assert is_row_start(fresh=2, running=0)
    assert is_row_start(fresh=3, running=1)  # a merged recommendation cell runs on beside the new row
    assert not is_row_start(fresh=2, running=1)  # paragraph gaps in two cells beside text running on
    assert not is_row_start(fresh=2, running=3)
    assert not is_row_start(fresh=1, running=0)
    assert not is_row_start(fresh=2, running=1, settings=PdfSettings(row_start_share=0.7))
    assert is_row_start(fresh=2, running=1, settings=PdfSettings(row_start_share=0.6))


def test_a_line_was_wrapped_only_where_the_next_word_did_not_fit() -> None:
    assert wrapped(line_end=90.0, next_word=20.0, text_edge=100.0)
    assert not wrapped(line_end=50.0, next_word=20.0, text_edge=100.0)
    assert wrapped(line_end=50.0, next_word=20.0, text_edge=None)  # a column of one line says nothing
    assert [ends_sentence(w) for w in ("done.", "2019).", "10.", "3.1.", "and")] == [True, True, False, False, False]


def full(text: str, x0: float, top: float) -> dict:
    """A word that ends a line filled to its column's text edge (80 points wide)."""
    return word(text, x0, top, 80.0)


def test_a_paragraph_gap_in_two_cells_beside_text_running_on_opens_no_row() -> None:
    columns = [10.0, 100.0, 200.0]
    lines = [Line([full("Recommendation", 10, 0), word("first", 100, 0), word("note", 200, 0)]),
             Line([full("runs", 10, 12), word("action", 100, 12), word("more", 200, 12)]),
             Line([full("on", 10, 24)]),
             Line([full("across", 10, 36), word("second", 100, 36), word("again", 200, 36)]),  # gaps in two cells
             Line([full("the", 10, 48)])]
    assert [[ln.text for ln in g] for g in lines_to_row_groups(lines, columns, threshold=5.0)] == [
        [ln.text for ln in lines]]


def prose(text: str, x0: float, top: float) -> list[dict]:
    """A line of words filled to its column's text edge (80 points wide): one word alone filling it with
    a lower-case word under it would be a word broken at the edge."""
    first, last = text.split()
    return [word(first, x0, top, 30.0), word(last, x0 + 35.0, top, 45.0)]


def test_new_rows_open_beside_a_merged_recommendation_cell_running_on() -> None:
    columns = [10.0, 100.0, 200.0, 300.0]
    lines = [Line([*prose("The Recommendation", 10, 0), word("first", 100, 0), word("2021", 200, 0),
                   word("done", 300, 0)]),
             Line([*prose("that runs", 10, 12), word("action", 100, 12)]),
             Line([*prose("and on", 10, 24)]),
             Line([*prose("just beside", 10, 36), word("second", 100, 36), word("2022", 200, 36),
                   word("open", 300, 36)]),
             Line([*prose("them both", 10, 48)])]
    groups = lines_to_row_groups(lines, columns, threshold=5.0)
    assert [len(g) for g in groups] == [3, 2]


def test_a_row_of_a_tight_table_starts_where_the_lines_above_were_not_wrapped() -> None:
    columns = [10.0, 100.0, 200.0]
    lines = [Line([full("Recommendation", 10, 0), word("act", 100, 0), word("2021", 200, 0)]),
             Line([full("text", 10, 12), word("ends", 100, 12)]),
             Line([word("short.", 10, 24, 20)]),
             Line([word("Next", 10, 36, 20), word("Other", 100, 36, 20), word("2022", 200, 36)]),  # no gap in col 1
             Line([full("wraps", 10, 48)])]
    assert [len(g) for g in lines_to_row_groups(lines, columns, threshold=5.0)] == [3, 2]


def test_a_label_starts_a_row_with_another_column_however_close_under_the_text_above() -> None:
    columns = [10.0, 100.0, 200.0]

    def table(action_end: str) -> list[Line]:  # the first column's lines are all full: no gap, no wrap tells
        return [Line([bold(word("Rec", 10, -20)), bold(word("Action", 100, -20)), bold(word("Date", 200, -20))]),
                Line([full("1. Recommendation", 10, 0), word("act", 100, 0), word("2021", 200, 0)]),
                Line([full("text", 10, 12), full(action_end, 100, 12)]),
                Line([full("2. Next", 10, 24), full("Wraps", 100, 24), word("2022", 200, 24)]),
                Line([full("more", 10, 36), word("on", 100, 36)])]
    assert [len(g) for g in lines_to_row_groups(table("done."), columns, threshold=5.0)] == [1, 2, 2]
    # the action's paragraph runs on across the label's height: a numbered paragraph inside the cell
    assert [len(g) for g in lines_to_row_groups(table("runs"), columns, threshold=5.0)] == [1, 4]


def test_a_row_that_only_continues_one_column_of_the_row_above_joins_it() -> None:
    columns = [10.0, 100.0, 200.0]
    header = [Line([word("Rec", 10, 0), word("Action", 100, 0), word("Update", 200, 0)])]
    row = [Line([word("1. text", 10, 20), word("act", 100, 20), word("ongoing", 200, 20)])]
    update = [Line([word("COMPLETED", 200, 50)])]  # below a gap as tall as the gap between rows
    labelled = [Line([word("2. text", 10, 80), word("act", 100, 80)])]
    theme = [Line([bold(word("Police", 10, 110))])]
    groups = merge_lone_column_rows([header, row, update, labelled, theme], columns)
    assert [[ln.text for ln in g] for g in groups] == [
        ["Rec Action Update"], ["1. text act ongoing", "COMPLETED"], ["2. text act"], ["Police"]]
    assert merge_lone_column_rows([header, update], columns) == [header, update]  # a page's first row
    # lines cut from the table below its header: their first row is a body row, its update goes on
    assert [[ln.text for ln in g] for g in merge_lone_column_rows([row, update], columns)] == [
        ["1. text act ongoing", "COMPLETED"]]


def test_a_bold_line_alone_in_the_first_column_is_a_theme_row() -> None:
    columns = [10.0, 100.0, 200.0]
    theme = [Line([bold(word("2.", 10, 0)), bold(word("Training", 24, 0))])]
    assert [c.text for c in group_to_cells(theme, columns)] == ["2. Training", "", ""]
    assert group_to_cells(theme, columns)[1].span == "left"
    plain = [Line([word("2.", 10, 0), word("Training", 24, 0)])]
    assert group_to_cells(plain, columns)[1].span != "left"


def test_borderless_rows_of_the_dev_plan_keep_paragraph_gaps_inside_their_cells() -> None:
    """LibreOffice's borderless print of a plan whose cells hold several paragraphs: each
    recommendation on pages 1 and 2 is one row, whatever blank paragraphs its cells hold."""
    tables = tables_of(PRODUCERS / "variant_synonyms_and_reordered_columns.lo_portrait.pdf")
    firsts = [[r.cells[0].text.split("\n")[0][:24] for r in t.rows] for t in tables if t.page in (1, 2)]
    assert firsts == [["RECOMMENDATION S", "Safer Warwickshire Partn", "1. Safer Warwickshire Pa"],
                      ["RECOMMENDATION S", "domestic abuse – this is", "2. Safer Warwickshire Pa"]]
    rec_1 = tables[0].rows[2].cells[1].text
    assert "Develop a multi-agency" in rec_1 and "Develop an Aide-Memoir" in rec_1


def test_a_year_closing_a_cells_line_ends_its_sentence_and_a_label_does_not() -> None:
    assert ends_sentence("2025.")  # "delivered in May 2025.": the next row may start beside it
    assert ends_sentence("done.")
    assert not ends_sentence("10.")  # a label or a number, not the end of a sentence
    assert not ends_sentence("3.1.")
    assert not ends_sentence("12025.")
