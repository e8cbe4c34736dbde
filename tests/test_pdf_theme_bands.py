"""A coloured ALL-CAPS theme band across a table ruled only between its rows: one section row
whatever column slots its words fall into on a narrow page, ruled off from the rows below or not;
the band's text set a hair above its rule still carries the table's rules on.  And the rest of a
row cut by the page break under a repeated header, and two cells' text set flush by a browser,
each read as the layout draws them."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bands import is_section_band
from dhr_extract.extract.pdf.columns import cell_text_start, word_at_flush_starts
from dhr_extract.extract.pdf.page import PageContent, Shade
from dhr_extract.extract.pdf.ruled import Grid, with_section_rows
from dhr_extract.extract.pdf.table_bounds import last_rule_below
from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.plan_tables import find_plan_tables
from dhr_extract.normalise.rows import document_to_rows
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"
HELDOUT = FIXTURES / "heldout"
COLUMNS = (50.0, 70.0, 160.0, 230.0, 280.0, 315.0, 533.0)  # a narrow portrait table's column lines
BAND = (50.0, 129.0, 533.0, 141.0)  # a theme band's row between two rules


def word(text: str, x0: float, top: float, font: str = "Serif-Bold", width: float | None = None) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + (width or 6.0 * len(text)), "top": top, "bottom": top + 10.0,
            "fontname": font}


def band_words(top: float = 129.0) -> list[dict]:
    """An ALL-CAPS theme in one run of words, across the first three column lines."""
    return [word("INFORMATION", 56.0, top), word("SHARING", 125.0, top)]


def test_a_theme_on_one_shaded_box_across_the_table_is_a_section_band() -> None:
    shade = [Shade(50.0, 129.0, 533.0, 141.0, "#385623")]
    assert is_section_band(BAND, shade, [], band_words())
    assert not is_section_band(BAND, [], [], band_words())  # no shading: the words' slots decide
    assert not is_section_band(BAND, shade, [make_edge(160.0, 120.0, 160.0, 150.0)], band_words())  # a column rule
    assert is_section_band(BAND, shade, [make_edge(50.0, 120.0, 50.0, 150.0)], band_words())  # the table's own side
    two_fonts = [word("INFORMATION", 56.0, 129.0), word("SHARING", 125.0, 129.0, "Serif")]
    assert not is_section_band(BAND, shade, [], two_fonts)


def test_a_shaded_row_of_cells_or_a_shaded_table_is_no_section_band() -> None:
    shade = [Shade(50.0, 129.0, 533.0, 141.0, "#e2efd9")]
    header = [word("No.", 56.0, 129.0), word("Recommendation", 75.0, 129.0), word("Action", 165.0, 129.0)]
    assert not is_section_band(BAND, shade, [], header)  # runs of words apart: cells side by side
    background = [Shade(50.0, 90.0, 533.0, 700.0, "#f2f2f2")]  # the whole table shaded
    assert not is_section_band(BAND, background, [], band_words())
    narrow = [Shade(50.0, 129.0, 200.0, 141.0, "#385623")]  # one cell shaded
    assert not is_section_band(BAND, narrow, [], band_words())


def full_row(top: float, bottom: float) -> tuple:
    return tuple((a, top, b, bottom) for a, b in zip(COLUMNS, COLUMNS[1:]))


def test_a_section_band_of_a_restored_grid_becomes_one_cell_across_it() -> None:
    rows = (full_row(93.0, 129.0), full_row(129.0, 141.0), full_row(141.0, 212.0))
    page = PageContent(1, 595.0, 842.0, band_words() + [word("1", 56.0, 142.0, "Serif")], [],
                       [Shade(50.0, 129.0, 533.0, 141.0, "#385623")])
    merged = with_section_rows(Grid(rows, restored=True), page)
    assert merged.rows[1] == ((50.0, 129.0, 533.0, 141.0), None, None, None, None, None)
    assert merged.rows[0] == rows[0] and merged.rows[2] == rows[2]
    assert with_section_rows(Grid(rows), page).rows == rows  # a grid drawn with all its rules is as drawn


def test_a_section_band_no_rule_parts_from_the_row_below_is_cut_out_of_it() -> None:
    rows = (full_row(93.0, 129.0), full_row(129.0, 212.0))  # no rule under the band at 141
    page = PageContent(1, 595.0, 842.0, band_words() + [word("1", 56.0, 142.0, "Serif")], [],
                       [Shade(50.0, 129.0, 533.0, 141.0, "#385623")])
    merged = with_section_rows(Grid(rows, restored=True), page)
    assert merged.rows[1:] == (((50.0, 129.0, 533.0, 141.0), None, None, None, None, None), full_row(141.0, 212.0))


def test_a_band_whose_text_rises_above_its_rule_carries_the_rules_on() -> None:
    rules = [make_edge(50.0, y, 533.0, y) for y in (93.0, 129.0, 390.5, 402.8, 535.0)]
    words = [word("2", 56.0, 300.0, "Serif"), word("PRACTICE", 56.0, 390.3), word("3", 56.0, 403.0, "Serif")]
    page = PageContent(1, 595.0, 842.0, words, rules, [Shade(50.0, 390.5, 533.0, 402.8, "#7030a0")])
    assert last_rule_below((50.0, 93.0, 533.0, 390.5), page) == 535.0


def section_rows(path: Path) -> list[str]:
    table = read_pdf_file(path).tables[0]
    return [row.cells[0].text for row in table.rows if all(c.span == "left" for c in row.cells[1:])]


def test_the_portrait_theme_bands_are_section_rows() -> None:
    assert section_rows(HELDOUT / "theme_caps_wide_progress.lo_portrait.pdf") == [
        "INFORMATION SHARING", "PRACTICE AND TRAINING", "GOVERNANCE"]
    table = read_pdf_file(HELDOUT / "theme_caps_wide_progress.lo_portrait.pdf").tables[0]
    assert [row.cells[0].text for row in table.rows if row.cells[0].text.isdigit()] == ["1", "2", "3", "4", "5"]
    for form in ("row_rules", "group_rules"):  # a rule under the band, or none
        assert section_rows(FIXTURES / f"theme_band_across_narrow_columns.{form}.pdf") == [
            "Theme 1: Policing and response", "Theme 2: Health"]


def flush_word() -> dict:
    """"safeguarding" ending a hair short of where the next column's "practice" starts (a browser)."""
    chars = [(100.0 + 3.0 * k, 103.0 + 3.0 * k, ch) for k, ch in enumerate("safeguarding")]
    chars += [(136.04 + 3.0 * k, 139.04 + 3.0 * k, ch) for k, ch in enumerate("practice")]
    return {"text": "safeguardingpractice", "x0": 100.0, "x1": chars[-1][1], "top": 0.0, "bottom": 7.0,
            "chars": tuple(chars)}


