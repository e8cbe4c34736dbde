"""A centred table's column whose cells touch row after row, cut back into its rows' cells."""
from __future__ import annotations

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centre_splits import cut_points, split_at_centres, split_blocks_at_centres
from dhr_extract.extract.pdf.centred import centred_table_rows
from dhr_extract.extract.pdf.lines import Line, words_to_lines

COLUMNS = [10.0, 40.0, 250.0, 290.0]
LINE, PITCH = 10.0, 11.5  # a line's height, and the spacing of a cell's lines
ROW_PITCH = 3 * PITCH + LINE + 4.3  # four-line cells touching but for the rows' padding
MIDDLES = [100.0 + ROW_PITCH * i for i in range(3)]


def centred(column: int, middle: float, n_lines: int, text: str) -> list[dict]:
    """A cell of ``n_lines`` lines centred on ``middle``."""
    top = middle - (PITCH * (n_lines - 1) + LINE) / 2
    return [{"text": f"{text}{i}", "x0": COLUMNS[column], "x1": COLUMNS[column] + 20, "top": top + PITCH * i,
             "bottom": top + PITCH * i + LINE} for i in range(n_lines)]


def column_block(column: int, n_lines: int, text: str) -> Block:
    """The lines of one column's cells, one per row of ``MIDDLES``, as one block."""
    return Block(column, tuple(Line([w]) for m in MIDDLES for w in centred(column, m, n_lines, text)))


def test_a_block_over_several_rows_is_cut_where_each_piece_centres_on_a_row() -> None:
    block = column_block(1, 4, "r")
    pieces = split_at_centres(block, MIDDLES, 2.0, 1.0)
    assert [len(p.lines) for p in pieces] == [4, 4, 4]  # not one piece: its middle is the middle row's too
    assert [round(p.centre, 1) for p in pieces] == MIDDLES


def test_a_block_is_kept_whole_where_no_cut_centres_its_pieces() -> None:
    lines = tuple(Line(centred(1, 148.8, 9, "s")[i:i + 1]) for i in range(9))  # one cell spanning the rows
    block = Block(1, lines)
    assert split_at_centres(block, MIDDLES, 2.0, 1.0) == [block]
    assert not cut_points(lines, 1.0)  # evenly spaced lines: nowhere to cut
    assert split_at_centres(column_block(1, 4, "r"), MIDDLES[:1], 2.0, 1.0) == [column_block(1, 4, "r")]


def test_rows_of_a_centred_table_whose_tallest_cells_touch() -> None:
    words = [w for i, m in enumerate(MIDDLES) for w in
             centred(0, m, 1, f"n{i}") + centred(1, m, 4, f"r{i}") + centred(2, m, 1, f"a{i}")
             + centred(3, m, 2, f"d{i}")]
    rows = centred_table_rows(words_to_lines(words), COLUMNS, cut=False)
    assert [sorted({w["text"][:2] for ln in row for w in ln.words}) for row in rows] == \
        [[f"a{i}", f"d{i}", f"n{i}", f"r{i}"] for i in range(3)]


def test_a_short_cell_touching_the_cell_above_starts_with_the_row_the_page_foot_cut() -> None:
    # the last row, cut at the page's foot, starts every cell together at 200 (none centred); its
    # one-line status sits under the row above's progress, only the rows' padding between them
    top = 200.0
    above = [{"text": f"p{i}", "x0": COLUMNS[3], "x1": 280.0, "top": top - 4.3 - LINE - PITCH * (2 - i),
              "bottom": top - 4.3 - PITCH * (2 - i)} for i in range(3)]
    status = {"text": "s", "x0": COLUMNS[3], "x1": 280.0, "top": top, "bottom": top + LINE}
    block = Block(3, tuple(Line([w]) for w in [*above, status]))
    pieces = split_blocks_at_centres([block], [top - 4.3 - LINE - PITCH + LINE / 2], 2.0, 1.0, cut_top=top)
    assert [[ln.text for ln in p.lines] for p in pieces] == [["p0", "p1", "p2"], ["s"]]
    assert split_blocks_at_centres([block], [], 2.0, 1.0, cut_top=top + PITCH) == [block]  # no line starts there
