"""Code each recommendation into themes from the codebook, transparently and deterministically.

What is coded is the recommendation's own request: its text (the body it is addressed to taken
off: "Westmarch CCG should ensure ..." is not a health recommendation because of "CCG"), helped
by its actions' text.  Each theme's evidence is the phrases of the codebook found there; the
words found are kept as ``evidence`` so a user can audit and recode.  ``PRECEDENCE`` says how the
primary theme is picked (the README shows it).
"""
from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Sequence

from ..model import Dataset, RecommendationTheme
from .theme_codebook import ThemeCodebook, Theme, default_theme_codebook, phrase_needle, phrase_pattern
from .sector import addressee_end, addressee_refs, recommendation_sector

__all__ = ["PRECEDENCE", "ThemeCode", "code_dataset", "code_recommendation", "request_text"]

MAX_THEMES = 3
WEIGHTS = {"strong": 3.0, "phrases": 2.0, "weak": 1.0}
# Where a phrase is found: the recommendation's first sentence states its request.
ZONE_FACTORS = {"request": 1.5, "recommendation": 1.0, "action": 0.75, "addressee": 1.0}
HELPERS = ("action", "addressee")  # zones that add themes but do not decide the primary one
MIN_SCORE = 2.0  # a theme needs more than a passing word
MATCHES_PER_PHRASE = 4  # a phrase counts once: its first few matches are evidence enough (bounds the work)

PRECEDENCE = (
    "The request, not the addressee: in each sentence the words before the first *should / must / shall / "
    "will / to* (or the name after *That* in \"That the CSP seeks …\") are not coded when they name an agency; "
    "they give the sector instead. A theme may name kinds of agency whose being addressed is evidence of "
    "it (`addressed_to`: in the shipped codebook, a recommendation to a national body is `governance`); "
    "that evidence, like the actions', adds the theme but does not choose the primary one.",
    "Each phrase of a theme found counts once, where it weighs most: strong 3, indicative 2, weak 1 (a "
    "theme's weak phrases count once in all), times 1.5 in the recommendation's first sentence (its request), "
    "1 in the rest of its text and 0.75 in its actions' text. Of overlapping phrases of a theme the longest "
    "counts; a phrase inside one of the theme's exclusions does not count. A theme's score is the sum.",
    f"A theme is coded only when it scores at least {MIN_SCORE:g} (an indicative phrase in the recommendation's "
    "text, a strong one in an action, or more): a weak word alone never codes a theme. The primary theme "
    "(rank 1) is one found in the recommendation's own text; its actions (and addressee) decide only when "
    "that text names none.",
    "Among those, a higher `precedence` wins first. A positive one counts only with a strong phrase of the "
    "theme in the first sentence: in the shipped codebook `training` and `awareness` (1), because a request "
    "to train staff or to run a campaign is that, whatever its topic. A negative one always counts: `health` "
    "(-1) is primary only when no other theme is found, because a health setting says where, not what.",
    "Then the highest score; a tie goes to the theme found first in the text (the main clause leads), then "
    "to the earlier theme in the codebook.",
    f"Secondary themes (ranks 2 and 3) follow by score, at most {MAX_THEMES - 1}.",
)


@dataclass(frozen=True)
class ThemeCode:
    theme: str
    parent: str
    rank: int
    evidence: str  # the words that decided it, "; "-joined in text order


@dataclass(frozen=True)
class _Hit:
    start: int  # position in the concatenated zones (recommendation first, then actions)
    end: int
    text: str
    phrase: str  # the codebook phrase it matched
    kind: str  # strong | phrases | weak
    zone: str

    @property
    def value(self) -> float:
        return WEIGHTS[self.kind] * ZONE_FACTORS[self.zone]


def _score(hits: Sequence[_Hit]) -> float:
    """Each phrase counts once (where it weighs most); a theme's weak phrases count once in all."""
    best: dict[str, float] = {}
    for hit in hits:
        key = "weak" if hit.kind == "weak" else hit.phrase
        best[key] = max(best.get(key, 0.0), hit.value)
    return sum(best.values())


