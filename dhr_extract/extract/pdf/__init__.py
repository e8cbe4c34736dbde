"""PDF parser (pdfplumber): every table on every page as a cell grid.

First ``triage.triage_pages`` (pdfium's text layer, milliseconds a page) picks the pages that
may hold plan rows; the others are skipped once the title lines are read.  Then, per page,
the stages, each in its own module and each a function of the page before it:
``page.page_content`` (words, ruling edges, shading; a slow path for odd pages) ->
``ruled.page_to_grids`` (tables drawn with rules, whatever drew them) or, on a page
without any, ``borderless.borderless_tables`` (columns and rows from the words' layout)
-> cell text (``lines``).  Tolerances live in ``settings.PdfSettings``.
"""
from __future__ import annotations

import io
import math
import os
import statistics
from dataclasses import dataclass, field, replace
from pathlib import Path

import pdfplumber
from pdfplumber.page import Page
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ..labelled_text import Para, paras_to_table
from ...model import (BODY_LINES, TEXT_LINES, ErrorType, ExtractError, Footnote, ParseNote, RawDocument, RawTable,
                     WarningCode)
from .borderless import Layout, borderless_tables
from .column_grids import column_starts, reads_from_words
from .furniture import Place, page_furniture, with_table_text
from .layout_frames import frame_contents
from .labelled_text import add_page_paras, is_terms_list, lines_to_paras
from .lines import BBox, Line, Word, box_centre_inside, centre_inside, lines_to_paragraphs, words_to_lines
from .margin_columns import with_margin_columns
from .mark_inks import with_mark_inks
from .ocr import ScannedPages
from .page import PageContent, page_content
from .runs import REC_LABEL, is_bold
from .frame_margins import without_frame_margins
from .ruled import Grid, grid_to_raw, page_to_grids, words_outside
from .settings import DEFAULT, PdfSettings
from .split_cells import CutRow, cut_row, with_cut_cells_carried
from .stacked_nested import StackedTable, stacked_nested_table
from .swatches import swatch_key
from .text_columns import column_reading_order
from .triage import triage_pages
from .unread_words import page_tables_to_unread

__all__ = ["read_pdf", "PdfSettings"]


def read_pdf(path: Path, data: bytes, sha256: str, settings: PdfSettings = DEFAULT) -> RawDocument:
    """All tables of a PDF, page by page; each page is closed after use to keep memory flat."""
    scans = ScannedPages(data, text_settings=settings)  # pages with no text layer, read with OCR when installed
    try:
        wanted = triage_pages(data) if settings.triage else None  # None: every page
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            read = pages_to_tables(pdf.pages, wanted, scans, settings)
    except (ExtractError, MemoryError):
        raise
    except Exception as exc:  # the PDF's fault (pdfminer / pdfplumber choked on it) or a bug here
        if not pdf_library_error(exc):
            raise  # a bug in this package: reported as extract_failed, not blamed on the document
        raise pdfminer_error(exc) from None
    if n_pages and not read.pages_with_text:
        raise scans.no_text_error(blank=not read.pages_with_marks)
    return RawDocument(str(path), sha256, "pdf", n_pages, read.text_lines, read.tables,
                       [*read.notes, *scans.finish()], via_ocr=bool(scans.pages), footnotes=read.footnotes,
                       body_lines=read.body_lines, colour_key=read.colour_key)


@dataclass
class PagesRead:
    """What the pages of one PDF gave, gathered page by page."""

    tables: list[RawTable] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)  # the first lines outside the tables
    body_lines: list[str] = field(default_factory=list)  # the lines outside the tables of the pages read
    notes: list[str | ParseNote] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)  # the notes at the pages' feet
    colour_key: list[tuple[str, str]] = field(default_factory=list)  # a key of colours drawn as swatches
    paras: list[Para] = field(default_factory=list)  # the running text outside the tables (labelled blocks?)
    pages_with_text: int = 0
    pages_with_marks: int = 0  # pages with drawings or images but no text


