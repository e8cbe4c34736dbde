"""``lead_target_split``: a "Lead and timescale" column read as an agency column and a target column."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.lead_target_column import agency_and_target, lead_target_split


def row(index: int, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kestlebury Police\nEnd of March 2026", ("Kestlebury Police", "End of March 2026")),
    # a PDF ran the two lines together
    ("Kestlebury Citizens Advice End of November 2025", ("Kestlebury Citizens Advice", "End of November 2025")),
    ("Kestlebury Council By the end of June 2026", ("Kestlebury Council", "By the end of June 2026")),
    ("Kestlebury ICB\n31/03/2026", ("Kestlebury ICB", "31/03/2026")),
    ("Kestlebury CSP", ("Kestlebury CSP", "")),
    ("31/03/2026", ("", "31/03/2026")),
    ("Rookfield Police \u2013 March 2026", ("Rookfield Police", "March 2026")),  # a dash joins them on one line
    ("Rookfield CSP - by end of May 2026", ("Rookfield CSP", "by end of May 2026")),
])
def test_a_cell_is_cut_where_its_date_begins(text: str, expected: tuple[str, str]) -> None:
    assert agency_and_target(text) == expected


def test_a_header_naming_the_target_first_cuts_where_the_date_ends() -> None:
    assert agency_and_target("Q3 2025/26\nKestlebury Police", agency_first=False) == ("Kestlebury Police", "Q3 2025/26")


def test_the_column_becomes_an_agency_column_and_a_target_column() -> None:
    table = RawTable((row(0, "Ref", "Recommendation", "Action", "Lead and timescale", "Progress"),
                      row(1, "1", "Police to ask.", "Add the question.", "Kestlebury Police\nEnd of December 2025",
                          "Complete.")), 0)
    out = lead_target_split([table])[0]
    assert [r.texts for r in out.rows] == [
        ["Ref", "Recommendation", "Action", "Lead", "timescale", "Progress"],
        ["1", "Police to ask.", "Add the question.", "Kestlebury Police", "End of December 2025", "Complete."],
    ]


def test_a_table_with_its_own_target_column_is_left_alone() -> None:
    table = RawTable((row(0, "Ref", "Action", "Lead and timescale", "Target date"),
                      row(1, "1", "Add it.", "Kestlebury Police\nMarch 2026", "March 2026")), 0)
    assert lead_target_split([table])[0] == table


@pytest.mark.parametrize("heading", ["Lead \u2013 by when", "Lead - by when", "Who \u2014 by when"])
def test_a_header_joining_lead_and_date_with_a_dash_names_both(heading: str) -> None:
    table = RawTable((row(0, "Ref", "Action", heading), row(1, "1", "Audit files.", "Rookfield Police \u2013 March 2026")),
                     0, 1, None, "docx")
    split = lead_target_split([table])[0]
    assert [c.text for c in split.rows[1].cells] == ["1", "Audit files.", "Rookfield Police", "March 2026"]
