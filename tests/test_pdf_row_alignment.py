"""Borderless tables whose rows differ in vertical alignment: each block between white bands votes."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import Line, words_to_lines
from dhr_extract.extract.pdf.row_alignment import (Votes, alignment_runs, band_alignment, band_says, band_votes,
                                                   join_lone_paragraphs)
from dhr_extract.extract.pdf.settings import PdfSettings

COLUMNS = [10.0, 110.0, 210.0, 310.0]  # scope, action, evidence, date
LINE = 10.0  # a line's height; lines of a paragraph are 11.5 apart


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + LINE}


def cell(column: int, top: float, n_lines: int, text: str) -> list[dict]:
    return [word(f"{text}{i}", COLUMNS[column], top + 11.5 * i) for i in range(n_lines)]


def centred(column: int, middle: float, n_lines: int, text: str) -> list[dict]:
    return cell(column, middle - (11.5 * (n_lines - 1) + LINE) / 2, n_lines, text)


def top_row(top: float, text: str) -> list[dict]:
    """An agency's row with every cell at its top; the action runs to six lines."""
    return cell(0, top, 1, "local") + cell(1, top, 6, text) + cell(2, top, 2, "ev") + cell(3, top, 1, "may")


def centred_row(top: float, text: str) -> list[dict]:
    """The same row with its short cells centred on the action's middle."""
    middle = top + (11.5 * 5 + LINE) / 2
    return centred(0, middle, 1, "local") + cell(1, top, 6, text) + centred(2, middle, 2, "ev") + \
        centred(3, middle, 1, "may")


def lines(words: list[dict]) -> list[Line]:
    return words_to_lines(words)


def test_a_block_votes_by_where_its_short_cells_sit() -> None:
    assert band_votes(lines(top_row(0, "act")), COLUMNS) == Votes(top_aligned=3, centred=0)
    assert band_votes(lines(centred_row(0, "act")), COLUMNS) == Votes(top_aligned=0, centred=3)


def test_a_block_says_its_alignment_only_when_enough_cells_agree() -> None:
    settings = PdfSettings(band_alignment_cells=2)
    assert band_alignment(Votes(top_aligned=0, centred=2), settings) is True
    assert band_alignment(Votes(top_aligned=3, centred=0), settings) is False
    assert band_alignment(Votes(top_aligned=1, centred=3), settings) is None  # cells disagree
    assert band_alignment(Votes(top_aligned=0, centred=1), settings) is None  # too few to tell


def test_blocks_that_say_otherwise_are_read_against_the_table_and_silent_ones_follow_the_block_above() -> None:
    paragraph = lines(cell(1, 300, 3, "more"))  # a tall cell's paragraph set apart: one column says nothing
    bands = [lines(centred_row(0, "a")), lines(top_row(100, "b")), lines(centred_row(200, "c")), paragraph,
             lines(top_row(400, "d")), lines(centred_row(500, "e"))]
    runs = alignment_runs(bands, COLUMNS, centred=False, cut=True)
    # the first block (a header's place) follows the first that tells, the last of a cut table the one above
    assert runs == [(bands[0] + bands[1], False), (bands[2] + bands[3], True), (bands[4] + bands[5], False)]
    uncut = alignment_runs(bands, COLUMNS, centred=True, cut=False)  # the last block tells its own
    assert [alignment for _, alignment in uncut] == [False, True, False, True]


def test_a_table_whose_blocks_tell_nothing_is_read_by_its_own_alignment() -> None:
    silent = [lines(cell(1, 0, 3, "a")), lines(cell(1, 100, 3, "b"))]
    assert alignment_runs(silent, COLUMNS, centred=True, cut=False) == [(silent[0] + silent[1], True)]
    assert alignment_runs(silent, COLUMNS, centred=False, cut=False) == [(silent[0] + silent[1], False)]


def test_lone_paragraphs_join_the_centred_row_whose_cells_centre_with_them() -> None:
    middle = (100 + 146 + 11.5 * 5 + LINE) / 2  # the action: a paragraph of three lines, a gap, one of six
    first = lines(cell(1, 100, 3, "intro"))
    row = lines(cell(1, 146, 6, "act") + centred(0, middle, 1, "local") + centred(2, middle, 2, "ev"))
    after = lines(cell(0, 300, 2, "next") + cell(1, 300, 2, "act"))
    joined = join_lone_paragraphs([first, row, after], COLUMNS)
    assert [[ln.text for ln in r] for r in joined][1:] == [[ln.text for ln in after]]
    assert sorted(ln.text for ln in joined[0]) == sorted(ln.text for ln in first + row)
    later = lines(cell(1, 230, 3, "later"))  # the next row's first paragraph: the row would not centre with it
    assert join_lone_paragraphs([first + row, later], COLUMNS) == [first + row, later]


def test_centred_rows_in_a_top_aligned_table_keep_their_own_cells() -> None:
    words = top_row(0, "harmoni") + top_row(100, "police") + centred_row(200, "wmas") + \
        centred_row(300, "probation") + top_row(400, "swft")
    table, centred_table = body_to_table(lines(words), COLUMNS, 1, 0, cut=False)
    assert centred_table is False  # three rows top-aligned to two centred: the table reads top-aligned
    actions = [row.cells[1].text.split()[0] for row in table.rows]
    assert actions == ["harmoni0", "police0", "wmas0", "probation0", "swft0"]
    assert all(row.cells[0].text == "local0" and row.cells[3].text == "may0" for row in table.rows)


def test_a_table_of_one_alignment_reads_every_block_by_it() -> None:
    words = top_row(0, "a") + top_row(100, "b") + top_row(200, "c")
    table, centred_table = body_to_table(lines(words), COLUMNS, 1, 0, cut=False)
    assert centred_table is False and len(table.rows) == 3
    words = centred_row(0, "a") + centred_row(100, "b") + centred_row(200, "c")
    table, centred_table = body_to_table(lines(words), COLUMNS, 1, 0, cut=False)
    assert centred_table is True and [row.cells[2].text for row in table.rows] == ["ev0 ev1"] * 3


def bold(words: list[dict]) -> list[dict]:
    return [w | {"fontname": "Arial-BoldMT"} for w in words]


def test_a_bold_heading_set_close_above_a_row_is_read_with_the_rows_above() -> None:
    heading = bold([word("Theme", COLUMNS[0], 190), word("heading", COLUMNS[0] + 40, 190)])
    bands = [lines(top_row(0, "a")), lines(top_row(100, "b")), lines(heading + centred_row(202, "c"))]
    runs = alignment_runs(bands, COLUMNS, centred=False, cut=False)
    assert [([ln.text for ln in run][-1], alignment) for run, alignment in runs] == [("Theme heading", False),
                                                                                     ("c5", True)]


def test_a_centred_row_whose_tall_cell_has_a_paragraph_set_apart_tells_with_it() -> None:
    middle = (100 + 146 + 11.5 * 7 + LINE) / 2  # the action: a paragraph of three lines, a gap, one of eight
    row = lines(cell(1, 146, 8, "act") + centred(0, middle, 1, "local") + centred(2, middle, 2, "ev"))
    bands = [lines(top_row(0, "a")), lines(cell(1, 100, 3, "intro")), row, lines(top_row(300, "b"))]
    assert band_says(row, COLUMNS) is None  # alone, its cells sit below its middle
    assert [alignment for _, alignment in alignment_runs(bands, COLUMNS, centred=False, cut=False)] == [
        False, True, False]
