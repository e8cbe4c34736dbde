"""An unruled two-row header whose group cell ("Lead (✓)") prints centred over its sub-headed columns
lands in a middle column; it spans the run of sub-headings under it, and the header cells beside it
are merged down, as a ruled header reads (``group_header_spans``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.group_header_spans import with_group_header_spans
from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.headers import find_header


def table(*rows: list[str]) -> RawTable:
    return RawTable(tuple(Row(tuple(Cell(t) for t in texts), i) for i, texts in enumerate(rows)), 0)


TICK_MATRIX = table(["Ref", "Action", "", "Lead (✓)", "", "By when"],
                    ["", "", "Police", "Council", "CSP", ""],
                    ["1", "Add a prompt.", "✓", "", "", "Q3 2025/26"],
                    ["2", "Brief the team.", "", "", "✓", "Q4 2025/26"])


def test_centred_group_cell_spans_its_sub_headed_columns() -> None:
    spanned = with_group_header_spans(TICK_MATRIX)
    assert [(c.text, c.span) for c in spanned.rows[0].cells] == [
        ("Ref", ""), ("Action", ""), ("Lead (✓)", ""), ("", "left"), ("", "left"), ("By when", "")]
    assert [(c.text, c.span) for c in spanned.rows[1].cells] == [
        ("", "above"), ("", "above"), ("Police", ""), ("Council", ""), ("CSP", ""), ("", "above")]
    assert spanned.rows[2:] == TICK_MATRIX.rows[2:]
    header = find_header(spanned)
    assert header is not None and header.n_rows == 2
    assert header.texts[2:5] == ("Lead (✓)\nPolice", "Lead (✓)\nCouncil", "Lead (✓)\nCSP")


def test_rows_that_are_no_group_header_stay_as_read() -> None:
    two_over_run = table(["Ref", "Action", "Lead", "", "Due", "By when"],  # two cells over the run
                         ["", "", "Police", "Council", "CSP", ""], ["1", "Add a prompt.", "✓", "", "", "Q3"])
    assert with_group_header_spans(two_over_run) == two_over_run
    data_below = table(["Ref", "Action", "", "Lead", "", "By when"],  # text under a column outside the run
                       ["1", "", "Police", "Council", "CSP", ""], ["2", "Add a prompt.", "✓", "", "", "Q3"])
    assert with_group_header_spans(data_below) == data_below
