"""Scanned pages: a page image -> ``PageContent``, so a scan is read by the same table stages.

A page with no text layer is rendered (pypdfium2), straightened (the angle that makes the
rows of ink sharpest), its ruling lines found by morphological opening (OpenCV) and made
into the same edges ``rules.make_edge`` gives drawn rules, and its words read by Tesseract
(TSV output: a box and a confidence per word).  Everything is returned in PDF points, so
``ruled.page_to_grids``, ``borderless.borderless_tables`` and the cell text see a scanned
page exactly as they see a page with text.  Nothing here finds tables.

Needs the ``ocr`` extra (``pip install -e '.[ocr]'``: pytesseract, opencv-python-headless)
and the ``tesseract`` program; they are imported only when a scanned page turns up.
"""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ....model import ErrorType, ExtractError, ParseNote, RawTable, WarningCode
from ..lines import BBox, Word, centre_inside
from ..page import PageContent, content_of, page_words
from ..rules import Edge
from ..ruled import page_to_grids
from ..settings import DEFAULT as DEFAULT_PDF
from ..settings import PdfSettings
from .glyph_map import UNDECIDED, DecodedPage, GlyphMap, glyph_numbers
from .ink_rules import Rules, find_rules
from .settings import DEFAULT_OCR, INSTALL_HINT, RULE_GLYPHS, OcrSettings
from .words import ocr_word, tsv_to_words

if TYPE_CHECKING:  # numpy comes with the extra's OpenCV
    import numpy as np
    from pdfplumber.page import Page

__all__ = ["DEFAULT_OCR", "INSTALL_HINT", "OcrSettings", "ScannedPages", "find_rules", "ocr_word", "tsv_to_words"]


# ------------------------------------------------------------------ which pages, and the hook

def needs_ocr(page: Page, content: PageContent, settings: OcrSettings = DEFAULT_OCR) -> bool:
    """A page with no words that shows an image over much of itself (a scan, a pasted page)
    or draws its text as outlines; or a page whose text cannot be decoded."""
    if content.words:
        return is_undecodable(content.words, settings)
    area = float(page.width * page.height) or 1.0
    covered = sum(max(0.0, (im["x1"] - im["x0"]) * (im["bottom"] - im["top"])) for im in page.images)
    return covered / area >= settings.min_image_share or bool(page.curves)


def is_undecodable(words: list[Word], settings: OcrSettings = DEFAULT_OCR) -> bool:
    """Whether most of the words' characters are glyphs their font maps to no character (pdfminer's
    ``(cid:N)``) or to control characters: some printer drivers, PostScript round trips and PDF
    rewriters leave a page's text so, and only the picture of the page can be read."""
    counts = [glyph_numbers(w["text"]) for w in words]
    unmapped = sum(n for n, _ in counts)
    return unmapped > 0 and unmapped >= settings.undecodable_share * sum(total for _, total in counts)


def render_dpi(page: Page, settings: OcrSettings = DEFAULT_OCR) -> int:
    """The resolution to render a scanned page at: its largest image's own, within bounds."""
    images = [im for im in page.images if im["x1"] - im["x0"] > 0 and im.get("srcsize")]
    if not images:
        return settings.dpi
    largest = max(images, key=lambda im: (im["x1"] - im["x0"]) * (im["bottom"] - im["top"]))
    native = largest["srcsize"][0] / ((largest["x1"] - largest["x0"]) / 72)
    return int(round(min(max(native, settings.min_dpi), settings.max_dpi)))


def ocr_installed() -> bool:
    """Whether the ``ocr`` extra's modules and the tesseract program are there to use."""
    try:
        import cv2  # noqa: F401
        import pytesseract
        pytesseract.get_tesseract_version()
    except (ImportError, OSError, subprocess.CalledProcessError):  # a module or the program missing, or broken
        return False
    except SystemExit:  # how pytesseract says the tesseract found is too old
        return False
    return True


