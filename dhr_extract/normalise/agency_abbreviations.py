"""The abbreviations a plan defines itself: ``Long Name (ABBR)``, ``(ABBR) Long Name``, glossary rows
``ABBR – Long Name``, and acronyms used in cells that match an agency the plan names elsewhere."""
from __future__ import annotations

import re
from typing import Iterable

from .agency_names import ALL_AGENCIES, agency_type_from_keywords, looks_like_name, strip_decoration, tidy_agency_name
from .agency_split import is_role, split_agencies
from .agency_table import ACRONYM_TOKEN, alias_key, could_expand, curated, is_acronym, longest_fit

_I = re.IGNORECASE


_PAREN_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,7})\s*\)")
_GLOSSARY_ROW = re.compile(r"^\s*([A-Z][A-Za-z0-9&]{1,7})\s*(?:[-\u2013\u2014:=|\t]|\s{2,})\s*(\S.*)$")
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n\u2013\u2014]|\s-\s|,")
GENERIC_WORDS = {"POLICE": "police", "PROBATION": "probation"}
_GENERIC_CANONICALS = frozenset({"Police", "Probation Service", "Probation Trust", "Community Rehabilitation Company",
                                 "Police and Crime Commissioner"})


def _words_before(text: str, end: int) -> list[str]:
    clause = _CLAUSE_BREAK.split(text[:end])[-1]
    return clause.split()


def _words_after(text: str, start: int) -> list[str]:
    clause = _CLAUSE_BREAK.split(text[start:])[0]
    return clause.split()


def _defined_in_text(text: str) -> dict[str, str]:
    """"Long Name (ABBR)", "(ABBR) Long Name" and glossary lines "ABBR – Long Name" in one text."""
    found: dict[str, str] = {}
    for match in _PAREN_AFTER.finditer(text):
        acronym = match.group(1)
        if not is_acronym(acronym) or acronym in found:
            continue
        long_form = longest_fit(acronym, _words_before(text, match.start()), from_end=True) or \
            longest_fit(acronym, _words_after(text, match.end()), from_end=False)
        if long_form:
            found[acronym] = long_form
    for line in text.splitlines():
        match = _GLOSSARY_ROW.match(line)
        if match and is_acronym(match.group(1)) and match.group(1) not in found:
            long_form = longest_fit(match.group(1), _words_after(match.group(2), 0), from_end=False)
            if long_form:
                found[match.group(1)] = long_form
    return found


def _candidate_names(texts: list[str]) -> list[str]:
    """Agency names a plan writes out: whole short lines and the items of lists ("ALL AGENCIES including A, B, And C")."""
    names: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = ALL_AGENCIES.sub("", line, count=1).strip()
            pieces = [line] + (re.split(r"\s*[,;]\s*", line) if re.search(r"[,;]", line) else [])
            for piece in pieces:
                piece = re.sub(r"^(?:and|&)\s+", "", strip_decoration(piece), flags=_I)
                if looks_like_name(piece):
                    names.append(piece)
    return names


def _acronyms_used(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for match in ACRONYM_TOKEN.finditer(text):
            if is_acronym(match.group()):
                seen.setdefault(match.group(), None)
    return list(seen)


def _single_agency(names: list[str]) -> str | None:
    """The one agency several spellings name (grouped by canonical), else None."""
    groups: dict[str, str] = {}
    for name in names:
        entry = curated(name)
        groups.setdefault(entry.canonical if entry else alias_key(name), name)
    return next(iter(groups.values())) if len(groups) == 1 else None


def _generic_word_meanings(names: list[str]) -> dict[str, str]:
    """"POLICE" -> "Warwickshire Police" when the plan names exactly one police force (same for probation)."""
    meanings: dict[str, str] = {}
    for word, agency_type in GENERIC_WORDS.items():
        specific = []
        for name in (piece for n in names for piece in split_agencies(n)):  # "A Police and B Police" is two
            if is_role(name):
                continue
            entry = curated(name)
            canonical = entry.canonical if entry else tidy_agency_name(name)
            kind = entry.agency_type if entry else agency_type_from_keywords(name)
            head = re.search(r"(police|constabulary)$" if agency_type == "police" else r"probation", canonical, _I)
            if kind == agency_type and head and canonical not in _GENERIC_CANONICALS and len(canonical.split()) > 1:
                specific.append(name)
        meaning = _single_agency(specific)
        if meaning:
            meanings[word] = meaning
    return meanings


def _defined(texts: list[str]) -> dict[str, str]:
    """Explicit definitions, first one seen: ``Long Name (ABBR)``, ``(ABBR) Long Name``, glossary rows."""
    found: dict[str, str] = {}
    for i, text in enumerate(texts):
        for acronym, long_form in _defined_in_text(text).items():
            found.setdefault(acronym, long_form)
        # A glossary table row arrives as two cells: "CWPT", then "Coventry and Warwickshire ...".
        stripped = text.strip()
        if is_acronym(stripped) and i + 1 < len(texts) and stripped not in found:
            following = strip_decoration(texts[i + 1])
            if could_expand(stripped, following):
                found[stripped] = following
    return found


def _acronym_meanings(acronyms: list[str], names: list[str]) -> dict[str, str]:
    """Acronyms that abbreviate exactly one of the names the plan writes out (never against a
    well-known acronym's own meaning)."""
    by_initial: dict[str, list[str]] = {}
    for name in names:  # an expansion starts with the acronym's first letter: compare only those
        by_initial.setdefault(name[0].casefold(), []).append(name)
    meanings: dict[str, str] = {}
    for acronym in acronyms:
        meaning = _single_agency([n for n in by_initial.get(acronym[0].casefold(), []) if could_expand(acronym, n)])
        known = curated(acronym)
        if meaning and known and getattr(curated(meaning), "canonical", None) != known.canonical:
            continue  # a guess from initials alone does not overrule a well-known acronym ("CPS")
        if meaning:
            meanings[acronym] = meaning
    return meanings


def plan_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations a plan defines itself -> their expansion as written in the plan.

    Explicit definitions win (first one seen); then acronyms used in the plan that abbreviate
    exactly one agency the plan writes out elsewhere (a heading list, a section row); then the
    generic words POLICE / PROBATION when the plan names exactly one force / probation body.
    """
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    found = _defined(texts)
    names = list(dict.fromkeys(_candidate_names(texts)))
    for acronym, meaning in _acronym_meanings(_acronyms_used(texts), names).items():
        found.setdefault(acronym, meaning)
    for word, meaning in _generic_word_meanings(names).items():
        found.setdefault(word, meaning)
    return found


_ENTRY_END = re.compile(r"(?<=[.;])\s+|\n")


def is_glossary(text: str) -> bool:
    """Whether a text is a key of abbreviations: two or more entries ("IDVA – Independent Domestic
    Violence Adviser. MARAC – Multi-Agency Risk Assessment Conference."), each an acronym and the
    words its letters stand for.  A table's key, not a heading naming anything."""
    entries = [e.strip() for e in _ENTRY_END.split(text) if e.strip()]
    return len(entries) >= 2 and all(len(_defined_in_text(e.rstrip(".;"))) == 1 for e in entries)
