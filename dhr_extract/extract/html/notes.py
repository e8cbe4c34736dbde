"""Footnotes of a web page: the markers in a table's text, and the notes they cite.

A marker is a number in ``<sup>`` ("… to the MARAC.<sup>1</sup>"), or a link to a note on the page
whose text is a number ("<a href="#fn1">[1]</a>"): it is no part of the cell's text.  The note is the
element the link points to (a list item, a paragraph), else a paragraph outside the tables that opens
with the same number in ``<sup>``.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from dhr_extract.model import Footnote

from .dom import nearest

MARKER_TEXT = re.compile(r"^\s*\[?\s*(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\s*\]?\s*$")
NOTE_LINK = re.compile(r"fn|foot|note", re.I)  # how pages name their notes' anchors ("#fn1", "#footnote-1")
BACK_LINK = re.compile(r"^\s*(?:↩|↑|\^|back|return)", re.I)  # a note's link back to its marker


def is_note_marker(tag: Tag) -> bool:
    """A number in ``<sup>``, or a number linking to a note on the page (``#fn1``, ``role=doc-noteref``)."""
    if tag.name not in ("sup", "a") or MARKER_TEXT.match(tag.get_text()) is None:
        return False
    if tag.name == "sup":
        return True
    href = str(tag.get("href", ""))
    return href.startswith("#") and (tag.get("role") == "doc-noteref" or NOTE_LINK.search(href) is not None)


def marker_number(tag: Tag) -> str:
    match = MARKER_TEXT.match(tag.get_text())
    return re.sub(r"\s+", "", match.group(1)) if match else ""


def cited_notes(soup: BeautifulSoup, cited: list[tuple[Tag, int]]) -> list[Footnote]:
    """The notes the markers in the tables cite (``cited``: each marker and the index of its table), each
    once, in the order first cited."""
    notes: dict[str, Footnote] = {}
    for tag, table in cited:
        number = marker_number(tag)
        if number in notes:
            continue
        text = linked_note(soup, tag) or sup_note(soup, number)
        if text:
            notes[number] = Footnote(number, text, table=table)
    return list(notes.values())


def linked_note(soup: BeautifulSoup, tag: Tag) -> str:
    """The text of the element a marker links to (its own marker and back links left out)."""
    link = tag if tag.name == "a" else tag.find("a")
    href = str(link.get("href", "")) if isinstance(link, Tag) else ""
    target = soup.find(id=href[1:]) if href.startswith("#") and len(href) > 1 else None
    if not isinstance(target, Tag):
        return ""
    text = note_text(target)
    if not text and target.parent is not None:  # an empty anchor at the note's start
        text = note_text(target.parent)
    return text


def sup_note(soup: BeautifulSoup, number: str) -> str:
    """A block outside the tables opening with ``number`` in ``<sup>``: the note's text."""
    for sup in soup.find_all("sup"):
        if marker_number(sup) != number or nearest(sup, ("table",)) is not None or sup.parent is None:
            continue
        opening = next((c for c in sup.parent.children if str(c).strip()), None)
        if opening is sup:
            return note_text(sup.parent)
    return ""


def note_text(element: Tag) -> str:
    """A note's words: without its marker and its links back to the text."""
    parts = [str(s) for s in element.find_all(string=True) if not left_out(s, element)]
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def left_out(string: object, element: Tag) -> bool:
    """A string of a note inside its marker or a link back to the text."""
    for parent in getattr(string, "parents", ()):
        if parent is element:
            return False
        if is_note_marker(parent) or (parent.name == "a" and BACK_LINK.match(parent.get_text())):
            return True
    return False
