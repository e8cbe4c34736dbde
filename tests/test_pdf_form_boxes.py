"""A saved web form's empty fields printed as bordered boxes (LibreOffice's print of a <select>): no rules."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.form_boxes import without_form_boxes
from tests.helpers import read_pdf_file, typeset_word

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def box(x0: float, top: float, x1: float, bottom: float) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "stroke": True, "fill": True, "object_type": "rect"}


def rule(x: float, top: float, bottom: float) -> dict:
    return {"x0": x, "top": top, "x1": x, "bottom": bottom, "object_type": "line"}


WORDS = [typeset_word("Complete", 10, 100, height=10.0)]


def test_an_empty_box_a_line_high_sharing_no_side_is_a_field() -> None:
    field = box(392.0, 177.4, 472.2, 196.9)
    column_rules = [rule(390.6, 120, 550), rule(470.6, 120, 550)]  # a ruled cell's, the field running over one
    assert without_form_boxes([field], column_rules, WORDS) == []


def test_a_table_cell_a_box_with_text_or_a_tall_box_stays() -> None:
    cells = [box(10, 100, 100, 120), box(100, 100, 200, 120)]  # two cells sharing a side
    written = box(5, 95, 80, 115)  # a word inside it
    tall = box(300, 100, 400, 200)
    assert without_form_boxes([*cells, written, tall], [], WORDS) == [*cells, written, tall]


def test_a_plan_with_empty_drop_downs_reads_as_one_table() -> None:
    for producer in ("lo_portrait", "lo_ruled"):
        doc = read_pdf_file(HELDOUT / f"select_status_form_html.{producer}.pdf")
        first = [t for t in doc.tables if t.rows]
        assert [" ".join(c.text.split()) for c in first[0].rows[0].cells][:4] == ["No.", "Recommendation", "Action",
                                                                                  "Lead agency"]
        assert len(first[0].rows) == 8  # the header and an action a row, none cut by the boxes' sides
