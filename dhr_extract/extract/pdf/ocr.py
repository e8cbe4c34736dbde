"""Scanned pages: a page image -> ``PageContent``, so a scan is read by the same table stages.

A page with no text layer is rendered (pypdfium2), straightened (the angle that makes the
rows of ink sharpest), its ruling lines found by morphological opening (OpenCV, in
``scan_image``) and made into the same edges ``rules.make_edge`` gives drawn rules, and its words read by Tesseract
(TSV output: a box and a confidence per word).  Everything is returned in PDF points, so
``ruled.page_to_grids``, ``borderless.borderless_tables`` and the cell text see a scanned
page exactly as they see a page with text.  Nothing here finds tables.

Needs the ``ocr`` extra (``pip install -e '.[ocr]'``: pytesseract, opencv-python-headless)
and the ``tesseract`` program; they are imported only when a scanned page turns up.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ...model import ExtractError, RawTable
from .lines import BBox, Word
from .page import PageContent
from .rules import Edge
from .ruled import inside, page_to_grids
from .scan_image import Rules, estimate_skew, find_rules, ink_mask, rotate
from .settings import DEFAULT_OCR, OcrSettings

if TYPE_CHECKING:  # numpy comes with the extra's OpenCV
    import numpy as np
    from pdfplumber.page import Page

INSTALL_HINT = "pip install -e '.[ocr]' (and the tesseract program, e.g. apt-get install tesseract-ocr)"


RULE_GLYPHS = set("|_=-~!¦—–[]")  # what Tesseract reads a piece of a ruling line as


# ------------------------------------------------------------------ which pages, and the hook

def needs_ocr(page: Page, content: PageContent, settings: OcrSettings = DEFAULT_OCR) -> bool:
    """A page with no words that shows an image over much of itself (a scan, a pasted page)
    or draws its text as outlines."""
    if content.words:
        return False
    area = float(page.width * page.height) or 1.0
    covered = sum(max(0.0, (im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
    return covered / area >= settings.min_image_share or bool(page.curves)


def render_dpi(page: Page, settings: OcrSettings = DEFAULT_OCR) -> int:
    """The resolution to render a scanned page at: its largest image's own, within bounds."""
    images = [im for im in page.images if im["x1"] - im["x0"] > 0 and im.get("srcsize")]
    if not images:
        return settings.dpi
    largest = max(images, key=lambda im: (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]))
    native = largest["srcsize"][0] / ((largest["x1"] - largest["x0"]) / 72)
    return int(round(min(max(native, settings.min_dpi), settings.max_dpi)))


def ocr_installed() -> bool:
    try:
        import cv2  # noqa: F401
        import pytesseract
        pytesseract.get_tesseract_version()
    except Exception:  # noqa: BLE001 — missing module or missing program: either way no OCR
        return False
    return True


@dataclass
class ScannedPages:
    """The document-level side of OCR for ``read_pdf``: which pages were read, and the notes."""

    data: bytes
    settings: OcrSettings = DEFAULT_OCR
    pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read with OCR
    skipped: list[int] = field(default_factory=list)  # scanned pages left unread (no OCR installed)
    notes: list[str] = field(default_factory=list)
    _installed: bool | None = None

    def read(self, page: Page, content: PageContent) -> PageContent:
        """``content``, or the page read with OCR when it is a scan and OCR is installed."""
        if not needs_ocr(page, content, self.settings):
            return content
        if self._installed is None:
            self._installed = ocr_installed()
        if not self._installed:
            self.skipped.append(page.page_number)
            return content
        try:
            scanned = pdf_page_to_content(self.data, page.page_number, render_dpi(page, self.settings), self.settings)
        except (OSError, RuntimeError) as exc:  # Tesseract failed or was killed: the page stays unread
            self.notes.append(f"page {page.page_number}: OCR failed ({type(exc).__name__}: {exc})"[:300])
            return content
        self.pages.append(page.page_number)
        confidence = mean_confidence(scanned.words)
        if scanned.words and confidence < self.settings.low_confidence:
            self.notes.append(f"page {page.page_number}: read with OCR at a mean word confidence of "
                              f"{confidence:.2f}: check its text against the scan")
        return scanned

    def tables(self, tables: list[RawTable], content: PageContent) -> list[RawTable]:
        """The page's tables, marked and given their words' mean confidence when the page was OCR'd."""
        if not content.via_ocr:
            return tables
        return [replace(t, via_ocr=True, confidence=mean_confidence(
            [w for w in content.words if t.bbox is None or inside(w, t.bbox)])) for t in tables]

    def finish(self) -> list[str]:
        """Notes for the document, including the scanned pages left unread."""
        if self.skipped:
            pages = ", ".join(str(n) for n in self.skipped)
            self.notes.append(f"pages {pages}: images with no text, not read: install OCR to read them ({INSTALL_HINT})")
        return self.notes

    def no_text_error(self) -> ExtractError:
        """The error for a PDF none of whose pages gave text."""
        if self.skipped:
            return ExtractError("no_text_layer", "the PDF has no text layer (a scan?) and OCR is not installed: "
                                                 f"{INSTALL_HINT}, or OCR it first, e.g. `ocrmypdf in.pdf out.pdf`")
        return ExtractError("no_text_layer", "the PDF has no text layer and OCR found no words on its pages")


