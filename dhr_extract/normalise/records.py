"""Logical rows -> canonical recommendations, actions and progress records.

Three steps: ``document_to_rows`` rebuilds the plan's rows; ``PlanBuilder`` classifies each row
and drafts the records it holds (text as written); then each record is made once, whole, with
its values interpreted (dates, agencies, parts, statuses).  The drafts come first because a few
values need the whole plan: the plan's usual year (a cell saying "31st March"), the
abbreviations it defines anywhere, and its "progress as at" date.
"""
from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from ..model import (Action, ActionAgency, Dataset, Progress, RawDocument, RawTable, Recommendation,
                     RecommendationPart, Residue, Review, Warning)
from .agencies import canonical_agencies, plan_abbreviations
from .builder import ActionDraft, Drafts, PlanBuilder, ProgressDraft, RecDraft
from .dates import parse_date_text, plan_years
from .headers import as_of_text
from .nesting import unnested_tables
from .parts import rec_sort_key, scope_level, split_parts
from .provenance import row_sources
from .review_flags import flag_review
from .review_meta import csp_name, document_date, review_name, review_type, title_line
from .row_kinds import whole_number
from .rows import LogicalRow, document_to_rows
from .status import AS_OF_RULE, Codebook, legend_from_text, overdue_by_date, overdue_evidence, overdue_rule_on
from .table_report import tables_to_report
from .theme_codebook import ThemeCodebook
from .themes import code_dataset


def review_id_for(sha256: str) -> str:
    return sha256[:16]


@dataclass(frozen=True)
class PlanValues:
    """What reading one record's values needs to know about the whole plan."""

    default_year: int | None  # the plan's most common year: the year of "31st March"
    abbreviations: dict[str, str]  # acronyms the plan defines (titles, headings, glossaries, cells)
    as_of: str  # the plan's "progress as at" text: for progress columns without their own
    as_of_date: datetime.date | None
    overdue_rule: bool  # the codebook's as-of rule is on: an open action past its target date is overdue


def document_to_dataset(doc: RawDocument, codebook: Codebook | None = None,
                        theme_codebook: ThemeCodebook | None = None) -> Dataset:
    review_id = review_id_for(doc.sha256)
    tables = unnested_tables(doc.tables)
    rows = document_to_rows(dataclasses.replace(doc, tables=tables))
    by_index = {t.index: t for t in doc.tables}
    drafts = PlanBuilder(review_id, by_index, legend_from_text(doc.text_lines), codebook).walk(rows)
    plan = plan_values(doc, rows, drafts, codebook)
    out = Dataset()
    for draft in drafts.actions:
        action, progress, agencies = make_action(draft, review_id, doc.source_file, plan)
        out.actions.append(action)
        out.progress.extend(progress)
        out.action_agencies.extend(agencies)
    for rec_draft in drafts.recommendations:
        rec, parts = make_recommendation(rec_draft, review_id, doc.source_file)
        out.recommendations.append(rec)
        out.recommendation_parts.extend(parts)
    out.warnings = [*drafts.warnings, *numbering_warnings(out.recommendations, review_id),
                    *(Warning(review_id, "parser_note", note, "") for note in doc.warnings)]
    out.residue = [*drafts.residue, *rows_above_headers(rows, by_index, review_id)]
    out.reviews.append(make_review(doc, review_id, plan, out))
    out.tables.extend(tables_to_report(tables, review_id, doc.source_file))
    out.row_sources.extend(row_sources(rows, tables, drafts.claims, review_id))
    # Passes that need several records: themes and sectors (a recommendation with its actions and their
    # agencies), and the review flags (every record of the document).
    code_dataset(out, theme_codebook)
    flag_review(out)
    return out


def plan_values(doc: RawDocument, rows: list[LogicalRow], drafts: Drafts, codebook: Codebook | None) -> PlanValues:
    progress = [p for a in drafts.actions for p in a.progress]
    default_year = plan_years([a.target_date_text for a in drafts.actions] + [p.progress_text for p in progress]
                              + [p.as_of for p in progress] + doc.text_lines)
    abbreviations = plan_abbreviations(
        doc.text_lines + [r.owner for r in drafts.recommendations]
        + [cell.text for table in doc.tables for row in table.rows for cell in row.cells if len(cell.text) < 300]
    )
    as_of = plan_as_of(doc, rows)
    return PlanValues(default_year, abbreviations, as_of,
                      parse_date_text(as_of, default_year).date if as_of else None, overdue_rule_on(codebook))


def plan_as_of(doc: RawDocument, rows: list[LogicalRow]) -> str:
    """The first progress column header's "as at" date, else a line above the table ("Progress as at 31st
    January 2023"); '' when neither says."""
    headers = {id(r.header): r.header for r in rows}.values()
    as_of = next((as_of_text(h.texts[c]) for h in headers for c in h.columns("progress") if as_of_text(h.texts[c])), "")
    return as_of or next((as_of_text(line) for line in doc.text_lines if as_of_text(line)), "")


