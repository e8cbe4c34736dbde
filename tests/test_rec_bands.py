"""Recommendations written only as bands across the table, each over its own copy of the action header.

The table has no recommendation column: a band row (a reference, then the recommendation's text)
spans the table, the header ``Action | Owner | Deadline | Progress`` follows it again, then the
recommendation's action rows.  Every band is a recommendation, each repeated header is a header,
and such a table is a plan even when its references are not labels the label rule reads.
"""
from __future__ import annotations

from dhr_extract.model import Cell, Dataset, RawDocument, RawTable, ResidueReason, ReviewStatus, Row
from dhr_extract.normalise.rec_bands import band_reference, recommendation_bands
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.records import document_to_dataset

HEADER = ("Action", "Owner", "Deadline", "Progress")


def band(text: str) -> tuple[Cell, ...]:
    return (Cell(text), Cell("", "left"), Cell("", "left"), Cell("", "left"))


def plain(*texts: str) -> tuple[Cell, ...]:
    return tuple(Cell(t) for t in texts)


def table(*rows: tuple[Cell, ...]) -> RawTable:
    return RawTable(tuple(Row(cells, k) for k, cells in enumerate(rows)), 0, strategy="docx")


def read(plan: RawTable) -> Dataset:
    return document_to_dataset(RawDocument("plan.docx", "ab" * 32, "docx", None, ["A plan"], [plan]))


BANDED = table(
    band("QX-2022-7/R1\nThe police to name one officer for each stalking case."),
    plain(*HEADER),
    plain("Change the stalking policy.", "Police", "30/09/2025", "Complete. Policy issued."),
    plain("Train the officers.", "Police", "31/12/2025", "Not started."),
    band("QX-2022-7/R2\nThe council to record disclosures on the tenancy file."),
    plain(*HEADER),
    plain("Add a field to the file.", "Housing", "31/03/2025", "In progress. Field drafted."),
)


def test_each_band_is_a_recommendation_over_its_actions() -> None:
    out = read(BANDED)
    assert [(r.rec_number, r.rec_text) for r in out.recommendations] == [
        ("1", "The police to name one officer for each stalking case."),
        ("2", "The council to record disclosures on the tenancy file.")]
    by_rec = {r.rec_id: r.rec_number for r in out.recommendations}
    assert [(by_rec[a.rec_id], a.action_text) for a in out.actions] == [
        ("1", "Change the stalking policy."), ("1", "Train the officers."), ("2", "Add a field to the file.")]
    assert out.reviews[0].status is ReviewStatus.OK


def test_no_band_or_repeated_header_is_lost_or_kept_as_residue() -> None:
    out = read(BANDED)
    assert not [r for r in out.residue if r.reason is ResidueReason.ABOVE_HEADER]
    assert not [a for a in out.actions if a.action_text == "Action"]


def test_bands_are_found_over_the_header_and_its_copies() -> None:
    header = find_header(BANDED)
    assert header is not None and header.first_row == 1
    assert recommendation_bands(BANDED, header) == frozenset({0, 4})


def test_one_band_over_the_only_header_is_a_title() -> None:
    titled = table(band("Action plan\nAgreed by the panel."), plain(*HEADER),
                   plain("Change the policy.", "Police", "30/09/2025", "Complete."))
    header = find_header(titled)
    assert header is not None and recommendation_bands(titled, header) == frozenset()


def test_an_action_log_with_a_band_but_no_repeated_header_is_no_plan() -> None:
    log = table(band("Minutes of 3 May"), plain(*HEADER),
                plain("Book the room.", "Clerk", "30/09/2025", "Complete."))
    assert read(log).reviews[0].status is ReviewStatus.NO_ACTION_PLAN


def test_a_reference_line_is_split_from_the_text() -> None:
    assert band_reference("DHR-2023-04/R2\nPolice to act.") == ("DHR-2023-04/R2", "Police to act.")
    assert band_reference("Police to act on\nevery report.") == ("", "Police to act on\nevery report.")


def test_bands_over_a_header_with_a_recommendation_column_are_no_recommendations() -> None:
    # themes each over a copy of a header that has its own recommendation column
    themed = table(
        (Cell("Information sharing"), Cell("", "left"), Cell("", "left"), Cell("", "left")),
        plain("Recommendation", "Action", "Owner", "Deadline"),
        plain("1. Share the risk assessment.", "Change the policy.", "Police", "30/09/2025"),
        (Cell("Training"), Cell("", "left"), Cell("", "left"), Cell("", "left")),
        plain("Recommendation", "Action", "Owner", "Deadline"),
        plain("2. Train the staff.", "Run the course.", "Council", "31/12/2025"),
    )
    header = find_header(themed)
    assert header is not None and header.first("rec") == 0
    assert recommendation_bands(themed, header) == frozenset()
    assert [r.rec_number for r in read(themed).recommendations] == ["1", "2"]


def test_labelled_bands_are_recommendations_not_a_caption_over_the_table() -> None:
    labelled = table(
        band("Recommendation 1\nThe police to name one officer for each stalking case."), plain(*HEADER),
        plain("Change the stalking policy.", "Police", "30/09/2025", "Complete. Policy issued."),
        band("Recommendation 2\nThe council to record disclosures on the tenancy file."), plain(*HEADER),
        plain("Add a field to the file.", "Housing", "31/03/2025", "In progress. Field drafted."))
    out = read(labelled)
    assert [(r.rec_number, r.rec_text, r.owner) for r in out.recommendations] == [
        ("1", "The police to name one officer for each stalking case.", ""),
        ("2", "The council to record disclosures on the tenancy file.", "")]


def page_table(index: int, page: int, *rows: tuple[Cell, ...]) -> RawTable:
    return RawTable(tuple(Row(cells, k, page) for k, cells in enumerate(rows)), index, page, strategy="partly_ruled")


def test_a_page_carrying_the_plan_on_reads_its_rows_above_the_next_band_as_the_plans() -> None:
    first = page_table(0, 1, *(row.cells for row in BANDED.rows))
    rest = page_table(1, 2, plain("Check the field.", "Housing", "31/01/2026", "Not started."),
                      band("QX-2022-7/R3\nThe CSP to publish the learning."), plain(*HEADER),
                      plain("Hold a learning event.", "CSP", "31/03/2026", "Not started."))
    out = document_to_dataset(RawDocument("plan.pdf", "cd" * 32, "pdf", 2, ["A plan"], [first, rest]))
    by_rec = {r.rec_id: r.rec_number for r in out.recommendations}
    assert [(by_rec[a.rec_id], a.action_text) for a in out.actions] == [
        ("1", "Change the stalking policy."), ("1", "Train the officers."), ("2", "Add a field to the file."),
        ("2", "Check the field."), ("3", "Hold a learning event.")]
    assert not out.residue