def mean_confidence(words: list[Word]) -> float:
    """The mean OCR confidence (0..1) of the words; 1.0 when there are none."""
    scores = [w["conf"] for w in words if "conf" in w]
    return round(sum(scores) / len(scores), 3) if scores else 1.0


# ------------------------------------------------------------------ a page image -> PageContent

def pdf_page_to_content(data: bytes, number: int, dpi: int, settings: OcrSettings = DEFAULT_OCR) -> PageContent:
    """Page ``number`` (1-based) of the PDF rendered in grey at ``dpi`` and read with OCR."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[number - 1]
        grey = render_grey(page, dpi)
        page.close()
    finally:
        doc.close()
    return image_to_content(grey, number, dpi, settings)


def render_grey(page: Any, dpi: int) -> np.ndarray:
    """The page as an 8-bit grey image (rows, columns) at ``dpi``."""
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    pixels = bitmap.to_numpy()
    return pixels.reshape(pixels.shape[0], pixels.shape[1], -1)[:, :, 0].copy()


def image_to_content(grey: np.ndarray, number: int, dpi: int, settings: OcrSettings = DEFAULT_OCR) -> PageContent:
    """A page image at ``dpi`` as the layout stages see a page: deskewed words and ruling edges in points."""
    import pytesseract

    scale = dpi / 72
    grey = rotate(grey, estimate_skew(ink_mask(grey), settings))
    rules = find_rules(grey, scale, settings)
    tsv = run_tesseract(ocr_ready(grey, rules), settings, pytesseract)
    height, width = grey.shape
    words = [w for w in tsv_to_words(tsv, scale) if not rule_glyph(w, rules.edges)]
    page = PageContent(number, width / scale, height / scale, words, rules.edges, via_ocr=True)
    clean = ocr_ready(grey, rules)
    for box in unread_cells(page, ink_mask(clean), scale, settings):
        page.words.extend(read_cell(clean, box, scale, settings, pytesseract))
    return page


def unread_cells(page: PageContent, ink: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> list[BBox]:
    """Cells of the page's ruled tables with ink in them but no word read: Tesseract's page
    layout drops a lone short word ("1" in a Rec No. column) as noise."""
    import numpy as np

    inset = settings.cell_inset
    cells = []
    for grid in page_to_grids(page):
        for box in (b for row in grid.rows for b in row if b is not None):
            if any(inside(w, box) for w in page.words):
                continue
            x0, y0, x1, y1 = (round(v * scale) for v in (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset))
            if x1 > x0 and y1 > y0 and int(np.count_nonzero(ink[y0:y1, x0:x1])) >= settings.min_cell_ink:
                cells.append(box)
    return cells


def read_cell(clean: np.ndarray, box: BBox, scale: float, settings: OcrSettings, pytesseract: Any) -> list[Word]:
    """The words of one cell, read on their own as one line of text round its ink, in page points;
    words read with little confidence are specks, not text."""
    import cv2

    inset = settings.cell_inset
    x0, y0, x1, y1 = (round(v * scale) for v in (box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset))
    ink_x, ink_y, ink_w, ink_h = cv2.boundingRect(ink_mask(clean)[y0:y1, x0:x1])
    x0, y0 = x0 + ink_x, y0 + ink_y
    margin = round(settings.cell_margin * scale)
    crop = cv2.copyMakeBorder(clean[y0:y0 + ink_h, x0:x0 + ink_w], margin, margin, margin, margin,
                              cv2.BORDER_CONSTANT, value=255)
    tsv = run_tesseract(crop, replace(settings, tesseract_config=settings.cell_config), pytesseract)
    dx, dy = x0 / scale - settings.cell_margin, y0 / scale - settings.cell_margin
    return [shifted(w, dx, dy) for w in tsv_to_words(tsv, scale) if w["conf"] >= settings.min_cell_confidence]


def shifted(word: Word, dx: float, dy: float) -> Word:
    """A word moved by (dx, dy) points."""
    return {**word, "x0": word["x0"] + dx, "x1": word["x1"] + dx, "top": word["top"] + dy,
            "bottom": word["bottom"] + dy, "doctop": word["doctop"] + dy}


def rule_glyph(word: Word, edges: list[Edge], tolerance: float = 2.0) -> bool:
    """Whether an OCR word is a piece of a ruling line read as text: only bar-like characters,
    lying along a vertical edge or a horizontal one."""
    if not set(word["text"]) <= RULE_GLYPHS:
        return False
    cx, cy = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return any(abs(e["x0"] - cx) <= tolerance and e["top"] - tolerance <= cy <= e["bottom"] + tolerance
               if e["orientation"] == "v" else
               abs(e["top"] - cy) <= tolerance and e["x0"] - tolerance <= cx <= e["x1"] + tolerance for e in edges)


def ocr_ready(grey: np.ndarray, rules: Rules) -> np.ndarray:
    """The image Tesseract reads: thin rules wiped (read as "|" or "_" otherwise), dark blocks
    turned light so their white text is dark on light like the rest."""
    import cv2

    clean = grey.copy()
    clean[cv2.dilate(rules.thin, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))) > 0] = 255
    for x, y, w, h in rules.blocks:
        clean[y:y + h, x:x + w] = 255 - clean[y:y + h, x:x + w]
    return clean


def run_tesseract(grey: np.ndarray, settings: OcrSettings, pytesseract: Any) -> str:
    """Tesseract's TSV for the image, on ``settings.threads`` threads."""
    from PIL import Image

    previous = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = settings.threads  # read by the tesseract child process only
    try:
        return pytesseract.image_to_data(Image.fromarray(grey), lang="eng", config=settings.tesseract_config)
    finally:
        if previous is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = previous


