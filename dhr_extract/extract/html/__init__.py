"""HTML parser: every ``<table>`` as a full grid, rowspan/colspan expanded; a table inside another
is a table too, marked with the one around it (the normaliser decides which is the plan).

beautifulsoup4 over lxml's HTML parser (``no_network``; nothing is ever fetched).
``pandas.read_html`` is not used: it flattens the line breaks inside cells.

Small conversions, each named for what it converts: ``bytes_to_text`` (``charset``) ->
``text_to_soup`` -> ``div_layouts_to_tables`` (``div_grids``: CSS grids, ARIA and
``display: table`` divs as ``<table>`` markup) -> ``soup_to_tables`` -> ``table_to_grid`` (``grid``) -> ``cell_text`` ->
``element_to_lines`` (``lines``; ``headings`` says which elements head the text under them).
"""
from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, Tag, XMLParsedAsHTMLWarning
from bs4.builder._lxml import LXMLTreeBuilder
from lxml import etree

from dhr_extract.extract.detect import sniff_kind
from dhr_extract.extract.labelled_text import paras_to_table
from dhr_extract.extract.text import clean_text, normalise_line, without_soft_hyphens
from dhr_extract.model import (BODY_LINES, TEXT_LINES, ErrorType, ExtractError, ParseNote, RawDocument, RawTable, Row,
                               WarningCode)

from .charset import bom_encoding, bytes_to_text, meta_charset
from .div_grids import div_layouts_to_tables
from .dom import nearest, struck_inline
from .css import (BACKGROUND, BORDERS, RuleIndex, Style, element_style, rules_in_use, soup_to_rules,
                  style_sheet_strikes, style_sheet_visually_hidden)
from .grid import (frames_page, inner_tables, is_layout_table, left_bar_colour, style_background, table_caption,
                   table_to_grid)
from .headings import Outline, heading_level
from .labelled_text import soup_to_paras
from .lines import Lines, Walk, element_to_lines
from .notes import cited_notes, is_note_marker
from .subgrids import expand_definition_lists, expand_nested_tables
from .swatches import swatch_key

__all__ = ["bytes_to_text", "read_html", "soup_to_tables", "text_to_soup"]

# Elements nested deeper than this are refused: the walk recurses once per level and must stay
# well inside Python's recursion limit (libxml2 caps XML at 256 levels too; real pages stay < 60).
MAX_DEPTH = 256

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
    return None if what is None else ExtractError(ErrorType.NOT_HTML, f"the file is {what}, not an HTML page")


def text_to_soup(text: str) -> BeautifulSoup:
    # The markup arrives decoded, so any <meta charset> in it is not acted on again.  XHTML (an <?xml
    # prolog) is read as HTML on purpose, and a tiny page may look like a file name: bs4's warnings
    # about either would only be noise on the user's terminal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        return BeautifulSoup(text, builder=_OfflineLXMLTreeBuilder())


def soft_hyphens_dropped(soup: BeautifulSoup) -> None:
    """Every text node without its soft hyphens (``&shy;``: where a word may break, no character of it)."""
    for string in soup.find_all(string=lambda text: "\u00ad" in text):
        string.replace_with(type(string)(without_soft_hyphens(str(string))))  # a comment stays a comment


# ------------------------------------------------------------------ document

def style_reader(soup: BeautifulSoup, wanted: re.Pattern[str], value: Callable[[Style], str]) -> Callable[[Tag], str]:
    """How to read one value of an element's style (``wanted``: the properties it needs) from the page's
    style sheets and the element's own style."""
    rules = soup_to_rules(soup, wanted)
    index = RuleIndex(rules_in_use(rules, soup) if rules else [])
    return lambda tag: value(element_style(tag, index, wanted))


def background_reader(soup: BeautifulSoup) -> Callable[[Tag], str]:
    """An element's background colour (a cell's fill set by a class, a key's swatch)."""
    return style_reader(soup, BACKGROUND, style_background)


def bar_reader(soup: BeautifulSoup) -> Callable[[Tag], str]:
    """A cell's coloured left bar (a thick left border: a RAG shown as colour alone)."""
    return style_reader(soup, BORDERS, left_bar_colour)



