"""Logical rows -> canonical recommendations, actions and progress records."""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field

from ..model import Action, Dataset, Progress, RawDocument, RawTable, Recommendation, Residue, Review, Warning
from .theme_codebook import ThemeCodebook
from .enrich import enrich
from .headers import as_of_text
from .labels import Label, label_from_cell, split_agency_prefix, split_label
from .nesting import unnested_tables
from .provenance import Claims, row_sources
from .review_flags import flag_review
from .review_meta import title_line
from .rows import LogicalRow, document_to_rows, join_text
from .table_report import tables_to_report
from .status import Codebook, legend_from_text, parse_rag, rag_from_fill, read_status
from .themes import code_dataset


HAS_WORD = re.compile(r"[^\W_]")  # a letter or a digit

def stable_id(*parts: object) -> str:
    """A short id from content: the same document gives the same ids on any machine."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def review_id_for(sha256: str) -> str:
    return sha256[:16]


@dataclass
class _State:
    """What the walk over the rows carries from one row to the next."""

    owner: str = ""
    rec: Recommendation | None = None
    previous: dict[str, str] = field(default_factory=dict)  # last value per role, for vertically merged cells
    rec_counts: dict[str, int] = field(default_factory=dict)
    legend: dict[str, str] = field(default_factory=dict)  # the plan's own RAG key
    codebook: Codebook | None = None  # the status rules (None: the built-in codebook)
    actions_of: str = ""  # the recommendation whose actions are being counted
    actions_in_rec: int = 0
    tables: dict[int, RawTable] = field(default_factory=dict)  # the document's tables by index
    section: LogicalRow | None = None  # the section row ``owner`` came from, until a record uses it
    claims: Claims = field(default_factory=dict)  # which record each logical row became (for the report)


def document_to_dataset(doc: RawDocument, codebook: Codebook | None = None,
                        theme_codebook: ThemeCodebook | None = None) -> Dataset:
    review_id = review_id_for(doc.sha256)
    tables = unnested_tables(doc.tables)
    rows = document_to_rows(dataclasses.replace(doc, tables=tables))
    out = Dataset()
    has_labels = any(row_label(r)[0] for r in rows if not r.section)
    state = _State(legend=legend_from_text(doc.text_lines), codebook=codebook, tables={t.index: t for t in doc.tables})
    pending: LogicalRow | None = None  # a full-width row with a label: a recommendation, or a numbered theme
    for row in rows:
        if pending is not None and not row.guidance:
            opens_own = not row.section and row_label(row, next_number(state.rec))[0] is not None
            settle_spanning_row(pending, as_section=bool(row.section) or opens_own, state=state, out=out,
                                review_id=review_id, source=doc.source_file)
            pending = None
        if row.section:
            if split_label(row.section)[0]:
                pending = row  # decided by the row after it
            else:
                enter_section(row, state, out, review_id)
            continue
        if row.guidance:
            add_residue(row, set(), "guidance_row", out, review_id)
            continue
        add_row(row, state, out, review_id, doc.source_file, has_labels)
    if pending is not None:
        settle_spanning_row(pending, False, state, out, review_id, doc.source_file)
    keep_unused_section(state, out, review_id)
    out.residue.extend(rows_above_headers(rows, state.tables, review_id))
    out.warnings.extend(numbering_warnings(out.recommendations, review_id))
    out.warnings.extend(Warning(review_id, "parser_note", note, "") for note in doc.warnings)
    out.reviews.append(make_review(doc, review_id, rows, out))
    out.tables.extend(tables_to_report(tables, review_id, doc.source_file))
    out.row_sources.extend(row_sources(rows, tables, state.claims, review_id))
    enrich(out, doc, codebook)
    code_dataset(out, theme_codebook)  # themes and sectors, from the shipped theme codebook unless one is given
    flag_review(out)
    return out


def settle_spanning_row(row: LogicalRow, as_section: bool, state: _State, out: Dataset, review_id: str,
                        source: str) -> None:
    """A labelled full-width row is a numbered theme ("1. Information sharing") when the rows under
    it carry labels of their own, else a recommendation whose actions are the rows under it."""
    if as_section:
        enter_section(row, state, out, review_id)
        return
    raw = next((text for text in row.cells if text.strip()), row.section)  # keeps its paragraphs
    label, text = split_label(raw)
    table = state.tables.get(row.table_index) if row.row_index < 0 else None
    if table is not None and table.intro:
        # A recommendation heading over its own table: its short title, then its full text, then the table.
        if text.strip():
            out.residue.append(Residue(review_id, row.page, row.table_index + 1, 0, "", text.strip(),
                                       "heading_title"))
        text = table.intro
    if table is not None and table.outer_heading:
        state.owner = table.outer_heading  # the heading the recommendation headings sit under
    state.rec = new_recommendation(row, label, text, state, out, review_id, source)
    state.previous = {}


def enter_section(row: LogicalRow, state: _State, out: Dataset, review_id: str) -> None:
    """A section / theme heading names the owner of the records under it."""
    keep_unused_section(state, out, review_id)
    state.owner = row.section
    state.section = row


def keep_unused_section(state: _State, out: Dataset, review_id: str) -> None:
    """A section heading that no record came under (two in a row, or one at the end) is kept as residue."""
    row = state.section
    if row is not None:
        out.residue.append(Residue(review_id, row.page, row.table_index + 1, row.row_index + 1, "", row.section,
                                   "empty_section"))
    state.section = None


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


def row_label(row: LogicalRow, expected: str = "") -> tuple[Label | None, str]:
    """The recommendation label a row opens with (number column first) and the rec text without it;
    ``expected`` is the number that would continue the plan's numbering."""
    h = row.header
    rec_col, number_col = h.first("rec"), h.first("number")
    rec_text = row.text(rec_col)
    if number_col is not None:
        label = label_from_cell(row.text(number_col))
        if label:
            inner, rest = split_label(rec_text, label.number)
            if inner and inner.number == label.number:
                rec_text = rest  # the number repeated at the start of the text
            return label, rec_text
    return split_label(rec_text, expected)


