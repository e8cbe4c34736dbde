"""A word a browser hyphenated at a soft hyphen, in a font with a glyph for U+2010 HYPHEN, prints its
break as that hyphen at the line's end ("saf‐" / "eguarding"): one word, written without it.  A hyphen
the author typed (U+002D) keeps its compound whole ("out-of-" / "hours")."""
from __future__ import annotations

from dhr_extract.extract.pdf.lines import join_wrapped


def test_a_break_hyphen_joins_the_halves_of_one_word() -> None:
    assert join_wrapped("to strengthen saf\u2010", "eguarding arrang\u2010") == "to strengthen safeguarding arrang\u2010"
    assert join_wrapped("arrang\u2010", "ements for victims") == "arrangements for victims"


def test_other_hyphens_at_a_wrap_stay() -> None:
    assert join_wrapped("an out-of-", "hours service") == "an out-of-hours service"
    assert join_wrapped("Police \u2010", "to act") == "Police \u2010 to act"  # a dash standing alone
    assert join_wrapped("Health\u2010", "Social Care") == "Health\u2010 Social Care"  # a capital after it: two words
