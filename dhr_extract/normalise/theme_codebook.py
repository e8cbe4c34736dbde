"""The theme codebook: read, check, merge and fingerprint it.

The codebook is a CSV, one row per theme (``themes.csv`` ships in the package)::

    id,label,parent,definition,precedence,addressed_to,strong,phrases,weak,exclude

``strong`` / ``phrases`` / ``weak`` are the phrases that indicate the theme, by how much they
weigh; ``exclude`` the phrases inside which the theme's phrases must not count ("mental health"
is not ``health``); each list is ``;``-separated.  ``precedence`` (a whole number, default 0)
settles which theme is primary before the evidence does (see ``themes.PRECEDENCE``);
``addressed_to`` lists agency types (``national_body``) whose being addressed is evidence of the
theme in itself.

A phrase is words matched in any case; a word written in capitals (``DASH``, ``GP``, ``A&E``)
is matched as written (and with a plural ``s``); a word ending in ``*`` matches any ending;
``...`` between words allows up to six words between them.  Researchers recode with their own
file: ``extend`` adds its themes and, for a theme the codebook has, adds its phrases (and
replaces the label, parent, definition or precedence it gives); ``replace`` makes the file the
whole codebook.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import re
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Literal

from .agencies import AGENCY_TYPES

__all__ = ["ThemeCodebook", "ThemeCodebookError", "Theme", "default_theme_codebook", "load_theme_codebook", "merge_theme_codebooks",
           "parse_theme_codebook", "phrase_needle", "phrase_pattern"]

COLUMNS = ("id", "label", "parent", "definition", "precedence", "addressed_to", "strong", "phrases", "weak",
           "exclude")
PHRASE_LISTS = ("strong", "phrases", "weak", "exclude")
DEFAULT_FILE = "themes.csv"
MergeMode = Literal["extend", "replace"]


class ThemeCodebookError(ValueError):
    """A codebook file that cannot be used; the message says where and why, in one line."""


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    parent: str
    definition: str
    strong: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    precedence: int | None = None  # None: not given (0)
    addressed_to: tuple[str, ...] = ()  # agency types whose being addressed is evidence of the theme


@dataclass(frozen=True)
class ThemeCodebook:
    themes: tuple[Theme, ...]
    source: str = "default"  # where it came from: "default", "default+FILE" or "FILE"

    @functools.cached_property
    def sha256(self) -> str:
        """A fingerprint of the content (not of the file it came from): same codebook, same hash."""
        lines = ["\t".join([t.id, t.label, t.parent, t.definition, str(t.precedence or 0), "; ".join(t.addressed_to)]
                           + ["; ".join(getattr(t, c)) for c in PHRASE_LISTS])
                 for t in self.themes]
        return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()

    def describe(self) -> dict[str, str | int]:
        """What ``datapackage.json`` records of the codebook a dataset was coded with."""
        return {"sha256": self.sha256, "source": self.source, "themes": len(self.themes)}

    def theme(self, theme_id: str) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)


# ------------------------------------------------------------------ phrases -> patterns

# Up to six words, any punctuation between; word and gap characters never overlap (no backtracking blow-up).
_GAP = r"(?:[^\w'\u2019&-]+[\w'\u2019&-]+){0,6}[^\w'\u2019&-]+"
_JOIN = r"[\s\-/]+"  # words of a phrase: spaces, hyphens or slashes between them
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+")


def _word_pattern(word: str) -> str:
    """One phrase word as a regex: capitals as written (plural allowed), else any case."""
    if _ACRONYM.fullmatch(word):
        return f"(?-i:{re.escape(word)})s?"
    stem, wildcard = (word[:-1], True) if word.endswith("*") else (word, False)
    body = re.escape(stem).replace("'", "['\u2019]?").replace(r"\-", r"[\s-]?")
    return body + (r"\w*" if wildcard else "")


@functools.lru_cache(maxsize=4096)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase of the codebook as a compiled, case-insensitive, whole-word pattern."""
    words = phrase.split()
    if not words or "..." in (words[0], words[-1]):
        raise ThemeCodebookError("a phrase needs words, and '...' only between them")
    parts: list[str] = []
    for word in words:
        if word == "...":
            parts.append(_GAP)
            continue
        if parts and parts[-1] != _GAP:
            parts.append(_JOIN)
        parts.append(_word_pattern(word))
    return re.compile(r"(?<![\w&])" + "".join(parts) + r"(?![\w&])", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def phrase_needle(phrase: str) -> str:
    """Lowercase letters every match of the phrase contains (its first word's stem): a cheap test
    that skips the regex for the many phrases a text cannot match."""
    return phrase.split()[0].rstrip("*").split("'")[0].split("-")[0].casefold()


# ------------------------------------------------------------------ reading

def _split_phrases(cell: str | None) -> tuple[str, ...]:
    return tuple(p for p in (" ".join(part.split()) for part in (cell or "").split(";")) if p)


def _theme_from_row(row: dict[str, str | None], where: str) -> Theme:
    theme_id = (row.get("id") or "").strip()
    if not re.fullmatch(r"[a-z][a-z0-9_]*", theme_id):
        raise ThemeCodebookError(f"{where}: theme id {theme_id!r} must be lowercase letters, digits and _")
    lists = {name: _split_phrases(row.get(name)) for name in PHRASE_LISTS}
    for phrase in (p for name in PHRASE_LISTS for p in lists[name]):
        try:
            phrase_pattern(phrase)
        except (re.error, ThemeCodebookError) as exc:
            raise ThemeCodebookError(f"{where}: phrase {phrase!r} cannot be matched ({exc})") from None
    return Theme(theme_id, (row.get("label") or "").strip(), (row.get("parent") or "").strip(),
                 (row.get("definition") or "").strip(), **lists, precedence=_precedence(row.get("precedence"), where),
                 addressed_to=_agency_types(row.get("addressed_to"), where))


def _agency_types(cell: str | None, where: str) -> tuple[str, ...]:
    types = _split_phrases(cell)
    unknown = [t for t in types if t not in AGENCY_TYPES]
    if unknown:
        raise ThemeCodebookError(f"{where}: addressed_to {unknown[0]!r} is not an agency type ({', '.join(AGENCY_TYPES)})")
    return types


def _precedence(cell: str | None, where: str) -> int | None:
    text = (cell or "").strip()
    if not text:
        return None
    if not re.fullmatch(r"[+-]?\d{1,3}", text):
        raise ThemeCodebookError(f"{where}: precedence {text!r} must be a whole number")
    return int(text)


def parse_theme_codebook(text: str, source: str) -> ThemeCodebook:
    """A codebook from CSV text; ``ThemeCodebookError`` (one line, with the row) when it is malformed."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip() for h in reader.fieldnames or []]
    if "id" not in header or not any(c in header for c in PHRASE_LISTS):
        raise ThemeCodebookError(f"{source}: needs a header row with id and at least one of {', '.join(PHRASE_LISTS)}")
    reader.fieldnames = header
    themes: list[Theme] = []
    for line, row in enumerate(reader, start=2):
        if not any((v or "").strip() for k, v in row.items() if k is not None):
            continue
        theme = _theme_from_row(row, f"{source}: row {line}")
        if any(t.id == theme.id for t in themes):
            raise ThemeCodebookError(f"{source}: row {line}: theme {theme.id!r} appears twice")
        themes.append(theme)
    if not themes:
        raise ThemeCodebookError(f"{source}: no themes")
    return ThemeCodebook(tuple(themes), source)


@functools.lru_cache(maxsize=1)
def default_theme_codebook() -> ThemeCodebook:
    """The codebook shipped in the package (see pyproject package-data)."""
    text = resources.files(__package__).joinpath(DEFAULT_FILE).read_text(encoding="utf-8")
    return parse_theme_codebook(text, "default")


def _merge_theme(base: Theme, extra: Theme) -> Theme:
    texts = {name: getattr(extra, name) or getattr(base, name) for name in ("label", "parent", "definition")}
    lists = {name: tuple(dict.fromkeys(getattr(base, name) + getattr(extra, name)))
             for name in (*PHRASE_LISTS, "addressed_to")}
    return replace(base, **texts, **lists, precedence=base.precedence if extra.precedence is None else extra.precedence)


def merge_theme_codebooks(base: ThemeCodebook, extra: ThemeCodebook, mode: MergeMode = "extend") -> ThemeCodebook:
    """``extra`` added to ``base`` (same id: phrases added, texts replaced), or ``extra`` alone."""
    if mode == "replace":
        return extra
    merged = {t.id: t for t in base.themes}
    for theme in extra.themes:
        merged[theme.id] = _merge_theme(merged[theme.id], theme) if theme.id in merged else theme
    return ThemeCodebook(tuple(merged.values()), f"{base.source}+{extra.source}")


def load_theme_codebook(path: Path, mode: MergeMode = "extend", base: ThemeCodebook | None = None) -> ThemeCodebook:
    """A researcher's codebook file, extending (or replacing) ``base`` (the default codebook)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeCodebookError(f"{path}: cannot be read ({exc})") from None
    extra = parse_theme_codebook(text, Path(path).name)
    return merge_theme_codebooks(base or default_theme_codebook(), extra, mode)
