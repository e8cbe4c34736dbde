"""Borderless tables of keys and values (Field | Detail): each key a row of its own, its value empty or
not, however narrow the key column (every key's line as full as a wrapped one's) and however tight the rows."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.line_pairs import key_under_key
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.row_walk import lines_to_row_groups
from dhr_extract.extract.pdf.separated_rows import separated_rows
from tests.helpers import read_pdf_file, typeset_line

FONT_VARIANTS = Path(__file__).parent / "fixtures" / "font_variants"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [10.0, 70.0]


def line(top: float, key: str = "", value: str = "") -> Line:
    cells = [(x, text) for x, text in zip(COLUMNS, (key, value)) if text]
    return typeset_line(top, *cells, font="ArialMT", height=10.0, space=3.0)


def test_a_key_under_a_key_of_another_field_opens_a_row() -> None:
    assert key_under_key(line(100, "Target date", "31 May 2026"), line(111.5, "Progress"), COLUMNS)
    assert key_under_key(line(100, "Progress"), line(111.5, "Status", "Not started"), COLUMNS)
    assert not key_under_key(line(100, "Lead"), line(111.5, "agency"), COLUMNS)  # one key wrapped
    assert not key_under_key(line(100, "Progress /"), line(111.5, "Status"), COLUMNS)  # runs on from a joiner
    assert not key_under_key(line(100, "Action", "Train staff"), line(111.5, "Police"), COLUMNS)  # no field
    # a record's label over the first line of its text, which happens to name an agency
    assert not key_under_key(line(100, "Recommendation 4", "Agree the check"),
                             line(111.5, "Hollin Cross Children's Services", "Lead: Children's Services"), COLUMNS)
    three = COLUMNS + [200.0]
    assert not key_under_key(line(100, "Target date"), line(111.5, "Progress"), three)  # a plan table's column


def test_an_empty_value_leaves_its_key_a_row_between_the_keys_around_it() -> None:
    lines = [line(100, "Lead agency", "Kestermoor NHS Trust"), line(111.5, "Target date", "31 January 2027"),
             line(123, "Progress"), line(134.5, "Status", "Not started")]
    groups = lines_to_row_groups(lines, COLUMNS, 5.5)
    assert [[ln.text for ln in g] for g in groups] == [[ln.text] for ln in lines]


def test_white_bands_holding_two_keys_are_no_rows() -> None:
    lines = [line(100, "Field", "Detail"), line(118, "Progress"), line(129.5, "Status", "Not started")]
    assert separated_rows(lines, COLUMNS) is None


def test_a_key_value_print_reads_one_row_per_key() -> None:
    # LibreOffice's borderless print: the key column just wide enough for "Lead agency"
    doc = read_pdf_file(HELDOUT / "heading_field_tables_docx.lo_borderless.pdf")
    rows = [[c.text for c in r.cells] for t in doc.tables for r in t.rows]
    at = rows.index(["Action", "Train every district nurse."])
    assert rows[at + 1:at + 5] == [["Lead agency", "Kestermoor NHS Trust"], ["Target date", "31 January 2027"],
                                   ["Progress", ""], ["Status", "Not started"]]


def test_a_key_value_print_cut_by_a_page_break_reads_one_row_per_key() -> None:
    doc = read_pdf_file(FONT_VARIANTS / "heading_field_tables_docx.serif_borderless_portrait.pdf")
    overleaf = [[c.text for c in r.cells] for r in doc.tables[3].rows]
    assert overleaf == [["Field", "Detail"], ["Progress", ""], ["Status", "Not started"]]


def test_a_status_alone_on_its_line_is_a_whole_value() -> None:
    from dhr_extract.extract.pdf.text_edges import column_ends, column_starts
    status_columns = [10.0, 200.0]
    above = typeset_line(100, (10, "Add the check."), (200, "Complete"), font="ArialMT", height=10.0, space=3.0)
    below = typeset_line(111.5, (10, "Audit the files."), (200, "In progress"), font="ArialMT", height=10.0, space=3.0)
    assert column_ends(above, status_columns)[1].value and column_starts(below, status_columns)[1].value
    wrapped = typeset_line(111.5, (200, "Complete the audit"), font="ArialMT", height=10.0, space=3.0)
    assert not column_starts(wrapped, status_columns)[1].value


def test_two_one_line_actions_beside_their_statuses_are_two_rows() -> None:
    # LibreOffice's narrow unruled print: no gap between rows, every status line as full as a wrapped one
    doc = read_pdf_file(FONT_VARIANTS / "lead_dash_target_docx.narrow_borderless_land.pdf")
    statuses = [r.cells[4].text for r in doc.tables[0].rows[1:3]]
    assert statuses == ["Complete", "In progress"]


def test_a_ticked_option_is_a_whole_status_value() -> None:
    from dhr_extract.lexicon import is_status_value
    assert is_status_value("\u2612 Complete") and is_status_value("\u2610 Not started") and is_status_value("In progress.")
    assert not is_status_value("\u2610 Complete the audit")


def test_a_form_of_ticked_status_options_reads_an_action_a_row() -> None:
    # LibreOffice's borderless print: each action's Status cell three options on lines of their own
    doc = read_pdf_file(HELDOUT / "checkbox_status_docx.lo_borderless.pdf")
    statuses = [" ".join(r.cells[5].text.split()) for r in doc.tables[0].rows[1:]]
    assert len(statuses) == 8 and statuses[:2] == ["\u2612 Complete \u2610 In progress \u2610 Not started",
                                                   "\u2610 Complete \u2612 In progress \u2610 Not started"]
