"""A word the renderer broke mid-word at a narrow column's edge is joined again."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import (Line, broken_word, first_char_width, unbreakable_width,
                                          words_to_cell_text)


def word(text: str, x0: float, top: float, widths: list[float]) -> dict:
    """A word whose characters have the given widths, side by side from x0."""
    chars, x = [], x0
    for ch, w in zip(text, widths):
        chars.append((x, x + w, ch))
        x += w
    return {"text": text, "x0": x0, "x1": x, "top": top, "bottom": top + 10.0, "chars": tuple(chars)}


def test_a_tail_opening_with_a_wide_letter_is_measured_by_that_letter() -> None:
    tail = word("al", 128.0, 112.0, [5.6, 2.2])  # "a" then a narrow "l": their mean is narrower than "a"
    assert abs(first_char_width(tail) - 5.6) < 1e-9
    assert abs(first_char_width({k: v for k, v in tail.items() if k != "chars"}) - 3.9) < 1e-9  # no characters kept


def test_a_word_broken_at_the_column_edge_is_joined_where_its_next_letter_did_not_fit() -> None:
    head = word("Region", 128.0, 100.0, [7.2, 5.6, 5.6, 2.2, 5.6, 5.4])  # ends at 159.6
    tail = word("al", 128.0, 112.0, [5.6, 2.2])
    edge = 164.0  # the column's text reaches here: 4.4 points left, too little for "a"
    assert broken_word(Line([head]), Line([tail]), edge, padding=0.0)
    assert words_to_cell_text([head, tail], None, text_edge=edge) == "Regional"
    wide_edge = 170.0  # room for "a": the renderer would have set it on the line, so this was a wrap
    assert not broken_word(Line([head]), Line([tail]), wide_edge, padding=0.0)


def test_a_date_broken_into_pieces_in_a_column_a_few_characters_wide_is_joined_without_spaces() -> None:
    digit, slash = 5.7, 3.0  # a column 36 points wide: four characters to a line, a fifth does not fit
    pieces = [word("31/0", 302.3, 100.0, [digit, digit, slash, digit]),
              word("3/20", 302.3, 110.0, [digit, slash, digit, digit]), word("25", 302.3, 120.0, [digit, digit])]
    box = (296.8, 95.0, 332.9, 135.0)  # the ruled cell: 25 points inside its padding, each piece fills 20
    assert words_to_cell_text(pieces, box) == "31/03/2025"
    roomy = (296.8, 95.0, 352.9, 135.0)  # room for the next character on each line: real breaks, kept
    assert words_to_cell_text(pieces, roomy).split() == ["31/0", "3/20", "25"]


def test_a_hyphenated_word_needs_room_only_for_its_first_piece() -> None:
    compound = word("Self-assessment", 482.5, 100.0, [6.0, 5.0, 2.0, 3.0, 3.0] + [5.0] * 10)
    assert abs(unbreakable_width(compound) - 19.0) < 1e-9  # "Self-": a renderer may wrap after the hyphen
    plain = word("returns", 482.5, 100.0, [5.0] * 7)
    assert abs(unbreakable_width(plain) - 35.0) < 1e-9
    assert abs(unbreakable_width(word("-5", 482.5, 100.0, [3.0, 5.0])) - 8.0) < 1e-9  # a leading sign breaks nothing
