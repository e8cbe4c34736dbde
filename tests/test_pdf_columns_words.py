"""PDF columns and words: a table laid out anew keeps none of the table before's columns, a short
cell below a spanning cell's block stays in its own row, and two cells' text set flush is cut
at the cell's edge and flagged for review."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.borderless import group_to_cells
from dhr_extract.extract.pdf.columns import lines_to_column_starts, word_at_column_starts
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.ruled import Grid, words_cut_at_cell_edges
from dhr_extract.extract.pdf.settings import PdfSettings
from dhr_extract.extract.pdf.spanned_rows import split_spanned_rows
from tests.helpers import read_pdf_file

PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


def word(text: str, x0: float, top: float, width: float | None = None) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + (width or 5.0 * len(text)), "top": top, "bottom": top + 10.0}


def glued(parts: list[tuple[str, float]], top: float = 0.0, advance: float = 3.0) -> dict:
    """One word as the word finder reads it from ``parts`` (text, x0), each part's characters touching."""
    chars = tuple((x0 + advance * k, x0 + advance * (k + 1), ch) for text, x0 in parts for k, ch in enumerate(text))
    return {"text": "".join(t for t, _ in parts), "x0": chars[0][0], "x1": chars[-1][1], "top": top,
            "bottom": top + 10.0, "chars": chars}


def test_a_table_laid_out_anew_keeps_no_empty_column_of_the_table_before() -> None:
    known = (10.0, 150.0, 250.0, 330.0)  # the table before: its "By when" column started at 250
    header = Line([word("Action", 10, 0), word("Lead", 120, 0), word("By", 300, 0), word("Update", 380, 0)])
    lines = [header]
    for i in range(1, 4):  # the lead column's text ends a word space short of 250; a dash follows it
        top = 20.0 * i
        lines.append(Line([word("action", 10, top), word("Agency", 120, top, 60), word("Name", 183, top, 66),
                           word("\u2013", 252, top, 5), word("2021", 300, top), word("done", 380, top)]))
    assert lines_to_column_starts(lines, known=known) == [10, 120, 300, 380]


def test_a_page_keeping_the_table_befores_columns_keeps_an_empty_one() -> None:
    known = (10.0, 120.0, 250.0, 300.0)
    lines = [Line([word("action", 10, 20.0 * i), word("Agency", 120, 20.0 * i), word("2021", 300, 20.0 * i)])
             for i in range(3)]  # nothing in the column at 250 on this page
    assert lines_to_column_starts(lines, known=known) == [10, 120, 250, 300]


def test_a_small_table_of_its_own_sharing_only_the_margin_keeps_none_of_the_plan_s_columns() -> None:
    # a two-column summary ("Status", "Number of actions") under the plan, which ran in seven columns
    known = (58.0, 74.0, 249.0, 323.0, 374.0, 417.0, 507.0)
    lines = [Line([word(status, 58, 20.0 * i), word(count, 100, 20.0 * i)])
             for i, (status, count) in enumerate([("Complete", "3"), ("Started", "3"), ("Waiting", "2"),
                                                   ("Total", "8")])]
    assert lines_to_column_starts(lines, known=known) == [58, 100]


def test_a_short_cell_under_a_cell_cut_by_the_page_break_stays_in_its_own_row() -> None:
    columns = [10.0, 100.0, 200.0, 300.0]
    block = [Line([word("rest", 10, 0), word("end", 200, 0), word("note", 300, 0)]),  # a row cut by the page break
             Line([word("of", 10, 12), word("of", 200, 12), word("more", 300, 12)]),
             Line([word("rec", 10, 24)]),
             Line([word("second", 200, 40), word("update", 300, 40)]),  # the next row, its short cell centred
             Line([word("Agency", 100, 52), word("action", 200, 52), word("text", 300, 52)]),
             Line([word("text", 200, 64), word("ends", 300, 64)])]
    rows = split_spanned_rows(block, columns, threshold=5.0)
    assert [[c.text for c in group_to_cells(r, columns)] for r in rows] == [
        ["rest of rec", "", "end of", "note more"], ["", "Agency", "second action text", "update text ends"]]


def test_a_word_whose_characters_are_set_apart_at_a_column_start_is_two_cells_text() -> None:
    flush = glued([("with", 100.0), ("representatives.", 112.6)])  # 0.6 pt between "h" and "r"
    assert [(w["text"], w["x0"]) for w in word_at_column_starts(flush, [112.6])] == [
        ("with", 100.0), ("representatives.", 112.6)]
    touching = glued([("with", 100.0), ("out", 112.0)])  # a word's letters touch: a column there by chance
    assert [w["text"] for w in word_at_column_starts(touching, [112.0])] == ["without"]
    assert [w["text"] for w in word_at_column_starts(flush, [112.6], PdfSettings(glued_gap=1.0))] == [
        "withrepresentatives."]


