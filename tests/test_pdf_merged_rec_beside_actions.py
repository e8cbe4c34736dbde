"""A recommendation's action rows in a tight borderless table (a serif face a point bigger, no padding
between rows), where the merged recommendation runs on beside the next action row:

* beside a merged block at the table's left, every column right of it starting afresh (one below a white
  gap) opens the row, however few columns the table has (``row_walk.is_row_start``);
* two columns starting afresh, one below a white gap, right of the merged recommendation, make the
  agency wrapped onto a capital a cell of the new row too (``row_evidence.enough_fresh``), but not
  beside blank columns only, nor where a blank column ran down to the line above;

* numbered cells level with the top of the cells beside them are one top-aligned cell, not a stack of
  rows beside centred cells (``centre_splits.numbered_stack``);
* a whole date is no word broken at its column's edge, and an item's number alone on its line opens
  a line of the cell ("2." over "30/09/2025": ``lines.broken_word``, ``lines.opener_of``);
* in a top-aligned table a tall cell's text that plainly runs on (lower case, or after a hyphen) is
  given back to its row across a stacked shaded cell's edge (a RAG cell: ``tall_cells.lift_across_parts``),
  never in the shaded cells' own column."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table, top_aligned_rows
from dhr_extract.extract.pdf.lines import Line, broken_at_edge, opener_of
from dhr_extract.extract.pdf.row_evidence import enough_fresh
from dhr_extract.extract.pdf.row_walk import RowWalk, lines_to_row_groups
from dhr_extract.extract.pdf.runs import column_of
from dhr_extract.extract.pdf.tall_cells import lift_across_parts
from dhr_extract.extract.pdf.text_edges import TextEnd, column_text_edges
from tests.helpers import typeset_line

line = typeset_line


def column_words(group: list[Line], columns: list[float], column: int) -> list[str]:
    return [w["text"] for ln in sorted(group, key=lambda ln: ln.top) for w in ln.words
            if column_of(w["x0"], columns) == column]

def tops(groups: list[list[Line]]) -> list[list[float]]:
    return [sorted(ln.top for ln in group) for group in groups]


NARROW = [0.0, 30.0, 230.0, 270.0]  # number / recommendation / action number / action


def test_the_next_action_row_opens_beside_a_merged_recommendation_in_a_narrow_table() -> None:
    lines = [line(100, (0, "1"), (30, "Police to record the children"), (230, "1.1"), (270, "Add a field.")),
             line(110, (30, "present at each incident and")),
             line(120, (30, "share their names with the"), (230, "1.2"), (270, "Set up notices.")),
             line(130, (30, "school.")),
             line(140, (0, "2"), (30, "ICB to tell GPs."), (230, "2.1"), (270, "Agree a form."))]
    assert tops(lines_to_row_groups(lines, NARROW, 4.0)) == [[100, 110], [120, 130], [140]]
    rows = top_aligned_rows(lines, NARROW, 4.0)
    assert column_words(rows[0], NARROW, 1) == \
        "Police to record the children present at each incident and share their names with the school.".split()
    assert column_words(rows[1], NARROW, 1) == [] and column_words(rows[1], NARROW, 2) == ["1.2"]


AGENCY = [0.0, 30.0, 180.0, 330.0, 420.0]  # number / recommendation / action / agency / status


def test_an_agency_wrapped_onto_a_capital_opens_with_the_next_action_row() -> None:
    lines = [line(100, (0, "3"), (30, "Ardley Housing to give"), (180, "Write guidance for"),
                  (330, "Ardley Housing"), (420, "IP")),
             line(110, (30, "a victim who reports"), (180, "officers on lodgers."), (330, "Partnership")),
             line(120, (30, "abuse by a lodger the"), (180, "Brief the housing team."), (330, "Ardley Housing"),
                  (420, "NS")),
             line(130, (30, "same advice."), (330, "Partnership")),
             line(140, (0, "4"), (30, "Ardley Council to act."), (180, "Add a prompt."), (330, "Ardley Council"),
                  (420, "C"))]
    assert tops(lines_to_row_groups(lines, AGENCY, 4.0)) == [[100, 110], [120, 130], [140]]
    rows = top_aligned_rows(lines, AGENCY, 4.0)
    assert column_words(rows[0], AGENCY, 1) == \
        "Ardley Housing to give a victim who reports abuse by a lodger the same advice.".split()
    assert column_words(rows[1], AGENCY, 3) == ["Ardley", "Housing", "Partnership"]


def test_two_fresh_columns_open_a_row_only_beside_a_merged_cell_with_its_left_neighbours_ended_before() -> None:
    def end(bottom: float) -> TextEnd:
        return TextEnd(bottom, 20.0, False, True)

    # number (0) / recommendation (1, running on) / action (2) / agency (3) / status (4); target (5) / progress (6)
    number_on_first_line = {0: end(110.0), 1: end(130.0), 2: end(120.0), 3: end(130.0), 4: end(110.0)}
    date_down_to_line_above = {**number_on_first_line, 0: end(130.0)}
    assert enough_fresh({2, 4}, {3}, {1}, True, number_on_first_line, frozenset({0}))
    assert not enough_fresh({2, 4}, {3}, {1}, True, date_down_to_line_above, frozenset({0}))
    # a merged target date (5) beside the merged agency (3) ran down to the line above: "Care" may be the agency's
    shared_date = {**number_on_first_line, 5: end(130.0), 6: end(110.0)}
    assert not enough_fresh({2, 6}, {3}, {1}, True, shared_date, frozenset({0, 5}))
    assert not enough_fresh({2, 4}, {3}, set(), True, number_on_first_line, frozenset({0, 1}))  # blank beside only
    assert not enough_fresh({2, 4}, {3}, {1}, False, number_on_first_line, frozenset({0}))  # no white gap above


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


RAG = [0.0, 120.0, 220.0, 330.0]  # recommendation / agency / action / progress
HEADER = line(90, (0, "Recommendation"), (120, "Agency"), (220, "Action"), (330, "Progress"))


def test_a_recommendation_runs_on_across_a_shaded_cells_edge_but_the_next_agency_stays() -> None:
    first = [line(100, (0, "Police to make"), (120, "Vale Adult"), (220, "Amend the form."), (330, "Done.")),
             line(110, (0, "sure that every"), (120, "Social"))]
    second = [line(120, (0, "call is followed"), (120, "Vale Adult"), (220, "Audit the calls."), (330, "Open.")),
              line(130, (0, "up."), (120, "Social"))]
    lines = [HEADER] + first + second
    walk = RowWalk(RAG, 4.0, False, column_text_edges(lines, RAG))
    rows = lift_across_parts([[[HEADER], first], [second]], walk)
    assert column_words(rows[1], RAG, 0) == "Police to make sure that every call is followed up.".split()
    assert column_words(rows[1], RAG, 1) == ["Vale", "Adult", "Social"]
    assert column_words(rows[2], RAG, 1) == ["Vale", "Adult", "Social"]


def test_a_shaded_cells_own_column_keeps_its_text_in_its_box() -> None:
    first = [line(100, (0, "Lead"), (120, "Police to make"), (220, "Amend the form."), (330, "Done.")),
             line(110, (0, "agency"), (120, "sure that every"))]
    second = [line(120, (0, "Target"), (120, "call is followed"), (220, "30/04/2025"), (330, "Open.")),
              line(130, (0, "date"), (120, "up."))]
    walk = RowWalk(RAG, 4.0, False, column_text_edges([HEADER] + first + second, RAG))
    rows = lift_across_parts([[[HEADER], first], [second]], walk, boxed=frozenset({0}))
    assert column_words(rows[1], RAG, 0) == ["Lead", "agency"] and column_words(rows[2], RAG, 0) == ["Target", "date"]
    assert column_words(rows[1], RAG, 1) == "Police to make sure that every call is followed up.".split()
