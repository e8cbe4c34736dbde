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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ...model import ExtractError, RawTable
from .lines import BBox, Word
from .page import PageContent
from .rules import Edge, make_edge
from .ruled import inside, page_to_grids

if TYPE_CHECKING:  # numpy comes with the extra's OpenCV
    import numpy as np
    from pdfplumber.page import Page

INSTALL_HINT = "pip install -e '.[ocr]' (and the tesseract program, e.g. apt-get install tesseract-ocr)"


@dataclass(frozen=True)
class OcrSettings:
    dpi: int = 300  # for a page drawn without an image (text as outlines)
    min_dpi: int = 200  # a scan is rendered at its own resolution (resampling blurs it), within these
    max_dpi: int = 300
    max_skew: float = 2.0  # degrees searched either way when straightening a page
    skew_step: float = 0.1  # degrees between the angles tried (then refined tenfold)
    skew_scale: float = 0.25  # the skew search runs on the page shrunk by this
    h_rule_length: float = 20.0  # points: a horizontal run of ink this long is a rule, not a letter
    v_rule_length: float = 10.0  # points: a vertical one (rows are short, letters shorter)
    rule_thickness: float = 3.0  # points: a thicker run is a filled block, whose sides are the edges
    rule_gap: float = 0.5  # points: breaks in a rule (noise, JPEG) bridged before it is measured
    block_thickness: float = 4.0  # points: solid ink this thick both ways is a filled block, not a stroke
    block_letter_width: float = 3.0  # points: white letters on a dark block are filled in up to this wide
    block_darkness: float = 0.6  # share of a block's box that is dark (a line of black text has less)
    header_reach: float = 200.0  # points: column rules starting this far under a dark header row are its own
    min_image_share: float = 0.25  # a wordless page is read when an image covers this share of it
    low_confidence: float = 0.80  # a page read with a lower mean word confidence gets a note
    tesseract_config: str = "--psm 11"  # sparse text: a lone word in a table cell is still read
    threads: str = "1"  # Tesseract's OpenMP threads: batch runs already use one worker per core
    cell_inset: float = 2.0  # points inside a ruled cell's border looked at for ink left unread
    min_cell_ink: int = 20  # pixels of ink that make a cell worth reading on its own
    cell_margin: float = 4.0  # points of white round a cell read on its own
    cell_config: str = "--psm 7"  # a cell read on its own: one line of text
    min_cell_confidence: float = 0.5  # below this a word read in a cell on its own is a speck


DEFAULT_OCR = OcrSettings()
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


# ------------------------------------------------------------------ ruling lines

@dataclass(frozen=True)
class Rules:
    """What the page image draws, in pixels: thin rules (to wipe before OCR) and dark blocks."""

    edges: list[Edge]  # in points, horizontal and vertical
    thin: np.ndarray  # 255 on the pixels of thin rules
    blocks: list[tuple[int, int, int, int]]  # dark filled boxes (x, y, w, h): shaded rows, white text