def test_a_letter_spaced_word_is_cut_only_where_its_characters_jump_further_apart() -> None:
    spaced = glued([("with", 100.0), ("out", 114.0)], advance=3.5)  # 3 pt letters, 0.5 pt apart
    spaced["chars"] = tuple((x0, x0 + 3.0, ch) for x0, _, ch in spaced["chars"])
    assert [w["text"] for w in word_at_column_starts(spaced, [114.0])] == ["without"]
    jumped = {**spaced, "chars": tuple((x0 + 0.6 * (k >= 4), x1 + 0.6 * (k >= 4), ch)
                                       for k, (x0, x1, ch) in enumerate(spaced["chars"]))}  # "o" 1.1 pt after "h"
    assert [(w["text"], w["x0"]) for w in word_at_column_starts(jumped, [114.6])] == [("with", 100.0), ("out", 114.6)]


def test_a_ruled_cells_text_run_into_the_next_cell_is_cut_at_its_edge() -> None:
    grid = Grid((((0.0, 0.0, 100.0, 20.0), (100.0, 0.0, 200.0, 20.0)),
                 ((0.0, 20.0, 200.0, 40.0), None)))  # the second row: one cell across both columns
    flush = glued([("Agency", 70.0), ("September", 100.3)], top=5.0)
    spanning = glued([("Theme", 70.0), ("Name", 100.3)], top=25.0)  # no cell edge in its row
    words = words_cut_at_cell_edges([flush, spanning], grid)
    assert [(w["text"], w["x0"]) for w in words] == [("Agency", 70.0), ("September", 100.3), ("ThemeName", 70.0)]


def test_two_cells_text_read_as_one_word_is_cut_and_flagged_for_review() -> None:
    path = PRODUCERS / "theme_numbered_borderless.chromium.pdf"
    doc = read_pdf_file(path)
    row = next(r for t in doc.tables for r in t.rows if r.cells[0].text == "3.2")
    assert row.cells[1].text.endswith("in the previous 12 months, not only the most recent contact.")
    assert row.cells[2].text == "Revise the MARAC research template and reissue the guidance to all MARAC " \
                                "representatives."
    assert [(w.code, w.location) for w in doc.warnings] == [("words_split_at_cell_edge", "page 1")]


def test_a_wrapped_line_opening_with_a_number_runs_on_and_a_labelled_one_breaks() -> None:
    from dhr_extract.extract.pdf.lines import lines_to_paragraphs

    full = Line([word("questions", 10, 0, 45), word("to", 58, 0, 10), word("the", 71, 0, 15)])  # to 86: full
    year = Line([word("2022", 10, 12, 20), word("practice", 33, 12, 40)])
    label = Line([word("2.", 10, 12, 10), word("practice", 23, 12, 40)])
    assert lines_to_paragraphs([full, year], None) == ["questions to the 2022 practice"]
    assert lines_to_paragraphs([full, label], None) == ["questions to the", "2. practice"]


def test_a_wrapped_comma_joins_the_line_above_without_a_space() -> None:
    from dhr_extract.extract.pdf.lines import continues_sentence, join_wrapped, lines_to_paragraphs

    full = Line([word("MARAC", 10, 0, 35), word("Coordinator", 48, 0, 60)])  # to 108: full
    comma = Line([word(",", 10, 12, 3), word("Merton", 16, 12, 35), word("Council", 54, 12, 40)])
    assert lines_to_paragraphs([full, comma], None) == ["MARAC Coordinator, Merton Council"]
    assert join_wrapped("as agreed", ").") == "as agreed)."
    assert [continues_sentence(t) for t in (", Merton", ";", ".NET team", "... and", "(a) train")] == [
        True, True, False, False, False]


def test_a_number_alone_on_its_line_inside_a_table_is_no_page_number() -> None:
    from dhr_extract.extract.pdf.furniture import without_page_numbers

    lines = [Line([word("June", 100, 0), word("text", 200, 0)]),
             Line([word("2021", 100, 10)]),  # a date cell's wrapped year, text close above and below
             Line([word("cases.", 10, 20), word("more", 200, 20)]),
             Line([word("3", 300, 80)])]  # the page's number, clear of the text
    assert [ln.text for ln in without_page_numbers(lines)] == ["June text", "2021", "cases. more"]


def test_a_browser_table_with_cells_set_flush_reads_each_cells_own_words() -> None:
    # cells_set_flush.html printed by `chromium --headless --no-pdf-header-footer --print-to-pdf`: cells with
    # 1px padding, the agency and timescale columns as narrow as their longest word, a shaded header
    path = Path(__file__).parent / "fixtures" / "cells_set_flush.chromium.pdf"
    doc = read_pdf_file(path)
    [table] = doc.tables
    assert table.strategy == "partly_ruled"
    assert [[c.text for c in r.cells[2:4]] for r in table.rows] == [
        ["Agency", "Timescale"], ["Northbrook Partnership", "September 2024"],
        ["Westmere Hospital Trust", "December 2024"], ["Northbrook Council", "March 2025"]]
    assert [(w.code, w.location) for w in doc.warnings] == [("words_split_at_cell_edge", "page 1")]


