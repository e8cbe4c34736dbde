"""A column whose cells each set the same labels on lines of their own (``Recommendation`` / ``Scope``,
as a browser prints an HTML definition list) read as one column per label."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line, lines_to_paragraphs
from dhr_extract.extract.terms import expand_term_lines
from dhr_extract.model import Cell


def grid(*rows: tuple[str, str]) -> list[list[Cell]]:
    return [[Cell(a), Cell(b)] for a, b in rows]


def texts(g: list[list[Cell]]) -> list[list[str]]:
    return [[c.text if not c.span else "^" + c.span[0] for c in row] for row in g]


def test_labelled_cells_become_one_column_per_label_named_in_the_header() -> None:
    g = grid(("Rec", "Recommendation"), ("1", "Recommendation\nTrain staff.\nScope\nLocal"),
             ("2", "Recommendation\nAudit files.\nScope\nNational"))
    assert texts(expand_term_lines(g)) == [["Rec", "Recommendation", "Scope"], ["1", "Train staff.", "Local"],
                                           ["2", "Audit files.", "National"]]


def test_a_row_without_labels_keeps_its_cell_in_the_first_column() -> None:
    g = grid(("Rec", "Recommendation"), ("1", "Recommendation\nTrain staff.\nScope\nLocal"),
             ("", "carried over from the page before."), ("2", "Recommendation\nAudit files.\nScope\nNational"))
    assert texts(expand_term_lines(g))[2] == ["", "carried over from the page before.", ""]


def test_one_labelled_cell_or_labels_not_shared_leave_the_column_as_it_is() -> None:
    once = grid(("Rec", "Recommendation"), ("1", "Recommendation\nTrain staff.\nScope\nLocal"), ("2", "Audit files."))
    assert texts(expand_term_lines(once)) == texts(once)
    apart = grid(("1", "Recommendation\nTrain staff.\nScope\nLocal"), ("2", "Recommendation\nAudit files.\nLead\nICB"))
    assert texts(expand_term_lines(apart)) == texts(apart)


def test_a_label_under_its_cells_without_the_others_leaves_the_column_as_it_is() -> None:
    g = grid(("1", "Recommendation\nTrain staff.\nScope\nLocal"), ("2", "Recommendation\nAudit files.\nScope\nNational"),
             ("3", "See:\nScope\nNational"))
    assert texts(expand_term_lines(g)) == texts(g)


def word(text: str, x0: float, top: float, width: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10,
            "fontname": "Verdana-Bold" if bold else "Verdana"}


def test_a_bold_line_under_a_plain_one_opens_a_paragraph() -> None:
    full = Line([word("the", 10, 0, 30), word("guidance.", 43, 0, 43)])  # to 86: no room for the next word
    assert lines_to_paragraphs([full, Line([word("Scope", 10, 12, 30, bold=True)])], None) == ["the guidance.", "Scope"]
    assert lines_to_paragraphs([full, Line([word("Scope", 10, 12, 30)])], None) == ["the guidance. Scope"]
