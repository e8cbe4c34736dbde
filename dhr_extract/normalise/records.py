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
from functools import partial
from typing import Sequence, TypeVar

from ..ids import review_id_for
from ..model import (Action, ActionAgency, Dataset, Progress, RawDocument, RawTable, Recommendation, RecommendationPart,
                     Residue, ResidueReason, Review, ReviewStatus, Status, WarningCode, WarningRecord)
from .agencies import canonical_agencies, plan_abbreviations
from .rec_bands import recommendation_bands
from .rec_lists import document_text_lines, listed_recommendations
from .builder import PlanBuilder
from .drafts import ActionDraft, Drafts, ProgressDraft, RecDraft
from .dates import ParsedDate, parse_date_text, plan_years, undated
from .target_progress_column import start_end_target
from .as_at import as_of_text, progress_as_of
from .headers import Header, agency_like_header
from .labels import roman_value
from .misread_cells import misread_warnings
from .nesting import unnested_tables
from .notes import cell_value, note_to_warning
from .acceptance import read_acceptance
from .parts import rec_sort_key, scope_level, split_parts
from .provenance import record_places, row_sources
from .review_flags import column_not_modelled_notes, flag_review
from .review_meta import csp_name, document_date, review_name, review_type, title_line
from .row_kinds import whole_number
from .plan_evidence import spanning_text
from .plan_tables import caption_text, document_progress_entries, find_plan_tables
from .rows import LogicalRow, document_to_rows
from .sector import recommendation_sector
from .status import (AS_OF_RULE, Codebook, key_lines, legend_from_text, names_status, status_codes_from_text, overdue_by_date, overdue_evidence, overdue_rule_on)
from .table_report import tables_to_report
from .table_rewrites import tables_to_plan_tables
from .text_below_label import label_rows_to_headings
from .theme_codebook import ThemeCodebook
from .unread_text import unread_text, unread_text_warnings
from .themes import code_dataset


Located = TypeVar("Located", WarningRecord, Residue)


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
    plan_doc = dataclasses.replace(doc, tables=tables_to_plan_tables(tables))
    rows = label_rows_to_headings(document_to_rows(plan_doc))
    by_index = {t.index: t for t in doc.tables}
    codes = status_codes_from_text(key_lines(doc), partial(names_status, codebook=codebook))
    builder = PlanBuilder(review_id, by_index, {**legend_from_text(doc.text_lines), **codes}, codebook,
                          doc.colour_key)
    builder.walk(rows)
    drafts = builder.attach_progress(document_progress_entries(plan_doc))
    # recommendation cells that only point to a numbered list outside the table take the list's text
    drafts.recommendations = listed_recommendations(drafts.recommendations, document_text_lines(doc))
    value_warnings: list[WarningRecord] = []  # cells whose values cannot be interpreted
    plan = plan_values(doc, review_id, rows, drafts, codebook, value_warnings)
    out = Dataset()
    action_types: dict[str, list[str]] = {}  # rec_id -> its actions' agency types: the recommendation's sector
    for draft in drafts.actions:
        action, progress, agencies = make_action(draft, review_id, doc.source_file, plan, value_warnings)
        out.actions.append(action)
        out.progress.extend(progress)
        out.action_agencies.extend(agencies)
        action_types.setdefault(draft.rec_id, []).extend(a.agency_type for a in agencies)
    roman = roman_numbering(drafts.recommendations)
    for rec_draft in drafts.recommendations:
        rec, parts = make_recommendation(rec_draft, review_id, doc.source_file, action_types.get(rec_draft.rec_id, []),
                                         roman)
        out.recommendations.append(rec)
        out.recommendation_parts.extend(parts)
    warnings = [*drafts.warnings, *value_warnings, *numbering_warnings(out.recommendations, review_id),
                *agency_column_warnings(rows, out.actions, review_id), *column_page_warnings(plan_doc.tables, review_id),
                *(note_to_warning(review_id, note) for note in doc.warnings)]
    out.warnings = with_source_file(warnings, doc.source_file)
    unread = unread_text(doc.tables, plan_table_indexes(rows), review_id)
    out.residue = with_source_file([*drafts.residue, *rows_above_headers(rows, by_index, review_id),
                                    *plan_footnotes(doc, rows, review_id), *unread], doc.source_file)
    out.warnings += with_source_file([*column_not_modelled_notes(out.residue, review_id),
                                      *unread_text_warnings(unread, review_id)], doc.source_file)
    out.row_sources.extend(row_sources(rows, tables, drafts.claims, review_id))
    out.tables.extend(tables_to_report(tables, review_id, doc.source_file, out.row_sources))
    out.warnings += with_source_file(misread_warnings(out, review_id, record_places(out.row_sources)), doc.source_file)
    out.reviews.append(make_review(doc, review_id, plan, out))
    # Passes that need several records: the themes (a recommendation with its actions), and the review
    # flags (every record of the document).
    return flag_review(code_dataset(out, theme_codebook))


