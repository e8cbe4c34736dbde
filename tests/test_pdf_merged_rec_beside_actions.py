"""A recommendation's action rows in a tight borderless table (a serif face a point bigger, no padding
between rows), where the merged recommendation runs on beside the next action row:

* beside a merged block at the table's left, every column right of it starting afresh (one below a white
  gap) opens the row, however few columns the table has (``row_walk.is_row_start``);
* two columns starting afresh, one below a white gap, right of the merged recommendation, make the
  agency wrapped onto a capital, or the date after a year, a cell of the new row too
  (``row_walk.enough_fresh``, ``row_walk.after_values``);
* a label wrapped in a column narrower than it ("1" over "0") beside text running on in every other
  column is no row of its own (``row_walk.wrapped_label``);
* a reference wrapped at its hyphen ("2022/03-" over "R5") is no label: the merged cells run on beside
  the next action (``tall_cells.spanning_columns``), across a shaded RAG cell's edge too where the text
  plainly runs on (``tall_cells.lift_across_parts``), never in the shaded cells' own column;
* a whole date is no word broken at its column's edge, and an item's number alone on its line opens
  a line of the cell ("2." over "30/09/2025": ``lines.broken_word``, ``lines.opener_of``);
* numbered cells level with the top of the cells beside them are one top-aligned cell, not a stack of
  rows beside centred cells (``centre_splits.numbered_stack``);
* a period heading wrapped in a narrow column ("Q" over "1") still names its period
  (``period_marks.heading_period``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table, top_aligned_rows
from dhr_extract.extract.pdf.lines import Line, broken_at_edge, opener_of
from dhr_extract.extract.pdf.row_walk import RowWalk, lines_to_row_groups
from dhr_extract.extract.pdf.runs import column_of
from dhr_extract.extract.pdf.tall_cells import lift_across_parts
from dhr_extract.extract.pdf.text_edges import column_text_edges
from dhr_extract.normalise.period_marks import heading_period
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


TARGET = [0.0, 30.0, 180.0, 330.0, 420.0]  # number / recommendation / action / target / progress


def test_a_date_after_a_year_opens_with_the_next_action_row() -> None:
    lines = [line(100, (0, "6"), (30, "Ardley Probation to check"), (180, "Add a police check."), (330, "End of"),
                  (420, "Done in May.")),
             line(110, (30, "with the police before"), (330, "2025")),
             line(120, (30, "whenever a licence ends"), (180, "Name a contact."), (330, "End of"), (420, "Named.")),
             line(130, (30, "tell the victim."), (330, "2026")),
             line(140, (0, "7"), (30, "The CSP to meet."), (180, "Meet each quarter."), (330, "End of"),
                  (420, "Met."))]
    assert tops(lines_to_row_groups(lines, TARGET, 4.0)) == [[100, 110], [120, 130], [140]]


LABELLED = [0.0, 20.0, 150.0]  # number / recommendation / action


def test_a_number_wrapped_in_a_narrow_column_opens_no_row() -> None:
    lines = [line(100, (0, "9"), (20, "Police to tell the"), (150, "Add the step.")),
             line(110, (20, "probation officer.")),
             line(120, (0, "1"), (20, "Domestic abuse"), (150, "Agree a route")),
             line(130, (0, "0"), (20, "service to offer"), (150, "with the service.")),
             line(140, (0, "1"), (20, "Fire service to"), (150, "Train staff on")),
             line(150, (0, "1"), (20, "look for abuse."), (150, "the signs."))]
    assert tops(lines_to_row_groups(lines, LABELLED, 4.0)) == [[100, 110], [120, 130], [140, 150]]


REF = [0.0, 60.0, 200.0, 330.0]  # reference / recommendation / action / progress


def test_a_reference_wrapped_at_its_hyphen_runs_on_beside_the_next_action() -> None:
    lines = [line(100, (0, "DHR/"), (60, "The CSP to raise"), (200, "Hold a briefing."), (330, "Not started.")),
             line(110, (0, "2022/03-"), (60, "awareness of abuse")),
             line(120, (0, "R5"), (60, "among bank staff."), (200, "Share the toolkit."), (330, "In progress.")),
             line(140, (0, "DHR/"), (60, "The ICB to act."), (200, "Write to GPs."), (330, "Done.")),
             line(150, (0, "2022/03-")),
             line(160, (0, "R6"))]
    rows = top_aligned_rows(lines, REF, 4.0)
    assert [column_words(row, REF, 0) for row in rows] == [["DHR/", "2022/03-", "R5"], [], ["DHR/", "2022/03-", "R6"]]
    assert column_words(rows[0], REF, 1) == "The CSP to raise awareness of abuse among bank staff.".split()
    assert column_words(rows[1], REF, 2) == ["Share", "the", "toolkit."]


RAG = [0.0, 120.0, 220.0, 330.0]  # recommendation / agency / action / progress


def test_a_recommendation_runs_on_across_a_shaded_cells_edge_but_the_next_agency_stays() -> None:
    first = [line(100, (0, "Police to make"), (120, "Vale Adult"), (220, "Amend the form."), (330, "Done.")),
             line(110, (0, "sure that every"), (120, "Social"))]
    second = [line(120, (0, "call is followed"), (120, "Vale Adult"), (220, "Audit the calls."), (330, "Open.")),
              line(130, (0, "up."), (120, "Social"))]
    lines = first + second
    walk = RowWalk(RAG, 4.0, False, column_text_edges(lines, RAG))
    rows = lift_across_parts([[first], [second]], walk)
    assert column_words(rows[0], RAG, 0) == "Police to make sure that every call is followed up.".split()
    assert column_words(rows[1], RAG, 1) == ["Vale", "Adult", "Social"]
    assert column_words(rows[0], RAG, 1) == ["Vale", "Adult", "Social"]


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


def test_a_period_wrapped_in_a_narrow_heading_is_still_read() -> None:
    assert heading_period("2025/26 Q\n1") == ("2025/26", "Q1")
    assert heading_period("Q\n2") == ("", "Q2")
    assert heading_period("2025/26\nQ3") == ("2025/26", "Q3")
    assert heading_period("Date\ncompleted") == ("", "")


def test_a_shaded_cells_own_column_keeps_its_text_in_its_box() -> None:
    first = [line(100, (0, "Lead"), (120, "Police to make"), (220, "Amend the form."), (330, "Done.")),
             line(110, (0, "agency"), (120, "sure that every"))]
    second = [line(120, (0, "Target"), (120, "call is followed"), (220, "30/04/2025"), (330, "Open.")),
              line(130, (0, "date"), (120, "up."))]
    walk = RowWalk(RAG, 4.0, False, column_text_edges(first + second, RAG))
    rows = lift_across_parts([[first], [second]], walk, boxed=frozenset({0}))
    assert column_words(rows[0], RAG, 0) == ["Lead", "agency"] and column_words(rows[1], RAG, 0) == ["Target", "date"]


def test_a_whole_date_over_an_items_number_is_no_broken_word() -> None:
    assert not broken_at_edge(line(100, (0, "31/03/2025")), line(110, (0, "2.")), None, text_edge=50.0)
    assert broken_at_edge(line(100, (0, "31/03/202")), line(110, (0, "5")), None, text_edge=45.0)
    assert opener_of("2.") and opener_of("(3)") and not opener_of("2025.") and not opener_of("12")
