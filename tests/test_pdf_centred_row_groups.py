"""Rows beside the merged cells of a centred row group (an HTML ``rowspan`` or a DOCX vertical merge
printed by LibreOffice, text centred vertically): a merged cell's text sits in the middle of the
rows it spans, so the rows are told from the other columns and the merged text goes to the first.

The tables here are laid out as LibreOffice lays them: every row as tall as its tallest own cell
plus padding, the rows touching, each cell centred in its row (a merged cell in its rows together).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from dhr_extract.api import extract_document

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centred import (blocks_to_rows, centred_across_rows, centred_table_rows, lines_to_blocks,
                                             row_centres)
from dhr_extract.extract.pdf.centring import rows_touch
from dhr_extract.extract.pdf.lines import Line, words_to_lines
from dhr_extract.extract.pdf.narrow_labels import joined_label_pieces

from tests.helpers import typeset_line

FIXTURES = Path(__file__).parent / "fixtures"

# number | recommendation | single/multi | action | lead | deadline | progress
COLUMNS = [10.0, 40.0, 150.0, 200.0, 300.0, 360.0, 420.0]
LINE, PITCH, PAD = 10.0, 11.5, 2.15  # a line's height, a cell's line spacing, a row's padding above and below


@dataclass(frozen=True)
class Cell:
    column: int
    texts: tuple[str, ...]  # one word per line


@dataclass(frozen=True)
class Merged:
    first: int  # the rows the cell spans, first to last
    last: int
    cell: Cell


def cell(column: int, *texts: str) -> Cell:
    return Cell(column, texts)


def height(c: Cell) -> float:
    return PITCH * (len(c.texts) - 1) + LINE


def words_of(c: Cell, middle: float) -> list[dict]:
    top = middle - height(c) / 2
    x = COLUMNS[c.column]
    return [{"text": t, "x0": x, "x1": x + 20.0, "top": top + PITCH * i, "bottom": top + PITCH * i + LINE}
            for i, t in enumerate(c.texts)]


def lay_out(rows: list[list[Cell]], merged: list[Merged], top: float = 100.0) -> list[Line]:
    """The lines of a centred table: each row as tall as its tallest own cell and padding, rows
    touching; a row's cells centred in it, a merged cell centred in its rows together."""
    bounds = []
    for row in rows:
        bottom = top + max(height(c) for c in row) + 2 * PAD
        bounds.append((top, bottom))
        top = bottom
    words = [w for (a, b), row in zip(bounds, rows) for c in row for w in words_of(c, (a + b) / 2)]
    words += [w for m in merged for w in words_of(m.cell, (bounds[m.first][0] + bounds[m.last][1]) / 2)]
    return words_to_lines(words)


def read(lines: list[Line]) -> list[dict[int, str]]:
    """Each row's text, column by column."""
    out = []
    for row in centred_table_rows(lines, COLUMNS, cut=False):
        texts: dict[int, list[str]] = {}
        for ln in row:
            for w in ln.words:
                column = max(i for i, x in enumerate(COLUMNS) if w["x0"] >= x - 1)
                texts.setdefault(column, []).append(w["text"])
        out.append({c: " ".join(t) for c, t in sorted(texts.items())})
    return out


# Recommendation 16: one row.  Recommendation 17: three agencies, one action each; its number, text
# and kind are merged cells centred across the three.  Its third action sits beside no merged text
# of its own and touches recommendation 18's row (one row) as the first two progress cells touch.
ROWS = [
    [cell(0, "Rec", "16"), cell(1, "t16a", "t16b", "t16c"), cell(2, "Single"), cell(3, "a16a", "a16b"),
     cell(4, "l16"), cell(5, "d16"), cell(6, "p16a", "p16b", "p16c")],
    [cell(3, "a17a", "a17b"), cell(4, "l17a"), cell(5, "d17a"), cell(6, "p17a", "p17b", "p17c", "p17d")],
    [cell(3, "a17c", "a17d"), cell(4, "l17b", "l17c"), cell(5, "d17b"),
     cell(6, "p17e", "p17f", "p17g", "p17h", "p17i")],
    [cell(3, "a17e", "a17f"), cell(4, "l17d", "l17e"), cell(5, "d17c"), cell(6, "p17j")],
    [cell(0, "Rec", "18"), cell(1, "t18a", "t18b"), cell(2, "Single"), cell(3, "a18a", "a18b"),
     cell(4, "l18a", "l18b"), cell(5, "d18"), cell(6, "p18a", "p18b")],
]
REC_17 = [Merged(1, 3, cell(0, "Rec", "17")), Merged(1, 3, cell(1, "t17a", "t17b", "t17c")),
          Merged(1, 3, cell(2, "Multi"))]


