"""Build the plan's records from classified rows: the text as written, in document order.

``classify`` (``row_kinds.py``) says what each logical row is; ``PlanBuilder`` only builds: a draft per
recommendation and per action (with its progress cells read), the warnings and residue on the way, and
which record each row became.  ``records.py`` then makes the drafts finished, immutable records.
"""
from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import partial

from ..lexicon import is_lone_mark
from ..model import RawTable, Residue, ResidueReason, WarningCode, WarningRecord
from .acceptance import acceptance_answer
from .agency_split import LEAD_LABEL, SUPPORT_LABEL, organisation_lines
from .action_refs import ProgressEntry, action_ref
from .rec_bands import band_label
from .ditto import DITTO_ROLES, is_ditto
from .drafts import ActionDraft, Drafts, ProgressDraft, ProgressRow, RecDraft, joined
from .progress_clauses import action_number, clause_for_action
from .progress_rows import own_progress_values, time_ordered, without_empty_later_updates
from .as_at import progress_as_of
from .headers import Header
from .header_agency import header_agency
from .agency_action_column import action_agency
from .labels import Label, split_label
from .row_kinds import (ACTION_ROLES, CARRIED_ROLES, OPENING_KINDS, PROGRESS_ROLES, SHARED_ROLES, CurrentRec, RowContext,
                        RowKind, classify, has_action_content, row_label, superseded_target_columns)
from .notes import cell_value
from .row_fills import mark_status, rag_from_shading, row_fill_status
from .rows import LogicalRow
from .timescale_sections import section_timescale
from .status import UNREAD, Codebook, StatusReading, parse_rag, read_status


