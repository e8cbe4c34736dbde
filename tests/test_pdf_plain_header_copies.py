"""A centred borderless table whose header is written out again in its body, plain: a print of a web
page converted from a PDF, each page's header row and 'Page 2 of 3' line kept as ordinary rows."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.centred import Block, plain_header_size, row_centres
from dhr_extract.extract.pdf.furniture import without_page_numbers
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [10.0, 60.0, 200.0, 330.0]
HEADER = ["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"]


def line(top: float, *cells: tuple[float, str], bold: bool = False) -> Line:
    return typeset_line(top, *cells, font="Arial-BoldMT" if bold else "ArialMT", height=10.0, space=3.0)


def header(top: float, bold: bool = False) -> Line:
    return line(top, (10, "No."), (60, "Recommendation"), (200, "Action"), (330, "Lead agency"), bold=bold)


def first_cells(rows) -> list[str]:
    return [r.cells[0].text for r in rows]


def test_every_page_header_copy_opens_a_table_read_row_by_row() -> None:
    # LibreOffice centres the cells and sets the rows 4 points apart; the copies are plain
    doc = read_pdf_file(HELDOUT / "header_rows_in_body_html.lo_landscape.pdf")
    assert [[c.text for c in t.rows[0].cells] for t in doc.tables] == [HEADER] * 3
    assert [first_cells(t.rows) for t in doc.tables] == [["Rec", "1", "", "2"], ["Rec", "3", "", "4"], ["Rec", "5", ""]]
    second = doc.tables[1].rows
    assert [r.cells[2].text for r in second[1:4]] == [
        "Add coercive control to the review of care needs guidance.",
        "Deliver a workshop on coercive control in older couples.",
        "Add a police check to the end-of-licence checklist."]
    assert second[3].cells[1].text == "Elmhurst Probation Service to check with the police before a perpetrator's " \
                                      "licence ends."  # the page line's 'of 3' does not run on into it


def test_the_same_print_turned_on_its_side_reads_alike() -> None:
    # the rotated page's words differ from the landscape print's by rounding alone
    upright = read_pdf_file(HELDOUT / "header_rows_in_body_html.lo_landscape.pdf")
    turned = read_pdf_file(HELDOUT / "header_rows_in_body_html.rotated.pdf")
    assert [[c.text for r in t.rows for c in r.cells] for t in turned.tables] == \
        [[c.text for r in t.rows for c in r.cells] for t in upright.tables]


def test_a_plain_header_is_told_by_its_words_and_ends_at_the_rows_padding() -> None:
    wrapped = [header(100), line(111.5, (330, "(named)")), line(126, (10, "1"), (60, "Train staff"))]
    assert plain_header_size(wrapped, COLUMNS) == 2  # its cell wrapped at the line spacing, the row 4 points lower
    assert plain_header_size([header(100, bold=True)] + wrapped[2:], COLUMNS) == 0  # a bold one is header_lines'
    assert plain_header_size([line(100, (10, "1"), (60, "Train staff")), wrapped[2]], COLUMNS) == 0


def test_a_page_count_between_rows_is_furniture_wherever_it_stands() -> None:
    rows = [line(100, (10, "1"), (60, "Train staff")), line(114, (10, "Page 2 of 3")), line(128, (10, "2"), (60, "Audit"))]
    assert [ln.text for ln in without_page_numbers(rows)] == ["1 Train staff", "2 Audit"]
    wrapped_year = [line(100, (10, "Due"), (60, "31 March")), line(111.5, (60, "2026")), line(123, (10, "Next"))]
    assert len(without_page_numbers(wrapped_year)) == 3  # a number set close between lines is a cell's


def test_a_block_and_its_piece_centring_together_count_their_column_once() -> None:
    def block(column: int, *tops: float) -> Block:
        return Block(column, tuple(line(t, (COLUMNS[column], "w")) for t in tops))

    # column 1's block holds three rows' cells; the whole (centre 137.5) and its middle piece (137.75)
    # centre between the cells beside it (137.0, 138.0): one row, its column 1 met twice in the chain
    tall = block(1, 99.5, 111, 127, 138.5, 154, 165.5)
    beside = [block(0, 132.0), block(2, 133.0)]
    assert [round(b.centre, 2) for b in sorted([tall, *beside], key=lambda b: b.centre)] == [137.0, 137.5, 138.0]
    assert [round(c, 1) for c in row_centres([tall, *beside])] == [137.6]
