"""A ruled grid that is no plan table around a grid that is one only frames the page's layout: the
grids in its cells are read as tables of their own (as ``normalise.nesting`` does for HTML and DOCX)."""
from __future__ import annotations

from dhr_extract.extract.pdf.layout_frames import frame_contents
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.ruled import Grid, grid_to_raw

# a page laid out in a ruled table: a banner across it, then a link column beside the content cell
FRAME = (((0.0, 0.0, 400.0, 30.0), None), ((0.0, 30.0, 80.0, 300.0), (80.0, 30.0, 400.0, 300.0)))
# a grid of two rows in the content cell, under a heading line
INNER = (((90.0, 60.0, 240.0, 80.0), (240.0, 60.0, 390.0, 80.0)), ((90.0, 80.0, 240.0, 120.0), (240.0, 80.0, 390.0, 120.0)))


def word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 6 * len(text), "top": top, "bottom": top + 8}


def page(names: tuple[str, str]) -> PageContent:
    words = [word("Council", 10, 10), word("Home", 10, 40), word("Plan", 90, 40),
             word(names[0], 95, 65), word(names[1], 245, 65), word("Train", 95, 85), word("Police", 245, 85)]
    return PageContent(1, 595.0, 842.0, words, [])


def texts(grid: Grid, content: PageContent) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in grid_to_raw(grid, content, 0).rows]


def test_a_plan_grid_in_a_layout_frame_s_cell_is_read_as_a_table_of_its_own() -> None:
    content = page(("Action", "Agency"))
    (found,) = frame_contents(Grid(FRAME, nested=(Grid(INNER),)), content, 0)
    assert texts(found, content) == [["Action", "Agency"], ["Train", "Police"]]


def test_a_frame_around_no_plan_grid_stays_one_table() -> None:
    content = page(("Name", "Phone"))
    (found,) = frame_contents(Grid(FRAME, nested=(Grid(INNER),)), content, 0)
    assert texts(found, content) == [["Council", ""], ["Home", "Plan\nName Phone\nTrain Police"]]


def test_a_grid_in_a_plan_table_s_cell_stays_that_cell_s() -> None:
    plan = (((0.0, 0.0, 80.0, 30.0), (80.0, 0.0, 400.0, 30.0)), ((0.0, 30.0, 80.0, 300.0), (80.0, 30.0, 400.0, 300.0)))
    words = [word("Recommendation", 2, 10), word("Action", 90, 10), word("Train", 10, 40), word("Plan", 90, 40),
             word("Action", 95, 65), word("Agency", 245, 65), word("Train", 95, 85), word("Police", 245, 85)]
    outer = Grid(plan, nested=(Grid(INNER),))
    assert frame_contents(outer, PageContent(1, 595.0, 842.0, words, []), 0) == [outer]
