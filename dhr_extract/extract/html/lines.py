"""An element's text as lines, as a browser lays it out: blocks and ``<br>`` break lines, list items
get their "• " / "1. " labels, scripts, styles and hidden elements are skipped."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Callable

from bs4 import NavigableString, Tag

from dhr_extract.extract.subrows import is_name_row
from dhr_extract.extract.text import int_to_roman, join_lines, normalise_line

from .dom import NOT_TEXT, is_hidden, is_struck, nearest, parse_int
from .headings import bold_below, is_bold_block, is_bold_line_before_table, is_heading
from .notes import is_note_marker

_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "dir",
               "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
               "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
               "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "body", "html"}
# Not "embed": it is void in HTML5 but not to libxml2, which nests everything after an
# <embed> inside it; walked into, it has no text of its own.
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg",
                 "math", "select", "option", "button", "textarea", "input", "map", "audio", "video", "canvas"}
FORM_FIELDS = {"select", "textarea", "input"}  # a saved tracker's fields: what each shows is the cell's text
TEXT_INPUTS = {"text", "date", "number", "month", "week", "email", "url", "search", "tel"}
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
LOG = logging.getLogger(__name__)  # cells kept whole although every word is struck through


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
    drop_struck: bool = False  # leave out struck-through text (a cell's superseded entries)


def element_to_lines(el: Tag, out: Lines, walk: Walk | None = None, pre: bool = False) -> None:
    """Text of an element into ``out``: blocks, ``<br>`` and table rows break lines; list items
    get "• " / "1. " labels; scripts, styles and hidden elements are skipped."""
    walk = walk if walk is not None else Walk()
    for child in el.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, NOT_TEXT):
                string_to_lines(str(child), out, pre)
        elif isinstance(child, Tag) and child.name in FORM_FIELDS and not is_hidden(child):
            out.add(f" {form_field_text(child)} ")
        elif isinstance(child, Tag) and child.name not in _SKIPPED_TAGS and not is_hidden(child) \
                and not is_note_marker(child) and not is_nested_header_row(child) \
                and not (walk.drop_struck and is_struck(child)):  # nor a footnote's marker
            tag_to_lines(child, out, walk, pre)


def string_to_lines(text: str, out: Lines, pre: bool) -> None:
    """A text node: white space collapsed, or, inside ``<pre>``, its own line breaks kept."""
    if not pre:
        out.add(_HTML_SPACE.sub(" ", text))
        return
    for i, line in enumerate(text.split("\n")):
        if i:
            out.newline()
        out.add(line)


def form_field_text(field: Tag) -> str:
    """What a form's field shows: a drop-down its chosen option (the first where none is marked chosen, as
    a browser shows it), a text box its text or value; a tick box or a button nothing."""
    if field.name == "select":
        options = field.find_all("option")
        chosen = next((o for o in options if o.has_attr("selected")), options[0] if options else None)
        return " ".join(chosen.get_text(" ").split()) if chosen is not None else ""
    if field.name == "textarea":
        return field.get_text()
    kind = str(field.get("type") or "text").lower()
    return " ".join(str(field.get("value") or "").split()) if kind in TEXT_INPUTS else ""


def void_to_lines(tag: Tag, out: Lines) -> None:
    """An element with no content: ``<br>`` breaks the line; an image in a table cell says what its
    text alternative says (an icon's "Complete" for a tick), elsewhere nothing (a logo is no title)."""
    if tag.name == "br":
        out.newline()
        return
    alt = " ".join(str(tag.get("alt") or "").split())
    if alt and nearest(tag, ("td", "th")) is not None:
        out.add(f" {alt} ")


def tag_to_lines(tag: Tag, out: Lines, walk: Walk, pre: bool) -> None:
    """One shown element: the line breaks it makes around its text, and the walk's callbacks."""
    name = tag.name
    if name in ("br", "img"):
        void_to_lines(tag, out)
        return
    if name == "table" and walk.on_table is not None:
        out.newline()
        if walk.on_table(tag):
            return
    if name in ("ul", "ol", "menu"):
        walk.labels.update(list_to_labels(tag))
    if name == "li":
        out.start_item(walk.labels.get(id(tag), "• "))
        element_to_lines(tag, out, walk, pre)
        out.newline()
        out.label = ""  # an empty item's label must not land on the next text
        return
    if name in ("td", "th"):
        out.add(" ")
        element_to_lines(tag, out, walk, pre)
        out.add(" ")
    elif name in _BLOCK_TAGS:
        out.newline()
        element_to_lines(tag, out, walk, pre or name == "pre")
        out.newline()
    else:
        element_to_lines(tag, out, walk, pre)
    if walk.on_heading is not None and (is_heading(tag) or is_bold_block(tag)
                                       or is_bold_line_before_table(tag)):
        text = " ".join(block_lines(tag))
        if text:
            walk.on_heading(tag, text)


def is_nested_header_row(tr: Tag) -> bool:
    """The first of several rows of a table inside a cell, marked as a header (``<th>`` cells, ``<thead>``,
    or bold) and naming columns ("Date | Update"): it names the entries of the cell's text, it is none."""
    if tr.name != "tr":
        return False
    table = nearest(tr, ("table",))
    if table is None or nearest(table, ("td", "th")) is None:
        return False
    rows = [row for row in table.find_all("tr") if nearest(row, ("table",)) is table]
    if len(rows) < 2 or rows[0] is not tr:
        return False
    cells = [td for td in tr.find_all(["td", "th"]) if nearest(td, ("tr",)) is tr]
    return marked_as_header(tr, table, cells) and is_name_row([td.get_text(" ", strip=True) for td in cells])


def marked_as_header(tr: Tag, table: Tag, cells: list[Tag]) -> bool:
    """A row in the table's ``<thead>``, or each cell with text a ``<th>`` or in bold."""
    if nearest(tr, ("thead", "table")) is not table:
        return True
    filled = [td for td in cells if td.get_text(strip=True)]
    return all(td.name == "th" or all(bold_below(s.parent, td) for s in td.find_all(string=True) if s.strip())
               for td in filled)


def block_lines(el: Tag) -> list[str]:
    """An element's own text as cleaned lines (nested tables read as text)."""
    out = Lines()
    element_to_lines(el, out, Walk())
    return [line for line in (normalise_line(x) for x in out.result()) if line]


def cell_text(td: Tag) -> str:
    """A cell's text: lines joined by "\\n" through ``join_lines``, struck-through text left out
    (superseded); a cell struck through as a whole is kept, never lost (logged)."""
    out = Lines()
    element_to_lines(td, out, Walk(drop_struck=True))
    text = join_lines(out.result())
    if text.strip() or not td.find(is_struck):
        return text
    out = Lines()
    element_to_lines(td, out, Walk())
    text = join_lines(out.result())
    if text.strip():
        # a closed action struck whole is common: read right, so no warning on every such cell of a batch
        LOG.debug("every word of a table cell is struck through: kept (%.40r)", text)
    return text
