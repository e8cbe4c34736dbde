"""Text whose fonts map no characters, decoded with one look at the page's picture.

Some printer drivers, PostScript round trips and PDF rewriters keep a page's glyphs and where each
stands, but not which character each draws: every character comes out as a glyph number
(pdfminer's ``(cid:7)``, or a control character).  OCR of the page's picture says what the words
are.  Each word OCR reads is laid over the glyphs under it, and where it has as many characters as
there are glyphs, each glyph gets a vote for the character at its place.  The votes, gathered over
the document, make a map from (font, glyph) to character; the page's characters so decoded go
through the ordinary text path with their own exact places, so nothing rests on rules found in the
ink or on word boxes OCR guessed.  A page whose glyphs the map already knows needs no OCR at all.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..lines import Word
from .settings import DEFAULT_OCR, OcrSettings

Char = dict[str, Any]
Glyph = tuple[str, str]  # (font name, the character's text as extracted)
CID = re.compile(r"\(cid:\d+\)")  # how pdfminer writes a glyph its font maps to no character
UNDECIDED = "\ufffd"  # a glyph no OCR word settled


def is_glyph_number(text: str) -> bool:
    """Whether a character's extracted text is a glyph number rather than a character."""
    return bool(text) and (text.startswith("(cid:") or not text.isprintable() or text == UNDECIDED)


def glyph_numbers(text: str) -> tuple[int, int]:
    """(glyph numbers, characters) in an extracted text, a ``(cid:N)`` counting as one character of
    each; the common text of printable characters is told at C speed."""
    if text.isprintable() and "(cid:" not in text and UNDECIDED not in text:
        return 0, len(text)
    glyphs = text.count("(cid:")
    rest = CID.sub("", text) if glyphs else text
    return glyphs + sum(is_glyph_number(ch) for ch in rest), glyphs + len(rest)


@dataclass
class GlyphMap:
    """Votes from OCR words for what each (font, glyph) draws, gathered over a document."""

    settings: OcrSettings = DEFAULT_OCR
    fonts: set[str] = field(default_factory=set)  # fonts that map no characters: every glyph of theirs is a number
    votes: dict[Glyph, Counter[str]] = field(default_factory=dict)
    seen: Counter[Glyph] = field(default_factory=Counter)  # how often each glyph was on a page read with OCR
    under: Counter[Glyph] = field(default_factory=Counter)  # ... and under an OCR word
    spaces: set[Glyph] = field(default_factory=set)  # glyphs (almost) never under an OCR word

    def character(self, glyph: Glyph) -> str | None:
        """The character most votes give the glyph, when they agree enough; None while undecided."""
        if glyph in self.spaces:
            return " "
        votes = self.votes.get(glyph)
        if not votes:
            return None
        char, count = votes.most_common(1)[0]
        return char if count >= self.settings.glyph_agreement * sum(votes.values()) else None

    def coded(self, chars: list[Char]) -> list[Char]:
        """The characters drawn in fonts that map no characters (learning such fonts from ``chars``:
        a font is one when most of its characters here are glyph numbers; a font that maps most of
        its glyphs prints its printable characters as they are)."""
        numbers: Counter[str] = Counter(c.get("fontname", "") for c in chars if is_glyph_number(c["text"]))
        if numbers:
            every: Counter[str] = Counter(c.get("fontname", "") for c in chars)
            self.fonts |= {f for f, n in numbers.items() if n >= self.settings.undecodable_share * every[f]}
        return [c for c in chars if c.get("fontname", "") in self.fonts]

    def covers(self, chars: list[Char]) -> bool:
        """Whether every glyph of a coded font among ``chars`` is already known from enough votes
        (then the page needs no OCR)."""
        needed = {glyph_of(c) for c in self.coded(chars)}
        return all(g in self.spaces or sum(self.votes.get(g, Counter()).values()) >= self.settings.glyph_min_votes
                   and self.character(g) is not None for g in needed)

    def learn(self, chars: list[Char], ocr_words: list[Word], undecided_only: bool = False) -> None:
        """Votes from a page: each OCR word over as many characters as it has letters (with
        ``undecided_only``, for the glyphs no vote has settled yet: a word read again on its own
        settles those and leaves the page's majorities alone)."""
        coded = {id(c) for c in self.coded(chars)
                 if not undecided_only or self.character(glyph_of(c)) is None}
        under_words: set[int] = set()
        for word in ocr_words:
            under = chars_under(chars, word, self.settings)
            under_words.update(id(c) for c in under)
            if len(under) == len(word["text"]):
                self.vote([(c, letter) for c, letter in zip(under, word["text"]) if id(c) in coded])
        if not undecided_only:
            self.count_blanks([c for c in chars if id(c) in coded], under_words)

    def vote(self, pairs: list[tuple[Char, str]]) -> None:
        for char, letter in pairs:
            if not letter.isspace():
                self.votes.setdefault(glyph_of(char), Counter())[letter] += 1

    def count_blanks(self, coded: list[Char], under_words: set[int]) -> None:
        """A space is drawn as a glyph that leaves no ink: it stands between OCR's words, not under
        one (though a one-letter word's box may reach over it)."""
        for char in coded:
            self.seen[glyph_of(char)] += 1
            self.under[glyph_of(char)] += id(char) in under_words
        self.spaces = {g for g, n in self.seen.items() if n >= 2 and self.under[g] <= self.settings.glyph_blank_share * n}

    def decoded(self, char: Char) -> Char:
        """The character record with its text decoded (``UNDECIDED`` for a glyph not yet known)."""
        if char.get("fontname", "") not in self.fonts:
            return char
        return {**char, "text": self.character(glyph_of(char)) or UNDECIDED}


def glyph_of(char: Char) -> Glyph:
    return char.get("fontname", ""), char["text"]


def chars_under(chars: list[Char], word: Word, settings: OcrSettings = DEFAULT_OCR) -> list[Char]:
    """The characters whose centre lies in an OCR word's box (grown up and down: OCR boxes hug the
    ink, a font's box is taller), left to right."""
    reach = (word["bottom"] - word["top"]) * settings.glyph_box_reach
    top, bottom = word["top"] - reach, word["bottom"] + reach
    return sorted((c for c in chars if word["x0"] <= (c["x0"] + c["x1"]) / 2 <= word["x1"]
                   and top <= (c["top"] + c["bottom"]) / 2 <= bottom), key=lambda c: c["x0"])


class DecodedPage:
    """A page seen through a glyph map: its characters decoded, everything else its own."""

    def __init__(self, page: Any, glyphs: GlyphMap) -> None:
        self._page = page
        glyphs.coded(page.chars)
        decoded = {id(c): glyphs.decoded(c) for c in page.chars}
        self.chars = list(decoded.values())
        vertical = getattr(page, "vertical_chars", None)
        self.vertical_chars = None if vertical is None else [decoded[id(c)] for c in vertical]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._page, name)