def test_merged_cells_of_a_row_group_go_to_its_first_row_and_its_last_row_stays_its_own() -> None:
    rows = read(lay_out(ROWS, REC_17))
    assert rows == [
        {0: "Rec 16", 1: "t16a t16b t16c", 2: "Single", 3: "a16a a16b", 4: "l16", 5: "d16", 6: "p16a p16b p16c"},
        {0: "Rec 17", 1: "t17a t17b t17c", 2: "Multi", 3: "a17a a17b", 4: "l17a", 5: "d17a",
         6: "p17a p17b p17c p17d"},
        {3: "a17c a17d", 4: "l17b l17c", 5: "d17b", 6: "p17e p17f p17g p17h p17i"},
        {3: "a17e a17f", 4: "l17d l17e", 5: "d17c", 6: "p17j"},
        {0: "Rec 18", 1: "t18a t18b", 2: "Single", 3: "a18a a18b", 4: "l18a l18b", 5: "d18", 6: "p18a p18b"},
    ]


def test_a_row_group_of_two_rows_reads_the_same_way() -> None:
    rows, merged = ROWS[:2] + ROWS[3:], [Merged(1, 2, m.cell) for m in REC_17]
    assert [sorted(r) for r in read(lay_out(rows, merged))] == [
        [0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6], [3, 4, 5, 6], [0, 1, 2, 3, 4, 5, 6]]


def test_a_label_wrapped_in_a_narrow_column_is_one_block() -> None:
    lines = [Line([w]) for w in words_of(cell(0, "Rec", "17"), 150.0) + words_of(cell(0, "Rec", "18"), 175.0)]
    blocks = lines_to_blocks(lines, 0, 5.0, COLUMNS)
    assert [[ln.text for ln in b.lines] for b in blocks] == [["Rec", "17"], ["Rec", "18"]]
    numbers = [Line([w]) for w in words_of(cell(0, "3.", "4."), 150.0)]  # two labels, one under the other
    assert [[ln.text for ln in b.lines] for b in lines_to_blocks(numbers, 0, 5.0, COLUMNS)] == [["3."], ["4."]]


def test_a_reference_broken_over_lines_in_a_narrow_column_stays_one_merged_cell() -> None:
    # "DHR 2023/04 R1" broken in the narrow first column: "2023" and "R1" each read as a label
    # alone, but the recommendation beside runs on across every line, so the four are one cell
    reference = cell(0, "DHR", "2023", "/04", "R1")
    rows = [ROWS[1], ROWS[2], [cell(0, "DHR", "2023", "/04", "R2")] + ROWS[4][1:]]
    merged = [Merged(0, 1, reference), Merged(0, 1, cell(1, "t17a", "t17b", "t17c", "t17d"))]
    assert read(lay_out(rows, merged)) == [
        {0: "DHR 2023 /04 R1", 1: "t17a t17b t17c t17d", 3: "a17a a17b", 4: "l17a", 5: "d17a",
         6: "p17a p17b p17c p17d"},
        {3: "a17c a17d", 4: "l17b l17c", 5: "d17b", 6: "p17e p17f p17g p17h p17i"},
        {0: "DHR 2023 /04 R2", 1: "t18a t18b", 2: "Single", 3: "a18a a18b", 4: "l18a l18b", 5: "d18",
         6: "p18a p18b"},
    ]


