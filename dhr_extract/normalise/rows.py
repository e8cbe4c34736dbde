"""Rebuild the plan's logical rows from the raw tables.

A plan can be one table, one table per page (PDF), or one table per section; a
row can be cut by a page break; sections can be rows or headings above tables.
``document_to_rows`` hides all of that: it yields one ``LogicalRow`` per real row
of the plan (or per section heading), in document order, with the header that
names its columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..lexicon import two_words
from ..model import SOFT_HYPHEN, RawDocument, RawTable, Row
from .action_refs import progress_table_key
from .cut_rests import split_cut_rest
from .headers import Header, is_guidance_row
from .labels import label_from_cell, numbered_within_names, split_agency_prefix, split_label
from .numbered_headings import mark_numbered_headings
from .parts import opens_sub_item
from .plan_tables import caption_text, find_plan_tables, repeats_header, table_section_headings
from .rec_bands import is_header_copy, recommendation_bands

SENTENCE_END = re.compile(r"[.:;!?)\]]\s*$")
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
    bars: list[str] = field(default_factory=list)  # each cell's coloured left bar, "#rrggbb" or ''
    inks: list[str] = field(default_factory=list)  # each cell's colour of a lone mark (a coloured dot), or ''
    rows: list[tuple[int, int]] = field(default_factory=list)  # (table index, row index) of the raw rows joined here
    # a recommendation's row whatever the row after it: a band over its own copy of the action header
    # (``rec_bands.py``), or a label row joined to its text below it (``text_below_label.py``)
    band: bool = False
    named_labels: bool = False  # the plan numbers its recommendations within each agency ("Police 1")

    def text(self, column: int | None) -> str:
        return self.cells[column] if column is not None and column < len(self.cells) else ""

    def covered(self, column: int | None) -> bool:
        return column is not None and column < len(self.above) and self.above[column]


def document_to_rows(doc: RawDocument) -> list[LogicalRow]:
    plan_tables = [(t, h) for t, h in find_plan_tables(doc.tables) if progress_table_key(t, h) is None]
    section_headings = table_section_headings([t for t, _ in plan_tables], doc.text_lines[:1])
    rows: list[LogicalRow] = []
    previous: RawTable | None = None
    last_heading = ""
    for table, header in plan_tables:
        heading = table.heading.strip()
        if heading and (heading in section_headings or heading == caption_text(table, header)) and heading != last_heading:
            rows.append(section_row(heading, header, table))
            last_heading = heading
        page_break = previous is not None and table.page is not None and (table.page != previous.page
                                                                          or table.column_break)
        cut_on_page = carries_on_table_above(table, header, previous)
        add_table_rows(rows, table, header, page_break or cut_on_page, cut_on_page)
        previous = table
    for row in rows:  # a word marked broken at a page's foot whose row did not go on overleaf
        row.cells = [cell.removesuffix(SOFT_HYPHEN) for cell in row.cells]
    mark_named_labels(rows)
    mark_numbered_headings(rows)
    return rows


def mark_named_labels(rows: list[LogicalRow]) -> None:
    """Every row knows whether the plan numbers its recommendations within each agency ("Police 1",
    "Council 1"): the column as a whole decides, never one cell ("Step 1" alone is no agency's number)."""
    named = numbered_within_names(opening_labels(rows))
    for row in rows:
        row.named_labels = named


def opening_labels(rows: list[LogicalRow]) -> list[str]:
    """What opens each row that opens a recommendation, in order: its number cell, or in a plan with no
    number column its recommendation cell (a cell merged down from the row above opens nothing)."""
    texts = []
    for row in rows:
        number_col, rec_col = row.header.first("number"), row.header.first("rec")
        column = number_col if number_col is not None else rec_col
        if not row.section and not row.guidance and not row.covered(column) and row.text(column).strip():
            texts.append(row.text(column))
    return texts


def carries_on_table_above(table: RawTable, header: Header, previous: RawTable | None) -> bool:
    """A header-less borderless table under the plan's borderless table on the same page: the table
    was cut at a tall white gap inside a row, so its first row may carry on the last row above, as
    after a page break."""
    return (header.n_rows == 0 and previous is not None and table.page == previous.page
            and table.strategy == previous.strategy == "borderless")


def add_table_rows(rows: list[LogicalRow], table: RawTable, header: Header, page_break: bool,
                   cut_on_page: bool = False) -> None:
    """The table's body as logical rows after ``rows``; after a page break its first row may carry on
    the last row before it (then it is joined to it, not added).  Without rules a row is a block
    between white bands, so the rest of a cut row can come apart at its paragraph gaps: there each
    block that carries on the one joined before it is joined too.  ``cut_on_page``: the table is the
    lower part of one cut on its page (``carries_on_table_above``), where a cell centred in the cut row
    may lie wholly below the cut."""
    joining = page_break and bool(rows) and not rows[-1].section  # a row the page break may have cut
    bands = recommendation_bands(table, header)
    for k, row in enumerate(body_with_bands(table, header, bands)):
        logical = raw_to_logical(row, header, table.index)
        if row.index in bands:
            logical.section, logical.band = section_text(row, header, table), True
            joining = False
            rows.append(logical)
            continue
        cut = joining and may_carry_on(row, k == 0, table)
        if k == 0 and cut and (parts := split_cut_rest(logical, rows)) is not None:
            merge_continuation(rows, parts[0])  # the cut row's rest, then the next row read with it
            logical, cut = parts[1], False
        if k == 0 and row.index == header.n_rows and is_guidance_row(row):
            logical.guidance = True
        elif cut and joins_cut_row(logical, rows[-1], k > 0, cut_on_page):
            merge_continuation(rows, logical)
            continue
        else:
            if cut:
                carry_merged_cell(rows[-1], logical)
            logical.section = section_text(row, header, table)
        joining = False
        rows.append(logical)


def may_carry_on(row: Row, first: bool, table: RawTable) -> bool:
    """Whether a row after a page break may carry on the row it cut: the page's first row unless it
    opens a row spanning the table, or, without rules, a later block not spanning the columns."""
    return first and not opens_spanning_row(row) or (table.strategy == "borderless" and not spans_columns(row))


def opens_spanning_row(row: Row) -> bool:
    """A row across the table that starts afresh (a theme heading at the top of a page): not the rest
    of the row cut above it, which would carry on in mid-sentence."""
    text = next((c.text.strip() for c in row.cells if c.text.strip()), "")
    return spans_columns(row) and not text[:1].islower()


def spans_columns(row: Row) -> bool:
    """A row with a cell across several columns: a recommendation or theme row, never the rest of a cut row."""
    return any(c.span == "left" for c in row.cells)


def body_with_bands(table: RawTable, header: Header, bands: frozenset[int]) -> list[Row]:
    """The table's body with its recommendation bands (the first sits above the header), without the
    header's copies under them."""
    if not bands:
        return table_body(table, header)
    above = [table.rows[k] for k in sorted(bands) if k < header.n_rows]
    return above + [row for row in table_body(table, header)
                    if not (row.index - 1 in bands and is_header_copy(row, header))]


def table_body(table: RawTable, header: Header) -> list[Row]:
    """Rows below the header, without header rows repeated on later pages."""
    return [row for row in table.rows[header.n_rows:] if not repeats_header(row, header)]


def raw_to_logical(row: Row, header: Header, table_index: int) -> LogicalRow:
    cells = [c.text for c in row.cells]
    above = [c.span == "above" for c in row.cells]
    pad = len(header.roles) - len(cells)
    if pad > 0:
        cells += [""] * pad
        above += [False] * pad
    return LogicalRow(header, cells, above, row.page, table_index, row.index, pages=[row.page] if row.page else [],
                      fills=[c.fill for c in row.cells], bars=[c.bar for c in row.cells], inks=[c.ink for c in row.cells],
                      rows=[(table_index, index) for index in (row.index, *row.joined)])


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
    if (len(own) == 1 and row.cells[0].text.strip()) or heading_in_first_cell(row, header, table, text):
        return text.replace("\n", " ")  # one cell spanning the table, or a heading typed into the first
    return ""


def heading_in_first_cell(row: Row, header: Header, table: RawTable, text: str) -> bool:
    """A heading typed into the first cell of an ordinary row: short, unlabelled, not a sentence."""
    first = next(i for i, c in enumerate(row.cells) if c.text.strip())
    heading_column = first == 0 or (first == 1 and header.first("number") == 0)
    if not heading_column or len(row.cells) < 3 or any(c.span == "above" for c in row.cells):
        return False
    limit = 150 if table.strategy == "borderless" else 100
    labelled = split_label(text)[0] or label_from_cell(text)
    return not labelled and len(text) <= limit and not SENTENCE_END.search(text)


def is_continuation(row: LogicalRow, previous: LogicalRow, cut_on_page: bool = False) -> bool:
    """A row at the top of a page that carries on the previous row's text, cell by cell.

    A new label or an ``AGENCY:`` prefix opens a new row; text that starts in
    mid-sentence (lower case) carries on; a filled date, scope, RAG, status or
    lead-agency cell opens a new row.  Every filled cell must be able to continue the cell above it: a
    cell only overflows onto the next page if it had text there.  A row cut on its page
    (``cut_on_page``) may instead have cells centred below the cut, beside a cell carrying on mid-sentence.
    A row with cells covered from above is a new row beside merged cells carried over the page break.
    """
    if any(row.above) or (opens_new_row(row) and not finishes_cut_agency_name(row, previous)):
        return False
    filled = [i for i, t in enumerate(row.cells) if t.strip()]
    if not filled:
        return False
    if not cells_can_carry_on(row, previous, filled, cut_on_page):
        return False
    lower = [i for i in filled if row.cells[i].lstrip()[:1].islower()]
    if lower:
        return not merged_rec_beside_new_row(row, previous, filled, lower)
    if short_value_after_finished_one(row, previous):
        return False
    return not opens_agency_row(row, filled)


def joins_cut_row(row: LogicalRow, previous: LogicalRow, later: bool, cut_on_page: bool = False) -> bool:
    """Whether a row at the top of a page carries on the row the page break cut (``is_continuation``);
    a block below the first (``later``) not where it opens a row of its own (``later_block_opens_row``)."""
    return is_continuation(row, previous, cut_on_page) and not (later and later_block_opens_row(row))


def later_block_opens_row(row: LogicalRow) -> bool:
    """Whether a block below the first at the top of a page, which may carry on the row the page break
    cut, opens a row of its own: it fills a lead-agency cell (``opens_agency_row``), whatever case its
    action starts in ("covered in Action 21" beside "GEH").  Dates and other short values are no sign:
    a cut cell's paragraphs may each hold one."""
    return opens_agency_row(row, [i for i, t in enumerate(row.cells) if t.strip()])


def cells_can_carry_on(row: LogicalRow, previous: LogicalRow, filled: list[int], cut_on_page: bool) -> bool:
    """Every filled cell has text above it to carry on, or (a row cut on its page) a cell carries on
    mid-sentence beside cells centred below the cut."""
    return all(can_overflow(previous, i) for i in filled) or (cut_on_page and carries_on_cut_cell(row, previous))


def opens_agency_row(row: LogicalRow, filled: list[int]) -> bool:
    """A filled lead-agency cell opens a new agency row, unless it is all the row has and the row lacks
    its action (the rest of a long agency name cut by the page break)."""
    agency_col = row.header.first("agency")
    if agency_col is None or not row.text(agency_col).strip():
        return False
    return not (filled == [agency_col] and lacks_action(row))


def carries_on_cut_cell(row: LogicalRow, previous: LogicalRow) -> bool:
    """A cell that carries on the one above it mid-sentence: lower case under a text with no sentence end."""
    return any(text.lstrip()[:1].islower() and can_overflow(previous, i) and not ends_sentence(previous.cells[i])
               for i, text in enumerate(row.cells))


def lacks_action(row: LogicalRow) -> bool:
    """An empty action cell of its own: a lead-agency cell beside it is no new agency row (that would
    bring its action) but the rest of a long agency name cut by the page break."""
    action_col = row.header.first("action")
    return action_col is not None and not row.covered(action_col) and not row.text(action_col).strip()


def can_overflow(previous: LogicalRow, column: int) -> bool:
    """A cell only overflows onto the next page if it had text there (or is merged from above); columns
    read from one cell (labelled blocks) overflow as that cell: the next block after a cut one."""
    return any(c < len(previous.cells) and bool(previous.cells[c].strip() or previous.covered(c))
               for c in previous.header.read_with(column))


def short_value_after_finished_one(row: LogicalRow, previous: LogicalRow) -> bool:
    """Short values (a date, a scope, a RAG colour) rarely overflow a page: one under a finished value
    opens a new row."""
    short = [i for role in ("target", "scope", "rag", "status") for i in row.header.columns(role)]
    return any(row.text(i).strip() and ends_complete(previous.text(i)) for i in short)


def opens_new_row(row: LogicalRow) -> bool:
    """A label in the number or recommendation column, or an ``AGENCY:`` prefix on the action."""
    h = row.header
    number_col, rec_col, action_col = h.first("number"), h.first("rec"), h.first("action")
    return bool((number_col is not None and label_from_cell(row.text(number_col)))
                or (rec_col is not None and split_label(row.text(rec_col))[0])
                or (action_col is not None and split_agency_prefix(row.text(action_col))[0]))


def finishes_cut_agency_name(row: LogicalRow, previous: LogicalRow) -> bool:
    """An ``AGENCY:`` prefix at the top of a page that is the end of a name cut at the page foot
    ("Children's" / "Services: To be shared"): no label opens the row, the action cell above stops in
    mid-sentence, and another cell of the row (not a merged recommendation) carries on in lower case."""
    h = row.header
    number_col, rec_col, action_col = h.first("number"), h.first("rec"), h.first("action")
    if action_col is None or (number_col is not None and label_from_cell(row.text(number_col))):
        return False
    if (rec_col is not None and split_label(row.text(rec_col))[0]) or ends_sentence(previous.text(action_col)):
        return False
    others = [i for i, t in enumerate(row.cells) if t.strip() and i not in (rec_col, action_col)]
    return any(row.cells[i].lstrip()[:1].islower() and can_overflow(previous, i) for i in others)


def merged_rec_beside_new_row(row: LogicalRow, previous: LogicalRow, filled: list[int], lower: list[int]) -> bool:
    """A merged recommendation cell can carry on mid-sentence beside a new agency row: then only the
    recommendation starts in lower case, and every other cell starts afresh after a finished one."""
    rec_col, agency_col = row.header.first("rec"), row.header.first("agency")
    others = [i for i in filled if i != rec_col]
    fresh = bool(others) and not set(others) & set(lower) and (
        agency_col in others
        or all(ends_sentence(previous.cells[i]) or ends_complete(previous.cells[i]) for i in others))
    return lower == [rec_col] and fresh and not lacks_action(row)


def cell_owner(rows: list[LogicalRow], column: int) -> LogicalRow:
    """The row holding the text of the last row's cell in ``column``: the last row itself, or the row
    above it whose cell is merged down over it."""
    for row in reversed(rows):
        if not row.covered(column):
            return row
    return rows[-1]


def carry_merged_cell(previous: LogicalRow, row: LogicalRow) -> None:
    """A merged recommendation cell cut by the page break, carrying on mid-sentence beside a new row:
    its text goes back to the row above, and the new row is covered by it as on the page before."""
    rec_col = row.header.first("rec")
    text = row.text(rec_col).lstrip()
    if rec_col is None or not text[:1].islower() or rec_col >= len(previous.cells):
        return
    if ends_sentence(previous.cells[rec_col]) or not previous.cells[rec_col].strip():
        return
    previous.cells[rec_col] = join_text(previous.cells[rec_col], text)
    row.cells[rec_col] = ""
    row.above[rec_col] = True


def ends_complete(text: str) -> bool:
    """A short value that reads as finished ("March 2021", "Ongoing."), not cut ("April 2014, July")."""
    return bool(COMPLETE_VALUE.search(text.strip()))


def join_text(head: str, tail: str) -> str:
    """Text cut in two joined back: mid-sentence with a space, after a full stop or before a bullet/label
    as a new paragraph, within a word where the page's foot broke one (``SOFT_HYPHEN``)."""
    if not head:
        return tail
    return "".join((head.removesuffix(SOFT_HYPHEN), separator(head, tail), tail))


def join_pieces(pieces: Iterable[str]) -> str:
    """Pieces of one text joined as ``join_text`` would join them one after another, but copied once:
    joining onto an ever longer string copies all of it at every join (quadratic in the rows)."""
    out: list[str] = []
    for piece in pieces:
        if not piece:
            continue
        if out:
            gap = separator(out[-1], piece)  # the text so far ends as its last piece does
            out[-1] = out[-1].removesuffix(SOFT_HYPHEN)
            out.append(gap)
        out.append(piece)
    return "".join(out)


def separator(head: str, tail: str) -> str:
    """A new paragraph after a full stop or before a bullet, sub-item or label; else a space (mid-sentence);
    nothing within a word the page's foot broke, where its rest runs on in the same kind of character."""
    if head.endswith(SOFT_HYPHEN):
        piece = head.removesuffix(SOFT_HYPHEN)
        # two English words ("representative" / "and"): the foot's line was full, not a word broken
        return "" if word_runs_on(piece, tail) and not two_words(piece.rsplit(None, 1)[-1], tail) else " "
    return "\n" if ends_sentence(head) or opens_sub_item(tail) or split_label(tail)[0] else " "


def word_runs_on(head: str, tail: str) -> bool:
    """Whether ``tail`` opens with the rest of the word ``head`` ends with: both in lower case, both
    digits, or digits after a date's separator ("31/10/" / "2026"); capitals on both sides are as
    often two acronyms ("HARMONI" / "SWFT"); a word's lower-case letters after its apostrophe
    ("Children'" / "s")."""
    a, b = head[-1:], tail[:1]
    date_part = a == "/" and head[-2:-1].isdigit() and b.isdigit()
    elided = a in "'\u2019" and head[-2:-1].isalpha() and b.islower()
    return (a.islower() and b.islower()) or (a.isdigit() and b.isdigit()) or date_part or elided


def ends_sentence(text: str) -> bool:
    """``SENTENCE_END`` read from the end only: a text joined onto again and again must not be re-scanned."""
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    return end > 0 and text[end - 1] in ".:;!?)]"


def merge_continuation(rows: list[LogicalRow], row: LogicalRow) -> None:
    """The rest of the last row of ``rows``, cut by a page break, joined back cell by cell; a cell the
    last row had covered from above (a merged recommendation cell) carries on in the row that holds it."""
    previous = rows[-1]
    for i, text in enumerate(row.cells):
        if not text.strip() or i >= len(previous.cells):
            continue
        owner = cell_owner(rows, i)
        owner.cells[i] = join_text(owner.cells[i], text)
    if row.page and row.page not in previous.pages:
        previous.pages.append(row.page)
    previous.rows.extend(row.rows)
