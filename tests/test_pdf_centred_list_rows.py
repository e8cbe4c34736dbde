"""Unruled rows whose cells are centred (LibreOffice's import of an HTML table), the tall cell a
paragraph over a numbered list: the list's spacing after it lowers the row's middle, so the short
cells sit below the tall cell's text's middle and a little under the top of the block they share
with its list; the paragraph stands apart above them.  A page's foot cuts the last row, and the
list's rest overleaf opens with an item's number in the tall cell's column."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import words_to_lines
from dhr_extract.extract.pdf.row_alignment import Votes, cut_row_start, is_lone_paragraph, table_votes

COLUMNS = [10.0, 40.0, 400.0, 480.0]
LINE = 10.0  # a line's height; lines of a paragraph are 11.5 apart


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + LINE,
            "fontname": "ArialMT"}


def lines_at(column: int, top: float, texts: list[str]) -> list[dict]:
    return [word(text, COLUMNS[column], top + 11.5 * i) for i, text in enumerate(texts)]


def short_cells(middle: float) -> list[dict]:
    """The row's number, target date and status: one line each, centred on ``middle``."""
    return [word(text, COLUMNS[c], middle - LINE / 2) for c, text in ((0, "1"), (2, "31/07/2025"), (3, "Done"))]


def test_short_cells_a_little_under_a_list_block_top_are_not_top_aligned_by_it() -> None:
    paragraph = words_to_lines(lines_at(1, 100.0, ["Police", "to"]))
    # "Actions:" and the list from 140 to 184.5, then 14 points of the list's spacing: the row ends at 198.5
    middle = (100.0 + 198.5) / 2
    block = words_to_lines(lines_at(1, 140.0, ["Actions:", "1.", "item", "2."]) + short_cells(middle))
    assert table_votes([block], COLUMNS) == Votes(top_aligned=3, centred=0)  # alone, it looks top-aligned
    assert table_votes([paragraph, block], COLUMNS) == Votes(0, 0)  # with the paragraph above it tells nothing


def test_a_cut_row_votes_only_where_its_cells_are_centred() -> None:
    cut = words_to_lines(lines_at(1, 300.0, ["Council", "to"]) + short_cells(300.0 + LINE / 2))
    tail = words_to_lines(lines_at(1, 340.0, ["Actions:"]))
    assert table_votes([cut], COLUMNS, after=[tail]) == Votes(top_aligned=3, centred=0)  # were it a row
    assert table_votes([], COLUMNS, after=[cut, tail]) == Votes(0, 0)  # cut: its cells start together
    centred = words_to_lines(lines_at(1, 300.0, ["Trust", "to", "check", "it", "soon"])
                             + short_cells(300.0 + (11.5 * 4 + LINE) / 2))
    assert table_votes([], COLUMNS, after=[centred]) == Votes(top_aligned=0, centred=3)


def test_the_cut_row_starts_at_the_last_block_of_two_columns_or_more() -> None:
    header = words_to_lines([word("No.", COLUMNS[0], 50.0), word("Recommendation", COLUMNS[1], 50.0)])
    row = words_to_lines(lines_at(1, 100.0, ["Police", "to"]) + short_cells(105.0))
    lone = words_to_lines(lines_at(1, 140.0, ["Actions:"]))
    cut = words_to_lines(lines_at(1, 300.0, ["Council"]) + short_cells(305.0))
    assert cut_row_start([header, row, lone, cut, lone, lone], COLUMNS) == 3
    assert cut_row_start([header, row, lone], COLUMNS) == 2  # no row below the first: the last block
    assert cut_row_start([header, lone], COLUMNS) == 1


def test_a_numbered_list_item_alone_in_an_inner_column_is_a_lone_paragraph() -> None:
    item = words_to_lines([word("1.", COLUMNS[1], 72.0), word("Add", COLUMNS[1] + 15.0, 72.0)])
    assert is_lone_paragraph(item, COLUMNS)  # the rest of a cut row's list overleaf
    label = words_to_lines([word("1.", COLUMNS[0], 72.0), word("Police", COLUMNS[0] + 15.0, 72.0)])
    assert not is_lone_paragraph(label, COLUMNS)  # a row's label in the first column
