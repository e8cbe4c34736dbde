"""A centred table whose tallest column holds paragraphs set apart by blank lines (a progress log of
dated entries): the gaps inside a cell are wider than those between two rows' cells, so the column's
cells are found from the rows' centres, each cell centred on its row (``centred_runs``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.centred import centred_table_rows
from dhr_extract.extract.pdf.centred_runs import cells_on_centres
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import typeset_line

COLUMNS = [50.0, 200.0, 300.0, 400.0]  # Action, Lead, Date, Progress
SPACING = 11.5  # a cell's lines
HEIGHT = 10.0


def line(top: float, x0: float, text: str) -> Line:
    return typeset_line(top, (x0, text), height=HEIGHT)


def progress(top: float, *paragraphs: list[str]) -> tuple[list[Line], float]:
    """A progress cell's lines from ``top``, a blank line between paragraphs, and its centre."""
    lines, at = [], top
    for paragraph in paragraphs:
        for text in paragraph:
            lines.append(line(at, COLUMNS[3], text))
            at += SPACING
        at += SPACING  # the blank line
    bottom = lines[-1].bottom
    return lines, (top + bottom) / 2


def row(top: float, action: str, lead: str, date: str, *paragraphs: list[str]) -> tuple[list[Line], float]:
    """A row whose progress cell is its tallest, the other cells centred on it; the row's lines and the
    top of the next row (rows touch, a few points of padding apart)."""
    log, centre = progress(top, *paragraphs)
    short = [line(centre - HEIGHT / 2, x0, text) for x0, text in zip(COLUMNS, (action, lead, date))]
    return short + log, log[-1].bottom + 3.5


def test_a_progress_log_of_paragraphs_is_cut_into_its_rows_cells() -> None:
    first, top = row(100.0, "Set up a review panel.", "Police", "March 2026",
                     ["April 2026 - Complete. The panel", "has met three times."],
                     ["February 2026 - In progress.", "Terms agreed."], ["December 2025 - Not started."])
    second, top = row(top, "Report the findings.", "Police", "July 2026",
                      ["April 2026 - In progress.", "First report being written."], ["February 2026 - Not started."])
    third, _ = row(top, "Audit twenty files.", "Council", "June 2026", ["April 2026 - Overdue."])
    body = sorted(first + second + third, key=lambda ln: (ln.top, ln.words[0]["x0"]))
    rows = centred_table_rows(body, COLUMNS, cut=False)
    texts = [[ln.text for ln in sorted(r, key=lambda ln: (ln.words[0]["x0"], ln.top))] for r in rows]
    assert texts == [
        ["Set up a review panel.", "Police", "March 2026", "April 2026 - Complete. The panel", "has met three times.",
         "February 2026 - In progress.", "Terms agreed.", "December 2025 - Not started."],
        ["Report the findings.", "Police", "July 2026", "April 2026 - In progress.", "First report being written.",
         "February 2026 - Not started."],
        ["Audit twenty files.", "Council", "June 2026", "April 2026 - Overdue."]]


def test_a_row_with_no_cell_in_the_column_is_passed_over() -> None:
    lines = [line(100.0, 400.0, "Complete. The panel"), line(111.5, 400.0, "has met."),
             line(160.0, 400.0, "Open. Terms"), line(171.5, 400.0, "agreed.")]  # centred on 110.75 and 170.75
    assert cells_on_centres(lines, [110.75, 140.0, 170.75], 2.0, 1.0, 20.0) == [lines[:2], lines[2:]]


def test_a_paragraphs_line_ending_on_a_rows_centre_by_chance_ends_no_cell() -> None:
    lines = [line(100.0 + 11.5 * k, 400.0, f"line {k}") for k in range(5)]  # one paragraph, 100 to 156
    assert cells_on_centres(lines, [111.0], 2.0, 1.0, 20.0) is None  # line 1 ends at 121.5, 2 x 111 - 100 = 122


def test_a_cell_reaching_over_another_rows_centre_is_no_cell_of_one_row() -> None:
    lines = [line(100.0, 400.0, "Recommendation text"), line(111.5, 400.0, "set over two rows"),
             line(123.0, 400.0, "merged down.")]  # 100 to 133: centred on 116.5, over the row at 108 too
    assert cells_on_centres(lines, [108.0, 116.5], 2.0, 1.0, 20.0) is None


def test_the_lines_under_every_centre_of_a_table_cut_by_the_page_foot_are_the_cut_rows_cell() -> None:
    lines = [line(100.0, 400.0, "Complete. The panel"), line(111.5, 400.0, "has met."),
             line(160.0, 400.0, "In progress. Waiting"), line(171.5, 400.0, "for the")]  # the page ends here
    assert cells_on_centres(lines, [110.75], 2.0, 1.0, 20.0, cut=True) == [lines[:2], lines[2:]]
    assert cells_on_centres(lines, [110.75], 2.0, 1.0, 20.0) is None  # no cut: lines no row centres on


def test_two_lines_set_far_apart_around_an_empty_cell_are_no_cell_centred_between_them() -> None:
    lines = [line(100.0, 58.0, "Progress: Complete."), line(111.5, 58.0, "Checked."),  # a band under one row
             line(150.0, 58.0, "Progress: In progress."), line(161.5, 58.0, "Monthly.")]  # and under the next
    assert cells_on_centres(lines, [136.75], 2.0, 1.0, 20.0) is None  # 100 to 173.5, the gap 28.5 too wide