def find_rules(grey: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> Rules:
    """The page's ruling edges in points, the pixels of its thin rules and its dark blocks.

    Opening the ink with a long thin kernel keeps only runs at least that long in its
    direction: rules survive, letters mostly do not, and a run with ink along both its
    sides is text after all.  A vertical run must also meet a horizontal one, as a
    table's rules do, since the stems of large letters are as tall as a short row.  A
    dark block (a header row shaded dark, white text on it) gives the four sides of its
    box, and the column rules that stop at it run on through it, drawn but unseen.
    """
    import cv2
    import numpy as np

    blocks = dark_blocks(grey, scale, settings)
    ink = local_ink(grey, scale)
    for x, y, w, h in blocks:
        ink[y:y + h, x:x + w] = 0  # the gaps between white letters are not rules
    gap = max(1, round(settings.rule_gap * scale))
    horizontal = ink_runs(ink, round(settings.h_rule_length * scale), gap, horizontal=True)
    vertical = ink_runs(ink, round(settings.v_rule_length * scale), gap, horizontal=False)
    reach = horizontal.copy()
    for x, y, w, h in blocks:
        cv2.rectangle(reach, (x, y), (x + w - 1, y + h - 1), 255, 1)
    reach = cv2.dilate(reach, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * gap + 1, 2 * gap + 1)))
    thin = np.zeros_like(ink)
    edges: list[Edge] = []
    for runs, is_horizontal in ((horizontal, True), (vertical, False)):
        count, labels, stats, _ = cv2.connectedComponentsWithStats(runs, connectivity=8)
        for label in range(1, count):
            x, y, w, h = (int(v) for v in stats[label, :4])
            if not is_horizontal and not reach[y:y + h, x:x + w].any():
                continue  # a letter's stem, or a rule of no table
            if flanked_by_ink(ink, x, y, w, h, is_horizontal, gap):
                continue  # letters run together along a line of text
            found = run_to_edges(x, y, w, h, is_horizontal, scale, settings)
            edges.extend(found)
            if len(found) == 1:
                thin[y:y + h, x:x + w][labels[y:y + h, x:x + w] == label] = 255
    boxes = [tuple(v / scale for v in (x, y, x + w, y + h)) for x, y, w, h in blocks]
    for x0, top, x1, bottom in boxes:
        edges += [make_edge(x0, top, x1, top), make_edge(x0, bottom, x1, bottom),
                  make_edge(x0, top, x0, bottom), make_edge(x1, top, x1, bottom)]
    return Rules(through_blocks(edges, boxes, settings), thin, blocks)


def dark_blocks(grey: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_OCR) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) filled dark: a row shaded dark, with white text on it.

    Closing the dark pixels along the rows fills the white letters; what is then solid
    both ways is a block if it was mostly dark before (a line of black text closed up
    like that is not: its letters leave much of its box white).
    """
    import cv2
    import numpy as np

    _, dark = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    fill = max(3, round(settings.block_letter_width * scale))
    side = max(3, round(settings.block_thickness * scale))
    closed = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (fill, 1)))
    solid = cv2.morphologyEx(closed, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (side, side)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(solid, connectivity=8)
    boxes = [(int(x), int(y), int(x + w), int(y + h)) for x, y, w, h in stats[1:count, :4]]
    return [(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in merge_overlapping(boxes)
            if x1 - x0 >= settings.h_rule_length * scale and y1 - y0 >= 2 * side
            and float(np.count_nonzero(dark[y0:y1, x0:x1])) >= settings.block_darkness * (x1 - x0) * (y1 - y0)]


def merge_overlapping(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, y0, x1, y1) that overlap or touch joined into one, until none do (a block cut
    into pieces by the white text on it is one block again)."""
    changed = True
    while changed:
        changed = False
        joined: list[tuple[int, int, int, int]] = []
        for box in boxes:
            for i, other in enumerate(joined):
                if box[0] <= other[2] and other[0] <= box[2] and box[1] <= other[3] and other[1] <= box[3]:
                    joined[i] = (min(box[0], other[0]), min(box[1], other[1]),
                                 max(box[2], other[2]), max(box[3], other[3]))
                    changed = True
                    break
            else:
                joined.append(box)
        boxes = joined
    return sorted(boxes)


def local_ink(grey: np.ndarray, scale: float) -> np.ndarray:
    """255 where a pixel is clearly darker than its surroundings (thin grey rules included)."""
    import cv2

    block = 2 * round(3 * scale) + 1  # about 6 points across
    return cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 20)


def ink_runs(ink: np.ndarray, length: int, gap: int, horizontal: bool) -> np.ndarray:
    """The ink in straight runs of at least ``length`` pixels along one axis, after bridging
    breaks of up to ``gap`` pixels (noise, JPEG blocks)."""
    import cv2

    def line(n: int) -> np.ndarray:
        return cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1) if horizontal else (1, n))

    bridged = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, line(gap + 1))
    return cv2.morphologyEx(bridged, cv2.MORPH_OPEN, line(max(3, length)))


