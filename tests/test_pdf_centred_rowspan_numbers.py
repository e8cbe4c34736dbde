"""Two recommendations' numbers in a centred borderless table whose rows touch (no white band
between them), each number a merged cell centred beside its own rows: two labels, never one label
wrapped over two lines (read ``12``); and a page number set under the table in the first column's
line is no row (``centred_labels``).  Lines laid out as LibreOffice prints a booklet's HTML tables."""
from __future__ import annotations

from dhr_extract.extract.pdf.centred_labels import label_word, rows_at_labels, split_at_centred_labels
from dhr_extract.extract.pdf.lines import Line, Word

COLUMNS = [58.0, 80.0, 380.0]


def line(top: float, *cells: tuple[float, str], height: float = 10.0) -> Line:
    words: list[Word] = []
    for x0, text in cells:
        at = x0
        for piece in text.split():
            words.append({"text": piece, "x0": at, "x1": at + 4.0 * len(piece), "top": top, "bottom": top + height})
            at += 4.0 * len(piece) + 2.0
    return Line(words)


ROW_1 = [line(138, (380, "Set the standard.")), line(150, (80, "Police to visit a victim")),
         line(157, (58, "1"), (80, "within two days.")), line(164, (380, "Check compliance.")),
         line(176, (380, "each month."))]
ROW_2 = [line(190, (80, "Council to record views"), (380, "Add a section.")), line(196, (58, "2")),
         line(201, (80, "of older children."), (380, "the form."))]
PAGE_NUMBER = line(214, (58, "1"))


def texts(rows: list[list[Line]]) -> list[list[str]]:
    return [[ln.text for ln in row] for row in rows]


def test_a_bare_number_alone_in_the_first_column_is_a_label() -> None:
    assert label_word(line(0, (58, "2")), COLUMNS) and label_word(line(0, (58, "R3"), (80, "Text")), COLUMNS)
    assert label_word(line(0, (58, "Health")), COLUMNS) is None
    assert label_word(line(0, (58, "2 and")), COLUMNS) is None


def test_two_centred_numbers_in_one_row_part_it_where_the_first_row_ends() -> None:
    assert texts(rows_at_labels(ROW_1 + ROW_2, COLUMNS)) == texts([ROW_1, ROW_2])


def test_a_page_number_left_alone_under_the_table_is_no_row() -> None:
    assert texts(split_at_centred_labels([ROW_1 + ROW_2 + [PAGE_NUMBER]], COLUMNS)) == texts([ROW_1, ROW_2])


def test_a_first_column_of_text_is_left_whole() -> None:
    wrapped = [line(100, (58, "1"), (80, "Text")), line(112, (58, "Safeguarding"), (80, "more")),
               line(124, (58, "2"), (80, "Text"))]
    assert texts(rows_at_labels(wrapped, COLUMNS)) == texts([wrapped])
    assert texts(rows_at_labels(ROW_1, COLUMNS)) == texts([ROW_1])