@dataclass
class ScannedPages:
    """The document-level side of OCR for ``read_pdf``: which pages were read, and the notes."""

    data: bytes
    settings: OcrSettings = DEFAULT_OCR
    pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read with OCR
    skipped: list[int] = field(default_factory=list)  # scanned pages left unread (no OCR installed)
    undecoded: list[int] = field(default_factory=list)  # pages of undecodable text left unread (the same)
    notes: list[ParseNote] = field(default_factory=list)
    text_settings: PdfSettings = DEFAULT_PDF  # how a page of decoded glyphs is read as text
    glyphs: GlyphMap = field(default_factory=GlyphMap)  # what the glyph numbers of undecodable text draw
    _installed: bool | None = None

    def read(self, page: Page, content: PageContent) -> PageContent:
        """``content``, or the page read with OCR when it is a scan and OCR is installed."""
        if not needs_ocr(page, content, self.settings):
            return content
        if self._installed is None:
            self._installed = ocr_installed()
        if not self._installed:
            if content.words:  # undecodable text: no words are better than glyph numbers
                self.undecoded.append(page.page_number)
                return replace(content, words=[])
            self.skipped.append(page.page_number)
            return content
        if content.words:
            return self.decode(page, content)
        try:
            scanned = pdf_page_to_content(self.data, page.page_number, render_dpi(page, self.settings), self.settings)
        except (OSError, RuntimeError) as exc:  # Tesseract failed or was killed: the page stays unread
            self.notes.append(ParseNote(WarningCode.OCR_FAILED, f"OCR failed ({type(exc).__name__}: {exc})"[:300],
                                        f"page {page.page_number}"))
            return content
        self.pages.append(page.page_number)
        confidence = mean_confidence(scanned.words)
        if scanned.words and confidence < self.settings.low_confidence:
            self.notes.append(ParseNote(WarningCode.OCR_LOW_CONFIDENCE, f"read with OCR at a mean word confidence "
                                        f"of {confidence:.2f}: check its text against the scan", f"page {page.page_number}"))
        return scanned

    def decode(self, page: Page, content: PageContent) -> PageContent:
        """A page whose text is glyph numbers, read as text once the glyph map knows them: from the
        votes of earlier pages, else after OCR of this page's picture."""
        chars = page.chars
        if not self.glyphs.covers(chars):
            try:
                self.learn_glyphs(page)
            except (OSError, RuntimeError) as exc:  # Tesseract failed or was killed: the page stays unread
                self.notes.append(ParseNote(WarningCode.OCR_FAILED, f"OCR failed ({type(exc).__name__}: {exc})"[:300],
                                            f"page {page.page_number}"))
                return replace(content, words=[])
        self.pages.append(page.page_number)
        decoded = content_of(DecodedPage(page, self.glyphs), self.text_settings)
        undecided = sum(w["text"].count(UNDECIDED) for w in decoded.words)
        if undecided:
            self.notes.append(ParseNote(WarningCode.OCR_LOW_CONFIDENCE, f"{undecided} character(s) of text whose fonts "
                                        f"map no characters could not be decoded (shown as {UNDECIDED})",
                                        f"page {page.page_number}"))
        return replace(decoded, via_ocr=True)

    def learn_glyphs(self, page: Page) -> None:
        """Votes for the page's glyphs from OCR of its picture; then each word still holding a glyph no
        vote settled (a lone digit OCR's page layout dropped, a rare letter) is read again on its own."""
        import pytesseract

        dpi = self.settings.dpi
        grey = pdf_page_to_grey(self.data, page.page_number, dpi)
        self.glyphs.learn(page.chars, image_to_content(grey, page.page_number, dpi, self.settings).words)
        words = page_words(DecodedPage(page, self.glyphs), self.text_settings)  # only the words: which are undecided
        missed = [w for w in words if UNDECIDED in w["text"]][: self.settings.glyph_words_read_alone]
        if missed:
            self.glyphs.learn(page.chars, [read_word(grey, w, dpi / 72, self.settings, pytesseract) for w in missed],
                              undecided_only=True)

    def tables(self, tables: list[RawTable], content: PageContent) -> list[RawTable]:
        """The page's tables, marked and given their words' mean confidence when the page was OCR'd."""
        if not content.via_ocr:
            return tables
        return [replace(t, via_ocr=True, confidence=mean_confidence(
            [w for w in content.words if t.bbox is None or centre_inside(w, t.bbox)])) for t in tables]

    def finish(self) -> list[ParseNote]:
        """Notes for the document, including the scanned pages left unread."""
        if self.skipped:
            pages = ", ".join(str(n) for n in self.skipped)
            self.notes.append(ParseNote(WarningCode.IMAGES_NOT_READ, f"images with no text, not read: install OCR to "
                                        f"read them ({INSTALL_HINT})", f"pages {pages}"))
        if self.undecoded:
            pages = ", ".join(str(n) for n in self.undecoded)
            self.notes.append(ParseNote(WarningCode.TEXT_NOT_DECODED, "text whose fonts map no characters, not read: "
                                        f"install OCR to read the pages' pictures ({INSTALL_HINT})", f"pages {pages}"))
        return self.notes

    def no_text_error(self, blank: bool = False) -> ExtractError:
        """The error for a PDF none of whose pages gave text (``blank``: nor drew anything)."""
        if self.undecoded:
            return ExtractError(ErrorType.NO_TEXT_LAYER, "the PDF's text cannot be decoded (its fonts map no "
                                f"characters) and OCR is not installed: {INSTALL_HINT}, or OCR it first")
        if blank:
            return ExtractError(ErrorType.NO_TEXT_LAYER, "the PDF has no text: its pages are blank")
        if self.skipped:
            return ExtractError(ErrorType.NO_TEXT_LAYER, "the PDF has no text layer (a scan?) and OCR is not installed: "
                                f"{INSTALL_HINT}, or OCR it first, e.g. `ocrmypdf in.pdf out.pdf`")
        return ExtractError(ErrorType.NO_TEXT_LAYER, "the PDF has no text layer and OCR found no words on its pages")


