"""A centred borderless table whose progress cells open with the status in bold and touch row after row."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centre_splits import split_at_centres
from dhr_extract.extract.pdf.centred import header_lines
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"
COLUMNS = [10.0, 40.0, 250.0, 290.0]
LINE, PITCH = 10.0, 11.5  # a line's height, and the spacing of a cell's lines
BOLD = {"fontname": "Arial-BoldMT"}


def line(text: str, column: int, top: float, bold: bool = False) -> Line:
    word = {"text": text, "x0": COLUMNS[column], "x1": COLUMNS[column] + 30, "top": top, "bottom": top + LINE}
    return Line([word | BOLD if bold else word])


def test_a_status_in_bold_opening_the_first_cell_is_no_header() -> None:
    header = line("No.", 0, 50, True)
    header.words.append({"text": "Progress", "x0": 290.0, "x1": 330.0, "top": 50, "bottom": 60} | BOLD)
    status = line("Complete.", 3, 64.3, True)  # the rows' padding (4.3) under the header, not a line's spacing
    body = [status, line("03/03/2025:", 3, 75.8), line("Add", 1, 81.5), line("drafted.", 3, 87.3)]
    assert header_lines([header] + body, COLUMNS) == [header]
    assert header_lines(body, COLUMNS) == []  # alone, one cell in bold names no columns
    wrapped = line("date", 3, 61.5, True)  # a header cell wrapped at the line spacing stays in the header
    assert header_lines([header, wrapped] + body[1:], COLUMNS) == [header, wrapped]


def test_the_last_cell_of_a_column_may_start_where_the_page_foot_cut_its_row() -> None:
    # two five-line cells centred on rows at 130 and 195.7; under them the cut row's cell starts at 230
    tops = [130 - 28, 195.7 - 28, 230.0]
    lines = tuple(line(f"p{r}{i}", 3, top + PITCH * i) for r, top in enumerate(tops) for i in range(5 if r < 2 else 3))
    block = Block(3, lines)
    centres = [130.0, 195.7, 235.0]  # the cut row's short cells, one line each, centre on 235
    assert split_at_centres(block, centres, 2.0, 1.0) == [block]  # the last piece centres on nothing
    assert [len(p.lines) for p in split_at_centres(block, centres, 2.0, 1.0, cut_top=230.0)] == [5, 5, 3]


def test_touching_progress_cells_opening_in_bold_stay_in_their_rows() -> None:
    """Drawn with every cell centred vertically and little padding: the progress cells are each row's
    tallest and touch; the first row's status is the body's first line, in bold under the bold header."""
    table = read_pdf_file(FIXTURES / "centred_cells_bold_status.pdf").tables[0]
    rows = [[c.text.split("\n")[0] for c in row.cells] for row in table.rows]
    assert rows == [["No.", "Action", "Lead agency", "Target date", "Progress"],
                    ["1", "Action 1 to be taken by the agency. It is briefed to every team that uses it.",
                     "Northshire NHS Foundation Trust", "30/01/2025", "Complete."],
                    ["2", "Action 2 to be taken by the agency. It is briefed to every team that uses it. It is "
                     "briefed to every team that uses it.", "Northshire Police", "30/02/2025", "In progress."],
                    ["3", "Action 3 to be taken by the agency.", "Northshire NHS Foundation Trust", "30/03/2025",
                     "Complete."],
                    ["4", "Action 4 to be taken by the agency. It is briefed to every team that uses it.",
                     "Northshire Police", "30/04/2025", "In progress."],
                    ["5", "Action 5 to be taken by the agency. It is briefed to every team that uses it. It is "
                     "briefed to every team that uses it.", "Northshire NHS Foundation Trust", "30/05/2025",
                     "Not started."],
                    ["6", "Action 6 to be taken by the agency.", "Northshire Police", "30/06/2025", "In progress."]]
    progress = [row.cells[4].text.split("\n") for row in table.rows[1:]]
    assert [len(p) for p in progress] == [3, 3, 3, 3, 1, 3]  # the status and its two entries, each in its row
    assert progress[1][1].startswith("02/03/2025: Entry 2") and progress[5][2].startswith("16/06/2025: Entry 6")
