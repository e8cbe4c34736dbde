"""What the review report shows, built from the dataset alone (no template, no file access here).

A document's page is made of *sections*: one per PDF page that holds plan rows (its image, with
a band over each raw row) or one per DOCX / HTML plan table (the table re-drawn).  Beside each
section are the records read from it, recommendations → actions → progress.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import (Action, Dataset, ErrorRecord, Progress, Recommendation, Residue, Review, RowSource,
                     TableReport, WarningRecord)
from ..normalise.review_flags import ROUTINE_WARNINGS

GOLDEN_ANGLE = 137.508  # successive recommendations get hues far apart
LOCATION = re.compile(r"table (\d+), row (\d+)")


@dataclass
class ProgressView:
    seq: int
    header: str
    text: str
    status: str
    rag: str


@dataclass
class ActionView:
    action_id: str
    seq: int
    agency: str
    text: str
    target: str
    evidence: str
    progress: list[ProgressView]


@dataclass
class RecView:
    rec_id: str
    number: str
    label: str
    text: str
    owner: str
    hue: int
    actions: list[ActionView]


@dataclass
class Box:
    """A rectangle over a page image, in percent of the page's width and height."""

    left: float
    top: float
    width: float
    height: float


@dataclass
class Band:
    """One raw row drawn over the page (PDF) or one re-drawn table row (DOCX / HTML)."""

    key: str  # "t3-r5": table 3, row 5 (the anchor warnings link to)
    kind: str  # header | data | joined | section | guidance
    rec_id: str
    action_id: str
    label: str  # the recommendation's number, on the first row of it in the section
    hue: int | None  # None: not part of a record
    residue: bool  # text of this row was kept as residue
    box: Box | None = None  # PDF only
    cells: list[tuple[str, int]] = field(default_factory=list)  # DOCX / HTML: (text, colspan)


@dataclass
class Section:
    anchor: str  # "page-3" or "table-2"
    title: str
    bands: list[Band]
    recs: list[RecView]
    image: str = ""  # path of the page image, relative to the report folder ('' for DOCX / HTML)
    size: tuple[float, float] = (0.0, 0.0)  # page width and height in points
    tables: list[tuple[Box, bool, int]] = field(default_factory=list)  # (box, is_plan, table number)


@dataclass
class WarningView:
    code: str
    message: str
    location: str
    anchor: str  # '' when the location is not drawn in the report
    routine: bool


@dataclass
class DocumentView:
    review: Review
    page_name: str  # the document page's file name in the report folder
    counts: dict[str, int]
    min_confidence: float | None
    reasons: list[str]
    errors: list[ErrorRecord]
    sections: list[Section] = field(default_factory=list)
    warnings: list[WarningView] = field(default_factory=list)
    residue: list[tuple[Residue, str]] = field(default_factory=list)  # (residue, anchor)


@dataclass
class DocumentParts:
    """One document's rows of the dataset."""

    review: Review
    recommendations: list[Recommendation] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    warnings: list[WarningRecord] = field(default_factory=list)
    residue: list[Residue] = field(default_factory=list)
    tables: list[TableReport] = field(default_factory=list)
    rows: list[RowSource] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


def split_by_document(dataset: Dataset) -> list[DocumentParts]:
    """The dataset's rows grouped by review, in the reviews' order (a duplicate's warning goes to its first copy)."""
    parts = {r.review_id: DocumentParts(r) for r in dataset.reviews}
    by_file = {r.source_file: r.review_id for r in dataset.reviews}
    for name in ("recommendations", "actions", "progress", "warnings", "residue", "tables"):
        for record in getattr(dataset, name):
            if record.review_id in parts:
                getattr(parts[record.review_id], name).append(record)
    for source in dataset.row_sources:
        if source.review_id in parts:
            parts[source.review_id].rows.append(source)
    for error in dataset.errors:
        if error.source_file in by_file:
            parts[by_file[error.source_file]].errors.append(error)
    return list(parts.values())


def hue_of(seq: int) -> int:
    return round(seq * GOLDEN_ANGLE) % 360


def page_name(review: Review) -> str:
    return f"doc-{review.review_id}.html"


def document_view(parts: DocumentParts, images: dict[int, tuple[str, tuple[float, float]]]) -> DocumentView:
    """The document page's content; ``images``: page number -> (image path, page size in points)."""
    review = parts.review
    plan_conf = [t.confidence for t in parts.tables if t.is_plan]
    view = DocumentView(
        review=review, page_name=page_name(review),
        counts={"recommendations": len(parts.recommendations), "actions": len(parts.actions),
                "progress": len(parts.progress), "warnings": len(parts.warnings), "residue": len(parts.residue)},
        min_confidence=min(plan_conf) if plan_conf else None,
        reasons=[r for r in review.review_reasons.split(";") if r], errors=parts.errors)
    recs = record_views(parts)
    if review.source_format == "pdf":
        view.sections = page_sections(parts, recs, images)
    else:
        view.sections = table_sections(parts, recs)
    anchors = {band.key for s in view.sections for band in s.bands}
    view.warnings = [WarningView(w.code, w.message, w.location, location_anchor(w.location, anchors),
                                 w.code in ROUTINE_WARNINGS) for w in parts.warnings]
    view.residue = [(r, key if (key := f"t{r.table}-r{r.row}") in anchors else "") for r in parts.residue]
    return view


