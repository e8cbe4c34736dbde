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
"""
from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Mapping

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

AGENCY_TYPES = ("police", "health", "local_authority", "probation", "criminal_justice", "housing", "education",
                "specialist_da_service", "partnership", "national_body", "other")


@dataclass(frozen=True)
class AgencyRef:
    text: str  # the agency as written in this cell part ("CWPT", "Children's Services")
    canonical: str  # one spelling per agency across plans
    agency_type: str  # one of AGENCY_TYPES


_I = re.IGNORECASE

# ------------------------------------------------------------------ curated alias table


@dataclass(frozen=True)
class _Entry:
    canonical: str
    agency_type: str


def alias_key(text: str) -> str:
    """Comparison key: case, '&'/'and', apostrophes, dots, brackets, hyphens and a leading 'the' do not count."""
    key = unicodedata.normalize("NFKC", text).casefold()
    key = key.replace("\u2019", "'").replace("\u2018", "'").replace("&", " and ")
    key = re.sub(r"\b(?:her|his) majesty'?s\b", "hm", key)
    key = re.sub(r"['\"\u201c\u201d`.()\[\]]", "", key)
    key = re.sub(r"[^\w\s]|_", " ", key)
    key = " ".join(key.split())
    return key[4:] if key.startswith("the ") else key


# Words plans add or drop freely around the same trust's name (and plural/singular).
_LOOSE_DROP = frozenset({"nhs", "foundation", "university", "teaching", "the"})


def _loose_key(key: str) -> str:
    words = []
    for word in key.split():
        if word in _LOOSE_DROP:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


@dataclass(frozen=True)
class _Table:
    exact: dict[str, _Entry]
    loose: dict[str, _Entry]  # only loose keys that point at a single canonical
    acronyms: frozenset[str]  # aliases written as acronyms ("CWPT", "BFfC"), case as written


@functools.lru_cache(maxsize=1)
def _alias_table() -> _Table:
    # Read once: the CSV ships inside the package (see pyproject package-data).
    text = resources.files(__package__).joinpath("agency_aliases.csv").read_text(encoding="utf-8")
    exact: dict[str, _Entry] = {}
    loose: dict[str, _Entry | None] = {}
    acronyms: set[str] = set()
    for row in csv.DictReader(io.StringIO(text)):
        entry = _Entry(row["canonical"].strip(), row["agency_type"].strip())
        alias = row["alias"].strip()
        exact.setdefault(alias_key(alias), entry)
        lk = _loose_key(alias_key(alias))
        if lk and loose.get(lk, entry) != entry:
            loose[lk] = None  # ambiguous once loosened: never guess between two agencies
        else:
            loose.setdefault(lk, entry)
        if _is_acronym(alias):
            acronyms.add(alias)
    return _Table(exact, {k: v for k, v in loose.items() if v is not None}, frozenset(acronyms))


@functools.lru_cache(maxsize=4096)
def _curated(name: str) -> _Entry | None:
    table = _alias_table()
    key = alias_key(name)
    if not key:
        return None
    return table.exact.get(key) or table.loose.get(_loose_key(key))


def is_known_agency(name: str) -> bool:
    """The name (or an alias of it) is in the curated agency table."""
    return _curated(name) is not None


# ------------------------------------------------------------------ acronyms and initials

_ACRONYM_TOKEN = re.compile(r"(?<![\w&])[A-Z][A-Za-z0-9&]{1,7}(?![\w&])")


def _is_acronym(word: str) -> bool:
    """2-8 characters, capitals/digits/& with at most a few lowercase joiners ("CWPT", "BFfC", "SECAmb", "B&NES")."""
    if not (2 <= len(word) <= 8) or not re.fullmatch(r"[A-Z][A-Za-z0-9&]*", word):
        return False
    upper = sum(c.isupper() for c in word)
    lower = sum(c.islower() for c in word)
    return upper >= 2 and upper > lower


# Words an acronym may leave out ("SWFT" = South Warwickshire NHS Foundation Trust).
_OPTIONAL_WORDS = frozenset({
    "and", "&", "of", "the", "for", "in", "on", "at", "to", "upon", "nhs", "foundation", "trust", "university",
    "teaching", "service", "services", "ltd", "limited", "cic",
})
_WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?|&")


def _initial_tokens(text: str) -> list[tuple[str, bool]]:
    """Words of a long form with whether an acronym may skip them (joiners, and hyphen continuations)."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        after_hyphen = match.start() > 0 and text[match.start() - 1] == "-"
        tokens.append((word, after_hyphen or word.casefold() in _OPTIONAL_WORDS))
    return tokens


