"""Numbered cells stacked in one column beside cells merged across them (an HTML ``rowspan`` agency,
date and progress written once for a recommendation's numbered actions), printed without rules: the
numbered cells are set apart by the two cells' padding only, a little more than their lines' spacing,
and the merged cells are centred across all of them.  Each numbered cell is a row of its own, the
merged cells covering the rows under the first (``centre_splits.numbered_stack``,
``spanned_rows.split_numbered_stack``, ``tall_cells.covered_beside_next_item``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import typeset_line

COLUMNS = [0.0, 150.0, 300.0, 400.0]  # recommendation / action / agency / progress
PITCH = 11.5  # the lines of a cell, 10 points high


def line(top: float, *cells: tuple[float, str], font: str = "Arial") -> Line:
    return typeset_line(top, *cells, font=font, height=10.0, space=3.0)


def plan(padding: float, second: str = "2. Audit twenty") -> list[Line]:
    """A bold header, then one recommendation whose two actions (two lines each) are set ``padding``
    points further apart than their lines, its recommendation, agency and progress centred across both."""
    item2 = 120.0 + 2 * PITCH + padding
    middle = (120.0 + item2 + PITCH + 10.0) / 2
    return [line(100.0, (0.0, "Recommendation"), (150.0, "Action"), (300.0, "Agency"), (400.0, "Progress"),
                 font="Arial-Bold"),
            line(120.0, (150.0, "1. Issue guidance")),
            line(120.0 + PITCH, (150.0, "to officers.")),
            line(middle - 10.75, (0.0, "Police to act"), (400.0, "In progress.")),
            line(middle - 5.0, (300.0, "Police")),
            line(middle + 0.75, (0.0, "on breaches."), (400.0, "Guidance issued.")),
            line(item2, (150.0, second)),
            line(item2 + PITCH, (150.0, "breaches."))]


def body(lines: list[Line]) -> list[list[str]]:
    table, _ = body_to_table(sorted(lines, key=lambda ln: ln.top), COLUMNS, 1, 0, cut=False)
    return [[cell.text or "^" + cell.span for cell in row.cells] for row in table.rows[1:]]


def test_numbered_cells_beside_merged_cells_are_rows_of_their_own() -> None:
    assert body(plan(2.8)) == [["Police to act on breaches.", "1. Issue guidance to officers.", "Police",
                                "In progress. Guidance issued."],
                               ["^above", "2. Audit twenty breaches.", "^above", "^above"]]


def test_a_paragraphs_spacing_inside_one_cell_cuts_nothing() -> None:
    # half a line and more between the items: paragraphs of one cell, not two cells' padding
    assert len(body(plan(6.0))) == 1


def test_items_out_of_sequence_are_one_cell() -> None:
    assert len(body(plan(2.8, second="3. Audit twenty"))) == 1