def stable_id(*parts: object) -> str:
    """A short id from content: the same document gives the same ids on any machine."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def location(row: LogicalRow) -> str:
    page = f"page {row.page}, " if row.page else ""
    return f"{page}table {row.table_index + 1}, row {row.row_index + 1}"


class PlanBuilder:
    """Walks the logical rows once, building what ``classify`` says each row is."""

    def __init__(self, review_id: str, tables: dict[int, RawTable], legend: dict[str, str],
                 codebook: Codebook | None, colour_key: list[tuple[str, str]] | None = None) -> None:
        self.review_id = review_id
        self.tables = tables  # the document's tables by index
        self.legend = legend  # the plan's own key: RAG colours and status codes
        self.colour_key = colour_key or []  # the plan's key of swatches: (colour, words)
        self.codebook = codebook  # the status rules (None: the built-in codebook)
        self.out = Drafts()
        self.owner = ""  # the section heading the records come under
        self.timescale = ""  # the section heading naming when the actions under it are due (no target column)
        self.section: LogicalRow | None = None  # the section row ``owner`` came from, until a record uses it
        self.sector = ""  # the sub-heading the current recommendation's next actions come under
        self.rec: RecDraft | None = None
        self.previous: dict[int, str] = {}  # last text per column, for vertically merged cells
        self.agency_group: RecDraft | None = None  # where the leading agency cell in force began
        self.last_table: int | None = None  # the table of the last action row read
        self.above: dict[int, str] = {}  # last text per column across recommendations, for "As above" cells
        self.rec_counts: dict[str, int] = {}
        self.has_labels = False
        self.updates: list[ProgressRow] = []  # the last action's rows of progress (its own, then further ones)

    def walk(self, rows: list[LogicalRow]) -> Drafts:
        self.has_labels = any(row_label(r)[0] for r in rows if not r.section)
        pending: tuple[LogicalRow, RowKind] | None = None  # a labelled full-width row, built when the next row is
        for row, next_row, below in zip(rows, next_rows(rows), next_rows(rows, past_headings=True)):
            if pending is not None and not row.guidance:
                self.build(*pending)
                pending = None
            kind = classify(row, replace(self.context(next_row), below=below))
            if kind in (RowKind.THEME, RowKind.RECOMMENDATION_HEADING):
                pending = (row, kind)
            else:
                self.build(row, kind)
        if pending is not None:
            self.build(*pending)
        self.keep_unused_section()
        return self.out

    def context(self, next_row: LogicalRow | None = None) -> RowContext:
        current = CurrentRec(self.rec.rec_number, self.rec.text) if self.rec is not None else None
        return RowContext(self.has_labels, current, next_row, self.rec is not None and self.rec.n_actions > 0)

    def build(self, row: LogicalRow, kind: RowKind) -> None:
        if kind in (RowKind.SECTION, RowKind.THEME):
            self.enter_section(row)
        elif kind is RowKind.SUBHEADING:
            self.sector = row.section  # the agency of the actions under it, until the next one or recommendation
        elif kind is RowKind.RECOMMENDATION_HEADING:
            self.heading_recommendation(row)
        elif kind is RowKind.GUIDANCE:
            self.residue(row, set(), ResidueReason.GUIDANCE_ROW)
        else:
            self.data_row(row, kind)

    def data_row(self, row: LogicalRow, kind: RowKind) -> None:
        consumed = self.theme_cell(row) | self.recommendation_cells(row, kind)  # columns placed in a record
        consumed |= self.acceptance_cell(row)
        if kind is RowKind.ORPHAN_ACTION:
            self.new_recommendation(row, None, "")
            self.warn(row, WarningCode.ACTION_WITHOUT_RECOMMENDATION, "an action row came before any recommendation")
        if kind is RowKind.FURTHER_PROGRESS:
            self.add_progress(row)
            consumed.update(i for role in PROGRESS_ROLES if role != "progress_date" for i in row.header.columns(role))
        if kind in (RowKind.ACTION, RowKind.ORPHAN_ACTION) or (kind in OPENING_KINDS and has_action_content(row)):
            ref = action_row_ref(row, kind)
            self.add_action(row, ref)
            consumed.update(superseded_target_columns(row), (i for role in ACTION_ROLES + SHARED_ROLES
                                                             for i in row.header.columns(role)))
            ref_column = action_ref_column(row.header)
            if ref and ref_column is not None:
                consumed.add(ref_column)
        self.residue(row, consumed, ResidueReason.UNPLACED_ROW)

    def theme_cell(self, row: LogicalRow) -> set[int]:
        """A Theme column's cell names the section of the recommendations beside it and below it (it is
        merged over them, or written once above them); the column it used."""
        column = row.header.first("section")
        if column is None:
            return set()
        text = row.text(column).strip()
        if text and not row.covered(column):
            self.keep_unused_section()
            self.owner = text
        return {column}

    def acceptance_cell(self, row: LogicalRow) -> set[int]:
        if self.rec is None:
            return set()
        self.rec.acceptance_text, used = acceptance_answer(row, self.rec.acceptance_text)
        return used

    def recommendation_cells(self, row: LogicalRow, kind: RowKind) -> set[int]:
        """Build what the row's recommendation cell holds; the columns it used."""
        h = row.header
        rec_col, number_col = h.first("rec"), h.first("number")
        if kind is RowKind.RECOMMENDATION:
            label, text = row_label(row, self.context().expected)
            self.new_recommendation(row, label, text)
            return {c for c in (rec_col, number_col, *(h.first(role) for role in SHARED_ROLES)) if c is not None}
        if kind is RowKind.RECOMMENDATION_REPEAT:
            return {c for c in (rec_col, number_col) if c is not None}
        if kind is RowKind.CONTINUATION and rec_col is not None:
            self.carry_on(row)
            return {rec_col}
        return set()

    def carry_on(self, row: LogicalRow) -> None:
        """Unlabelled text in a labelled plan: more of the current recommendation."""
        assert self.rec is not None
        self.rec.pieces.append(row_label(row, self.context().expected)[1].strip())
        self.out.claims[id(row)] = (self.rec.rec_id, "")
        self.warn(row, WarningCode.UNLABELLED_RECOMMENDATION_TEXT, "recommendation text without a label joined to the one above")

    def heading_recommendation(self, row: LogicalRow) -> None:
        """A labelled full-width row: a recommendation whose actions are the rows under it."""
        raw = next((text for text in row.cells if text.strip()), row.section)  # keeps its paragraphs
        label, text = split_label(raw)
        if label is None and row.band:
            label, text = band_label(raw, len(self.out.recommendations) + 1)
        table = self.tables.get(row.table_index) if row.row_index < 0 else None
        if table is not None and table.intro and table.heading.strip() == row.section:
            # A recommendation heading over its own table: its short title, then its full text, then the table
            # (a caption row inside the table has nothing between it and the table).
            if text.strip():
                self.out.residue.append(Residue(self.review_id, row.page, row.table_index + 1, 0, "", text.strip(),
                                                ResidueReason.HEADING_TITLE))
            text = table.intro
        if table is not None and table.outer_heading:
            self.owner = table.outer_heading  # the heading the recommendation headings sit under
        self.new_recommendation(row, label, text)

    def enter_section(self, row: LogicalRow) -> None:
        """A section / theme heading names the owner of the records under it, or, naming a timescale in a
        plan with no target column, their actions' target (``timescale_sections``)."""
        self.keep_unused_section()
        self.timescale = section_timescale(row.section, row.header)
        self.owner = "" if self.timescale else row.section
        self.section = row

    def keep_unused_section(self) -> None:
        """A section heading that no record came under (two in a row, or one at the end) is kept as residue."""
        row = self.section
        if row is not None:
            self.out.residue.append(Residue(self.review_id, row.page, row.table_index + 1, row.row_index + 1, "",
                                            row.section, ResidueReason.EMPTY_SECTION))
        self.section = None

    def new_recommendation(self, row: LogicalRow, label: Label | None, text: str) -> None:
        seq = len(self.out.recommendations) + 1
        number = label.number if label else (str(seq) if text else "")
        occurrence = self.rec_counts.get(number, 0)
        self.rec_counts[number] = occurrence + 1
        if occurrence:
            self.warn(row, WarningCode.DUPLICATE_RECOMMENDATION_NUMBER, f"recommendation {number!r} appears more than once")
        self.rec = RecDraft(stable_id(self.review_id, "rec", number, occurrence), seq, number,
                            label.label if label else "", [text.strip()], row.text(row.header.first("scope")).strip(),
                            self.owner, row.page, priority=row.text(row.header.first("priority")).strip())
        self.out.recommendations.append(self.rec)
        self.out.claims[id(row)] = (self.rec.rec_id, "")
        self.section = None  # the section heading is this recommendation's owner
        self.sector = ""
        # a leading agency cell merged down from an earlier recommendation's rows still holds, and so does a
        # cell merged down over the row above in the same table (a lead or date shared by actions of two
        # recommendations); other columns start afresh (a PDF's page-split row marks its cells as merged from
        # the row above, which may be another recommendation's)
        leading = leading_agency_column(row.header)
        self.previous = {i: text for i, text in self.previous.items()
                         if (i == leading and self.merged_from_above(row, i)) or self.merged_within_table(row, i)}
        self.own_agency_group(row)

    def merged_from_above(self, row: LogicalRow, column: int) -> bool:
        """The row's cell is part of a cell above it: marked as merged, or (a PDF draws a merged cell's
        text once, at its top) blank in a leading agency column that named an agency above."""
        if row.covered(column):
            return True
        return (column == leading_agency_column(row.header) and not row.text(column).strip()
                and bool(self.previous.get(column)))

    def merged_within_table(self, row: LogicalRow, column: int) -> bool:
        """The row's cell is merged from the row above it in the same table, on one page."""
        return row.covered(column) and len(row.pages) <= 1 and row.table_index == self.last_table

    def own_agency_group(self, row: LogicalRow) -> None:
        """A leading agency cell that runs on over a new recommendation's row spans several
        recommendations: it names the owner of each of them, the one it began beside too."""
        column = leading_agency_column(row.header)
        if column is None:
            return
        if column not in self.previous:
            self.agency_group = self.rec  # a fresh cell begins beside this recommendation
            return
        for rec in (self.agency_group, self.rec):
            if rec is not None and not rec.owner:
                rec.owner = self.previous[column]

    def add_action(self, row: LogicalRow, ref: str = "") -> None:
        rec = self.rec
        assert rec is not None
        values = self.carried_values(row)
        action_text = values.get("action", "")
        agency = organisation_lines(values.get("agency", ""))
        self.keep_signatory(row, values.get("agency", ""), agency)
        prefix, rest = action_agency(action_text, agency)
        if prefix:
            action_text = rest
            if agency and prefix.lower() not in agency.lower():  # the lead-agency cell wins; the prefix is kept here
                self.warn(row, WarningCode.AGENCY_PREFIX_DIFFERS,
                          f"action prefix {prefix!r} differs from the lead agency {agency!r}")
        rec.n_actions += 1
        self.updates = [ProgressRow(row, values)]
        action = ActionDraft(rec.rec_id, stable_id(rec.rec_id, "action", rec.n_actions), rec.n_actions,
                             rec.rec_number, agency or prefix or header_agency(row.header) or self.sector or self.owner,
                             values.get("scope", "") or rec.scope,
                             action_text.strip(), values.get("evidence", ""), values.get("target", ""), row.page,
                             self.progress_cells(self.updates), location(row), ref,
                             values.get("priority", "") or rec.priority)
        self.out.actions.append(action)
        self.out.claims[id(row)] = (rec.rec_id, action.action_id)
        self.section = None
        action_col = row.header.first("action")
        if not action.action_text and action_col is not None and not row.covered(action_col):
            self.warn(row, WarningCode.ACTION_WITHOUT_TEXT, "an action row with no action text")
        if len(row.pages) > 1:
            self.warn(row, WarningCode.ROW_JOINED_ACROSS_PAGES,
                      f"a row cut by a page break was joined back (pages {row.pages[0]}-{row.pages[-1]})")

    def keep_signatory(self, row: LogicalRow, cell: str, agency: str) -> None:
        """The lines of a lead-agency cell that are no part of the agency kept as residue: a person's name and
        job title signing the action off beside the organisation (``organisation_lines``), or the agencies
        supporting a lead named after a label (``labelled_lead``)."""
        kept = " ".join(agency.split())
        rest = [line.strip() for line in cell.splitlines()
                if line.strip() and " ".join(LEAD_LABEL.sub("", line.strip()).split()) not in kept]
        column = row.header.first("agency")
        if rest and column is not None and not row.covered(column):  # a merged cell's once, on its own row
            reason = (ResidueReason.SUPPORTING_AGENCIES if any(SUPPORT_LABEL.match(line) for line in rest)
                      else ResidueReason.AGENCY_SIGNATORY)
            self.out.residue.append(Residue(self.review_id, row.page, row.table_index + 1, row.row_index + 1,
                                            row.header.texts[column].replace("\n", " "), "\n".join(rest), reason))

    def carried_values(self, row: LogicalRow) -> dict[str, str]:
        """Each role's text in this action row (columns of one role joined by lines); a vertically merged
        cell repeats the value above it.  Per column too, under ``"p:<column>"``, for progress cells."""
        roles = [r for r in CARRIED_ROLES if r != "action" or not row.covered(row.header.first("action"))]
        values: dict[str, str] = {}
        for role in roles:
            texts = []
            for i in row.header.columns(role):
                text = self.previous.get(i, "") if self.merged_from_above(row, i) else row.text(i).strip()
                if role in DITTO_ROLES and is_ditto(text):  # "As above": the row above's value, whichever record
                    text = self.above.get(i, "")
                self.previous[i] = self.above[i] = text
                values[f"p:{i}"] = text
                texts.append(text)
            values[role] = "\n".join(t for t in texts if t)
        self.last_table = row.table_index
        # no revised date: the original stands; no target column: the timescale band over the action
        values["target"] = values["target"] or values["original_target"] or self.timescale
        return values

    def add_progress(self, row: LogicalRow) -> None:
        """A further row of progress under the last action's merged cells: its update joins the action's."""
        action = self.out.actions[-1]
        self.updates.append(ProgressRow(row, own_progress_values(row)))
        self.out.actions[-1] = replace(action, progress=self.progress_cells(self.updates))
        self.out.claims[id(row)] = (action.rec_id, action.action_id)

    def progress_cells(self, updates: list[ProgressRow]) -> tuple[ProgressDraft, ...]:
        """One progress record per progress column (or status column when there is none); one from the
        RAG and status cells alone when the plan has neither.  An action with further rows of progress
        (``updates``) has each column's updates joined as written, their status read in time order."""
        row = updates[0].row
        h = row.header
        in_time = time_ordered(updates)
        latest = in_time[-1]
        rag_text = joined(u.values.get("rag", "") for u in updates)
        status_text = self.status_words(latest)
        all_status = joined(u.values.get("status", "") for u in updates)
        rag = parse_rag(latest.values.get("rag", "")) or parse_rag(rag_text) or rag_from_shading(latest.row)
        columns = h.columns("progress") or h.columns("status")
        number = action_number(row)  # a cell naming actions by number gives this one the status of its clause
        drafts = []
        for col in columns:
            text = joined(u.values.get(f"p:{col}", "") for u in updates)
            beside = col not in h.columns("status")  # a Status column beside the progress column
            reading = self.read_status(row, clause_for_action(joined(u.values.get(f"p:{col}", "") for u in in_time),
                                                              number), rag, status_text if beside else "")
            drafts.append(ProgressDraft(h.texts[col].replace("\n", " "), progress_as_of(h, col), text, rag,
                                        all_status if beside else "", rag_text, reading))
        if not columns and (rag or status_text):
            reading = self.read_status(row, "", rag, status_text)
            drafts.append(ProgressDraft("", "", "", rag, status_text, rag_text, reading))
        return without_empty_later_updates(drafts)

    def status_words(self, update: ProgressRow) -> str:
        """An update's status as written in its status cell, else as the plan's colour key names its row's
        fill or the colour of the dot alone in its RAG or status cell (a dot says nothing but its colour)."""
        written = update.values.get("status", "")
        if written and not is_lone_mark(written):
            return written
        return mark_status(update.row, self.colour_key) or row_fill_status(update.row, self.colour_key)

    def read_status(self, row: LogicalRow, text: str, rag: str, status_text: str) -> StatusReading:
        """A progress cell's status; one that cannot be interpreted is unread, with a warning at its row."""
        return self.read_status_at(location(row), text, rag, status_text)

    def read_status_at(self, where: str, text: str, rag: str = "", status_text: str = "") -> StatusReading:
        read = partial(read_status, text, rag=rag, status_text=status_text, legend=self.legend, codebook=self.codebook)
        return cell_value(read, UNREAD, where, self.review_id, self.out.warnings)

    def attach_progress(self, entries: list[ProgressEntry]) -> Drafts:
        """Progress reported in tables keyed by action number, added to the actions of those numbers
        (the latest action of a number read before); an entry no action has is kept as residue."""
        by_ref = {action.ref: k for k, action in enumerate(self.out.actions) if action.ref}
        for entry in entries:
            k = by_ref.get(entry.ref)
            if k is None or not entry.text:  # no such action, or a date with no update: kept, not lost
                self.out.residue.append(Residue(self.review_id, entry.page, entry.table_index + 1, entry.row_index + 1,
                                                entry.column_header, entry_residue(entry), ResidueReason.UNPLACED_ROW))
                continue
            where = entry_location(entry)
            draft = ProgressDraft(entry.column_header, entry.date_text, entry.text, "", "", "",
                                  self.read_status_at(where, entry.text))
            action = self.out.actions[k]
            self.out.actions[k] = replace(action, progress=action.progress + (draft,))
        return self.out

    def residue(self, row: LogicalRow, consumed: set[int], reason: str) -> None:
        """Every non-empty cell not placed in a record is kept, with why."""
        for i, text in enumerate(row.cells):
            if i in consumed or row.covered(i) or not text.strip():
                continue
            header = row.header.texts[i].replace("\n", " ") if i < len(row.header.texts) else ""
            why = reason if reason == ResidueReason.GUIDANCE_ROW else residue_reason(row, i, reason)
            self.out.residue.append(Residue(self.review_id, row.page, row.table_index + 1, row.row_index + 1,
                                            header, text, why))

    def warn(self, row: LogicalRow, code: str, message: str) -> None:
        self.out.warnings.append(WarningRecord(self.review_id, code, message, location(row)))


