"""The line under a borderless table: a plain line running across the column starts, set close under
the last row with no gap, is the page's text (an address, a footer), not a row of the table."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.regions import is_plain_line, text_under_table

COLUMNS = [10.0, 60.0, 160.0]


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10.0,
            "fontname": "Sans-Bold" if bold else "Sans"}


def rows() -> list[Line]:
    return [Line([word("No.", 10, 0, True), word("Action", 60, 0, True), word("Lead", 160, 0, True)]),
            Line([word("1", 10, 12), word("Train", 60, 12), word("Police", 160, 12)]),
            Line([word("2", 10, 24), word("Audit", 60, 24), word("Council", 160, 24)])]


def under(top: float, bold: bool = False, first: str = "Oakhurst") -> Line:
    """One run of words from the first column across the second's start."""
    texts = [first, "Safer", "Partnership", "Town", "Hall"]
    words, x = [], 10.0
    for text in texts:
        words.append(word(text, x, top, bold))
        x += 5.0 * len(text) + 2.5
    return Line(words)


def test_a_plain_line_set_close_under_the_rows_is_outside_the_table() -> None:
    lines = rows() + [under(36)]  # no more gap than between the rows
    assert is_plain_line(lines[-1])
    assert text_under_table(lines, 0, 4, COLUMNS) == 3


def test_a_bold_or_labelled_line_at_the_foot_stays_a_row_of_the_table() -> None:
    theme = rows() + [under(36, bold=True)]  # a theme row spanning the table, its rows overleaf
    assert text_under_table(theme, 0, 4, COLUMNS) == 4
    labelled = rows() + [under(36, first="3.")]  # a recommendation spanning the table
    assert not is_plain_line(labelled[-1])
    assert text_under_table(labelled, 0, 4, COLUMNS) == 4


def test_a_line_keeping_to_the_first_column_is_left_to_the_rows() -> None:
    short = rows() + [Line([word("Oakhurst", 10, 36)])]
    assert text_under_table(short, 0, 4, COLUMNS) == 4


def test_a_line_set_at_the_margin_left_of_every_cell_s_text_is_outside_the_table() -> None:
    """Cells hold their text in from their edges; a web page's closing paragraph printed under its table
    starts at the margin, further left, even when it keeps to the first column."""
    closing = rows() + [Line([word("Contact", 8.6, 36), word("us.", 44, 36)])]  # 8.6 to 59: across no start
    assert text_under_table(closing, 0, 4, COLUMNS) == 3
    bold = rows() + [Line([word("Contact", 8.6, 36, True), word("us.", 44, 36, True)])]  # a row spanning the table
    assert text_under_table(bold, 0, 4, COLUMNS) == 4


def test_libreoffice_print_of_an_accordion_page_leaves_its_closing_line_out_of_the_last_action() -> None:
    from pathlib import Path

    from dhr_extract.extract.pdf import read_pdf

    pdf = Path(__file__).parent / "fixtures" / "heldout" / "accordion_details_html.lo_landscape.pdf"
    last = read_pdf(pdf, pdf.read_bytes(), "sha").tables[-1]
    assert [[c.text for c in row.cells] for row in last.rows] == [
        ["Action", "Who", "By when", "Progress"],
        ["Run a campaign with the local Age UK branch.", "Denholm CSP", "28/02/2026", "Not started."],
        ["Give talks at community centres for older residents.", "Denholm CSP", "31/03/2026",
         "In progress. Four talks booked."]]
