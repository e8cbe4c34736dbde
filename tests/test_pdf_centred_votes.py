"""Centred borderless tables told apart from top-aligned ones: a tall cell's last paragraph set apart
by white space and a bold heading set close above a row do not hide a centred row's alignment, a bare
one-line cell may sit a little lower than the others, and a row cut by the page's foot keeps the
paragraphs under it."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.borderless import split_at_spanning_lines
from dhr_extract.extract.pdf.centring import one_row_beside_bare_cells
from dhr_extract.extract.pdf.lines import words_to_lines
from dhr_extract.extract.pdf.row_alignment import Votes, cut_row_tail, join_lone_paragraphs, table_votes

from .helpers import read_pdf_file

COLUMNS = [10.0, 110.0, 210.0, 310.0]
LINE = 10.0  # a line's height; lines of a paragraph are 11.5 apart
PRODUCERS = Path(__file__).parent / "fixtures" / "producers"


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + LINE,
            "fontname": "Arial-BoldMT" if bold else "ArialMT"}


def cell(column: int, top: float, n_lines: int, text: str) -> list[dict]:
    return [word(f"{text}{i}", COLUMNS[column], top + 11.5 * i) for i in range(n_lines)]


def centred(column: int, middle: float, n_lines: int, text: str) -> list[dict]:
    return cell(column, middle - (11.5 * (n_lines - 1) + LINE) / 2, n_lines, text)


def test_a_tall_cells_last_paragraph_set_apart_below_still_votes_with_its_row() -> None:
    # the update: eight lines, a gap, one line ("COMPLETED"); the short cells centre on the whole of it
    middle = (100 + 100 + 11.5 * 7 + LINE + 20 + 11.5) / 2
    row = words_to_lines(cell(3, 100, 8, "upd") + centred(0, middle, 1, "no") + centred(1, middle, 2, "act")
                         + centred(2, middle, 1, "ev"))
    tail = words_to_lines(cell(3, 100 + 11.5 * 7 + LINE + 20, 1, "done"))
    assert table_votes([row], COLUMNS) == Votes(0, 0)  # alone, its short cells sit below its middle
    assert table_votes([row, tail], COLUMNS) == Votes(top_aligned=0, centred=3)
    # the page's foot cuts the table under it: the paragraph votes not, but still extends its row
    assert table_votes([row], COLUMNS, after=[tail]) == Votes(top_aligned=0, centred=3)


def test_a_bold_heading_set_close_above_a_centred_row_does_not_vote() -> None:
    heading = words_to_lines([word("Theme", COLUMNS[0], 88, bold=True), word("heading", COLUMNS[0] + 40, 88,
                                                                            bold=True)])
    middle = 100 + (11.5 * 5 + LINE) / 2
    row = words_to_lines(cell(3, 100, 6, "upd") + centred(0, middle, 1, "no") + centred(1, middle, 2, "act")
                         + centred(2, middle, 1, "ev"))
    assert table_votes([heading + row], COLUMNS) == Votes(top_aligned=0, centred=3)


def block(column: int, top: float, n_lines: int) -> Block:
    return Block(column, tuple(words_to_lines(cell(column, top, n_lines, "w"))))


def test_a_bare_one_line_cell_may_sit_lower_than_the_line_the_others_centre_on() -> None:
    others = [block(1, 100, 9), block(2, 123, 5), block(3, 146, 1)]  # all centred on 151
    assert one_row_beside_bare_cells(others + [block(0, 153, 1)], 2.0, 20.0, 10.0)  # 7 points lower
    assert not one_row_beside_bare_cells(others + [block(0, 165, 1)], 2.0, 20.0, 10.0)  # further than the slack
    assert not one_row_beside_bare_cells([block(1, 100, 9), block(2, 110, 5), block(0, 153, 1)], 2.0, 20.0, 10.0)


def test_paragraphs_under_a_row_the_page_foot_cuts_are_its_own() -> None:
    row = words_to_lines(cell(0, 100, 1, "no") + cell(1, 100, 3, "act") + cell(3, 100, 4, "upd"))
    lone = [words_to_lines(cell(3, 160, 2, "more")), words_to_lines(cell(3, 200, 1, "done"))]
    joined = cut_row_tail([row] + lone, COLUMNS)
    assert [[ln.text for ln in r] for r in joined] == [[ln.text for ln in row + lone[0] + lone[1]]]
    assert cut_row_tail(lone, COLUMNS) == lone  # no row of several columns to take them


def test_paragraphs_of_one_cell_that_no_row_took_are_one_row() -> None:
    header = words_to_lines([word("No.", COLUMNS[0], 0, bold=True), word("Update", COLUMNS[3], 0, bold=True)])
    rest = [words_to_lines(cell(3, 20, 2, "more")), words_to_lines(cell(3, 60, 1, "done"))]  # cut overleaf
    row = words_to_lines(cell(0, 120, 1, "no") + cell(1, 120, 3, "act") + cell(3, 100, 8, "upd"))
    rows = join_lone_paragraphs([header] + rest + [row], COLUMNS)
    assert [len(r) for r in rows] == [len(header), 3, len(row)]


def test_a_heading_across_the_table_takes_no_lone_paragraph() -> None:
    lone = words_to_lines(cell(0, 100, 3, "end"))  # the rest of a recommendation cut overleaf
    heading = words_to_lines([word("Warwickshire", COLUMNS[0], 150, bold=True),
                              word("Council", COLUMNS[0] + 65, 150, bold=True),
                              word("Services", COLUMNS[0] + 105, 150, bold=True)])
    assert join_lone_paragraphs([lone, heading], COLUMNS) == [lone, heading]


def phrase(text: str, top: float) -> list[dict]:
    """A bold line from the first column's start, its words a word space apart."""
    words, x = [], COLUMNS[0]
    for w in text.split():
        words.append(word(w, x, top, bold=True))
        x += 5.0 * len(w) + 3.0
    return words


def test_a_heading_wrapped_across_the_table_is_one_row() -> None:
    lines = ["ALL AGENCIES including Police, Probation Trust, Hospital", "Partnership Trust, Hospital, Harmoni, Council",
             "Services"]
    heading = [w for k, text in enumerate(lines) for w in phrase(text, 88 + 11.5 * k)]
    middle = 140 + (11.5 * 5 + LINE) / 2
    row = cell(3, 140, 6, "upd") + centred(0, middle, 1, "no") + centred(1, middle, 2, "act")
    groups = split_at_spanning_lines([words_to_lines(heading + row)], COLUMNS, 6.0)
    assert [[ln.text for ln in g] for g in groups][0] == lines


def test_a_centred_plan_with_a_bare_number_column_reads_each_row_whole() -> None:
    tables = read_pdf_file(PRODUCERS / "variant_number_column.lo_portrait.pdf").tables
    page5 = next(t for t in tables if t.page == 5)
    assert [row.cells[0].text for row in page5.rows] == ["No.", "", "5", "6"]
    assert page5.rows[2].cells[1].text.startswith("The Chair of the Safer Warwickshire Partnership Board raises")
    assert page5.rows[2].cells[6].text.endswith("has been delivered.\nCOMPLETED")
