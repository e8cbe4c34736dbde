"""Code each recommendation into themes from the codebook, transparently and deterministically.

What is coded is the recommendation's own request: its text (the body it is addressed to taken
off: "Westmarch CCG should ensure ..." is not a health recommendation because of "CCG"), helped
by its actions' text.  Each theme's evidence is the phrases of the codebook found there; the
words found are kept as ``evidence`` so a user can audit and recode.  ``PRECEDENCE`` says how the
primary theme is picked (the README shows it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ..model import Dataset, RecommendationTheme
from .codebook import Codebook, Theme, default_codebook, phrase_pattern
from .sector import addressee_end, recommendation_sector

__all__ = ["PRECEDENCE", "ThemeCode", "code_dataset", "code_recommendation", "request_text"]

MAX_THEMES = 3
WEIGHTS = {"strong": 3.0, "phrases": 2.0, "weak": 1.0}
# Where a phrase is found: the recommendation's first sentence states its request.
ZONE_FACTORS = {"request": 1.5, "recommendation": 1.0, "action": 0.75}
MIN_SECONDARY = 2.0  # a secondary theme needs at least one indicative phrase in the recommendation (or more)

PRECEDENCE = (
    "The request, not the addressee: the words before the first *should / must / to / will* of a sentence "
    "are not coded when they name an agency (they give the sector instead).",
    "Each phrase of a theme found in the text counts once: strong 3, indicative 2, weak 1; times 1.5 in the "
    "recommendation's first sentence (its request), 1 in the rest of the recommendation, 0.75 in its actions. "
    "A theme's phrase inside one of its exclusions does not count.",
    "The primary theme (rank 1) is the highest-scoring theme found in the recommendation's own text; only "
    "when that text names no theme do its actions decide.",
    "A tie goes to the theme whose first phrase comes first in the text (the main clause leads); then to "
    "the earlier theme in the codebook.",
    f"Secondary themes (ranks 2 and 3) follow by score, at most {MAX_THEMES - 1}, each scoring at least "
    f"{MIN_SECONDARY:g} (one indicative phrase in the recommendation, or more).",
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


@dataclass
class _Tally:
    theme: Theme
    order: int  # position in the codebook
    hits: list[_Hit] = field(default_factory=list)

    @property
    def score(self) -> float:
        """Each phrase counts once (where it weighs most); weak phrases count once in all."""
        best: dict[str, float] = {}
        for hit in self.hits:
            key = "weak" if hit.kind == "weak" else hit.phrase
            best[key] = max(best.get(key, 0.0), hit.value)
        return sum(best.values())

    @property
    def best(self) -> float:
        return max(h.value for h in self.hits)

    @property
    def precedence(self) -> int:
        """The theme's precedence; a positive one only counts with a strong phrase in the request."""
        value = self.theme.precedence or 0
        if value > 0 and not any(h.kind == "strong" and h.zone == "request" for h in self.hits):
            return 0
        return value

    @property
    def in_recommendation(self) -> bool:
        return any(h.zone != "action" for h in self.hits)

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

def _spans(phrases: Sequence[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for p in phrases for m in phrase_pattern(p).finditer(text)]


def _theme_hits(theme: Theme, zone: str, text: str, offset: int) -> list[_Hit]:
    """The theme's phrases found in one zone; of overlapping ones the longest (then strongest) counts."""
    excluded = _spans(theme.exclude, text)
    found = [_Hit(start + offset, end + offset, " ".join(words.split()), phrase, kind, zone)
             for kind in WEIGHTS for phrase in getattr(theme, kind)
             for start, end, words in _spans([phrase], text)
             if not any(s < end and start < e for s, e, _ in excluded)]
    kept: list[_Hit] = []
    for hit in sorted(found, key=lambda h: (h.start - h.end, -WEIGHTS[h.kind], h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return kept


def _tallies(rec_text: str, action_texts: Sequence[str], codebook: Codebook) -> list[_Tally]:
    tallies = [_Tally(theme, order) for order, theme in enumerate(codebook.themes)]
    offset = 0
    for zone, text in _zones(rec_text, action_texts):
        for tally in tallies:
            tally.hits.extend(_theme_hits(tally.theme, zone, text, offset))
        offset += len(text) + 1
    return [t for t in tallies if t.hits]


PRIMARY_KEY = lambda t: (-t.precedence, -t.score, t.first, t.order)  # noqa: E731


def _ranked(tallies: list[_Tally]) -> list[_Tally]:
    """Primary first (from the recommendation's own text when it has any theme), then by score."""
    by_score = sorted(tallies, key=lambda t: (-t.score, t.first, t.order))
    own = [t for t in tallies if t.in_recommendation] or tallies
    primary = sorted(own, key=PRIMARY_KEY)[:1]
    rest = [t for t in by_score if t not in primary and t.score >= MIN_SECONDARY]
    return primary + rest[:MAX_THEMES - 1]


def _evidence(tally: _Tally) -> str:
    words = dict.fromkeys(h.text for h in sorted(tally.hits, key=lambda h: h.start))
    return "; ".join(words)


def code_recommendation(rec_text: str, action_texts: Sequence[str] = (),
                        codebook: Codebook | None = None) -> list[ThemeCode]:
    """The recommendation's themes, primary first (at most ``MAX_THEMES``); [] when none is found."""
    codebook = codebook or default_codebook()
    return [ThemeCode(t.theme.id, t.theme.parent, rank, _evidence(t))
            for rank, t in enumerate(_ranked(_tallies(rec_text, action_texts, codebook)), start=1)]


# ------------------------------------------------------------------ one document's dataset

def code_dataset(dataset: Dataset, codebook: Codebook | None = None) -> None:
    """(Re)write ``dataset.recommendation_themes`` and every recommendation's ``sector``."""
    codebook = codebook or default_codebook()
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
