"""A table ruled only between its rows: its unshaded first band under a ruled header, and a long
word spilling out of a narrow column inside a band."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.crossing_lines import overflows_its_column, runs_across
from dhr_extract.extract.pdf.table_bounds import first_rule_above
from dhr_extract.extract.pdf.rules import make_edge
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [40.0, 180.0, 350.0, 380.0]  # cell starts; the third column is a narrow Due column


def word(text: str, x0: float, x1: float, top: float = 100.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 7.0, "fontname": "Arial"}


def test_a_long_word_spilling_into_the_next_column_is_no_line_across_the_table() -> None:
    spill = Line([word("records", 42, 70), word("of", 72, 80), word("practices.", 182, 212),
                  word("September", 351, 386), word("Two", 390, 402), word("more", 404, 420)])
    assert overflows_its_column(spill, COLUMNS)
    assert not runs_across(spill, COLUMNS)


def test_a_phrase_running_across_the_columns_still_spans_the_table() -> None:
    theme = Line([word("Theme", 42, 70), word("two:", 72, 90), word("training", 92, 190), word("for", 192, 204)])
    assert not overflows_its_column(theme, COLUMNS)  # one run: a spanning row
    assert runs_across(theme, COLUMNS)
    inside = Line([word("Pilot", 42, 70), word("household", 182, 240), word("linking", 242, 360), word("in", 362, 370)])
    assert not overflows_its_column(inside, COLUMNS)  # the crossing word is inside its run


def band_page(vertical_above: bool, text_across: bool = False) -> PageContent:
    """Rules at 100 (a header's foot), 160 and 200 across the table; rows of text between 100 and 160."""
    rules = [make_edge(40, y, 500, y) for y in (100, 160, 200)]
    if vertical_above:
        rules.append(make_edge(180, 110, 180, 150))
    words = [word("1", 42, 48, 110), word("Police", 182, 210, 110), word("30", 351, 360, 110),
             word("text", 42, 60, 170)]
    if text_across:
        words.append(word("spanning", 170, 200, 130))
    return PageContent(1, 595.0, 842.0, words, rules)


def test_the_band_above_a_restored_table_joins_it_unless_ruled_or_crossed() -> None:
    bbox = (40.0, 160.0, 500.0, 200.0)
    lines = [40.0, 180.0, 350.0, 380.0, 500.0]
    tops = [100.0, 160.0, 200.0]
    assert first_rule_above(bbox, band_page(False), lines, tops) == 100
    assert first_rule_above(bbox, band_page(True), lines, tops) == 160  # a vertical rule: another table's row
    assert first_rule_above(bbox, band_page(False, True), lines, tops) == 160  # text across a column line
    assert first_rule_above(bbox, band_page(False), lines, tops[1:]) == 160  # no rule above


def test_an_unshaded_first_band_under_a_ruled_header_reads_its_two_actions() -> None:
    tables = read_pdf_file(HELDOUT / "banded_two_level_html.chromium.pdf").tables
    body = next(t for t in tables if t.strategy == "partly_ruled")
    cells = [[c.text.split("\n")[0] for c in row.cells] for row in body.rows]
    assert [row[0] for row in cells] == ["1", "", "2", "3", "", "4", "5", ""]
    assert cells[3][4] == "30 September 2025"  # the word spilling out of the Due column stays in its row
