"""A theme set vertically in an unruled table's first column, one merged cell beside several
recommendations: the rotated words are as tall as many lines, so the line they opened swallowed
every line beside them and the numbers 1 and 2 were read as one label ``12``.  A word set vertically
joins the one line it starts beside and sets no line's band or height (``lines.words_to_lines``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Word, words_to_lines
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"


def word(text: str, x0: float, top: float, bottom: float | None = None, direction: str = "ltr") -> Word:
    return {"text": text, "x0": x0, "x1": x0 + 8.0, "top": top, "bottom": top + 9.0 if bottom is None else bottom,
            "direction": direction}


def test_a_vertical_word_joins_the_line_it_starts_beside_and_no_other() -> None:
    words = [word("1", 82, 136), word("Police", 107, 136), word("Risk and protection", 56, 143, 242, "btt"),
             word("flag", 107, 147), word("victim", 107, 157), word("2", 82, 199), word("Probation", 107, 199)]
    lines = words_to_lines(words)
    assert [ln.text for ln in lines] == ["Risk and protection 1 Police", "flag", "victim", "2 Probation"]
    assert (lines[0].top, lines[0].bottom) == (136, 145)  # its height is its upright words'


def test_a_vertical_word_above_every_line_beside_it_joins_the_first() -> None:
    lines = words_to_lines([word("Theme", 56, 130, 180, "ttb"), word("1", 82, 136), word("2", 82, 199)])
    assert [ln.text for ln in lines] == ["Theme 1", "2"]


def test_numbers_beside_a_vertical_theme_band_stay_two_recommendations() -> None:
    table = read_pdf_file(FIXTURES / "vertical_theme_band_unruled.pdf").tables[0]
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Th eme", "No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        ["Risk and protection", "1", "Police to flag the address of a victim under a protection order.",
         "Add the flag.", "Police", "Oct 2025", "Complete."],
        ["", "", "", "Brief call handlers on the flag.", "Police", "Dec 2025", "In progress."],
        ["", "2", "Probation to share the release plan.", "Send the plan to the IDVA.", "Probation", "Jan 2026",
         "Not started."],
        ["", "3", "GPs to see a patient alone.", "Issue guidance.", "GP practices", "Nov 2025", "Complete."],
    ]
