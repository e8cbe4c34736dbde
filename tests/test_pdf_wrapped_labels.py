"""A reference label wrapped over three lines of a narrow first column ("DHR 2023/04" / "R3") beside a
recommendation merged over two actions: its last line, level with the second action, reads like a
label of its own ("R3") but stands within a line's spacing under the label's first lines, which read
as no label; it is the rest of the label above (``tall_cells.wraps_long_label``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import body_to_table
from dhr_extract.extract.pdf.lines import Line
from tests.helpers import typeset_line

COLUMNS = [0.0, 60.0, 200.0, 320.0]  # reference / recommendation / action / progress


def line(top: float, *cells: tuple[float, str]) -> Line:
    return typeset_line(top, *cells, height=8.0, space=3.0)


HEADER = typeset_line(100.0, (0.0, "Ref"), (60.0, "Recommendation"), (200.0, "Action"), (320.0, "Progress"),
                      font="Arial-Bold", height=8.0, space=3.0)


def read(first_lines: tuple[str, str]) -> list[list[str]]:
    lines = [HEADER,
             line(120.0, (0.0, first_lines[0]), (60.0, "Council to give"), (200.0, "Amend the policy."),
                  (320.0, "Not started.")),
             line(129.0, (0.0, first_lines[1]), (60.0, "priority.")),
             line(138.0, (0.0, "R3"), (200.0, "Train the team."), (320.0, "Not started.")),
             line(160.0, (0.0, "DHR"), (60.0, "ICB to act."), (200.0, "Write it."), (320.0, "Complete.")),
             line(169.0, (0.0, "2023/04")),
             line(178.0, (0.0, "R4"))]
    table, _ = body_to_table(lines, COLUMNS, 1, 0, cut=False)
    return [[cell.text or "^" + cell.span for cell in row.cells] for row in table.rows[1:]]


def test_the_last_line_of_a_wrapped_reference_stays_with_its_label() -> None:
    assert read(("DHR", "2023/04")) == [
        ["DHR 2023/04 R3", "Council to give priority.", "Amend the policy.", "Not started."],
        ["^", "^", "Train the team.", "Not started."],
        ["DHR 2023/04 R4", "ICB to act.", "Write it.", "Complete."]]


def test_a_label_under_a_label_of_its_own_opens_its_row() -> None:
    rows = read(("R2", "(part)"))
    assert [row[0] for row in rows][:2] == ["R2 (part)", "R3"]
