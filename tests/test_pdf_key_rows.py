"""Borderless forms of labelled rows (a short bold key in the first column beside a plain value):
each key starts its row afresh (``row_walk.bold_key_column``), however close under the key above."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.row_walk import bold_key_column, lines_to_row_groups
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [57.0, 176.0]  # key / value


def word(text: str, x0: float, top: float, bold: bool = False) -> Word:
    return {"text": text, "x0": x0, "x1": x0 + 6.0 * len(text), "top": top, "bottom": top + 10.0,
            "fontname": "DejaVuSerif-Bold" if bold else "DejaVuSerif"}


def line(top: float, key: str, value: str) -> Line:
    keys = [word(w, 57.0 + 40 * i, top, True) for i, w in enumerate(key.split())]
    return Line(keys + [word(w, 176.0 + 40 * i, top) for i, w in enumerate(value.split())])


def test_a_short_bold_key_beside_a_plain_value_starts_a_row() -> None:
    assert bold_key_column(line(100, "Target date", "31/03/2025"), COLUMNS) == {0}
    assert bold_key_column(line(100, "", "31/03/2025"), COLUMNS) == set()  # no key
    assert bold_key_column(Line([word("Target", 57, 100), word("31/03/2025", 176, 100)]), COLUMNS) == set()  # plain
    assert bold_key_column(line(100, "A bold heading of many words", "text"), COLUMNS) == set()  # too long for a key


def test_a_form_of_labelled_rows_with_no_gap_between_them_reads_a_row_per_key() -> None:
    lines = [line(126.2, "Recommendation", "Morden Cross Police to complete a risk assessment at"),
             line(137.9, "1", "every incident, and to record why when"),
             Line([word(w, 176.0 + 40 * i, 149.5) for i, w in enumerate("one is not completed.".split())]),
             line(161.2, "Lead agency", "Morden Cross Police"),
             line(172.9, "Action", "Add a reason field to the record."),
             line(184.7, "Target date", "31/03/2025"),
             line(196.4, "Update", "Complete. Field added in March 2025.")]
    groups = lines_to_row_groups(lines, COLUMNS, 5.6)
    assert [len(g) for g in groups] == [3, 1, 1, 1, 1]


def test_the_borderless_print_of_labelled_tables_reads_a_row_per_key() -> None:
    doc = read_pdf_file(HELDOUT / "key_value_blocks.lo_borderless.pdf")
    rows = [[" ".join(c.text.split()) for c in row.cells] for table in doc.tables for row in table.rows]
    assert [row[0] for row in rows[:6]] == ["Recommendation 1", "Lead agency", "Action", "Target date", "Update",
                                            "Lead agency"]
    assert rows[3] == ["Target date", "31/03/2025"]
    assert sum(row[0].startswith("Recommendation") for row in rows) == 5