def next_number(rec: Recommendation | None) -> str:
    """The number that continues the numbering after ``rec`` ("13" after "12" or "12b")."""
    number = whole_number(rec.rec_number) if rec is not None else 0
    return str(number + 1) if number is not None else ""


def add_row(row: LogicalRow, state: _State, out: Dataset, review_id: str, source: str, has_labels: bool) -> None:
    h = row.header
    rec_col, number_col = h.first("rec"), h.first("number")
    label, rec_text = row_label(row, next_number(state.rec))
    consumed: set[int] = set()  # columns whose text went into a record
    opens_rec = label is not None or (
        rec_col is not None and HAS_WORD.search(rec_text) and not row.covered(rec_col)
        and (not has_labels or state.rec is None)  # a dash or a stray mark opens no recommendation
    )
    if opens_rec and repeats_current(state.rec, label, rec_text):
        opens_rec = False  # the recommendation written out again on each of its agency rows
        consumed.update(c for c in (rec_col, number_col) if c is not None)
        rec_text = ""
    if opens_rec:
        state.rec = new_recommendation(row, label, rec_text, state, out, review_id, source)
        state.previous = {}
        consumed.update(c for c in (rec_col, number_col, h.first("scope")) if c is not None)
    elif rec_col is not None and rec_text.strip() and not row.covered(rec_col) and state.rec is not None:
        # Unlabelled text in a labelled plan: more of the current recommendation.
        state.rec.rec_text = join_text(state.rec.rec_text, rec_text.strip())
        consumed.add(rec_col)
        state.claims[id(row)] = (state.rec.rec_id, "")
        out.warnings.append(Warning(review_id, "unlabelled_recommendation_text",
                                    "recommendation text without a label joined to the one above", location(row)))
    if has_action_content(row):
        if state.rec is None:
            state.rec = new_recommendation(row, None, "", state, out, review_id, source)
            out.warnings.append(Warning(review_id, "action_without_recommendation",
                                        "an action row came before any recommendation", location(row)))
        add_action(row, state, out, review_id, source)
        consumed.update(i for role in ACTION_ROLES + ("scope",) for i in h.columns(role))
    add_residue(row, consumed, "unplaced_row", out, review_id)


