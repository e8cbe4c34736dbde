"""An action shared by agencies whose progress cell reports each one's in turn: an action per agency."""
from __future__ import annotations

from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.agency_progress import agency_parts
from dhr_extract.normalise.records import document_to_dataset

HEADER = ("No.", "Recommendation", "Action", "Lead agency", "Target", "Progress")


def plan(*rows: tuple[str, ...]) -> RawDocument:
    grid = [HEADER, *rows]
    table = RawTable(tuple(Row(tuple(Cell(t) for t in row), i) for i, row in enumerate(grid)), 0, None, None, "html")
    return RawDocument("plan.html", "cd" * 32, "html", None, ["A plan"], [table])  # type: ignore[arg-type]


def test_each_agencys_paragraph_is_its_own_actions_progress() -> None:
    data = document_to_dataset(plan(
        ("1", "All agencies to train staff.", "Train front-line staff.", "Police\nBorough Council\nCitizens Advice",
         "30 Sep 2026", "Police: Complete. Trained in March.\nBorough Council: In progress. Booked for July. "
         "Citizens Advice: Not started."),
        ("2", "The police to act on breaches.", "Issue an instruction.", "Police", "31 Mar 2026", "Complete.")))
    assert [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions] == [
        ("1", "Police", "Train front-line staff.", "30 Sep 2026"),
        ("1", "Borough Council", "Train front-line staff.", "30 Sep 2026"),
        ("1", "Citizens Advice", "Train front-line staff.", "30 Sep 2026"),
        ("2", "Police", "Issue an instruction.", "31 Mar 2026")]
    assert [(p.progress_text, p.status) for p in data.progress] == [
        ("Complete. Trained in March.", "complete"), ("In progress. Booked for July.", "in_progress"),
        ("Not started.", "not_started"), ("Complete.", "complete")]
    assert len(data.recommendations) == 2


def test_a_name_broken_over_two_lines_of_a_narrow_lead_cell_still_matches() -> None:
    assert agency_parts("Silverbeck NHS Foundation\nTrust Silverbeck Adult Social Care",
                        "Silverbeck NHS Foundation Trust: Complete. Named contact: the head.\n"
                        "Silverbeck Adult Social Care: In progress.") == [
        ("Silverbeck NHS Foundation Trust", "Complete. Named contact: the head."),
        ("Silverbeck Adult Social Care", "In progress.")]


def test_a_progress_cell_not_reporting_every_agency_in_turn_is_read_as_written() -> None:
    cell = "Police\nBorough Council"
    assert agency_parts(cell, "Police: Complete.") is None  # one agency's paragraph only
    assert agency_parts(cell, "Police: Complete.\nAdult Social Care: Open.") is None  # a name not in the cell
    assert agency_parts(cell, "Update: Police: done.\nBorough Council: open.") is None  # text before any name
    assert agency_parts(cell, "Complete. Note: both trained.") is None
