"""Cells of a borderless, vertically centred table that span several rows (an HTML ``rowspan``
printed by LibreOffice): each goes to the first of the rows it is centred across."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centred import blocks_to_rows
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.spans import ANY_COLUMN, is_free, juts_out, place_block, rows_around, span_key
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"
TOL, SPAN_TOL = 2.0, 8.0  # points: centres of one row's cells; of a cell across several rows


def block(column: int, top: float, bottom: float) -> Block:
    return Block(column, (Line([{"text": "w", "x0": 10.0 + 100 * column, "x1": 30.0 + 100 * column,
                                 "top": top, "bottom": bottom}]),))


def columns_per_row(rows: list[list[Block]]) -> list[list[int]]:
    return [sorted(b.column for b in row) for row in rows]


# Two action rows (columns 2 and 3) with a white band between them, 100-150 and 160-200; their
# middle is 150.  A recommendation's text (column 1) spans both; its number (column 0) is centred
# 5 points low (a bare cell beside cells whose paragraph spacing lifts their text), in the band.
ROW_A = [block(2, 100, 150), block(3, 110, 140)]
ROW_B = [block(2, 160, 200), block(3, 170, 190)]
TEXT = block(1, 125, 175)
NUMBER = block(0, 151, 159)


def test_a_number_centred_in_the_white_band_between_two_rows_goes_to_the_first() -> None:
    rows = blocks_to_rows(ROW_A + ROW_B + [TEXT, NUMBER], 100, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[0, 1, 2, 3], [2, 3]]
    # with only the strict tolerance it is no row's: a row of its own, as before
    alone = blocks_to_rows(ROW_A + ROW_B + [TEXT, NUMBER], 100, TOL, cut=False)
    assert columns_per_row(alone) == [[1, 2, 3], [0], [2, 3]]


def test_a_theme_row_between_two_rows_stays_a_row_of_its_own() -> None:
    theme = block(0, 150, 160)  # exactly in the middle, but nothing beside it spans the rows
    rows = blocks_to_rows(ROW_A + ROW_B + [theme], 100, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[2, 3], [0], [2, 3]]


def test_rows_around_a_block_need_it_centred_free_rows_and_a_cell_beside_it() -> None:
    rows, bounds = [ROW_A, ROW_B], [(100.0, 150.0), (160.0, 200.0)]
    free = [frozenset(), frozenset()]
    assert rows_around(NUMBER, rows, bounds, free, SPAN_TOL, [TEXT]) == [0, 1]
    assert rows_around(NUMBER, rows, bounds, free, TOL, [TEXT]) == []  # 5 points off the middle
    assert rows_around(NUMBER, rows, bounds, free, SPAN_TOL, []) == []  # nothing beside it
    assert rows_around(NUMBER, rows, bounds, [frozenset({0}), frozenset()], SPAN_TOL, [TEXT]) == []  # row A is spanned
    assert rows_around(block(0, 80, 90), rows, bounds, free, SPAN_TOL, [TEXT]) == []  # no row above it


def test_a_row_of_one_block_of_its_own_is_spanned_by_no_other_cell() -> None:
    assert is_free(1, ROW_A, frozenset())
    assert not is_free(2, ROW_A, frozenset())  # text of that column in it
    assert not is_free(1, ROW_A, frozenset({1}))  # another cell of the column spans it
    assert not is_free(1, [block(0, 80, 90)], frozenset({ANY_COLUMN}))  # a theme row


def test_a_text_spanning_rows_skips_the_theme_row_above_them() -> None:
    # theme row 70-80 (placed first, of its own); the text's rows 100-150 and 160-200 are centred on
    # 150, but the theme row to 200 on 135, within the loose tolerance of the text's middle (143)
    theme = block(0, 70, 80)
    text = block(1, 118, 168)
    rows = blocks_to_rows(ROW_A + ROW_B + [theme, text], 70, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[0], [1, 2, 3], [2, 3]]


def test_a_cell_jutting_out_of_the_one_row_it_overlaps_spans_the_rows_it_centres_on() -> None:
    rows = [[block(2, 100, 140)], [block(2, 160, 200)], [block(2, 220, 260)]]
    bounds = [(100.0, 140.0), (160.0, 200.0), (220.0, 260.0)]
    text = block(1, 150, 210)  # overlaps the middle row only, centred across all three (180 against 180)
    assert juts_out(text, bounds[1], TOL) and not juts_out(block(1, 165, 195), bounds[1], TOL)
    placed, _, claimed = place_block(text, rows, bounds, [frozenset()] * 3, 100, TOL, False, SPAN_TOL, [text])
    assert columns_per_row(placed) == [[1, 2], [2], [2]] and claimed == [frozenset({1})] * 3


def test_several_rows_may_centre_a_cell_more_loosely_than_one() -> None:
    cell = block(0, 145, 155)  # its middle 150
    assert span_key(cell, (100, 200), 0, 1, False, TOL, SPAN_TOL)[:2] == (0, -1)  # centred: the widest first
    assert span_key(cell, (100, 206), 0, 1, False, TOL, SPAN_TOL)[:2] == (1, 3.0)  # 3 points off, two rows
    assert span_key(cell, (100, 206), 0, 0, False, TOL, SPAN_TOL)[0] == 3  # one row: only within TOL
    assert span_key(cell, (100, 220), 0, 1, False, TOL, SPAN_TOL)[0] == 3  # 10 points off: not centred
    assert span_key(cell, (145, 206), 1, 1, True, TOL, SPAN_TOL)[0] == 2  # a cut row's cell at its top
    assert span_key(cell, (100, 206), 0, 1, True, TOL, SPAN_TOL)[0] == 1  # but centring across rows tells more


def test_of_rows_roughly_centred_on_a_cell_the_nearest_span_wins_not_the_widest() -> None:
    bounds = [(100.0, 120.0), (140.0, 170.0), (180.0, 210.0), (220.0, 280.0), (300.0, 310.0)]
    rows = [[block(1, top, bottom)] for top, bottom in bounds]
    label = block(0, 169, 189)  # middle 179: rows 1-2 (middle 175) 4 off, rows 0-3 (middle 190) 11 off
    placed, _, claimed = place_block(label, rows, bounds, [frozenset()] * 5, 100, TOL, False, 12.0, [])
    assert [0 in {b.column for b in row} for row in placed] == [False, True, False, False, False]
    assert [0 in c for c in claimed] == [False, True, True, False, False]


def expected_rows(truth: dict) -> list[list[str]]:
    """The plan's table as its HTML has it: a theme row over its recommendations, whose number and
    text are in the first of their action rows."""
    rows, theme = [truth["columns"]], ""
    for rec in truth["recommendations"]:
        if rec["owner"] != theme:
            theme = rec["owner"]
            rows.append([theme])
        actions = [a for a in truth["actions"] if a["rec"] == rec["number"]]
        for i, a in enumerate(actions):
            rows.append([rec["number"] if i == 0 else "", rec["text"] if i == 0 else "",
                         a["action"], a["agency"], a["target"], a["progress"]])
    return rows


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_an_html_plan_printed_with_centred_rowspan_cells_reads_row_for_row(orientation: str) -> None:
    path = FIXTURES / f"centred_rowspan_cells.{orientation}.pdf"
    doc = read_pdf_file(path)
    truth = json.loads((FIXTURES / "centred_rowspan_cells.truth.json").read_text(encoding="utf-8"))
    read = [[" ".join(c.text.split()) for c in row.cells] for table in doc.tables for row in table.rows]
    # a theme row is one line across the table: compare its text, whatever columns its words fell in
    assert [[" ".join(c for c in row if c)] if len([c for c in row if c]) <= 2 and not row[2] else row
            for row in read] == expected_rows(truth)


def test_a_number_under_the_rest_of_a_cut_row_spans_no_row_with_it() -> None:
    # The page's top holds the rest of a row the page break cut (one column's text, 70-80); the next
    # row (100-135) holds a recommendation and its number, centred a little low in it.  The number
    # is centred across the cut rest and the next two rows by chance: it still goes with its own row.
    rest = [block(3, 70, 80)]
    own = [block(1, 100, 133), block(2, 106, 128), block(3, 100, 133)]
    below = [block(2, 150, 175), block(3, 150, 175)]
    number = block(0, 119, 129)
    rows = blocks_to_rows(rest + own + below + [number], 70, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[3], [0, 1, 2, 3], [2, 3]]


def test_a_merged_cell_centred_on_the_middle_of_three_rows_its_column_leaves_empty_spans_them_all() -> None:
    # Five action rows (columns 3 and 4), a row serial (column 0) in each.  Recommendation 1's number and
    # text (columns 1, 2) are centred on row 1 alone (a cell of its own: row 2 is recommendation 2's).
    # Recommendation 2's sit on row 3, the middle of rows 2-4, which their columns leave empty: they span
    # those three rows and go to row 2.  Recommendation 3's, across rows 5-6, show the columns span rows.
    tops = [100, 130, 160, 190, 220, 250]
    actions = [block(c, t, t + 20) for t in tops for c in (3, 4)]
    serials = [block(0, t + 5, t + 15) for t in tops]
    merged = [block(1, 105, 115), block(2, 100, 120), block(1, 165, 175), block(2, 160, 180),
              block(1, 240, 250), block(2, 225, 265)]
    rows = blocks_to_rows(actions + serials + merged, 100, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[0, 1, 2, 3, 4], [0, 1, 2, 3, 4], [0, 3, 4], [0, 3, 4], [0, 1, 2, 3, 4],
                                     [0, 3, 4]]
    assert columns_per_row(blocks_to_rows(actions + serials + merged[:4], 100, TOL, cut=False, span_tol=SPAN_TOL)) \
        == [[0, 1, 2, 3, 4], [0, 3, 4], [0, 1, 2, 3, 4], [0, 3, 4], [0, 3, 4], [0, 3, 4]]  # no column spans rows


def test_a_cell_on_one_row_beside_a_merged_cell_above_reaching_past_it_stays_in_its_row() -> None:
    # Recommendation 1's text spans rows 1-2; recommendation 2's number and text sit on row 3 alone, the
    # number centred across rows 2-4 by chance: it goes with its text, not over recommendation 1's row.
    tops = [100, 130, 160, 190]
    actions = [block(c, t, t + 20) for t in tops for c in (3, 4)]
    merged = [block(1, 110, 120), block(2, 108, 142), block(1, 165, 175), block(2, 160, 180)]
    rows = blocks_to_rows(actions + merged, 100, TOL, cut=False, span_tol=SPAN_TOL)
    assert columns_per_row(rows) == [[1, 2, 3, 4], [3, 4], [1, 2, 3, 4], [3, 4]]
