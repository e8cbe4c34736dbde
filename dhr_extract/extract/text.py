"""Text clean-up shared by every parser, so that all formats yield the same cell text."""
from __future__ import annotations

import re
import unicodedata

# Word's Symbol-font bullets arrive as private-use glyphs; plans also use these.
_BULLET_LINE = re.compile(r"^\s*[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u2219\u00b7\u27a2\u2794\u25ba\u2192§]\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # every Cc character but the tab
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")


def normalise_line(line: str) -> str:
    """One line of cell text: bullets as "• ", runs of spaces collapsed, no control chars."""
    line = unicodedata.normalize("NFC", line)
    line = _CONTROL.sub("", line)
    match = _BULLET_LINE.match(line)
    if match:
        line = "• " + line[match.end():]
    line = _PRIVATE_USE.sub("", line)  # any other Symbol-font glyph carries no text
    return _SPACES.sub(" ", line).strip()


def join_lines(lines: list[str]) -> str:
    """Cell text from its lines / paragraphs: cleaned, empty lines dropped, joined by "\\n"."""
    cleaned = (normalise_line(line) for line in lines)
    return "\n".join(line for line in cleaned if line)


def clean_text(text: str) -> str:
    """Cell text from a string that may already hold line breaks."""
    return join_lines(re.split(r"\r\n|\r|\n|\u2028|\u2029|\x0b", text))