def agency_column_warnings(rows: list[LogicalRow], actions: list[Action], review_id: str) -> list[WarningRecord]:
    """A warning when no action has an agency though a header names an agency column: the column was
    missed, or its text went into another column."""
    if not actions or any(a.agency.strip() for a in actions):
        return []
    named = agency_like_header(text for header in {id(r.header): r.header for r in rows}.values()
                               for text in header.texts)
    if not named:
        return []
    return [WarningRecord(review_id, WarningCode.AGENCY_COLUMN_EMPTY,
                          f"no action has an agency, though the header has a column {named!r}", "")]


def column_page_warnings(tables: list[RawTable], review_id: str) -> list[WarningRecord]:
    """A warning per right-hand part of the plan (a sheet printed down, then over) whose rows do not match
    the plan's one to one: its columns are not joined to any rows (no guess)."""
    unmatched: list[tuple[str, str]] = []
    find_plan_tables(tables, unmatched)
    return [WarningRecord(review_id, WarningCode.COLUMN_PAGES_UNMATCHED, message, where) for where, message in unmatched]


def with_source_file(records: list[Located], source_file: str) -> list[Located]:
    """Warnings and residue given the document's path, so that neither needs a join to be read."""
    return [r if r.source_file else dataclasses.replace(r, source_file=source_file) for r in records]


def plan_values(doc: RawDocument, review_id: str, rows: list[LogicalRow], drafts: Drafts, codebook: Codebook | None,
                warnings: list[WarningRecord]) -> PlanValues:
    progress = [p for a in drafts.actions for p in a.progress]
    default_year = plan_years([a.target_date_text for a in drafts.actions] + [p.progress_text for p in progress]
                              + [p.as_of for p in progress] + doc.text_lines)
    abbreviations = plan_abbreviations(
        doc.text_lines + [r.owner for r in drafts.recommendations]
        + [cell.text for table in doc.tables for row in table.rows for cell in row.cells if len(cell.text) < 300]
    )
    as_of = plan_as_of(doc, rows)
    return PlanValues(default_year, abbreviations, as_of,
                      read_date(as_of, default_year, review_id, "", warnings).date if as_of else None,
                      overdue_rule_on(codebook))


def plan_as_of(doc: RawDocument, rows: list[LogicalRow]) -> str:
    """The first progress column header's "as at" date (or its status column's: "Status at 30/09/2025"), else a
    line above the table ("Progress as at 31st January 2023"); '' when neither says."""
    headers = {id(r.header): r.header for r in rows}.values()
    as_of = next((progress_as_of(h, c) for h in headers for c in h.columns("progress") or h.columns("status")
                  if progress_as_of(h, c)), "")
    return as_of or next((as_of_text(line) for line in doc.text_lines if as_of_text(line)), "")


def roman_numbering(drafts: Sequence[RecDraft]) -> bool:
    """Whether the plan numbers its recommendations in roman numerals: every label is one, and one at least
    is more than a letter ("ii", "iv": "i" or "v" alone could be a plan's lettering)."""
    numbers = [d.rec_number for d in drafts if d.rec_label]
    return bool(numbers) and all(roman_value(n) is not None for n in numbers) and any(len(n) > 1 for n in numbers)


