"""A plan with no recommendation column: each recommendation is a row spanning the table ("Recommendation
1: text"), its actions under sector sub-headings that span the table too ("Health", "Police").  The
labelled row opens the recommendation (its text the rest of the row); each sub-heading names the agency
of the actions under it, until the next sub-heading or recommendation, and owns no recommendation."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.records import document_to_dataset

LEFT = Cell("", "left")


def plan(header: list[str], rows: list[str | list[str]]) -> RawDocument:
    """One table: a string is a row spanning the table, a list a row of cells."""
    width = len(header)
    grid = [tuple(Cell(t) for t in header)] + [
        (Cell(r), *[LEFT] * (width - 1)) if isinstance(r, str) else tuple(Cell(t) for t in r) for r in rows]
    table = RawTable(tuple(Row(cells, i, None) for i, cells in enumerate(grid)), 0, None, None, "docx", "")
    return RawDocument("plan.docx", "ab" * 32, "docx", None, ["An action plan"], [table])  # type: ignore[arg-type]


ROWS: list[str | list[str]] = [
    "Recommendation 1: All agencies to ask about domestic abuse when a person presents with an injury.",
    "Health",
    ["Add routine enquiry to triage.", "Fernleigh Hospital Trust", "31.03.2026", "Complete."],
    ["Remind GP practices of routine enquiry.", "Fernleigh ICB", "30.04.2026", "In progress."],
    "Police",
    ["Brief response officers.", "Fernleigh Police", "31.05.2026", "Not started."],
    "Recommendation 2: Agencies to share information about previous partners.",
    "Local authority",
    ["Add previous partners to the referral form.", "Fernleigh Council", "28.02.2026", "Complete."],
]


def test_spanning_recommendation_rows_over_sector_subheadings_open_recommendations() -> None:
    data = document_to_dataset(plan(["Action", "Lead", "Target date", "Progress"], ROWS))
    assert [(r.rec_number, r.rec_text, r.owner) for r in data.recommendations] == [
        ("1", "All agencies to ask about domestic abuse when a person presents with an injury.", ""),
        ("2", "Agencies to share information about previous partners.", "")]
    assert [(a.rec_number, a.agency, a.action_text) for a in data.actions] == [
        ("1", "Fernleigh Hospital Trust", "Add routine enquiry to triage."),
        ("1", "Fernleigh ICB", "Remind GP practices of routine enquiry."),
        ("1", "Fernleigh Police", "Brief response officers."),
        ("2", "Fernleigh Council", "Add previous partners to the referral form.")]
    assert not data.residue and not data.warnings


def test_a_sector_subheading_is_the_agency_of_the_actions_under_it_until_the_next_recommendation() -> None:
    """No lead column: the sub-heading names the agency; the next recommendation starts with none."""
    rows: list[str | list[str]] = [[r[0], r[2], r[3]] if isinstance(r, list) else r for r in ROWS]
    rows.insert(7, ["Audit the referrals.", "30.06.2026", ""])  # under recommendation 2, before its sub-heading
    data = document_to_dataset(plan(["Action", "Target date", "Progress"], rows))
    assert [(a.rec_number, a.agency, a.action_text) for a in data.actions] == [
        ("1", "Health", "Add routine enquiry to triage."),
        ("1", "Health", "Remind GP practices of routine enquiry."),
        ("1", "Police", "Brief response officers."),
        ("2", "", "Audit the referrals."),
        ("2", "Local authority", "Add previous partners to the referral form.")]
    assert [r.owner for r in data.recommendations] == ["", ""]
