"""A rule crossing only some columns separates rows only in those columns: a browser draws the
side rules of cells merged down over several rows (``rowspan``) in one piece a row, and the rule
between those rows only under the cells that end there; the merged cells beside it span the rows
(``rules.open_ends``, ``ruled.edges_to_grids``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.rules import close_open_ends, make_edge
from dhr_extract.extract.pdf.ruled import edges_to_grids


def rowspan_edges() -> list:
    """Three columns (10-100-200-300) over two rows (100-150-200); the side rules in one piece a row,
    the rule at 150 drawn only under the middle column's first cell."""
    edges = [make_edge(10, 100, 300, 100), make_edge(10, 200, 300, 200), make_edge(100, 150, 200, 150)]
    for x in (10, 100, 200, 300):
        edges += [make_edge(x, 100, x, 150), make_edge(x, 150, x, 200)]
    return edges


def test_side_rules_going_on_past_a_partial_rule_are_not_closed_there() -> None:
    edges = rowspan_edges()
    assert close_open_ends(edges)[len(edges):] == []


def test_cells_beside_a_partial_rule_span_both_rows() -> None:
    edges = rowspan_edges()
    (grid,) = edges_to_grids(close_open_ends(edges))
    assert grid.rows == (((10, 100, 100, 200), (100, 100, 200, 150), (200, 100, 300, 200)),
                         (None, (100, 150, 200, 200), None))


def test_side_rules_in_pieces_with_no_rule_at_that_height_still_close_a_row() -> None:
    # a table ruled between its columns only, each row's side rules drawn apart: the rows stay
    edges = [e for e in rowspan_edges() if not (e["orientation"] == "h" and e["top"] == 150)]
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"]) for e in added] == [(10, 150, 300), (10, 150, 300)]


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0}


def test_text_running_on_under_a_cell_closed_short_by_the_page_break_is_that_cells() -> None:
    from dhr_extract.extract.pdf.foot_cuts import with_text_under_closed_cells

    # the last row ends at 150 in the first two columns; the third column's box reaches 165
    rows = (((10, 100, 100, 150), (100, 100, 200, 150), (200, 100, 300, 150)),
            (None, None, (200, 150, 300, 165)))
    placed = {(0, 0): [word("Police", 12, 138)], (0, 1): [word("Issue", 102, 138)]}
    rest = word("notice.", 12, 146)  # the last line of a merged cell, its middle under the rule at 150
    stray = word("Key", 102, 159)  # under the second column, but not running on from its text
    cells = with_text_under_closed_cells(placed, [*placed[(0, 0)], *placed[(0, 1)], rest, stray], rows,
                                         (10, 100, 300, 165))
    assert [[w["text"] for w in cells.get((0, c), [])] for c in range(3)] == [["Police", "notice."], ["Issue"], []]