def make_recommendation(draft: RecDraft, review_id: str, source: str, action_types: Sequence[str],
                        roman: bool = False) -> tuple[Recommendation, list[RecommendationPart]]:
    """The recommendation and its parts; ``action_types``: its actions' agency types, which decide its sector;
    ``roman``: the plan numbers in roman numerals (``roman_numbering``)."""
    text = draft.text()
    rec = Recommendation(review_id, draft.rec_id, draft.rec_seq, draft.rec_number, draft.rec_label, text, draft.scope,
                         draft.owner, source, draft.page_start,
                         rec_sort_key=rec_sort_key(draft.rec_number, draft.rec_seq, roman),
                         scope_level=scope_level(draft.scope),
                         sector=recommendation_sector(action_types, draft.owner, text),
                         acceptance=read_acceptance(draft.acceptance_text), acceptance_text=draft.acceptance_text)
    parts = [RecommendationPart(review_id, draft.rec_id, seq, label, part)
             for seq, (label, part) in enumerate(split_parts(text), start=1)]
    return rec, parts


def read_date(text: str, default_year: int | None, review_id: str, location: str,
              warnings: list[WarningRecord]) -> ParsedDate:
    """A date cell's reading; one that cannot be interpreted is undated, with a warning at ``location``."""
    return cell_value(lambda: parse_date_text(text, default_year), undated(text), location, review_id, warnings)


def make_action(draft: ActionDraft, review_id: str, source: str, plan: PlanValues,
                warnings: list[WarningRecord]) -> tuple[Action, list[Progress], list[ActionAgency]]:
    target = read_date(draft.target_date_text, plan.default_year, review_id, draft.location, warnings)
    progress = [make_progress(p, review_id, draft, seq, target, plan, warnings)
                for seq, p in enumerate(draft.progress, start=1)]
    refs = canonical_agencies(draft.agency, plan.abbreviations)
    agencies = [ActionAgency(review_id, draft.action_id, seq, ref.text, ref.canonical, ref.agency_type)
                for seq, ref in enumerate(refs, start=1)]
    action = Action(
        review_id, draft.rec_id, draft.action_id, draft.action_seq, draft.rec_number, draft.agency, draft.scope,
        # the dates read from the whole cell (a start and an end both kept); its text the deadline's part
        draft.action_text, draft.evidence_text, start_end_target(draft.target_date_text), source, draft.page_start,
        status=progress[-1].status if progress else Status.UNKNOWN,  # the status of its latest progress record
        target_date=target.date, target_dates=target.dates, target_date_precision=target.precision,
        target_kind=target.kind, target_year_inferred=target.year_inferred,
        agency_canonical=refs[0].canonical if refs else "", agency_type=refs[0].agency_type if refs else "",
        priority=draft.priority,
    )
    return action, progress, agencies


def make_progress(draft: ProgressDraft, review_id: str, action: ActionDraft, seq: int, target: ParsedDate,
                  plan: PlanValues, warnings: list[WarningRecord]) -> Progress:
    reading = draft.reading
    status, evidence, rule = reading.status, reading.evidence, reading.rule
    as_of_date = (read_date(draft.as_of, plan.default_year, review_id, action.location, warnings).date
                  if draft.as_of else None)
    as_of = as_of_date or plan.as_of_date
    if plan.overdue_rule and overdue_by_date(status, target.date, target.kind, as_of, draft.rag):
        assert target.date is not None and as_of is not None  # overdue_by_date checked both
        status, evidence, rule = Status.OVERDUE, overdue_evidence(evidence, target.date, as_of), AS_OF_RULE
    return Progress(review_id, action.action_id, seq, draft.column_header, draft.as_of, draft.progress_text, draft.rag,
                    status, draft.status_text, draft.rag_text, evidence, reading.completed_on, as_of_date, rule)