def make_recommendation(draft: RecDraft, review_id: str, source: str) -> tuple[Recommendation, list[RecommendationPart]]:
    text = draft.text()
    rec = Recommendation(review_id, draft.rec_id, draft.rec_seq, draft.rec_number, draft.rec_label, text, draft.scope,
                         draft.owner, source, draft.page_start, rec_sort_key=rec_sort_key(draft.rec_number, draft.rec_seq),
                         scope_level=scope_level(draft.scope))
    parts = [RecommendationPart(review_id, draft.rec_id, seq, label, part)
             for seq, (label, part) in enumerate(split_parts(text), start=1)]
    return rec, parts


def make_action(draft: ActionDraft, review_id: str, source: str,
                plan: PlanValues) -> tuple[Action, list[Progress], list[ActionAgency]]:
    target = parse_date_text(draft.target_date_text, plan.default_year)
    progress = [make_progress(p, review_id, draft.action_id, seq, target.date, target.kind, plan)
                for seq, p in enumerate(draft.progress, start=1)]
    refs = canonical_agencies(draft.agency, plan.abbreviations)
    agencies = [ActionAgency(review_id, draft.action_id, seq, ref.text, ref.canonical, ref.agency_type)
                for seq, ref in enumerate(refs, start=1)]
    action = Action(
        review_id, draft.rec_id, draft.action_id, draft.action_seq, draft.rec_number, draft.agency, draft.scope,
        draft.action_text, draft.evidence_text, draft.target_date_text, source, draft.page_start,
        status=progress[-1].status if progress else "unknown",  # the status of its latest progress record
        target_date=target.date, target_dates=target.dates, target_date_precision=target.precision,
        target_kind=target.kind, target_year_inferred=target.year_inferred,
        agency_canonical=refs[0].canonical if refs else "", agency_type=refs[0].agency_type if refs else "",
    )
    return action, progress, agencies


def make_progress(draft: ProgressDraft, review_id: str, action_id: str, seq: int, target: datetime.date | None,
                  target_kind: str, plan: PlanValues) -> Progress:
    reading = draft.reading
    status, evidence, rule = reading.status, reading.evidence, reading.rule
    as_of_date = parse_date_text(draft.as_of, plan.default_year).date if draft.as_of else None
    as_of = as_of_date or plan.as_of_date
    if plan.overdue_rule and overdue_by_date(status, target, target_kind, as_of, draft.rag):
        assert target is not None and as_of is not None  # overdue_by_date checked both
        status, evidence, rule = "overdue", overdue_evidence(evidence, target, as_of), AS_OF_RULE
    return Progress(review_id, action_id, seq, draft.column_header, draft.as_of, draft.progress_text, draft.rag,
                    status, draft.status_text, draft.rag_text, evidence, reading.completed_on, as_of_date, rule)


def rows_above_headers(rows: list[LogicalRow], tables: dict[int, RawTable], review_id: str) -> list[Residue]:
    """Text in a plan table above its header (a title row inside the table) is not data, but is kept."""
    headers = {row.table_index: row.header for row in rows}
    residue = []
    for index, header in headers.items():
        table = tables.get(index)
        for row in table.rows[:header.first_row] if table is not None else ():
            residue.extend(Residue(review_id, row.page, index + 1, row.index + 1, "", cell.text, "above_header")
                           for cell in row.cells if cell.text.strip() and not cell.span)
    return residue


def numbering_warnings(recs: list[Recommendation], review_id: str) -> list[Warning]:
    """Gaps in a plain 1..n numbering (3 after 1) are worth a human look; lettered parts of one number
    (2a, 2b) fill their number's place."""
    numbers = [number for r in recs if r.rec_label and (number := whole_number(r.rec_number)) is not None]
    warnings = []
    for before, after in zip(numbers, numbers[1:]):
        if after > before + 1:
            warnings.append(Warning(review_id, "recommendation_number_gap",
                                    f"recommendation {after} follows {before}", f"recommendation {after}"))
    return warnings


def make_review(doc: RawDocument, review_id: str, plan: PlanValues, out: Dataset) -> Review:
    """The document's review record, all its metadata read here; its flags come once every record is made."""
    lines = doc.text_lines
    status = "ok" if out.recommendations else "no_action_plan"
    if out.recommendations and (any(r.reason == "unplaced_row" for r in out.residue)
                                or any(w.code == "action_without_recommendation" for w in out.warnings)):
        status = "partial"  # a plan was read, but some of its rows could not be placed
    dated = document_date(lines)
    return Review(
        review_id=review_id,
        source_file=doc.source_file,
        source_sha256=doc.sha256,
        source_format=doc.format,
        title=title_line(lines),
        n_pages=doc.n_pages,
        progress_as_of=plan.as_of,
        status=status,
        n_recommendations=len(out.recommendations),
        n_actions=len(out.actions),
        progress_as_of_date=plan.as_of_date,
        review_name=review_name(lines),
        csp=csp_name(lines),
        document_date_text=dated.text if dated else "",
        document_date=dated.date if dated else None,
        review_type=review_type(lines),
        via_ocr=doc.via_ocr,
    )
