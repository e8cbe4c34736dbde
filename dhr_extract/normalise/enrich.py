"""Typed, comparable values beside the text as written: dates, agencies, parts, review metadata.

Runs after the row walk in ``records.py``; it never changes a raw text column.
"""
from __future__ import annotations

from functools import partial

from ..model import ActionAgency, Dataset, RawDocument, RecommendationPart, WarningRecord
from .agencies import canonical_agencies, plan_abbreviations
from .dates import ParsedDate, parse_date_text, plan_years, undated
from .notes import cell_value, row_locations
from .parts import rec_sort_key, scope_level, split_parts
from .review_meta import csp_name, document_date, review_name, review_type
from .status import Codebook, mark_overdue_by_date


def enrich(dataset: Dataset, doc: RawDocument, codebook: Codebook | None = None) -> None:
    """Fill the parsed columns of one document's records in place."""
    default_year = plan_years(
        [a.target_date_text for a in dataset.actions] + [p.progress_text for p in dataset.progress]
        + [p.as_of for p in dataset.progress] + doc.text_lines
    )
    enrich_recommendations(dataset)
    enrich_actions(dataset, doc, default_year)
    enrich_progress(dataset, default_year)
    enrich_reviews(dataset, doc, default_year)
    mark_overdue_by_date(dataset, codebook)  # needs the parsed target and as-of dates


def enrich_recommendations(dataset: Dataset) -> None:
    for rec in dataset.recommendations:
        rec.rec_sort_key = rec_sort_key(rec.rec_number, rec.rec_seq)
        rec.scope_level = scope_level(rec.scope)
        for seq, (label, text) in enumerate(split_parts(rec.rec_text), start=1):
            dataset.recommendation_parts.append(RecommendationPart(rec.review_id, rec.rec_id, seq, label, text))


def enrich_actions(dataset: Dataset, doc: RawDocument, default_year: int | None) -> None:
    # Plans define abbreviations in titles, section headings, glossaries and cells.
    abbreviations = plan_abbreviations(
        doc.text_lines + [r.owner for r in dataset.recommendations]
        + [cell.text for table in doc.tables for row in table.rows for cell in row.cells if len(cell.text) < 300]
    )
    where = row_locations(dataset.row_sources)
    for action in dataset.actions:
        target = read_date(action.target_date_text, default_year, action.review_id, where.get(action.action_id, ""),
                           dataset.warnings)
        action.target_date = target.date
        action.target_dates = target.dates
        action.target_date_precision = target.precision
        action.target_kind = target.kind
        action.target_year_inferred = target.year_inferred
        agencies = canonical_agencies(action.agency, abbreviations)
        if agencies:
            action.agency_canonical = agencies[0].canonical
            action.agency_type = agencies[0].agency_type
        for seq, ref in enumerate(agencies, start=1):
            dataset.action_agencies.append(
                ActionAgency(action.review_id, action.action_id, seq, ref.text, ref.canonical, ref.agency_type))


def enrich_progress(dataset: Dataset, default_year: int | None) -> None:
    where = row_locations(dataset.row_sources)
    for progress in dataset.progress:
        if progress.as_of:
            progress.as_of_date = read_date(progress.as_of, default_year, progress.review_id,
                                            where.get(progress.action_id, ""), dataset.warnings).date


def enrich_reviews(dataset: Dataset, doc: RawDocument, default_year: int | None) -> None:
    lines = doc.text_lines
    for review in dataset.reviews:
        if review.progress_as_of:
            review.progress_as_of_date = read_date(review.progress_as_of, default_year, review.review_id, "",
                                                  dataset.warnings).date
        review.review_name = review_name(lines)
        review.csp = csp_name(lines)
        review.review_type = review_type(lines)
        dated = document_date(lines)
        if dated:
            review.document_date_text = dated.text
            review.document_date = dated.date


def read_date(text: str, default_year: int | None, review_id: str, location: str,
              warnings: list[WarningRecord]) -> ParsedDate:
    """A date cell's reading; one that cannot be interpreted is undated, with a warning at ``location``."""
    return cell_value(partial(parse_date_text, text, default_year), undated(text), location, review_id, warnings)
