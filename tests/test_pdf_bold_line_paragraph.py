"""Lines to paragraphs in a PDF cell: a label set in bold on a line of its own under a plain line
(as a browser prints an HTML definition list's terms) opens a paragraph, so
``normalise.labelled_blocks`` finds it alone on its line."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import Line, lines_to_paragraphs


def word(text: str, x0: float, top: float, width: float, bold: bool = False) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10,
            "fontname": "Verdana-Bold" if bold else "Verdana"}


def test_a_bold_line_under_a_plain_one_opens_a_paragraph() -> None:
    full = Line([word("the", 10, 0, 30), word("guidance.", 43, 0, 43)])  # to 86: no room for the next word
    assert lines_to_paragraphs([full, Line([word("Scope", 10, 12, 30, bold=True)])], None) == ["the guidance.", "Scope"]
    assert lines_to_paragraphs([full, Line([word("Scope", 10, 12, 30)])], None) == ["the guidance. Scope"]
