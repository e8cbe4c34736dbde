"""HTML parser: every ``<table>`` as a full grid, rowspan/colspan expanded; a table inside another
is a table too, marked with the one around it (the normaliser decides which is the plan).

beautifulsoup4 over lxml's HTML parser (``no_network``; nothing is ever fetched).
``pandas.read_html`` is not used: it flattens the line breaks inside cells.

Small conversions, each named for what it converts: ``bytes_to_text`` ->
``text_to_soup`` -> ``soup_to_tables`` -> ``table_to_grid`` -> ``cell_text`` ->
``element_to_lines``.
"""
from __future__ import annotations

import codecs
import functools
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.dammit import EncodingDetector
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction
from lxml import etree

from dhr_extract.extract.detect import sniff_kind
from dhr_extract.extract.text import clean_text, colour_to_hex, int_to_roman, join_lines, normalise_line
from dhr_extract.model import Cell, ExtractError, RawDocument, RawTable, Row

N_TEXT_LINES = 15
MAX_COLSPAN = 1000  # as the HTML table model clamps them
MAX_ROWSPAN = 65534
# Elements nested deeper than this are refused: the walk recurses once per level and must stay
# well inside Python's recursion limit (libxml2 caps XML at 256 levels too; real pages stay < 60).
MAX_DEPTH = 256

# ------------------------------------------------------------------ bytes -> text

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
              "windows-1252", "cp1252", "x-cp1252"}
