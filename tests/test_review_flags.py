"""``reviews.needs_review``: raised on the signs of a doubtful reading, calibrated on the scored samples."""
from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

from dhr_extract.api import extract_paths
from dhr_extract.model import Action, Dataset, Progress, Recommendation, Residue, Review, TableReport, WarningRecord
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.review_flags import review_reasons
from dhr_extract.outputs.writers import write_dataset
from tests.helpers import load_tool
from tests.test_normalise import document, table

ROOT = Path(__file__).resolve().parent.parent
score_samples = load_tool("score_samples")
score = load_tool("score")


def clean_part(**tables: list) -> Dataset:
    review = Review("r1", "plan.pdf", "ab" * 32, "pdf", "", 2, "", "ok", 1, 1)
    return Dataset(reviews=[review], **tables)


def progress(status: str, text: str = "an update") -> Progress:
    return Progress("r1", "a1", 1, "Progress", "", text, "", status)


def test_a_clean_reading_needs_no_review() -> None:
    part = clean_part(warnings=[WarningRecord("r1", "row_joined_across_pages", "joined", "page 2, table 2, row 1")],
                      residue=[Residue("r1", 1, 1, 2, "", "Guidance", "guidance_row")],
                      progress=[progress("complete"), progress("unknown")])
    assert review_reasons(part) == []


def test_each_sign_of_a_doubtful_reading_is_named() -> None:
    part = clean_part(
        warnings=[WarningRecord("r1", "action_without_text", "no text", "page 1, table 1, row 3")],
        residue=[Residue("r1", 1, 1, 4, "Notes", "a note", "unmapped_column"),
                 Residue("r1", 1, 1, 5, "Action", "stray", "unplaced_row")],
        tables=[TableReport("r1", "plan.pdf", 1, 1, 0, 0, 10, 10, "borderless", 5, 4, True, 1, 0.6)],
        progress=[progress("unknown"), progress("unknown"), progress("complete")])
    assert review_reasons(part) == ["action_without_text", "unplaced_rows", "unmapped_text", "low_confidence",
                                    "unread_statuses"]


def test_an_unlabelled_pdf_plan_needs_review_and_an_unlabelled_docx_does_not() -> None:
    rec = Recommendation("r1", "rec1", 1, "1", "", "Train staff", "", "", "plan.pdf", 1)
    part = clean_part(recommendations=[rec])
    assert review_reasons(part) == ["unlabelled_recommendations"]
    assert review_reasons(replace(part, reviews=[replace(part.reviews[0], source_format="docx")])) == []
    assert review_reasons(replace(part, recommendations=[replace(rec, rec_label="1.")])) == []


def test_failed_and_empty_documents_need_review() -> None:
    failed = Dataset(reviews=[Review("r2", "x.pdf", "", "pdf", "", None, "", "failed")])
    empty = Dataset(reviews=[Review("r3", "y.pdf", "cd" * 32, "pdf", "", 1, "", "no_action_plan")])
    assert review_reasons(failed) == ["failed"]
    assert review_reasons(empty) == ["no_action_plan"]


def test_flags_every_sample_scored_below_097_and_few_others() -> None:
    pairs = score_samples.annotated_documents(ROOT / "samples")
    dataset = extract_paths([doc for doc, _ in pairs])
    flagged = {Path(r.source_file).name: r.review_reasons for r in dataset.reviews if r.needs_review}
    with tempfile.TemporaryDirectory() as out:
        write_dataset(dataset, Path(out), ["parquet"])
        overall = {doc.name: score.score(json.loads(truth.read_text()), out, doc.name)["overall"]
                   for doc, truth in pairs}
    weak = {name for name, value in overall.items() if value < 0.97}
    assert weak <= set(flagged), (weak, flagged)
    others = [name for name in overall if name not in weak]
    assert len([name for name in others if name in flagged]) * 5 <= len(others), flagged


def test_recommendations_without_text_are_named() -> None:
    numbered_only = Recommendation("r1", "rec1", 1, "1.1", "1.1", "", "", "", "plan.docx", None)
    part = clean_part(recommendations=[numbered_only])
    assert review_reasons(part) == ["recommendations_without_text"]
    assert review_reasons(replace(part, recommendations=[replace(numbered_only, rec_text="Train staff")])) == []


def test_an_agency_column_left_empty_on_every_action_is_named() -> None:
    def plan(lead: str) -> list[list[str]]:
        return [["Recommendation", "Action", "Lead officer", "Target date"],
                ["1. Train staff.", "Run two courses.", lead, "31/03/2025"],
                ["2. Audit files.", "Audit ten files.", lead, "30/06/2025"]]

    empty = document_to_dataset(document(table(plan(""))))
    assert [w.code for w in empty.warnings] == ["agency_column_empty"]
    assert "agency_column_empty" in empty.reviews[0].review_reasons
    assert document_to_dataset(document(table(plan("Police")))).warnings == []


def test_a_column_of_numbering_or_of_dates_alone_is_not_doubtful_text() -> None:
    def unmapped(header: str, *texts: str, reason: str = "unmapped_column") -> list[Residue]:
        return [Residue("r1", 1, 1, row, header, text, reason) for row, text in enumerate(texts, 2)]

    dated = Action("r1", "rec1", "a1", 1, "1", "Police", "", "Train staff.", "", "31/03/2025", "plan.pdf", 1)
    rec = Recommendation("r1", "rec1", 1, "1", "1.", "Train staff", "", "", "plan.pdf", 1)
    plan = clean_part(recommendations=[rec], actions=[dated])
    assert review_reasons(replace(plan, residue=unmapped("Action ref", "1a", "1b", "2a"))) == []
    assert review_reasons(replace(plan, residue=unmapped("Date completed", "14/03/2023", "March 2024"))) == []
    # A date column while no action has a target date may be the target dates, read under no role.
    undated = replace(plan, actions=[replace(dated, target_date_text="")])
    assert review_reasons(replace(undated, residue=unmapped("Deadline", "14/03/2023"))) == ["unmapped_text"]
    assert review_reasons(replace(plan, residue=unmapped("Date completed", "14/03/2023", "Done after the audit"))) \
        == ["unmapped_text"]
    # Cells beyond the header's columns: a column the reader split, whatever they hold.
    assert review_reasons(replace(plan, residue=unmapped("", "1a", reason="extra_column"))) == ["unmapped_text"]
