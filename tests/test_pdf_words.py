"""Words from characters (extract/pdf/words.py): pdfplumber's ``extract_words``, with its loops written
out for text set along the lines; the same words, boxes and characters in every case it handles, and
pdfplumber's own path for the rest."""
from __future__ import annotations

from pdfplumber.utils import extract_words as pdfplumber_words

from dhr_extract.extract.pdf.settings import DEFAULT
from dhr_extract.extract.pdf.words import extract_words


def char(text: str, x0: float, top: float, font: str = "Arial", upright: bool = True, width: float = 5.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + 10.0, "doctop": 1000.0 + top,
            "upright": upright, "size": 10.0, "height": 10.0, "width": width, "fontname": font}


def typeset(text: str, x0: float, top: float, **kwargs: object) -> list[dict]:
    return [char(ch, x0 + 5.0 * i, top, **kwargs) for i, ch in enumerate(text)]


CASES = {
    "words split at blanks": typeset("Review the pathway", 50, 100),
    "a gap wider than the tolerance": [*typeset("Police", 50, 100), *typeset("Health", 84, 100)],
    "a character set back": [*typeset("ab", 50, 100), char("c", 40, 100)],
    "a line below": [*typeset("first", 50, 100), *typeset("second", 75, 112)],
    "a bold run": [*typeset("Rec ", 50, 100), *typeset("1", 70, 100, font="Arial-Bold")],
    "an empty character": [*typeset("ab", 50, 100), char("", 60, 100), *typeset("cd", 65, 100)],
    "a ligature": [char("ﬁ", 50, 100), *typeset("le", 55, 100)],
    "text turned on its side": [char(ch, 50, 100 + 5.0 * i, upright=False) for i, ch in enumerate("Status")],
    "lines out of order": [*typeset("below", 50, 130), *typeset("above", 50, 100)],
}


def test_words_from_characters_are_pdfplumbers() -> None:
    settings = [DEFAULT.word_settings, {}, {"x_tolerance": 1, "y_tolerance": 0.5},
                {**DEFAULT.word_settings, "keep_blank_chars": True, "use_text_flow": True},
                {"split_at_punctuation": True}, {"x_tolerance_ratio": 0.2}]
    for name, chars in CASES.items():
        for kwargs in settings:
            for return_chars in (True, False):
                expected = pdfplumber_words(chars, return_chars=return_chars, **kwargs)
                assert expected, name
                assert extract_words(chars, return_chars=return_chars, **kwargs) == expected, (name, kwargs)


def test_words_split_where_pdfplumber_splits_them() -> None:
    chars = [*typeset("Police", 50, 100), *typeset("Health", 84, 100), char("", 120, 100), *typeset(" ok", 125, 100)]
    words = extract_words(chars, **DEFAULT.word_settings)
    assert [w["text"] for w in words] == ["Police", "Health", "", "ok"]
    assert (words[0]["x0"], words[0]["x1"], words[0]["doctop"]) == (50, 80, 1100.0)


def letter_spaced(text: str, x0: float, top: float, gap: float, word_gap: float) -> list[dict]:
    """Characters of capitals set with ``gap`` points between letters and ``word_gap`` between words."""
    chars, at = [], x0
    for piece in text.split():
        for ch in piece:
            chars.append(char(ch, at, top))
            at += 5.0 + gap
        at += word_gap - gap
    return chars


def test_letter_spaced_capitals_are_read_as_words() -> None:
    from dhr_extract.extract.pdf.words import join_letter_spaced

    chars = letter_spaced("INFORMATION SHARING", 50, 100, gap=2.4, word_gap=7.0)
    chars[5]["x0"] -= 0.8  # a kerned pair (``AT``) sits closer than the even gap
    words = join_letter_spaced(extract_words(chars, **DEFAULT.word_settings), DEFAULT)
    assert [w["text"] for w in words] == ["INFORMATION", "SHARING"]
    assert (words[0]["x0"], words[0]["x1"]) == (50, chars[10]["x1"])


def test_single_letters_unevenly_or_widely_set_stay_words() -> None:
    from dhr_extract.extract.pdf.words import join_letter_spaced

    chars = [*letter_spaced("A B", 50, 100, gap=2.4, word_gap=2.4), *letter_spaced("C D E", 80, 100, 2.4, 9.0)]
    words = join_letter_spaced(extract_words(chars, **DEFAULT.word_settings), DEFAULT)
    assert [w["text"] for w in words] == ["A", "B", "C", "D", "E"]
