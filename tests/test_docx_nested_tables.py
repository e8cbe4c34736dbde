"""DOCX cells holding a table of actions read as sub-rows of their row, as the HTML reader does.

A column whose cells each hold one nested table (and no text beside it) of the same header becomes
that header's columns, each nested row a sub-row merged under its outer row; one nested table
alone, or a table with text beside it, stays the cell's text.
"""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.extract.docx import read_docx
from dhr_extract.model import RawTable
from tests.test_extract_docx import make_docx, p, tbl, tc, tr

FIXTURES = Path(__file__).parent / "fixtures"


def cells(table: RawTable) -> list[list[str]]:
    return [[c.text if not c.span else "^" + c.span[0] for c in row.cells] for row in table.rows]


def actions(*rows: tuple[str, str]) -> str:
    body = "".join(tr(tc(p(a)), tc(p(b))) for a, b in rows)
    return tbl(tr(tc(p("Action")), tc(p("Lead"))), body, cols=2)


def outer(*rows: tuple[str, str]) -> str:
    """An outer table; each cell of its second column a table and Word's empty paragraph after it."""
    body = "".join(tr(tc(p(number)), f"<w:tc>{inner}<w:p/></w:tc>") for number, inner in rows)
    return tbl(tr(tc(p("Rec")), tc(p("Actions"))), body, cols=2)


def tables(body: str) -> list[list[list[str]]]:
    return [cells(t) for t in read_docx(Path("plan.docx"), make_docx(body), "sha").tables]


def test_nested_tables_become_sub_rows_under_their_row() -> None:
    body = outer(("1", actions(("Book a course.", "Police"), ("Run it.", "Police"))),
                 ("2", actions(("Sample ten.", "ICB"))))
    assert tables(body) == [[
        ["Rec", "Action", "Lead"],
        ["1", "Book a course.", "Police"],
        ["^a", "Run it.", "Police"],
        ["2", "Sample ten.", "ICB"],
    ]]


def test_one_nested_table_stays_the_text_of_its_cell() -> None:
    body = outer(("1", actions(("Book a course.", "Police"))))
    assert tables(body) == [[["Rec", "Actions"], ["1", "Action Lead\nBook a course. Police"]]]


def test_text_beside_a_nested_table_keeps_the_cells_as_they_were() -> None:
    beside = tbl(tr(tc(p("Rec")), tc(p("Actions"))),
                 tr(tc(p("1")), tc(p("See:"), actions(("Book a course.", "Police")))),
                 tr(tc(p("2")), f"<w:tc>{actions(('Sample ten.', 'ICB'))}<w:p/></w:tc>"), cols=2)
    assert tables(beside) == [[["Rec", "Actions"], ["1", "See:\nAction Lead\nBook a course. Police"],
                               ["2", "Action Lead\nSample ten. ICB"]]]


def test_fixture_rows_are_the_annotated_actions_under_their_recommendations() -> None:
    """nested_action_tables.docx (tools/make_fixtures.py): each recommendation's actions a table in its row."""
    truth = json.loads((FIXTURES / "nested_action_tables.truth.json").read_text())
    expected = [["No.", "Recommendation", "Scope", "Action", "Lead agency", "Target date", "Progress"]]
    for rec in truth["recommendations"]:
        for k, a in enumerate(a for a in truth["actions"] if a["rec"] == rec["number"]):
            outer_cells = [rec["number"], rec["text"], rec["scope"]] if k == 0 else ["^a"] * 3
            expected.append([*outer_cells, a["action"], a["agency"], a["target"], a["progress"]])
    doc = read_docx(FIXTURES / "nested_action_tables.docx",
                    (FIXTURES / "nested_action_tables.docx").read_bytes(), "sha")
    assert [cells(t) for t in doc.tables] == [expected]


def bold(text: str) -> str:
    return f"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>"


def log(header: tuple[str, str], *rows: tuple[str, str]) -> str:
    """A small dated log table, its header row in bold."""
    body = "".join(tr(tc(p(a)), tc(p(b))) for a, b in rows)
    return tbl(tr(tc(bold(header[0])), tc(bold(header[1]))), body, cols=2)


def test_a_bold_header_row_of_a_table_nested_beside_text_is_left_out() -> None:
    progress = tbl(tr(tc(p("Action")), tc(p("Progress"))),
                   tr(tc(p("Audit the files.")),
                      tc(p("Under way."), log(("When", "Note"), ("02/03/2024", "Ten files read."),
                                              ("14/01/2024", "Audit agreed.")))), cols=2)
    assert tables(progress) == [[["Action", "Progress"],
                                 ["Audit the files.", "Under way.\n02/03/2024 Ten files read.\n14/01/2024 Audit agreed."]]]


def test_a_first_row_of_data_in_bold_stays() -> None:
    progress = tbl(tr(tc(p("Action")), tc(p("Progress"))),
                   tr(tc(p("Audit the files.")),
                      tc(p("Under way."), log(("02/03/2024", "Ten files read."), ("14/01/2024", "Audit agreed.")))),
                   cols=2)
    assert tables(progress)[0][1][1] == "Under way.\n02/03/2024 Ten files read.\n14/01/2024 Audit agreed."