def pages_to_tables(pages: list[Page], wanted: list[bool] | None, scans: ScannedPages,
                    settings: PdfSettings = DEFAULT) -> PagesRead:
    """Every page triage wants (all when ``wanted`` is None) -> its tables, in page order."""
    read = PagesRead()
    carry = PageCarry()
    for plain_page in pages:
        if wanted and not wanted[plain_page.page_number - 1] and len(read.text_lines) >= TEXT_LINES:
            read.pages_with_text += 1  # triage reads pages only when pdfium found text on some
            continue
        content = scans.read(plain_page, page_content(plain_page, settings))
        plain_page.close()
        read.pages_with_text += bool(content.words)
        read.pages_with_marks += not content.words and content.has_marks
        if content.note:
            read.notes.append(content.note)
        read.footnotes.extend(Footnote(marker, text, content.number) for marker, text in content.footnotes)
        read.colour_key = read.colour_key or swatch_key([*content.shading, *content.marks], content.words, settings)
        page_tables, outside, carry = page_to_tables(content, len(read.tables), settings, carry)
        read.notes.extend(split_word_notes(page_tables, content.number))
        read.tables.extend(with_mark_inks(scans.tables(page_tables, content), content.marks))
        add_page_paras(read.paras, lines_to_paras(outside, content.number, content.width, settings), settings)
        if len(read.text_lines) < TEXT_LINES:
            read.text_lines.extend(line.text for line in outside[: TEXT_LINES - len(read.text_lines)])
        read.body_lines.extend(line.text for line in outside[: BODY_LINES - len(read.body_lines)])
    blocks = paras_to_table(read.paras, len(read.tables))  # a plan of labelled blocks, no table
    if blocks is not None:
        read.tables.append(blocks)
    return read


def split_word_notes(tables: list[RawTable], page: int) -> list[ParseNote]:
    """A note for a page where words ran across a cell's edge and were cut there: two cells' text
    set flush reads as one word, and where the cut falls is inferred, so a person should look."""
    split = sum(t.split_words for t in tables)
    if not split:
        return []
    return [ParseNote(WarningCode.WORDS_SPLIT_AT_CELL_EDGE,
                      f"{split} word(s) ran across a cell's edge and were split there", f"page {page}")]


@dataclass(frozen=True)
class PageCarry:
    """What one page hands the next: its last borderless table's layout, the lines under its last
    table (a heading at the foot of a page belongs to the table at the top of the next), and whether
    that table runs to the page's foot (only then is the top of the next page the rest of its last row)."""

    layout: Layout = Layout()
    tail: tuple[Line, ...] = ()  # placed above the next page's top
    margins: frozenset[Place] = frozenset()  # lines seen in the margins, to know running titles
    cut_page: int = 0  # the page whose last table runs to its foot, its last row perhaps going on overleaf
    foot_room: float = math.inf  # the least room under the text body of the pages read so far
    cut_row: CutRow = CutRow()  # how the last row of that table ends, when a rule closes only some of its cells


