"""A word a narrow column broke mid-word on the last line of a page ("Recommendatio" / "n 12:"):
the piece at the foot is marked, and the row's continuation overleaf runs the word on."""
from __future__ import annotations

import json
from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf.foot_cuts import cut_at_foot, mark_foot_cuts, with_cut_dates, with_cut_words, with_foot_cuts
from dhr_extract.extract.pdf.lines import words_to_lines
from dhr_extract.model import SOFT_HYPHEN, Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.rows import document_to_rows, join_text

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [58.0, 137.0, 180.0]  # recommendation / scope / action


def word(text: str, x0: float, top: float, char: float = 5.6) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + char * len(text), "top": top, "bottom": top + 10.0}


def test_a_single_word_filling_the_column_at_the_foot_is_cut_there() -> None:
    piece = word("Recommendatio", 58.0, 769.0)  # ends at 130.8, under the column's text edge at 133
    assert cut_at_foot([word("Police", 58.0, 755.0), piece], 133.0, 137.0)
    assert not cut_at_foot([piece], 150.0, 160.0)  # room for more letters: the line was wrapped
    assert not cut_at_foot([word("review", 58.0, 769.0), word("the", 98.0, 769.0)], 133.0, 137.0)  # two words
    assert cut_at_foot([word("Recommendations", 58.0, 769.0)], 133.0, 137.0)  # the column's widest line
    assert not cut_at_foot([word("ICB", 300.0, 769.0)], 310.0, 380.0)  # a short name at a short edge
    assert cut_at_foot([word("experienc", 489.0, 765.0, 4.8)], 533.0, 537.0)  # a list item's, from its indent


def test_only_the_cells_cut_at_the_foot_are_marked() -> None:
    row = Row((Cell("Recommendatio"), Cell("Local"), Cell("Set out a clear")), 3, 10)
    words = [word("Recommendatio", 58.0, 769.0), word("Local", 137.0, 769.0), word("Set", 180.0, 769.0),
             word("out", 200.0, 769.0)]
    marked = mark_foot_cuts(row, words, COLUMNS, (133.0, 175.0, 300.0))
    assert [c.text for c in marked.cells] == ["Recommendatio" + SOFT_HYPHEN, "Local", "Set out a clear"]


def test_the_rest_overleaf_runs_the_word_on_only_in_the_same_kind_of_character() -> None:
    assert join_text("Recommendatio" + SOFT_HYPHEN, "n 12: Police review") == "Recommendation 12: Police review"
    assert join_text("31/10/202" + SOFT_HYPHEN, "5") == "31/10/2025"
    assert join_text("HARMONI" + SOFT_HYPHEN, "SWFT") == "HARMONI SWFT"  # capitals: two names as often


def test_a_label_broken_across_the_page_break_opens_its_recommendation() -> None:
    header = Row((Cell("Recommendation"), Cell("Scope"), Cell("Action to take")), 0, 1)

    def page(number: int, body: list[tuple[str, str, str]]) -> RawTable:
        rows = (header, *(Row(tuple(Cell(t) for t in cells), i + 1, number) for i, cells in enumerate(body)))
        return RawTable(rows, number - 1, number, None, "borderless")
    doc = RawDocument("plan.pdf", "0", "pdf", 2, [], [
        page(1, [("Recommendation 11: Review the protocol.", "Local", "Review it."),
                 ("Recommendatio" + SOFT_HYPHEN, "Local", "Set out a clear")]),
        page(2, [("n 12: Police review the process.", "", "policy.")])], [])
    firsts = [row.cells[0] for row in document_to_rows(doc) if not row.section]
    assert firsts[-1] == "Recommendation 12: Police review the process."
    assert not any(SOFT_HYPHEN in cell for row in document_to_rows(doc) for cell in row.cells)


def test_a_date_cut_at_its_separator_by_the_page_foot_runs_on_overleaf() -> None:
    piece = word("31/10/", 330.0, 761.4, 4.6)  # ends at 357.6, the date column's text edge
    assert cut_at_foot([piece], 357.7, 361.0)
    assert not cut_at_foot([word("and/", 330.0, 761.4, 6.9)], 357.7, 361.0)  # a slash after letters: "and/or"
    assert join_text("31/10/" + SOFT_HYPHEN, "2026") == "31/10/2026"
    assert join_text("31/10/" + SOFT_HYPHEN, "Police") == "31/10/ Police"


