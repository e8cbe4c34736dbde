"""A table nested in one cell, flush with the cell's side: its rules kept apart from the outer grid's
(``nested_rules.split_nested_rules``) so that its vertical rules are no columns of the whole table."""
from __future__ import annotations

from dhr_extract.extract.pdf.nested_rules import split_nested_rules
from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.extract.pdf.ruled import edges_to_grids

# outer grid: columns at 50 / 150 / 300 (action, progress), rows 100-130 (header), 130-200, 200-260
OUTER = ([make_edge(x, 100, x, 260) for x in (50, 150, 300)]
         + [make_edge(50, y, 300, y) for y in (100, 130, 200, 260)])
# a Date / Update table in the progress cell of the first row, under a line of text, flush with its
# right side: its top rule 12 points below the row's top rule, its middle rule at 200
NESTED = ([make_edge(x, 142, x, 199.6) for x in (155, 200, 300)]
          + [make_edge(155, y, 300, y) for y in (142, 160, 180)])


def cells(row: tuple) -> int:
    return sum(box is not None for box in row)


def test_a_nested_tables_rules_make_a_grid_of_their_own() -> None:
    outer, nested = split_nested_rules(OUTER + NESTED)
    assert all(any(e is o for o in outer) for e in OUTER)  # every outer rule stays the outer grid's
    grids = edges_to_grids(outer)
    assert [len(row) for row in grids[0].rows] == [2, 2, 2]  # the outer table keeps its two columns
    inner = edges_to_grids(nested)
    assert len(inner) == 1 and [cells(row) for row in inner[0].rows] == [2, 2]  # Date | Update, two rows


def test_rules_from_a_rows_top_rule_are_the_outer_grids() -> None:
    split_cell = [make_edge(200, 130, 200, 200)]  # a cell split in two from its row's top rule down
    outer, nested = split_nested_rules(OUTER + split_cell)
    assert nested == [] and len(outer) == len(OUTER) + 1
    assert [cells(row) for row in edges_to_grids(outer)[0].rows] == [2, 3, 2]


def test_a_cell_split_in_two_from_its_own_side_rule_is_the_outer_grids() -> None:
    """A last column split into sub-rows, its side rule drawn per sub-row from a rule that meets both
    of the column's sides: a cell of the outer grid, not a nested table."""
    split = [make_edge(200, 150, 200, 200), make_edge(150, 150, 300, 150)]
    outer, nested = split_nested_rules(OUTER + split)
    assert nested == [] and len(outer) == len(OUTER) + 2


def test_rules_read_together_cut_the_outer_table_into_the_nested_tables_columns() -> None:
    """Without the split the rule-finder reads the nested rules as columns of the whole table."""
    grid = edges_to_grids(OUTER + NESTED)[0]
    assert len(grid.rows[0]) == 4  # action, progress, and the nested Date and Update columns