def test_a_column_start_is_found_where_lines_that_fill_the_column_before_touch_it() -> None:
    # a browser's narrow gutters: the lead officer's longest lines run flush into the date beside them
    header = Line([word("Lead", 120, 0), word("Timescale", 200, 0)])
    dated = [Line([word("Head", 120, 20.0 * i), word("31/05/2025", 200, 20.0 * i)]) for i in (1, 2)]
    flush = [Line([word("Designated", 120, top, 62), glued([("Nurse", 185.0), ("31/07/2025", 200.0)], top)])
             for top in (60.0, 80.0)]  # "e" ends where "3" starts: no gap, a letter then a digit
    assert lines_to_column_starts([header, *dated, *flush]) == [120, 200]
    letters = [Line([word("Designated", 120, top, 62), glued([("Safeg", 185.0), ("uarding", 200.0)], top)])
               for top in (60.0, 80.0)]  # a word's letters run on across the start: it holds no column there
    assert lines_to_column_starts([header, *dated, *letters]) == [120]


def test_a_browser_print_with_narrow_gutters_keeps_the_lead_officer_apart_from_the_timescale() -> None:
    # LibreOffice's HTML export of a banded, unruled plan, printed by Chromium: "Designated Nurse31/07/2025"
    path = Path(__file__).parent / "fixtures" / "heldout" / "banded_no_rules.chromium.pdf"
    doc = read_pdf_file(path)
    rows = [[c.text for c in r.cells[3:5]] for r in doc.tables[0].rows]
    assert rows[0] == ["Lead officer", "Timescale"]
    assert rows[4:6] == [["Designated Nurse for Safeguarding Adults, ICB", "31/07/2025"],
                         ["Designated Nurse for Safeguarding Adults, ICB", "31/03/2026"]]
    assert [(w.code, w.location) for w in doc.warnings] == [("words_split_at_cell_edge", "page 1")]


def test_a_word_cut_at_a_column_start_ends_where_the_next_cells_text_starts() -> None:
    # a browser sets a cell's last letter a hair over the next cell's first ("domesticAdd"): the cut
    # piece ends at the column start, so its line runs across no column (no row spanning the table)
    from dhr_extract.extract.pdf.runs import spans_gutter

    kerned = glued([("domestic", 100.0), ("Add", 124.0)])
    kerned["chars"] = tuple((x0, x1 + 0.01 * (ch == "c"), ch) for x0, x1, ch in kerned["chars"])
    pieces = word_at_column_starts(kerned, [124.0])
    assert [(w["text"], w["x0"], w["x1"]) for w in pieces] == [("domestic", 100.0, 124.0), ("Add", 124.0, 133.0)]
    assert not spans_gutter(Line(pieces), [100.0, 124.0])


def justified_lead_rows() -> list[Line]:
    """Action | Lead | Target, unruled, no shading; the cells justified.  The Action text of two rows
    fills its column to 3 points of the Lead column (one run across the gutter with the agency beside
    it), and the Lead cells of the two rows between are justified: "Borough" set flush right at one x."""
    header = Line([word("Action", 40, 0), word("Lead", 150, 0), word("Target", 262, 0)])
    r1 = Line([word("Review", 40, 20), word("of", 100, 20), word("cases", 122, 20),
               word("Brackenholt", 150, 20, 55), word("Police", 208, 20), word("2025-12-31", 262, 20)])
    r4 = Line([word("Brief", 40, 100), word("all", 87, 100), word("hubs", 127, 100),
               word("Brackenholt", 150, 100, 55), word("CSP", 208, 100), word("2025-09-30", 262, 100)])
    justified = [line for top in (40.0, 70.0) for line in (
        Line([word("Monitor", 40, top), word("Brackenholt", 150, top, 55), word("Borough", 220, top),
              word("2026-03-31", 262, top)]),
        Line([word("placements", 40, top + 12, 95), word("Council", 150, top + 12)]))]
    return [header, r1, *justified, r4]


def test_a_justified_gap_that_other_rows_text_runs_across_is_no_gutter() -> None:
    # "Police" and "CSP" run across the x "Borough" starts at: a row laid out in runs (cells side by side,
    # whatever their gutter) is evidence against a start; only a line in one run across the columns
    # (a title, a theme row) is not
    assert lines_to_column_starts(justified_lead_rows()) == [40, 150, 262]


def test_a_justified_agency_column_printed_unruled_keeps_each_agency_in_its_cell() -> None:
    # hyphen_broken_cells_html re-distilled by Ghostscript: the Lead cells justified ("Brackenholt      Borough"
    # on two rows), the Action text filled to a 3-point gutter
    path = Path(__file__).parent / "fixtures" / "heldout" / "hyphen_broken_cells_html.gs.pdf"
    (table,) = read_pdf_file(path).tables
    assert [c.text for c in table.rows[0].cells] == ["No.", "Recommendation", "Action", "Lead", "Target", "Progress"]
    assert [row.cells[3].text for row in table.rows[1:]] == [
        "Brackenholt Police", "Brackenholt Borough Council", "Brackenholt Borough Council",
        "Brackenholt Hospitals Trust", "Brackenholt Hospitals Trust", "Brackenholt Substance Misuse Service",
        "Brackenholt CSP"]
