"""Plans that write each recommendation as a heading and a paragraph, then its actions numbered in a
table of their own (1.1, 1.2), then a separate progress table keyed by those numbers."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.docx import read_docx
from dhr_extract.extract.html import read_html
from dhr_extract.model import SOFT_HYPHEN, Cell, Dataset, RawDocument, RawTable, Row
from dhr_extract.normalise.action_refs import (action_ref, is_sub_number, names_update_date, progress_table_key,
                                               table_to_entries)
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.records import document_to_dataset
from tests.test_extract_docx import make_docx, p, styled, tbl, tc, tr


@pytest.mark.parametrize("text, ref", [
    ("1.1", "1.1"), ("3.2a", "3.2a"), ("2b", "2b"), ("Action 4.1", "4.1"), (" 10.3. ", "10.3"),
    ("A1", "a1"), ("B.2", "b.2"),  # coded from a lettered recommendation
    ("1", ""), ("Train staff", ""), ("31/03/2025", ""), ("", ""), ("R1", ""), ("AB1", ""),
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


@pytest.mark.parametrize("text, date", [
    ("Date of update", True), ("Update date", True), ("Date updated", True), ("Date of progress", True),
    ("Update", False), ("Progress update", False), ("Date of completion and Outcome", False),
])
def test_a_progress_logs_update_date_column(text: str, date: bool) -> None:
    assert names_update_date(text) is date


def appendix_log_plan() -> bytes:
    """Actions numbered 1a, 1b in an "Action ref" column beside merged recommendation cells, no progress
    column; progress in an update log after the plan keyed by those refs."""
    return """<html><body><h1>Action plan</h1>
<table><tr><th>Ref</th><th>Recommendation</th><th>Action ref</th><th>Action</th><th>Lead agency</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">The Council to tell tenants where to find help.</td>
<td>1a</td><td>Print a leaflet.</td><td>Housing</td></tr>
<tr><td>1b</td><td>Post it to every tenant.</td><td>Housing</td></tr>
<tr><td>2</td><td>The hospital to ask every patient about abuse.</td>
<td>2a</td><td>Add the question to the admission form.</td><td>Hospital Trust</td></tr></table>
<h2>Appendix A - Update log</h2>
<table><tr><th>Action ref</th><th>Date of update</th><th>Update</th></tr>
<tr><td>1a</td><td>02/06/2025</td><td>Complete. Leaflet printed.</td></tr>
<tr><td>2a</td><td>03/07/2025</td><td>In progress. Form drafted.</td></tr></table>
</body></html>""".encode()


def test_an_update_log_keyed_by_an_action_ref_column_is_the_actions_progress() -> None:
    data = document_to_dataset(read_html(Path("plan.html"), appendix_log_plan(), "sha"))
    assert summary(data) == [
        ("1", "The Council to tell tenants where to find help.",
         [("Housing", "Print a leaflet.", [("02/06/2025", "Complete. Leaflet printed.")]),
          ("Housing", "Post it to every tenant.", [])]),
        ("2", "The hospital to ask every patient about abuse.",
         [("Hospital Trust", "Add the question to the admission form.", [("03/07/2025", "In progress. Form drafted.")])]),
    ]
    assert [a.status for a in data.actions] == ["complete", "unknown", "in_progress"]
    assert data.residue == []


def test_a_log_headed_by_action_ref_is_progress_even_when_its_rows_ran_together() -> None:
    merged = table(("Action ref", "Date of update", "Update"), ("1a 1b", "14/05/2025 02/06/2025", "Complete. In progress."))
    header = find_header(merged)
    assert header is not None and progress_table_key(merged, header) == 0
    assert [(e.ref, e.text) for e in table_to_entries(merged, header, 0)] == [("", "Complete. In progress.")]


def test_rows_that_ran_together_in_a_log_are_kept_as_residue_not_read_as_actions() -> None:
    plan = RawTable(rows=(Row((Cell("Ref"), Cell("Recommendation"), Cell("Action ref"), Cell("Action")), 0),
                          Row((Cell("1"), Cell("Police to train staff."), Cell("1a"), Cell("Run training.")), 1)),
                    index=0)
    log = RawTable(rows=(Row((Cell("Action ref"), Cell("Date of update"), Cell("Update")), 0),
                         Row((Cell("1a 1b"), Cell("14/05/2025"), Cell("Complete. Done.")), 1)), index=1)
    data = document_to_dataset(RawDocument("plan.pdf", "ab" * 32, "pdf", None, ["A plan"], [plan, log]))
    assert [a.action_text for a in data.actions] == ["Run training."]
    assert [r.text for r in data.residue] == ["1a 1b 14/05/2025 Complete. Done."]


def test_a_date_marked_cut_at_a_page_foot_in_a_log_keeps_no_mark() -> None:
    # a log's rows are not joined overleaf, so a word marked broken at the foot is read as it stands
    log = table(("Action", "Date", "Update"), ("3.1", "20/05/2025" + SOFT_HYPHEN, "Complete." + SOFT_HYPHEN))
    header = find_header(log)
    assert header is not None
    assert [(e.ref, e.date_text, e.text) for e in table_to_entries(log, header, 0)] == [("3.1", "20/05/2025", "Complete.")]
