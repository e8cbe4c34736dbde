"""Borderless tables with narrow gutters whose recommendations are rows spanning the table, wrapped onto
two lines (LibreOffice's print of an HTML plan it imported: cells centred, three points between cells)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import columns_resume, table_end
from dhr_extract.extract.pdf.centred import lines_by_column, lines_to_blocks, wraps_spanning_line
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.crossing_lines import crosses_columns

COLUMNS = [10.0, 60.0, 200.0, 300.0]  # ref, action, owner, deadline
CHAR = 5.0  # a character's width
SPACE = 3.0  # a word space; cells set flush are as close


def words(top: float, x: float, text: str) -> list[dict]:
    """The words of ``text`` from ``x``, a word space apart."""
    out = []
    for token in text.split():
        out.append({"text": token, "x0": x, "x1": x + CHAR * len(token), "top": top, "bottom": top + 10.0,
                    "fontname": "ArialMT"})
        x += CHAR * len(token) + SPACE
    return out


def line(top: float, *cells: tuple[float, str]) -> Line:
    return Line([w for x, text in cells for w in words(top, x, text)])


def spanning(top: float, text: str) -> Line:
    """A line running across every column in one run (a recommendation spanning the table)."""
    return line(top, (10, text))


def test_cells_set_flush_on_a_line_of_several_cells_cross_no_column() -> None:
    flush = line(100, (22, "DHR05/1"), (60, "Add a prompt"), (200, "Police"), (300, "31/03/2025"))
    assert flush.words[0]["x1"] + SPACE == COLUMNS[1]  # the reference ends a word space before the action
    assert not crosses_columns(flush, COLUMNS)
    prose = Line(words(100, 14, "who lives with a partner of hers today"))
    assert prose.words[2]["x0"] == COLUMNS[1]  # a word of the prose falls on the action column's start
    assert crosses_columns(prose, COLUMNS)  # one run of words: prose, however its words fall on the starts


def test_a_wrapped_row_spanning_the_table_over_its_rows_does_not_end_the_table() -> None:
    long = "R1 – The Police to ensure that a risk assessment is completed at every incident"
    header = line(80, (10, "Ref"), (60, "Action"), (200, "Owner"), (300, "Deadline"))
    lines = [header, spanning(100, long), spanning(112, "where the victim declines to answer them all today"),
             line(130, (10, "DHR05/1.1"), (60, "Add a prompt"), (200, "Police"), (300, "31/03/2025")),
             spanning(150, long), spanning(162, "where the victim declines to answer them all today"),
             line(180, (10, "DHR05/2.1"), (60, "Brief the team"), (200, "Police"), (300, "30/04/2025")),
             spanning(210, "Greyhaven Council · last reviewed September 2025 and published on the web")]
    assert columns_resume(lines, [crosses_columns(ln, COLUMNS) for ln in lines], 4, COLUMNS)
    assert table_end(lines, 0, COLUMNS) == len(lines)
    prose = lines[:4] + [spanning(150 + 12 * k, long) for k in range(4)]  # a paragraph under the table
    assert not columns_resume(prose, [crosses_columns(ln, COLUMNS) for ln in prose], 4, COLUMNS)
    assert table_end(prose, 0, COLUMNS) == 4


def test_a_spanning_lines_sentence_wrapped_onto_the_next_line_stays_with_it() -> None:
    first = spanning(100, "R4 – The Probation Service to ensure that home visits are made to the")
    rest = Line(words(111.5, 14, "who lives with a partner."))  # "with" falls on the action column's start
    assert rest.words[2]["x0"] == COLUMNS[1]
    assert wraps_spanning_line(first, rest, COLUMNS)
    per_column = lines_by_column([first, rest], COLUMNS)
    assert [[ln.text for ln in col] for col in per_column] == [[first.text, rest.text], [], [], []]
    assert [len(b.lines) for b in lines_to_blocks(per_column[0], 0, 5.0, COLUMNS)] == [2]
    heading = Line(words(111.5, 10, "Police actions"))  # a capital: a heading or the next row, not the rest
    assert not wraps_spanning_line(first, heading, COLUMNS)
    assert [len(b.lines) for b in lines_to_blocks([first, heading], 0, 5.0, COLUMNS)] == [1, 1]
