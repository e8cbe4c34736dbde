"""Agencies in lead-agency / owner cells: split, expand the plan's abbreviations, canonicalise, type.

Plans abbreviate (CWPT, GEH, NBBC, WMAS, SWFT, CCG, CRC, NPS), name several agencies in
one cell ("CSP / Public Health"), add roles ("ULHT – Head of Midwifery") and write the same
agency differently across plans.  Three steps, each a small pure function:

1. ``plan_abbreviations``: the abbreviations a plan defines itself (``Long Name (ABBR)``,
   ``(ABBR) Long Name``, glossary rows ``ABBR – Long Name``, and acronyms used in cells that
   match an agency named elsewhere, e.g. in an "ALL AGENCIES including ..." heading).
2. ``split_agencies``: one part per agency (roles and departments stay with their agency).
3. ``canonical_agencies``: each part -> ``AgencyRef(text, canonical, agency_type)`` through the
   plan's abbreviations and the curated alias table ``agency_aliases.csv``; unknown names keep
   a tidied spelling and a type guessed from keywords.

Nothing here raises on odd text: an empty or non-agency cell gives ``[]``.

One module per job: ``agency_table`` (the curated table, acronyms and initials),
``agency_names`` (spelling and keyword types), ``agency_split`` (step 2),
``agency_abbreviations`` (step 1); this module resolves a part to an ``AgencyRef`` (step 3)
and keeps every public name importable from here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..model import AgencyType
from .agency_abbreviations import GENERIC_WORDS, plan_abbreviations
from .agency_names import agency_type_from_keywords, expand_embedded, strip_decoration, tidy_agency_name
from .agency_split import BODY_NOUN, COMMA, DASH, FILLER, THEME, is_role, split_agencies, split_top_level
from .agency_table import curated, initials_match, is_acronym, is_known_agency

# The public names of the parts stay importable from here.
__all__ = [
    "AGENCY_TYPES",
    "AgencyRef",
    "agency_ref",
    "agency_type_from_keywords",
    "canonical_agencies",
    "initials_match",
    "is_known_agency",
    "plan_abbreviations",
    "split_agencies",
    "tidy_agency_name",
]

AGENCY_TYPES = tuple(AgencyType)


@dataclass(frozen=True)
class AgencyRef:
    text: str  # the agency as written in this cell part ("CWPT", "Children's Services")
    canonical: str  # one spelling per agency across plans
    agency_type: AgencyType


_I = re.IGNORECASE


def _lookup(name: str, abbreviations: Mapping[str, str], depth: int = 0) -> tuple[str, str] | None:
    """(canonical, type) for a name the plan or the curated table knows, else None."""
    name = strip_decoration(name)
    if not name:
        return None
    expansion = abbreviations.get(name)
    if expansion is None and name.upper() in GENERIC_WORDS:
        expansion = abbreviations.get(name.upper())
    if expansion and depth < 2 and strip_decoration(expansion) != name:
        found = _lookup(expansion, {}, depth + 1)  # the plan's own meaning, then one spelling for it
        if found:
            return found
        return _unknown(expansion, abbreviations)
    entry = curated(name)
    if entry:
        return entry.canonical, entry.agency_type
    expanded = expand_embedded(tidy_agency_name(name))
    if expanded != tidy_agency_name(name):
        entry = curated(expanded)
        if entry:
            return entry.canonical, entry.agency_type
    return None


def _known_prefix(name: str, abbreviations: Mapping[str, str]) -> tuple[str, str] | None:
    """"Warwickshire Police Public Protection Unit" -> Warwickshire Police: the longest known start,
    when the rest is a team or place, not another body ("MARAC Steering Group" stays whole)."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        prefix, rest = " ".join(words[:n]), " ".join(words[n:])
        if n == 1 and not is_acronym(prefix):
            continue
        if BODY_NOUN.search(rest) or re.match(r"(?:and|&|of|for|the|in|on|at|to|'s)\b", rest, _I):
            continue
        found = _lookup(prefix, abbreviations)
        if found:
            return found
    return None


def _unknown(name: str, abbreviations: Mapping[str, str]) -> tuple[str, str]:
    canonical = expand_embedded(tidy_agency_name(name, abbreviations.keys()))
    kind = agency_type_from_keywords(canonical)
    if kind == "other":  # "GMP Stockport district": the type of the acronym it starts with
        first = name.split()[0] if name.split() else ""
        entry = curated(first) if is_acronym(first) else None
        kind = entry.agency_type if entry else kind
    return canonical, kind


def _resolve(segment: str, abbreviations: Mapping[str, str]) -> tuple[str, str] | None:
    return _lookup(segment, abbreviations) or _known_prefix(segment, abbreviations)


def _role_segments(text: str) -> list[str]:
    """Dash segments, each split at commas only when a comma separates a role from its agency
    ("DHR Coordinator, Safer Lincolnshire Partnership"; not "Barnet, Enfield and Haringey ... Trust")."""
    segments: list[str] = []
    for segment in DASH.split(text):
        pieces = split_top_level(segment, COMMA)
        segments.extend(pieces if len(pieces) > 1 and any(is_role(p) for p in pieces) else [segment])
    return segments


def _from_segments(text: str, abbreviations: Mapping[str, str]) -> tuple[str, str]:
    """(canonical, type) of the first dash / comma segment that names an agency; the others are roles
    or departments ("ULHT – Head of Midwifery")."""
    segments = [s for s in (strip_decoration(s) for s in _role_segments(text)) if s]
    non_roles = [s for s in segments if not is_role(s)] or segments or [text]
    for segment in non_roles:
        found = _resolve(segment, abbreviations)
        if found is None and agency_type_from_keywords(segment) != "other":
            found = _unknown(segment, abbreviations)
        if found:
            return found
    return _unknown(non_roles[0], abbreviations)


def agency_ref(part: str, abbreviations: Mapping[str, str] | None = None) -> AgencyRef | None:
    """One agency part ("ULHT – Head of Midwifery") -> AgencyRef; None for fillers and theme headings."""
    abbreviations = abbreviations or {}
    text = strip_decoration(part)
    if text.casefold() in FILLER or not re.search(r"[^\W\d_]", text) or THEME.match(text):
        return None
    found = _lookup(text, abbreviations) or _from_segments(text, abbreviations)
    canonical, kind = found
    if not canonical:
        return None
    return AgencyRef(text, canonical, AgencyType(kind) if kind in AGENCY_TYPES else AgencyType.OTHER)


def canonical_agencies(cell: str, abbreviations: Mapping[str, str] | None = None) -> list[AgencyRef]:
    """The agencies of one cell, split, with the plan's abbreviations expanded and one spelling each.

    Several parts naming the same agency ("GEH – Named Nurse; George Eliot Hospital – Matron")
    give one AgencyRef (the first).
    """
    if not isinstance(cell, str):
        return []
    abbreviations = abbreviations or {}
    refs: list[AgencyRef] = []
    seen: set[str] = set()
    for part in split_agencies(cell, abbreviations):
        ref = agency_ref(part, abbreviations)
        if ref and ref.canonical not in seen:
            seen.add(ref.canonical)
            refs.append(ref)
    return refs
