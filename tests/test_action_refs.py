"""Plans that write each recommendation as a heading and a paragraph, then its actions numbered in a
table of their own (1.1, 1.2), then a separate progress table keyed by those numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.docx import read_docx
from dhr_extract.extract.html import read_html
from dhr_extract.model import Cell, Dataset, RawTable, Row
from dhr_extract.normalise.action_refs import action_ref, is_sub_number, progress_table_key
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.records import document_to_dataset
from tests.test_extract_docx import make_docx, p, styled, tbl, tc, tr


@pytest.mark.parametrize("text, ref", [
    ("1.1", "1.1"), ("3.2a", "3.2a"), ("2b", "2b"), ("Action 4.1", "4.1"), (" 10.3. ", "10.3"),
    ("1", ""), ("Train staff", ""), ("31/03/2025", ""), ("", ""),
])
def test_action_ref(text: str, ref: str) -> None:
    assert action_ref(text) == ref


@pytest.mark.parametrize("number, parent, under", [
    ("1.1", "1", True), ("1.2.3", "1", True), ("1a", "1", True), ("12.1", "1", False), ("1", "1", False),
    ("2.1", "1", False), ("1.1", "", False),
])
def test_is_sub_number(number: str, parent: str, under: bool) -> None:
    assert is_sub_number(number, parent) is under


def table(*rows: tuple[str, ...]) -> RawTable:
    return RawTable(rows=tuple(Row(tuple(Cell(t) for t in cells), i) for i, cells in enumerate(rows)), index=0)


def test_only_a_table_keyed_by_action_numbers_is_a_progress_table() -> None:
    keyed = table(("Action", "Date", "Update"), ("2.1", "01/05/2025", "Complete."), ("2.2", "", "Not started."))
    actions = table(("Action", "Lead", "Progress"), ("Train the staff.", "Police", "Complete."))
    with_rec = table(("Recommendation", "Action", "Progress"), ("Police to train.", "1.1", "Complete."))
    numbered = table(("No.", "Action", "Lead agency", "Progress"), ("1.1", "Train the staff.", "Police", "Done."))
    dates_only = table(("Action", "Date"), ("1.1", "14/04/2025"))  # its update column lost: still no actions
    found = [(t, find_header(t)) for t in (keyed, actions, with_rec, numbered, dates_only)]
    assert [progress_table_key(t, h) for t, h in found if h is not None] == [0, None, None, None, 0]


def html_plan(progress_rows: str = "") -> bytes:
    first_progress = progress_rows or "<tr><td>1.1</td><td>02/06/2025</td><td>Complete. Leaflet printed.</td></tr>"
    return f"""<html><body><h1>Action plan</h1>
<h2>Recommendation 1</h2><p>The Council to tell tenants where to find help.</p>
<table><tr><th>No.</th><th>Action</th><th>Lead agency</th><th>Target date</th></tr>
<tr><td>1.1</td><td>Print a leaflet.</td><td>Housing</td><td>30/06/2025</td></tr>
<tr><td>1.2</td><td>Post it to every tenant.</td><td>Housing</td><td>31/07/2025</td></tr></table>
<h3>Progress</h3>
<table><tr><th>Action</th><th>Date</th><th>Update</th></tr>{first_progress}</table>
<h2>Recommendation 2</h2><p>The hospital to ask every patient about abuse.</p>
<table><tr><th>No.</th><th>Action</th><th>Lead agency</th><th>Target date</th></tr>
<tr><td>2.1</td><td>Add the question to the admission form.</td><td>Hospital Trust</td><td>31/08/2025</td></tr></table>
<h3>Progress</h3>
<table><tr><th>Action</th><th>Date</th><th>Update</th></tr>
<tr><td>2.1</td><td>03/07/2025</td><td>In progress. Form drafted.</td></tr></table>
</body></html>""".encode()


def summary(data: Dataset) -> list[tuple[str, str, list[tuple[str, str, list[tuple[str, str]]]]]]:
    """(number, text, [(agency, action, [(as of, progress)])]) per recommendation."""
    progress = {a.action_id: [(p.as_of, p.progress_text) for p in data.progress if p.action_id == a.action_id]
                for a in data.actions}
    return [(r.rec_number, r.rec_text, [(a.agency, a.action_text, progress[a.action_id])
                                        for a in data.actions if a.rec_id == r.rec_id])
            for r in data.recommendations]


EXPECTED = [
    ("1", "The Council to tell tenants where to find help.",
     [("Housing", "Print a leaflet.", [("02/06/2025", "Complete. Leaflet printed.")]),
      ("Housing", "Post it to every tenant.", [])]),
    ("2", "The hospital to ask every patient about abuse.",
     [("Hospital Trust", "Add the question to the admission form.", [("03/07/2025", "In progress. Form drafted.")])]),
]


def test_html_recommendation_headings_numbered_actions_and_progress_tables() -> None:
    data = document_to_dataset(read_html(Path("plan.html"), html_plan(), "sha"))
    assert summary(data) == EXPECTED
    assert [a.status for a in data.actions] == ["complete", "unknown", "in_progress"]
    assert data.residue == [] and data.reviews[0].review_reasons == ""


def test_progress_for_an_action_number_the_plan_does_not_have_is_kept() -> None:
    rows = ("<tr><td>1.1</td><td>02/06/2025</td><td>Complete. Leaflet printed.</td></tr>"
            "<tr><td>1.9</td><td>02/06/2025</td><td>Complete. Extra work.</td></tr>")
    data = document_to_dataset(read_html(Path("plan.html"), html_plan(rows), "sha"))
    assert [(r.column_header, r.text, r.reason) for r in data.residue] == [("Update", "1.9 02/06/2025 Complete. Extra work.",
                                                                             "unplaced_row")]
    assert "unplaced_rows" in data.reviews[0].review_reasons


def test_docx_recommendation_headings_numbered_actions_and_progress_tables() -> None:
    heading_style = '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'

    def actions(*rows: tuple[str, str, str, str]) -> str:
        head = tr(*(tc(p(t)) for t in ("No.", "Action", "Lead agency", "Target date")))
        return tbl(head, *(tr(*(tc(p(t)) for t in row)) for row in rows), cols=4)

    def progress(*rows: tuple[str, str, str]) -> str:
        head = tr(*(tc(p(t)) for t in ("Action", "Date", "Update")))
        return tbl(head, *(tr(*(tc(p(t)) for t in row)) for row in rows), cols=3)

    body = (p("Action plan") + styled("Recommendation 1", "Heading2") + p("The Council to tell tenants where to find help.")
            + actions(("1.1", "Print a leaflet.", "Housing", "30/06/2025"),
                      ("1.2", "Post it to every tenant.", "Housing", "31/07/2025"))
            + p("Progress") + progress(("1.1", "02/06/2025", "Complete. Leaflet printed."))
            + styled("Recommendation 2", "Heading2") + p("The hospital to ask every patient about abuse.")
            + actions(("2.1", "Add the question to the admission form.", "Hospital Trust", "31/08/2025"))
            + p("Progress") + progress(("2.1", "03/07/2025", "In progress. Form drafted.")))
    data = document_to_dataset(read_docx(Path("plan.docx"), make_docx(body, styles=heading_style), "sha"))
    assert summary(data) == EXPECTED