def mean_confidence(words: list[Word]) -> float:
    """The mean OCR confidence (0..1) of the words; 1.0 when there are none."""
    scores = [w["conf"] for w in words if "conf" in w]
    return round(sum(scores) / len(scores), 3) if scores else 1.0


# ------------------------------------------------------------------ a page image -> PageContent

def pdf_page_to_content(data: bytes, number: int, dpi: int, settings: OcrSettings = DEFAULT_OCR) -> PageContent:
    """Page ``number`` (1-based) of the PDF rendered in grey at ``dpi`` and read with OCR."""
    return image_to_content(pdf_page_to_grey(data, number, dpi), number, dpi, settings)


def pdf_page_to_grey(data: bytes, number: int, dpi: int) -> np.ndarray:
    """Page ``number`` (1-based) of the PDF rendered in grey at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[number - 1]
        grey = render_grey(page, dpi)
        page.close()
    finally:
        doc.close()
    return grey


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
            if any(centre_inside(w, box) for w in page.words):
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


def read_word(grey: np.ndarray, word: Word, scale: float, settings: OcrSettings, pytesseract: Any) -> Word:
    """A word of the text layer read again from the page's picture on its own, at its own box: the
    word with OCR's text (spaces dropped), or no text when OCR read nothing."""
    import cv2
    import numpy as np

    height, width = grey.shape
    x0, y0 = max(0, round(word["x0"] * scale)), max(0, round(word["top"] * scale))
    x1, y1 = min(width, round(word["x1"] * scale)), min(height, round(word["bottom"] * scale))
    margin = round(settings.cell_margin * scale)
    crop = grey[y0:y1, x0:x1]
    if crop.size and int(np.median(crop)) < 128:  # light text on a dark header cell
        crop = 255 - crop
    crop = cv2.copyMakeBorder(crop, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=255)
    tsv = run_tesseract(crop, replace(settings, tesseract_config=settings.cell_config), pytesseract)
    return {**word, "text": "".join(w["text"] for w in tsv_to_words(tsv, scale))}


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


def ink_mask(grey: np.ndarray) -> np.ndarray:
    """255 where there is ink, 0 for paper (Otsu's threshold: light shading counts as paper)."""
    import cv2

    _, mask = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return mask


def estimate_skew(ink: np.ndarray, settings: OcrSettings = DEFAULT_OCR) -> float:
    """The rotation (degrees, anticlockwise) that straightens the page.

    Straight, the rows of text and the horizontal rules put their ink into few pixel rows,
    so the row sums vary most: the angle with the sharpest row profile wins, searched
    coarsely on a shrunken page, then finely around the best coarse angle.
    """
    import cv2
    import numpy as np

    small = cv2.resize(ink, None, fx=settings.skew_scale, fy=settings.skew_scale, interpolation=cv2.INTER_AREA)
    steps = int(round(settings.max_skew / settings.skew_step))
    coarse = [i * settings.skew_step for i in range(-steps, steps + 1)]
    best = max(coarse, key=lambda a: profile_sharpness(small, a))
    fine_step = settings.skew_step / 10
    fine = [best + i * fine_step for i in range(-10, 11)]
    return float(np.round(max(fine, key=lambda a: profile_sharpness(small, a)), 3))


def profile_sharpness(ink: np.ndarray, angle: float) -> float:
    """How unevenly the ink falls into pixel rows once turned by ``angle``: the sum of squared
    differences between neighbouring row sums."""
    import numpy as np

    rows = rotate(ink, angle, fill=0).sum(axis=1, dtype=np.float64)
    return float(np.square(np.diff(rows)).sum())


def rotate(image: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    """The image turned ``angle`` degrees anticlockwise about its centre, the corners filled."""
    import cv2

    if angle == 0:
        return image
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (width, height), flags=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=fill)


