"""Rebuild the plan's logical rows from the raw tables.

A plan can be one table, one table per page (PDF), or one table per section; a
row can be cut by a page break; sections can be rows or headings above tables.
``document_to_rows`` hides all of that: it yields one ``LogicalRow`` per real row
of the plan (or per section heading), in document order, with the header that
names its columns.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import RawDocument, RawTable, Row
from .headers import Header, find_header, fold_header, is_guidance_row, is_header_row, row_roles
from .labels import label_from_cell, split_agency_prefix, split_label

SENTENCE_END = re.compile(r"[.:;!?)\]]\s*$")
PROSE_WORD = re.compile(r"[A-Za-z]{2,}")
COMPLETE_VALUE = re.compile(r"(\d{4}|\d{1,2}/\d{2,4}|[.!?)]|on-?going|tbc|complete[d]?|local|regional|national"
                            r"|red|amber|green|blue)$", re.I)


@dataclass
class LogicalRow:
    header: Header
    cells: list[str]  # text per grid column
    above: list[bool]  # True where the position is covered by a vertically merged cell
    page: int | None
    table_index: int
    row_index: int
    section: str = ""  # set for a section / theme row: its heading text
    guidance: bool = False  # the template's explanatory row under the header: not data
    pages: list[int] = field(default_factory=list)
    fills: list[str] = field(default_factory=list)  # each cell's shading, "#rrggbb" or ''
    rows: list[tuple[int, int]] = field(default_factory=list)  # (table index, row index) of the raw rows joined here


    def text(self, column: int | None) -> str:
        return self.cells[column] if column is not None and column < len(self.cells) else ""

    def covered(self, column: int | None) -> bool:
        return column is not None and column < len(self.above) and self.above[column]


def document_to_rows(doc: RawDocument) -> list[LogicalRow]:
    plan_tables = find_plan_tables(doc.tables)
    section_headings = table_section_headings([t for t, _ in plan_tables], doc.text_lines[:1])
    rows: list[LogicalRow] = []
    previous: RawTable | None = None
    last_heading = ""
    for table, header in plan_tables:
        heading = table.heading.strip()
        if heading in section_headings and heading != last_heading:
            rows.append(section_row(heading, header, table))
            last_heading = heading
        page_break = previous is not None and table.page is not None and table.page != previous.page
        body = table_body(table, header)
        for k, row in enumerate(body):
            logical = raw_to_logical(row, header, table.index)
            if k == 0 and row.index == header.n_rows and is_guidance_row(row):
                logical.guidance = True
                rows.append(logical)
                continue
            if k == 0 and page_break and rows and not rows[-1].section:
                if is_continuation(logical, rows[-1]):
                    merge_continuation(rows[-1], logical)
                    continue
                carry_merged_cell(rows[-1], logical)
            heading_text = section_text(row, header, table)
            if heading_text:
                logical.section = heading_text
            rows.append(logical)
        previous = table
    return rows


def table_section_headings(tables: list[RawTable], title_lines: list[str]) -> set[str]:
    """Headings above plan tables that name sections: only when the plan is split into
    tables under two or more different headings; never a running page header or the title."""
    counts = Counter(t.heading.strip() for t in tables if t.heading.strip())
    repeated = {h for h, n in counts.items() if n >= 3 and n * 2 >= len(tables)}
    titles = {fold_header(line) for line in title_lines}
    headings = {h for h in counts if h not in repeated and fold_header(h) not in titles}
    return headings if len(headings) >= 2 else set()


def find_plan_tables(tables: list[RawTable]) -> list[tuple[RawTable, Header]]:
    """Tables with an action-plan header, plus header-less tables that continue one; none unless
    one of them holds words under its recommendation or action header."""
    found: list[tuple[RawTable, Header]] = []
    for table in tables:
        header = find_header(table)
        if header is not None:
            found.append((table, header))
        elif found and found[-1][0].index == table.index - 1 and table.n_cols == len(found[-1][1].roles):
            previous = found[-1][1]
            found.append((table, Header(previous.roles, previous.texts, 0)))
    return found if any(has_plan_prose(table, header) for table, header in found) else []


def has_plan_prose(table: RawTable, header: Header) -> bool:
    """Positive evidence that a table is an action plan: a recommendation or action cell holding words.

    A register or a tracker can name its columns "Recommendations" and "Progress" and hold
    counts and dashes under them; a plan's recommendation or action cells hold words.
    """
    columns = [i for role in ("rec", "action") for i in header.columns(role)]
    return any(PROSE_WORD.search(row.cells[i].text) for row in table.rows[header.n_rows:] for i in columns
               if i < len(row.cells))


def table_body(table: RawTable, header: Header) -> list[Row]:
    """Rows below the header, without header rows repeated on later pages."""
    return [row for row in table.rows[header.n_rows:] if not repeats_header(row, header)]


def repeats_header(row: Row, header: Header) -> bool:
    """A header row repeated on a later page (or inside the table)."""
    if not is_header_row(row) or is_guidance_row(row):
        return False
    roles = row_roles(row)
    named = [i for i, r in enumerate(header.roles) if r]
    same = [i for i in named if i < len(roles) and roles[i] == header.roles[i]]
    return len(same) * 5 >= len(named) * 3


def raw_to_logical(row: Row, header: Header, table_index: int) -> LogicalRow:
    cells = [c.text for c in row.cells]
    above = [c.span == "above" for c in row.cells]
    pad = len(header.roles) - len(cells)
    if pad > 0:
        cells += [""] * pad
        above += [False] * pad
    return LogicalRow(header, cells, above, row.page, table_index, row.index, pages=[row.page] if row.page else [],
                      fills=[c.fill for c in row.cells], rows=[(table_index, row.index)])


def section_row(heading: str, header: Header, table: RawTable) -> LogicalRow:
    n = len(header.roles)
    first_page = table.page
    return LogicalRow(header, [""] * n, [False] * n, first_page, table.index, -1, section=heading)


def section_text(row: Row, header: Header, table: RawTable) -> str:
    """The heading of a section / theme row, or '' for any other row."""
    own = [c for c in row.cells if not c.span]
    filled = [c for c in own if c.text.strip()]
    if len(row.cells) < 2 or len(filled) != 1:
        return ""
    text = filled[0].text.strip()
    if len(own) == 1 and row.cells[0].text.strip():
        return text.replace("\n", " ")  # one cell spanning the table
    # A heading typed into the first cell of an ordinary row: short, unlabelled, not a sentence.
    first = next(i for i, c in enumerate(row.cells) if c.text.strip())
    heading_column = first == 0 or (first == 1 and header.first("number") == 0)
    limit = 150 if table.strategy == "borderless" else 100
    if heading_column and len(row.cells) >= 3 and not any(c.span == "above" for c in row.cells):
        labelled = split_label(text)[0] or label_from_cell(text)
        if not labelled and len(text) <= limit and not SENTENCE_END.search(text):
            return text.replace("\n", " ")
    return ""


def is_continuation(row: LogicalRow, previous: LogicalRow) -> bool:
    """A row at the top of a page that carries on the previous row's text, cell by cell.

    A new label or an ``AGENCY:`` prefix opens a new row; text that starts in
    mid-sentence (lower case) carries on; a filled date, scope, RAG, status or
    lead-agency cell opens a new row.  Every filled cell must be able to continue the cell above it: a
    cell only overflows onto the next page if it had text there.
    """
    h = row.header
    number_col, rec_col, action_col, agency_col = (h.first(r) for r in ("number", "rec", "action", "agency"))
    if number_col is not None and label_from_cell(row.text(number_col)):
        return False
    if rec_col is not None and split_label(row.text(rec_col))[0]:
        return False
    if action_col is not None and split_agency_prefix(row.text(action_col))[0]:
        return False
    filled = [i for i, t in enumerate(row.cells) if t.strip()]
    if not filled or not all(i < len(previous.cells) and (previous.cells[i].strip() or previous.covered(i))
                             for i in filled):
        return False
    lower = [i for i in filled if row.cells[i].lstrip()[:1].islower()]
    if lower:
        # A merged recommendation cell can carry on mid-sentence beside a new agency row:
        # then every other cell starts afresh after a finished one.
        others = [i for i in filled if i != rec_col]
        fresh = others and not set(others) & set(lower) and (
            agency_col in others
            or all(SENTENCE_END.search(previous.cells[i]) or ends_complete(previous.cells[i]) for i in others))
        return not (lower == [rec_col] and fresh)
    # Short values (a date, a scope, a RAG colour) rarely overflow a page: one here opens a new row.
    short = [i for role in ("target", "scope", "rag", "status") for i in h.columns(role)]
    if any(row.text(i).strip() and ends_complete(previous.text(i)) for i in short):
        return False
    return agency_col is None or not row.text(agency_col).strip()


def carry_merged_cell(previous: LogicalRow, row: LogicalRow) -> None:
    """A merged recommendation cell cut by the page break, carrying on mid-sentence beside a new row:
    its text goes back to the row above, and the new row is covered by it as on the page before."""
    rec_col = row.header.first("rec")
    text = row.text(rec_col).lstrip()
    if rec_col is None or not text[:1].islower() or rec_col >= len(previous.cells):
        return
    if SENTENCE_END.search(previous.cells[rec_col]) or not previous.cells[rec_col].strip():
        return
    previous.cells[rec_col] = join_text(previous.cells[rec_col], text)
    row.cells[rec_col] = ""
    row.above[rec_col] = True


def ends_complete(text: str) -> bool:
    """A short value that reads as finished ("March 2021", "Ongoing."), not cut ("April 2014, July")."""
    return bool(COMPLETE_VALUE.search(text.strip()))


def join_text(head: str, tail: str) -> str:
    """Text cut in two joined back: mid-sentence with a space, after a full stop or before a bullet/label
    as a new paragraph."""
    if not head:
        return tail
    if SENTENCE_END.search(head) or tail[:1] == "•" or split_label(tail)[0]:
        return head + "\n" + tail
    return head + " " + tail


def merge_continuation(previous: LogicalRow, row: LogicalRow) -> None:
    for i, text in enumerate(row.cells):
        if not text.strip() or i >= len(previous.cells):
            continue
        previous.cells[i] = join_text(previous.cells[i], text)
    if row.page and row.page not in previous.pages:
        previous.pages.append(row.page)
    previous.rows.extend(row.rows)
