"""DOCX parser: Word tables as full grids, with merged cells and auto-numbering recovered.

The package is read with ``zipfile`` and its XML walked with lxml directly (a safe
parser: no entity resolution, no network).  python-docx's object model repeats a
merged cell across its ``gridSpan``, drops content controls, tracked insertions and
auto-numbers, ``Table.cell()`` is quadratic, and opening a package inflates every part
unchecked, so none of it is used here.

One module per job, each a chain of small conversions named for what they convert:
``package`` (bytes -> zip -> XML parts: ``data_to_package`` -> ``package_to_parts``),
``numbering`` (styles and lists: ``numbering_to_defs`` + ``ListCounters.label``),
``paragraphs`` (``paragraph_lines`` -> ``inline_to_parts``), ``grid`` (``tbl_to_grid`` ->
``tc_to_lines``), and this module, which walks the body: ``read_docx`` -> ``document_to_raw``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from dhr_extract.extract.text import normalise_line
from dhr_extract.model import BODY_LINES, TEXT_LINES, Footnote, RawDocument, RawTable, Row

from .colour_key import document_colour_key
from .grid import (is_wrapper_table, iter_blocks, iter_cells, iter_rows, nested_table_lines, tbl_to_grid,
                   tc_to_lines)
from .numbering import (Level, ListCounters, NumberingDefs, Styles, format_number, int_to_letters,
                        lvl_to_level, numbering_to_defs, styles_to_heading_levels, styles_to_numpr)
from .ooxml import BULLET, P, W_NS, on_off, w
from .package import (MAX_MEMBER_BYTES, bytes_to_xml, data_to_package, has_dtd, member_names,
                      package_footnotes, package_to_parts, read_member, rels_to_targets, sniff_to_error, xml_parser)
from .paragraphs import Context, heading_level, paragraph_lines, paragraph_text

# The names the single-module parser had, still importable from ``dhr_extract.extract.docx``.
__all__ = ["BULLET", "MAX_MEMBER_BYTES", "W_NS", "BodyState", "Context", "Level", "ListCounters",
           "NumberingDefs", "Styles", "blocks_to_tables", "bytes_to_xml", "data_to_package", "document_to_raw",
           "format_number", "has_dtd", "heading_level", "int_to_letters", "is_wrapper_table", "iter_blocks",
           "iter_cells", "iter_rows", "lvl_to_level", "member_names", "nested_table_lines", "numbering_to_defs",
           "on_off", "package_to_parts", "paragraph_lines", "paragraph_text", "read_docx", "read_member",
           "rels_to_targets", "sniff_to_error", "styles_to_heading_levels", "styles_to_numpr", "tbl_to_grid",
           "tc_to_lines", "w", "xml_parser"]



@dataclass
class BodyState:
    tables: list[RawTable] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)
    body_lines: list[str] = field(default_factory=list)  # every paragraph outside the tables, up to BODY_LINES
    last_paragraph: str = ""
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, text) of the open headings
    after_heading: list[str] | None = None  # paragraphs since the last heading, until a table
    under_outer: list[str] = field(default_factory=list)  # paragraphs under the heading over the last one
    note_refs: list[tuple[str, int]] = field(default_factory=list)  # (footnote id, table index) cited in tables

    def enter_heading(self, level: int, text: str) -> None:
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        # a heading under the last one keeps that one's paragraphs (a recommendation's text over its actions)
        self.under_outer = list(self.after_heading or []) if self.headings else []
        self.headings.append((level, text))
        self.after_heading = []

    def text_above_table(self) -> tuple[str, str, str, str]:
        """(heading, introduction, outer heading, its introduction) of a table met now.  Text between a
        heading and the table is the heading's introduction, not the heading."""
        intro = self.after_heading or []
        heading = self.headings[-1][1] if intro else self.last_paragraph
        outer = self.outer_heading() if self.after_heading is not None else ""
        return heading, "\n".join(intro), outer, "\n".join(self.under_outer) if outer else ""

    def outer_heading(self) -> str:
        """The heading over the last one; never a level-1 heading, which titles the whole document."""
        return self.headings[-2][1] if len(self.headings) >= 2 and self.headings[-2][0] > 1 else ""