def test_pieces_of_a_label_are_one_block_where_a_wider_cell_beside_them_is_one() -> None:
    lines = [typeset_line(100.0 + 11.5 * i, (10.0, text)) for i, text in enumerate(("DHR", "2023", "/04", "R1"))]
    pieces = lines_to_blocks(lines, 0, 5.0, COLUMNS)  # "2023" and "R1" each open a label
    assert [[ln.text for ln in b.lines] for b in pieces] == [["DHR"], ["2023", "/04"], ["R1"]]

    def texts(beside: list[Block], right: float = 40.0) -> list[list[str]]:
        return [[ln.text for ln in b.lines] for b in joined_label_pieces(pieces, beside, 5.0, 8.0, right)]

    def cell_beside(top: float, n: int) -> Block:
        return Block(1, tuple(typeset_line(top + 11.5 * i, (40.0, "text")) for i in range(n)))

    assert texts([cell_beside(105.75, 2)]) == [["DHR", "2023", "/04", "R1"]]  # centred on a shorter cell
    assert texts([cell_beside(97.0, 4)]) == [["DHR", "2023", "/04", "R1"]]  # a little off its middle
    assert texts([cell_beside(100.0, 3), cell_beside(134.5, 1)]) == [["DHR"], ["2023", "/04"], ["R1"]]  # two cells
    assert texts([cell_beside(140.0, 6)]) == [["DHR"], ["2023", "/04"], ["R1"]]  # not centred on it
    assert texts([]) == [["DHR"], ["2023", "/04"], ["R1"]]
    assert texts([cell_beside(105.75, 2)], right=28.0) == [["DHR"], ["2023", "/04"], ["R1"]]  # runs past the column


def test_a_row_beside_touching_cells_is_found_from_their_pieces() -> None:
    # a row with its own text in two columns only (deadline, progress), beside two columns whose
    # cells touch those of the next row: their pieces between the rows' padding centre with it
    def column_block(column: int, *middles_and_lines: tuple[float, int]) -> Block:
        words = [w for m, n in middles_and_lines for w in words_of(Cell(column, tuple("w" * n)), m)]
        return Block(column, tuple(Line([w]) for w in words))
    touching = [column_block(c, (100.0, 2), (100.0 + 2 * PAD + PITCH + LINE, 1)) for c in (3, 4)]
    beside = [column_block(c, (100.0, 1)) for c in (5, 6)]
    assert [round(c, 1) for c in row_centres(beside + touching)] == [100.0]
    assert row_centres(beside + touching[:1]) == [100.0]
    assert row_centres(beside) == []  # two cells alone are no sure row


def test_cells_centred_across_rows_beside_them_are_no_row_of_their_own() -> None:
    def row(top: float, bottom: float) -> list[Block]:
        return [Block(3, (Line([{"text": "w", "x0": 200.0, "x1": 220.0, "top": top, "bottom": bottom}]),))]
    rows = [row(100, 140), row(145, 195), row(200, 220)]  # middle of the three: 160
    merged = [Block(c, (Line([{"text": "w", "x0": COLUMNS[c], "x1": COLUMNS[c] + 20, "top": 150.0,
                               "bottom": 170.0}]),)) for c in (1, 2)]
    assert centred_across_rows(merged, rows, 2.0)
    assert not centred_across_rows(merged, rows[:2], 2.0)  # centred on no run of rows
    centred_on_own = [Block(c, (Line([{"text": "w", "x0": COLUMNS[c], "x1": COLUMNS[c] + 20, "top": 160.0,
                                       "bottom": 180.0}]),)) for c in (1, 2)]
    assert not centred_across_rows(centred_on_own, [row(100, 150), row(160, 180), row(190, 240)], 2.0)


def test_the_rest_of_a_cut_row_set_close_above_the_next_row_is_a_row_of_its_own() -> None:
    # the top of a page: what a page break left of a row (text in two columns, centred in what is
    # left of it), then the next row, only the rows' padding apart: no white band parts them
    rest = [cell(1, "r1", "r2"), cell(6, "q1", "q2", "q3", "q4", "q5")]
    row = [cell(0, "Rec", "19"), cell(1, "t19a", "t19b", "t19c"), cell(2, "Single"), cell(3, "a19a", "a19b"),
           cell(4, "l19"), cell(5, "d19"), cell(6, "p19")]
    lines = lay_out([rest, row], [])
    bands = [lines]  # one band: the gap between the two rows is narrower than a row gap
    assert rows_touch(bands, COLUMNS)
    assert read(lines) == [{1: "r1 r2", 6: "q1 q2 q3 q4 q5"},
                           {0: "Rec 19", 1: "t19a t19b t19c", 2: "Single", 3: "a19a a19b", 4: "l19", 5: "d19",
                            6: "p19"}]
    # a paragraph of one tall cell alone above the others, in a column they leave empty, is no other row
    row_without_progress = row[:-1]
    assert not rows_touch([lay_out([[cell(6, "q1", "q2", "q3")], row_without_progress], [])], COLUMNS)


