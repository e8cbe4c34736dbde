"""What a plan says about its review: title, name, partnership, date, type.

The lines come from outside the tables near the start of the document; in a PDF they include
page furniture (protective markings, running headers, footers with page numbers), which is never
the title and never dates the document.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter

from .date_phrases import date_phrase
from .dates import ParsedDate, parse_date_text

# Government Security Classifications and their older forms, as stamped on each page.
_MARKING = re.compile(r"^\W*(?:official(?:\s*[-–—:]?\s*sensitive)?|not\s+protectively\s+marked|protect"
                      r"|restricted|(?:strictly\s+)?(?:confidential|private)|secret|sensitive)\b\W*", re.I)
_PAGE_NUMBER = re.compile(r"\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?\b|^\W*\d+\s*(?:(?:of|/)\s*\d+)?\W*$", re.I)
_SEGMENT_BREAK = re.compile(r"\s+[-–—|]+\s+|\s*[–—|]\s*|:\s+")


def strip_marking(line: str) -> str:
    """The line without a protective marking in front ("OFFICIAL – Safer Newport" -> "Safer Newport")."""
    return _MARKING.sub("", line, count=1).strip()


def is_page_furniture(line: str) -> bool:
    """A protective marking (alone, or as one part of a running header: "OFFICIAL – ...",
    "... | DHR 'Ffion' | OFFICIAL"), or a footer with a page number ("Version 3 – March 2021 Page 1")."""
    if _PAGE_NUMBER.search(line):
        return True
    return any(_MARKING.fullmatch(part.strip()) or (k == 0 and _MARKING.match(part))
               for k, part in enumerate(_SEGMENT_BREAK.split(line)))


def running_lines(lines: list[str]) -> set[str]:
    """Lines printed again on a later page (a running header without a marking), in a document that
    numbers its pages; a web page that repeats its <title> as its <h1> has no pages."""
    if not any(_PAGE_NUMBER.search(line) for line in lines):
        return set()
    counts = Counter(lines)
    return {line for line, n in counts.items() if n > 1}


def content_lines(lines: list[str]) -> list[str]:
    """The lines without page furniture."""
    return [line for line in lines if not is_page_furniture(line)]


def title_line(lines: list[str]) -> str:
    """The first line of the document's own text (no furniture, no running header); failing that,
    a running header without its marking."""
    running = running_lines(lines)
    own = [line for line in content_lines(lines) if line not in running]
    unmarked = [strip_marking(line) for line in lines if not _PAGE_NUMBER.search(line)]
    return next((line for line in own + unmarked if len(line) > 3 and re.search(r"[^\W\d_]", line)), "")


def title_first(lines: list[str]) -> list[str]:
    """The title, then every line (markings taken off): a name or partnership is looked for in the
    title before any other line mentions one."""
    title = title_line(lines)
    rest = [strip_marking(line) for line in lines if not _PAGE_NUMBER.search(line)]
    return ([title] if title else []) + [line for line in rest if line]


# ------------------------------------------------------------------ review name

_NAME_PATTERNS = [
    re.compile(r"\b(DHR|DARDR|SAR)\s*[-–]?\s*(\d{1,3})\b"),
    re.compile(r"\b((?:Adult|Child|Mr|Mrs|Ms|Miss)\s+[A-Z])\b"),
    re.compile(r"(?:death of|into|review of|concerning)\s+[\"“‘']([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[\"”’']"),
    re.compile(r"[\"“‘']([A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)[\"”’']"),
    # Unquoted: "into the death of Maya", "Domestic Homicide Review: Maya – Action plan".
    re.compile(r"\bdeath of\s+([A-Z][a-z]{2,})\b(?!\s+[A-Z])"),
    re.compile(r"(?:Domestic Homicide Review|DHR|Domestic Abuse Related Death Review|DARDR)\s*[:–—-]\s*"
               r"([A-Z][a-z]{2,})(?=\s*(?:[:–—|(-]|$))"),
]
_UNQUOTED = _NAME_PATTERNS[-2:]
_NOT_NAMES = {"Adult", "Child", "Action", "Executive", "Overview", "Summary", "Report", "Update", "Progress",
              "Recommendations", "Final", "Draft"}


def review_name(lines: list[str]) -> str:
    """The review's name ("DHR1", "Adult B", "Maya"), the title's before any other line's.  An unquoted
    single word is a name only when it is not a title word or the place the review is from."""
    area = csp_name(lines)
    for line in title_first(lines):
        for pattern in _NAME_PATTERNS:
            match = pattern.search(line)
            if not match:
                continue
            if pattern is _NAME_PATTERNS[0]:
                return "".join(match.groups())
            name = match.group(1)
            if pattern not in _UNQUOTED or (name not in _NOT_NAMES and name not in area.split()):
                return name
    return ""


# ------------------------------------------------------------------ partnership or area

_PLACE_WORD = r"[A-Z][\w'’&-]*"
_PLACE = rf"{_PLACE_WORD}(?:\s+(?:and\s+|&\s+|of\s+|upon\s+|on\s+)?{_PLACE_WORD}){{0,3}}"
_CSP = re.compile(
    r"((?:[A-Z][\w'’&-]*\s+){0,4}(?:Community Safety Partnership|Safety Partnership|Partnership Board|CSP)\b"
    r"|Safer\s+(?:[A-Z][\w'’&-]*\s+){1,3}Partnership(?:\s+Board)?)"
)
# A partnership known by its brand: "Safer Newport", "Safer Vale".
_SAFER = re.compile(rf"\b(Safer\s+{_PLACE})")
# The area a title segment opens with: "Plymouth Domestic Homicide Review", "Nuneaton DHR".
_AREA = re.compile(rf"^({_PLACE})\s+(?:Domestic Homicide Review|DHR\b|Domestic Abuse Related Death Review|DARDR\b)")
# The area of the council that publishes the plan: "Vale of Glamorgan Council", "Plymouth City Council".
_COUNCIL = re.compile(rf"\b({_PLACE}?)\s+(?:(?:City|County|Borough|District|Metropolitan Borough)\s+)?Council\b")
# Words that end a place name when they follow it in a title.
_NOT_PLACE = {"Action", "Plan", "Domestic", "Homicide", "Review", "Reviews", "DHR", "DARDR", "Update", "Updates",
              "Recommendations", "Executive", "Summary", "Overview", "Report", "The", "This", "A", "An", "Our",
              "City", "County", "Borough", "District", "Metropolitan", "Town", "Parish", "Council"}


def place_only(name: str) -> str:
    """A place name without the title words run on after it or a determiner before it."""
    words = name.split()
    while words and words[0] in _NOT_PLACE:
        words.pop(0)
    for i, word in enumerate(words):
        if word in _NOT_PLACE:
            words = words[:i]
            break
    while words and words[-1] in ("and", "&", "of", "upon", "on"):
        words.pop()
    return " ".join(words)


def csp_name(lines: list[str]) -> str:
    """The partnership the document names, else the area its title names, else its council's area;
    each looked for in the title first."""
    candidates = title_first(lines)
    for line in candidates:
        for match in _CSP.finditer(line):
            name = match.group(1).strip()
            if place_only(name.replace("Community Safety Partnership", "").replace("CSP", "")):
                return re.sub(r"^(?:The|This|Our)\s+", "", name)
        match = _SAFER.search(line)
        if match and (name := place_only(match.group(1))) != "Safer":
            return name
        for segment in _SEGMENT_BREAK.split(line):
            area = _AREA.match(segment.strip())
            if area and place_only(area.group(1)):
                return place_only(area.group(1))
    for line in candidates:
        council = _COUNCIL.search(line)
        if council and place_only(council.group(1)):
            return place_only(council.group(1))
    return ""


def review_type(lines: list[str]) -> str:
    text = " ".join(lines)
    if re.search(r"domestic abuse related death|\bDARDR\b", text, re.I):
        return "DARDR"
    has_sar = re.search(r"safeguarding adults? review|\bSAR\b", text, re.I)
    has_dhr = re.search(r"domestic homicide review|\bDHR\b", text, re.I)
    if has_sar and has_dhr:
        return "joint SAR/DHR"
    if has_dhr:
        return "DHR"
    return ""


def document_date(lines: list[str]) -> ParsedDate | None:
    """The first full date written in the document's own lines (a sign-off or publication date),
    not an "as at" date, which dates the progress updates, nor a footer's; its ``text`` is the date
    as written, without the sentence around it."""
    for line in content_lines(lines):
        if re.search(r"\bas\s+(?:at|of)\b", line, re.I):
            continue
        parsed = parse_date_text(line)
        if parsed.date and parsed.precision in ("day", "month") and not parsed.year_inferred:
            return dataclasses.replace(parsed, text=date_phrase(line, parsed.date) or line)
    return None
