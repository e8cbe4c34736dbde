"""HTML cells holding a table of actions, or a definition list, read as more columns of the table.

A column whose cells each hold one nested table of the same header becomes that header's columns
(each nested row a sub-row under its outer row); a column whose cells each hold a ``<dl>`` of the
same terms becomes one column per term.  One nested table alone, or cells with other text beside
the table, stay as they were (the nested table a table of its own).
"""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.html import read_html
from dhr_extract.model import RawDocument, RawTable


def read(html: str) -> RawDocument:
    return read_html(Path("plan.html"), html.encode(), "ab" * 32)


def cells(table: RawTable) -> list[list[str]]:
    return [[c.text if not c.span else "^" + c.span[0] for c in row.cells] for row in table.rows]


def actions(*rows: tuple[str, str]) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table><thead><tr><th>Action</th><th>Lead</th></tr></thead><tbody>{body}</tbody></table>"


def terms(text: str, scope: str) -> str:
    return f"<dl><dt>Recommendation</dt><dd>{text}</dd><dt>Scope</dt><dd>{scope}</dd></dl>"


PLAN = f"""<table><thead><tr><th>Rec</th><th>Recommendation</th><th>Actions</th></tr></thead><tbody>
<tr><td>1</td><td>{terms("Train staff.", "Local")}</td><td>{actions(("Book a course.", "Police"), ("Run it.", "Police"))}</td></tr>
<tr><td>2</td><td>{terms("Audit files.", "National")}</td><td>{actions(("Sample ten.", "ICB"))}</td></tr>
</tbody></table>"""


def test_nested_tables_become_sub_rows_and_terms_become_columns() -> None:
    doc = read(PLAN)
    assert [cells(t) for t in doc.tables] == [[
        ["Rec", "Recommendation", "Scope", "Action", "Lead"],
        ["1", "Train staff.", "Local", "Book a course.", "Police"],
        ["^a", "^a", "^a", "Run it.", "Police"],
        ["2", "Audit files.", "National", "Sample ten.", "ICB"],
    ]]


def test_one_nested_table_stays_a_table_of_its_own() -> None:
    doc = read(f"""<table><tr><th>Rec</th><th>Actions</th></tr>
    <tr><td>1</td><td>{actions(("Book a course.", "Police"))}</td></tr>
    <tr><td>2</td><td>Nothing yet.</td></tr></table>""")
    assert len(doc.tables) == 2 and doc.tables[1].parent == 0
    assert cells(doc.tables[1]) == [["Action", "Lead"], ["Book a course.", "Police"]]


def test_text_beside_a_nested_table_keeps_the_cells_as_they_were() -> None:
    doc = read(f"""<table><tr><th>Rec</th><th>Actions</th></tr>
    <tr><td>1</td><td>See: {actions(("Book a course.", "Police"))}</td></tr>
    <tr><td>2</td><td>{actions(("Sample ten.", "ICB"))}</td></tr></table>""")
    assert len(doc.tables) == 3 and [len(t.rows) for t in doc.tables] == [3, 2, 2]


def test_definition_lists_of_different_terms_stay_text() -> None:
    doc = read("""<table><tr><th>Rec</th><th>Recommendation</th></tr>
    <tr><td>1</td><td><dl><dt>Text</dt><dd>Train.</dd><dt>Scope</dt><dd>Local</dd></dl></td></tr>
    <tr><td>2</td><td><dl><dt>Aim</dt><dd>Audit.</dd><dt>Owner</dt><dd>ICB</dd></dl></td></tr></table>""")
    assert cells(doc.tables[0])[1] == ["1", "Text\nTrain.\nScope\nLocal"]


def log(head: str, *rows: tuple[str, str]) -> str:
    body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return f"<table>{head}{body}</table>"


def test_a_marked_header_row_of_a_table_nested_beside_text_is_left_out() -> None:
    entries = (("02/03/2024", "Ten files read."), ("14/01/2024", "Audit agreed."))
    doc = read(f"""<table><tr><th>Action</th><th>Progress</th></tr>
    <tr><td>Audit the files.</td><td>Under way.{log("<tr><th>When</th><th>Note</th></tr>", *entries)}</td></tr>
    <tr><td>Read the notes.</td><td>Begun.{log("<tr><td><b>When</b></td><td><b>Note</b></td></tr>", *entries)}</td></tr>
    <tr><td>Close the files.</td><td>Begun.{log("<tr><td>When</td><td>Note</td></tr>", *entries)}</td></tr>
    </table>""")
    assert [row[1] for row in cells(doc.tables[0])[1:]] == [
        "Under way.\n02/03/2024 Ten files read.\n14/01/2024 Audit agreed.",
        "Begun.\n02/03/2024 Ten files read.\n14/01/2024 Audit agreed.",
        "Begun.\nWhen Note\n02/03/2024 Ten files read.\n14/01/2024 Audit agreed.",  # not marked as a header
    ]
