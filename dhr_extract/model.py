"""The two models every stage shares.

``RawDocument`` is what a parser in ``extract/`` returns: tables as grids of cell
texts with provenance, the same shape whatever the input format.  The records at
the bottom (``Review``, ``Recommendation``, ``Action``, ``Progress``...) are the
canonical dataset that ``normalise/`` builds and ``outputs/`` writes.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field, fields
from typing import Literal

from .codes import ErrorType, StrEnum, WarningCode  # the problem tables' vocabularies, re-exported

Format = Literal["pdf", "docx", "html"]
# How a grid position is filled: "" = the cell's own text; "left" = covered by a
# horizontally merged cell that starts to its left (colspan / gridSpan); "above"
# = covered by a vertically merged cell that starts above it (rowspan / vMerge).
Span = Literal["", "left", "above"]


# ---------------------------------------------------------------- closed vocabularies
# Each value is the string written to the output tables (a StrEnum member equals its value).

class ReviewStatus(StrEnum):
    """How a document was read (``reviews.status``)."""

    OK = "ok"
    PARTIAL = "partial"  # a plan was read, but some of its rows could not be placed
    NO_ACTION_PLAN = "no_action_plan"
    FAILED = "failed"


class Status(StrEnum):
    """An action's status, read from its progress / status / RAG cells."""

    COMPLETE = "complete"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    OVERDUE = "overdue"
    PARTIALLY_COMPLETE = "partially_complete"
    UNKNOWN = "unknown"


class Acceptance(StrEnum):
    """Whether a recommendation was accepted, as a plan's acceptance column says (``Accepted? Y/N``)."""

    ACCEPTED = "accepted"
    PARTLY = "partly"  # accepted in part
    REJECTED = "rejected"


class Rag(StrEnum):
    """A RAG rating (the empty string where there is none)."""

    RED = "Red"
    AMBER = "Amber"
    GREEN = "Green"
    BLUE = "Blue"


class TargetKind(StrEnum):
    """What a target-date cell says: a date, or one of the words plans use instead."""

    DATE = "date"
    ONGOING = "ongoing"
    IMMEDIATE = "immediate"
    RECURRING = "recurring"
    COMPLETE = "complete"
    TBC = "tbc"
    NONE = "none"
    OTHER = "other"


class AgencyType(StrEnum):
    """The kind of an agency (and of a recommendation's ``sector``)."""

    POLICE = "police"
    HEALTH = "health"
    LOCAL_AUTHORITY = "local_authority"
    PROBATION = "probation"
    CRIMINAL_JUSTICE = "criminal_justice"
    HOUSING = "housing"
    EDUCATION = "education"
    SPECIALIST_DA_SERVICE = "specialist_da_service"
    PARTNERSHIP = "partnership"
    NATIONAL_BODY = "national_body"
    OTHER = "other"


class ResidueReason(StrEnum):
    """Why text of a plan table was kept as residue rather than placed in a record."""

    UNMAPPED_COLUMN = "unmapped_column"
    GUIDANCE_ROW = "guidance_row"
    UNPLACED_ROW = "unplaced_row"
    EXTRA_COLUMN = "extra_column"
    ABOVE_HEADER = "above_header"
    EMPTY_SECTION = "empty_section"
    HEADING_TITLE = "heading_title"
    FOOTNOTE = "footnote"  # a note the plan cites by a marker (page foot, or the document's notes)
    UNREAD_TEXT = "unread_text"  # text inside a PDF plan table's area that reached none of its cells
    AGENCY_SIGNATORY = "agency_signatory"  # a person's name or job title on its own line beside the lead organisation
    SUPPORTING_AGENCIES = "supporting_agencies"  # a lead cell's line naming the agencies that support the lead


@dataclass(frozen=True)
class ParseNote:
    """Something a parser noticed that a person should check: a warning before it has a review id."""

    code: WarningCode
    message: str
    location: str = ""  # where: page, table and row in the document ('' for the whole document)


