"""A colour key drawn as swatches: a small filled box on a line of text, then the words it stands for
("[green box] Complete  [amber box] In progress  [red box] Not started"), where a plan shows a status as
the colour of a row or cell alone.  A box is a swatch where it is no taller than the line's words, no
wider than a few of their heights, bare of words, and words start just after it on its line; its words run to the next
swatch or the line's end, a few of them (a sentence after a box is no key)."""
from __future__ import annotations

from ...lexicon import is_lone_mark
from ..text import colour_key_entries
from .lines import Word, centre_inside
from .page import Shade
from .settings import DEFAULT, PdfSettings


def swatch_key(shading: list[Shade], words: list[Word], settings: PdfSettings = DEFAULT) -> list[tuple[str, str]]:
    """(colour "#rrggbb", words) for each swatch on the page, top to bottom and left to right; [] unless two
    colours or more are keyed."""
    if not shading or not words:
        return []
    tallest = max(w["bottom"] - w["top"] for w in words)  # no box larger than a swatch of the page's largest type
    small = [s for s in shading if s.bottom - s.top <= settings.swatch_max_height_em * tallest
             and s.x1 - s.x0 <= settings.swatch_max_width_em * tallest]
    boxes = sorted((s for s in small if is_swatch_size(s, words, settings) and not under_words(s, words)),
                   key=lambda s: (round(s.top), s.x0))
    return colour_key_entries([(box.colour, " ".join(w["text"] for w in words_after(box, boxes, words, settings)))
                               for box in boxes])


def is_swatch_size(box: Shade, words: list[Word], settings: PdfSettings = DEFAULT) -> bool:
    """A box no taller than the words on its line allow, and no wider than a few of their heights."""
    beside = [w for w in words if w["top"] < box.bottom and box.top < w["bottom"]]
    if not beside:
        return False
    height = max(w["bottom"] - w["top"] for w in beside)
    return (box.bottom - box.top <= settings.swatch_max_height_em * height
            and box.x1 - box.x0 <= settings.swatch_max_width_em * height and box.x1 > box.x0)


def words_after(box: Shade, boxes: list[Shade], words: list[Word], settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words on the box's line after it, up to the next box on the line: none where the first starts
    further off than ``swatch_gap_em`` of their height."""
    middle = (box.top + box.bottom) / 2
    limit = min((b.x0 for b in boxes if b is not box and b.x0 > box.x1 and b.top < middle < b.bottom),
                default=float("inf"))
    line = sorted((w for w in words if w["top"] < middle < w["bottom"] and box.x1 - 1 <= w["x0"] < limit),
                  key=lambda w: w["x0"])
    if not line or line[0]["x0"] - box.x1 > settings.swatch_gap_em * (line[0]["bottom"] - line[0]["top"]):
        return []
    return line


def under_words(box: Shade, words: list[Word]) -> bool:
    """Whether a word's middle lies on the box: a shaded cell behind its text (a narrow header's), no swatch
    (a coloured mark's own word, the mark itself, aside)."""
    return any(not is_lone_mark(w["text"]) and centre_inside(w, (box.x0, box.top, box.x1, box.bottom)) for w in words)
