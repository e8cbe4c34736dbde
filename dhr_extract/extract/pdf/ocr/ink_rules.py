"""Ruling lines in a page image: runs of ink found by morphological opening (OpenCV), as the same
edges ``rules.make_edge`` gives drawn rules, and the dark blocks (shaded header rows) they cross."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..rules import Edge, make_edge
from .settings import DEFAULT_OCR, OcrSettings

if TYPE_CHECKING:  # numpy comes with the extra's OpenCV
    import numpy as np

@dataclass(frozen=True)
class Rules:
    """What the page image draws, in pixels: thin rules (to wipe before OCR) and dark blocks."""

    edges: list[Edge]  # in points, horizontal and vertical
    thin: np.ndarray  # 255 on the pixels of thin rules
    blocks: list[tuple[int, int, int, int]]  # dark filled boxes (x, y, w, h): shaded rows, white text


def find_rules(grey: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> Rules:
    """The page's ruling edges in points, the pixels of its thin rules and its dark blocks.

    Opening the ink with a long thin kernel keeps only runs at least that long in its
    direction: rules survive, letters mostly do not, and a run with ink along both its
    sides is text after all.  A vertical run must also meet a horizontal one, as a
    table's rules do, since the stems of large letters are as tall as a short row.  A
    dark block (a header row shaded dark, white text on it) gives the four sides of its
    box, and the column rules that stop at it run on through it, drawn but unseen.
    """
    import cv2
    import numpy as np

    blocks = dark_blocks(grey, scale, settings)
    ink = local_ink(grey, scale)
    for x, y, w, h in blocks:
        ink[y:y + h, x:x + w] = 0  # the gaps between white letters are not rules
    gap = max(1, round(settings.rule_gap * scale))
    horizontal = ink_runs(ink, round(settings.h_rule_length * scale), gap, horizontal=True)
    vertical = ink_runs(ink, round(settings.v_rule_length * scale), gap, horizontal=False)
    reach = horizontal.copy()
    for x, y, w, h in blocks:
        cv2.rectangle(reach, (x, y), (x + w - 1, y + h - 1), 255, 1)
    reach = cv2.dilate(reach, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * gap + 1, 2 * gap + 1)))
    thin = np.zeros_like(ink)
    edges: list[Edge] = []
    for runs, is_horizontal in ((horizontal, True), (vertical, False)):
        count, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        for label in range(1, count):
            x, y, w, h = (int(v) for v in stats[label, :4])
            if not is_horizontal and not reach[y:y + h, x:x + w].any():
                continue  # a letter's stem, or a rule of no table
            if flanked_by_ink(ink, x, y, w, h, is_horizontal, gap):
                continue  # letters run together along a line of text
            found = run_to_edges(x, y, w, h, is_horizontal, scale, settings)
            edges.extend(found)
            if len(found) == 1:
                thin[y:y + h, x:x + w][labels[y:y + h, x:x + w] == label] = 255
    boxes = [tuple(v / scale for v in (x, y, x + w, y + h)) for x, y, w, h in blocks]
    for x0, top, x1, bottom in boxes:
        edges += [make_edge(x0, top, x1, top), make_edge(x0, bottom, x1, bottom),
                  make_edge(x0, top, x0, bottom), make_edge(x1, top, x1, bottom)]
    return Rules(through_blocks(edges, boxes, settings), thin, blocks)


def dark_blocks(grey: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) filled dark: a row shaded dark, with white text on it.

    Closing the dark pixels along the rows fills the white letters; what is then solid
    both ways is a block if it was mostly dark before (a line of black text closed up
    like that is not: its letters leave much of its box white).
    """
    import cv2
    import numpy as np

    _, dark = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    fill = max(3, round(settings.block_letter_width * scale))
    side = max(3, round(settings.block_thickness * scale))
    closed = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (fill, 1)))
    solid = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (side, side)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    boxes = [(int(x), int(y), int(x + w), int(y + h)) for x, y, w, h in stats[1:count, :4]]
    return [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in merge_overlapping(boxes)
            if x1 - x0 >= settings.h_rule_length * scale and y1 - y0 >= 2 * side
            and float(np.count_nonzero(dark[y0:y1, x0:x1])) >= settings.block_darkness * (x1 - x0) * (y1 - y0)]


