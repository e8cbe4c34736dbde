"""Struck-through words (``strikes``): a thin line or filled box through a word's middle marks it
superseded; the cell reads without it, unless every word of the cell is struck."""
from __future__ import annotations

import pytest

from dhr_extract.extract.pdf.lines import words_to_cell_text
from dhr_extract.extract.pdf.strikes import mark_struck_words


def word(text: str, x0: float, top: float, x1: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10.0, "fontname": "Sans"}


def box(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom}


def progress_words() -> list[dict]:
    return [word("Complete.", 100, 100, 140),
            word("03/03/2025:", 100, 112, 150), word("Drafted.", 153, 112, 190),
            word("18/06/2025:", 100, 124, 150), word("Published.", 153, 124, 195)]


def test_a_filled_thin_box_through_each_word_s_middle_drops_the_superseded_entry() -> None:
    words = progress_words()
    strikes = [box(100, 116.2, 150, 116.95), box(153, 116.2, 190, 116.95)]  # a browser's <del>, per word
    assert mark_struck_words(words, strikes) == {id(s) for s in strikes}
    assert words_to_cell_text(words, (95, 95, 300, 140)) == "Complete.\n18/06/2025: Published."


def test_one_stroked_line_across_a_run_of_words_strikes_them_all() -> None:
    words = progress_words()
    strikes = [box(100, 117, 190, 117)]
    assert mark_struck_words(words, strikes) == {id(strikes[0])}
    assert words_to_cell_text(words, (95, 95, 300, 140)) == "Complete.\n18/06/2025: Published."


@pytest.mark.parametrize("line", [
    box(100, 121.5, 190, 122.0),  # an underline, at the words' foot
    box(90, 117, 300, 117.5),  # a rule reaching well past the words
    box(100, 115, 190, 118),  # a box too thick to be a strike
])
def test_underlines_rules_and_thick_boxes_strike_nothing(line: dict) -> None:
    words = progress_words()
    assert mark_struck_words(words, [line]) == set()
    assert words_to_cell_text(words, (95, 95, 300, 140)) == \
        "Complete.\n03/03/2025: Drafted.\n18/06/2025: Published."


def test_a_cell_struck_through_as_a_whole_is_kept() -> None:
    words = [word("31/03/2025", 100, 100, 150)]
    assert len(mark_struck_words(words, [box(100, 104.5, 150, 105.2)])) == 1
    assert words_to_cell_text(words, (95, 95, 200, 115)) == "31/03/2025"


def test_a_strike_running_on_through_the_space_after_a_wrapped_line_s_last_word_strikes_it() -> None:
    words = progress_words()  # LibreOffice strikes the trailing space of a wrapped line: 3 points on
    strikes = [box(100, 117, 193, 117)]
    assert mark_struck_words(words, strikes) == {id(strikes[0])}
    assert words_to_cell_text(words, (95, 95, 300, 140)) == "Complete.\n18/06/2025: Published."