def record_views(parts: DocumentParts) -> dict[str, RecView]:
    """Every recommendation with its actions and their progress, by rec_id."""
    progress: dict[str, list[ProgressView]] = defaultdict(list)
    for p in parts.progress:
        progress[p.action_id].append(ProgressView(p.progress_seq, p.column_header, p.progress_text, p.status, p.rag))
    actions: dict[str, list[ActionView]] = defaultdict(list)
    for a in parts.actions:
        actions[a.rec_id].append(ActionView(a.action_id, a.action_seq, a.agency, a.action_text, a.target_date_text,
                                            a.evidence_text, progress[a.action_id]))
    return {r.rec_id: RecView(r.rec_id, r.rec_number, r.rec_label, r.rec_text, r.owner, hue_of(r.rec_seq),
                              actions[r.rec_id]) for r in parts.recommendations}


def residue_rows(parts: DocumentParts) -> set[tuple[int, int]]:
    return {(r.table, r.row) for r in parts.residue if r.reason not in ("guidance_row", "heading_title")}


def make_band(row: RowSource, recs: dict[str, RecView], labelled: set[str], residue: set[tuple[int, int]]) -> Band:
    rec = recs.get(row.rec_id)
    label = ""
    if rec is not None and row.rec_id not in labelled and row.kind in ("data", "joined"):
        labelled.add(row.rec_id)
        label = rec.number or "?"
    return Band(f"t{row.table}-r{row.row}", row.kind, row.rec_id if rec else "", row.action_id, label,
                rec.hue if rec else None, (row.table, row.row) in residue)


def section_recs(rows: list[RowSource], recs: dict[str, RecView]) -> list[RecView]:
    """The records read from these rows: their recommendations, with only the actions these rows hold."""
    action_ids = {r.action_id for r in rows if r.action_id}
    out = []
    for rec_id in dict.fromkeys(r.rec_id for r in rows if r.rec_id in recs):
        rec = recs[rec_id]
        out.append(RecView(rec.rec_id, rec.number, rec.label, rec.text, rec.owner, rec.hue,
                           [a for a in rec.actions if a.action_id in action_ids]))
    return out


def page_sections(parts: DocumentParts, recs: dict[str, RecView],
                  images: dict[int, tuple[str, tuple[float, float]]]) -> list[Section]:
    """One section per PDF page that holds plan rows."""
    by_page: dict[int, list[RowSource]] = defaultdict(list)
    for row in parts.rows:
        if row.page is not None:
            by_page[row.page].append(row)
    residue = residue_rows(parts)
    sections = []
    for page in sorted(by_page):
        image, size = images.get(page, ("", (0.0, 0.0)))
        labelled: set[str] = set()
        bands = []
        for row in by_page[page]:
            band = make_band(row, recs, labelled, residue)
            band.box = percent_box(row.bbox, size)
            bands.append(band)
        tables = [(box, t.is_plan, t.table) for t in parts.tables if t.page == page
                  and (box := percent_box((t.x0, t.top, t.x1, t.bottom), size)) is not None]
        sections.append(Section(f"page-{page}", f"Page {page}", bands, section_recs(by_page[page], recs),
                                image, size, tables))
    return sections


def table_sections(parts: DocumentParts, recs: dict[str, RecView]) -> list[Section]:
    """One section per DOCX / HTML plan table, re-drawn row by row."""
    by_table: dict[int, list[RowSource]] = defaultdict(list)
    for row in parts.rows:
        by_table[row.table].append(row)
    residue = residue_rows(parts)
    sections = []
    for table in sorted(by_table):
        labelled: set[str] = set()
        bands = []
        for row in by_table[table]:
            band = make_band(row, recs, labelled, residue)
            band.cells = merged_cells(row)
            bands.append(band)
        sections.append(Section(f"table-{table}", f"Table {table}", bands, section_recs(by_table[table], recs)))
    return sections


def merged_cells(row: RowSource) -> list[tuple[str, int]]:
    """The row's cells with horizontally merged positions folded into their first cell's colspan."""
    cells: list[tuple[str, int]] = []
    for text, span in zip(row.cells, row.spans or ("",) * len(row.cells)):
        if span == "left" and cells:
            cells[-1] = (cells[-1][0], cells[-1][1] + 1)
        else:
            cells.append((text, 1))
    return cells


def percent_box(bbox: tuple[float | None, ...] | None, size: tuple[float, float]) -> Box | None:
    """A box in PDF points as percentages of the page (None when either is unknown)."""
    width, height = size
    if bbox is None or any(v is None for v in bbox) or width <= 0 or height <= 0:
        return None
    x0, top, x1, bottom = bbox  # type: ignore[misc]
    return Box(round(100 * x0 / width, 3), round(100 * top / height, 3),
               round(100 * (x1 - x0) / width, 3), round(100 * (bottom - top) / height, 3))


def location_anchor(location: str, anchors: set[str]) -> str:
    """The band a warning's location ("page 2, table 3, row 5") points at, if it is drawn."""
    match = LOCATION.search(location)
    key = f"t{match.group(1)}-r{match.group(2)}" if match else ""
    return key if key in anchors else ""