def initials_match(acronym: str, long_form: str) -> bool:
    """Could ``acronym`` abbreviate ``long_form``?  Every content word must give a letter, in order;
    the first word gives the first letter; extra letters come from inside a word only when the
    acronym writes them lowercase ("SECAmb") or the word has a capital there ("NHS", "SafeLives")."""
    letters = [c for c in acronym if c.isalnum() or c == "&"]
    tokens = _initial_tokens(long_form)
    if not letters or not tokens or len(tokens) > 16:
        return False
    memo: dict[tuple[int, int, int], bool] = {}

    def word_at(i: int, j: int, first: bool) -> bool:  # letters[i:] against tokens[j:]
        if i == len(letters):
            return all(optional for _, optional in tokens[j:])
        if j == len(tokens):
            return False
        word, optional = tokens[j]
        if optional and not first and word_at(i, j + 1, False):
            return True
        if letters[i] == "&":
            return word.casefold() in ("&", "and") and word_at(i + 1, j + 1, False)
        if word == "&" or word[0].casefold() != letters[i].casefold():
            return False
        return inside(i + 1, j, 1)

    def inside(i: int, j: int, pos: int) -> bool:  # more letters from inside tokens[j] after pos
        key = (i, j, pos)
        if key not in memo:
            memo[key] = word_at(i, j + 1, False) or any(
                inside(i + 1, j, p + 1)
                for p in range(pos, len(tokens[j][0]))
                if i < len(letters) and tokens[j][0][p].casefold() == letters[i].casefold()
                and (letters[i].islower() or tokens[j][0][p].isupper() or letters[i].isdigit())
            )
        return memo[key]

    return word_at(0, 0, True)


def _could_expand(acronym: str, long_form: str) -> bool:
    """A real expansion: words, not another acronym or the acronym plus a word ("MARAC Coordinator", "WMASFT")."""
    words = long_form.split()
    if acronym in words or (len(words) < 2 and not re.search(r"[a-z]", long_form)):
        return False
    return initials_match(acronym, long_form)


def _longest_fit(acronym: str, words: list[str], from_end: bool) -> str:
    """The longest run of ``words`` next to the acronym (ending at / starting from it) that it abbreviates."""
    best = ""
    limit = min(len(words), len([c for c in acronym if c.isalnum()]) + 6)
    for n in range(1, limit + 1):
        run = words[-n:] if from_end else words[:n]
        candidate = " ".join(run)
        if _could_expand(acronym, candidate):
            best = candidate
    return best


# ------------------------------------------------------------------ plan abbreviations

_PAREN_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9&]{1,7})\s*\)")
_GLOSSARY_ROW = re.compile(r"^\s*([A-Z][A-Za-z0-9&]{1,7})\s*(?:[-\u2013\u2014:=|\t]|\s{2,})\s*(\S.*)$")
_CLAUSE_BREAK = re.compile(r"[.;:!?()\[\]\n\u2013\u2014]|\s-\s|,")
_ALL_AGENCIES = re.compile(
    r"^\s*all\s+(?:(?:partner|relevant|statutory|named|involved|other|key)\s+)*agenc(?:y|ies)\b(?:\s+involved)?"
    r"\s*(?P<marker>[,:\u2013\u2014-]?\s*(?:(?:including|incl\.?|namely|such\s+as|i\.e\.?|e\.g\.?|viz\.?)\b\s*:?)?)\s*",
    _I,
)
_GENERIC_WORDS = {"POLICE": "police", "PROBATION": "probation"}
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
        if not _is_acronym(acronym) or acronym in found:
            continue
        long_form = _longest_fit(acronym, _words_before(text, match.start()), from_end=True) or \
            _longest_fit(acronym, _words_after(text, match.end()), from_end=False)
        if long_form:
            found[acronym] = long_form
    for line in text.splitlines():
        match = _GLOSSARY_ROW.match(line)
        if match and _is_acronym(match.group(1)) and match.group(1) not in found:
            long_form = _longest_fit(match.group(1), _words_after(match.group(2), 0), from_end=False)
            if long_form:
                found[match.group(1)] = long_form
    return found


