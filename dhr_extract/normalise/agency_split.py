"""Splitting one lead-agency cell into one part per agency (roles and departments stay with their
agency)."""
from __future__ import annotations

import re
from typing import Mapping

from .agency_names import ALL_AGENCIES, agency_type_from_keywords, looks_like_name, strip_decoration
from .agency_table import curated

_I = re.IGNORECASE


_ROLE = re.compile(
    r"\b(?:head|manager|co-?ordinator|leads?|director|officers?|nurses?|midwife|chair(?:person)?|superintendent"
    r"|inspector|sergeant|constable|commander|practitioners?|advis[eo]rs?|consultant|named|designated|chief|deputy"
    r"|assistant|team leader|detective|dci|di|ds|secretary|administrator|analyst|worker|clinician|matron"
    r"|safeguarding lead)\b",
    _I,
)
BODY_NOUN = re.compile(r"\b(?:group|board|partnership|panel|forum|committee|conference|hub|commissioner|network"
                        r"|alliance|steering|federation|association)\b", _I)
_STRONG_HEAD = re.compile(r"\b(?:police|constabulary|council|trust|ccg|icb|clinical commissioning group|integrated care"
                          r" board|health board|hospitals?|company|partnership|probation service)$", _I)
DASH = re.compile(r"\s+[-\u2013\u2014]+\s+|\s*[\u2013\u2014]+\s*|:\s+")
FILLER = frozenset({"", "n/a", "na", "n a", "none", "nil", "tbc", "tba", "not applicable", "not known", "unknown",
                     "various", "-", "?", "see above", "as above", "ditto"})
THEME = re.compile(r"^\s*(?:theme|section|part|priority|area)\s*\d*[a-z]?\b(?=\s*[:.\u2013\u2014-]|\s*$)", _I)


# A person's name on a line of its own: two or three capitalised words, after a title or rank at most.
PERSON_NAME = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Cllr|PC|DC|DS|DI|DCI|DSU|Supt|Sgt|Insp)\.?\s+)?"
                         r"[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[-'\u2019][A-Z]?[a-z]+)*){1,2}$")


# The noun a body's name ends with, where its keywords name no kind of agency ("Drug and Alcohol Service").
ORGANISATION_NOUN = re.compile(r"\b(?:services?|teams?|units?|agency|organisation|charity|project|department)$", _I)


def is_role(text: str) -> bool:
    return bool(_ROLE.search(text)) and curated(text) is None


def _is_recognised(text: str, abbreviations: Mapping[str, str]) -> bool:
    """An agency in its own right (for deciding whether 'and' joins two agencies or is part of one name)."""
    name = strip_decoration(text)
    if not name or is_role(name):
        return False
    if name in abbreviations or curated(name) is not None:
        return True
    if re.fullmatch(r"[A-Z][A-Z&]{1,5}", name):  # "CWPT", "GEH": an acronym is a name
        return True
    return len(name.split()) >= 2 and bool(_STRONG_HEAD.search(name)) and looks_like_name(name)