def add_residue(row: LogicalRow, consumed: set[int], reason: str, out: Dataset, review_id: str) -> None:
    """Every non-empty cell not placed in a record is kept, with why."""
    for i, text in enumerate(row.cells):
        if i in consumed or row.covered(i) or not text.strip():
            continue
        header = row.header.texts[i].replace("\n", " ") if i < len(row.header.texts) else ""
        why = reason if reason == "guidance_row" else residue_reason(row, i, reason)
        out.residue.append(Residue(review_id, row.page, row.table_index + 1, row.row_index + 1, header, text, why))


def residue_reason(row: LogicalRow, column: int, default: str) -> str:
    """Why a cell was not placed: its column has no role, or is a second recommendation/number column."""
    role = row.header.roles[column] if column < len(row.header.roles) else None
    if role is None:
        return "unmapped_column"
    if role in ("rec", "number") and column != row.header.first(role):
        return "extra_column"
    return default


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


def whole_number(rec_number: str) -> int | None:
    """12 from "12" or "12b"; None for paragraph numbers ("3.1"), whose gaps say nothing."""
    match = re.fullmatch(r"(\d+)[a-z]?", rec_number)
    return int(match.group(1)) if match else None


def repeats_current(rec: Recommendation | None, label: Label | None, text: str) -> bool:
    if rec is None or (label is not None and label.number != rec.rec_number):
        return False
    return " ".join(text.split()) in ("", " ".join(rec.rec_text.split()))


def new_recommendation(row: LogicalRow, label: Label | None, text: str, state: _State, out: Dataset,
                       review_id: str, source: str) -> Recommendation:
    seq = len(out.recommendations) + 1  # one document's dataset: its recommendations so far
    number = label.number if label else (str(seq) if text else "")
    occurrence = state.rec_counts.get(number, 0)
    state.rec_counts[number] = occurrence + 1
    if occurrence:
        out.warnings.append(Warning(review_id, "duplicate_recommendation_number",
                                    f"recommendation {number!r} appears more than once", location(row)))
    rec = Recommendation(
        review_id=review_id,
        rec_id=stable_id(review_id, "rec", number, occurrence),
        rec_seq=seq,
        rec_number=number,
        rec_label=label.label if label else "",
        rec_text=text.strip(),
        scope=row.text(row.header.first("scope")).strip(),
        owner=state.owner,
        source_file=source,
        page_start=row.page,
    )
    out.recommendations.append(rec)
    state.claims[id(row)] = (rec.rec_id, "")
    state.section = None  # the section heading is this recommendation's owner
    return rec


ACTION_ROLES = ("action", "agency", "evidence", "target", "progress", "status", "rag")


def has_action_content(row: LogicalRow) -> bool:
    return any(row.text(i).strip() for role in ACTION_ROLES for i in row.header.columns(role))


def value(row: LogicalRow, role: str, state: _State) -> str:
    """A role's text in this row; a vertically merged cell repeats the value above it."""
    texts = []
    for i in row.header.columns(role):
        texts.append(state.previous.get(f"{role}:{i}", "") if row.covered(i) else row.text(i).strip())
        state.previous[f"{role}:{i}"] = texts[-1]
    return "\n".join(t for t in texts if t)


def add_action(row: LogicalRow, state: _State, out: Dataset, review_id: str, source: str) -> None:
    rec = state.rec
    assert rec is not None
    action_text = value(row, "action", state) if not row.covered(row.header.first("action")) else ""
    agency = value(row, "agency", state)
    prefix, rest = split_agency_prefix(action_text)
    if prefix:
        action_text = rest
        if agency and prefix.lower() not in agency.lower():  # the lead-agency cell wins; the prefix is kept here
            out.warnings.append(Warning(review_id, "agency_prefix_differs",
                                        f"action prefix {prefix!r} differs from the lead agency {agency!r}",
                                        location(row)))
    state.actions_in_rec = 0 if state.actions_of != rec.rec_id else state.actions_in_rec
    state.actions_of = rec.rec_id
    state.actions_in_rec += 1
    seq = state.actions_in_rec
    action = Action(
        review_id=review_id,
        rec_id=rec.rec_id,
        action_id=stable_id(rec.rec_id, "action", seq),
        action_seq=seq,
        rec_number=rec.rec_number,
        agency=agency or prefix or state.owner,
        scope=value(row, "scope", state) or rec.scope,
        action_text=action_text.strip(),
        evidence_text=value(row, "evidence", state),
        target_date_text=value(row, "target", state),
        source_file=source,
        page_start=row.page,
    )
    out.actions.append(action)
    state.claims[id(row)] = (rec.rec_id, action.action_id)
    state.section = None
    if not action.action_text and not row.covered(row.header.first("action")) and row.header.first("action") is not None:
        out.warnings.append(Warning(review_id, "action_without_text", "an action row with no action text",
                                    location(row)))
    if len(row.pages) > 1:
        out.warnings.append(Warning(review_id, "row_joined_across_pages",
                                    f"a row cut by a page break was joined back (pages {row.pages[0]}-{row.pages[-1]})",
                                    location(row)))
    add_progress(row, action, state, out)


