"""Text highlighted as a word processor's marker pen does it: a filled box behind one line of words,
as wide as the words (and the space after them) and a line high.  A highlight marks text new since
the last report; it is neither a shaded cell (a RAG colour, a header) nor a band between rows, and
its box's sides are no rules."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from .lines import Word, centre_inside
from .settings import DEFAULT, PdfSettings


def is_highlight(rect: dict[str, Any], words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a filled box lies tight around the one line of words inside it: no higher than
    ``highlight_max_height_em`` of their height, starting where they start (``highlight_edge``) and
    ending where they end, or a space after (``highlight_trailing_em``)."""
    box = (rect["x0"], rect["top"], rect["x1"], rect["bottom"])
    inside = [w for w in words_level_with(rect, words) if centre_inside(w, box)]
    if not inside:
        return False
    height = max(w["bottom"] - w["top"] for w in inside)
    start, end = min(w["x0"] for w in inside), max(w["x1"] for w in inside)
    return (rect["bottom"] - rect["top"] <= settings.highlight_max_height_em * height
            and abs(rect["x0"] - start) <= settings.highlight_edge
            and -settings.highlight_edge <= rect["x1"] - end <= settings.highlight_trailing_em * height)


def words_level_with(rect: dict[str, Any], words: list[Word]) -> list[Word]:
    """The words (sorted by their tops) whose top lies within the box's height."""
    tops = [w["top"] for w in words]
    return words[bisect_left(tops, rect["top"] - 1.0):bisect_right(tops, rect["bottom"])]


def without_highlights(rects: list[dict[str, Any]], words: list[Word],
                       settings: PdfSettings = DEFAULT) -> list[dict[str, Any]]:
    """The drawn boxes less the text highlights among the filled ones (``is_highlight``), but for a box
    with another filled box beside it on its line (``highlight_neighbour_gap``): the shaded cells of a
    header row, each narrow column's as wide as its name."""
    filled = [r for r in rects if r.get("fill")]
    if not filled:
        return rects
    ordered = sorted(words, key=lambda w: w["top"])
    marked = {id(r) for r in filled if is_highlight(r, ordered, settings)
              and not any(beside(r, other, settings) for other in filled if other is not r)}
    return [r for r in rects if id(r) not in marked]


def beside(rect: dict[str, Any], other: dict[str, Any], settings: PdfSettings = DEFAULT) -> bool:
    """Whether another box stands on the box's line (over half its height) no further off than
    ``highlight_neighbour_gap`` to either side."""
    shared = min(rect["bottom"], other["bottom"]) - max(rect["top"], other["top"])
    gap = max(other["x0"] - rect["x1"], rect["x0"] - other["x1"])
    return shared > (rect["bottom"] - rect["top"]) / 2 and gap <= settings.highlight_neighbour_gap