_DECLARATION_WINDOW = 8192  # bytes searched for a <meta> charset


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the bytes open with a byte-order mark (bs4's sniffer finds it)."""
    rest, encoding = EncodingDetector.strip_byte_order_mark(data)
    return None if encoding is None else (codecs.lookup(encoding).name, len(data) - len(rest))


def meta_charset(data: bytes) -> str | None:
    """The codec an XML prolog or a ``<meta>`` near the top declares (bs4 finds the label; latin-1 labels
    are read as windows-1252 and utf-16/32 ignored without a BOM, as browsers do)."""
    label = EncodingDetector.find_declared_encoding(data[:_DECLARATION_WINDOW], is_html=True,
                                                    search_entire_document=True)
    if not label:
        return None
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith("utf-16") or name.startswith("utf-32") else name  # ignored without a BOM


def decode_cp1252(data: bytes) -> str:
    """windows-1252 as browsers decode it: the five unassigned bytes become C1 controls (never an error)."""
    chunks = re.split(rb"([\x81\x8d\x8f\x90\x9d]+)", data)
    return "".join(chunk.decode("latin-1") if i % 2 else chunk.decode("cp1252") for i, chunk in enumerate(chunks))


def bytes_to_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM, then the declared charset, then utf-8, else windows-1252.

    Not ``UnicodeDammit`` whole: it decodes a declared latin-1 as latin-1 (browsers: windows-1252) and
    would ask a statistical guesser before the browsers' windows-1252 default for undeclared pages."""
    bom = bom_encoding(data)
    if bom is not None:
        encoding, length = bom
        return data[length:].decode(encoding, errors="replace"), encoding
    declared = meta_charset(data)
    if declared == "cp1252":
        return decode_cp1252(data), "cp1252"
    if declared is not None:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: guess as if there were none
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_cp1252(data), "cp1252"


# ------------------------------------------------------------------ text -> soup


class _OfflineLXMLTreeBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML builder with the network explicitly off."""

    def default_parser(self, encoding):  # noqa: ANN001 - bs4's signature
        return functools.partial(etree.HTMLParser, no_network=True)


_NOT_HTML = {"pdf": "a PDF", "zip": "a zip archive (probably .docx)", "ole": "a legacy Office document (OLE)",
             "encrypted_ole": "a legacy Office document (OLE)"}


def sniff_to_error(data: bytes) -> ExtractError | None:
    """An error for bytes that are plainly some other format renamed .html."""
    what = _NOT_HTML.get(sniff_kind(data[:1024].lstrip()) or "")
    return None if what is None else ExtractError("not_html", f"the file is {what}, not an HTML page")


def text_to_soup(text: str) -> BeautifulSoup:
    # The markup arrives decoded, so any <meta charset> in it is not acted on again.  XHTML (an <?xml
    # prolog) is read as HTML on purpose, and a tiny page may look like a file name: bs4's warnings
    # about either would only be noise on the user's terminal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, builder=_OfflineLXMLTreeBuilder())


# ------------------------------------------------------------------ element -> lines

_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir",
               "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
               "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
               "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html"}
# Not "embed": it is void in HTML5 but not to libxml2, which nests everything after an
# <embed> inside it; walked into, it has no text of its own.
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg",
                 "math", "select", "option", "button", "textarea", "input", "map", "audio", "video", "canvas"}
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction, CData)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass
class Lines:
    """Accumulates text into lines; a pending list label waits for the item's first text."""
    done: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    label: str = ""

    def add(self, text: str) -> None:
        if not text:
            return
        if self.label and text.strip():
            if not "".join(self.parts).strip():
                self.parts = [self.label]
                text = text.lstrip()
            self.label = ""
        self.parts.append(text)

    def newline(self) -> None:
        line = "".join(self.parts)
        if line.strip():
            self.done.append(line)
        self.parts = []

    def start_item(self, label: str) -> None:
        self.newline()
        self.label = label

    def result(self) -> list[str]:
        self.newline()
        return self.done


def is_hidden(tag: Tag) -> bool:
    """Elements a browser does not show: ``hidden`` or inline ``display:none``."""
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    return bool(style) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", str(style), re.I) is not None


def int_to_letters(n: int) -> str:
    """Browser alphabetic counters: a..z, aa, ab, ..."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def list_marker_type(tag: Tag, inherited: str = "") -> str:
    """The marker of a list or item: "1", "a", "A", "i", "I" or "disc" / "none" (inline CSS, then
    the type attribute, then the default of the list kind or the ``inherited`` one for an item)."""
    style = str(tag.get("style") or "")
    css = re.search(r"list-style(?:-type)?\s*:\s*([a-z-]+)", style, re.I)
    if css:
        value = css.group(1).lower()
        mapped = {"decimal": "1", "decimal-leading-zero": "1", "lower-alpha": "a", "lower-latin": "a",
                  "upper-alpha": "A", "upper-latin": "A", "lower-roman": "i", "upper-roman": "I",
                  "none": "none"}.get(value)
        if mapped:
            return mapped
        if value in ("disc", "circle", "square"):
            return "disc"
    list_type = str(tag.get("type") or "").strip()
    if list_type in ("1", "a", "A", "i", "I") and tag.name != "ul":
        return list_type
    return inherited or ("1" if tag.name == "ol" else "disc")


def format_list_number(n: int, marker: str) -> str:
    """A list item's label: "3. ", "c. ", "iii. " or the bullet "• "."""
    if marker == "none":
        return ""
    if marker == "disc":
        return "• "
    if marker in ("a", "A"):
        text = int_to_letters(n) if n > 0 else str(n)
    elif marker in ("i", "I"):
        text = int_to_roman(n) if n > 0 else str(n)
    else:
        text = str(n)
    return (text.upper() if marker in ("A", "I") else text) + ". "


def parse_int(value: object, default: int) -> int | None:
    """Leading integer of an attribute value ("2", " 3px", "+1"), or ``default``."""
    match = re.match(r"\s*([+-]?\d+)", str(value)) if value is not None else None
    return int(match.group(1)) if match else default


def list_to_labels(lst: Tag) -> dict[int, str]:
    """Label of each ``<li>`` of a ``<ul>``/``<ol>`` (by id()), honouring start, reversed and li value."""
    items = [li for li in lst.find_all("li") if nearest(li, ("ul", "ol", "menu")) is lst]
    marker = list_marker_type(lst)
    reversed_ = lst.name == "ol" and lst.has_attr("reversed")
    n = parse_int(lst.get("start"), len(items) if reversed_ else 1)
    labels = {}
    for li in items:
        if li.has_attr("value"):
            n = parse_int(li.get("value"), n)
        item_marker = list_marker_type(li, marker)
        labels[id(li)] = format_list_number(n, item_marker)
        n = n - 1 if reversed_ else n + 1
    return labels


@dataclass
class Walk:
    """What the body walk collects besides text: top-level tables and the heading before each."""
    on_table: Callable[[Tag], bool] | None = None  # True = table handled, do not descend into it
    on_heading: Callable[[Tag, str], None] | None = None  # h1-h6 and bold paragraphs, once their text is out
    labels: dict[int, str] = field(default_factory=dict)


def element_to_lines(el: Tag, out: Lines, walk: Walk | None = None, pre: bool = False) -> None:
    """Text of an element into ``out``: blocks, ``<br>`` and table rows break lines; list items
    get "• " / "1. " labels; scripts, styles and hidden elements are skipped."""
    for child in el.children:
        if isinstance(child, NavigableString):
            if isinstance(child, _NOT_TEXT):
                continue
            text = str(child)
            if pre:
                lines = text.split("\n")
                for i, line in enumerate(lines):
                    if i:
                        out.newline()
                    out.add(line)
            else:
                out.add(_HTML_SPACE.sub(" ", text))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name in _SKIPPED_TAGS or is_hidden(child):
            continue
        if name == "br":
            out.newline()
            continue
        if name == "table" and walk is not None and walk.on_table is not None:
            out.newline()
            if walk.on_table(child):
                continue
        if name in ("ul", "ol", "menu"):
            labels = list_to_labels(child)
            if walk is None:
                walk = Walk()
            walk.labels.update(labels)
        if name == "li":
            labels = walk.labels if walk is not None else {}
            out.start_item(labels.get(id(child), "• "))
            element_to_lines(child, out, walk, pre)
            out.newline()
            out.label = ""  # an empty item's label must not land on the next text
            continue
        if name in ("td", "th"):
            out.add(" ")
            element_to_lines(child, out, walk, pre)
            out.add(" ")
        elif name in _BLOCK_TAGS:
            out.newline()
            element_to_lines(child, out, walk, pre or name == "pre")
            out.newline()
        else:
            element_to_lines(child, out, walk, pre)
        if walk is not None and walk.on_heading is not None and (is_heading(child) or is_bold_block(child)):
            text = " ".join(block_lines(child))
            if text:
                walk.on_heading(child, text)


def block_lines(el: Tag) -> list[str]:
    """An element's own text as cleaned lines (nested tables read as text)."""
    out = Lines()
    element_to_lines(el, out, Walk())
    return [line for line in (normalise_line(x) for x in out.result()) if line]


def cell_text(td: Tag) -> str:
    """A cell's text: lines joined by "\\n" through ``join_lines``."""
    out = Lines()
    element_to_lines(td, out, Walk())
    return join_lines(out.result())


# ------------------------------------------------------------------ headings

def is_heading(tag: Tag) -> bool:
    return tag.name in ("h1", "h2", "h3", "h4", "h5", "h6") or tag.get("role") == "heading"


BOLD_LEVEL = 7  # a bold paragraph heads less than any <h6>


def heading_level(tag: Tag) -> int:
    """1-6 for <h1>-<h6> (``aria-level`` for role="heading"); a bold paragraph ranks below them."""
    if tag.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return int(tag.name[1])
    if tag.get("role") == "heading":
        return parse_int(tag.get("aria-level"), 2) or 2
    return BOLD_LEVEL


@dataclass
class Outline:
    """The headings open at a point of the page (h2 > h3 ...) and the text written since the last one."""
    open: list[tuple[int, str]] = field(default_factory=list)  # (level, text), outermost first
    text_from: int | None = None  # index in the page's lines where the text after the last heading starts

    def enter(self, level: int, text: str, line_count: int) -> None:
        while self.open and self.open[-1][0] >= level:
            self.open.pop()
        self.open.append((level, text))
        self.text_from = line_count

    def outer(self) -> str:
        """The heading over the last one; never an <h1>, which titles the whole page."""
        return self.open[-2][1] if len(self.open) >= 2 and self.open[-2][0] > 1 else ""


def is_bold_style(tag: Tag) -> bool:
    style = str(tag.get("style") or "")
    match = re.search(r"font-weight\s*:\s*(bold(?:er)?|[6-9]00)", style, re.I)
    return tag.name in ("b", "strong") or match is not None


def is_bold_block(tag: Tag) -> bool:
    """A short ``<p>`` (or leaf ``<div>``) whose visible text is all bold: a section heading."""
    if tag.name not in ("p", "div") or tag.find(["table", "p", "div", "ul", "ol", "br"]) is not None:
        return False
    texts = [s for s in tag.find_all(string=True) if not isinstance(s, _NOT_TEXT) and s.strip()]
    if not texts or sum(len(s) for s in texts) > 200:
        return False
    if is_bold_style(tag):
        return True
    for s in texts:
        parent = s.parent
        while parent is not None and parent is not tag and not is_bold_style(parent):
            parent = parent.parent
        if parent is tag or parent is None:
            return False
    return True


# ------------------------------------------------------------------ tables

def nearest(tag: Tag, names: tuple[str, ...]) -> Tag | None:
    """The closest ancestor of ``tag`` with one of ``names`` (a cheap ``find_parent``)."""
    parent = tag.parent
    while parent is not None and parent.name not in names:
        parent = parent.parent
    return parent


def table_rows(table: Tag) -> list[tuple[Tag, Tag]]:
    """(tr, row group) of a table in source order: rows of thead/tbody/tfoot and direct rows."""
    rows = []
    for tr in table.find_all("tr"):
        if nearest(tr, ("table",)) is not table:
            continue
        group = tr.parent if tr.parent is not None and tr.parent.name in ("thead", "tbody", "tfoot") else table
        rows.append((tr, group))
    return rows


def row_cells(tr: Tag) -> list[Tag]:
    """The ``<td>``/``<th>`` of a row (also when wrapped in a stray element by bad markup)."""
    children = [c for c in tr.children if isinstance(c, Tag)]
    if all(c.name in ("td", "th") for c in children):
        return children
    return [c for c in tr.find_all(["td", "th"]) if nearest(c, ("tr",)) is tr]


def cell_spans(td: Tag, rows_left_in_group: int) -> tuple[int, int]:
    """(rowspan, colspan) as the HTML table model reads them: bad values -> 1, colspan 0 -> 1,
    rowspan 0 -> to the end of the row group, clamped so a span never leaves its row group."""
    colspan = parse_int(td.get("colspan"), 1)
    colspan = 1 if colspan is None or colspan < 1 else min(colspan, MAX_COLSPAN)
    rowspan = parse_int(td.get("rowspan"), 1)
    if rowspan is None or rowspan < 0:
        rowspan = 1
    rowspan = rows_left_in_group if rowspan == 0 else min(rowspan, MAX_ROWSPAN)
    return max(1, min(rowspan, rows_left_in_group)), colspan


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)", re.I)
_COLOUR_TOKEN = re.compile(r"#[0-9a-f]{3,6}\b|rgba?\([^)]*\)|\b[a-z]+\b", re.I)


