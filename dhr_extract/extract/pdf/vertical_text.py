"""Text set vertically (a header cell turned on its side), read in its own direction.

pdfplumber reads every character that is not upright top to bottom, and tells upright by the
signs of the character's matrix, which a page stored rotated with floating-point residues
(``6.1e-17``) upsets: text turned a quarter anticlockwise comes out reversed (``feR``) or one
letter a word.  Here the direction is read from the character's matrix, which already holds
the page's own rotation, so it is the direction on the page as displayed: a baseline running up
the page is read bottom to top, one running down top to bottom.  The characters of one vertical
line share their x; each line becomes one word holding its word spaces ("Lead agency"), with the
box it fills, so it lands in the cell that box lies in.
"""
from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, Iterable

from .lines import Word
from .settings import DEFAULT, PdfSettings

Char = dict[str, Any]

UP, DOWN = "btt", "ttb"  # pdfplumber's names for text read bottom to top, and top to bottom


def baseline_direction(matrix: tuple[float, ...], settings: PdfSettings = DEFAULT) -> str | None:
    """``UP`` or ``DOWN`` for a character whose baseline runs (within ``vertical_slope``) along the
    page's y axis, up or down as displayed (PDF space has y upwards); None for any other."""
    run, rise = matrix[0], matrix[1]
    if abs(run) > settings.vertical_slope * abs(rise):
        return None
    return UP if rise > 0 else DOWN


def split_vertical(chars: list[Char], settings: PdfSettings = DEFAULT,
                   vertical: list[Char] | None = None) -> tuple[list[Char], list[Char]]:
    """The page's characters as those set along the lines (left to right, or leaning, or upside
    down: pdfplumber reads them) and those set vertically (``vertical`` where already known: the
    fast character path tells them once a string as it draws them)."""
    if vertical is None:
        slope = settings.vertical_slope
        vertical = [c for c in chars if abs(c["matrix"][0]) <= slope * abs(c["matrix"][1])]
    if not vertical:  # the common case, kept cheap
        return chars, []
    marked = {id(c) for c in vertical}
    return [c for c in chars if id(c) not in marked], vertical


def vertical_words(chars: Iterable[Char], settings: PdfSettings = DEFAULT) -> list[Word]:
    """One word for each run of vertical text: the characters of one direction grouped into
    lines by their x, each line ordered in its reading direction and cut where a gap wider than
    a word space parts two texts (two cells stacked in one column)."""
    words: list[Word] = []
    for direction in (UP, DOWN):
        own = [c for c in chars if baseline_direction(c["matrix"], settings) == direction]
        for line in lines_by_x(own, settings.word_y_tolerance):
            line.sort(key=reading_key(direction))
            words.extend(run_to_word(run, direction) for run in runs_of(line, direction, settings))
    return words


def lines_by_x(chars: list[Char], tolerance: float) -> list[list[Char]]:
    """Characters grouped into vertical lines: their middles within ``tolerance`` of the line's first."""
    lines: list[list[Char]] = []
    anchor = 0.0
    for c in sorted(chars, key=middle_x):
        if lines and middle_x(c) - anchor <= tolerance:
            lines[-1].append(c)
        else:
            anchor = middle_x(c)
            lines.append([c])
    return lines


def middle_x(char: Char) -> float:
    return (char["x0"] + char["x1"]) / 2


def reading_key(direction: str) -> Callable[[Char], float]:
    """Where a character starts along its line, in reading order."""
    return itemgetter("top") if direction == DOWN else (lambda c: -c["bottom"])


def span_along(char: Char, direction: str) -> tuple[float, float]:
    """Where a character starts and ends along its line, increasing in reading order."""
    return (char["top"], char["bottom"]) if direction == DOWN else (-char["bottom"], -char["top"])


def runs_of(line: list[Char], direction: str, settings: PdfSettings) -> list[list[str | Char]]:
    """A vertical line's runs of text: characters with a word space (``" "``) wherever a space
    character or a gap wider than ``word_x_tolerance`` parts them, and a new run wherever the
    gap is wider than ``wide_gap`` (or ``wide_gap_em`` of the line's width, its text's height)."""
    runs: list[list[str | Char]] = []
    end: float | None = None
    spaced = False
    for c in line:
        if c["text"].isspace():
            spaced = True
            continue
        start, stop = span_along(c, direction)
        gap = 0.0 if end is None else start - end
        if end is None or gap > max(settings.wide_gap, settings.wide_gap_em * (c["x1"] - c["x0"])):
            runs.append([c])
        else:
            runs[-1].extend([" ", c] if spaced or gap > settings.word_x_tolerance else [c])
        end, spaced = stop, False
    return runs


def run_to_word(run: list[str | Char], direction: str) -> Word:
    """A run of vertical text as a word in pdfplumber's shape, over the box the run fills; it
    keeps no character bounds, which stages cutting words at column edges read along x."""
    chars = [c for c in run if not isinstance(c, str)]
    x0, x1 = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    top, bottom = min(c["top"] for c in chars), max(c["bottom"] for c in chars)
    first = chars[0]
    return {"text": "".join(c if isinstance(c, str) else c["text"] for c in run),
            "x0": x0, "x1": x1, "top": top, "doctop": top + first["doctop"] - first["top"], "bottom": bottom,
            "upright": False, "height": bottom - top, "width": x1 - x0, "direction": direction,
            "fontname": first["fontname"], "chars": ()}