def tsv_to_words(tsv: str, scale: float, tall_line: float = 1.5) -> list[Word]:
    """Tesseract's TSV (``image_to_data``) as word dicts in points, with ``conf`` from 0 to 1.

    A word's top and bottom are its text line's, as a PDF word's are its font's: the
    glyph box of "on" is shorter than that of "The", a line's box is the same for both.
    A "line" more than ``tall_line`` times as tall as its tallest word holds two rows of
    text (Tesseract joins rows of neighbouring cells): its words keep their own boxes.
    """
    rows = [line.split("\t", 11) for line in tsv.splitlines()[1:]]
    rows = [r for r in rows if len(r) == 12 and r[0] in ("4", "5")]
    lines: dict[tuple[str, ...], tuple[int, int]] = {tuple(r[1:5]): (int(r[7]), int(r[7]) + int(r[9]))
                                                     for r in rows if r[0] == "4"}
    kept = [r for r in rows if r[0] == "5" and r[11].strip() and float(r[10]) >= 0]
    tallest = tallest_words(kept)
    words: list[Word] = []
    for r in kept:
        left, top, width, height = (int(v) for v in r[6:10])
        line_top, line_bottom = lines.get(tuple(r[1:5]), (top, top + height))
        if line_bottom - line_top > tall_line * tallest.get(tuple(r[1:5]), height):
            line_top, line_bottom = top, top + height
        words.append(ocr_word(r[11].strip(), left / scale, line_top / scale, (left + width) / scale,
                              line_bottom / scale, float(r[10]) / 100))
    return words


def tallest_words(rows: list[list[str]]) -> dict[tuple[str, ...], int]:
    """The height of the tallest word of each TSV text line (a piece of a rule read as "|" is no
    measure of the text)."""
    tallest: dict[tuple[str, ...], int] = {}
    for r in rows:
        if not set(r[11].strip()) <= RULE_GLYPHS:
            tallest[tuple(r[1:5])] = max(tallest.get(tuple(r[1:5]), 0), int(r[9]))
    return tallest


def ocr_word(text: str, x0: float, top: float, x1: float, bottom: float, conf: float) -> Word:
    """A word in pdfplumber's shape (upright, left to right), with its OCR confidence."""
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "upright": True, "direction": "ltr",
            "fontname": "", "conf": round(conf, 3)}
