"""A word the renderer broke mid-word at a narrow column's edge is joined again."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.lines import (Line, broken_word, first_char_width, reaches_edge, runs_on,
                                          unbreakable_width, words_to_cell_text, wraps_inside)
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


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


def test_an_english_word_broken_a_hair_before_the_edge_is_joined_where_a_piece_of_another_is_not() -> None:
    head = word("Probatio", 293.2, 100.0, [6.1] * 8)  # ends at 342.0
    tail = word("n", 293.2, 112.0, [6.1])
    edge = 348.7  # 6.7 points left: "n" would seem to fit, by 0.6 (a renderer's own measures differ)
    assert broken_word(Line([head]), Line([tail]), edge, padding=0.0)  # "Probation": one English word
    other = word("Holmbrid", 293.2, 100.0, [6.1] * 8)
    assert not broken_word(Line([other]), Line([word("e", 293.2, 112.0, [6.1])]), edge, padding=0.0)  # a name


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


def test_a_value_broken_before_its_joining_mark_is_joined_without_a_space() -> None:
    digit, slash, q = 5.7, 3.0, 6.6  # a target column 23 points inside its padding: "2025" fills it
    pieces = [word("Q2", 414.2, 100.0, [q, digit]), word("2025", 414.2, 110.0, [digit] * 4),
              word("/26", 414.2, 120.0, [slash, digit, digit])]
    box = (408.7, 95.0, 443.0, 135.0)  # text may reach 437.5; "2025" ends at 437.0, no room for "/"
    assert words_to_cell_text(pieces, box) == "Q2 2025/26"  # "Q2" left room: a wrap, joined with a space
    roomy = (408.7, 95.0, 463.0, 135.0)  # each next piece would have fitted: real breaks, kept
    assert words_to_cell_text(pieces, roomy) == "Q2\n2025\n/26"


def test_a_piece_opening_with_a_joining_mark_runs_on_only_after_a_letter_or_digit() -> None:
    assert runs_on("2025", "/26") and runs_on("2024", "-2025") and runs_on("Q1", "\u20132")
    assert not runs_on("2025", "-") and not runs_on("staff", "/ police")  # a dash alone; a slash spaced


def test_a_word_reaches_its_edge_where_not_one_more_character_fits() -> None:
    date = word("2025", 414.2, 100.0, [5.7] * 4)  # ends at 437.0
    assert reaches_edge(date, 439.0) and not reaches_edge(date, 443.0)  # its own mean character: 5.7
    assert not reaches_edge(date, 439.0, next_char=1.5)  # a narrow next character would have fitted


def test_financial_years_broken_in_a_narrow_ruled_target_column_read_as_written() -> None:
    """The portrait print of a plan whose Target column is four digits wide: "Q2" / "2025" / "/26"."""
    plan = HELDOUT / "outcome_date_agreed"
    truth = [a["target"] for a in json.loads(plan.with_suffix(".truth.json").read_text())["actions"]]
    got = [a.target_date_text for a in extract_document(plan.with_suffix(".lo_portrait.pdf")).actions]
    assert got == truth and "Q2 2025/26" in got


def test_a_hyphenated_compound_filling_its_line_was_wrapped_not_broken_mid_word() -> None:
    # "out-of-hours" ends 2.6 points short of the column's text edge, too little for "s", but a
    # renderer breaks mid-word only a line with nowhere else to wrap, and it could wrap after "of-"
    compound = word("out-of-hours", 211.4, 100.0, [5.0, 5.0, 3.0, 3.0, 5.0, 3.0, 3.0] + [5.0] * 5)
    tail = word("safeguarding", 211.4, 111.5, [4.8] * 12)
    edge = 266.0  # the compound ends at 263.4
    assert not broken_word(Line([compound]), Line([tail]), edge, padding=0.0)
    assert words_to_cell_text([compound, tail], None, text_edge=edge) == "out-of-hours safeguarding"
    plain = word("outofhours", 211.4, 100.0, [5.2] * 10)  # as wide, with no hyphen: nowhere else to wrap
    assert broken_word(Line([plain]), Line([tail]), edge, padding=0.0)
    assert words_to_cell_text([plain, tail], None, text_edge=edge) == "outofhourssafeguarding"


def test_a_hyphen_a_renderer_may_wrap_after_sits_before_a_letter() -> None:
    assert wraps_inside("out-of-hours") and wraps_inside("Self-assessment")
    assert not wraps_inside("2024-2025") and not wraps_inside("Self-") and not wraps_inside("Region")


def test_a_word_broken_right_after_its_apostrophe_is_joined_without_a_space() -> None:
    head = word("Children'", 201.2, 100.0, [6.4, 5.0, 2.2, 2.2, 5.0, 3.3, 5.0, 5.0, 1.5])  # ends at 236.8
    tail, rest = word("s", 201.2, 109.3, [4.2]), word("Services", 201.2, 118.6, [5.4] + [4.0] * 7)
    edge = 238.5  # the cell's text may reach here: 1.7 points left, too little for "s"
    assert broken_word(Line([head]), Line([tail]), edge, padding=0.0)
    assert words_to_cell_text([head, tail, rest], None, text_edge=edge) == "Children's Services"
    curly = dict(head, text="Children\u2019")
    assert words_to_cell_text([curly, tail, rest], None, text_edge=edge) == "Children\u2019s Services"


def test_a_plural_possessive_wrapped_at_its_space_keeps_the_space() -> None:
    assert runs_on("Children'", "s") and not runs_on("officers'", "Annual")  # capitals after it start a word
    assert not runs_on("'", "s") and not runs_on("1990'", "s")  # no letter before the mark
    head = word("officers'", 201.2, 100.0, [4.0] * 9)  # ends at 237.2
    tail = word("annual", 201.2, 109.3, [4.0] * 6)
    assert words_to_cell_text([head, tail], None, text_edge=250.0) == "officers' annual"  # room left: a wrap


def test_an_agency_broken_at_its_apostrophe_in_a_narrow_ruled_column_reads_as_written() -> None:
    plan = HELDOUT / "yes_partly_wide_progress"
    truth = [a["agency"] for a in json.loads(plan.with_suffix(".truth.json").read_text())["actions"]]
    assert [a.agency for a in extract_document(plan.with_suffix(".lo_portrait.pdf")).actions] == truth


def test_a_date_whose_year_a_narrow_column_broke_is_one_value_wherever_the_text_edge_seems() -> None:
    # a borderless page where this row's date is the column's furthest line: the edge taken from the
    # line but one (388.7) stands left of the piece's end, so the edge alone cannot tell the break
    head = word("30/04/202", 346.0, 79.1, [5.6, 5.6, 2.8, 5.6, 5.6, 2.8, 5.6, 5.6, 5.6])
    tail = word("5", 346.0, 90.6, [5.6])
    assert words_to_cell_text([head, tail], None, text_edge=388.7) == "30/04/2025"
    short = word("31/12/20", 399.6, 148.2, [4.0] * 8)
    assert words_to_cell_text([short, word("25", 399.6, 157.4, [4.0] * 2)], None, text_edge=424.0) == "31/12/2025"
    # not a year together, or a new paragraph under a whole date: kept apart
    assert words_to_cell_text([short, word("7", 399.6, 157.4, [4.0])], None,
                              text_edge=424.0).split() == ["31/12/20", "7"]
    assert words_to_cell_text([short, word("25", 399.6, 175.0, [4.0] * 2)], None,
                              text_edge=424.0).split() == ["31/12/20", "25"]
    # a date ending well short of its column's text edge was broken by hand, not by the column
    assert words_to_cell_text([short, word("25", 399.6, 157.4, [4.0] * 2)], None,
                              text_edge=460.0).split() == ["31/12/20", "25"]


def test_an_english_word_filling_its_line_before_another_was_wrapped_not_broken() -> None:
    from tests.helpers import typeset_line

    # "representative" leaves 3 points in its cell, too little for the "a" of "and": the page alone
    # cannot tell a wrap from a break, the words can.
    lines = [typeset_line(100.0, (192.0, "MARAC")), typeset_line(112.0, (192.0, "representative")),
             typeset_line(124.0, (192.0, "and a deputy."))]
    box = (186.5, 95.0, 268.0, 140.0)  # 70 points of text: "representative" fills all but 2
    assert words_to_cell_text([w for ln in lines for w in ln.words], box) == "MARAC representative and a deputy."
    pieces = [typeset_line(112.0, (192.0, "Safeguardin")), typeset_line(124.0, (192.0, "g Board"))]
    narrow = (186.5, 95.0, 254.0, 140.0)  # "Safeguardin" fills all but 1 point
    assert words_to_cell_text([w for ln in pieces for w in ln.words], narrow) == "Safeguarding Board"


def test_a_word_broken_short_of_its_cell_by_less_than_the_next_letter_is_run_on() -> None:
    head = word("releas", 161.2, 100.0, [4.05] * 6)  # ends at 185.5, a mean letter short of filling its line
    tail = word("es.", 161.2, 110.0, [4.9, 4.0, 2.0])
    box = (155.7, 95.0, 195.7, 125.0)  # text may reach 190.2: 4.7 points left, the "e" needs 4.9
    assert words_to_cell_text([head, tail], box) == "releases."


def test_a_word_broken_past_its_columns_text_edge_is_run_on_only_when_it_is_one_word() -> None:
    from tests.helpers import typeset_line

    edge = 372.0  # the column's line but one ends here; the broken word reaches past it
    broken = [typeset_line(100.0, (320.0, "Safeguardin")), typeset_line(112.0, (320.0, "g Adults Board"))]
    assert words_to_cell_text([w for ln in broken for w in ln.words], None, text_edge=edge) == "Safeguarding Adults Board"
    other = [typeset_line(100.0, (320.0, "Westminster")), typeset_line(112.0, (320.0, "g Adults Board"))]
    # a whole word past the edge: no word broken there, whatever the next line opens with
    assert words_to_cell_text([w for ln in other for w in ln.words], None, text_edge=edge).split()[:2] == ["Westminster", "g"]


def test_the_actions_of_a_large_print_plan_read_as_annotated_where_a_word_fills_its_line() -> None:
    # "representative" leaves less room in its ruled cell than the "a" of "and" on the next line
    plan = HELDOUT / "large_print_summary_key"
    truth = [a["action"] for a in json.loads(plan.with_suffix(".truth.json").read_text())["actions"]]
    assert [a.action_text for a in extract_document(plan.with_suffix(".lo_portrait.pdf")).actions] == truth


def test_an_agency_broken_past_its_borderless_columns_text_edge_reads_as_annotated() -> None:
    # "Safeguardin" ends past its column's text edge (the column's line but one): one word broken
    plan = HELDOUT / "group_rules_only"
    truth = [a["agency"] for a in json.loads(plan.with_suffix(".truth.json").read_text())["actions"]]
    assert [a.agency for a in extract_document(plan.with_suffix(".lo_borderless.pdf")).actions] == truth


def test_a_status_wrapped_in_a_column_a_few_characters_wide_keeps_its_space() -> None:
    # a ruled status column 30 points wide (5.5 of padding): "Not" fills its line, "started" is broken
    # further down; "Not" is one of the commonest words of English, so it was wrapped, not broken
    box = (300.0, 100.0, 330.0, 150.0)
    lines = [word("Not", 305.5, 105.0, [6.8, 5.6, 4.4]), word("start", 305.5, 115.0, [3.9, 2.8, 4.4, 3.3, 2.8]),
             word("ed", 305.5, 125.0, [4.4, 5.6])]
    assert words_to_cell_text(lines, box) == "Not started"
    name = [word("North", 305.5, 105.0, [4.5, 3.5, 2.5, 2.5, 3.5]), word("brook", 305.5, 115.0, [5.6] * 5)]
    assert words_to_cell_text(name, box) == "Northbrook"  # a short capitalised word opening a name


def test_a_word_broken_after_a_list_items_bullet_is_joined() -> None:
    # a ruled cell 216-266 (5.5 of padding): a bullet, then "Identificati" filling the room from the
    # item's indent to the rule; "on" opens the next line
    box = (196.8, 150.0, 266.4, 200.0)
    bullet = word("\uf0b7", 202.3, 153.3, [4.1])
    piece = word("Identificati", 216.4, 153.3, [3.0] + [4.0] * 11)
    lines = [bullet, piece, word("on", 216.4, 164.9, [5.6, 5.6]), word("of", 230.0, 164.9, [5.6, 3.0])]
    assert words_to_cell_text(lines, box) == "• Identification of"
    assert broken_word(Line([bullet, piece]), Line([lines[2]]), box[2])


def test_a_two_level_label_broken_before_its_letter_in_a_narrow_column_is_one_label() -> None:
    digit, r = 5.6, 6.5  # a Ref column 12 points wide: "R2" fills it, the "a" of "R2a" did not fit
    head, tail = word("R2", 56.8, 100.0, [r, digit]), word("a", 56.8, 110.0, [5.2])
    edge = 69.0  # where the column's text ends
    assert words_to_cell_text([head, tail], None, text_edge=edge) == "R2a"
    assert words_to_cell_text([word("10.2", 56.8, 100.0, [3.0, 3.0, 2.0, 4.0]),
                               word("b", 56.8, 110.0, [5.2])], None, text_edge=edge) == "10.2b"
    # a letter opening words on the next line is text, not a suffix; a label with room left was wrapped
    words = [head, tail, word("new", 64.0, 110.0, [3.0, 3.0, 3.0])]
    assert words_to_cell_text(words, None, text_edge=edge) == "R2 a new"
    assert words_to_cell_text([head, tail], None, text_edge=90.0) == "R2 a"


def test_two_numbers_further_apart_than_a_paragraphs_lines_are_two_values() -> None:
    """A narrow number column: "1" over "0" at the cell's line spacing is "10" broken at the column's
    edge, but "4" over "5" a row's gap apart are two rows' numbers, however full each line."""
    digit = [3.2]
    edge = 60.0
    assert words_to_cell_text([word("1", 56.8, 338.5, digit), word("0", 56.8, 349.6, digit)], None,
                              text_edge=edge) == "10"  # 1.1 points apart: one paragraph
    apart = words_to_cell_text([word("4", 56.8, 324.0, digit), word("5", 56.8, 350.0, digit)], None, text_edge=edge)
    assert apart.split() == ["4", "5"]  # 16 points apart (1.6 line heights): two values
    assert words_to_cell_text([word("30/04/202", 56.8, 100.0, [5.0] * 9), word("5", 56.8, 126.0, digit)], None,
                              text_edge=101.8).split() == ["30/04/202", "5"]


def test_the_numbers_of_two_rows_read_together_stay_two_numbers() -> None:
    """dark_rows_valign_html as Ghostscript re-distils it: rows 4 and 5 still read as one row, but the
    No. column's "4" and "5", a row's gap apart, are not one number "45"."""
    tables = read_pdf_file(HELDOUT / "dark_rows_valign_html.gs.pdf").tables
    numbers = [n for row in tables[0].rows[1:] for n in row.cells[0].text.split()]
    assert numbers == ["1", "2", "3", "4", "5"]


def test_a_date_with_its_four_digit_year_is_whole_and_the_next_lines_digits_are_the_next_date() -> None:
    assert not runs_on("-20/01/2026", "31") and not runs_on(".30/04/2026", "31.06.26")  # a stray mark before it
    assert runs_on("31/10/202", "1") and runs_on("14/09/20", "26")  # a year still missing digits runs on