class CellParseError(ValueError):
    """A cell's text could not be interpreted; the normaliser keeps it as a ``cell_parse_failed`` warning."""


class ExtractError(Exception):
    """A document could not be read.  ``error_type`` is stable and machine-readable."""

    def __init__(self, error_type: ErrorType, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type
        self.message = message


# Ends a cell's text where a PDF page's foot broke its last word mid-word: the row's continuation
# overleaf opens with the rest of the word and joins it with no space (normalise.rows.join_text).
SOFT_HYPHEN = "\u00ad"


@dataclass(frozen=True)
class Cell:
    text: str = ""  # paragraphs / lines joined by "\n", bullets normalised to "•"
    span: Span = ""
    fill: str = ""  # background colour as "#rrggbb" where the cell is shaded (RAG cells are often colour only)
    bar: str = ""  # colour "#rrggbb" of a bar at the cell's left edge (a thick left border): a RAG shown as colour alone
    ink: str = ""  # colour "#rrggbb" of a cell's text that is a lone mark (a coloured dot: a RAG shown as colour alone)


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]  # exactly one per grid column of the table
    index: int  # position of the row in its table (0-based)
    page: int | None = None  # 1-based page number where the format has pages
    bbox: tuple[float, float, float, float] | None = None  # PDF points (x0, top, x1, bottom) of the row
    joined: tuple[int, ...] = ()  # indexes of further rows of the table read into this one (labelled rows)

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass(frozen=True)
class RawTable:
    rows: tuple[Row, ...]
    index: int  # position of the table in the document (0-based)
    page: int | None = None  # page of the first row
    bbox: tuple[float, float, float, float] | None = None  # PDF points (x0, top, x1, bottom)
    strategy: str = ""  # how it was found: ruled | partly_ruled | borderless (PDF), docx, html
    heading: str = ""  # the text just before the table (a section heading, if any)
    intro: str = ""  # body text between that heading and the table, paragraphs joined by "\n" (HTML)
    outer_heading: str = ""  # the heading one level above ``heading`` (HTML h2 over an h3), if any
    outer_intro: str = ""  # body text between ``outer_heading`` and ``heading`` (a recommendation's text over its actions' headings)
    parent: int | None = None  # index of the table this one sits inside (HTML nested tables), if any
    confidence: float = 1.0  # 0..1: how cleanly the text fell into the grid (see ``TableReport``)
    via_ocr: bool = False  # read from a page image (then ``confidence`` is its words' mean OCR confidence)
    split_words: int = 0  # PDF words that ran across a cell's edge (two cells' text set flush) and were cut there
    joint_columns: tuple[tuple[int, ...], ...] = ()  # columns read from one cell each (labelled blocks): cut as one
    # the part of the table read before it that goes on at the top of the next text column (a page set in
    # newspaper columns, PDF): its first row may carry on that part's last row, as after a page break (a
    # page break needs no mark: ``page`` tells it)
    column_break: bool = False
    # lines of text inside the table's area that reached none of the page's cells (PDF: ``unread_words``)
    unread: tuple[str, ...] = ()

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


@dataclass(frozen=True)
class Footnote:
    """A note a document cites by a marker in its text (the marker itself is left out of the text)."""

    marker: str  # "1", as the note is numbered
    text: str
    page: int | None = None  # where the note stands (PDF)
    table: int | None = None  # the table whose cell cites it (DOCX, HTML: 0-based, as ``RawTable.index``)


# How much text outside the tables every reader keeps: the first lines (the review's title and metadata),
# and all of it up to a bound (a plan's recommendations written as a list apart from its table).
TEXT_LINES = 15
BODY_LINES = 2000