def cell_fill(td: Tag) -> str:
    """The cell's background (bgcolor, or a background colour in its style) as "#rrggbb"."""
    match = _BACKGROUND.search(str(td.get("style") or ""))
    if not match:
        return colour_to_hex(str(td.get("bgcolor") or ""))
    token = _COLOUR_TOKEN.search(match.group(1))  # "background: #f00 url(x.png)" -> "#f00"
    return colour_to_hex(token.group(0)) if token else ""


def table_to_grid(table: Tag) -> list[list[Cell]]:
    """A table as a full grid: the origin of a rowspan/colspan cell holds the text, positions to
    its right in the same row are ``Cell("", "left")``, positions in the rows below ``Cell("", "above")``;
    uncovered positions of short rows are empty cells."""
    rows = table_rows(table)
    group_end = [0] * len(rows)
    for i in range(len(rows) - 1, -1, -1):
        same = i + 1 < len(rows) and rows[i + 1][1] is rows[i][1]
        group_end[i] = group_end[i + 1] if same else i
    grid: dict[tuple[int, int], Cell] = {}
    for r, (tr, _) in enumerate(rows):
        c = 0
        for td in row_cells(tr):
            while (r, c) in grid:
                c += 1
            rowspan, colspan = cell_spans(td, group_end[r] - r + 1)
            for dr in range(rowspan):
                for dc in range(colspan):
                    if (r + dr, c + dc) in grid:  # overlapping spans (bad markup): first cell wins
                        continue
                    if dr == 0 and dc == 0:
                        grid[(r, c)] = Cell(cell_text(td), "", cell_fill(td))
                    else:
                        grid[(r + dr, c + dc)] = Cell("", "left" if dr == 0 else "above")
            c += colspan
    width = max((c + 1 for (_, c) in grid), default=0)
    if width == 0:
        return []  # no cells at all
    return [[grid.get((r, c), Cell()) for c in range(width)] for r in range(len(rows))]


