"""Ruled boxes side by side, parted only by narrow empty spacer columns, are one table: their row
rules line up (one box's a subset of the other's where cells merge), the gap is no column."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.pdf.spacer_columns import join_spacer_parted, spacer_apart

from .helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def box(xs: tuple[float, ...], ys: tuple[float, ...]) -> tuple[tuple[tuple[float, float, float, float], ...], ...]:
    """A ruled box as rows of cell boxes between the given column and row lines."""
    return tuple(tuple((a, t, b, u) for a, b in zip(xs, xs[1:])) for t, u in zip(ys, ys[1:]))


LEFT = box((10.0, 40.0, 150.0), (0.0, 20.0, 80.0, 120.0))  # one row spans two rows of the right box
RIGHT = box((161.0, 260.0, 320.0), (0.0, 20.0, 50.0, 80.0, 120.0))


def test_boxes_a_spacer_apart_with_rows_lined_up_are_one_grid() -> None:
    joined = join_spacer_parted([LEFT, RIGHT])
    assert len(joined) == 1
    assert [[None if b is None else b[0] for b in row] for row in joined[0]] == [
        [10.0, 40.0, 161.0, 260.0],
        [10.0, 40.0, 161.0, 260.0],
        [None, None, 161.0, 260.0],
        [10.0, 40.0, 161.0, 260.0],
    ]


def test_a_third_box_joins_the_first_two() -> None:
    third = box((331.0, 400.0), (0.0, 20.0, 50.0, 80.0, 120.0))
    joined = join_spacer_parted([LEFT, RIGHT, third])
    assert len(joined) == 1 and len(joined[0][0]) == 5


def test_boxes_far_apart_or_with_rows_not_lined_up_stay_apart() -> None:
    far = box((200.0, 260.0, 320.0), (0.0, 20.0, 50.0, 80.0, 120.0))
    shifted = box((161.0, 260.0, 320.0), (0.0, 30.0, 70.0, 120.0))
    taller = box((161.0, 260.0, 320.0), (0.0, 20.0, 80.0, 160.0))
    assert join_spacer_parted([LEFT, far]) == [LEFT, far]
    assert join_spacer_parted([LEFT, shifted]) == [LEFT, shifted]
    assert join_spacer_parted([LEFT, taller]) == [LEFT, taller]


def test_a_bare_frame_with_no_rows_is_no_part_of_the_table() -> None:
    frame = [(161.0, 0.0, 320.0, 120.0)]
    assert not spacer_apart([b for row in LEFT for b in row if b], frame)


@pytest.mark.parametrize("form", ["lo_landscape", "gs"])
def test_plan_in_three_boxed_groups_reads_as_one_table(form: str) -> None:
    tables = read_pdf_file(HELDOUT / f"spacer_columns_docx.{form}.pdf").tables
    assert len(tables) == 1
    rows = [[c.text for c in row.cells] for row in tables[0].rows]
    assert rows[0] == ["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"]
    assert [r[0] for r in rows[1:]] == ["1", "", "2", "3", "", "4", "5"]
    assert rows[2][2:] == ["Report the panel's findings to the partnership.", "Hollinsford Police", "31 Mar 2026",
                           "Not started."]