@dataclass(frozen=True)
class RawDocument:
    source_file: str
    sha256: str
    format: Format
    n_pages: int | None
    text_lines: list[str]  # text outside the tables near the start (title, subtitle), TEXT_LINES at most
    tables: list[RawTable]
    warnings: list[str | ParseNote] = field(default_factory=list)  # words, or coded notes
    via_ocr: bool = False  # some pages were scans, read with OCR
    footnotes: list[Footnote] = field(default_factory=list)  # the notes its markers cite
    # all the text outside the tables, in order (paragraphs; a PDF's lines, on the pages read), BODY_LINES at
    # most: where a plan writes its recommendations as a numbered list that the table's cells only point to
    body_lines: list[str] = field(default_factory=list)
    # a key of colours written as swatches outside the tables: (colour "#rrggbb", the words beside it)
    colour_key: list[tuple[str, str]] = field(default_factory=list)


# ---------------------------------------------------------------- canonical records

@dataclass(frozen=True)
class Review:
    review_id: str
    source_file: str
    source_sha256: str
    source_format: str
    title: str
    n_pages: int | None
    progress_as_of: str
    status: ReviewStatus
    n_recommendations: int = 0
    n_actions: int = 0
    progress_as_of_date: datetime.date | None = None
    review_name: str = ""  # "DHR1", "Adult B", "Maya"
    csp: str = ""  # the partnership / area the document names
    document_date_text: str = ""
    document_date: datetime.date | None = None
    review_type: str = ""  # DHR | DARDR | joint SAR/DHR
    n_warnings: int = 0  # rows of the warnings table about this review
    n_residue: int = 0  # rows of the residue table from this review
    needs_review: bool = False  # a person should check this document (see ``normalise/review_flags.py``)
    review_reasons: str = ""  # why: codes joined by ";"
    via_ocr: bool = False  # some pages were read with OCR (a scan)


@dataclass(frozen=True)
class Recommendation:
    review_id: str
    rec_id: str
    rec_seq: int
    rec_number: str
    rec_label: str  # the label as written ("R1", "Recommendation 3:", "1.")
    rec_text: str
    scope: str
    owner: str
    source_file: str
    page_start: int | None
    rec_sort_key: str = ""  # sorts labels naturally: R9 < R10, 3.2 < 3.10
    scope_level: str = ""  # local | regional | national | ''
    sector: AgencyType | Literal[""] = ""  # who must act; partnership when several kinds
    acceptance: Acceptance | Literal[""] = ""  # from the plan's acceptance column ('' when it has none)
    acceptance_text: str = ""  # that column's cell, as written


@dataclass(frozen=True)
class RecommendationPart:
    review_id: str
    rec_id: str
    part_seq: int
    part_label: str  # "a", "b", "a.i", "•1"
    part_text: str


@dataclass(frozen=True)
class Action:
    review_id: str
    rec_id: str
    action_id: str
    action_seq: int  # 1..n within its recommendation
    rec_number: str
    agency: str
    scope: str
    action_text: str
    evidence_text: str
    target_date_text: str
    source_file: str
    page_start: int | None
    status: Status = Status.UNKNOWN  # the status of its latest progress record
    target_date: datetime.date | None = None  # the deadline: last day of the period named; latest if several
    target_dates: tuple[datetime.date, ...] = ()
    target_date_precision: str = ""  # day | month | quarter | year | ''
    target_kind: TargetKind | Literal[""] = ""
    target_year_inferred: bool = False
    agency_canonical: str = ""
    agency_type: AgencyType | Literal[""] = ""
    priority: str = ""  # the plan's priority for the action (or its recommendation), as written


@dataclass(frozen=True)
class ActionAgency:
    review_id: str
    action_id: str
    agency_seq: int
    agency_text: str
    agency_canonical: str
    agency_type: AgencyType


