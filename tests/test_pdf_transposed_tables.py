"""Borderless plan tables turned on their side: the column names down the first column, a column per
action, a recommendation's text merged across its actions' columns."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import group_to_cells
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.merged_cells import merged_beside_cells
from dhr_extract.extract.pdf.regions import next_table_start
from dhr_extract.extract.pdf.crossing_lines import runs_across
from tests.helpers import typeset_word
from tests.test_pdf_regions import line

COLUMNS = [10.0, 110.0, 230.0, 350.0]


def transposed(top: float, numbers: list[str], actions: list[str], agencies: list[str]) -> list[Line]:
    """A plan table turned on its side: labels at x 10, a column per action at 110, 230, 350."""
    rows = [("Rec no.", numbers), ("Action", actions), ("Lead agency", agencies), ("Target date", ["2025"] * 3)]
    return [line(top + 12 * k, (10, label), *[(x, t) for x, t in zip(COLUMNS[1:], cells) if t], bold=k == 0)
            for k, (label, cells) in enumerate(rows)]


def test_a_first_label_written_again_under_a_blank_line_starts_the_next_table() -> None:
    lines = transposed(100, ["1", "", "2"], ["Add a notice", "Check cases", "Add a module"], ["Police", "Police", "ICB"]) \
        + transposed(160, ["3", "4"], ["Write a guide", "Add a question"], ["CSP", "Council"])
    assert next_table_start(lines, 0, len(lines)) == 4


def test_a_first_label_written_again_at_the_line_spacing_starts_nothing() -> None:
    lines = transposed(100, ["1", "2"], ["Add a notice", "Add a module"], ["Police", "ICB"]) \
        + transposed(148, ["3", "4"], ["Write a guide", "Add a question"], ["CSP", "Council"])
    assert next_table_start(lines, 0, len(lines)) is None  # no blank line between: one table's rows


def test_a_cell_merged_across_columns_keeps_its_words_and_covers_the_next_column() -> None:
    group = [line(100, (10, "Recommendation"), (110, "Police to tell the IDVA service"), (350, "ICB to train")),
             line(112, (110, "within a day of release."), (350, "GP staff."))]
    assert [(c.text, c.span) for c in group_to_cells(group, COLUMNS)] == [
        ("Recommendation", ""), ("Police to tell the IDVA service within a day of release.", ""), ("", "left"),
        ("ICB to train GP staff.", "")]
    assert merged_beside_cells(group[0], COLUMNS) and not runs_across(group[0], COLUMNS)  # no row across the table


def test_a_line_across_the_table_with_nothing_beside_it_still_spans_it() -> None:
    theme = line(100, (10, "Theme one: a heading running across the columns"))
    assert not merged_beside_cells(theme, COLUMNS) and runs_across(theme, COLUMNS)


def test_a_column_with_text_of_its_own_in_the_row_is_not_covered() -> None:
    group = [line(100, (10, "Recommendation"), (110, "Police to tell the IDVA service"), (350, "ICB to train")),
             line(112, (230, "Own text"), (350, "GP staff."))]
    assert [c.text for c in group_to_cells(group, COLUMNS)] == [
        "Recommendation", "Police to tell the IDVA service", "Own text", "ICB to train GP staff."]


def test_header_words_set_vertically_a_gutter_apart_are_two_cells() -> None:
    """Words set on their side are tall and narrow: the gutter between two such header cells is narrower
    than a share of their height, so they fall in one run, but wider than a word space."""
    tall = [dict(typeset_word(text, x0, 100, height=80.0), x1=x0 + 8.0) for text, x0 in (("Target", 205.0),
                                                                                         ("RAG", 233.0))]
    header = Line([typeset_word("Ref", 10, 170, height=10.0), *tall, typeset_word("Progress", 350, 170, height=10.0)])
    assert not merged_beside_cells(header, COLUMNS)
    assert [c.text for c in group_to_cells([header], COLUMNS)] == ["Ref", "Target", "RAG", "Progress"]
