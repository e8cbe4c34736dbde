"""A progress cell merged over a recommendation's numbered action rows, printed without rules: its text
is set once, beside the first action, and may run on beside the next ones.

* the next action row opens between merged cells at both sides, the recommendation running on at the
  table's left and the progress at its right (``row_walk.beside_merged_cells``, ``right_merged_cell``);
* a merged recommendation that ran on beside the whole of a one-line action row goes on beside the next
  one: its text there goes back to the row it started in (``tall_cells.lift_through``);
* a column whose cell runs on beside the next row, under merged cells at its left, is merged down: the
  rows' empty cells after their own text are covered from above in it, in the table's other
  recommendations too (``tall_cells.with_merged_trailing_cells``), so each action gets the whole cell;
* numbered actions stacked in one column of a top-aligned table, beside one-paragraph cells set level
  with the first, are a row each (``centre_splits.top_aligned_stack``).

Every print reads as the same plan's ruled print does."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centre_splits import top_aligned_stack
from dhr_extract.extract.pdf.row_evidence import right_merged_cell
from dhr_extract.extract.pdf.row_walk import beside_merged_cells, lines_to_row_groups
from dhr_extract.extract.pdf.tall_cells import with_merged_trailing_cells
from dhr_extract.model import Cell, Row
from dhr_extract.normalise.records import document_to_dataset
from tests.helpers import read_pdf_file, typeset_line

FIXTURES = Path(__file__).resolve().parent / "fixtures"
RULED = FIXTURES / "heldout" / "action_refs_progress_docx.lo_portrait.pdf"
UNRULED = [FIXTURES / "heldout" / "action_refs_progress_docx.lo_borderless.pdf",
           FIXTURES / "font_variants" / "action_refs_progress_docx.narrow_borderless_land.pdf",
           FIXTURES / "font_variants" / "action_refs_progress_docx.serif_borderless_portrait.pdf"]
NARRATIVE = FIXTURES / "font_variants" / "narrative_merged_progress_html.chromium_serif_letter_unruled.pdf"
NARRATIVE_RULED = FIXTURES / "font_variants" / "narrative_merged_progress_html.chromium_dejavu_portrait.pdf"


def body_rows(path: Path) -> list[list[tuple[str, str]]]:
    """Every table's rows under its header, each cell as (text, span)."""
    return [[(c.text, c.span) for c in row.cells] for t in read_pdf_file(path).tables for row in t.rows[1:]]


def progress_by_action(path: Path) -> list[tuple[str, int, str]]:
    ds = document_to_dataset(read_pdf_file(path))
    actions = {a.action_id: (a.rec_number, a.action_seq) for a in ds.actions}
    return sorted((*actions[p.action_id], p.progress_text) for p in ds.progress)


@pytest.mark.parametrize("path", UNRULED, ids=lambda p: p.name)
def test_a_merged_progress_cell_printed_unruled_reads_as_its_ruled_print(path: Path) -> None:
    rows = body_rows(path)
    assert [row[2][0] for row in rows] == [str(n) for n in range(1, 12)]  # "Action no.": one row each
    assert [row[6][1] for row in rows] == ["", "above", "above", "", "above", "", "above", "above", "", "", "above"]
    assert [row[0][1] for row in rows] == [row[6][1] for row in rows]  # merged over the same rows as the number
    assert rows == body_rows(RULED)


def test_every_action_under_a_merged_progress_cell_gets_the_whole_cell() -> None:
    unruled = progress_by_action(UNRULED[0])
    assert len(unruled) == 11 and all(text for _, _, text in unruled)
    assert unruled == progress_by_action(RULED)


def test_numbered_action_rows_beside_one_merged_progress_cell_are_a_row_each() -> None:
    rows = body_rows(NARRATIVE)
    assert [row[2][0].split(".")[0] for row in rows if row[2][0][:1].isdigit()] == ["1", "2", "1", "2", "1", "2", "3"]
    assert [row[5][1] for row in rows] == ["", "above", "", "", "above", "", "", "above", "above"]
    assert rows == body_rows(NARRATIVE_RULED)


COLUMNS = [0.0, 30.0, 160.0, 190.0, 330.0, 420.0]  # rec / recommendation / no. / action / agency / progress


