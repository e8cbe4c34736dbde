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
