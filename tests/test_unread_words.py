"""The safety net under the PDF reading stages (``extract/pdf/unread_words``): words set inside a table's
area whose text reached none of the page's cells are the table's ``unread`` lines, kept as residue with a
``text_in_no_cell`` warning and the review ``partial`` (``normalise/unread_text``)."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from dhr_extract.extract.pdf.unread_words import held_in_pieces, page_tables_to_unread, unreached_words
from dhr_extract.model import Cell, RawDocument, RawTable, ReviewStatus, Row
from dhr_extract.normalise.records import document_to_dataset
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
HEADER = ("No.", "Recommendation", "Action", "Owner")
COLUMNS = (40.0, 80.0, 240.0, 400.0)  # where each column's text starts
WIDTH = 520.0


def row(index: int, top: float, bottom: float, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index, 1, (36.0, top, WIDTH, bottom))


def words_of(top: float, *texts: str) -> list[dict]:
    """A page line's words, each text set at its column's start."""
    return typeset_line(top, *((x, t) for x, t in zip(COLUMNS, texts) if t), space=2.5).words


def table_of(*rows: Row) -> RawTable:
    return RawTable((row(0, 50.0, 70.0, *HEADER), *rows), 0, 1, (36.0, 50.0, WIDTH, rows[-1].bbox[3]), "ruled")  # type: ignore[index]


PLAN = table_of(row(1, 70.0, 100.0, "1", "Police to train staff in multi-agency work.", "Run training.", "Police"),
                row(2, 100.0, 130.0, "2", "Council to share records.", "Add a flag.", "Council"))
HEADER_WORDS = words_of(55.0, *HEADER)
FIRST = [*words_of(75.0, "1", "Police to train staff in multi-", "Run training.", "Police"),
         *words_of(87.0, "", "agency work.")]
SECOND = words_of(105.0, "2", "Council to share records.", "Add a flag.", "Council")


def test_words_every_cell_holds_leave_nothing_unread() -> None:
    # "multi-" and "agency" read as "multi-agency" in the cell
    (table,) = page_tables_to_unread([PLAN], [*HEADER_WORDS, *FIRST, *SECOND])
    assert table.unread == ()


def test_a_rows_words_that_reached_no_cell_are_unread() -> None:
    # the row's box was drawn by its Action cell alone: its other cells' words fell in no cell
    cut = table_of(PLAN.rows[1], row(2, 100.0, 130.0, "", "", "Add a flag.", ""))
    (table,) = page_tables_to_unread([cut], [*HEADER_WORDS, *FIRST, *SECOND])
    assert table.unread == ("2 Council to share records. Council",)


def test_words_common_in_other_rows_still_count_as_unread_in_their_own() -> None:
    # each word of the lost Owner cell stands in the first row's cells; the words run together do not
    plan = table_of(PLAN.rows[1], row(2, 100.0, 130.0, "2", "Council to share records.", "Add a flag.", ""))
    second = words_of(105.0, "2", "Council to share records.", "Add a flag.", "Staff to train Police")
    (table,) = page_tables_to_unread([plan], [*HEADER_WORDS, *FIRST, *second])
    assert table.unread == ("Staff to train Police",)


def test_a_lone_word_standing_elsewhere_on_the_page_is_not_kept() -> None:
    # one word cannot be told from the same word of another cell (a date broken at its slash, a merged
    # cell's lower line): only runs of words that stand nowhere on the page are kept
    plan = table_of(PLAN.rows[1], row(2, 100.0, 130.0, "2", "Council to share records.", "Add a flag.", ""))
    second = words_of(105.0, "2", "Council to share records.", "Add a flag.", "Police")
    (table,) = page_tables_to_unread([plan], [*HEADER_WORDS, *FIRST, *second])
    assert table.unread == ()


def test_a_merged_cells_lower_lines_beside_the_next_row_are_its_rows_text() -> None:
    plan = table_of(row(1, 70.0, 85.0, "1", "Police to train staff in multi-agency work.", "Run training.", "Police"),
                    row(2, 85.0, 130.0, "", "", "Audit cases.", "Police"))
    lower = [*words_of(75.0, "1", "Police to train staff in multi-", "Run training.", "Police"),
             *words_of(90.0, "", "agency work.", "Audit cases.", "Police")]
    (table,) = page_tables_to_unread([plan], [*HEADER_WORDS, *lower])
    assert table.unread == ()


def test_struck_words_are_left_out_of_their_cells_on_purpose() -> None:
    struck = [dict(w, struck=True) for w in words_of(115.0, "", "Superseded entry.")]
    (table,) = page_tables_to_unread([PLAN], [*HEADER_WORDS, *FIRST, *SECOND, *struck])
    assert table.unread == ()


def test_a_line_of_too_few_letters_is_not_kept() -> None:
    stray = words_of(118.0, "", "", "", "ok")
    (table,) = page_tables_to_unread([PLAN], [*HEADER_WORDS, *FIRST, *SECOND, *stray])
    assert table.unread == ()


def test_a_word_matched_by_count_is_used_up() -> None:
    counts = Counter({"police": 1})
    police = words_of(75.0, "", "Police Police")
    assert [w["text"] for w in unreached_words(police, counts, ["Police"])] == ["Police"]


def test_a_word_set_across_a_cells_edge_is_held_in_its_two_pieces() -> None:
    # "aHead": "a" ends one cell, "Head" opens the next
    assert held_in_pieces("ahead", "trainastaffheadofservice")
    assert not held_in_pieces("quarrington", "policecouncil")


def test_a_plan_tables_unread_lines_are_residue_with_a_warning_and_the_review_partial() -> None:
    unread = replace(PLAN, unread=("2 Council to share records.",))
    data = document_to_dataset(RawDocument("plan.pdf", "ab" * 32, "pdf", 1, ["A plan"], [unread]))
    assert [(r.reason, r.table, r.page, r.text) for r in data.residue if r.reason == "unread_text"] == [
        ("unread_text", 1, 1, "2 Council to share records.")]
    assert [(w.code, w.location) for w in data.warnings if w.code == "text_in_no_cell"] == [
        ("text_in_no_cell", "page 1, table 1")]
    assert [t.unread_lines for t in data.tables] == [1]
    (review,) = data.reviews
    assert review.status == ReviewStatus.PARTIAL
    assert review.needs_review and "text_in_no_cell" in review.review_reasons


def test_a_page_cut_at_a_sheets_edge_says_which_words_reached_no_cell() -> None:
    # two A5 pages printed side by side on one sheet: the right page's Progress column runs off the
    # sheet, its clipped words read into the header cell, and a word of the cut column into no cell
    doc = read_pdf_file(HELDOUT / "booklet_two_up_html.chromium.pdf")
    assert [(t.page, t.unread) for t in doc.tables if t.unread] == [(1, ("booked",))]
