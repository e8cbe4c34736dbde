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


HEADER = ("Action", "Agency", "Progress")


def raw_table(*rows: tuple[str, ...]):
    from dhr_extract.model import Cell, RawTable, Row

    return RawTable(tuple(Row(tuple(Cell(t) for t in texts), i, 1) for i, texts in enumerate(rows)), 0, 1)


def test_a_row_ruled_off_in_one_column_at_the_pages_foot_carries_the_others_over() -> None:
    from dhr_extract.extract.pdf.split_cells import cut_row, with_cut_cells_carried

    # page 1: the action cell has a rule under it at 150, the agency and progress cells run on without one
    page1 = (((10, 80, 100, 100), (100, 80, 200, 100), (200, 80, 300, 100)),
             ((10, 100, 100, 150), (100, 100, 200, 150), (200, 100, 300, 150)))
    cut = cut_row(raw_table(HEADER, ("1. Issue guidance.", "Police", "In progress.")), page1,
                  [make_edge(10, 150, 100, 150)], 2.0)
    assert (cut.closed, cut.open) == (((10, 100),), ((100, 200), (200, 300)))
    # page 2: the header repeated, then the second action alone in its column
    page2 = (((10, 40, 100, 60), (100, 40, 200, 60), (200, 40, 300, 60)),
             ((10, 60, 100, 90), (100, 60, 200, 90), (200, 60, 300, 90)))
    carried = with_cut_cells_carried(raw_table(HEADER, ("2. Audit breaches.", "", "")), page2, cut)
    assert [(c.text, c.span) for c in carried.rows[1].cells] == [("2. Audit breaches.", ""), ("", "above"),
                                                                  ("", "above")]
    # text under a cell that ran on is the rest of that cell: nothing is carried
    rest = raw_table(HEADER, ("", "", "twelve audited."))
    assert with_cut_cells_carried(rest, page2, cut) == rest


def test_a_row_ruled_off_alike_in_every_column_carries_nothing() -> None:
    from dhr_extract.extract.pdf.split_cells import cut_row

    rows = (((10, 100, 100, 150), (100, 100, 200, 150)),)
    table = raw_table(("Issue guidance.", "Police"))
    assert cut_row(table, rows, [make_edge(10, 150, 200, 150)], 2.0).open == ()
    assert cut_row(table, rows, [], 2.0).open == ()


def test_a_row_with_cells_covered_from_above_at_a_pages_top_is_a_new_row() -> None:
    from dhr_extract.normalise.headers import find_header
    from dhr_extract.normalise.rows import LogicalRow, is_continuation

    header = find_header(raw_table(("Recommendation", *HEADER)))
    assert header is not None
    previous = LogicalRow(header, ["Police to act.", "1. Issue guidance.", "Police", "In progress."], [False] * 4, 1, 0, 1)
    row = LogicalRow(header, ["", "2. Audit breaches.", "", ""], [True, False, True, True], 2, 1, 1)
    assert not is_continuation(row, previous)
    assert is_continuation(LogicalRow(header, ["", "2. Audit breaches.", "", ""], [False] * 4, 2, 1, 1), previous)