def rows_above_headers(rows: list[LogicalRow], tables: dict[int, RawTable], review_id: str) -> list[Residue]:
    """Text in a plan table above its header (a title row inside the table) is not data, but is kept."""
    headers = {row.table_index: row.header for row in rows}
    sections = {(row.table_index, row.section) for row in rows if row.row_index < 0}  # headings read for tables
    residue = []
    for index, header in headers.items():
        table = tables.get(index)
        if table is None:
            continue
        read = read_above_header(table, header, {text for i, text in sections if i == index})
        for row in table.rows[:header.first_row]:
            if row.index not in read:
                residue.extend(Residue(review_id, row.page, index + 1, row.index + 1, "", cell.text,
                                       ResidueReason.ABOVE_HEADER)
                               for cell in row.cells if cell.text.strip() and not cell.span)
    return residue


def read_above_header(table: RawTable, header: Header, sections: set[str]) -> set[int]:
    """The rows above a table's header read as its recommendation (its caption, its bands) or as its
    section heading (``with_section_rows``): no residue."""
    caption = caption_text(table, header)
    read = set(recommendation_bands(table, header))
    for row in table.rows[:header.first_row]:
        text = spanning_text(row)
        if text and (text == caption or text.replace("\n", " ") in sections):
            read.add(row.index)
    return read


def plan_footnotes(doc: RawDocument, rows: list[LogicalRow], review_id: str) -> list[Residue]:
    """The notes the plan cites (its markers are left out of the text): those at the foot of a page of the
    plan (PDF), or cited from a plan table (DOCX, HTML), kept as residue with their marker as the column."""
    tables = plan_table_indexes(rows)
    pages = {page for row in rows for page in [row.page, *row.pages]}  # a row's page-split end too
    return [Residue(review_id, note.page, note.table + 1 if note.table is not None else 0, 0, note.marker, note.text,
                    ResidueReason.FOOTNOTE)
            for note in doc.footnotes if note.page in pages or note.table in tables]


def plan_table_indexes(rows: list[LogicalRow]) -> set[int]:
    """The tables the plan's rows were read from (a row's pieces from other tables too)."""
    return {index for row in rows for index in [row.table_index, *(t for t, _ in row.rows)]}


def numbering_warnings(recs: list[Recommendation], review_id: str) -> list[WarningRecord]:
    """Gaps in a plain 1..n numbering (3 after 1) are worth a human look; lettered parts of one number
    (2a, 2b) fill their number's place."""
    numbers = [number for r in recs if r.rec_label and (number := whole_number(r.rec_number)) is not None]
    warnings = []
    for before, after in zip(numbers, numbers[1:]):
        if after > before + 1:
            warnings.append(WarningRecord(review_id, WarningCode.RECOMMENDATION_NUMBER_GAP,
                                          f"recommendation {after} follows {before}", f"recommendation {after}"))
    return warnings


def make_review(doc: RawDocument, review_id: str, plan: PlanValues, out: Dataset) -> Review:
    """The document's review record, all its metadata read here and its rows counted; its flags come
    once every record is made."""
    lines = doc.text_lines
    status = ReviewStatus.OK if out.recommendations else ReviewStatus.NO_ACTION_PLAN
    if out.recommendations and (any(r.reason in (ResidueReason.UNPLACED_ROW, ResidueReason.UNREAD_TEXT)
                                    for r in out.residue)
                                or any(w.code == WarningCode.ACTION_WITHOUT_RECOMMENDATION for w in out.warnings)):
        status = ReviewStatus.PARTIAL  # a plan was read, but some of its rows could not be placed
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
        n_warnings=len(out.warnings),
        n_residue=len(out.residue),
        progress_as_of_date=plan.as_of_date,
        review_name=review_name(lines),
        csp=csp_name(lines),
        document_date_text=dated.text if dated else "",
        document_date=dated.date if dated else None,
        review_type=review_type(lines),
        via_ocr=doc.via_ocr,
    )
