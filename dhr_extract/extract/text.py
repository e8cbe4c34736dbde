"""Text clean-up shared by every parser, so that all formats yield the same cell text."""
from __future__ import annotations

import re
import unicodedata

from ftfy import TextFixerConfig, fix_text
from PIL import ImageColor

# Word's Symbol-font bullets arrive as private-use glyphs; plans also use these.
_BULLET_LINE = re.compile(r"^\s*[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u2022\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\u2219\u00b7\u27a2\u2794\u25ba\u2192§]\s*")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")  # every Cc character but the tab
_C1 = re.compile(r"[\x80-\x9f]")
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
# Typeset ligatures (U+FB00-FB06: ff, fi, fl, ffi, ffl, st) as their letters: a designed report's
# PDF spells "identiﬁed" with one glyph, and a search or a comparison needs "identified".
# A character that opens UTF-8 bytes read as Windows-1252 ("Â\u00a0" for a no-break space, "â€™" for "’"):
# only lines holding one are handed to the repair, which is slow beside the rest.
_MOJIBAKE_LEAD = re.compile(r"[\u00c2-\u00f4]")
# ftfy's repair of mis-decoded text and nothing else: quotes, widths, HTML entities and the rest stay as written.
_ENCODING_ONLY = TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
                                 fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                 fix_surrogates=False, remove_control_chars=False, normalization=None, explain=False)
_LIGATURES = str.maketrans({chr(code): unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)})


def c1_to_windows_1252(char: str) -> str:
    """A C1 control as the Windows-1252 character its byte stands for ("\\x96" -> "–"), or '' if none.
    Text decoded as Latin-1 when it was Windows-1252 (an undeclared charset, re-saved by an office
    suite or printed to PDF) carries its dashes and quotes as C1 controls; they are never text."""
    try:
        return bytes([ord(char)]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d have no character
        return ""


def without_soft_hyphens(text: str) -> str:
    """A document's text less its soft hyphens (U+00AD, HTML ``&shy;``): each only marks where a word may
    break at a line's end, and is no character of the word.  (Not applied to PDF text, whose reader marks a
    word cut at a page's foot with one, ``model.SOFT_HYPHEN``.)"""
    return text.replace("\u00ad", "")


def utf8_read_as_windows_1252(line: str) -> str:
    """A line whose UTF-8 text was once read as Windows-1252 or Latin-1 (copied between systems: "AshwickÂ
    Police", "the childâ€™s GP") as it was written ("Ashwick Police", "the child’s GP"); other text as it is."""
    return fix_text(line, _ENCODING_ONLY) if _MOJIBAKE_LEAD.search(line) else line


def normalise_line(line: str) -> str:
    """One line of cell text: bullets as "• ", runs of spaces collapsed, C1 controls read as
    Windows-1252, UTF-8 mis-read as Windows-1252 repaired, ligatures as their letters, no other control chars."""
    line = utf8_read_as_windows_1252(_C1.sub(lambda m: c1_to_windows_1252(m.group()), line))
    line = unicodedata.normalize("NFC", line).translate(_LIGATURES)
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


KEY_WORDS = 4  # a colour key's entry names a status in a few words; a sentence after a swatch is no key
MIN_KEY_COLOURS = 2  # one coloured swatch or dot is decoration


def colour_key_entries(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A colour key's (colour, words) entries as read, each with a few words, its spaces collapsed; []
    unless two colours or more are keyed (``RawDocument.colour_key``, read alike in every format)."""
    kept = [(colour, " ".join(words.split())) for colour, words in entries]
    kept = [(colour, words) for colour, words in kept if colour and words and len(words.split()) <= KEY_WORDS]
    return kept if len({colour for colour, _ in kept}) >= MIN_KEY_COLOURS else []


def colour_to_hex(value: object) -> str:
    """A fill colour as "#rrggbb": from "FF0000" / "#f00" / "rgb(255,0,0)" / CSS colour-name text, or from a
    PDF colour tuple (grey, RGB or CMYK, components 0..1); '' for none, white or anything unreadable."""
    if isinstance(value, (tuple, list)):
        rgb = pdf_colour_to_rgb(value)
    else:
        rgb = css_colour_to_rgb(value) if isinstance(value, str) else None
    if not rgb or all(v >= 245 for v in rgb):
        return ""
    return "#%02x%02x%02x" % rgb


def pdf_colour_to_rgb(value: tuple[object, ...] | list[object]) -> tuple[int, int, int] | None:
    """0..255 components of a PDF grey, RGB or CMYK colour (components 0..1); None for a pattern or other."""
    if not all(isinstance(v, (int, float)) for v in value):
        return None
    parts = [min(max(float(v), 0.0), 1.0) for v in value]  # type: ignore[arg-type]
    if len(parts) == 1:
        parts *= 3
    elif len(parts) == 4:
        c, m, y, k = parts
        parts = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
    if len(parts) != 3:
        return None
    r, g, b = (round(255 * v) for v in parts)
    return r, g, b


_HEX = re.compile(r"#?([0-9a-f]{6})|#([0-9a-f]{3})")  # Word writes fills without the "#"
_RGB = re.compile(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+).*\)")
# CSS's named colours (Pillow's table), and "amber", which RAG cells name though CSS does not.
_NAMED_COLOURS = {**ImageColor.colormap, "amber": "#ffbf00"}


def css_colour_to_rgb(text: str) -> tuple[int, int, int] | None:
    """0..255 components of a hex, ``rgb()`` / ``rgba()`` or named colour; None for anything else.
    Not ``ImageColor.getrgb`` itself: it refuses hex without "#" and a fractional alpha, and does not clamp."""
    text = text.strip().lower()
    text = _NAMED_COLOURS.get(text, text)
    match = _HEX.fullmatch(text)
    if match:
        digits = match.group(1) or "".join(d * 2 for d in match.group(2))
        r, g, b = (int(digits[i:i + 2], 16) for i in (0, 2, 4))
        return r, g, b
    match = _RGB.fullmatch(text)
    if match:
        r, g, b = (min(255, int(part)) for part in match.groups())
        return r, g, b
    return None


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def int_to_roman(n: int) -> str:
    """Lower-case roman numeral of a positive counter (Word's and browsers' list numbering): 4 -> "iv"."""
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)