def page_to_tables(page: PageContent, first_index: int, settings: PdfSettings = DEFAULT,
                   carry: PageCarry = PageCarry()) -> tuple[list[RawTable], list[Line], PageCarry]:
    """The page's tables, top to bottom (column by column where a table flows into the next text
    column, ``text_columns``), the text lines outside them, and what the next page needs.

    Ruled tables come first; the words outside them may still be laid out as a borderless
    table (a plan whose only rules are a shaded header's, under a ruled table above it),
    read with the columns of the grid just above it when there is one.  A grid ruled only between
    its columns, or whose cells leave words out, is read so too, its rules giving the columns
    (``column_grids``).  Words beside a grid that line up with its rows are a column of it
    (``margin_columns``).
    """
    words, margins = page_furniture(page.words, page.height, carry.margins, settings)
    stacked = stacked_nested_table(words, page.number, first_index, settings)
    if stacked is not None:  # its words and rules are no other table's
        page, words = without_stacked(page, words, stacked, settings)
    page, grids = page_to_read_grids(page, words, first_index, settings)
    text_tables, outside, layout = words_outside_grids_to_tables(page, grids, first_index, carry, settings)
    text_tables += [stacked.table] if stacked is not None else []
    ruled = with_cut_row_carried(grids.ruled, text_tables, carry.cut_row if carry.cut_page == page.number - 1 else None)
    found = column_reading_order(sorted([raw for _, raw in ruled] + text_tables, key=top_left), settings)
    tables = page_tables_to_unread(with_text_above(found, outside, carry.tail, page.height, first_index, settings),
                                   page.words, settings)
    handed_on = next_page_carry(page, words, found, outside, replace(carry, layout=layout, margins=margins), settings)
    lowest = max(ruled, key=lambda pair: pair[1].bbox[3] if pair[1].bbox else 0.0, default=None)
    # read last: the lowest ruled table itself (its rows), marked a column's part (``column_break``) or not
    if handed_on.cut_page and lowest is not None and lowest[1].rows is found[-1].rows and not lowest[0].nested:
        handed_on = replace(handed_on, cut_row=cut_row(lowest[1], lowest[0].rows, page.edges, settings.open_end_tolerance))
    return tables, outside, handed_on


def without_stacked(page: PageContent, words: list[Word], stacked: StackedTable,
                    settings: PdfSettings = DEFAULT) -> tuple[PageContent, list[Word]]:
    """The page and its words less a table of stacked nested tables: its words, and the rules inside
    its box (or on its edges, within ``snap_tolerance`` plus a cell's padding: the outer box)."""
    taken = {id(w) for w in stacked.words}
    assert stacked.table.bbox is not None
    x0, top, x1, bottom = stacked.table.bbox
    pad = settings.snap_tolerance + settings.cell_padding
    edges = [e for e in page.edges if not (e["x0"] >= x0 - pad and e["x1"] <= x1 + pad
                                            and e["top"] >= top - pad and e["bottom"] <= bottom + pad)]
    return (replace(page, words=[w for w in page.words if id(w) not in taken], edges=edges),
            [w for w in words if id(w) not in taken])


def with_cut_row_carried(ruled: list[tuple[Grid, RawTable]], text_tables: list[RawTable],
                         cut: CutRow | None) -> list[tuple[Grid, RawTable]]:
    """The page's ruled tables, the first at its top carrying on the cells of the page before's last row
    that ran on without a rule (``split_cells``), when it is the page's first table."""
    if cut is None or not cut.open or not ruled:
        return ruled
    first = min(range(len(ruled)), key=lambda i: top_left(ruled[i][1]))
    grid, raw = ruled[first]
    if grid.nested or any(top_left(t) < top_left(raw) for t in text_tables):
        return ruled
    return [*ruled[:first], (grid, with_cut_cells_carried(raw, grid.rows, cut)), *ruled[first + 1:]]


@dataclass(frozen=True)
class ReadGrids:
    """A page's ruled grids, each read: those whose rules give only the columns, their rows to be
    read from the words (``column_grids``), and the rest, read as ruled tables."""

    grids: list[Grid]
    column_grids: list[Grid]
    ruled: list[tuple[Grid, RawTable]]


def page_to_read_grids(page: PageContent, words: list[Word], first_index: int,
                       settings: PdfSettings = DEFAULT) -> tuple[PageContent, ReadGrids]:
    """The page's grids (found among ``words``, its text without the furniture), each read, and the
    page with the furniture's words that fall inside a grid given back (they are table text there)."""
    framed = replace(page, words=words)
    grids = [g for grid in page_to_grids(framed, settings) for g in frame_contents(grid, framed, first_index, settings)]
    grids = [with_margin_columns(g, words, [o.bbox for o in grids if o is not g], settings) for g in grids]
    page = replace(page, words=with_table_text(page.words, words, [g.bbox for g in grids]))
    read = [(grid, without_frame_margins(grid_to_raw(grid, page, first_index, settings))) for grid in grids]
    column_grids = [g for g, raw in read if reads_from_words(g, raw, page.edges, page.words, settings)]
    return page, ReadGrids(grids, column_grids, [(g, raw) for g, raw in read if g not in column_grids])