def merge_overlapping(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) that overlap or touch joined into one, until none do (a block cut
    into pieces by the white text on it is one block again)."""
    changed = True
    while changed:
        changed = False
        joined: list[tuple[int, int, int, int]] = []
        for box in boxes:
            for i, other in enumerate(joined):
                if box[0] <= other[2] and other[0] <= box[2] and box[1] <= other[3] and other[1] <= box[3]:
                    joined[i] = (min(box[0], other[0]), min(box[1], other[1]),
                                 max(box[2], other[2]), max(box[3], other[3]))
                    changed = True
                    break
            else:
                joined.append(box)
        boxes = joined
    return sorted(boxes)


def local_ink(grey: np.ndarray, scale: float) -> np.ndarray:
    """255 where a pixel is clearly darker than its surroundings (thin grey rules included)."""
    import cv2

    block = 2 * round(3 * scale) + 1  # about 6 points across
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 20)


def ink_runs(ink: np.ndarray, length: int, gap: int, horizontal: bool) -> np.ndarray:
    """The ink in straight runs of at least ``length`` pixels along one axis, after bridging
    breaks of up to ``gap`` pixels (noise, JPEG blocks)."""
    import cv2

    def line(n: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1) if horizontal else (1, n))

    bridged = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, line(gap + 1))
    return cv2.morphologyEx(bridged, cv2.MORPH_OPEN, line(max(3, length)))


def flanked_by_ink(ink: np.ndarray, x: int, y: int, w: int, h: int, horizontal: bool, gap: int,
                   share: float = 0.25) -> bool:
    """Whether the strips just beside a run (above and below it, or left and right) hold ink
    along much of its length, as the letters around a run through a word do."""
    if horizontal:
        sides = [ink[max(0, y - 2 * gap):max(0, y - gap), x:x + w], ink[y + h + gap:y + h + 2 * gap, x:x + w]]
    else:
        sides = [ink[y:y + h, max(0, x - 2 * gap):max(0, x - gap)], ink[y:y + h, x + w + gap:x + w + 2 * gap]]
    densities = [float((s > 0).mean()) if s.size else 0.0 for s in sides]
    return sum(densities) / 2 > share


def through_blocks(edges: list[Edge], blocks: list[tuple[float, float, float, float]],
                   settings: OcrSettings = DEFAULT_OCR) -> list[Edge]:
    """The column rules of the table under a dark block drawn across the block too.

    A dark header row hides its column rules (drawn dark on dark), and the row under it
    may span the table (a recommendation row) so that the rules start lower down: each
    vertical edge that starts within ``header_reach`` below the block, inside its width,
    gets a copy across the block.
    """
    tol = settings.rule_thickness
    added = []
    for x0, top, x1, bottom in blocks:
        xs = sorted({round(e["x0"], 1) for e in edges if e["orientation"] == "v" and x0 + tol < e["x0"] < x1 - tol
                     and bottom - tol <= e["top"] <= bottom + settings.header_reach})
        added += [make_edge(x, top, x, bottom) for x in xs]
    return edges + added


def run_to_edges(x: int, y: int, w: int, h: int, horizontal: bool, scale: float,
                 settings: OcrSettings = DEFAULT_OCR) -> list[Edge]:
    """A run of ink (pixel box) as edges in points: one along a thin rule, two along a block's sides."""
    x0, top, x1, bottom = x / scale, y / scale, (x + w) / scale, (y + h) / scale
    if horizontal:
        if bottom - top <= settings.rule_thickness:
            return [make_edge(x0, (top + bottom) / 2, x1, (top + bottom) / 2)]
        return [make_edge(x0, top, x1, top), make_edge(x0, bottom, x1, bottom)]
    if x1 - x0 <= settings.rule_thickness:
        return [make_edge((x0 + x1) / 2, top, (x0 + x1) / 2, bottom)]
    return [make_edge(x0, top, x0, bottom), make_edge(x1, top, x1, bottom)]