@dataclass
class _Tally:
    theme: Theme
    order: int  # position in the codebook
    hits: list[_Hit] = field(default_factory=list)

    @property
    def score(self) -> float:
        return _score(self.hits)

    @property
    def own_score(self) -> float:
        """The score from the recommendation's own text (its actions left out)."""
        return _score([h for h in self.hits if h.zone not in HELPERS])

    @property
    def precedence(self) -> int:
        """The theme's precedence; a positive one only counts with a strong phrase in the request."""
        value = self.theme.precedence or 0
        if value > 0 and not any(h.kind == "strong" and h.zone == "request" for h in self.hits):
            return 0
        return value

    @property
    def first(self) -> int:
        return min(h.start for h in self.hits)


# ------------------------------------------------------------------ the text to code

_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\u2018\u201c]?[A-Z0-9])|\n+")


def request_text(text: str) -> str:
    """The recommendation's text with the addressee of each sentence blanked out (positions kept)."""
    out = []
    position = 0
    for match in list(_SENTENCE.finditer(text)) + [None]:
        end = match.start() if match else len(text)
        sentence = text[position:end]
        cut = addressee_end(sentence)
        out.append(" " * cut + sentence[cut:])
        if match:
            out.append(text[end:match.end()])
            position = match.end()
    return "".join(out)


def _zones(rec_text: str, action_texts: Sequence[str]) -> list[tuple[str, str]]:
    """(zone, text): the request sentence, the rest of the recommendation, each action."""
    text = request_text(_tidy(rec_text)) if rec_text else ""
    first = _SENTENCE.search(text)
    zones = [("request", text[:first.start()] if first else text),
             ("recommendation", text[first.end():] if first else "")]
    zones += [("action", request_text(_tidy(a))) for a in action_texts if a and a.strip()]
    return [(zone, body) for zone, body in zones if body.strip()]