def grids_to_layout_hint(grids: ReadGrids, words: list[Word], before: Layout,
                         settings: PdfSettings = DEFAULT) -> Layout:
    """The columns a borderless table on the page is first tried with: the lowest grid's (a table
    going on under it without rules), else those the page before's last borderless table had."""
    lowest = max(grids.grids, key=lambda g: g.bbox[1], default=None)
    if lowest is None:
        return before
    if lowest in grids.column_grids:
        return Layout(column_starts(lowest, words, settings))
    return Layout(grid_columns(lowest))


def words_outside_grids_to_tables(page: PageContent, grids: ReadGrids, first_index: int, carry: PageCarry,
                                  settings: PdfSettings = DEFAULT) -> tuple[list[RawTable], list[Line], Layout]:
    """The borderless tables among the words outside the ruled tables (a column grid's words are
    among them), the lines outside every table, and the layout the last borderless table had."""
    loose = words_outside(page.words, [g.bbox for g, _ in grids.ruled])
    hint = grids_to_layout_hint(grids, page.words, carry.layout, settings)
    # only a page with no grid at all can open with the rest of the page before's last row
    carried_over = not grids.grids and carry.cut_page == page.number - 1
    tables, outside, layout = borderless_tables(loose, page.number, first_index, settings, hint,
                                                tuple(page.shading), carried_over=carried_over)
    kept: list[RawTable] = []
    back: list[Line] = []
    for table in tables:
        lines = table_lines(loose, table.bbox) if table.bbox else []
        if lines and (is_terms_list(lines, settings) or spans_grid(table.bbox, [g.bbox for g, _ in grids.ruled])):
            back.extend(lines)  # running text: terms beside their definitions (labelled blocks), lines round a grid
        else:
            kept.append(table)
    if back:
        outside = sorted([*outside, *back], key=lambda ln: ln.top)
        tables = [replace(t, index=first_index + i) for i, t in enumerate(kept)]
    return [with_column_rules(t, grids.column_grids) for t in tables], outside, layout


def spans_grid(box: BBox | None, grids: list[BBox]) -> bool:
    """Whether a borderless table's rows stand above and below a ruled table across most of its width:
    lines around a grid (a key above it, a date under it) that only line up with each other."""
    if box is None:
        return False
    width = box[2] - box[0]
    return any(box[1] < g[1] and g[3] < box[3] and min(box[2], g[2]) - max(box[0], g[0]) >= width / 2
               for g in grids)


def table_lines(words: list[Word], box: BBox) -> list[Line]:
    """The lines of the words whose middle lies inside a table's ``box``."""
    return words_to_lines(w for w in words if centre_inside(w, box))


def top_left(table: RawTable) -> tuple[float, float]:
    """A table's place on its page for reading order: its top, then its left edge."""
    return (table.bbox[1], table.bbox[0]) if table.bbox else (0.0, 0.0)


def next_page_carry(page: PageContent, words: list[Word], found: list[RawTable], outside: list[Line],
                    carry: PageCarry, settings: PdfSettings = DEFAULT) -> PageCarry:
    """What the next page is handed: ``carry`` (already holding this page's layout and margins)
    with the lines under the page's last table, and whether that table runs to the page's foot.
    ``words``: the page's text without the furniture."""
    last_bottom = max((t.bbox[3] for t in found if t.bbox), default=0.0)
    tail = [ln for ln in outside if ln.top > last_bottom][-settings.carried_lines:]
    room = foot_room(words, page.height, carry.foot_room)
    cut = bool(found) and not tail and runs_to_foot(last_bottom, page.height - room, words, settings)
    return replace(carry, tail=tuple(shift_up(ln, page.height) for ln in tail),
                   cut_page=page.number if cut else 0, foot_room=room)


