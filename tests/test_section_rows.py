"""A row spanning each plan table above its own header, naming a different agency per table, is that
table's section heading (its owner), read as a heading paragraph above the table is; one table's
title row inside it names nothing."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, ResidueReason, Row
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.plan_tables import find_plan_tables, section_row_text
from dhr_extract.normalise.records import document_to_dataset

HEADER = ["Recommendation", "Action", "Target date", "Progress"]
LEFT = Cell("", "left")


def agency_table(agency: str, rows: list[list[str]], index: int) -> RawTable:
    """A table opening with a merged full-width row naming its agency, then its own header row."""
    grid = [(Cell(agency), LEFT, LEFT, LEFT), tuple(Cell(t) for t in HEADER), *(tuple(Cell(t) for t in r) for r in rows)]
    return RawTable(tuple(Row(cells, i, None) for i, cells in enumerate(grid)), index, None, None, "docx", "")


def document(*tables: RawTable) -> RawDocument:
    return RawDocument("plan.docx", "cd" * 32, "docx", None, ["A plan"], list(tables))  # type: ignore[arg-type]


POLICE = agency_table("Fernleigh Police", [["1. Police to brief officers on coercive control", "Brief all officers",
                                            "June 2024", "Complete"]], 0)
HOSPITAL = agency_table("Fernleigh University Hospitals", [
    ["2. The Trust to audit routine enquiry", "Audit the notes", "July 2024", "Under way"],
    ["3. The Trust to train midwives", "Train midwives", "2025", ""]], 1)


def test_agency_rows_over_each_table_name_the_owner_and_agency() -> None:
    assert section_row_text(POLICE, find_header(POLICE)) == "Fernleigh Police"
    data = document_to_dataset(document(POLICE, HOSPITAL))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [
        ("1", "Fernleigh Police"), ("2", "Fernleigh University Hospitals"), ("3", "Fernleigh University Hospitals")]
    assert [a.agency_text for a in data.action_agencies] == [
        "Fernleigh Police", "Fernleigh University Hospitals", "Fernleigh University Hospitals"]
    assert not [r for r in data.residue if r.reason == ResidueReason.ABOVE_HEADER]  # read, so not residue


def test_one_tables_title_row_stays_a_title_not_an_owner() -> None:
    titled = agency_table("Action plan", [["1. Police to brief officers on coercive control", "Brief all officers",
                                           "June 2024", "Complete"]], 0)
    assert [t.heading for t, _ in find_plan_tables([titled])] == [""]
    data = document_to_dataset(document(titled))
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [("1", "")]
    assert [(r.row, r.text, r.reason) for r in data.residue] == [(1, "Action plan", ResidueReason.ABOVE_HEADER)]


def test_the_same_title_row_on_every_table_names_no_section() -> None:
    first = agency_table("Action plan", [["1. Police to brief officers", "Brief all officers", "June 2024", ""]], 0)
    second = agency_table("Action plan", [["2. The Trust to audit", "Audit the notes", "July 2024", ""]], 1)
    assert [t.heading for t, _ in find_plan_tables([first, second])] == ["", ""]
    assert [r.owner for r in document_to_dataset(document(first, second)).recommendations] == ["", ""]


def test_a_table_s_foot_printed_under_its_header_names_no_section() -> None:
    """rag_left_border_tfoot_html.lo_portrait.pdf: LibreOffice prints the page's ``<tfoot>`` (written before
    the ``<tbody>``) under the header: a key of the colours, the date of the progress and a key of
    abbreviations, each a row spanning the table.  They are notes, not the recommendations' owner."""
    from pathlib import Path

    from dhr_extract.api import extract_document

    data = extract_document(Path(__file__).parent / "fixtures" / "heldout" / "rag_left_border_tfoot_html.lo_portrait.pdf")
    assert [(r.rec_number, r.owner) for r in data.recommendations] == [(str(n), "") for n in range(1, 7)]
    assert [(r.text.split()[:3], r.reason) for r in data.residue] == [
        (["The", "coloured", "bar"], "guidance_row"), (["Progress", "as", "reported"], "guidance_row"),
        (["IDVA", "–", "Independent"], "guidance_row")]
