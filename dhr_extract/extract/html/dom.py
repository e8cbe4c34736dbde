"""Small questions about bs4 elements that the HTML walk asks everywhere."""
from __future__ import annotations

import re

from bs4 import Tag
from bs4.element import CData, Comment, Declaration, Doctype, ProcessingInstruction

NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction, CData)  # strings a browser does not show


def nearest(tag: Tag, names: tuple[str, ...]) -> Tag | None:
    """The closest ancestor of ``tag`` with one of ``names`` (a cheap ``find_parent``)."""
    parent = tag.parent
    while parent is not None and parent.name not in names:
        parent = parent.parent
    return parent


def parse_int(value: object, default: int) -> int | None:
    """Leading integer of an attribute value ("2", " 3px", "+1"), or ``default``."""
    match = re.match(r"\s*([+-]?\d+)", str(value)) if value is not None else None
    return int(match.group(1)) if match else default


def is_hidden(tag: Tag) -> bool:
    """Elements a browser does not show: ``hidden`` or inline ``display:none``."""
    if tag.has_attr("hidden"):
        return True
    style = tag.get("style")
    return bool(style) and re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", str(style), re.I) is not None


STRUCK_TAGS = ("del", "s", "strike")  # a browser draws a line through these
_LINE_THROUGH = re.compile(r"text-decoration(-line)?\s*:[^;]*line-through", re.I)


def is_struck(tag: Tag) -> bool:
    """Text drawn struck through (``<del>``, ``<s>``, ``<strike>``, inline ``text-decoration:
    line-through``): a plan keeps a superseded entry so, it is no part of the cell's value."""
    return tag.name in STRUCK_TAGS or _LINE_THROUGH.search(str(tag.get("style") or "")) is not None


def struck_inline(tag: Tag) -> None:
    """Mark ``tag`` struck through in its own ``style`` (for text a style sheet strikes: one test for both)."""
    style = str(tag.get("style") or "").strip().rstrip(";")
    tag["style"] = f"{style}; text-decoration: line-through" if style else "text-decoration: line-through"
