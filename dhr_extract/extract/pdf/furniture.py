"""Page furniture: running titles, protective markings and page numbers in a page's margins.

Read as table text they become rows, agencies or page-split continuations ("Page 1 of 2" as
an action's lead).  A line in the top or bottom margin band is furniture when it is a page
number or a marking, or when the same line (digits aside) stood at the same place on a page
before, in one run of words (a table's repeated header row is laid out in several).  A page
number anywhere on a page with no ruled table is dropped from its lines (``without_page_numbers``).
"""
from __future__ import annotations

import re

from .lines import BBox, Line, Word, centre_inside, words_to_lines
from .settings import DEFAULT, PdfSettings

MARKING = re.compile(
    r"^(official|official[-\s]sensitive|restricted|confidential|not protectively marked|draft)\b"
    r"|\bpage\s*\d+(\s*(of|/)\s*\d+)?\s*$|^\d+(\s*(of|/)\s*\d+)?$|^version\s*\d", re.I)
Place = tuple[str, int]  # the line's text with digits folded, and its height on the page in bands
# Running footers: a bare page number, or a line ending "Page 3" / "Page 3 of 12".
PAGE_NUMBER = re.compile(r"(^\d+(\s*(of|/)\s*\d+)?$)|(\bpage\s*\d+(\s*(of|/)\s*\d+)?$)", re.I)
# "Page 2 of 3" alone on its line: a page count whole, never a cell's wrapped text, wherever it stands
PAGE_COUNT = re.compile(r"^page\s*\d+\s*(of|/)\s*\d+$", re.I)


def page_furniture(words: list[Word], page_height: float, seen: frozenset[Place] = frozenset(),
                   settings: PdfSettings = DEFAULT) -> tuple[list[Word], frozenset[Place]]:
    """The page's words without its furniture, and the margin lines seen so far (for the next page)."""
    margin = settings.furniture_margin * page_height
    lines = words_to_lines(words)
    in_margin = [ln for ln in lines if not (margin < ln.top and ln.bottom < page_height - margin)]
    places = {id(ln): (re.sub(r"\d+", "#", ln.text.lower()), round(ln.top / settings.furniture_band))
              for ln in in_margin}
    candidates = {id(ln) for ln in in_margin if MARKING.search(ln.text.strip())
                  or (places[id(ln)] in seen and one_run(ln, settings))}
    drop = {id(w) for ln in in_margin if id(ln) in candidates and stands_apart(ln, lines, candidates)
            for w in ln.words}
    return [w for w in words if id(w) not in drop], seen | frozenset(places.values())


def stands_apart(line: Line, lines: list[Line], furniture: set[int]) -> bool:
    """No other text runs on from the line: a repeated header row's last lines ("No" / "." of a
    narrow "Rec No." cell) touch the lines above them; a running title stands alone (or with the
    other furniture lines of its block)."""
    top, bottom, x0, x1, height = line.top, line.bottom, line.x0, line.x1, line.height  # once, not per other line
    return not any(
        id(other) not in furniture and other is not line
        and other.top - bottom < height and top - other.bottom < height  # the max of the two gaps
        and other.x0 < x1 and x0 < other.x1
        for other in lines)


def one_run(line: Line, settings: PdfSettings = DEFAULT) -> bool:
    return all(b["x0"] - a["x1"] <= settings.wide_gap for a, b in zip(line.words, line.words[1:]))


def with_table_text(words: list[Word], kept: list[Word], boxes: list[BBox]) -> list[Word]:
    """The kept words, with those taken for furniture given back where they sit inside a ruled
    table's box: a line in the margin band inside a table is a cell's text (a row's number alone
    on its line at the top of a page), as rules close a table above any running footer."""
    kept_ids = {id(w) for w in kept}
    return [w for w in words if id(w) in kept_ids or any(centre_inside(w, box) for box in boxes)]


def without_page_numbers(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[Line]:
    """The lines but running page numbers ("3", "Page 3 of 12"): a number alone on its line is the
    table's own (a date cell's wrapped "2021") where text is set close both above and below it, or
    close under a word it starts flush under (the rest of a date cut at its column's edge, "30/09/2"
    over "026", under the table's last row).  A page count alone on its line ("Page 2 of 3", ``PAGE_COUNT``)
    goes wherever it stands: a page printed into a web page keeps it between the rows."""
    return [ln for i, ln in enumerate(lines) if not PAGE_NUMBER.search(ln.text.strip())
            or not PAGE_COUNT.match(ln.text.strip()) and (within_text(lines, i) or wraps_word_above(lines, i, settings))]


def wraps_word_above(lines: list[Line], i: int, settings: PdfSettings = DEFAULT) -> bool:
    """Whether line ``i`` is set within its height under the line above, starting where a word of it
    starts (within ``column_edge_tolerance``): a cell's value wrapped onto it, not a page number."""
    line = lines[i]
    if i == 0 or line.top - lines[i - 1].bottom > line.height:
        return False
    return any(abs(w["x0"] - line.x0) <= settings.column_edge_tolerance for w in lines[i - 1].words)


def within_text(lines: list[Line], i: int) -> bool:
    """Whether lines stand above and below line ``i`` no further from it than its own height."""
    line = lines[i]
    above = i > 0 and line.top - lines[i - 1].bottom <= line.height
    below = i + 1 < len(lines) and lines[i + 1].top - line.bottom <= line.height
    return above and below
