"""Number and recommendation cells aligned to the foot of their rows (``vertical-align: bottom``), printed
without rules: a recommendation merged down over two actions sits level with the second, and the first
action's row, beside nothing, is the top of its merged cells, not the rest of the row above
(``bottom_labels``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import typeset_line

COLUMNS = [0.0, 40.0, 200.0, 350.0]  # number / recommendation / action / progress


def line(top: float, *cells: tuple[float, str]) -> Line:
    return typeset_line(top, *cells, height=8.0, space=3.0)


def read(lines: list[Line]) -> list[list[str]]:
    table, _ = body_to_table(lines, COLUMNS, 1, 0, cut=False)
    return [[cell.text or "^" + cell.span for cell in row.cells] for row in table.rows[1:]]


HEADER = typeset_line(100.0, (0.0, "No."), (40.0, "Recommendation"), (200.0, "Action"), (350.0, "Progress"),
                      font="Arial-Bold", height=8.0, space=3.0)


def test_labels_at_the_foot_of_their_rows_head_the_unlabelled_row_above() -> None:
    lines = [HEADER,
             line(120.0, (200.0, "Add a prompt."), (350.0, "Complete.")),
             line(140.0, (40.0, "Police to act"), (200.0, "Brief the hub"), (350.0, "Complete.")),
             line(149.0, (0.0, "1"), (40.0, "at once."), (200.0, "on it.")),
             line(170.0, (40.0, "ICB to record"), (200.0, "Write guidance"), (350.0, "In progress.")),
             line(179.0, (0.0, "2"), (40.0, "each visit."), (200.0, "for staff.")),
             line(200.0, (40.0, "CSP to run"), (200.0, "Run it"), (350.0, "Not started.")),
             line(209.0, (0.0, "3"), (40.0, "a campaign."), (200.0, "twice."))]
    assert read(lines) == [["1", "Police to act at once.", "Add a prompt.", "Complete."],
                           ["^above", "^above", "Brief the hub on it.", "Complete."],
                           ["2", "ICB to record each visit.", "Write guidance for staff.", "In progress."],
                           ["3", "CSP to run a campaign.", "Run it twice.", "Not started."]]


def test_labels_at_the_top_of_their_rows_keep_an_unlabelled_row_with_the_row_above() -> None:
    lines = [HEADER,
             line(120.0, (0.0, "1"), (40.0, "Police to act"), (200.0, "Add a prompt"), (350.0, "Complete.")),
             line(129.0, (40.0, "at once."), (200.0, "today.")),
             line(150.0, (200.0, "Brief the hub."), (350.0, "Complete.")),
             line(170.0, (0.0, "2"), (40.0, "ICB to record"), (200.0, "Write guidance"), (350.0, "In progress.")),
             line(179.0, (40.0, "each visit."), (200.0, "for staff.")),
             line(200.0, (0.0, "3"), (40.0, "CSP to run"), (200.0, "Run it"), (350.0, "Not started.")),
             line(209.0, (40.0, "a campaign."), (200.0, "twice."))]
    assert read(lines)[:3] == [["1", "Police to act at once.", "Add a prompt today.", "Complete."],
                               ["^", "^", "Brief the hub.", "Complete."],
                               ["2", "ICB to record each visit.", "Write guidance for staff.", "In progress."]]