def test_the_next_action_row_opens_between_a_merged_recommendation_and_a_merged_progress() -> None:
    line = typeset_line
    lines = [line(100, (0, "1"), (30, "Police to make sure"), (160, "1"), (190, "Give officers"), (330, "Police"),
                  (420, "Actions 1 and 2 done:")),
             line(110, (30, "that officers check"), (190, "the history."), (420, "devices issued and")),
             line(120, (30, "the history of the"), (160, "2"), (190, "Add a check."), (330, "Police"),
                  (420, "the checklist changed.")),
             line(130, (30, "address.")),
             line(140, (0, "2"), (30, "Council to ask."), (160, "3"), (190, "Add a question."), (330, "Council"),
                  (420, "Done."))]
    groups = lines_to_row_groups(lines, COLUMNS, 4.0)
    assert [sorted(ln.top for ln in g) for g in groups] == [[100, 110], [120, 130], [140]]


def test_a_row_opens_between_merged_blocks_only_with_enough_fresh_columns_between_them() -> None:
    assert beside_merged_cells({2, 3, 4}, {1, 5}, {4}, 6, frozenset({0}))
    assert not beside_merged_cells({2, 3}, {1, 4}, {3}, 5, frozenset({0}))  # two fresh cells between them: paragraphs
    assert not beside_merged_cells({2, 4}, {1, 5}, {4}, 6, frozenset({0, 3}))  # no one run of the new row's cells
    assert not beside_merged_cells({2, 3, 4}, {1, 5}, set(), 6, frozenset({0}))  # no cell visibly ended above
    assert right_merged_cell({1, 5}, {1, 5}, {2, 3, 4}, 6) == {5}
    assert right_merged_cell({1, 5}, {1, 5}, {2, 4}, 6) == set()  # a gap in the new row's cells
    assert right_merged_cell({1, 3, 5}, {1, 3, 5}, {0, 2, 4}, 6) == set()  # merged cells between fresh ones


def test_an_empty_progress_stays_empty_where_no_cell_above_runs_on_beside_a_row() -> None:
    line = typeset_line
    groups = [[line(100, (0, "1"), (30, "Police to act."), (160, "1"), (190, "Give guidance."), (330, "Police"),
                    (420, "Done."))],
              [line(120, (160, "2"), (190, "Add a check."), (330, "Police"))]]
    rows = [Row((Cell("1"), Cell("Police to act."), Cell("1"), Cell("Give guidance."), Cell("Police"), Cell("Done.")),
                0, 1),
            Row((Cell("", "above"), Cell("", "above"), Cell("2"), Cell("Add a check."), Cell("Police"), Cell("")),
                1, 1)]
    assert with_merged_trailing_cells(rows, groups, COLUMNS) == rows
    beside = [groups[0] + [line(120, (420, "All teams trained."))], groups[1]]
    assert [c.span for c in with_merged_trailing_cells(rows, beside, COLUMNS)[1].cells] == \
        ["above", "above", "", "", "", "above"]


def test_numbered_items_beside_cells_level_with_the_first_stack_as_rows() -> None:
    line = typeset_line
    items = Block(2, (line(100, (190, "1. Issue guidance")), line(110, (190, "to officers.")),
                      line(126, (190, "2. Audit breaches.")), line(136, (190, "for action."))))
    merged = [Block(3, (line(100, (330, "Police")),)),
              Block(5, (line(100, (420, "In progress.")), line(110, (420, "Guidance issued")),
                        line(120, (420, "to all teams."))))]
    assert [p.top for p in top_aligned_stack(items, [items, *merged], 1.0, 8.0, 2)] == [100, 126]
    gapped = [merged[0], Block(5, (*merged[1].lines[:2], line(126, (420, "Audit begun."))))]  # a cell of its own there
    assert top_aligned_stack(items, [items, *gapped], 1.0, 8.0, 2) == []
    lower = [merged[0], Block(5, tuple(line(ln.top + 26, (420, ln.text)) for ln in merged[1].lines))]
    assert top_aligned_stack(items, [items, *lower], 1.0, 8.0, 2) == []
    dates = [merged[0], Block(4, (line(100, (380, "1. 31/03/2025")), line(110, (380, "2. 30/09/2025"))))]
    assert top_aligned_stack(items, [items, *dates], 1.0, 8.0, 2) == []  # numbered beside: each cell's own list