def foot_room(words: list[Word], page_height: float, before: float = math.inf) -> float:
    """The least room under the text body of the pages read so far: ``before``, or this page's
    (``words``: its text without the furniture) where its text reaches deeper."""
    return min(before, page_height - max(w["bottom"] for w in words)) if words else before


def runs_to_foot(bottom: float, foot: float, words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a page's last table, ending at ``bottom``, runs to the foot of the text body (``foot``:
    where the deepest text of the pages read so far ends), within a few of the page's lines: only
    then may its last row be cut, its rest set at the top of the next page."""
    if not words:
        return False
    line_height = statistics.median(w["bottom"] - w["top"] for w in words)
    return bottom >= foot - settings.foot_reach_lines * line_height


def with_text_above(found: list[RawTable], outside: list[Line], carried: tuple[Line, ...], page_height: float,
                    first_index: int, settings: PdfSettings = DEFAULT) -> list[RawTable]:
    """The page's tables, top to bottom, numbered and given the heading and text above each
    (the first also the lines carried from the foot of the page before)."""
    tables = []
    for i, table in enumerate(found):
        floor = found[i - 1].bbox[3] if i and found[i - 1].bbox else -page_height
        lines = outside if i else list(carried) + outside
        above = text_above(lines, table.bbox, floor, settings) if table.bbox else TextAbove()
        tables.append(replace(table, index=first_index + i, heading=above.heading, intro=above.intro,
                              outer_heading=above.outer_heading, outer_intro=above.outer_intro))
    return tables


def with_column_rules(table: RawTable, column_grids: list[Grid]) -> RawTable:
    """A table read from its words inside a grid read so (``column_grids``), reported as partly ruled:
    its rules gave the columns, the text the rows."""
    if table.bbox is None or not any(box_centre_inside(table.bbox, g.bbox) for g in column_grids):
        return table
    return replace(table, strategy="partly_ruled")



def shift_up(line: Line, by: float) -> Line:
    """A line moved up by ``by`` points (to stand above the next page's top)."""
    return Line([dict(w, top=w["top"] - by, bottom=w["bottom"] - by) for w in line.words])


def grid_columns(grid: Grid) -> tuple[float, ...]:
    """Where the text of each of a grid's columns starts: its cells' left edges."""
    return tuple(sorted({round(b[0], 1) for row in grid.rows for b in row if b is not None}))


@dataclass(frozen=True)
class TextAbove:
    heading: str = ""  # the heading just above a table
    intro: str = ""  # body text between that heading and the table
    outer_heading: str = ""  # a heading above ``heading`` (a section over recommendation headings)
    outer_intro: str = ""  # body text between ``outer_heading`` and ``heading``


def text_above(lines: list[Line], bbox: BBox, floor: float, settings: PdfSettings = DEFAULT) -> TextAbove:
    """The heading just above a table (below ``floor``), and the text between them.

    Headings are told from body text by a bold font or a larger size.  Without a heading,
    the line just above the table is its heading when it is close to it.
    """
    above = lines_between(lines, floor, bbox[1])
    if not above:
        return TextAbove()
    body_height = min(ln.height for ln in above)
    styled = [i for i, ln in enumerate(above) if is_bold(ln) or ln.height >= settings.heading_size_ratio * body_height]
    nearest = above[-1]
    close = bbox[1] - nearest.bottom <= 3 * nearest.height
    if close and labelled_paragraph_above(above, styled, settings):
        return labelled_heading(above, styled, settings)  # a recommendation's label set plain over its table
    if styled and (styled[-1] < len(above) - 1 or close) and all(not is_bold(ln) for ln in above[styled[-1] + 1:]):
        return heading_over_intro(above, styled, settings)  # or a heading wrapped onto lines close above
    return TextAbove(nearest.text if close else "")


def lines_between(lines: list[Line], floor: float, top: float) -> list[Line]:
    """The lines under ``floor`` (the table above's foot) and over ``top`` (the table's); a line set
    tight under the table above may rise a hair over its bottom rule: its middle is below it."""
    return [ln for ln in lines if floor <= (ln.top + ln.bottom) / 2 and ln.bottom <= top + 1]


def labelled_heading(above: list[Line], styled: list[int], settings: PdfSettings = DEFAULT) -> TextAbove:
    """The labelled paragraph just above a table as its heading (``labelled_paragraph_above``), under
    the last heading above it (``styled``: the headings' positions)."""
    label = labelled_paragraph_above(above, styled, settings)
    outer = next((above[i].text for i in reversed(styled) if i < len(above) - label), "")
    return TextAbove(" ".join(ln.text for ln in above[-label:]), "", outer)


def labelled_paragraph_above(above: list[Line], styled: list[int], settings: PdfSettings = DEFAULT) -> int:
    """How many of the last lines above a table make a plain paragraph opening with a recommendation's
    label ("Recommendation 2: …", "R2 …"): the label's line and the lines it wraps onto, set close
    together at one x, none styled as a heading (0: the last paragraph is no such label)."""
    for n in range(1, min(len(above), settings.max_spanning_row_lines) + 1):
        if len(above) - n in styled:
            return 0
        if REC_LABEL.match(above[-n].text):
            return n
        line, below = above[-n - 1] if n < len(above) else None, above[-n]
        if line is None or abs(line.x0 - below.x0) > settings.column_edge_tolerance \
                or below.top - line.bottom > line.height:
            return 0
    return 0


def heading_over_intro(above: list[Line], styled: list[int], settings: PdfSettings = DEFAULT) -> TextAbove:
    """The last heading of the lines above a table (``styled``: the headings' positions), the plain
    text under it, and the heading before it."""
    last = styled[-1]
    first = last
    while first - 1 in styled and above[first].top - above[first - 1].bottom <= above[first].height:
        first -= 1  # a heading wrapped onto two lines
    intro = "\n".join(lines_to_paragraphs(above[last + 1:], None, settings))
    outer = next((i for i in reversed(styled) if i < first), None)
    if outer is None:
        return TextAbove(" ".join(ln.text for ln in above[first:last + 1]), intro)
    outer_intro = "\n".join(lines_to_paragraphs(above[outer + 1:first], None, settings))
    return TextAbove(" ".join(ln.text for ln in above[first:last + 1]), intro, above[outer].text, outer_intro)


def pdfminer_error(exc: BaseException) -> ExtractError:
    """The stable error for an exception pdfminer / pdfplumber raised on a PDF: encrypted or corrupt_pdf."""
    from pdfminer.pdfdocument import PDFEncryptionError

    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
        return ExtractError(ErrorType.ENCRYPTED, "the PDF is password-protected: save a copy without the password and run again")
    if isinstance(cause, PDFEncryptionError):
        return ExtractError(ErrorType.ENCRYPTED, f"the PDF is encrypted in a way that cannot be read ({cause}): "
                                         "save an unencrypted copy and run again"[:300])
    return ExtractError(ErrorType.CORRUPT_PDF, f"the PDF is damaged and cannot be read ({type(cause).__name__}: {cause})"[:300])


def pdf_library_error(exc: BaseException) -> bool:
    """Whether pdfminer / pdfplumber raised ``exc`` (a PDF they cannot read), not this package (a bug)."""
    import pdfminer
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException

    if isinstance(exc, (PdfminerException, MalformedPDFException, PSException)):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    where = os.path.abspath(tb.tb_frame.f_code.co_filename)
    libraries = (os.path.dirname(os.path.abspath(pdfminer.__file__)), os.path.dirname(os.path.abspath(pdfplumber.__file__)))
    return any(where.startswith(folder + os.sep) for folder in libraries)
