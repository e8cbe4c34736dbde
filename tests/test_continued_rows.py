"""``continued_rows_joined``: a row marked as the row above carried on ("cont.") is run on in that row."""
from __future__ import annotations

import pytest

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.continued_rows import continued_rows_joined, is_continued_mark


def row(index: int, *texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), index, 1)


HEADER = row(0, "No.", "Recommendation", "Action", "Lead", "By", "Progress")


def body_of(*body: Row, header: Row | None = HEADER) -> list[tuple[list[str], tuple[int, ...]]]:
    rows = (header, *body) if header is not None else body
    table = continued_rows_joined([RawTable(rows, 0)])[0]
    return [(r.texts, r.joined) for r in table.rows[1 if header is not None else 0:]]


@pytest.mark.parametrize("text", ["cont.", "Cont'd", "contd", "(continued)", "Continued…", "ctd.", "cont. from above"])
def test_words_marking_a_row_carried_on(text: str) -> None:
    assert is_continued_mark(text)


@pytest.mark.parametrize("text", ["1", "Contact the victim.", "Continue the training", "content", ""])
def test_other_cells_are_no_mark(text: str) -> None:
    assert not is_continued_mark(text)


def test_a_marked_row_runs_on_in_the_row_above() -> None:
    assert body_of(
        row(1, "1", "Police to tell the victim.", "Add it to the checklist.", "Police", "Dec 2025",
            "Complete. The check was added."),
        row(2, "cont.", "", "", "", "", "A dip sample found it used."),
        row(3, "", "", "Audit twenty releases.", "Police", "Mar 2026", "Not started."),
    ) == [
        (["1", "Police to tell the victim.", "Add it to the checklist.", "Police", "Dec 2025",
          "Complete. The check was added.\nA dip sample found it used."], (2,)),
        (["", "", "Audit twenty releases.", "Police", "Mar 2026", "Not started."], ()),
    ]


def test_a_marked_row_opening_a_page_table_loses_only_its_mark() -> None:
    assert body_of(row(0, "cont.", "", "", "", "", "A dip sample found it used."), header=None) == [
        (["", "", "", "", "", "A dip sample found it used."], ()),
    ]


def test_a_row_holding_only_the_mark_is_left_alone() -> None:
    alone = row(1, "continued", "", "", "", "", "")
    assert body_of(alone) == [(alone.texts, ())]
