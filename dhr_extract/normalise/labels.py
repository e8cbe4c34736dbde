"""Recommendation labels ("1.", "R1", "Recommendation 3:", "3.1", "10.2a") and agency prefixes ("POLICE:")."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A number like 1, 3.1, 6.1.1, 10.2a, 2b (a letter suffix only straight after digits).
_NUMBER = r"\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_LABEL_IN_TEXT = re.compile(
    rf"^\s*(?P<label>(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?(?P<n1>{_NUMBER}|[a-z])"
    rf"|r\s?(?P<n2>{_NUMBER})"
    rf"|(?P<n3>{_NUMBER}))"
    rf"\s*[.:)\-–]?)(?:(?=\s|$)|(?<=[.:)])(?=[A-Z]))",
    re.I,
)
_LABEL_CELL = re.compile(rf"^\s*(?:(?:recommendation|rec)\.?\s*(?:no\.?\s*)?|r\s?)?(?P<n>{_NUMBER})\s*[.:)]?\s*$", re.I)

_PREFIX = re.compile(r"^(?P<agency>[A-Z][\w'’&/().,\- ]{0,60}?)\s*:\s*(?=\S)")
# Words that open a sentence with a colon but are not agencies.
_NOT_AGENCIES = {
    "update", "note", "action", "actions", "progress", "outcome", "evidence", "response", "comment", "comments",
    "status", "date", "target", "aim", "purpose", "objective", "recommendation", "rationale", "summary", "complete",
    "completed", "ongoing", "position", "current position", "result", "results", "example", "e.g", "i.e", "nb",
    "please note", "review", "audit", "training", "monitoring", "deadline", "lead", "owner", "timescale",
}


@dataclass(frozen=True)
class Label:
    label: str  # as written, e.g. "Recommendation 3:"
    number: str  # without decoration, e.g. "3"


def split_label(text: str) -> tuple[Label | None, str]:
    """A recommendation cell's leading label and the text after it."""
    first_line = text.split("\n", 1)[0]
    match = _LABEL_IN_TEXT.match(first_line)
    if not match:
        return None, text
    number = match.group("n1") or match.group("n2") or match.group("n3")
    if not re.search(r"\d", number) and not match.group("n1"):
        return None, text
    # "2014" or "2,000" opening a sentence is not a label: keep numbers small and the label short.
    if re.fullmatch(r"\d{4}", number) or (match.group("n3") and int(re.match(r"\d+", number).group()) > 200):
        return None, text
    rest = text[match.end():].lstrip(" \t")
    if rest.startswith("\n"):
        rest = rest[1:]
    return Label(match.group("label").strip(), normalise_number(number)), rest


def label_from_cell(text: str) -> Label | None:
    """A label standing alone in a number column ("3.1", "R1", "1.")."""
    match = _LABEL_CELL.match(text.strip())
    if not match:
        return None
    return Label(text.strip(), normalise_number(match.group("n")))


def normalise_number(number: str) -> str:
    return number.strip().rstrip(".").lower()


def split_agency_prefix(text: str) -> tuple[str, str]:
    """("POLICE", "Review all ...") from "POLICE: Review all ..."; ("", text) when there is no prefix."""
    match = _PREFIX.match(text)
    if not match:
        return "", text
    agency = match.group("agency").strip()
    words = agency.split()
    if agency.lower().strip(".") in _NOT_AGENCIES or len(words) > 6 or re.search(r"\d{4}", agency):
        return "", text
    # An agency is a proper name: every word capitalised (allowing short joiners) or an acronym.
    joiners = {"and", "of", "the", "for", "&", "nhs", "in", "-", "–"}
    if not all(w[0].isupper() or w.lower() in joiners or not w[0].isalpha() for w in words):
        return "", text
    return agency, text[match.end():]
