"""Tables nested in an outer table's rows, printed stacked down the page without the outer rules
(LibreOffice's print of an HTML plan whose actions are a small table in each recommendation's row):
a header of column names repeated under an outer header heads tables nested in the outer rows."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.stacked_nested import Header, beside_header, gutter, is_nested_row, stacked_nested_table

FIXTURES = Path(__file__).parent / "fixtures"


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top, "bottom": top + 10,
            "fontname": "Verdana-Bold" if bold else "Verdana"}


def line(text: str, x0: float, top: float, bold: bool = False) -> list[dict]:
    """A line's words set one word space (3 points) apart."""
    words = []
    for t in text.split():
        words.append(word(t, x0, top, bold))
        x0 = words[-1]["x1"] + 3
    return words


def names(top: float) -> list[dict]:
    return [word("Action", 80, top, True), word("Agency", 180, top, True), word("Due", 260, top, True)]


def stacked_page() -> list[dict]:
    return [
        word("Rec", 50, 100, True), word("Recommendation", 200, 100, True), word("Actions", 400, 100, True),
        word("Recommendation", 80, 120, True), *line("Share records.", 100, 131),
        word("1", 52, 150), *names(150),
        *line("Write policy.", 80, 165), word("Police", 180, 165), word("2025", 260, 165),
        word("Recommendation", 80, 185, True), *line("Train all the staff in risk checks and in the new forms", 100, 196),
        word("2", 52, 215), *names(215),
        *line("Run training.", 80, 230), word("Council", 180, 230), word("2026", 260, 230),
        *line("Audit files.", 80, 245), word("Council", 180, 245), word("2027", 260, 245),
        *line("Contact the team for a copy.", 48, 275),  # text under the table, across the label column's edge
    ]


def texts(table) -> list[list[str]]:
    return [[c.text + (f"<{c.span}>" if c.span else "") for c in row.cells] for row in table.rows]


def test_stacked_nested_tables_read_as_sub_rows_of_their_outer_rows() -> None:
    found = stacked_nested_table(stacked_page(), 1, 0)
    assert found is not None
    assert texts(found.table) == [
        ["Rec", "Recommendation", "Action", "Agency", "Due"],
        ["1", "Recommendation\nShare records.", "Write policy.", "Police", "2025"],
        ["2", "Recommendation\nTrain all the staff in risk checks and in the new forms", "Run training.", "Council", "2026"],
        ["<above>", "<above>", "Audit files.", "Council", "2027"],
    ]
    assert "Contact" not in {w["text"] for w in found.words}  # the line under the table is left to the page


def test_a_header_written_once_or_without_an_outer_header_is_no_stacked_table() -> None:
    page = stacked_page()
    once = [w for w in page if w["top"] < 185]
    assert stacked_nested_table(once, 1, 0) is None
    no_outer = [w for w in page if w["top"] > 110]
    assert stacked_nested_table(no_outer, 1, 0) is None


def test_text_running_across_the_nested_columns_is_no_nested_row() -> None:
    header = Header(tuple((w,) for w in names(150)))
    assert is_nested_row(line("Write policy.", 80, 165) + [word("Police", 180, 165)], header, 3.5)
    assert not is_nested_row(line("Train all the staff in risk checks and in the new forms", 100, 196), header, 3.5)
    assert not is_nested_row(line("Scope Local", 80, 196), header, 3.5)  # one column only: the outer row's text


def test_gutter_is_the_widest_gap_no_word_covers() -> None:
    words = [word("ab", 10, 0), word("cd", 40, 0), word("ef", 52, 0)]  # 10-20, 40-50, 52-62
    assert gutter(words, 0, 70, 3.5) == 30.0
    assert gutter(words, 45, 70, 3.5) == 66.0  # from the last word's end to the bound
    assert gutter(words, 41, 60, 3.5) is None


def test_libreoffice_print_of_nested_action_tables_reads_as_the_html() -> None:
    """nested_action_tables_html.lo_portrait.pdf: no rules at all; each action table under its recommendation."""
    pdf = FIXTURES / "heldout" / "nested_action_tables_html.lo_portrait.pdf"
    doc = read_pdf(pdf, pdf.read_bytes(), "sha")
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Rec", "Recommendation", "Action", "Lead agency", "Target date",
                                                      "Progress"]
    assert [c.text for c in first.rows[2].cells] == [
        "", "", "Dip-sample twenty neighbour dispute calls.", "Corrington Police", "30/09/2025",
        "In progress. Sample drawn; results due in October."]
    assert [c.text for c in first.rows[3].cells][:1] == ["2"]
    assert first.rows[3].cells[1].text == ("Recommendation\nCorrington ICB to make sure that a GP is told when a "
                                           "patient is discussed at MARAC.\nScope\nLocal")
    assert [len(t.rows) for t in doc.tables] == [8, 5]


def test_outer_rules_drawn_round_stacked_nested_tables_make_no_grid_of_their_own() -> None:
    """nested_action_tables_html.lo_ruled.pdf: the outer table ruled, its nested tables laid across its columns."""
    pdf = FIXTURES / "heldout" / "nested_action_tables_html.lo_ruled.pdf"
    doc = read_pdf(pdf, pdf.read_bytes(), "sha")
    assert [(t.page, t.n_cols, len(t.rows)) for t in doc.tables] == [(1, 6, 8), (2, 6, 5)]
    assert [c.text for c in doc.tables[1].rows[1].cells] == [
        "", "support at first contact.\nScope\nLocal", "Set a follow-up call at fourteen days.",
        "Corrington Victim Support", "30/04/2025", "Complete. Calls made from April 2025."]


def test_text_beside_the_nested_header_is_a_column_of_its_own_not_stacked_tables() -> None:
    """A table nested in one cell beside the recommendation's (Word's nested table, ruled): the outer
    row's text runs down beside the nested header, so the tables are not stacked under it."""
    header = Header(((word("Action", 180, 150, True),), (word("Agency", 260, 150, True),),
                     (word("Due", 340, 150, True),)))
    assert beside_header(header, line("Share the records", 80, 152), 68.5)
    assert not beside_header(header, [word("1", 52, 150)], 68.5)  # the label, left of the gutter
    assert not beside_header(header, line("Scope Local", 80, 135), 68.5)  # text above the header


def test_word_nested_table_print_is_left_to_the_nested_grid_reader() -> None:
    """nested_action_tables.pdf (LibreOffice print of a Word table nested beside the recommendation)."""
    pdf = FIXTURES / "nested_action_tables.pdf"
    doc = read_pdf(pdf, pdf.read_bytes(), "sha")
    assert {t.strategy for t in doc.tables} == {"ruled"}
