"""A recommendation's action rows in a tight borderless table (a serif face a point bigger, no padding
between rows), where the merged recommendation runs on beside the next action row:

* numbered cells level with the top of the cells beside them are one top-aligned cell, not a stack of
  rows beside centred cells (``centre_splits.numbered_stack``);
* a whole date is no word broken at its column's edge, and an item's number alone on its line opens
  a line of the cell ("2." over "30/09/2025": ``lines.broken_word``, ``lines.opener_of``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import broken_at_edge, opener_of
from tests.helpers import typeset_line

line = typeset_line

STACK = [0.0, 150.0, 300.0, 400.0]  # recommendation / action / agency / progress


def test_numbered_items_level_with_the_cells_beside_them_are_one_cell() -> None:
    pitch = 11.5
    item2 = 120.0 + 2 * pitch + 2.8  # two cells' padding apart, as a centred stack's items are
    lines = [typeset_line(100.0, (0.0, "Recommendation"), (150.0, "Action"), (300.0, "Agency"), (400.0, "Progress"),
                          font="Arial-Bold", height=10.0, space=3.0),
             typeset_line(120.0, (0.0, "Police to act"), (150.0, "1. Issue guidance"), (300.0, "Vale"),
                          (400.0, "In progress."), height=10.0, space=3.0),
             typeset_line(120.0 + pitch, (0.0, "on breaches"), (150.0, "to officers."), (300.0, "Police"),
                          (400.0, "Guidance"), height=10.0, space=3.0),
             typeset_line(item2, (0.0, "of orders"), (150.0, "2. Audit twenty"), (300.0, "Public"),
                          (400.0, "issued to"), height=10.0, space=3.0),
             typeset_line(item2 + pitch, (0.0, "at once."), (150.0, "breaches."), (300.0, "Protection"),
                          (400.0, "all teams."), height=10.0, space=3.0)]
    table, _ = body_to_table(sorted(lines, key=lambda ln: ln.top), STACK, 1, 0, cut=False)
    assert [[cell.text for cell in row.cells] for row in table.rows[1:]] == [
        ["Police to act on breaches of orders\nat once.", "1. Issue guidance to officers.\n2. Audit twenty breaches.",
         "Vale Police Public Protection", "In progress. Guidance issued to all teams."]]


def test_a_whole_date_over_an_items_number_is_no_broken_word() -> None:
    assert not broken_at_edge(line(100, (0, "31/03/2025")), line(110, (0, "2.")), None, text_edge=50.0)
    assert broken_at_edge(line(100, (0, "31/03/202")), line(110, (0, "5")), None, text_edge=45.0)
    assert opener_of("2.") and opener_of("(3)") and not opener_of("2025.") and not opener_of("12")
