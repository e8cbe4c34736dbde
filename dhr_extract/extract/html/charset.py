"""HTML bytes -> text, decoded as browsers decode it (the WHATWG rules that matter for plans).

bs4's ``EncodingDetector`` finds the byte-order mark and the declared charset; the rules around it are the
browsers': a latin-1 label means windows-1252, utf-16/32 labels count only with a BOM, and an undeclared
page is utf-8 when it decodes as such, else windows-1252.  Not ``UnicodeDammit`` whole: it decodes a
declared latin-1 as latin-1 and asks a statistical guesser before the windows-1252 default.
"""
from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector

# Browsers read these labels as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968",
              "windows-1252", "cp1252", "x-cp1252"}
_DECLARATION_WINDOW = 8192  # bytes searched for a <meta> charset


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, BOM length) when the bytes open with a byte-order mark (bs4's sniffer finds it)."""
    rest, encoding = EncodingDetector.strip_byte_order_mark(data)
    return None if encoding is None else (codecs.lookup(encoding).name, len(data) - len(rest))


def meta_charset(data: bytes) -> str | None:
    """The codec an XML prolog or a ``<meta>`` near the top declares (bs4 finds the label; latin-1 labels
    are read as windows-1252 and utf-16/32 ignored without a BOM, as browsers do)."""
    label = EncodingDetector.find_declared_encoding(data[:_DECLARATION_WINDOW], is_html=True,
                                                    search_entire_document=True)
    if not label:
        return None
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name.startswith("utf-16") or name.startswith("utf-32") else name  # ignored without a BOM


def decode_cp1252(data: bytes) -> str:
    """windows-1252 as browsers decode it: the five unassigned bytes become C1 controls (never an error).
    Python's own cp1252 codec raises on those five bytes, which browsers (and WHATWG) accept."""
    chunks = re.split(rb"([\x81\x8d\x8f\x90\x9d]+)", data)
    return "".join(chunk.decode("latin-1") if i % 2 else chunk.decode("cp1252") for i, chunk in enumerate(chunks))


def bytes_to_text(data: bytes) -> tuple[str, str]:
    """(text, encoding): a BOM, then the declared charset, then utf-8, else windows-1252.

    Not ``UnicodeDammit`` whole: it decodes a declared latin-1 as latin-1 (browsers: windows-1252) and
    would ask a statistical guesser before the browsers' windows-1252 default for undeclared pages."""
    bom = bom_encoding(data)
    if bom is not None:
        encoding, length = bom
        return data[length:].decode(encoding, errors="replace"), encoding
    declared = meta_charset(data)
    if declared == "cp1252":
        return decode_cp1252(data), "cp1252"
    if declared is not None:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong: guess as if there were none
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_cp1252(data), "cp1252"
