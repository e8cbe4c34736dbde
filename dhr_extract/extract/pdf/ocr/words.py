"""Tesseract's words (TSV output: a box and a confidence per word) in pdfplumber's word shape, in points."""
from __future__ import annotations

from ..lines import Word
from .settings import RULE_GLYPHS

def tsv_to_words(tsv: str, scale: float, tall_line: float = 1.5) -> list[Word]:
    """Tesseract's TSV (``image_to_data``) as word dicts in points, with ``conf`` from 0 to 1.

    A word's top and bottom are its text line's, as a PDF word's are its font's: the
    glyph box of "on" is shorter than that of "The", a line's box is the same for both.
    A "line" more than ``tall_line`` times as tall as its tallest word holds two rows of
    text (Tesseract joins rows of neighbouring cells): its words keep their own boxes.
    """
    rows = [line.split("\t", 11) for line in tsv.splitlines()[1:]]
    rows = [r for r in rows if len(r) == 12 and r[0] in ("4", "5")]
    lines = {line_key(r): (int(r[7]), int(r[7]) + int(r[9])) for r in rows if r[0] == "4"}
    kept = [r for r in rows if r[0] == "5" and r[11].strip() and float(r[10]) >= 0]
    tallest = tallest_words(kept)
    return [tsv_row_to_word(r, lines, tallest, scale, tall_line) for r in kept]


def line_key(row: list[str]) -> tuple[str, ...]:
    """Which text line a TSV row belongs to: its page, block, paragraph and line numbers."""
    return tuple(row[1:5])


def tallest_words(rows: list[list[str]]) -> dict[tuple[str, ...], int]:
    """The height (pixels) of each text line's tallest word."""
    tallest: dict[tuple[str, ...], int] = {}
    for r in rows:
        if not set(r[11].strip()) <= RULE_GLYPHS:  # a piece of a rule read as "|" is no measure of the text
            tallest[line_key(r)] = max(tallest.get(line_key(r), 0), int(r[9]))
    return tallest


def tsv_row_to_word(r: list[str], lines: dict[tuple[str, ...], tuple[int, int]],
                    tallest: dict[tuple[str, ...], int], scale: float, tall_line: float) -> Word:
    """One TSV word row as a word in points, given its line's top and bottom unless the line is too tall."""
    left, top, width, height = (int(v) for v in r[6:10])
    line_top, line_bottom = lines.get(line_key(r), (top, top + height))
    if line_bottom - line_top > tall_line * tallest.get(line_key(r), height):
        line_top, line_bottom = top, top + height
    return ocr_word(r[11].strip(), left / scale, line_top / scale, (left + width) / scale, line_bottom / scale,
                    float(r[10]) / 100)


def ocr_word(text: str, x0: float, top: float, x1: float, bottom: float, conf: float) -> Word:
    """A word in pdfplumber's shape (upright, left to right), with its OCR confidence."""
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "upright": True, "direction": "ltr",
            "fontname": "", "conf": round(conf, 3)}
