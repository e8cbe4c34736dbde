"""Two rows of a borderless table read as one where nothing but their cells tells them apart: two
rows of one row group stacked in a centred table (``centred.stacked_rows``), a line of one whole
value that ends its column's cell (``row_walk.running_columns``), and a merged cell in the last
column whose last line falls beside the next row (``tall_cells.spanning_columns``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.centred import Block, blocks_to_rows, one_row, stacked_rows
from dhr_extract.extract.pdf.lines import Line, words_to_lines
from dhr_extract.extract.pdf.row_walk import RowWalk, lines_to_row_groups
from dhr_extract.extract.pdf.runs import column_text
from dhr_extract.extract.pdf.tall_cells import lift_tall_cells

TOL = 2.0


def block(column: int, top: float, bottom: float, x0: float = 0.0) -> Block:
    word = {"text": "w", "x0": x0 + 100.0 * column, "x1": x0 + 100.0 * column + 20.0, "top": top, "bottom": bottom}
    return Block(column, (Line([word]),))


# a row group of two actions in a centred table: agency code, action, date and progress each hold
# two cells (as tall as each other), the recommendation one merged cell centred across both
CODES = [block(0, 106, 116), block(0, 132, 142)]
ACTIONS = [block(2, 100, 121.5), block(2, 126, 147.5)]
DATES = [block(3, 106, 116), block(3, 132, 142)]
PROGRESS = [block(4, 100, 121.5), block(4, 126, 147.5)]
MERGED = [block(1, 113, 134.5)]


def test_two_stacked_rows_of_a_row_group_are_not_one_row() -> None:
    band = CODES + ACTIONS + DATES + PROGRESS + MERGED
    assert stacked_rows(band, TOL, 3)
    assert not one_row(band, TOL, 20.0)
    rows = blocks_to_rows(band, 100, TOL, cut=False, max_gap=20.0)
    assert [sorted(b.column for b in row) for row in rows] == [[0, 1, 2, 3, 4], [0, 2, 3, 4]]


def test_one_cell_of_two_paragraphs_beside_one_line_cells_is_one_row() -> None:
    band = [block(2, 100, 121.5), block(2, 126, 147.5), block(0, 118, 128), block(3, 118, 128)]
    assert not stacked_rows(band, TOL, 3)
    assert one_row(band, TOL, 20.0)


COLUMNS = [0.0, 150.0, 300.0, 400.0, 470.0, 530.0]  # recommendation, action, agency, target, updated on, update


def line(top: float, *cells: tuple[int, str]) -> Line:
    """A line of cells (column, text), each word 5 points a character, a space as wide as one."""
    words, = [[]]
    for c, text in cells:
        x = COLUMNS[c]
        for piece in text.split():
            words.append({"text": piece, "x0": x, "x1": x + 5.0 * len(piece), "top": top, "bottom": top + 10.0,
                          "fontname": "Arial"})
            x += 5.0 * (len(piece) + 1)
    return Line(words)


def test_a_date_alone_on_its_line_ends_its_cell_and_the_next_row_starts_beside_it() -> None:
    """Two action rows with no space between them, the recommendation merged over both and running
    on: the narrow column's date alone on its line does not run on into "Not begun" below it (the
    update column right of it, blank there, has text again a line below)."""
    lines = [line(100, (0, "Police to make sure"), (1, "Add a field to the"), (2, "Police"), (3, "31/07/2025"),
                  (4, "Reviewed"), (5, "Update")),
             line(111.5, (0, "that officers see a"), (1, "record."), (4, "25/07/2025"), (5, "Field added.")),
             line(123, (0, "woman alone at least"), (1, "Audit ten records."), (2, "Police"), (3, "31/01/2026"),
                  (4, "Not begun")),
             line(134.5, (0, "once a trimester."), (5, "Update"))]
    groups = lines_to_row_groups(lines, COLUMNS, 5.0)
    assert [[column_text(ln, 3, COLUMNS) for ln in g if column_text(ln, 3, COLUMNS)] for g in groups] == [
        ["31/07/2025"], ["31/01/2026"]]


LAST = [10.0, 60.0, 160.0]  # action number, action, recommendation (merged over its actions)


def test_a_merged_recommendation_in_the_last_column_takes_back_its_line_beside_the_next_action() -> None:
    def row(*cells: tuple[int, int, str]) -> list[Line]:
        return words_to_lines([{"text": t, "x0": LAST[c], "x1": LAST[c] + 5.0 * len(t), "top": n * 11.5,
                                "bottom": n * 11.5 + 10.0} for c, n, t in cells])

    walk = RowWalk(LAST, 5.0, True, (40.0, 145.0, 290.0))
    header = row((0, 0, "No."), (1, 0, "Action"), (2, 0, "Recommendation"))
    first = row((0, 1, "1.1"), (1, 1, "Addastep."), (2, 1, "Policetomakesurethat"), (2, 2, "everyvictimisoffered"),
                (1, 2, "Seeit."))
    second = row((0, 3, "1.2"), (1, 3, "Reportmonthly."), (2, 3, "areferral."))
    lifted = lift_tall_cells([header, first, second], walk)
    assert [[t for ln in g if (t := column_text(ln, 2, LAST))] for g in lifted] == [
        ["Recommendation"], ["Policetomakesurethat", "everyvictimisoffered", "areferral."], []]
    assert [t for ln in lifted[2] if (t := column_text(ln, 0, LAST))] == ["1.2"]
