"""A recommendation's action rows beside its merged cells come apart in a borderless table: a date a
narrow column broke ("31/05/202" over "5") is one whole value, so the next row's date under it opens
that column afresh instead of running on (``text_edges.opens_value``), and every tall merged cell
running on into the next row is given back to its own row, past a short merged cell (the number)
between two tall ones (``tall_cells.spanning_columns``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.borderless import top_aligned_rows
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups
from dhr_extract.extract.pdf.runs import column_of
from dhr_extract.extract.pdf.text_edges import opens_value

from tests.helpers import typeset_line, typeset_word

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [0.0, 200.0, 280.0, 350.0]  # recommendation / action / target date / progress
WIDE = [0.0, 100.0, 130.0, 300.0, 380.0, 450.0]  # agency / number / recommendation / action / date / progress


word, line = typeset_word, typeset_line


def column_words(group: list[Line], columns: list[float], column: int) -> list[str]:
    return [w["text"] for ln in group for w in ln.words if column_of(w["x0"], columns) == column]


def test_a_date_broken_at_the_columns_edge_opens_a_value() -> None:
    assert opens_value("31/08/202") and opens_value("31/08/2025") and opens_value("5")
    assert opens_value("31/08") and opens_value("31/08/")  # broken at its separator ("31/08" / "/2025")
    assert not opens_value("Check") and not opens_value("/2025")  # a year closing a date opens none


def test_the_next_action_row_opens_beside_a_merged_recommendation() -> None:
    lines = [line(100, (0, "Police to record the link"), (200, "Make it law."), (280, "31/05/202"),
                  (350, "Complete.")),
             line(110, (0, "between the people at"), (280, "5")),
             line(120, (0, "every call to a domestic"), (200, "Check logs."), (280, "31/08/202"),
                  (350, "In progress.")),
             line(130, (0, "incident."), (280, "5"))]
    groups = lines_to_row_groups(lines, COLUMNS, 4.0)
    assert [[ln.top for ln in g] for g in groups] == [[100, 110], [120, 130]]
    rows = top_aligned_rows(lines, COLUMNS, 4.0)
    assert column_words(rows[0], COLUMNS, 0) == "Police to record the link between the people at every call to a " \
                                                "domestic incident.".split()
    assert column_words(rows[1], COLUMNS, 0) == [] and column_words(rows[1], COLUMNS, 2) == ["31/08/202", "5"]


def test_tall_merged_cells_either_side_of_a_short_one_go_back_to_their_row() -> None:
    lines = [line(100, (0, "Vale"), (100, "3"), (130, "Police to record"), (300, "Make it law."), (380, "31/05/2025"),
                  (450, "Complete.")),
             line(110, (0, "Borough"), (130, "the link between")),
             line(120, (0, "Council"), (130, "the people."), (300, "Check logs."), (380, "31/08/2025"),
                  (450, "Open."))]
    rows = top_aligned_rows(lines, WIDE, 4.0)
    assert len(rows) == 2
    assert column_words(rows[0], WIDE, 0) == ["Vale", "Borough", "Council"]
    assert column_words(rows[0], WIDE, 2) == "Police to record the link between the people.".split()
    assert column_words(rows[1], WIDE, 3) == ["Check", "logs."]


def test_two_action_rows_of_each_recommendation_are_read_apart() -> None:
    got = extract_document(HELDOUT / "agency_first_jumping_numbers.lo_borderless.pdf")
    assert len(got.actions) == 10
    assert all(len(a.target_date_text.split()) == 1 for a in got.actions)
