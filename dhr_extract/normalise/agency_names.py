"""Agency-name vocabulary: tidy spelling, the type a name's keywords imply, and what a proper name
or an "ALL AGENCIES including ..." list looks like."""
from __future__ import annotations

import functools
import re
from typing import Iterable

from .agency_table import alias_table

_I = re.IGNORECASE


_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u2219*>\u2013\u2014-]+|\(?[a-z]\)|\(?\d{1,2}[.)]|[ivx]{1,4}\))\s+", _I)
_QUOTES = "\"'\u201c\u201d\u2018\u2019`"


@functools.lru_cache(maxsize=8192)  # called on the same short strings many times per plan
def strip_decoration(text: str) -> str:
    """Bullets, list labels, surrounding quotes, trailing punctuation and extra whitespace removed."""
    text = " ".join(str(text).split())
    text = _BULLET.sub("", text)
    text = text.strip(_QUOTES + " ")
    text = re.sub(r"[\s.,;:/\\|\u2013\u2014-]+$", "", text)
    text = re.sub(r"^[\s.,;:/\\|]+", "", text)
    text = re.sub(r"\s+etc$", "", text, flags=_I)
    return text.strip(_QUOTES + " ")


_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "at", "to", "by", "upon"})
_SHORT_WORDS = frozenset({"all", "new", "old", "one", "two", "our", "way", "top", "bay", "dee", "tay", "wye", "ely",
                          "rye", "hub", "day", "law", "aid", "ex"})


def _title_case_word(word: str, first: bool, known: frozenset[str]) -> str:
    """A shouted word in Title case; acronyms (known, vowel-less, or short) keep capitals."""
    if "-" in word:
        parts = word.split("-")
        return "-".join(_title_case_word(p, first and k == 0, known) for k, p in enumerate(parts))
    letters = re.sub(r"[^A-Za-z]", "", word)
    lower = word.lower()
    if lower in _SMALL_WORDS and not first:
        return lower
    if word in known or (letters and not re.search(r"[AEIOU]", letters)) or \
            (len(letters) <= 3 and lower not in _SHORT_WORDS and lower not in _SMALL_WORDS):
        return word
    return lower[:1].upper() + lower[1:]


def tidy_agency_name(text: str, known_acronyms: Iterable[str] = ()) -> str:
    """One clean spelling for a name nobody curated: whitespace, quotes, trailing punctuation,
    '&' -> 'and', curly apostrophes, a defining "(ABBR)" dropped, SHOUTED -> Title case."""
    return _tidy(str(text), frozenset(known_acronyms))


@functools.lru_cache(maxsize=8192)
def _tidy(text: str, known_acronyms: frozenset[str]) -> str:
    name = strip_decoration(text).replace("\u2019", "'").replace("\u2018", "'")
    name = re.sub(r"\s*\(\s*[A-Z][A-Za-z0-9&]{1,7}\s*\)\s*", " ", name).strip()
    name = re.sub(r"\s+&\s+", " and ", name)
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and re.search(r"[A-Za-z]{4,}", name):
        known = known_acronyms | alias_table().acronyms
        words = name.split()
        if not (len(words) == 1 and (words[0] in known or not re.search(r"[AEIOU]", words[0]) or len(words[0]) < 5)):
            name = " ".join(_title_case_word(w, k == 0, known) for k, w in enumerate(words))
    return " ".join(name.split())