def blocks_to_tables(container: etree._Element, ctx: Context, state: BodyState) -> None:
    """Walk body blocks in order: paragraphs feed headings and title lines, tables become RawTables."""
    for block in iter_blocks(container):
        if block.tag == P:
            text = paragraph_text(block, ctx)
            if text:
                state.last_paragraph = text.replace("\n", " ")
                level = heading_level(block, ctx)
                if level is not None:
                    state.enter_heading(level, state.last_paragraph)
                elif state.after_heading is not None:
                    state.after_heading.append(text)
                if len(state.text_lines) < TEXT_LINES:
                    state.text_lines.append(state.last_paragraph)
                if len(state.body_lines) < BODY_LINES:
                    state.body_lines.append(state.last_paragraph)
        elif is_wrapper_table(block):
            cell = next(iter_cells(next(iter_rows(block))))
            blocks_to_tables(cell, ctx, state)
        else:
            ctx.table_index = len(state.tables)
            grid = tbl_to_grid(block, ctx)
            if not grid:
                continue
            rows = tuple(Row(cells=tuple(cells), index=i) for i, cells in enumerate(grid))
            state.note_refs.extend((ref.get(w("id"), ""), len(state.tables)) for ref in block.iter(w("footnoteReference")))
            heading, intro, outer, outer_intro = state.text_above_table()
            state.tables.append(RawTable(rows=rows, index=len(state.tables), strategy="docx", heading=heading,
                                         intro=intro, outer_heading=outer, outer_intro=outer_intro))
            state.after_heading = None


def document_to_raw(document: etree._Element, styles: etree._Element | None, numbering: etree._Element | None,
                    notes: etree._Element | None = None
                    ) -> tuple[list[RawTable], list[str], list[str], list[Footnote], list[str]]:
    """(tables, text_lines, warnings, footnotes, body_lines) of a parsed ``word/document.xml``: the footnotes
    its tables cite, from ``notes`` (``word/footnotes.xml``)."""
    style_defs = styles_to_numpr(styles)
    style_defs.heading_levels = styles_to_heading_levels(styles)
    ctx = Context(styles=style_defs, lists=ListCounters(numbering_to_defs(numbering, style_defs)))
    body = document.find(w("body"))
    state = BodyState()
    if body is not None:
        blocks_to_tables(body, ctx, state)
    if body is not None and next(body.iter(w("altChunk")), None) is not None:
        ctx.warnings.append("document embeds altChunk content (HTML/RTF/DOCX) that is not read")
    return (state.tables, [normalise_line(t) for t in state.text_lines], ctx.warnings,
            table_footnotes(document, notes, state.note_refs, ctx), [normalise_line(t) for t in state.body_lines])


def table_footnotes(document: etree._Element, notes: etree._Element | None, refs: list[tuple[str, int]],
                    ctx: Context) -> list[Footnote]:
    """The Word footnotes cited in the tables: each numbered as Word numbers it (its reference's place
    among the document's footnote references), its text, and the table citing it."""
    if notes is None or not refs:
        return []
    numbers = {ref.get(w("id"), ""): str(n) for n, ref in enumerate(document.iter(w("footnoteReference")), start=1)}
    texts = {note.get(w("id"), ""): " ".join(filter(None, (paragraph_text(p, ctx) for p in note.iter(P))))
             for note in notes.iter(w("footnote"))}
    return [Footnote(numbers.get(ref, ""), texts[ref].strip(), table=table) for ref, table in refs if texts.get(ref, "").strip()]


def read_docx(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read a .docx: every top-level table as a full grid, plus the title lines before them."""
    package = data_to_package(data)
    with package:
        document, styles, numbering = package_to_parts(package)
        notes = package_footnotes(package)
    tables, text_lines, warnings, footnotes, body_lines = document_to_raw(document, styles, numbering, notes)
    return RawDocument(source_file=str(path), sha256=sha256, format="docx", n_pages=None, text_lines=text_lines,
                       tables=tables, warnings=list(warnings), footnotes=footnotes, body_lines=body_lines,
                       colour_key=document_colour_key(document))