_JOINERS = frozenset({"and", "&", "of", "for", "the", "in", "on", "upon", "at", "to"})


def _looks_like_name(text: str) -> bool:
    """A proper name: 1-8 words, each capitalised, an acronym or a joiner ("Nuneaton & Bedworth Council")."""
    words = text.split()
    if not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.casefold() in _JOINERS for w in words) and not re.search(r"[\d:()]", text)


def _candidate_names(texts: list[str]) -> list[str]:
    """Agency names a plan writes out: whole short lines and the items of lists ("ALL AGENCIES including A, B, And C")."""
    names: list[str] = []
    for text in texts:
        for line in text.splitlines():
            line = _ALL_AGENCIES.sub("", line, count=1).strip()
            pieces = [line] + (re.split(r"\s*[,;]\s*", line) if re.search(r"[,;]", line) else [])
            for piece in pieces:
                piece = re.sub(r"^(?:and|&)\s+", "", _strip_decoration(piece), flags=_I)
                if _looks_like_name(piece):
                    names.append(piece)
    return names


def _acronyms_used(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for match in _ACRONYM_TOKEN.finditer(text):
            if _is_acronym(match.group()):
                seen.setdefault(match.group(), None)
    return list(seen)


def _single_agency(names: list[str]) -> str | None:
    """The one agency several spellings name (grouped by canonical), else None."""
    groups: dict[str, str] = {}
    for name in names:
        entry = _curated(name)
        groups.setdefault(entry.canonical if entry else alias_key(name), name)
    return next(iter(groups.values())) if len(groups) == 1 else None


def _generic_word_meanings(names: list[str]) -> dict[str, str]:
    """"POLICE" -> "Warwickshire Police" when the plan names exactly one police force (same for probation)."""
    meanings: dict[str, str] = {}
    for word, agency_type in _GENERIC_WORDS.items():
        specific = []
        for name in (piece for n in names for piece in split_agencies(n)):  # "A Police and B Police" is two
            if _is_role(name):
                continue
            entry = _curated(name)
            canonical = entry.canonical if entry else tidy_agency_name(name)
            kind = entry.agency_type if entry else agency_type_from_keywords(name)
            head = re.search(r"(police|constabulary)$" if agency_type == "police" else r"probation", canonical, _I)
            if kind == agency_type and head and canonical not in _GENERIC_CANONICALS and len(canonical.split()) > 1:
                specific.append(name)
        meaning = _single_agency(specific)
        if meaning:
            meanings[word] = meaning
    return meanings


def plan_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviations a plan defines itself -> their expansion as written in the plan.

    Explicit definitions win (first one seen); then acronyms used in the plan that abbreviate
    exactly one agency the plan writes out elsewhere (a heading list, a section row); then the
    generic words POLICE / PROBATION when the plan names exactly one force / probation body.
    """
    texts = [t for t in texts if isinstance(t, str) and t.strip()]
    found: dict[str, str] = {}
    for i, text in enumerate(texts):
        for acronym, long_form in _defined_in_text(text).items():
            found.setdefault(acronym, long_form)
        # A glossary table row arrives as two cells: "CWPT", then "Coventry and Warwickshire ...".
        stripped = text.strip()
        if _is_acronym(stripped) and i + 1 < len(texts) and stripped not in found:
            following = _strip_decoration(texts[i + 1])
            if _could_expand(stripped, following):
                found[stripped] = following
    names = list(dict.fromkeys(_candidate_names(texts)))
    by_initial: dict[str, list[str]] = {}
    for name in names:  # an expansion starts with the acronym's first letter: compare only those
        by_initial.setdefault(name[0].casefold(), []).append(name)
    for acronym in _acronyms_used(texts):
        if acronym in found:
            continue
        meaning = _single_agency([n for n in by_initial.get(acronym[0].casefold(), []) if _could_expand(acronym, n)])
        known = _curated(acronym)
        if meaning and known and getattr(_curated(meaning), "canonical", None) != known.canonical:
            continue  # a guess from initials alone does not overrule a well-known acronym ("CPS")
        if meaning:
            found[acronym] = meaning
    for word, meaning in _generic_word_meanings(names).items():
        found.setdefault(word, meaning)
    return found


# ------------------------------------------------------------------ tidy spelling and keyword types

_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u2043\u2219*>\u2013\u2014-]+|\(?[a-z]\)|\(?\d{1,2}[.)]|[ivx]{1,4}\))\s+", _I)
_QUOTES = "\"'\u201c\u201d\u2018\u2019`"


@functools.lru_cache(maxsize=8192)  # called on the same short strings many times per plan
def _strip_decoration(text: str) -> str:
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
    name = _strip_decoration(text).replace("\u2019", "'").replace("\u2018", "'")
    name = re.sub(r"\s*\(\s*[A-Z][A-Za-z0-9&]{1,7}\s*\)\s*", " ", name).strip()
    name = re.sub(r"\s+&\s+", " and ", name)
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and re.search(r"[A-Za-z]{4,}", name):
        known = known_acronyms | _alias_table().acronyms
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


def _expand_embedded(name: str) -> str:
    words = name.split()
    if len(words) < 2:
        return name
    name = " ".join(_EMBEDDED.get(w, w) for w in words)
    # CCGs and ICBs are named "NHS <area> ..." officially; plans often drop the "NHS".
    if re.search(r"(?:Clinical Commissioning Group|Integrated Care Board)$", name) and not name.startswith("NHS "):
        name = "NHS " + name
    return name


# ------------------------------------------------------------------ splitting a cell

_ROLE = re.compile(
    r"\b(?:head|manager|co-?ordinator|leads?|director|officers?|nurses?|midwife|chair(?:person)?|superintendent"
    r"|inspector|sergeant|constable|commander|practitioners?|advis[eo]rs?|consultant|named|designated|chief|deputy"
    r"|assistant|team leader|detective|dci|di|ds|secretary|administrator|analyst|worker|clinician|matron"
    r"|safeguarding lead)\b",
    _I,
)
_BODY_NOUN = re.compile(r"\b(?:group|board|partnership|panel|forum|committee|conference|hub|commissioner|network"
                        r"|alliance|steering|federation|association)\b", _I)
_STRONG_HEAD = re.compile(r"\b(?:police|constabulary|council|trust|ccg|icb|clinical commissioning group|integrated care"
                          r" board|health board|hospitals?|company|partnership|probation service)$", _I)
_DASH = re.compile(r"\s+[-\u2013\u2014]+\s+|\s*[\u2013\u2014]+\s*|:\s+")
_FILLER = frozenset({"", "n/a", "na", "n a", "none", "nil", "tbc", "tba", "not applicable", "not known", "unknown",
                     "various", "-", "?", "see above", "as above", "ditto"})
_THEME = re.compile(r"^\s*(?:theme|section|part|priority|area)\s*\d*[a-z]?\b(?=\s*[:.\u2013\u2014-]|\s*$)", _I)


def _is_role(text: str) -> bool:
    return bool(_ROLE.search(text)) and _curated(text) is None


def _is_recognised(text: str, abbreviations: Mapping[str, str]) -> bool:
    """An agency in its own right (for deciding whether 'and' joins two agencies or is part of one name)."""
    name = _strip_decoration(text)
    if not name or _is_role(name):
        return False
    if name in abbreviations or _curated(name) is not None:
        return True
    if re.fullmatch(r"[A-Z][A-Z&]{1,5}", name):  # "CWPT", "GEH": an acronym is a name
        return True
    return len(name.split()) >= 2 and bool(_STRONG_HEAD.search(name)) and _looks_like_name(name)


def _split_top_level(text: str, separator: re.Pattern[str]) -> list[str]:
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
_COMMA = re.compile(r"\s*,\s*")
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
                    or (not _is_recognised(previous, {}) and _curated(combined) is not None)):
                joined[-1] = combined
                continue
        joined.append(line)
    return joined


def _split_commas(piece: str, abbreviations: Mapping[str, str]) -> list[str]:
    """Commas separate agencies, except after a role ("DHR Coordinator, Safer Lincolnshire Partnership")
    and inside a name ("Barnet, Enfield and Haringey Mental Health NHS Trust")."""
    head, dash, tail = _partition_dash(piece)
    if _curated(piece) is not None or "," not in head:
        return [piece]
    parts = [p for p in _split_top_level(head, _COMMA) if p.strip()]
    parts[-1] = parts[-1] + dash + tail
    merged: list[str] = []
    pending = ""
    for k, part in enumerate(parts):
        part = f"{pending}, {part}" if pending else part
        pending = ""
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if nxt and _is_role(part.split(", ")[-1]):
            pending = part  # a role names the agency after it
        elif nxt and not _is_recognised(part, abbreviations) and agency_type_from_keywords(part) == "other" \
                and len(part.split()) <= 2 and _AND.search(nxt) and _STRONG_HEAD.search(_partition_dash(nxt)[0]):
            pending = part  # "Barnet, Enfield and Haringey ... Trust": a place in a list of places
        elif merged and _is_role(part) and not _is_recognised(part, abbreviations):
            merged[-1] = f"{merged[-1]}, {part}"  # "Safer Lincolnshire Partnership, DHR Coordinator"
        else:
            merged.append(part)
    if pending:
        merged.append(pending)
    return merged


def _partition_dash(text: str) -> tuple[str, str, str]:
    match = _DASH.search(text)
    if not match:
        return text, "", ""
    return text[:match.start()], match.group(), text[match.end():]


def _split_and(piece: str, abbreviations: Mapping[str, str]) -> list[str]:
    """Split on 'and'/'&' only where every resulting piece is an agency by itself."""
    head, dash, tail = _partition_dash(piece)
    if _curated(head) is not None or head in abbreviations:
        return [piece]
    bits = _split_top_level(head, _AND)
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


def split_agencies(cell: str, abbreviations: Mapping[str, str] | None = None) -> list[str]:
    """The agencies named in one cell, each as written (with its role or department, if any)."""
    if not isinstance(cell, str):
        return []
    abbreviations = abbreviations or {}
    parts: list[str] = []
    lines = [_strip_decoration(line) for line in cell.splitlines()]
    for line in _join_wrapped_lines([line for line in lines if line and line.casefold() not in _FILLER]):
        match = _ALL_AGENCIES.match(line)
        if match and match.end() < len(line) and (match.group("marker").strip() or line[match.end()].isupper()):
            line = line[match.end():]  # "ALL AGENCIES including A, B, C": the agencies listed
        if _curated(line) is not None:
            parts.append(line)
            continue
        for piece in _split_top_level(line, _HARD_SEPARATOR):
            for sub in _split_commas(_strip_decoration(piece), abbreviations):
                sub = re.sub(r"^(?:and|&)\s+", "", _strip_decoration(sub), flags=_I)
                parts.extend(p for p in (_strip_decoration(s) for s in _split_and(sub, abbreviations)) if p)
    return [p for p in parts if p.casefold() not in _FILLER and re.search(r"[^\W\d_]", p)]


# ------------------------------------------------------------------ one part -> AgencyRef


def _lookup(name: str, abbreviations: Mapping[str, str], depth: int = 0) -> tuple[str, str] | None:
    """(canonical, type) for a name the plan or the curated table knows, else None."""
    name = _strip_decoration(name)
    if not name:
        return None
    expansion = abbreviations.get(name)
    if expansion is None and name.upper() in _GENERIC_WORDS:
        expansion = abbreviations.get(name.upper())
    if expansion and depth < 2 and _strip_decoration(expansion) != name:
        found = _lookup(expansion, {}, depth + 1)  # the plan's own meaning, then one spelling for it
        if found:
            return found
        return _unknown(expansion, abbreviations)
    entry = _curated(name)
    if entry:
        return entry.canonical, entry.agency_type
    expanded = _expand_embedded(tidy_agency_name(name))
    if expanded != tidy_agency_name(name):
        entry = _curated(expanded)
        if entry:
            return entry.canonical, entry.agency_type
    return None


def _known_prefix(name: str, abbreviations: Mapping[str, str]) -> tuple[str, str] | None:
    """"Warwickshire Police Public Protection Unit" -> Warwickshire Police: the longest known start,
    when the rest is a team or place, not another body ("MARAC Steering Group" stays whole)."""
    words = name.split()
    for n in range(len(words) - 1, 0, -1):
        prefix, rest = " ".join(words[:n]), " ".join(words[n:])
        if n == 1 and not _is_acronym(prefix):
            continue
        if _BODY_NOUN.search(rest) or re.match(r"(?:and|&|of|for|the|in|on|at|to|'s)\b", rest, _I):
            continue
        found = _lookup(prefix, abbreviations)
        if found:
            return found
    return None


def _unknown(name: str, abbreviations: Mapping[str, str]) -> tuple[str, str]:
    canonical = _expand_embedded(tidy_agency_name(name, abbreviations.keys()))
    kind = agency_type_from_keywords(canonical)
    if kind == "other":  # "GMP Stockport district": the type of the acronym it starts with
        first = name.split()[0] if name.split() else ""
        entry = _curated(first) if _is_acronym(first) else None
        kind = entry.agency_type if entry else kind
    return canonical, kind


def _resolve(segment: str, abbreviations: Mapping[str, str]) -> tuple[str, str] | None:
    return _lookup(segment, abbreviations) or _known_prefix(segment, abbreviations)


def _role_segments(text: str) -> list[str]:
    """Dash segments, each split at commas only when a comma separates a role from its agency
    ("DHR Coordinator, Safer Lincolnshire Partnership"; not "Barnet, Enfield and Haringey ... Trust")."""
    segments: list[str] = []
    for segment in _DASH.split(text):
        pieces = _split_top_level(segment, _COMMA)
        segments.extend(pieces if len(pieces) > 1 and any(_is_role(p) for p in pieces) else [segment])
    return segments


def agency_ref(part: str, abbreviations: Mapping[str, str] | None = None) -> AgencyRef | None:
    """One agency part ("ULHT – Head of Midwifery") -> AgencyRef; None for fillers and theme headings."""
    abbreviations = abbreviations or {}
    text = _strip_decoration(part)
    if text.casefold() in _FILLER or not re.search(r"[^\W\d_]", text) or _THEME.match(text):
        return None
    found = _lookup(text, abbreviations)
    if found is None:
        # The agency is the first dash / comma segment that names one; the others are roles or departments.
        segments = [s for s in (_strip_decoration(s) for s in _role_segments(text)) if s]
        non_roles = [s for s in segments if not _is_role(s)] or segments or [text]
        for segment in non_roles:
            found = _resolve(segment, abbreviations)
            if found is None and agency_type_from_keywords(segment) != "other":
                found = _unknown(segment, abbreviations)
            if found:
                break
        if found is None:
            found = _unknown(non_roles[0], abbreviations)
    canonical, kind = found
    if not canonical:
        return None
    return AgencyRef(text, canonical, kind if kind in AGENCY_TYPES else "other")


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