def _tidy(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")


# ------------------------------------------------------------------ matching

@dataclass(frozen=True)
class _Phrase:
    text: str
    kind: str  # strong | phrases | weak | exclude
    needle: str
    pattern: re.Pattern[str]


@functools.lru_cache(maxsize=8)
def _compiled(codebook: ThemeCodebook) -> tuple[tuple[Theme, tuple[_Phrase, ...]], ...]:
    """Every theme with its phrases compiled once per codebook."""
    return tuple((theme, tuple(_Phrase(p, kind, phrase_needle(p), phrase_pattern(p))
                               for kind in (*WEIGHTS, "exclude") for p in getattr(theme, kind)))
                 for theme in codebook.themes)


def _theme_hits(phrases: Sequence[_Phrase], zone: str, text: str, lowered: str, offset: int) -> list[_Hit]:
    """A theme's phrases found in one zone; of overlapping ones the longest (then strongest) counts."""
    present = [p for p in phrases if p.needle in lowered]
    excluded = _excluded(present, text)
    found: list[_Hit] = []
    for phrase in (p for p in present if p.kind != "exclude"):
        matches = (m for m in phrase.pattern.finditer(text) if not any(excluded[m.start():m.end()]))
        for m in itertools.islice(matches, MATCHES_PER_PHRASE):
            found.append(_Hit(m.start() + offset, m.end() + offset, " ".join(m.group().split()), phrase.text,
                              phrase.kind, zone))
    return _longest_first(found)


def _excluded(phrases: Sequence[_Phrase], text: str) -> bytearray:
    """1 where one of the theme's exclusions covers the text."""
    excluded = bytearray(len(text))
    for phrase in (p for p in phrases if p.kind == "exclude"):
        for m in phrase.pattern.finditer(text):
            excluded[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return excluded


def _longest_first(hits: list[_Hit]) -> list[_Hit]:
    """The hits that do not overlap a longer (then stronger, then earlier) one."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, -WEIGHTS[h.kind], h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return kept


def _tallies(rec_text: str, action_texts: Sequence[str], codebook: ThemeCodebook) -> list[_Tally]:
    compiled = _compiled(codebook)
    tallies = [_Tally(theme, order) for order, (theme, _) in enumerate(compiled)]
    offset = 0
    for zone, text in _zones(rec_text, action_texts):
        lowered = text.casefold()
        for tally, (_, phrases) in zip(tallies, compiled):
            tally.hits.extend(_theme_hits(phrases, zone, text, lowered, offset))
        offset += len(text) + 1
    for tally in tallies:
        tally.hits.extend(_addressee_hits(tally.theme, rec_text, offset))
    return [t for t in tallies if t.score >= MIN_SCORE]


def _addressee_hits(theme: Theme, rec_text: str, offset: int) -> list[_Hit]:
    """Evidence of a theme from the kind of body the recommendation is addressed to ("The Home Office
    should ..." asks a national body); placed after the text, so it never leads."""
    if not theme.addressed_to or not rec_text:
        return []
    first_sentence = _SENTENCE.split(_tidy(rec_text).strip(), maxsplit=1)[0]
    return [_Hit(offset, offset, ref.text, f"addressed to {ref.agency_type}", "phrases", "addressee")
            for ref in addressee_refs(first_sentence)[1] if ref.agency_type in theme.addressed_to][:1]


def _primary_order(tally: _Tally) -> tuple[float, ...]:
    return (-tally.precedence, -tally.own_score, -tally.score, tally.first, tally.order)


def _ranked(tallies: list[_Tally]) -> list[_Tally]:
    """Primary first (from the recommendation's own text when it names a theme), then by score."""
    by_score = sorted(tallies, key=lambda t: (-t.score, t.first, t.order))
    own = [t for t in tallies if t.own_score] or tallies
    primary = sorted(own, key=_primary_order)[:1]
    rest = [t for t in by_score if t not in primary]
    return primary + rest[:MAX_THEMES - 1]


def _evidence(tally: _Tally) -> str:
    """The words found, in text order, each once (whatever its case)."""
    words: dict[str, str] = {}
    for hit in sorted(tally.hits, key=lambda h: h.start):
        words.setdefault(hit.text.casefold(), hit.text)
    return "; ".join(words.values())


def code_recommendation(rec_text: str, action_texts: Sequence[str] = (),
                        codebook: ThemeCodebook | None = None) -> list[ThemeCode]:
    """The recommendation's themes, primary first (at most ``MAX_THEMES``); [] when none is found."""
    codebook = codebook or default_theme_codebook()
    return [ThemeCode(t.theme.id, t.theme.parent, rank, _evidence(t))
            for rank, t in enumerate(_ranked(_tallies(rec_text, action_texts, codebook)), start=1)]


# ------------------------------------------------------------------ one document's dataset

def code_dataset(dataset: Dataset, codebook: ThemeCodebook | None = None) -> None:
    """(Re)write ``dataset.recommendation_themes`` and every recommendation's ``sector``."""
    codebook = codebook or default_theme_codebook()
    actions: dict[str, list[str]] = {}
    types: dict[str, list[str]] = {}
    rec_of = {a.action_id: a.rec_id for a in dataset.actions}
    for action in dataset.actions:
        actions.setdefault(action.rec_id, []).append(action.action_text)
    for ref in dataset.action_agencies:
        types.setdefault(rec_of.get(ref.action_id, ""), []).append(ref.agency_type)
    dataset.recommendation_themes = []
    for rec in dataset.recommendations:
        for code in code_recommendation(rec.rec_text, actions.get(rec.rec_id, []), codebook):
            dataset.recommendation_themes.append(
                RecommendationTheme(rec.review_id, rec.rec_id, code.theme, code.parent, code.rank, code.evidence))
        rec.sector = recommendation_sector(types.get(rec.rec_id, []), rec.owner, rec.rec_text)
