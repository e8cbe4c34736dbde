"""An unruled print of a plan with no progress column, each action row followed by a line across the
table that gives its progress (``Progress: Complete. …``), every cell centred vertically and no white
band between the rows.  The band is short enough to stay inside the wide first column, so only its
place (the first column's start, in one run) and its label tell it apart from the recommendation's
wrapped text: it is a row of its own, and it bounds the rows above and below it."""
from __future__ import annotations

from dhr_extract.extract.pdf.band_lines import opens_progress_band
from dhr_extract.extract.pdf.borderless import borderless_tables
from dhr_extract.extract.pdf.lines import words_to_lines
from tests.helpers import typeset_line, typeset_word

COLUMNS = (10.0, 330.0, 510.0, 650.0)
PITCH = 11.5  # a paragraph's lines: 10 points tall, 11.5 apart
GAP = 14.3  # top to top from a row's last line to the band under it, and from the band to the next row


def cell(column: int, middle: float, lines: list[str], font: str = "ArialMT") -> list[dict]:
    """A cell's lines centred on ``middle``."""
    top = middle - (PITCH * (len(lines) - 1) + 10.0) / 2
    return [typeset_word(text, at(COLUMNS[column], line.split()[:k]), top + PITCH * i, font, 10.0)
            for i, line in enumerate(lines) for k, text in enumerate(line.split())]


def at(x0: float, before: list[str]) -> float:
    """Where a word starts after the words ``before`` it: 5 points a character, 3 between words."""
    return x0 + sum(5.0 * len(w) + 3.0 for w in before)


def band(top: float, text: str) -> list[dict]:
    """A progress band: its label in bold, the rest plain, in the first column's start."""
    label, *rest = text.split()
    return [typeset_word(label, COLUMNS[0], top, "Arial-BoldMT", 10.0)] + [
        typeset_word(w, at(COLUMNS[0], [label, *rest[:k]]), top, "ArialMT", 10.0) for k, w in enumerate(rest)]


def banded_plan() -> list[dict]:
    words = [w for c, text in enumerate(["Recommendation", "Action", "Lead agency", "Target date"])
             for w in cell(c, 100.0, [text], "Arial-BoldMT")]
    rows = [(["Police to visit a victim within 24 hours of a bail variation,",
              "and to record each visit in the case system of the force."],
             ["Add the visit to the procedure."], "Police", ["end of", "December", "2025"],
             "Progress: Complete. Procedure changed."),
            ([], ["Check that the visits are made."], "Police", ["end of", "March 2026"], "Progress: In progress."),
            (["Children's Services to share a child's plan with the school's",
              "safeguarding lead at the start of each school term."],
             ["Change the distribution list."], "Children's Services", ["end of", "November", "2025"],
             "Progress: Not started.")]
    top = 100.0 + 5.0 + GAP - 10.0
    for rec, action, agency, due, progress in rows:
        height = PITCH * (max(len(rec), len(due)) - 1) + 10.0
        middle = top + height / 2
        words += cell(0, middle, rec) + cell(1, middle, action) + cell(2, middle, [agency]) + cell(3, middle, due)
        words += band(top + height + GAP - 10.0, progress)
        top += height + 2 * GAP - 10.0
    return words


def test_a_line_opening_with_a_progress_label_at_the_first_column_is_a_band() -> None:
    columns = list(COLUMNS)
    assert opens_progress_band(typeset_line(0.0, (10.0, "Progress: Complete. Procedure changed."), space=3.0), columns)
    assert opens_progress_band(typeset_line(0.0, (10.0, "Status: Not started."), space=3.0), columns)
    assert not opens_progress_band(typeset_line(0.0, (10.0, "Police to visit a victim"), space=3.0), columns)
    assert not opens_progress_band(typeset_line(0.0, (40.0, "Progress: Complete."), space=3.0), columns)  # indented
    assert not opens_progress_band(typeset_line(0.0, (10.0, "Progress: Complete."), (330.0, "Add"), space=3.0), columns)
    assert not opens_progress_band(typeset_line(0.0, (10.0, "Note: see the report."), space=3.0), columns)


def test_progress_bands_in_a_centred_table_are_rows_of_their_own() -> None:
    lines = words_to_lines(banded_plan())
    assert "Progress: Complete. Procedure changed." in [ln.text for ln in lines]  # a line of its own
    tables, _, _ = borderless_tables(banded_plan(), page_number=1, first_index=0)
    assert [[c.text for c in row.cells] for row in tables[0].rows] == [
        ["Recommendation", "Action", "Lead agency", "Target date"],
        ["Police to visit a victim within 24 hours of a bail variation, and to record each visit in the case system "
         "of the force.",
         "Add the visit to the procedure.", "Police", "end of December 2025"],
        ["Progress: Complete. Procedure changed.", "", "", ""],
        ["", "Check that the visits are made.", "Police", "end of March 2026"],
        ["Progress: In progress.", "", "", ""],
        ["Children's Services to share a child's plan with the school's safeguarding lead at the start of each "
         "school term.",
         "Change the distribution list.", "Children's Services", "end of November 2025"],
        ["Progress: Not started.", "", "", ""],
    ]
