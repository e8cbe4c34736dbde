"""List markers drawn as shapes -> the "•" the text layer would have held.

A browser (Chromium / Skia) prints an HTML or Word bullet list with each bullet drawn as a small
filled disc or square (a hollow circle one level down), not as a "•" character, so the cell's
text reads as plain lines and a list of actions looks like one paragraph.  A marker is a small,
roughly square shape sitting at a line's height just left of the line's first word, with no text
touching it on its left, drawn at the same x as at least one other such marker on the page (a
list runs down the left of its items).  Each becomes a "•" word in front of its line.  Rules,
underlines (long or thin), cell shading and RAG squares filling a cell (larger than a line of
text), and checkbox boxes (stroked, not filled) are no markers.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ...model import Rag
from ...normalise.status.rag import rag_from_fill
from ..text import colour_to_hex
from .lines import Word
from .settings import DEFAULT, PdfSettings

Shape = dict[str, Any]  # a pdfplumber rect or curve
BULLET = "\u2022"
STATUS_COLOURS = (Rag.RED, Rag.AMBER, Rag.GREEN)


def could_be_marker(shape: Shape, settings: PdfSettings = DEFAULT) -> bool:
    """A small filled shape, roughly square (or a small path, filled or stroked: a hollow circle)."""
    width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
    if min(width, height) < settings.marker_min_size or max(width, height) > settings.marker_max_size:
        return False
    if max(width, height) > settings.marker_max_aspect * min(width, height):
        return False
    if rag_from_fill(colour_to_hex(shape.get("non_stroking_color"))) in STATUS_COLOURS:
        return False  # a red, amber or green dot before a word shows a status, it does not list
    # a stroked, unfilled rectangle is a checkbox's box; a stroked path may be a hollow circle
    return bool(shape.get("fill")) or shape.get("object_type") == "curve"


def marked_word(shape: Shape, level: list[Word], settings: PdfSettings = DEFAULT) -> Word | None:
    """The word a marker shape stands in front of, or None: the first word right of it on its
    line (``level``: the words level with the shape's middle), within ``marker_gap_em`` line heights,
    the shape no larger than ``marker_max_size_em`` of that line, and no word on the line running
    into it from the left."""
    x0, top, x1, bottom = shape["x0"], shape["top"], shape["x1"], shape["bottom"]
    if any(w["x0"] < x1 and w["x1"] > x0 - settings.wide_gap for w in level):
        return None  # text over it, or running into it from the left: a mark inside a line
    word = min((w for w in level if w["x0"] >= x1), key=lambda w: w["x0"], default=None)
    if word is None:
        return None
    height = word["bottom"] - word["top"]
    if max(x1 - x0, bottom - top) > settings.marker_max_size_em * height:
        return None
    return word if word["x0"] - x1 <= settings.marker_gap_em * height else None


def marker_word(shape: Shape, word: Word) -> Word:
    """A "•" word over the shape, on its word's line (its top and bottom, so the line reads it first)."""
    return {**{k: v for k, v in word.items() if k != "chars"}, "text": BULLET, "x0": shape["x0"],
            "x1": shape["x1"], "width": shape["x1"] - shape["x0"],
            "chars": ((shape["x0"], shape["x1"], BULLET),)}


def list_markers(shapes: list[Shape], words: list[Word], settings: PdfSettings = DEFAULT
                 ) -> tuple[list[Word], set[int]]:
    """The "•" words of the shapes that mark list items, and the ids of those shapes."""
    by_top = sorted(words, key=lambda w: w["top"])
    tops = [w["top"] for w in by_top]
    tallest = max((w["bottom"] - w["top"] for w in words), default=0.0)

    def level(shape: Shape) -> list[Word]:  # the words whose height spans the shape's middle
        middle = (shape["top"] + shape["bottom"]) / 2
        return [w for w in by_top[bisect_left(tops, middle - tallest):bisect_right(tops, middle)]
                if w["bottom"] >= middle]
    found = [(shape, word) for shape in shapes if could_be_marker(shape, settings)
             for word in [marked_word(shape, level(shape), settings)] if word is not None]
    tol = settings.column_edge_tolerance
    listed = [(shape, word) for shape, word in found
              if sum(abs(other["x0"] - shape["x0"]) <= tol for other, _ in found) >= settings.min_list_markers]
    return [marker_word(shape, word) for shape, word in listed], {id(shape) for shape, _ in listed}
