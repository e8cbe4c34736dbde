"""RAG colours: from a cell's words or letters, from its shading, and the plan's own key."""
from __future__ import annotations

import colorsys
import re

from ...model import Rag

__all__ = ["legend_from_text", "opening_rag_tag", "parse_rag", "rag_from_bar", "rag_from_fill"]

_F = re.IGNORECASE | re.ASCII
_COLOUR_WORD = re.compile(r"\b(red|amber|green|blue)\b", _F)
_RAG_PREFIX = re.compile(r"^\s*(?:rag|r\s*/\s*a\s*/\s*g)(?:\s+(?:status|rating))?\s*[:=-]?\s*", _F)
_RAG_LETTERS = re.compile(r"^\s*([RAGB])(?:\s*[/\\&,+-]\s*([RAGB]))*\s*(?:$|[-:(\u2013\u2014]|\s+[-(\u2013\u2014])", _F)
# An update tagged with its rating at its start: "[GREEN] Guidance rewritten.", "(Amber) Drafted."
_RAG_TAG = re.compile(r"^\s*[\[(]\s*(red|amber|green|blue)\s*[\])]", _F)
_LETTER_COLOUR = {"r": Rag.RED, "a": Rag.AMBER, "g": Rag.GREEN, "b": Rag.BLUE}
# "Green – complete", "Red means not started", and a tag's key "[RED] not started".
_LEGEND_ENTRY = re.compile(
    r"\b(red|amber|green|blue)\s*(?:[\])]\s*(?:=|:|[-\u2013\u2014]|means|is)?|=|:|[-\u2013\u2014]|means|is)\s*"
    r"(.+?)(?=\s*(?:[;,.]|\b(?:red|amber|green|blue)\s*(?:=|:|[-\u2013\u2014]|means|is))|$)", _F)


def parse_rag(text: str) -> Rag | str:
    """"Red" | "Amber" | "Green" | "Blue" | "" from a RAG cell.

    Colour words win over letters; with several ("Amber/Green") the LAST named is the
    current one (plans append the newer rating).  Single letters count only at the
    start of the cell ("G", "A/G", "G - complete") so that list labels ("a)") in a
    longer text are not read as Amber.
    """
    if not isinstance(text, str) or not text.strip():
        return ""
    words = _COLOUR_WORD.findall(text)
    if words:
        return Rag(words[-1].capitalize())
    rest = _RAG_PREFIX.sub("", text, count=1)
    m = _RAG_LETTERS.match(rest)
    if m:
        letters = re.findall(r"[RAGB]", m.group(0), _F)
        return _LETTER_COLOUR[letters[-1].lower()]
    return ""


def opening_rag_tag(text: str) -> str:
    """The colour an update is tagged with at its start, in brackets ("[GREEN] …", "(Red)"); '' where
    none: a plan with no RAG column that rates each update in its own cell."""
    match = _RAG_TAG.match(text) if isinstance(text, str) else None
    return match.group(1).capitalize() if match else ""


def rag_from_fill(fill: str, min_value: float = 0.55) -> Rag | str:
    """The RAG colour a cell's shading shows ("#92d050" -> Green); '' for greys, pale tints and others."""
    if not re.fullmatch(r"#[0-9a-f]{6}", fill or ""):
        return ""
    r, g, b = (int(fill[i:i + 2], 16) / 255 for i in (1, 3, 5))
    hue, saturation, value = colorsys.rgb_to_hsv(r, g, b)
    if saturation < 0.4 or value < min_value:
        return ""  # header greys, navy-ish dark fills and pale tints are decoration
    degrees = hue * 360
    if degrees < 15 or degrees >= 340:
        return Rag.RED
    if degrees < 65:
        return Rag.AMBER
    if degrees < 170:
        return Rag.GREEN
    if 190 <= degrees < 250:
        return Rag.BLUE
    return ""


def rag_from_bar(colour: str) -> Rag | str:
    """The RAG colour a bar at a cell's left edge shows: red, amber or green, deeper shades too (a bar
    carries no text to stay readable on it); blue is left out, the usual colour of a decorative accent."""
    rag = rag_from_fill(colour, min_value=0.4)
    return "" if rag == Rag.BLUE else rag


def legend_from_text(lines: list[str]) -> dict[str, str]:
    """A plan's own RAG key ("Green – action complete; Amber – in progress; Red – not started"),
    as colour -> wording; empty unless at least two colours are defined."""
    legend: dict[str, str] = {}
    for line in key_lines_joined(lines):
        for match in _LEGEND_ENTRY.finditer(line):
            legend.setdefault(Rag(match.group(1).title()), match.group(2).strip())
    return legend if len(legend) >= 2 else {}


def key_lines_joined(lines: list[str]) -> list[str]:
    """The lines, a key line whose last entry a line wrap cut ("… [RED] not" over "started.") joined
    to the line after it: it ends without a stop, holds a key entry, and the next line opens in lower case."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if prev and not prev.rstrip().endswith((".", ";", ",")) and line.lstrip()[:1].islower() and _LEGEND_ENTRY.search(prev):
            out[-1] = f"{prev.rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out