def table_caption(table: Tag) -> str:
    caption = table.find("caption")
    if caption is None or nearest(caption, ("table",)) is not table:
        return ""
    return " ".join(block_lines(caption))


_HEADING_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6"]


def inner_tables(table: Tag) -> list[Tag]:
    """The tables directly inside ``table``'s cells (not those nested deeper)."""
    return [t for t in table.find_all("table") if nearest(t, ("table",)) is table]


def is_layout_table(table: Tag) -> bool:
    """A table that only frames other content: role="presentation", or a single cell around tables."""
    if not inner_tables(table):
        return False
    if str(table.get("role") or "").lower() in ("presentation", "none"):
        return True
    rows = table_rows(table)
    return len(rows) == 1 and len(row_cells(rows[0][0])) == 1


def frames_page(table: Tag, inner: list[Tag]) -> bool:
    """A table around the ``inner`` tables that lays out a page (old council sites: banner, menu,
    content, sidebar): a cell holds a heading, or a table inside it is longer than it.  Its cells are
    then read as body text too; a data table with a small table in one cell is not."""
    if any(nearest(h, ("table",)) is table for h in table.find_all(_HEADING_TAGS)):
        return True
    return any(len(table_rows(t)) > len(table_rows(table)) for t in inner)


# ------------------------------------------------------------------ document

