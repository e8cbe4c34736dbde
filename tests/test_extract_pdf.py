"""The PDF parser on small real PDFs (made by tools/make_fixtures.py), named after the problem they show."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dhr_extract.api import extract_document
from dhr_extract.extract.pdf import read_pdf
from dhr_extract.extract.pdf.page import LeanPage
from dhr_extract.model import ExtractError
from tests.helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"


def grid(path: Path) -> list[list[list[str]]]:
    doc = read_pdf_file(path)
    return [[[c.span or c.text for c in row.cells] for row in table.rows] for table in doc.tables]


def test_borderless_table_is_read_from_gutters_and_row_gaps() -> None:
    (table,) = grid(FIXTURES / "borderless_columns.pdf")
    assert table == [
        ["No.", "Recommendation", "Action to be taken", "Lead agency", "Timescale"],
        ["Theme 1 – Information sharing", "", "", "", ""],
        ["3.1", "Agencies agree an information sharing protocol.", "Draft and sign the protocol.", "CSP", "March 2021"],
        ["3.2", "GPs record domestic abuse in the patient record.", "Audit twenty records.", "ICB", "June 2021"],
    ]


def test_borderless_plan_normalises_with_theme_owner() -> None:
    data = extract_document(FIXTURES / "borderless_columns.pdf")
    assert [(r.rec_number, r.rec_text, r.owner) for r in data.recommendations] == [
        ("3.1", "Agencies agree an information sharing protocol.", "Theme 1 – Information sharing"),
        ("3.2", "GPs record domestic abuse in the patient record.", "Theme 1 – Information sharing"),
    ]
    assert [(a.agency, a.target_date_text) for a in data.actions] == [("CSP", "March 2021"), ("ICB", "June 2021")]


def test_ruled_table_repeats_its_header_on_every_page() -> None:
    tables = grid(FIXTURES / "page_split_then_agency_rows.pdf")
    assert len(tables) == 4  # one table fragment per page
    assert all(t[0] == ["Recommendation", "Scope", "Action to take", "Evidence", "Target date",
                        "Progress (as at 1st June 2021)"] for t in tables)


def test_row_split_over_pages_is_one_row_and_agency_row_is_an_action() -> None:
    data = extract_document(FIXTURES / "page_split_then_agency_rows.pdf")
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]
    rec1 = data.recommendations[0]
    assert rec1.rec_text.startswith("All agencies to share the learning from this review. This sentence pads")
    assert "Last words of" in rec1.rec_text and "Recommendation" not in rec1.rec_text
    assert rec1.page_start == 1
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "POLICE", "Brief all officers on the learning.", "March 2021"),
        ("1", "HEALTH", "Add the learning to safeguarding training.", "June 2021"),
        ("2", "", "Audit a sample of referrals.", "Q2 2021/22"),
    ]
    assert [(p.progress_text, p.as_of, p.status) for p in data.progress] == [
        ("COMPLETED", "1st June 2021", "complete"),
        ("Ongoing", "1st June 2021", "in_progress"),
        ("Not started", "1st June 2021", "not_started"),
    ]


def test_damaged_pdf_is_a_clear_error() -> None:
    data = (FIXTURES / "borderless_columns.pdf").read_bytes()[:400]
    with pytest.raises(ExtractError) as caught:
        read_pdf(Path("cut.pdf"), data, "0" * 64)
    assert caught.value.error_type == "corrupt_pdf"


def test_borderless_rows_set_tight_split_where_the_first_column_starts_again() -> None:
    (table,) = grid(FIXTURES / "borderless_tight_rows.pdf")
    assert table == [
        ["No.", "Recommendation", "Action to be taken", "Lead agency", "Timescale"],
        ["1.", "Agencies agree an information sharing protocol for all domestic abuse referrals.",
         "Draft and sign the protocol.", "CSP", "March 2021"],
        ["2.", "GPs record domestic abuse in the patient record.", "Audit twenty records.", "ICB", "June 2021"],
        ["3.", "Police review repeat victims monthly.", "Add a repeat victim marker.", "Police", "Ongoing"],
    ]


def test_borderless_tall_cells_spanning_action_rows_stay_in_their_first_row() -> None:
    """A list of agencies merged over its actions runs on beside the next action row: that row still
    starts where its other columns start afresh, the list goes whole to the row it starts in, and the
    rows under it are covered from above (words compared with line breaks folded: the rows are tested
    here, not how a cell's lines are joined)."""
    (table,) = grid(FIXTURES / "tall_list_cell_spans_rows.pdf")
    folded = [[" ".join(text.split()) for text in row] for row in table]
    four = "Police Probation Service Adult Social Care Integrated Care Board"
    health = "Integrated Care Board Ashbury Hospitals NHS Trust Ashbury Community Health"
    assert folded == [
        ["Recommendation", "Agencies", "Action", "Target date", "Progress"],
        ["1. Agencies to hold a joint meeting when two of them hold concerns about coercive control.", four,
         "Write a guide to the meeting.", "30/06/2025", "In progress."],
        ["above", "above", "Add the guide to training.", "31/12/2025", "Not started."],
        ["2. Health agencies to make sure that a victim's children are identified and their school nurse told.",
         health, "Add a question about children to the emergency department form.", "31/08/2025", "In progress."],
        ["above", "above", "Tell the school nursing team.", "30/09/2025", "Not started."],
        ["above", "above", "Audit the form.", "31/03/2026", "Not started."],
        ["3. Agencies to offer an independent interpreter at every contact with a victim who does not speak "
         "English, and never ask a family member to interpret.", "Police Probation Service",
         "Issue a joint statement of the standard.", "30/06/2025", "Complete."],
        ["above", "above", "Audit twenty cases in each agency where an interpreter was needed.", "31/01/2026",
         "In progress."],
    ]


def test_actions_under_a_merged_agency_list_share_it() -> None:
    data = extract_document(FIXTURES / "tall_list_cell_spans_rows.pdf")
    by_rec: dict[str, list[str]] = {}
    for action in data.actions:
        by_rec.setdefault(action.rec_number, []).append(" ".join(action.agency.split()))
    assert by_rec == {
        "1": ["Police Probation Service Adult Social Care Integrated Care Board"] * 2,
        "2": ["Integrated Care Board Ashbury Hospitals NHS Trust Ashbury Community Health"] * 3,
        "3": ["Police Probation Service"] * 2,
    }
    assert not [w for w in data.warnings if w.code == "unlabelled_recommendation_text"]


def test_a_page_the_fast_character_path_cannot_read_is_read_again_with_a_coded_warning(
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = FIXTURES / "bad_bbox_page.pdf"
    fast = extract_document(path)
    plain_chars = LeanPage.process_object

    def fails_on_page_2(self: LeanPage, obj: Any) -> dict[str, Any]:
        if self.page_number == 2:
            raise ValueError("Bounding box (0, 0, 900, 600) is not fully within parent page bounding box")
        return plain_chars(self, obj)

    monkeypatch.setattr(LeanPage, "process_object", fails_on_page_2)
    slow = extract_document(path)
    assert [(w.code, w.location) for w in slow.warnings] == [("page_read_slowly", "page 2")]
    assert "ValueError: Bounding box" in slow.warnings[0].message
    assert (slow.recommendations, slow.actions, slow.progress) == (fast.recommendations, fast.actions, fast.progress)
    assert slow.reviews[0].status == "ok" and slow.reviews[0].n_warnings == 1
