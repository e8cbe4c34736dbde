"""A plan's own status key for short codes ("Status key: C = complete  IP = in progress  NS = not started").

Some plans give the status only as a code and explain the codes in a key line above the table.  A key
entry is a short capitalised code, a separator (``=``, ``:`` or a dash) and a few words that name a
status; entries stand apart by ``;``, ``,`` or spaces.  A key defines at least two codes.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

from ...model import RawDocument

__all__ = ["KEY_WORDS", "coded_wording", "key_lines", "status_codes_from_text"]

KEY_WORDS = 4  # a code's wording names a status in a few words ("not yet started"); a sentence is no key
KEY_ROWS = 3  # a key set inside the table stands in its first rows, above the header
_SEPARATOR = r"\s*(?:=|:|[-\u2013\u2014])\s*"
_CODE = r"(?<![\w/&])([A-Z]{1,3})(?![\w/&])"
_KEY_CODE = re.compile(r"[A-Z]{1,3}")
_KEY_ENTRY = re.compile(_CODE + _SEPARATOR + r"([A-Za-z][A-Za-z ]*?)(?=\s*[;,.]|\s+" + _CODE + _SEPARATOR + r"|\s*$)")


def status_codes_from_text(lines: Iterable[str], is_status: Callable[[str], bool]) -> dict[str, str]:
    """code -> wording from the key lines; ``is_status`` says whether a wording names a status.
    Empty unless at least two codes are defined (one "NB: ..." is no key)."""
    codes: dict[str, str] = {}
    for line in lines:
        for match in _KEY_ENTRY.finditer(line):
            wording = match.group(2).strip()
            if len(wording.split()) <= KEY_WORDS and is_status(wording):
                codes.setdefault(match.group(1), wording)
    return codes if len(codes) >= 2 else {}


def key_lines(doc: RawDocument) -> list[str]:
    """The lines a key may stand on: the text outside the tables, each table's heading and introduction,
    and its first rows (a PDF reads a key line just above the header as the table's first row)."""
    lines = list(doc.text_lines)
    for table in doc.tables:
        lines += [table.heading, table.intro]
        lines += ["  ".join(c.text for c in row.cells if c.text and not c.span) for row in table.rows[:KEY_ROWS]]
    return [line for line in lines if line]


def coded_wording(status_text: str, key: dict[str, str] | None) -> str:
    """The wording the plan's key gives a Status cell that holds only a code ("IP" -> "in progress"); ''."""
    code = status_text.strip()
    return (key or {}).get(code, "") if _KEY_CODE.fullmatch(code) else ""
