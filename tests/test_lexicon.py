"""The English word list that tells two wrapped words from one word broken mid-word."""
from __future__ import annotations

from dhr_extract.lexicon import is_word, one_word, starts_word, two_words


def test_the_shipped_list_holds_plain_words_and_not_pieces() -> None:
    assert is_word("Representative") and is_word("and") and is_word("safeguarding")
    assert not is_word("safeguardin") and not is_word("representativeand")
    assert starts_word("safeguardin") and not starts_word("representativea")


def test_two_words_run_together_that_start_no_word_were_wrapped() -> None:
    assert two_words("representative", "and")
    assert not two_words("Bracken", "ford")  # a short capitalised word: a place's name may be made of words
    assert two_words("Identification", "of")  # a long one is a word of the text
    assert two_words("officers/agencies", "investigating")  # the word after a slash
    assert two_words("template", "v2")  # the letters a piece opens with
    assert not two_words("perform", "ance")  # "performance": a word broken
    assert not two_words("Safeguardin", "g")  # a piece that is no word
    assert not two_words("31/10/202", "5")  # no letters: left to the page's geometry


def test_a_capitalised_function_word_wrapped_in_a_narrow_cell_opens_no_name() -> None:
    # a narrow status column wraps "Not started", "In progress", "On track": the commonest words of
    # the language are words of the text, never the first part of a place's name
    assert two_words("Not", "started") and two_words("In", "progr") and two_words("On", "track")
    assert two_words("Review", "the")  # nor does a name go on with one
    assert not two_words("West", "by")  # a word of two letters may end a name ("Westby")
    assert not two_words("North", "brook")  # a word a name may open with ("Northbrook")
    assert not two_words("Com", "plete")  # "Complete": a word broken


def test_a_piece_that_is_no_word_and_runs_on_into_one_is_a_broken_word() -> None:
    assert one_word("releas", "es.")
    assert one_word("Safeguardin", "g")
    assert not one_word("representative", "and")  # a word already
    assert not one_word("Fenbrid", "ge")  # a name the list does not hold