def leading_agency_column(header: Header) -> int | None:
    """A lead-agency column standing before the recommendation's own columns (the agency first, then
    its recommendations and their actions), else None."""
    agency = header.first("agency")
    opening = [c for c in (header.first("rec"), header.first("number")) if c is not None]
    return agency if agency is not None and opening and agency < min(opening) else None


def action_ref_column(header: Header) -> int | None:
    """The column that numbers the actions: one headed as such ("Action ref"), else the number column."""
    return next(iter(header.columns("action_ref") or header.columns("number")), None)


def action_row_ref(row: LogicalRow, kind: RowKind) -> str:
    """The number of the action a row adds: in an action-number column on any row (the first action
    beside its recommendation too); in the number column only on an action row (on the row that opens
    a recommendation it numbers the recommendation)."""
    return own_ref(row) if kind is RowKind.ACTION or row.header.columns("action_ref") else ""


def own_ref(row: LogicalRow) -> str:
    """The action number in an action row's action-number column ("1.1", "1a"), '' when it holds none."""
    column = action_ref_column(row.header)
    return action_ref(row.text(column)) if column is not None and not row.covered(column) else ""


def entry_residue(entry: ProgressEntry) -> str:
    """What a progress row no action took says: its action number, date and update."""
    return " ".join(part for part in (entry.ref or entry.key_text, entry.date_text, entry.text) if part)


def entry_location(entry: ProgressEntry) -> str:
    page = f"page {entry.page}, " if entry.page else ""
    return f"{page}table {entry.table_index + 1}, row {entry.row_index + 1}"


def next_rows(rows: list[LogicalRow], past_headings: bool = False) -> list[LogicalRow | None]:
    """For each row, the next row after it that is not guidance (None at the end); ``past_headings``:
    nor a spanning heading."""
    after: list[LogicalRow | None] = []
    upcoming: LogicalRow | None = None
    for row in reversed(rows):
        after.append(upcoming)
        if not row.guidance and not (past_headings and row.section):
            upcoming = row
    return after[::-1]


def residue_reason(row: LogicalRow, column: int, default: str) -> str:
    """Why a cell was not placed: its column has no role, or is a second recommendation/number column."""
    role = row.header.roles[column] if column < len(row.header.roles) else None
    if role in (None, "progress_date", "original_target"):  # an update's own date, a superseded target: no field
        return ResidueReason.UNMAPPED_COLUMN
    if role in ("rec", "number") and column != row.header.first(role):
        return ResidueReason.EXTRA_COLUMN
    return default
