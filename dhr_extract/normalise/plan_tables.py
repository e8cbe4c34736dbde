"""Which of a document's tables are the plan, and the header each is read under.

A plan's header is found in each table; a header-less table right after one carries it on (a page
of a PDF), as does a table whose header is a copy of the plan's set below rows of data.  A header
repeated on a later page takes no more rows than the plan's own.  A labelled row spanning a table
above its header is its caption, read as the heading above it; headings above two or more tables
name the plan's sections, as do rows spanning each table right above its header where the plan's
tables carry two or more different ones (an agency's row over its own table).  Tables keyed by action number are its progress tables, read apart.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..model import RawDocument, RawTable, Row
from .action_refs import ProgressEntry, progress_table_key, table_to_entries
from .column_pages import append_right_part
from .headers import Header, find_header, fold_header, is_guidance_row, is_header_row, row_roles
from .labels import split_label
from .plan_evidence import is_action_plan, spanning_text
from .rec_bands import recommendation_bands


def table_section_headings(tables: list[RawTable], title_lines: list[str]) -> set[str]:
    """Headings above plan tables that name sections: only when the plan is split into
    tables under two or more different headings; never a running page header or the title."""
    counts = Counter(t.heading.strip() for t in tables if t.heading.strip())
    repeated = {h for h, n in counts.items() if n >= 3 and n * 2 >= len(tables)}
    titles = {fold_header(line) for line in title_lines}
    headings = {h for h in counts if h not in repeated and fold_header(h) not in titles}
    return headings if len(headings) >= 2 else set()


def caption_text(table: RawTable, header: Header) -> str:
    """A labelled row spanning the table above its header ("Recommendation 3: …" over that table's
    own header): the table's caption, which names its recommendation as a heading above it would; ''
    where bands over copies of the header inside the table are its recommendations (the first among them)."""
    if recommendation_bands(table, header):
        return ""
    above = [spanning_text(row) for row in table.rows[:header.first_row]]
    return next((text for text in reversed(above) if text and split_label(text)[0] is not None), "")


def with_caption_heading(table: RawTable, header: Header) -> RawTable:
    """The table with its caption row (``caption_text``), if any, as the heading above it."""
    caption = caption_text(table, header)
    return replace(table, heading=caption) if caption else table


def section_row_text(table: RawTable, header: Header) -> str:
    """The text of a row spanning the table right above its own header (an agency's name over its
    table), '' where there is none or the table already has a caption (``caption_text``)."""
    if header.first_row == 0 or caption_text(table, header) or recommendation_bands(table, header):
        return ""
    return spanning_text(table.rows[header.first_row - 1]).replace("\n", " ")


def with_section_rows(found: list[tuple[RawTable, Header]]) -> list[tuple[RawTable, Header]]:
    """Tables each opening with a row across it above its header: where the plan's tables carry two or
    more different such rows, each is its table's section heading, read as a heading above the table
    would be; one table's title row alone (or one repeated on every table) names no section."""
    texts = [section_row_text(table, header) if header.n_rows else "" for table, header in found]
    if len({text for text in texts if text}) < 2:
        return found
    return [(replace(table, heading=text) if text else table, header) for (table, header), text in zip(found, texts)]


def find_plan_tables(tables: list[RawTable], unmatched: list[tuple[str, str]] | None = None) -> list[tuple[RawTable, Header]]:
    """Tables with an action-plan header, plus header-less tables that continue one, down or to the right
    (``column_pages``: a right-hand part whose rows do not match is read as before and named in
    ``unmatched``); none unless they hold a recommendation (``plan_evidence``)."""
    found: list[tuple[RawTable, Header]] = []
    k, end = 0, -1  # end: the index of the last right-hand part's last page
    while k < len(tables):
        table = tables[k]
        # a header naming only columns the plan lacks, over rows matching the plan's: its columns carried on
        # to the right (a sheet printed down, then over), not more rows
        taken = append_right_part(found, tables, k, end, unmatched)
        k += max(taken, 1)
        if taken:
            end = tables[k - 1].index
            continue
        header = find_header(table)
        earlier = next((h for _, h in reversed(found) if h.n_rows), None)
        if header is not None and found and found[-1][0].index == table.index - 1 and \
                earlier is not None and carries_on_over_header_copy(table, header, earlier):
            found.append((table, Header(earlier.roles, earlier.texts, 0)))
        elif header is not None:
            header = as_repeated_header(header, table, earlier)
            found.append((with_caption_heading(table, header), header))
        elif found and found[-1][0].index == table.index - 1 and table.n_cols == len(found[-1][1].roles):
            previous = found[-1][1]
            found.append((table, Header(previous.roles, previous.texts, 0, joint=previous.joint)))
    return with_section_rows(found) if is_action_plan(found) else []


def carries_on_over_header_copy(table: RawTable, header: Header, earlier: Header) -> bool:
    """A table (a PDF page of the plan) whose header is a copy of the plan's ``earlier`` one set below
    rows of data: the page carries the plan on, its copies of the header under recommendation bands
    inside it, as one table's rows run on across pages (the rows above are no title over a header)."""
    above = table.rows[:header.first_row]
    data = [row for row in above if sum(1 for c in row.cells if not c.span and c.text.strip()) >= 2]
    return bool(data) and len(header.roles) == len(earlier.roles) and repeats_header(
        table.rows[header.first_row], earlier)


def as_repeated_header(header: Header, table: RawTable, earlier: Header | None) -> Header:
    """A header repeating the plan's ``earlier`` one (on a later page) in no more rows than it takes: the
    row under it is the rest of a row cut by the page break, however its words read as column names."""
    if earlier is None or len(header.roles) != len(earlier.roles):
        return header
    rows = earlier.n_rows - earlier.first_row
    if header.n_rows - header.first_row <= rows or not repeats_header(table.rows[header.first_row], earlier):
        return header
    return replace(earlier, n_rows=header.first_row + rows, first_row=header.first_row)


def document_progress_entries(doc: RawDocument) -> list[ProgressEntry]:
    """The rows of the plan's progress tables keyed by action number (read apart from its rows)."""
    entries: list[ProgressEntry] = []
    for table, header in find_plan_tables(doc.tables):
        key = progress_table_key(table, header)
        if key is not None:
            entries.extend(table_to_entries(table, header, key))
    return entries


def repeats_header(row: Row, header: Header) -> bool:
    """A header row repeated on a later page (or inside the table)."""
    if not is_header_row(row) or is_guidance_row(row):
        return False
    roles = row_roles(row)
    named = [i for i, r in enumerate(header.roles) if r]
    same = [i for i in named if i < len(roles) and roles[i] == header.roles[i]]
    return len(same) * 5 >= len(named) * 3
