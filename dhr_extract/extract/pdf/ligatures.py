"""Ligatures whose text a re-distiller wrote byte-swapped.

Ghostscript's ``pdfwrite``, re-distilling a font whose ``fi`` / ``ff`` ligature glyphs map to two
letters, can write that mapping as UTF-16 with its bytes swapped: ``f`` (U+0066) becomes U+6600
(``昀``), ``i`` U+6900 (``椀``), so "Merefield" reads "Mere昀椀eld".  Such a character is U+XX00 with
XX a printable ASCII byte.  Real CJK text uses some of those code points too, so a run is read back
only where it is clearly this fault: one glyph giving several of them, or a run touching a Latin
letter in the same word.

A three-letter ligature (``ffi``, ``ffl``) can come out with its last two letters' bytes added into
one: ``ffi`` is written ``<6600 cf00>`` (0x66 + 0x69 = 0xCF), so "Office" reads "Of昀케ce" (U+CF00 is a
Hangul syllable).  Such a sum is read back as its two letters only right after a swapped ``f``.
"""
from __future__ import annotations

import re

# U+2100..U+7E00 in steps of 0x100: the byte-swapped forms of "!".."~" (a swapped space is left alone)
_SWAPPED = "".join(chr(byte << 8) for byte in range(0x21, 0x7F))
# the sums a three-letter ligature's last two letters can come out as: f + i (U+CF00), f + l (U+D200)
SUMMED = {chr((ord("f") + ord(second)) << 8): "f" + second for second in "il"}
SWAPPED_F = chr(ord("f") << 8)
SWAPPED_RUN = re.compile(f"(?:[{re.escape(_SWAPPED)}]|(?<={SWAPPED_F})[{''.join(SUMMED)}])+")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def unswapped(run: str) -> str:
    """Each U+XX00 character of a run as the ASCII character XX (a sum after ``f`` as its two letters)."""
    return "".join(SUMMED.get(char) or chr(ord(char) >> 8) for char in run)


def is_swapped_ligature(glyph_text: str) -> bool:
    """One glyph giving two or more byte-swapped characters: a ligature (``昀椀``), never CJK text,
    whose glyphs give one character each."""
    return len(glyph_text) >= 2 and SWAPPED_RUN.fullmatch(glyph_text) is not None


def unswap_ligatures(text: str, ligature_glyph: bool = False) -> str:
    """A word's text with its byte-swapped ligature runs read back ("Mere昀椀eld" -> "Merefield",
    "sta昀昀." -> "staff."): every run when one of the word's glyphs is such a ligature
    (``ligature_glyph``), else only runs beside a Latin letter; such characters among other scripts
    are real text and are kept."""
    def read_back(match: re.Match[str]) -> str:
        before, after = text[max(match.start() - 1, 0):match.start()], text[match.end():match.end() + 1]
        if ligature_glyph or LATIN_LETTER.match(before) or LATIN_LETTER.match(after):
            return unswapped(match.group())
        return match.group()
    return SWAPPED_RUN.sub(read_back, text)