def test_the_rest_of_a_cut_row_in_one_column_above_a_cell_of_the_next_row_is_a_row_of_its_own() -> None:
    # the top of a page: the rest of a cut row's progress (one column), then the next row with a
    # progress of its own: a centred cell is one block on its row's centre, so the text above it in
    # its column is another row's
    rest = [cell(6, "q1", "q2", "q3", "q4")]
    row = [cell(2, "a1", "a2"), cell(3, "l1"), cell(4, "d1"), cell(6, "s1")]
    lines = lay_out([rest, row], [])
    assert rows_touch([lines], COLUMNS)
    assert read(lines) == [{6: "q1 q2 q3 q4"}, {2: "a1 a2", 3: "l1", 4: "d1", 6: "s1"}]


def plan_rows(recs: list[tuple[str, str]],
              actions: list[tuple[str, str, str, str]]) -> list[tuple[str, str, list]]:
    """Each recommendation's number and scope with its actions' text, agency and target, in order;
    the text compared without white space (a word that fills a narrow column before a word in
    lower case, "safeguarding" / "contact.", looks to the page as one broken mid-word)."""
    return [(number, scope, [("".join(text.split()), agency, target)
                             for rec, text, agency, target in actions if rec == number]) for number, scope in recs]


@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_an_html_plan_with_merged_number_text_and_scope_cells_reads_row_for_row(orientation: str) -> None:
    # printed by LibreOffice: number, text and scope cells span each recommendation's action rows,
    # centred in them (or started at their top where a page break splits the group)
    data = extract_document(FIXTURES / f"rows_beside_merged_cells.{orientation}.pdf")
    truth = json.loads((FIXTURES / "rows_beside_merged_cells.truth.json").read_text(encoding="utf-8"))
    read = plan_rows([(r.rec_number, r.scope) for r in data.recommendations],
                     [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions])
    assert read == plan_rows([(r["number"], r["scope"]) for r in truth["recommendations"]],
                             [(a["rec"], a["action"], a["agency"], a["target"]) for a in truth["actions"]])


def block_at(column: int, top: float, bottom: float) -> Block:
    return Block(column, (Line([{"text": "w", "x0": COLUMNS[column], "x1": COLUMNS[column] + 20.0,
                                 "top": top, "bottom": bottom}]),))


def test_a_one_line_merged_cell_centred_with_another_spans_its_rows_too() -> None:
    # three action rows of different heights (columns 3 and 4), 100-200 together; the text (column
    # 1) spans them, its middle 3 points low, and so does the scope (column 2), one line centred
    # with the text, which lies in the middle row only and is centred across the three no better
    rows = [(100.0, 140.0), (145.0, 171.0), (176.0, 200.0)]
    actions = [block for top, bottom in rows
               for block in (block_at(3, top, bottom), block_at(4, (top + bottom) / 2 - 5, (top + bottom) / 2 + 5))]
    text, scope = block_at(1, 120, 186), block_at(2, 148, 158)
    placed = blocks_to_rows(actions + [text, scope], 100.0, 2.0, cut=False, max_gap=20.0, span_tol=10.0)
    assert [sorted(b.column for b in row) for row in placed] == [[1, 2, 3, 4], [3, 4], [3, 4]]


def test_a_row_group_split_at_the_foot_keeps_its_rows_apart() -> None:
    # the page break splits a row group: its merged number and text start at the group's top,
    # beside its first row (centred: the short cell sits in its middle) and the cut row under it
    first = [block_at(3, 100, 130), block_at(4, 110, 120)]
    cut_rest = [block_at(3, 140, 150), block_at(4, 140, 150)]
    merged = [block_at(0, 100, 121.5), block_at(1, 100, 158)]
    rows = blocks_to_rows(first + cut_rest + merged, 100.0, 2.0, cut=True)
    assert [sorted(b.column for b in row) for row in rows] == [[0, 1, 3, 4], [3, 4]]
    # a row the page break cut starts every cell at its top: the pieces under it are its own
    cut_row = [block_at(3, 100, 130), block_at(4, 100, 112)]
    pieces = [block_at(3, 140, 150), block_at(4, 140, 150)]
    rows = blocks_to_rows(cut_row + pieces + [block_at(0, 100, 111.5)], 100.0, 2.0, cut=True)
    assert [sorted(b.column for b in row) for row in rows] == [[0, 3, 3, 4, 4]]


