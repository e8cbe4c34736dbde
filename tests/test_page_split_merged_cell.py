"""A merged recommendation cell cut by a page break beside its last action row: the rest of it on
the next page goes back to the recommendation, not to the action row it was drawn beside."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.headers import Header
from dhr_extract.normalise.rows import LogicalRow, add_table_rows

HEADER = Header(("rec", "action", "agency", "target"), ("Recommendation", "Action", "Owner", "Due"), 1)


def table(index: int, page: int, body: list[list[str]]) -> RawTable:
    rows = [Row(tuple(Cell("", "above") if text == "^" else Cell(text) for text in cells), r + 1, page, None)
            for r, cells in enumerate(body)]
    header = Row(tuple(Cell(t) for t in HEADER.texts), 0, page, None)
    return RawTable((header, *rows), index, page, None, "ruled")


def test_the_rest_of_a_merged_recommendation_cell_goes_back_to_the_recommendation() -> None:
    rows: list[LogicalRow] = []
    add_table_rows(rows, table(0, 1, [["5. The Trust should:", "Add the question.", "Trust", "31/07/2025"],
                                      ["^", "Report monthly on", "Trust", "31/12/2025"]]), HEADER, False)
    add_table_rows(rows, table(1, 2, [["i. ask every patient seen alone.", "the referrals made.", "", ""]]),
                   HEADER, True)
    assert [(r.cells, r.above) for r in rows] == [
        (["5. The Trust should:\ni. ask every patient seen alone.", "Add the question.", "Trust", "31/07/2025"],
         [False] * 4),
        (["", "Report monthly on the referrals made.", "Trust", "31/12/2025"], [True, False, False, False]),
    ]
