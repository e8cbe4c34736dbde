"""Values derived from a recommendation's label, scope and text."""
from __future__ import annotations

import re

from .labels import roman_value

_PIECES = re.compile(r"\d+|[a-z]+", re.I)
_ROMAN = re.compile(r"^(i{1,3}|iv|vi{0,3}|ix|x)$")
_PART = re.compile(r"^\s*(?:\((?P<p>[a-z]{1,4})\)|(?P<l>[a-z]{1,4})[.)])\s+(?P<rest>.*)$", re.I)
_BULLET = re.compile(r"^\s*•\s*(?P<rest>.*)$")
# One letter or a roman numeral: "Dr. Jones" or "etc. and" open no sub-item.
_SUB_ITEM_OPENER = re.compile(r"^\s*(?:•|\((?:[a-z]|[ivx]{1,4})\)\s|(?:[a-z]|[ivx]{1,4})[.)]\s)", re.I)


def rec_sort_key(number: str, seq: int, roman: bool = False) -> str:
    """A text key that sorts labels naturally: 9 < 10, 3.2 < 3.10, 10.2a < 10.2b; in a plan numbered in roman
    numerals (``roman``) iv < ix < x; unlabelled by position."""
    if not number:
        return f"~{seq:05d}"
    value = roman_value(number) if roman else None
    if value is not None:
        return f"{value:05d}"
    pieces = []
    for piece in _PIECES.findall(number.lower()):
        pieces.append(f"{int(piece):05d}" if piece.isdigit() else piece)
    return ".".join(pieces)


def scope_level(scope: str) -> str:
    """local | regional | national from the scope as written; the widest named wins."""
    text = scope.lower()
    for level in ("national", "regional", "local"):
        if level in text:
            return level
    if "region" in text or "area team" in text:
        return "regional"
    return ""


def opens_sub_item(text: str) -> bool:
    """The text opens with a sub-item's label or a bullet: "b) the reasons", "(ii) ...", "• ..."."""
    return bool(_SUB_ITEM_OPENER.match(text))


def split_parts(text: str) -> list[tuple[str, str]]:
    """The sub-items of a recommendation: ("a", ...), ("a.i", ...), ("•1", ...).

    A letter item opens a part; a roman item under a letter is nested ("a.i");
    lines without a label continue the part above; text before the first item
    is the recommendation's stem, not a part.
    """
    parts: list[list[str]] = []
    letter = ""
    bullets = 0
    for line in text.split("\n"):
        match = _PART.match(line)
        bullet = _BULLET.match(line)
        if match:
            label = (match.group("p") or match.group("l")).lower()
            roman = bool(_ROMAN.match(label)) and letter not in ("", "h") and not (label == "i" and letter == "h")
            if roman:
                label = f"{letter}.{label}"
            elif len(label) == 1:
                letter = label
            elif not _ROMAN.match(label):
                continue  # "ab." is not a label
            parts.append([label, match.group("rest").strip()])
        elif bullet:
            bullets += 1
            parts.append([f"•{bullets}", bullet.group("rest").strip()])
        elif parts and line.strip():
            parts[-1][1] = (parts[-1][1] + "\n" + line.strip()).strip()
    return [(label, body) for label, body in parts]