# First match wins; the order settles names with two kinds of keyword
# ("Coventry and Warwickshire Partnership Trust" is health, "Council Housing Services" is a council).
_TYPE_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, _I)) for kind, pattern in (
    ("national_body", r"^(?:the\s+)?(?:home office|dwp|nhs england|nhs improvement|public health england|ukhsa|ofsted"
                      r"|cqc|care quality commission|hm government|welsh government|cabinet office|cafcass)\b"
                      r"|\bministry\b|\bdepartment (?:for|of)\b|\binspectorate\b|\bhmic|\bcollege of policing\b"),
    ("partnership", r"\b(?:csps?|community safety partnership|maracs?|mappa|mash|lscb|lscp|l?sab"
                    r"|safeguarding (?:adults?|children'?s?) (?:board|partnership)|local safeguarding"
                    r"|health and wellbeing board|partnership board|multi[- ]agency)\b"),
    ("police", r"\b(?:police|constabulary|heddlu)\b"),
    ("probation", r"\b(?:probation|nps|crcs?|community rehabilitation compan(?:y|ies)|hmpps|noms)\b"),
    ("criminal_justice", r"\b(?:cps|crown prosecution|courts?|hmcts|prisons?|hmp|youth (?:offending|justice)|yot|yos"
                         r"|criminal justice|magistrates'?)\b"),
    ("local_authority", r"\b(?:council|local authority|cyngor)\b"),
    ("health", r"\b(?:nhs|hospitals?|(?<!housing )trust|ccgs?|icbs?|clinical commissioning|integrated care board"
               r"|gps?|general practi\w*|surgery|medical practice|ambulance|health ?board|uhb|healthcare"
               r"|mental health|midwi\w*|nurs\w*|health visit\w*|primary care|a&e|emergency department)\b"),
    ("specialist_da_service", r"\b(?:refuges?|idvas?|isvas?|dvs|women'?s aid|victim support|safelives|respect"
                              r"|domestic (?:abuse|violence) (?:\w+ )?(?:services?|support|projects?|charity|units?|teams?"
                              r"|advocacy|advisors?|advisers?|helpline|outreach))\b"),
    ("housing", r"\b(?:housing|(?<!care )homes|homeless\w*|almo|tenancy)\b"),
    ("local_authority", r"\b(?:county|borough|city of|children'?s services|children'?s social (?:care|services|work)"
                        r"|adults?'? social (?:care|services)|adult care|social services|social care|early help)\b"),
    ("education", r"\b(?:schools?|colleges?|education|universit(?:y|ies)|academy|academies|nursery)\b"),
    ("partnership", r"\b(?:partnership|safer \w+|steering group|board)\b"),
    ("health", r"\bhealth\b"),
))


def agency_type_from_keywords(name: str) -> str:
    """A type for a name the curated table does not know, from its keywords; "other" when none fits."""
    text = str(name).replace("\u2019", "'")
    for kind, pattern in _TYPE_KEYWORDS:
        if pattern.search(text):
            return kind
    return "other"


# Generic abbreviations inside longer unknown names ("Reading CSP" -> "Reading Community Safety Partnership").
_EMBEDDED = {
    "CSP": "Community Safety Partnership", "CCG": "Clinical Commissioning Group", "ICB": "Integrated Care Board",
    "MBC": "Metropolitan Borough Council", "UHB": "University Health Board", "CRC": "Community Rehabilitation Company",
    "LSCB": "Local Safeguarding Children Board", "SAB": "Safeguarding Adults Board",
}


def expand_embedded(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    name = " ".join(_EMBEDDED.get(w, w) for w in words)
    # CCGs and ICBs are named "NHS <area> ..." officially; plans often drop the "NHS".
    if re.search(r"(?:Clinical Commissioning Group|Integrated Care Board)$", name) and not name.startswith("NHS "):
        name = "NHS " + name
    return name


ALL_AGENCIES = re.compile(
    r"^\s*all\s+(?:(?:partner|relevant|statutory|named|involved|other|key)\s+)*agenc(?:y|ies)\b(?:\s+involved)?"
    r"\s*(?P<marker>[,:\u2013\u2014-]?\s*(?:(?:including|incl\.?|namely|such\s+as|i\.e\.?|e\.g\.?|viz\.?)\b\s*:?)?)\s*",
    _I,
)

_JOINERS = frozenset({"and", "&", "of", "for", "the", "in", "on", "upon", "at", "to"})


def looks_like_name(text: str) -> bool:
    """A proper name: 1-8 words, each capitalised, an acronym or a joiner ("Nuneaton & Bedworth Council")."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.casefold() in _JOINERS for w in words) and not re.search(r"[\d:()]", text)
