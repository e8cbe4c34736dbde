"""What a plan says about its review: name, partnership, date, type."""
from __future__ import annotations

import re

from .dates import ParsedDate, parse_date_text

_NAME_PATTERNS = [
    re.compile(r"\b(DHR|DARDR|SAR)\s*[-–]?\s*(\d{1,3})\b"),
    re.compile(r"\b((?:Adult|Child|Mr|Mrs|Ms|Miss)\s+[A-Z])\b"),
    re.compile(r"(?:death of|into|review of|concerning)\s+[\"“‘']([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[\"”’']"),
    re.compile(r"[\"“‘']([A-Z][a-z]{2,}(?:\s[A-Z][a-z]+)?)[\"”’']"),
]
_CSP = re.compile(
    r"((?:[A-Z][\w'’&-]*\s+){0,4}(?:Community Safety Partnership|Safety Partnership|Partnership Board|CSP)\b"
    r"|Safer\s+(?:[A-Z][\w'’&-]*\s+){1,3}Partnership(?:\s+Board)?)"
)


def review_name(lines: list[str]) -> str:
    for pattern in _NAME_PATTERNS:
        for line in lines:
            match = pattern.search(line)
            if match:
                return "".join(match.groups()) if pattern is _NAME_PATTERNS[0] else match.group(1)
    return ""


# Failing a named partnership, the area a title opens with: "Nuneaton Domestic Homicide Review".
_AREA = re.compile(r"^([A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*){0,3})\s+"
                   r"(?:Domestic Homicide Review|DHR\b|Domestic Abuse Related Death Review)")


def csp_name(lines: list[str]) -> str:
    """The partnership the document names, else the area its title opens with."""
    for pattern in (_CSP, _AREA):
        for line in lines:
            match = pattern.search(line)
            if match:
                return match.group(1).strip()
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
    """The first full date written in the title lines (a sign-off or publication date),
    not an "as at" date, which dates the progress updates instead."""
    for line in lines:
        if re.search(r"\bas\s+(?:at|of)\b", line, re.I):
            continue
        parsed = parse_date_text(line)
        if parsed.date and parsed.precision in ("day", "month") and not parsed.year_inferred:
            return parsed
    return None