@dataclass(frozen=True)
class Progress:
    review_id: str
    action_id: str
    progress_seq: int
    column_header: str
    as_of: str  # the "as at" text of the column header, as written
    progress_text: str
    rag: Rag | Literal[""]  # "" where the plan rates none
    status: Status
    status_text: str = ""  # the plan's Status cell for this action, as written
    rag_text: str = ""  # the plan's RAG cell, as written
    status_evidence: str = ""  # the words that decided the status
    completed_on: datetime.date | None = None
    as_of_date: datetime.date | None = None
    status_rule: str = ""  # the codebook rule_id that decided the status


@dataclass(frozen=True)
class ErrorRecord:
    source_file: str
    stage: str  # detect | extract | normalise
    error_type: ErrorType
    message: str


@dataclass(frozen=True)
class WarningRecord:
    review_id: str
    code: WarningCode
    message: str
    location: str
    source_file: str = ""  # the document's path, so a warning can be read without a join


@dataclass(frozen=True)
class Residue:
    """Text of an action-plan table that the normaliser could not place in a record."""

    review_id: str
    page: int | None
    table: int  # 1-based table number in the document
    row: int  # 1-based row number in its table
    column_header: str
    text: str
    reason: ResidueReason
    source_file: str = ""  # the document's path, so residue can be read without a join


@dataclass(frozen=True)
class TableReport:
    """How one table of a document was read: where it is, how it was found, and how sure that is."""

    review_id: str
    source_file: str
    table: int  # 1-based table number in the document, as in warnings and residue
    page: int | None
    x0: float | None  # PDF points from the page's top left
    top: float | None
    x1: float | None
    bottom: float | None
    strategy: str  # ruled | partly_ruled | borderless | docx | html
    n_rows: int
    n_cols: int
    is_plan: bool  # read as (part of) the action plan: a plan header, or it continues a plan table
    header_rows: int  # rows of the table taken as its header (0: none, or a continuation)
    confidence: float
    via_ocr: bool = False  # read from a page image with OCR; ``confidence`` is then its words' mean
    unread_lines: int = 0  # lines of text inside its area that reached no cell (PDF: kept in residue if a plan's)


@dataclass(frozen=True)
class RecommendationTheme:
    """One theme of a recommendation, coded from the theme codebook."""

    review_id: str
    rec_id: str
    theme: str  # a codebook theme id
    parent: str  # the theme's parent (the three top-level themes of Jones et al. 2022, or "(process)")
    rank: int  # 1 = primary, then secondary themes in order
    evidence: str  # the words that decided it


@dataclass(frozen=True)
class RowSource:
    """One raw row of a plan table and the record it became: the review report's provenance.
    Kept with the dataset (and its cache) but not written as a table."""

    review_id: str
    table: int  # 1-based table number, as in warnings and residue
    row: int  # 1-based row number in its table
    page: int | None
    bbox: tuple[float, float, float, float] | None  # PDF points (x0, top, x1, bottom) from the page's top left
    kind: str  # header | data | joined (carries on the row above across a page break) | section | guidance
    rec_id: str = ""  # the recommendation the row belongs to, '' for none
    action_id: str = ""  # the action the row became, '' for none
    cells: tuple[str, ...] = ()  # the cells' text ('' where covered by a merged cell); () for a row with a bbox
    spans: tuple[str, ...] = ()  # each cell's ``Cell.span``


@dataclass
class Dataset:
    """The output tables, in the order they are written: each list is a table, its record type the schema."""

    reviews: list[Review] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    recommendation_parts: list[RecommendationPart] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    action_agencies: list[ActionAgency] = field(default_factory=list)
    progress: list[Progress] = field(default_factory=list)
    warnings: list[WarningRecord] = field(default_factory=list)
    residue: list[Residue] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    recommendation_themes: list[RecommendationTheme] = field(default_factory=list)
    tables: list[TableReport] = field(default_factory=list)
    row_sources: list[RowSource] = field(default_factory=list, metadata={"written": False})  # for the review report

    def extend(self, other: "Dataset") -> None:
        for table in fields(self):
            getattr(self, table.name).extend(getattr(other, table.name))
