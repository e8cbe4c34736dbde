"""Struck-through words: a thin horizontal line (a stroked rule or a filled thin box, as a browser draws
``<del>``) crossing a word through its middle and along its whole length.  A plan keeps a superseded
progress entry so; the word is marked ``struck`` and its cell reads without it (``words_to_cell_text``),
unless every word of the cell is struck, when the cell is kept whole.  The strike itself is no rule."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from .lines import Word
from .settings import DEFAULT, PdfSettings


def strike_lines(objects: list[dict[str, Any]], settings: PdfSettings = DEFAULT) -> list[dict[str, Any]]:
    """Drawn objects thin and flat enough to strike text through: no thicker than ``strike_max_thickness``."""
    return [o for o in objects if o["bottom"] - o["top"] <= settings.strike_max_thickness
            and o["x1"] - o["x0"] > o["bottom"] - o["top"]]


def is_struck(word: Word, strike: dict[str, Any], settings: PdfSettings = DEFAULT) -> bool:
    """The strike runs through the word's middle (within ``strike_mid_band`` of its height) from end to end
    (within ``strike_overhang``), and no further than that past either end (an underline or a rule is longer)."""
    height = word["bottom"] - word["top"]
    y = (strike["top"] + strike["bottom"]) / 2
    tol = settings.strike_overhang
    return (abs(y - (word["top"] + word["bottom"]) / 2) <= settings.strike_mid_band * height
            and strike["x0"] - tol <= word["x0"] and word["x1"] <= strike["x1"] + tol)


def mark_struck_words(words: list[Word], objects: list[dict[str, Any]],
                      settings: PdfSettings = DEFAULT) -> set[int]:
    """Mark each word a strike crosses (``word["struck"] = True``); the ids of the strikes that crossed
    words, so that they are read as no rules.  A strike ends at the words it crosses: one drawn across a
    run of words reaches from the first to the last, so each of them lies inside it."""
    strikes = strike_lines(objects, settings)
    if not strikes or not words:
        return set()
    by_middle = sorted(words, key=lambda w: (w["top"] + w["bottom"]) / 2)
    middles = [(w["top"] + w["bottom"]) / 2 for w in by_middle]
    tallest = max(w["bottom"] - w["top"] for w in words)
    reach = settings.strike_mid_band * tallest
    used: set[int] = set()
    for strike in strikes:
        y = (strike["top"] + strike["bottom"]) / 2
        crossed = [w for w in by_middle[bisect_left(middles, y - reach):bisect_right(middles, y + reach)]
                   if is_struck(w, strike, settings)]
        if crossed and covers_run(strike, crossed, settings):
            used.add(id(strike))
            for word in crossed:
                word["struck"] = True
    return used


def covers_run(strike: dict[str, Any], crossed: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """The strike reaches no further than the words it crosses, but for a space after the last (past them,
    it is a rule through a gap)."""
    last = max(crossed, key=lambda w: w["x1"])
    trailing = settings.strike_overhang + settings.strike_trailing_em * (last["bottom"] - last["top"])
    first = min(w["x0"] for w in crossed)
    return strike["x0"] >= first - settings.strike_overhang and strike["x1"] <= last["x1"] + trailing

