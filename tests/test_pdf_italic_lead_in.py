"""A line set wholly in italic under a sentence's end opens a paragraph, however close under it: the
lead-in of a list ("Actions:" over "1. …") set as an italic paragraph with a small margin, not a wrapped
line of the sentence above.  Under a line that ends mid-sentence it is the sentence's italic words."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import lines_to_paragraphs
from tests.helpers import typeset_line

PLAIN, ITALIC = "DejaVuSans", "DejaVuSans-Oblique"


def paragraphs(first: str, second: str) -> list[str]:
    lines = [typeset_line(100.0, (0.0, first), font=PLAIN), typeset_line(110.0, (0.0, second), font=ITALIC),
             typeset_line(120.0, (0.0, "1. Add a prompt."), font=PLAIN)]
    return lines_to_paragraphs(lines, right_edge=None)


def test_an_italic_line_after_a_sentence_opens_a_paragraph() -> None:
    assert paragraphs("because of neighbour problems.", "Actions:") == [
        "because of neighbour problems.", "Actions:", "1. Add a prompt."]


def test_an_italic_line_mid_sentence_runs_on() -> None:
    assert paragraphs("as set out in the", "Statutory Guidance")[0] == "as set out in the Statutory Guidance"