def split_top_level(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split outside brackets only ("Children's Services (Early Help, MASH)" stays whole)."""
    parts, start = [], 0
    for match in separator.finditer(text):
        depth = text.count("(", 0, match.start()) - text.count(")", 0, match.start())
        if depth <= 0:
            parts.append(text[start:match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


_HARD_SEPARATOR = re.compile(r"\s*;\s*|\s+\+\s+|\s+and/or\s+|(?<=[^\W\d])\s*/\s*(?=[^\W\d])|(?<=\S)\s+/\s+(?=\S)", _I)
COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s+(?:and|&)\s+", _I)


def _join_wrapped_lines(lines: list[str]) -> list[str]:
    """PDF cells wrap long names over lines ("North Warwickshire Clinical / Commissioning Group"):
    a line continues the one above when it starts lowercase or with a joiner, the line above ends
    with one, or the two lines make a known name that the lines alone are not."""
    joined: list[str] = []
    for line in lines:
        if joined:
            previous = joined[-1]
            combined = f"{previous} {line}"
            if (re.match(r"^(?:[a-z(]|(?:and|&|of|for|the)\b)", line)
                    or re.search(r"(?:\b(?:and|&|of|for|the)|[,(])$", previous, _I)
                    or (not _is_recognised(line, {}) and _is_recognised(combined, {}))
                    or (not _is_recognised(previous, {}) and curated(combined) is not None)):
                joined[-1] = combined
                continue
        joined.append(line)
    return joined


def _split_commas(piece: str, abbreviations: Mapping[str, str]) -> list[str]:
    """Commas separate agencies, except after a role ("DHR Coordinator, Safer Lincolnshire Partnership")
    and inside a name ("Barnet, Enfield and Haringey Mental Health NHS Trust")."""
    head, dash, tail = _partition_dash(piece)
    if curated(piece) is not None or "," not in head:
        return [piece]
    parts = [p for p in split_top_level(head, COMMA) if p.strip()]
    parts[-1] = parts[-1] + dash + tail
    return _merge_comma_parts(parts, abbreviations)


def _merge_comma_parts(parts: list[str], abbreviations: Mapping[str, str]) -> list[str]:
    """Comma-separated parts joined back where a comma does not separate two agencies."""
    merged: list[str] = []
    pending = ""
    for k, part in enumerate(parts):
        part = f"{pending}, {part}" if pending else part
        pending = ""
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if nxt and is_role(part.split(", ")[-1]):
            pending = part  # a role names the agency after it
        elif nxt and _is_place_before_names(part, nxt, abbreviations):
            pending = part  # "Barnet, Enfield and Haringey ... Trust": a place in a list of places
        elif merged and is_role(part) and not _is_recognised(part, abbreviations):
            merged[-1] = f"{merged[-1]}, {part}"  # "Safer Lincolnshire Partnership, DHR Coordinator"
        else:
            merged.append(part)
    if pending:
        merged.append(pending)
    return merged


def _is_place_before_names(part: str, nxt: str, abbreviations: Mapping[str, str]) -> bool:
    """A short unrecognised word before "X and Y <strong head>": one of a list of places in a name."""
    return (not _is_recognised(part, abbreviations) and agency_type_from_keywords(part) == "other"
            and len(part.split()) <= 2 and bool(_AND.search(nxt)) and bool(_STRONG_HEAD.search(_partition_dash(nxt)[0])))


def _partition_dash(text: str) -> tuple[str, str, str]:
    match = DASH.search(text)
    if not match:
        return text, "", ""
    return text[:match.start()], match.group(), text[match.end():]


def _split_and(piece: str, abbreviations: Mapping[str, str]) -> list[str]:
    """Split on 'and'/'&' only where every resulting piece is an agency by itself."""
    head, dash, tail = _partition_dash(piece)
    if curated(head) is not None or head in abbreviations:
        return [piece]
    bits = split_top_level(head, _AND)
    if len(bits) < 2:
        return [piece]
    joiners = [m.group() for m in _AND.finditer(head)]
    # Groups of consecutive bits, every group recognised, as many groups as possible
    # ("Cheshire East Council and Cheshire Constabulary" is two agencies though it ends like one name).
    best: dict[int, list[str] | None] = {0: []}
    for end in range(1, len(bits) + 1):
        options = []
        for start in range(end):
            if best.get(start) is None:
                continue
            group = bits[start]
            for k in range(start + 1, end):
                group += joiners[k - 1] + bits[k]
            if _is_recognised(group, abbreviations):
                options.append(best[start] + [group])
        best[end] = max(options, key=len) if options else None
    groups = best[len(bits)]
    if not groups or len(groups) < 2:
        return [piece]
    groups[-1] = groups[-1] + dash + tail
    return groups


def _after_all_agencies(line: str) -> str:
    """"ALL AGENCIES including A, B, C" -> "A, B, C" (the agencies listed); other lines unchanged."""
    match = ALL_AGENCIES.match(line)
    if match and match.end() < len(line) and (match.group("marker").strip() or line[match.end()].isupper()):
        return line[match.end():]
    return line


def _split_line(line: str, abbreviations: Mapping[str, str]) -> list[str]:
    """One line of a cell: hard separators, then commas, then 'and' where each piece is an agency."""
    if curated(line) is not None:
        return [line]
    parts: list[str] = []
    for piece in split_top_level(line, _HARD_SEPARATOR):
        for sub in _split_commas(strip_decoration(piece), abbreviations):
            sub = re.sub(r"^(?:and|&)\s+", "", strip_decoration(sub), flags=_I)
            parts.extend(p for p in (strip_decoration(s) for s in _split_and(sub, abbreviations)) if p)
    return parts


def split_agencies(cell: str, abbreviations: Mapping[str, str] | None = None) -> list[str]:
    """The agencies named in one cell, each as written (with its role or department, if any)."""
    if not isinstance(cell, str):
        return []
    abbreviations = abbreviations or {}
    lines = [strip_decoration(line) for line in cell.splitlines()]
    lines = _join_wrapped_lines([line for line in lines if line and line.casefold() not in FILLER])
    parts = [part for line in lines for part in _split_line(_after_all_agencies(line), abbreviations)]
    return [p for p in parts if p.casefold() not in FILLER and re.search(r"[^\W\d_]", p)]


def is_person_name(line: str) -> bool:
    """A line that reads as a person's name ("Amira Shah", "DCI Owen Marsh"), naming no organisation: not
    even after its first word (a place's name before a known body: "Silverbeck Citizens Advice")."""
    if not PERSON_NAME.match(line) or curated(line) is not None or agency_type_from_keywords(line) != "other":
        return False
    return not names_known_body_after_place(line)


def names_known_body_after_place(line: str) -> bool:
    """A line of three words or more whose words after the first name a known body ("Silverbeck Citizens
    Advice": a place's name before it)."""
    words = line.split()
    return len(words) > 2 and _is_recognised(" ".join(words[1:]), {})


def names_organisation(line: str) -> bool:
    """A line naming an organisation: a known agency or abbreviation, or a name with an agency's keyword."""
    return not is_role(line) and not is_person_name(line) and (
        _is_recognised(line, {}) or names_known_body_after_place(line) or agency_type_from_keywords(line) != "other"
        or (looks_like_name(line) and bool(ORGANISATION_NOUN.search(line) or BODY_NOUN.search(line))))


# A lead cell's labelled lines: "Lead: Harlow Vale Police" / "Supporting: IDVA service, Education"
LEAD_LABEL = re.compile(r"^(?:lead(?:\s+(?:agency|agencies|organisation|partner))?|led\s+by)\s*[:\u2013-]\s*", _I)
SUPPORT_LABEL = re.compile(r"^(?:supporting(?:\s+(?:agenc(?:y|ies)|partners?|organisations?))?|support(?:ed\s+by)?"
                           r"|partners?|partner\s+agencies|with|in\s+partnership\s+with)\s*[:\u2013-]", _I)


def labelled_lead(cell: str) -> str | None:
    """The lead agency of a cell naming it after a label ("Lead: Harlow Vale Police"), its lines wrapped in a
    narrow column joined, up to a line naming the supporting agencies ("Supporting: IDVA service"), which
    are no lead; None where no line, or more than one, opens with a lead's label."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    starts = [i for i, line in enumerate(lines) if LEAD_LABEL.match(line)]
    if len(starts) != 1:
        return None
    end = next((i for i in range(starts[0] + 1, len(lines)) if SUPPORT_LABEL.match(lines[i])), len(lines))
    return " ".join([LEAD_LABEL.sub("", lines[starts[0]]), *lines[starts[0] + 1:end]]).strip() or None


def organisation_lines(cell: str) -> str:
    """An agency cell signing an action off as a person, a job title and an organisation on lines of their
    own ("Amira Shah" / "Named Nurse" / "Hollinsby NHS Foundation Trust"): the agency is the lines naming the
    organisation, not the person's name or job title; one naming the lead after a label, the lead alone
    (``labelled_lead``).  A cell with any other line is kept as it is."""
    lead = labelled_lead(cell)
    if lead is not None:
        return lead
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    kept = [line for line in lines if not (is_role(line) or is_person_name(line))]
    if len(lines) < 2 or not kept or len(kept) == len(lines) or not all(names_organisation(line) for line in kept):
        return cell
    return "\n".join(kept)