def test_a_row_beside_merged_cells_at_the_foot_is_marked_though_a_row_spanning_the_table_is_not() -> None:
    header = Row((Cell("Recommendation"), Cell("Scope"), Cell("Action to take")), 0, 1)
    words = [word("Calderbroo", 180.0, 769.0)]  # ends at 236.0, the action column's text edge
    groups = [words_to_lines([word("Action", 180.0, 700.0)]), words_to_lines(words)]
    edges = (133.0, 175.0, 236.0)
    beside = Row((Cell("", "above"), Cell("", "above"), Cell("Calderbroo")), 1, 1)
    marked = with_foot_cuts([header, beside], groups, COLUMNS, edges, True)[-1]
    assert marked.cells[2].text == "Calderbroo" + SOFT_HYPHEN
    theme = Row((Cell("Calderbroo"), Cell("", "left"), Cell("", "left")), 1, 1)
    assert with_foot_cuts([header, theme], groups, COLUMNS, edges, True)[-1] == theme


def test_a_date_missing_digits_of_its_year_at_the_foot_is_cut_however_wide_its_gutter() -> None:
    # a borderless date column: the text edge at 441.8, the next column starting at 455 (a wide gutter)
    assert cut_at_foot([word("31/03/2", 403.4, 515.8, 5.5)], 441.8, 455.0)
    assert cut_at_foot([word("31/03/202", 403.4, 515.8, 4.0)], 441.8, 455.0)
    assert not cut_at_foot([word("31/03/20", 403.4, 515.8, 4.0)], 441.8, 455.0)  # a two-digit year may be whole
    assert not cut_at_foot([word("1.2.3", 403.4, 515.8, 4.0)], 441.8, 455.0)  # a section number
    assert join_text("31/03/2" + SOFT_HYPHEN, "026") == "31/03/2026"


def test_a_target_date_cut_by_the_page_break_in_a_borderless_plan_is_one_date() -> None:
    doc = HELDOUT / "theme_caps_wide_progress.lo_borderless.pdf"
    truth = json.loads((HELDOUT / "theme_caps_wide_progress.truth.json").read_text())
    assert [a.target_date_text for a in extract_document(doc).actions] == [a["target"] for a in truth["actions"]]


def test_a_ruled_tables_last_row_marks_only_a_date_missing_digits_of_its_year() -> None:
    row = Row((Cell("Report monthly on"), Cell("31/12/202"), Cell("31/12/2025"), Cell("")), 9, 1)
    assert [c.text for c in with_cut_dates(row).cells] == ["Report monthly on", "31/12/202" + SOFT_HYPHEN,
                                                          "31/12/2025", ""]


def test_a_target_date_cut_by_the_page_break_in_a_ruled_plan_is_one_date() -> None:
    truth = json.loads((HELDOUT / "group_rules_only.truth.json").read_text())
    got = [a.target_date_text for a in extract_document(HELDOUT / "group_rules_only.lo_ruled.pdf").actions]
    assert got == [a["target"] for a in truth["actions"]] and "31/12/2025" in got


def test_a_word_broken_after_its_apostrophe_at_the_foot_runs_on_overleaf() -> None:
    assert cut_at_foot([word("Children'", 58.0, 769.0)], 110.0, 112.0)
    assert join_text("Children'" + SOFT_HYPHEN, "s Services to review") == "Children's Services to review"
    assert join_text("Children\u2019" + SOFT_HYPHEN, "s Services") == "Children\u2019s Services"


def test_two_english_words_either_side_of_the_page_break_keep_their_space() -> None:
    assert join_text("Name a representative" + SOFT_HYPHEN, "and a deputy.") == "Name a representative and a deputy."
    assert join_text("Safeguardin" + SOFT_HYPHEN, "g Board") == "Safeguarding Board"


def test_a_ruled_tables_last_row_marks_a_piece_of_a_word_its_rule_broke_not_a_whole_word() -> None:
    # a narrow "Due date" cell (rules at 579 and 608, 5.5 points of padding) and an agency cell beside it
    boxes = ((300.0, 510.0, 400.0, 540.0), (579.0, 510.0, 608.0, 540.0), (608.0, 510.0, 640.0, 540.0))
    row = Row((Cell("Report the tracker to the"), Cell("Quar"), Cell("Police")), 9, 1)
    words = [[word("Report", 303.0, 519.0)], [word("Quar", 582.1, 519.0, 5.55)], [word("Police", 611.0, 519.0, 4.5)]]
    assert [c.text for c in with_cut_words(row, words, boxes, 5.5).cells] == [
        "Report the tracker to the", "Quar" + SOFT_HYPHEN, "Police"]  # "Police" is a word: whole
    assert join_text("Quar" + SOFT_HYPHEN, "terly") == "Quarterly"


def test_a_word_a_ruled_cell_broke_at_the_page_break_is_one_word() -> None:
    got = [a.target_date_text for a in extract_document(HELDOUT / "excel_export_sheet.lo_ruled.pdf").actions]
    assert got[-1] == "Quarterly"
