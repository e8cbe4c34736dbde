"""The curated agency table (``agency_aliases.csv``) and how names are compared with it: alias keys,
acronyms, and whether an acronym is the initials of a long name."""
from __future__ import annotations

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources


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
def alias_table() -> _Table:
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
        if is_acronym(alias):
            acronyms.add(alias)
    return _Table(exact, {k: v for k, v in loose.items() if v is not None}, frozenset(acronyms))


@functools.lru_cache(maxsize=4096)
def curated(name: str) -> _Entry | None:
    table = alias_table()
    key = alias_key(name)
    if not key:
        return None
    return table.exact.get(key) or table.loose.get(_loose_key(key))


def is_known_agency(name: str) -> bool:
    """The name (or an alias of it) is in the curated agency table."""
    return curated(name) is not None


# ------------------------------------------------------------------ acronyms and initials

ACRONYM_TOKEN = re.compile(r"(?<![\w&])[A-Z][A-Za-z0-9&]{1,7}(?![\w&])")


def is_acronym(word: str) -> bool:
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


def could_expand(acronym: str, long_form: str) -> bool:
    """A real expansion: words, not another acronym or the acronym plus a word ("MARAC Coordinator", "WMASFT")."""
    words = long_form.split()
    if acronym in words or (len(words) < 2 and not re.search(r"[a-z]", long_form)):
        return False
    return initials_match(acronym, long_form)


def longest_fit(acronym: str, words: list[str], from_end: bool) -> str:
    """The longest run of ``words`` next to the acronym (ending at / starting from it) that it abbreviates."""
    best = ""
    limit = min(len(words), len([c for c in acronym if c.isalnum()]) + 6)
    for n in range(1, limit + 1):
        run = words[-n:] if from_end else words[:n]
        candidate = " ".join(run)
        if could_expand(acronym, candidate):
            best = candidate
    return best