def test_rows_whose_short_cells_touch_row_after_row_are_told_by_a_column_of_cells_one_above_the_other() -> None:
    # two actions of one recommendation (its number and text merged across them), then the next
    # recommendation's row: the two-line deadlines touch from row to row (one block down the column),
    # the progress of the first two too, so every group of cells centred together overlaps another
    rows = [[cell(3, "a1"), cell(4, "l1"), cell(5, "d1", "y1"), cell(6, "p1", "q1")],
            [cell(3, "a2"), cell(4, "l2"), cell(5, "d2", "y2"), cell(6, "p2", "q2")],
            [cell(0, "2"), cell(1, "t2", "u2"), cell(3, "a3", "b3"), cell(4, "l3", "m3"), cell(5, "d3", "y3"),
             cell(6, "p3")]]
    lines = lay_out(rows, [Merged(0, 1, cell(0, "1")), Merged(0, 1, cell(1, "t1", "u1"))])
    assert rows_touch([lines], COLUMNS)  # the number column's "1" and "2" centre with two rows one above the other
    assert read(lines) == [{0: "1", 1: "t1 u1", 3: "a1", 4: "l1", 5: "d1 y1", 6: "p1 q1"},
                           {3: "a2", 4: "l2", 5: "d2 y2", 6: "p2 q2"},
                           {0: "2", 1: "t2 u2", 3: "a3 b3", 4: "l3 m3", 5: "d3 y3", 6: "p3"}]


def test_a_reference_over_two_lines_centred_across_two_touching_rows_is_one_merged_cell() -> None:
    # "See" / "rec 2" in the narrow first column, merged over two rows whose cells touch: "rec 2" reads as
    # a label alone, but each line lies beside another row, the two centred on the rows together
    rows = [
        [cell(0, "See", "rec 1"), cell(3, "a1a", "a1b"), cell(4, "l1"), cell(5, "d1a", "d1b"), cell(6, "p1a", "p1b")],
        [cell(3, "a2a", "a2b"), cell(4, "l2a", "l2b"), cell(5, "d2a", "d2b"), cell(6, "p2a", "p2b")],
        [cell(3, "a3a", "a3b"), cell(4, "l3a", "l3b"), cell(5, "d3a", "d3b"), cell(6, "p3")],
        [cell(0, "See", "rec 3"), cell(3, "a4"), cell(4, "l4a", "l4b"), cell(5, "d4"), cell(6, "p4a", "p4b")],
    ]
    assert read(lay_out(rows, [Merged(1, 2, cell(0, "See", "rec 2"))])) == [
        {0: "See rec 1", 3: "a1a a1b", 4: "l1", 5: "d1a d1b", 6: "p1a p1b"},
        {0: "See rec 2", 3: "a2a a2b", 4: "l2a l2b", 5: "d2a d2b", 6: "p2a p2b"},
        {3: "a3a a3b", 4: "l3a l3b", 5: "d3a d3b", 6: "p3"},
        {0: "See rec 3", 3: "a4", 4: "l4a l4b", 5: "d4", 6: "p4a p4b"},
    ]


def test_label_pieces_centred_across_touching_cells_join_unless_a_piece_centres_on_its_own() -> None:
    def line(top: float, column: int, text: str = "w") -> Line:
        return typeset_line(top, (COLUMNS[column], text))  # 8 points tall

    def texts(beside: list[Block]) -> list[list[str]]:
        pieces = [Block(0, (line(113.0, 0, "See"),)), Block(0, (line(124.5, 0, "rec 2"),))]
        return [[ln.text for ln in b.lines] for b in joined_label_pieces(pieces, beside, 5.0, 4.0, 40.0)]

    # three rows' cells touching in one block, gaps wider than the lines': 100..119.5, 126..145.5, 152..171.5
    actions = Block(3, tuple(line(t, 3) for t in (100.0, 111.5, 126.0, 137.5, 152.0, 163.5)))
    assert texts([actions]) == [["See", "rec 2"]]  # 113..132.5 centred on the first two, neither piece on one
    assert texts([actions, Block(5, (line(124.5, 5),))]) == [["See"], ["rec 2"]]  # "rec 2" centred on a cell
    assert texts([Block(3, actions.lines[2:])]) == [["See"], ["rec 2"]]  # beside one row only
