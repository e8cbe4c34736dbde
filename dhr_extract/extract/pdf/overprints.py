"""Text printed over other text: a cell's word too wide for its column runs on over the next cell's
(a spreadsheet's status or date printed by a browser, its cells not clipped).  Sorted along the line,
the two texts' characters interleave ("CompletJeanuary"); in the order the page draws them each
text is whole.  So a line's characters are first parted into the runs the page draws left to right,
and a run set over another one of different text is read apart, as a layer of its own."""
from __future__ import annotations

from typing import Any

from .settings import DEFAULT, PdfSettings

Char = dict[str, Any]


def drawn_runs(chars: list[Char], settings: PdfSettings = DEFAULT) -> list[list[Char]]:
    """The characters, in the order the page draws them, in runs each drawn left to right along one
    line: a run ends where the next character is drawn left of the one before, off its line, or over
    half of it (``covers_half``)."""
    runs: list[list[Char]] = []
    for char in chars:
        last = runs[-1][-1] if runs else None
        if last is None or char["x0"] < last["x0"] or abs(char["top"] - last["top"]) > settings.word_y_tolerance \
                or covers_half(last, char):
            runs.append([char])
        else:
            runs[-1].append(char)
    return runs


def covers_half(before: Char, char: Char) -> bool:
    """Whether a character is drawn over half the narrower of itself and the one drawn before it: the next
    cell's text begun over a word too wide for its cell, drawn on in the same run (a kerned pair overlaps
    by a fifth at most)."""
    narrower = min(before["x1"] - before["x0"], char["x1"] - char["x0"])
    return narrower > 0 and before["x1"] - char["x0"] >= narrower / 2


def overlap(a: list[Char], b: list[Char]) -> float:
    """How far two runs' extents along the line overlap (negative: the gap between them)."""
    return min(a[-1]["x1"], b[-1]["x1"]) - max(a[0]["x0"], b[0]["x0"])


def same_line(a: list[Char], b: list[Char], settings: PdfSettings = DEFAULT) -> bool:
    return abs(a[0]["top"] - b[0]["top"]) <= settings.word_y_tolerance


def text(run: list[Char]) -> str:
    return "".join(c["text"] for c in run).strip()


def chars_to_layers(chars: list[Char], settings: PdfSettings = DEFAULT) -> list[list[Char]]:
    """The characters as layers none of which prints text over its own: each run, in the order drawn,
    goes to the first layer where it is set over no run of its line by ``overprint_overlap`` or more
    with other text (the same text twice is one text drawn bold).  Almost every page has one layer."""
    tol = max(settings.word_y_tolerance, 0.1)
    layers: list[dict[int, list[list[Char]]]] = []  # each layer's runs by their line's band of ``tol``
    for run in drawn_runs(chars, settings):
        band = int(run[0]["top"] // tol)
        nearby = (band - 1, band, band + 1)
        layer = next((layer for layer in layers
                      if not any(prints_over(run, other, settings) for b in nearby for other in layer.get(b, ()))), None)
        if layer is None:
            layer = {}
            layers.append(layer)
        layer.setdefault(band, []).append(run)
    if len(layers) < 2:
        return [chars]
    return [[c for runs in layer.values() for run in runs for c in run] for layer in layers]


def prints_over(run: list[Char], other: list[Char], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a run is set over another of its line, with other text: a character of one over a character
    of the other (a glyph set in the other's gap, a tick between brackets drawn after them, is not)."""
    tol = settings.overprint_overlap
    if not same_line(run, other, settings) or overlap(run, other) < tol or text(run) == text(other):
        return False
    return any(min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) >= tol for a in run for b in other
               if a["text"].strip() and b["text"].strip())
