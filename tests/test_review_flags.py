"""``reviews.needs_review``: raised on the signs of a doubtful reading, calibrated on the scored samples."""
from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from dhr_extract.api import extract_paths
from dhr_extract.model import Action, Dataset, Progress, Recommendation, Residue, Review, TableReport, WarningRecord
from dhr_extract.normalise.records import document_to_dataset
from dhr_extract.normalise.review_flags import column_not_modelled_notes, review_reasons
from dhr_extract.outputs.writers import write_dataset
from tests.helpers import load_tool
from tests.test_normalise import document, table

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

ROOT = Path(__file__).resolve().parent.parent
PRODUCERS = ROOT / "tests" / "fixtures" / "producers"
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
        tables=[TableReport("r1", "plan.pdf", 1, 1, 0, 0, 10, 10, "borderless", 5, 4, True, 1, 0.5)],
        progress=[progress("unknown"), progress("unknown"), progress("complete")])
    assert review_reasons(part) == ["action_without_text", "unplaced_rows", "unmapped_text", "low_confidence",
                                    "unread_statuses"]


def plan_table(strategy: str, confidence: float = 1.0, n_rows: int = 6, number: int = 1) -> TableReport:
    return TableReport("r1", "plan.pdf", number, number, 0, 0, 10, 10, strategy, n_rows, 4, True, 1, confidence)


def test_an_unlabelled_pdf_plan_needs_review_and_an_unlabelled_docx_does_not() -> None:
    rec = Recommendation("r1", "rec1", 1, "1", "", "Train staff", "", "", "plan.pdf", 1)
    part = clean_part(recommendations=[rec])
    assert review_reasons(part) == ["unlabelled_recommendations"]
    assert review_reasons(replace(part, reviews=[replace(part.reviews[0], source_format="docx")])) == []
    assert review_reasons(replace(part, recommendations=[replace(rec, rec_label="1.")])) == []


def test_unlabelled_text_joined_to_the_recommendation_above_is_a_reason_only_when_it_outnumbers_them() -> None:
    recs = [Recommendation("r1", f"rec{n}", n, str(n), f"{n}.", "Train staff", "", "", "plan.pdf", 1) for n in (1, 2)]
    joined = WarningRecord("r1", "unlabelled_recommendation_text", "joined", "page 1, table 1, row 3")
    assert review_reasons(clean_part(recommendations=recs, warnings=[joined, joined])) == []
    assert review_reasons(clean_part(recommendations=recs, warnings=[joined] * 3)) == ["unlabelled_recommendation_text"]


def test_low_confidence_weighs_each_plan_table_by_its_rows() -> None:
    long_good, short_poor = plan_table("borderless", 0.9, n_rows=21), plan_table("borderless", 0.1, n_rows=2, number=2)
    assert review_reasons(clean_part(tables=[long_good, short_poor])) == []  # (0.9 * 20 + 0.1) / 21 = 0.86
    long_poor = replace(long_good, confidence=0.5)
    assert review_reasons(clean_part(tables=[long_poor, short_poor])) == ["low_confidence"]
    not_plan = replace(short_poor, is_plan=False, n_rows=200)
    assert review_reasons(clean_part(tables=[long_good, not_plan])) == []


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
    assert review_reasons(replace(plan, residue=unmapped("Part", "(a)", "b)", "c."))) == []  # sub-part letters
    # A bare letter may be a rating the reader did not place.
    assert review_reasons(replace(plan, residue=unmapped("Part", "G", "A"))) == ["unmapped_text"]
    assert review_reasons(replace(plan, residue=unmapped("Date completed", "14/03/2023", "March 2024"))) == []
    # A date column while no action has a target date may be the target dates, read under no role.
    undated = replace(plan, actions=[replace(dated, target_date_text="")])
    assert review_reasons(replace(undated, residue=unmapped("Deadline", "14/03/2023"))) == ["unmapped_text"]
    assert review_reasons(replace(plan, residue=unmapped("Date completed", "14/03/2023", "Done after the audit"))) \
        == ["unmapped_text"]
    # Cells beyond the header's columns: a column the reader split, whatever they hold.
    assert review_reasons(replace(plan, residue=unmapped("", "1a", reason="extra_column"))) == ["unmapped_text"]


def test_text_under_a_header_that_names_its_column_is_a_note_and_text_under_no_header_is_a_reason() -> None:
    def unmapped(header: str, *texts: str) -> list[Residue]:
        return [Residue("r1", 1, 1, row, header, text, "unmapped_column") for row, text in enumerate(texts, 2)]

    findings = unmapped("Finding", "Staff did not ask about abuse.", "No referral was made.")
    assert review_reasons(clean_part(residue=findings)) == []
    assert review_reasons(clean_part(residue=unmapped("Open / closed", "Open", "Closed"))) == []
    assert review_reasons(clean_part(residue=unmapped("Dateclose d", "March 2024 when reviewed"))) == []
    assert review_reasons(clean_part(residue=unmapped("Partner agencies", "IDVA service; GP practices"))) == []
    assert review_reasons(clean_part(residue=unmapped("Carried forward", "Yes – from 2024/25"))) == []
    assert review_reasons(clean_part(residue=unmapped("Partnership", "Wyecombe CSP"))) == ["unmapped_text"]
    assert review_reasons(clean_part(residue=unmapped("", "Staff did not ask about abuse."))) == ["unmapped_text"]
    assert review_reasons(clean_part(residue=unmapped("Notes", "see minutes"))) == ["unmapped_text"]
    notes = column_not_modelled_notes([*findings, *unmapped("", "stray")], "r1")
    assert [(n.code, n.location) for n in notes] == [("column_not_modelled", "table 1")]
    assert "2 cells under 'Finding'" in notes[0].message


def test_a_misread_plan_is_flagged_and_one_read_right_is_not() -> None:
    """Two dense borderless PDFs of one producer: one merged and split actions (action count 0.87) without a
    warning or residue, so only its confidence tells; the other was read right, its grid as loose."""
    misread = extract_paths([PRODUCERS / "variant_lead_agency_column.lo_landscape.pdf"]).reviews[0]
    read_right = extract_paths([PRODUCERS / "r_labels_status.lo_portrait.pdf"]).reviews[0]
    assert misread.needs_review and "low_confidence" in misread.review_reasons.split(";")
    assert not read_right.needs_review, read_right.review_reasons


def test_a_reference_left_in_a_row_that_became_a_record_is_no_unplaced_row() -> None:
    from dhr_extract.model import RowSource

    def left(text: str, row: int = 3) -> list[Residue]:
        return [Residue("r1", 1, 1, row, "Ref", text, "unplaced_row")]

    read = clean_part(row_sources=[RowSource("r1", 1, 3, 1, None, "data", "rec1", "a1")])
    assert review_reasons(replace(read, residue=left("DHR05/1.1"))) == []
    assert review_reasons(replace(read, residue=left("Recommendation groups."))) == ["unplaced_rows"]
    assert review_reasons(replace(read, residue=left("DHR05/1.1", row=4))) == ["unplaced_rows"]  # no record took row 4