def flanked_by_ink(ink: np.ndarray, x: int, y: int, w: int, h: int, horizontal: bool, gap: int,
                   share: float = 0.25) -> bool:
    """Whether the strips just beside a run (above and below it, or left and right) hold ink
    along much of its length, as the letters around a run through a word do."""
    if horizontal:
        sides = [ink[max(0, y - 2 * gap):max(0, y - gap), x:x + w], ink[y + h + gap:y + h + 2 * gap, x:x + w]]
    else:
        sides = [ink[y:y + h, max(0, x - 2 * gap):max(0, x - gap)], ink[y:y + h, x + w + gap:x + w + 2 * gap]]
    densities = [float((s > 0).mean()) if s.size else 0.0 for s in sides]
    return sum(densities) / 2 > share


def through_blocks(edges: list[Edge], blocks: list[tuple[float, float, float, float]],
                   settings: OcrSettings = DEFAULT_OCR) -> list[Edge]:
    """The column rules of the table under a dark block drawn across the block too.

    A dark header row hides its column rules (drawn dark on dark), and the row under it
    may span the table (a recommendation row) so that the rules start lower down: each
    vertical edge that starts within ``header_reach`` below the block, inside its width,
    gets a copy across the block.
    """
    tol = settings.rule_thickness
    added = []
    for x0, top, x1, bottom in blocks:
        xs = sorted({round(e["x0"], 1) for e in edges if e["orientation"] == "v" and x0 + tol < e["x0"] < x1 - tol
                     and bottom - tol <= e["top"] <= bottom + settings.header_reach})
        added += [make_edge(x, top, x, bottom) for x in xs]
    return edges + added


def run_to_edges(x: int, y: int, w: int, h: int, horizontal: bool, scale: float,
                 settings: OcrSettings = DEFAULT_OCR) -> list[Edge]:
    """A run of ink (pixel box) as edges in points: one along a thin rule, two along a block's sides."""
    x0, top, x1, bottom = x / scale, y / scale, (x + w) / scale, (y + h) / scale
    if horizontal:
        if bottom - top <= settings.rule_thickness:
            return [make_edge(x0, (top + bottom) / 2, x1, (top + bottom) / 2)]
        return [make_edge(x0, top, x1, top), make_edge(x0, bottom, x1, bottom)]
    if x1 - x0 <= settings.rule_thickness:
        return [make_edge((x0 + x1) / 2, top, (x0 + x1) / 2, bottom)]
    return [make_edge(x0, top, x0, bottom), make_edge(x1, top, x1, bottom)]


# ------------------------------------------------------------------ Tesseract's words

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
    tallest: dict[tuple[str, ...], int] = {}
    for r in kept:
        if not set(r[11].strip()) <= RULE_GLYPHS:  # a piece of a rule read as "|" is no measure of the text
            tallest[tuple(r[1:5])] = max(tallest.get(tuple(r[1:5]), 0), int(r[9]))
    words: list[Word] = []
    for r in kept:
        left, top, width, height = (int(v) for v in r[6:10])
        line_top, line_bottom = lines.get(tuple(r[1:5]), (top, top + height))
        if line_bottom - line_top > tall_line * tallest.get(tuple(r[1:5]), height):
            line_top, line_bottom = top, top + height
        words.append(ocr_word(r[11].strip(), left / scale, line_top / scale, (left + width) / scale,
                              line_bottom / scale, float(r[10]) / 100))
    return words


def ocr_word(text: str, x0: float, top: float, x1: float, bottom: float, conf: float) -> Word:
    """A word in pdfplumber's shape (upright, left to right), with its OCR confidence."""
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "upright": True, "direction": "ltr",
            "fontname": "", "conf": round(conf, 3)}