def add_progress(row: LogicalRow, action: Action, state: _State, out: Dataset) -> None:
    h = row.header
    rag_text = value(row, "rag", state)
    rag = parse_rag(rag_text) or rag_from_shading(row)
    status_text = value(row, "status", state)
    columns = h.columns("progress") or h.columns("status")
    for seq, col in enumerate(columns, start=1):
        text = state.previous.get(f"p:{col}", "") if row.covered(col) else row.text(col).strip()
        state.previous[f"p:{col}"] = text
        reading = read_status(text, rag=rag, status_text=status_text if col not in h.columns("status") else "",
                              legend=state.legend, codebook=state.codebook)
        out.progress.append(Progress(
            review_id=action.review_id,
            action_id=action.action_id,
            progress_seq=seq,
            column_header=h.texts[col].replace("\n", " "),
            as_of=as_of_text(h.texts[col]),
            progress_text=text,
            rag=rag,
            status=reading.status,
            status_text=status_text if col not in h.columns("status") else "",
            rag_text=rag_text,
            status_evidence=reading.evidence,
            completed_on=reading.completed_on,
            status_rule=reading.rule,
        ))
    if not columns and (rag or status_text):
        reading = read_status("", rag=rag, status_text=status_text, legend=state.legend, codebook=state.codebook)
        out.progress.append(Progress(action.review_id, action.action_id, 1, "", "", "", rag, reading.status,
                                     status_text, rag_text, reading.evidence, reading.completed_on,
                                     status_rule=reading.rule))
    latest = out.progress[-1] if out.progress and out.progress[-1].action_id == action.action_id else None
    action.status = latest.status if latest else "unknown"


def rag_from_shading(row: LogicalRow) -> str:
    """A RAG cell given as colour alone: its shading."""
    for i in row.header.columns("rag"):
        if i < len(row.fills) and not row.text(i).strip():
            colour = rag_from_fill(row.fills[i])
            if colour:
                return colour
    return ""


def location(row: LogicalRow) -> str:
    page = f"page {row.page}, " if row.page else ""
    return f"{page}table {row.table_index + 1}, row {row.row_index + 1}"


def make_review(doc: RawDocument, review_id: str, rows: list[LogicalRow], out: Dataset) -> Review:
    headers = {id(r.header): r.header for r in rows}.values()
    as_of = next((as_of_text(h.texts[c]) for h in headers for c in h.columns("progress") if as_of_text(h.texts[c])), "")
    if not as_of:  # "Progress as at 31st January 2023" above the table
        as_of = next((as_of_text(line) for line in doc.text_lines if as_of_text(line)), "")
    title = title_line(doc.text_lines)
    status = "ok" if out.recommendations else "no_action_plan"
    if out.recommendations and (any(r.reason == "unplaced_row" for r in out.residue)
                                or any(w.code == "action_without_recommendation" for w in out.warnings)):
        status = "partial"  # a plan was read, but some of its rows could not be placed
    return Review(
        review_id=review_id,
        source_file=doc.source_file,
        source_sha256=doc.sha256,
        source_format=doc.format,
        title=title,
        n_pages=doc.n_pages,
        progress_as_of=as_of,
        status=status,
        n_recommendations=len(out.recommendations),
        n_actions=len(out.actions),
    )
