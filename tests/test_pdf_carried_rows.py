"""A row cut by the page break keeps all its text: the rule closing it reaches every cell it cuts;
the rest of a row cut at a page's foot, at the top of the next page in fewer columns than make a
table, is read in the columns of the table it carries on, never dropped (``borderless.carried_rest``)."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf import PageCarry, page_to_tables
from dhr_extract.extract.pdf.borderless import Layout, borderless_tables, carried_rest
from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.rules import close_open_ends, make_edge

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def test_the_rule_closing_a_cut_row_reaches_the_filled_cell_boxed_beside_it() -> None:
    # three columns cut at 300; the last cell is a filled box drawn round (its own bottom at 300), so
    # the open ends stop at 200 and the cell between 200 and 300 would have no rule under it
    edges = [make_edge(10, 100, 400, 100), make_edge(10, 100, 10, 300), make_edge(100, 100, 100, 300),
             make_edge(200, 100, 200, 300), make_edge(300, 100, 300, 300), make_edge(400, 100, 400, 300),
             make_edge(300, 300, 400, 300)]
    added = close_open_ends(edges)[len(edges):]
    assert [(e["x0"], e["top"], e["x1"], e["orientation"]) for e in added] == [(10, 300, 300, "h")]


def test_a_page_split_cell_beside_a_filled_cell_keeps_its_text() -> None:
    doc = HELDOUT / "large_print_summary_key.chromium.pdf"
    truth = json.loads((HELDOUT / "large_print_summary_key.truth.json").read_text())
    got = extract_document(doc)
    updates = {p.action_id: p.progress_text for p in got.progress}
    assert [updates.get(a.action_id) for a in got.actions] == [a["progress"] for a in truth["actions"]]
COLUMNS = (50.0, 100.0, 200.0, 300.0)


def words(top: float, *cells: tuple[float, str]) -> list[Word]:
    """The words of one line of cells (x0, text), 5 points a character, 2 a space."""
    out: list[Word] = []
    for x0, text in cells:
        at = x0
        for piece in text.split():
            out.append({"text": piece, "x0": at, "x1": at + 5.0 * len(piece), "top": top, "bottom": top + 8.0,
                        "fontname": "Arial"})
            at += 5.0 * len(piece) + 2.0
    return out


def lines(*rows: list[Word]) -> list[Line]:
    return [Line(row) for row in rows]


def test_lines_in_a_later_column_at_the_top_are_the_rest_of_the_cut_row() -> None:
    page = lines(words(50, (100, "publish this")), words(60, (100, "every six months.")),
                 words(90, (50, "Key")))
    assert carried_rest(page, COLUMNS) == 2


def test_lines_at_the_tables_left_edge_alone_are_no_row() -> None:
    page = lines(words(50, (50, "Key")), words(60, (50, "G Green")))
    assert carried_rest(page, COLUMNS) == 0


def test_lines_off_the_columns_are_no_row() -> None:
    page = lines(words(50, (130, "a note set apart")))
    assert carried_rest(page, COLUMNS) == 0


def test_the_rest_becomes_a_table_in_the_known_columns_only_when_carried_over() -> None:
    page = words(50, (100, "publish this")) + words(60, (100, "every six months."))
    known = Layout(COLUMNS)
    tables, outside, _ = borderless_tables(page, 2, 0, known=known, carried_over=True)
    assert [[c.text for c in row.cells] for t in tables for row in t.rows] == \
        [["", "publish this every six months.", "", ""]]
    assert outside == []
    tables, outside, _ = borderless_tables(page, 2, 0, known=known)
    assert tables == [] and [ln.text for ln in outside] == ["publish this", "every six months."]


def test_a_recommendation_cut_by_the_page_break_keeps_its_rest() -> None:
    doc = HELDOUT / "large_print_summary_key.lo_borderless.pdf"
    truth = json.loads((HELDOUT / "large_print_summary_key.truth.json").read_text())
    got = extract_document(doc)
    last = got.recommendations[-1]
    assert last.rec_text == next(r["text"] for r in truth["recommendations"] if str(r["number"]) == last.rec_number)


def table_page(number: int, bottom_row_top: float) -> PageContent:
    """A borderless table in COLUMNS whose rows, 12 points apart, end with one at ``bottom_row_top``."""
    body = words(100, (50, "No."), (100, "Recommendation"), (200, "Action"), (300, "Lead"))
    top = 112.0
    while top <= bottom_row_top:
        body += words(top, (50, f"{int(top)}."), (100, "Review the policy"), (200, "Audit it"), (300, "Police"))
        top += 12.0
    return PageContent(number, 595.0, 842.0, body, [])


def rest_page(number: int) -> PageContent:
    """Two lines at the top of a page set in the second column only: the rest of a cut row, if any."""
    rest = words(50, (100, "publish this")) + words(60, (100, "every six months."))
    return PageContent(number, 595.0, 842.0, rest, [])


def rest_tables(before: PageContent, page: PageContent, carry: PageCarry = PageCarry()) -> list[list[str]]:
    """The rows read on ``page`` after ``before`` was read."""
    _, _, carry = page_to_tables(before, 0, carry=carry)
    tables, _, _ = page_to_tables(page, 1, carry=carry)
    return [[c.text for c in row.cells] for t in tables for row in t.rows]


def test_the_rest_of_a_row_is_read_after_a_table_that_runs_to_the_foot() -> None:
    assert rest_tables(table_page(1, 772), rest_page(2)) == [["", "publish this every six months.", "", ""]]


def test_no_rest_is_read_after_a_table_that_ends_above_the_foot() -> None:
    # pages read before reach 782 points down; this table ends at 328, so nothing of it goes overleaf
    assert rest_tables(table_page(1, 316), rest_page(2), PageCarry(foot_room=60.0)) == []


def test_no_rest_is_read_on_a_page_not_directly_after_the_cut_one() -> None:
    assert rest_tables(table_page(1, 772), rest_page(3)) == []