def test_a_word_set_flush_against_the_next_columns_text_start_is_cut_there() -> None:
    pieces = word_at_flush_starts(flush_word(), [136.04])
    assert [(w["text"], w["x0"]) for w in pieces] == [("safeguarding", 100.0), ("practice", 136.04)]
    assert [w["text"] for w in word_at_flush_starts(flush_word(), [136.5])] == ["safeguardingpractice"]


def test_a_columns_text_start_is_where_its_lines_begin() -> None:
    lines = [word("Move", 136.04, 0.0), word("Amend", 136.04, 20.0), word("practice", 138.0, 40.0)]
    assert cell_text_start(lines, 135.9) == 136.04
    assert cell_text_start(lines[:1], 135.9) is None  # one line is no column's start


def raw(rows: list[list[str]], index: int, page: int) -> RawTable:
    return RawTable(tuple(Row(tuple(Cell(t) for t in texts), i, page) for i, texts in enumerate(rows)), index, page,
                    strategy="borderless")


def test_the_rest_of_a_cut_row_under_a_repeated_header_is_no_second_header_row() -> None:
    header = ["No.", "Recommendation", "Action", "Agency", "By", "Progress update"]
    first = raw([header, ["1", "The CSP to receive a report every six", "Close the plan", "CSP", "31/03/2026",
                          "Not started."]], 0, 1)
    rest = raw([header, ["", "until every action is complete.", "when every action is complete.", "", "", ""]], 1, 2)
    headers = [h for _, h in find_plan_tables([first, rest])]
    assert [h.n_rows for h in headers] == [1, 1]
    rows = document_to_rows(RawDocument("plan.pdf", "0", "pdf", 2, [], [first, rest]))
    assert [r.cells[1] for r in rows] == ["The CSP to receive a report every six until every action is complete."]
