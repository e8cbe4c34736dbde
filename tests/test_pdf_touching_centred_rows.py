"""An unruled table whose cells are centred vertically and whose rows touch (a row's gap no bigger
than a paragraph's line spacing, so no white band runs across it): LibreOffice's import of an HTML
page that drops its CSS.  Short cells centred beside a tall one are one row with it."""
from __future__ import annotations

from dhr_extract.extract.pdf.borderless import borderless_tables
from dhr_extract.extract.pdf.centred import column_blocks
from dhr_extract.extract.pdf.centring import cells_centred, touching_rows_centred
from dhr_extract.extract.pdf.lines import words_to_lines
from tests.helpers import typeset_word

COLUMNS = (10.0, 40.0, 250.0, 400.0, 500.0)
PITCH = 11.5  # a paragraph's lines: 10 points tall, 11.5 apart
ROW = 3 * PITCH + 2.8  # rows as tall as their three-line cells, 4.3 points apart


def cell(column: int, middle: float, lines: list[str]) -> list[dict]:
    """A cell's lines centred on ``middle``."""
    top = middle - (PITCH * (len(lines) - 1) + 10.0) / 2
    return [typeset_word(text, COLUMNS[column] + 5.5 * sum(len(w) + 1 for w in line.split()[:k]), top + PITCH * i,
                         "ArialMT", 10.0)
            for i, line in enumerate(lines) for k, text in enumerate(line.split())]


def touching_rows() -> list[dict]:
    header = [w for c, text in enumerate(["Ref", "Recommendation", "Action", "Lead agency", "Due date"])
              for w in cell(c, 100.0, [text])]
    rows = [("1", ["Police to make sure that a victim's", "previous reports are checked before", "grading."],
             ["Add a new history check", "to the risk assessment", "in the case system."], "Police", "2025-06-30"),
            ("2", ["ICB to make sure that a GP is told", "when a patient is discussed at the", "MARAC."],
             ["Agree a notification", "route with every GP."], "ICB", "2025-09-30"),
            ("3", ["Council to give its housing staff", "training on coercive control and", "to check it."],
             ["Commission a half-day", "course on coercion."], "Council", "2025-05-31"),
            ("4", ["Trust to share risk information", "with the IDVA whenever a patient", "discloses abuse."],
             ["Name the IDVA in the", "sharing policy."], "Trust", "2025-07-31")]
    words = header
    for i, (ref, rec, action, agency, due) in enumerate(rows):
        middle = 100.0 + 5.0 + 2 * PITCH + i * ROW  # the first row's cells 5 points under the header's
        words += cell(0, middle, [ref]) + cell(1, middle, rec) + cell(2, middle, action) + cell(3, middle, [agency])
        words += cell(4, middle, [due[:8], due[8:]])  # an ISO date broken after its last hyphen
    # the first row's action as tall as its recommendation: both start at the row's top
    return words + cell(0, 290.0, ["Page last updated on the fifteenth of October in the year 2025 by the team."])


def test_blocks_centred_beside_taller_ones_tell_a_table_of_touching_rows_centred() -> None:
    lines = words_to_lines(touching_rows())[:-1]
    assert cells_centred(lines, list(COLUMNS), cut=False) is True
    blocks = column_blocks(lines, list(COLUMNS))
    top_aligned = [b for b in blocks if b.column != 1]  # the same blocks, every one starting at its row's top
    assert touching_rows_centred(top_aligned) is True  # short cells still centred beside the two-line ones
    assert touching_rows_centred([b for b in blocks if b.column in (0, 3)]) is None  # all one line: nothing told


def test_rows_that_touch_with_centred_cells_are_read_whole() -> None:
    tables, _, _ = borderless_tables(touching_rows(), page_number=1, first_index=0)
    assert [[c.text for c in row.cells] for row in tables[0].rows] == [
        ["Ref", "Recommendation", "Action", "Lead agency", "Due date"],
        ["1", "Police to make sure that a victim's previous reports are checked before grading.",
         "Add a new history check to the risk assessment in the case system.", "Police", "2025-06-30"],
        ["2", "ICB to make sure that a GP is told when a patient is discussed at the MARAC.",
         "Agree a notification route with every GP.", "ICB", "2025-09-30"],
        ["3", "Council to give its housing staff training on coercive control and to check it.",
         "Commission a half-day course on coercion.", "Council", "2025-05-31"],
        ["4", "Trust to share risk information with the IDVA whenever a patient discloses abuse.",
         "Name the IDVA in the sharing policy.", "Trust", "2025-07-31"]]


def test_a_cut_table_whose_rows_all_touch_is_still_told_centred() -> None:
    """A table running to the page's foot leaves out its last band (a cut row starts its cells together),
    but where the rows touch its body is that one band: its blocks still vote, the cut row's few among them."""
    lines = words_to_lines(touching_rows())[:-1]
    assert cells_centred(lines, list(COLUMNS), cut=True) is True
    header_touching = [ln for ln in lines if ln.top > 100.0] + [
        ln for ln in words_to_lines([dict(w, top=w["top"] + 5.0, bottom=w["bottom"] + 5.0) for w in touching_rows()
                                     if w["top"] < 100.0])]
    assert cells_centred(sorted(header_touching, key=lambda ln: ln.top), list(COLUMNS), cut=True) is True
