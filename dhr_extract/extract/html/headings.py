"""Which elements head a part of the page: <h1>-<h6>, role="heading", heading-like elements (an
accordion's ``<summary>``, a definition list's ``<dt>``), short all-bold paragraphs, and a bold
line standing alone directly before a table."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bs4 import PageElement, Tag

from .dom import NOT_TEXT, parse_int


# Elements that label the content after or around them as a heading does, whatever their style:
# a <details> section's <summary> heads the section (its table too), a <dt> the <dd> after it.
HEADING_LIKE = ("summary", "dt")


def is_heading(tag: Tag) -> bool:
    return (tag.name in ("h1", "h2", "h3", "h4", "h5", "h6") or tag.get("role") == "heading"
            or tag.name in HEADING_LIKE)


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
    starts: list[int | None] = field(default_factory=list)  # where each open heading's text starts (None: a table came)

    def enter(self, level: int, text: str, line_count: int) -> None:
        while self.open and self.open[-1][0] >= level:
            self.open.pop()
            self.starts.pop()
        self.open.append((level, text))
        self.starts.append(line_count)
        self.text_from = line_count

    def after_table(self) -> None:
        """Text after a table is no heading's introduction, neither the last one's nor those over it."""
        self.text_from = None
        self.starts = [None] * len(self.starts)

    def outer_intro(self, lines: list[str]) -> str:
        """The text between the heading over the last one and the last one (``lines``: the page's lines
        so far, normalised), when no table stands between them."""
        start = self.starts[-2] if len(self.starts) >= 2 else None
        if not self.outer() or self.text_from is None or start is None:
            return ""
        between = lines[start:self.text_from]
        own = self.open[-1][1]
        while between and between[-1] and between[-1] in own:  # the last heading's own lines end the stretch
            between.pop()
        return "\n".join(line for line in between if line)

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
    texts = [s for s in tag.find_all(string=True) if not isinstance(s, NOT_TEXT) and s.strip()]
    if not texts or sum(len(s) for s in texts) > 200:
        return False
    return is_bold_style(tag) or all(bold_below(s.parent, tag) for s in texts)


def is_bold_line_before_table(tag: Tag) -> bool:
    """A ``<b>``/``<strong>`` alone on its line (nothing but white space or a line break between it
    and the block's start) whose next element is a table: the table's heading, as a bold paragraph."""
    if tag.name not in ("b", "strong") or not tag.get_text(strip=True):
        return False
    return lone_before(tag.previous_siblings) and next_element_is_table(tag.next_siblings)


def lone_before(siblings: Iterable[PageElement]) -> bool:
    """No text on the line before the element (up to a ``<br>`` or block element, or the start)."""
    for sib in siblings:
        if isinstance(sib, Tag):
            return sib.name in ("br", "p", "div", "table", "ul", "ol", "hr") or not sib.get_text(strip=True)
        if not isinstance(sib, NOT_TEXT) and str(sib).strip():
            return False
    return True


def next_element_is_table(siblings: Iterable[PageElement]) -> bool:
    """The next element is a table, with only white space and line breaks before it."""
    for sib in siblings:
        if isinstance(sib, Tag):
            if sib.name == "br":
                continue
            return sib.name == "table"
        if not isinstance(sib, NOT_TEXT) and str(sib).strip():
            return False
    return False


def bold_below(el: Tag | None, block: Tag) -> bool:
    """Whether an element between a text and ``block`` (the text's parent, or one above it) is bold."""
    while el is not None and el is not block:
        if is_bold_style(el):
            return True
        el = el.parent
    return False
