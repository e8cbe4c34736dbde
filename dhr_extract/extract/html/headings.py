"""Which elements head a part of the page: <h1>-<h6>, role="heading", and short all-bold paragraphs."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import Tag

from .dom import NOT_TEXT, parse_int


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
    texts = [s for s in tag.find_all(string=True) if not isinstance(s, NOT_TEXT) and s.strip()]
    if not texts or sum(len(s) for s in texts) > 200:
        return False
    return is_bold_style(tag) or all(bold_below(s.parent, tag) for s in texts)


def bold_below(el: Tag | None, block: Tag) -> bool:
    """Whether an element between a text and ``block`` (the text's parent, or one above it) is bold."""
    while el is not None and el is not block:
        if is_bold_style(el):
            return True
        el = el.parent
    return False