def soup_to_tables(soup: BeautifulSoup, cited: list[tuple[Tag, int]] | None = None,
                   background_of: Callable[[Tag], str] | None = None) -> tuple[list[RawTable], list[str]]:
    """(every table with its headings and introduction, tables inside tables too; body text lines
    outside tables) in document order; ``cited`` gathers the footnote markers in each table (and its index).
    Div layouts drawn as tables are rewritten as tables first, and text the style sheets strike through
    is marked so inline."""
    div_layouts_to_tables(soup)
    for tag in style_sheet_strikes(soup):  # read as an inline line-through is (``dom.is_struck``)
        struck_inline(tag)
    for tag in style_sheet_visually_hidden(soup):  # text for screen readers alone: left out, as a browser does
        tag["hidden"] = ""
    read_grid = functools.partial(table_to_grid, bar_of=bar_reader(soup),
                                  fill_of=background_of or background_reader(soup))
    tables: list[RawTable] = []
    heading = [""]
    outline = Outline()
    out = Lines()

    emitted: dict[int, int] = {}  # id() of a table element -> its index in ``tables``

    def on_table(table: Tag) -> bool:
        if is_layout_table(table):
            return False  # walk into its cells as if they were body
        origins: dict[tuple[int, int], Tag] = {}
        grid, origins = expand_definition_lists(read_grid(table, origins), origins)
        flat = expand_nested_tables(grid, origins, read_grid)
        read_in_cells = flat != grid  # tables in its cells became its rows: they are no tables of their own
        grid = flat
        if grid:
            rows = tuple(Row(cells=tuple(cells), index=i) for i, cells in enumerate(grid))
            caption = table_caption(table)
            intro = "" if caption or outline.text_from is None else "\n".join(
                line for line in (normalise_line(x) for x in out.done[outline.text_from:]) if line)
            parent = nearest(table, ("table",))
            while parent is not None and id(parent) not in emitted:  # a frame read as body is no parent
                parent = nearest(parent, ("table",))
            emitted[id(table)] = len(tables)
            if cited is not None:
                cited.extend((tag, len(tables)) for tag in table.find_all(("sup", "a")) if is_note_marker(tag))
            tables.append(RawTable(rows=rows, index=len(tables), strategy="html", heading=caption or heading[0],
                                   intro=intro, outer_heading="" if caption else outline.outer(),
                                   outer_intro="" if caption else outline.outer_intro(
                                       [normalise_line(x) for x in out.done]),
                                   parent=emitted[id(parent)] if parent is not None else None))
        outline.after_table()  # text after this table is not the next table's introduction
        # Tables inside it are tables too (the normaliser decides which one is the plan): a page frame's
        # cells are walked as body; a data table's inner tables are read without their text.
        if read_in_cells:
            return True  # its inner tables are its own rows now
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
    soft_hyphens_dropped(soup)
    depth = tree_depth(soup)
    if depth > MAX_DEPTH:
        raise ExtractError(ErrorType.TOO_COMPLEX, f"the page nests elements {depth} deep (more than {MAX_DEPTH}): "
                           "not a page a browser or Word would make; save it as PDF and run again")
    cited: list[tuple[Tag, int]] = []
    background_of = background_reader(soup)  # cells' fills and a colour key's swatches
    tables, body_lines = soup_to_tables(soup, cited, background_of)
    blocks = paras_to_table(soup_to_paras(soup), len(tables))  # a plan of labelled blocks, no table
    if blocks is not None:
        tables.append(blocks)
    title = clean_text(soup.title.get_text(" ")).replace("\n", " ") if soup.title is not None else ""
    text_lines = ([title] if title else []) + body_lines[:TEXT_LINES]
    return RawDocument(source_file=str(path), sha256=sha256, format="html", n_pages=None,
                       text_lines=text_lines, tables=tables, warnings=charset_notes(data, encoding),
                       footnotes=cited_notes(soup, cited), body_lines=body_lines[:BODY_LINES],
                       colour_key=swatch_key(soup.body or soup, background_of))


def charset_notes(data: bytes, encoding: str) -> list[ParseNote]:
    """A note when the encoding was guessed (no BOM, no usable declaration) and the page is not utf-8."""
    guessed = bom_encoding(data) is None and meta_charset(data) != encoding
    if not guessed or encoding == "utf-8":
        return []
    return [ParseNote(WarningCode.UNDECLARED_CHARSET, f"no usable charset declared: decoded as {encoding}")]
