"""``parallel_lines_split``: a recommendation's actions a line each in one row, each with its date a line
in the target cell beside it, become a row per action."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.parallel_lines import parallel_lines_split, repeated, sentences, side_items


def row(index: int, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index, 1)


HEADER = row(0, "No.", "Recommendation", "Actions", "Lead", "By", "Progress")


def rows_of(*body: Row) -> list[tuple[list[str], list[str]]]:
    table = parallel_lines_split([RawTable((HEADER, *body), 0)])[0]
    return [(r.texts, [c.span for c in r.cells]) for r in table.rows[1:]]


def test_each_line_with_its_own_date_is_an_action() -> None:
    assert rows_of(row(1, "1", "Police to tell the victim.", "Add it to the checklist.\nAudit twenty releases.",
                       "Police", "Dec 2025\nMar 2026", "Complete.\nIn progress.")) == [
        (["1", "Police to tell the victim.", "Add it to the checklist.", "Police", "Dec 2025", "Complete."],
         ["", "", "", "", "", ""]),
        (["", "", "Audit twenty releases.", "", "Mar 2026", "In progress."],
         ["above", "above", "", "above", "", ""]),
    ]


def test_a_wrapped_action_beside_one_date_is_one_action() -> None:
    one = row(1, "1", "Police to tell the victim.", "Add it to the checklist\nand audit it.", "Police", "Dec 2025", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_lines_that_are_not_all_dates_do_not_pair_off() -> None:
    one = row(1, "1", "Police to tell the victim.", "Add it.\nAudit it.", "Police", "Dec 2025\nor sooner", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_a_cell_with_another_count_of_lines_keeps_the_row_whole() -> None:
    one = row(1, "1", "Police to tell.", "Add it.\nAudit it.", "Police\nCouncil\nHealth", "Dec 2025\nMar 2026", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_a_sub_item_or_a_line_cut_mid_sentence_is_no_action_of_its_own() -> None:
    # two target dates (the first and the revised) beside one action whose second line is its sub-item
    one = row(1, "", "", "The trust to review its training.\na) To identify training so staff can", "Trust",
              "March 2014\nApril 2014", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_a_print_that_lost_the_action_lines_pairs_the_dates_with_as_many_sentences() -> None:
    # the action's break fell where its next word would not have fitted, so the print joined the actions;
    # the lead written twice over is the lead of each action
    assert rows_of(row(1, "1", "Police to tell the victim.", "Add it to the checklist. Audit twenty releases.",
                       "Police Service Police Service", "Dec 2025\nMar 2026", "Complete.\nIn progress.")) == [
        (["1", "Police to tell the victim.", "Add it to the checklist.", "Police Service", "Dec 2025", "Complete."],
         ["", "", "", "", "", ""]),
        (["", "", "Audit twenty releases.", "Police Service", "Mar 2026", "In progress."],
         ["above", "above", "", "", "", ""]),
    ]


def test_dates_on_one_line_beside_two_sentences_are_one_action() -> None:
    one = row(1, "20", "The hospital to write a policy.", "Develop a policy. Submit the draft for scrutiny.",
              "Hospital", "June 2014 April 2015", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_one_action_of_two_sentences_beside_one_date_is_one_action() -> None:
    one = row(1, "1", "Police to tell the victim.", "Add it to the checklist. Audit it.", "Police", "Dec 2025", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_sentences_that_are_not_as_many_as_the_dates_do_not_pair_off() -> None:
    one = row(1, "1", "Police to tell.", "Add it. Audit it. Report it.", "Police", "Dec 2025\nMar 2026", "")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_sentences_cut_at_a_stop_before_a_capital() -> None:
    assert sentences("Complete. Checklist\nchanged. In progress.") == ["Complete.", "Checklist changed.", "In progress."]
    assert sentences("Add 2.5 hours. audit it") == ["Add 2.5 hours. audit it"]


def test_repeated_finds_one_phrase_written_n_times() -> None:
    assert repeated("Tollbridge Police Tollbridge Police", 2) == ["Tollbridge Police", "Tollbridge Police"]
    assert repeated("Police Police Police", 3) == ["Police", "Police", "Police"]
    assert repeated("Police and Police", 2) == []
    assert repeated("Police Council", 2) == []
    assert repeated("Police", 2) == []


def test_side_items_by_count_of_lines() -> None:
    assert side_items(Cell("Complete.\nIn progress."), 2) == ["Complete.", "In progress."]
    assert side_items(Cell("Police Police"), 2) == ["Police", "Police"]
    assert side_items(Cell("Police"), 2) == []
    assert side_items(Cell(""), 2) == []
    assert side_items(Cell("a\nb\nc"), 2) is None


def test_actions_beside_updates_each_opening_with_its_status_under_one_date_are_actions() -> None:
    # the lead and the date merged over both actions, printed once; each update opens with its status
    assert rows_of(row(1, "1", "Police to record breaches.", "Issue an instruction. Audit the recording.",
                       "Police", "31 Mar 2026", "Complete. Instruction issued. In progress. First audit done.")) == [
        (["1", "Police to record breaches.", "Issue an instruction.", "Police", "31 Mar 2026",
          "Complete. Instruction issued."], ["", "", "", "", "", ""]),
        (["", "", "Audit the recording.", "", "", "In progress. First audit done."],
         ["above", "above", "", "above", "above", ""]),
    ]


def test_an_update_not_opening_with_a_status_does_not_pair_off_the_actions() -> None:
    one = row(1, "1", "Police to record breaches.", "Issue an instruction.\nAudit the recording.", "Police",
              "31 Mar 2026", "Instruction issued. Complete.")
    assert rows_of(one) == [(one.texts, [""] * 6)]


def test_dates_that_read_as_none_pair_off_beside_status_led_updates() -> None:
    # the target lines are dates as written ("-20/01/2026", an impossible "31 September 2026"): the
    # progress cell's status-led updates tell the two actions apart, each taking its own date line
    assert rows_of(row(1, "1", "Police to tell the victim.", "Add it to the checklist. Audit twenty releases.",
                       "Police", "-20/01/2026\n31 September 2026", "Complete. Checklist changed. In progress. Sampled.")) == [
        (["1", "Police to tell the victim.", "Add it to the checklist.", "Police", "-20/01/2026",
          "Complete. Checklist changed."], ["", "", "", "", "", ""]),
        (["", "", "Audit twenty releases.", "", "31 September 2026", "In progress. Sampled."],
         ["above", "above", "", "above", "", ""]),
    ]


def test_actions_lettered_in_one_cell_beside_cells_lettered_to_match_are_a_row_each() -> None:
    assert rows_of(row(1, "1", "Police and Housing to share information.",
                       "a) Agree a protocol.\nb) Add a check to the allocations\nprocedure.",
                       "a) Police\nb) Council Housing", "a) 31/03/2026\nb) 30/06/2026", "a) Complete.\nb) Drafted.")) == [
        (["1", "Police and Housing to share information.", "Agree a protocol.", "Police", "31/03/2026", "Complete."],
         ["", "", "", "", "", ""]),
        (["", "", "Add a check to the allocations procedure.", "Council Housing", "30/06/2026", "Drafted."],
         ["above", "above", "", "", "", ""]),
    ]


def test_an_action_listing_its_parts_by_letter_beside_one_lead_stays_one_action() -> None:
    one = row(1, "1", "Police to review the policy.", "Review the policy to:\na) name a lead;\nb) set a date.",
              "Police", "31/03/2026", "Complete.")
    assert rows_of(one) == [(one.texts, [""] * 6)]
    alone = row(1, "1", "Police to review the policy.", "a) Name a lead.\nb) Set a date.", "Police", "31/03/2026", "")
    assert rows_of(alone) == [(alone.texts, [""] * 6)]  # no cell beside lettered to match: parts of one action
    one_lead = row(1, "3", "The trust to ask about abuse.", "a) Update the script.\nb) Audit forty calls.",
                   "Head of Safeguarding", "a) June 2022\nb) September 2022", "a) Complete.\nb) 31 of 40 done.")
    assert rows_of(one_lead) == [(one_lead.texts, [""] * 6)]  # one lead, lettered dates: one action's parts