def soup_to_tables(soup: BeautifulSoup) -> tuple[list[RawTable], list[str]]:
    """(every table with its headings and introduction, tables inside tables too; body text lines
    outside tables) in document order."""
    tables: list[RawTable] = []
    heading = [""]
    outline = Outline()
    out = Lines()

    emitted: dict[int, int] = {}  # id() of a table element -> its index in ``tables``

    def on_table(table: Tag) -> bool:
        if is_layout_table(table):
            return False  # walk into its cells as if they were body
        grid = table_to_grid(table)
        if grid:
            rows = tuple(Row(cells=tuple(cells), index=i) for i, cells in enumerate(grid))
            caption = table_caption(table)
            intro = "" if caption or outline.text_from is None else "\n".join(
                line for line in (normalise_line(x) for x in out.done[outline.text_from:]) if line)
            parent = nearest(table, ("table",))
            while parent is not None and id(parent) not in emitted:  # a frame read as body is no parent
                parent = nearest(parent, ("table",))
            emitted[id(table)] = len(tables)
            tables.append(RawTable(rows=rows, index=len(tables), strategy="html", heading=caption or heading[0],
                                   intro=intro, outer_heading="" if caption else outline.outer(),
                                   parent=emitted[id(parent)] if parent is not None else None))
        outline.text_from = None  # text after this table is not the next table's introduction
        # Tables inside it are tables too (the normaliser decides which one is the plan): a page frame's
        # cells are walked as body; a data table's inner tables are read without their text.
        inner = inner_tables(table)
        if inner and frames_page(table, inner):
            return False
        for nested in inner:
            if not on_table(nested):
                element_to_lines(nested, Lines(), Walk(on_table=on_table))
        return True

    def on_heading(tag: Tag, text: str) -> None:
        heading[0] = text
        out.newline()
        outline.enter(heading_level(tag), text, len(out.done))

    root = soup.body or soup
    element_to_lines(root, out, Walk(on_table=on_table, on_heading=on_heading))
    lines = [line for line in (normalise_line(x) for x in out.result()) if line]
    return tables, lines


def tree_depth(soup: BeautifulSoup) -> int:
    """How deep the page's elements nest (walked without recursion: the walk itself must not overflow)."""
    deepest = 0
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        tag, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in tag.children if isinstance(child, Tag))
    return deepest


def read_html(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read an HTML page: every table as a full grid, plus the title and first text blocks."""
    error = sniff_to_error(data)
    if error is not None:
        raise error
    text, encoding = bytes_to_text(data)
    soup = text_to_soup(text)
    depth = tree_depth(soup)
    if depth > MAX_DEPTH:
        raise ExtractError("too_complex", f"the page nests elements {depth} deep (more than {MAX_DEPTH}): "
                                          "not a page a browser or Word would make; save it as PDF and run again")
    tables, body_lines = soup_to_tables(soup)
    title = clean_text(soup.title.get_text(" ")).replace("\n", " ") if soup.title is not None else ""
    text_lines = ([title] if title else []) + body_lines[:N_TEXT_LINES]
    guessed = bom_encoding(data) is None and meta_charset(data) != encoding
    warnings = [f"no usable charset declared: decoded as {encoding}"] if guessed and encoding != "utf-8" else []
    return RawDocument(source_file=str(path), sha256=sha256, format="html", n_pages=None,
                       text_lines=text_lines, tables=tables, warnings=warnings)
