"""Footnotes of a PDF page: the markers in the text, and the notes at the page's foot.

A footnote marker is a number set smaller than the text it follows and raised above that text's
baseline, straight after a word or its punctuation ("… to the MARAC.¹"): it is no part of the text,
so its characters are dropped before words are made.  A digit of the text's own size on its baseline
("within 28 days", "Section 11", "R2") is text.  The notes are the lines (at the page's foot, or after the
plan where a browser printed them) that open with a marker (a raised small number, or a superscript
digit character) in type smaller than the page's body text; a note's wrapped lines carry on under it.
"""
from __future__ import annotations

import statistics
from operator import itemgetter
from typing import Any

from .settings import DEFAULT, PdfSettings
from .words import extract_words

Char = dict[str, Any]
SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
TOP_LEFT, LEFT = itemgetter("top", "x0"), itemgetter("x0")  # sort keys of ``char_lines``


def is_raised(char: Char, text: Char, settings: PdfSettings) -> bool:
    """``char`` is set smaller than the ``text`` character beside it and raised above its baseline."""
    size = text["size"]
    return char["size"] <= size * settings.marker_size_ratio and text["bottom"] - char["bottom"] >= size * settings.marker_rise


def is_raised_small(char: Char, before: Char, settings: PdfSettings) -> bool:
    """``char`` is a superscript straight after ``before`` (no wider gap than a thin space)."""
    return (is_raised(char, before, settings) and char["bottom"] > before["top"]  # on the word's line
            and abs(char["x0"] - before["x1"]) <= before["size"] * settings.marker_gap)


def marker_start(char: Char, before: Char | None, settings: PdfSettings) -> bool:
    """A digit opening a footnote marker: right after a word or its punctuation, small and raised."""
    return (before is not None and char["text"].isdigit() and char.get("upright", True)
            and not before["text"].isspace() and not before["text"].isdigit()
            and is_raised_small(char, before, settings))


def without_markers(chars: list[Char], settings: PdfSettings = DEFAULT) -> list[Char]:
    """The characters less the footnote markers' (a marker's further digits, commas and dashes too:
    "12", "1,2", "1-3")."""
    kept: list[Char] = []
    marker: Char | None = None  # the last character of the marker being read
    for char in chars:
        digit = char["text"].isdigit()
        if marker is not None and (digit or char["text"] in ",-–") \
                and char["size"] == marker["size"] and abs(char["bottom"] - marker["bottom"]) < 0.5:
            marker = char
            continue
        # only a digit opens a marker (tested here first: the call per character was most of the loop)
        marker = char if digit and kept and marker_start(char, kept[-1], settings) else None
        if marker is None:
            kept.append(char)
    return kept


def page_footnotes(chars: list[Char], settings: PdfSettings = DEFAULT) -> list[tuple[str, str]]:
    """The page's notes as (marker, note text): lines opening with a marker in type smaller than the rest
    of the page's text, each note's wrapped lines straight under it."""
    text = [c for c in chars if c.get("upright", True) and c["text"].strip()]
    if not may_open_note(text, settings):
        return []
    lines = char_lines(text)
    markers = [marker_length(line, settings) for line in lines]
    rest = [c["size"] for line, n in zip(lines, markers) if not n for c in line]
    if not rest or not any(markers):
        return []
    small = statistics.median(rest) * settings.note_size_ratio  # a note's type is no larger
    notes: list[tuple[str, str]] = []
    last: list[Char] = []  # the note's last line so far
    for line, n in zip(lines, markers):
        last = add_note_line(notes, line, n, last, small, settings)
    return notes


def may_open_note(chars: list[Char], settings: PdfSettings = DEFAULT) -> bool:
    """Whether any of ``chars`` could open a note: a note's marker opens with a digit (or a superscript
    digit) no larger than ``note_size_ratio`` of the body's size, which is at most the largest type of
    the page.  Most pages have none, and are spared sorting their characters into lines."""
    if not chars:
        return False
    small = max(c["size"] for c in chars) * settings.note_size_ratio
    return any(c["size"] <= small and (c["text"].isdigit() or c["text"] in "⁰¹²³⁴⁵⁶⁷⁸⁹") for c in chars)


def add_note_line(notes: list[tuple[str, str]], line: list[Char], marker: int, last: list[Char], small: float,
                  settings: PdfSettings) -> list[Char]:
    """A line in small type opening with a marker (``marker`` characters) opens a note; one straight under
    the ``last`` line of a note carries it on.  The line when it was added to ``notes``, else []."""
    if any(c["size"] > small for c in line):
        return []
    if marker and len(line) > marker:
        number = "".join(c["text"] for c in line[:marker]).translate(SUPERSCRIPT_DIGITS)
        notes.append((number, line_text(line[marker:], settings)))
        return line
    if notes and last and line[0]["top"] - last[0]["top"] <= last[0]["size"] * settings.note_line_gap:
        notes[-1] = (notes[-1][0], f"{notes[-1][1]} {line_text(line, settings)}")
        return line
    return []


def char_lines(chars: list[Char]) -> list[list[Char]]:
    """Characters grouped into lines (tops within half a character's size), top to bottom."""
    lines: list[list[Char]] = []
    for char in sorted(chars, key=TOP_LEFT):
        if lines and abs(char["top"] - lines[-1][0]["top"]) <= char["size"] / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(line, key=LEFT) for line in lines]


def marker_length(line: list[Char], settings: PdfSettings) -> int:
    """How many characters open a line as a note's marker: superscript digit characters, or digits set
    small and raised before the text; 0 for none."""
    digits = 0
    while digits < len(line) and line[digits]["text"] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        digits += 1
    if digits:
        return digits
    while digits < len(line) - 1 and line[digits]["text"].isdigit():
        digits += 1
    return digits if all(is_raised(line[i], line[digits], settings) for i in range(digits)) else 0


def line_text(line: list[Char], settings: PdfSettings) -> str:
    words = extract_words(line, x_tolerance=settings.word_x_tolerance, y_tolerance=settings.word_y_tolerance)
    return " ".join(w["text"] for w in words)
