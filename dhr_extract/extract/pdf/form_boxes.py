"""A saved web form's empty fields: a drop-down or a text box a print draws as a bordered box about a line
of text high, with nothing written in it (LibreOffice prints a ``<select>`` so, its chosen option left
out).  Such boxes stand apart, none sharing a side with another rule, so they are no table's cells, and
their sides are no rules: read as rules, they cut a plan table into pieces."""
from __future__ import annotations

from typing import Any

from .lines import Word, centre_inside, text_height
from .settings import DEFAULT, PdfSettings


def without_form_boxes(rects: list[dict[str, Any]], lines: list[dict[str, Any]], words: list[Word],
                       settings: PdfSettings = DEFAULT) -> list[dict[str, Any]]:
    """The drawn boxes less the empty form fields among the stroked ones (``is_form_box``)."""
    stroked = [r for r in rects if r.get("stroke")]
    height = text_height(words)
    if not stroked or height is None:
        return rects
    others = [*stroked, *lines]
    boxes = {id(r) for r in stroked if is_form_box(r, others, words, height, settings)}
    return [r for r in rects if id(r) not in boxes] if boxes else rects


def is_form_box(rect: dict[str, Any], others: list[dict[str, Any]], words: list[Word], height: float,
                settings: PdfSettings = DEFAULT) -> bool:
    """Whether a stroked box is an empty field: no taller than ``form_box_max_em`` lines of text, wider
    than it is tall, holding no word, and sharing none of its sides with another stroked box or line (a
    table's cells share their sides; a field set inside a ruled cell keeps clear of the cell's rules by
    its own padding, though it may run over one)."""
    box = (rect["x0"], rect["top"], rect["x1"], rect["bottom"])
    tall, wide = rect["bottom"] - rect["top"], rect["x1"] - rect["x0"]
    if not 0 < tall <= settings.form_box_max_em * height or wide <= tall:
        return False
    if any(centre_inside(w, box) for w in words):
        return False
    own = sides(rect)
    tol = settings.axis_tolerance
    near = [o for o in others if o is not rect and o["x0"] <= rect["x1"] + tol and rect["x0"] <= o["x1"] + tol
            and o["top"] <= rect["bottom"] + tol and rect["top"] <= o["bottom"] + tol]  # the only ones that can
    return not any(shares_side(a, b, tol) for other in near for b in sides(other) for a in own)


Side = tuple[bool, float, float, float]  # upright, its x (or y), and the span along it


def sides(obj: dict[str, Any]) -> list[Side]:
    """A box's four sides, or a line's one (its longer extent)."""
    x0, top, x1, bottom = obj["x0"], obj["top"], obj["x1"], obj["bottom"]
    if obj.get("object_type") == "line":
        return [(True, x0, top, bottom)] if bottom - top > x1 - x0 else [(False, top, x0, x1)]
    return [(False, top, x0, x1), (False, bottom, x0, x1), (True, x0, top, bottom), (True, x1, top, bottom)]


def shares_side(a: Side, b: Side, tol: float) -> bool:
    """Whether two sides run along one another: alike upright, level within ``tol``, overlapping."""
    return a[0] == b[0] and abs(a[1] - b[1]) <= tol and min(a[3], b[3]) - max(a[2], b[2]) > tol
