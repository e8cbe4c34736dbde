"""One PDF page as the layout stages see it: words, ruling edges and shaded areas.

``LeanPage`` builds characters with only what word extraction reads, as pdfminer draws
them, from content streams read by ``content_stream.FastInterpreter``; a page on which
that fast path fails is read again through pdfplumber's own objects (``page_content``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from itertools import starmap
from operator import itemgetter
from typing import Any
from unicodedata import normalize as normalize_unicode

from pdfminer.layout import LTPage
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFTextSeq
from pdfminer.utils import Matrix, Point
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from ...lexicon import MARK_GLYPHS
from ...model import ParseNote, WarningCode
from ..text import colour_to_hex
from .content_stream import FastInterpreter
from .footnotes import page_footnotes, without_markers
from .ligatures import SWAPPED_RUN, is_swapped_ligature, unswap_ligatures
from .left_bars import stroked_bars
from .lines import Word
from .list_markers import list_markers
from .marks import mark_boxes
from .form_boxes import without_form_boxes
from .highlights import without_highlights
from .icons import icon_words, page_icons
from .overprints import chars_to_layers
from .rules import Edge, box_curves_to_rects, drop_underlines, objects_to_edges
from .settings import DEFAULT, PdfSettings
from .strikes import mark_struck_words
from .vertical_text import split_vertical, vertical_words
from .words import extract_words, join_letter_spaced

DEVICE_LOG = logging.getLogger("pdfminer.pdfdevice")  # where pdfminer's string loop logs
# Glyph 0 of every font is its missing glyph (".notdef"), the box drawn for a character the font lacks: a
# browser printing a character its font has no glyph for draws it; pdfminer writes it "(cid:0)".
MISSING_GLYPH = "(cid:0)"


@dataclass(frozen=True)
class Shade:
    """A filled rectangle with a visible colour (a shaded header or a RAG cell)."""

    x0: float
    top: float
    x1: float
    bottom: float
    colour: str


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    edges: list[Edge]
    shading: list[Shade] = field(default_factory=list)
    note: ParseNote | None = None  # set when the page had to be read the slow way
    via_ocr: bool = False  # words and edges read from the page's image (``ocr``)
    has_marks: bool = False  # images or curves: a scanned page, or text drawn as outlines, is not blank
    footnotes: list[tuple[str, str]] = field(default_factory=list)  # (marker, note) at the page's foot
    marks: list[Shade] = field(default_factory=list)  # dots and squares typed in a colour (a RAG dot, a key's)


class LeanPage(Page):
    """A pdfplumber page whose characters carry only what word extraction reads.

    pdfplumber turns every pdfminer object into a dict of all its attributes,
    resolving colours and colour spaces on the way: for the characters, that is most
    of the cost of reading a page after pdfminer's own parsing.  Here the device that
    pdfminer draws into (``CharRecorder``) writes each character's record as it is drawn,
    with only its text, geometry and orientation, computed exactly as pdfminer's
    ``LTChar`` and pdfplumber compute them, so ``extract_words`` returns the same words;
    ruling lines, rects and curves still take pdfplumber's own path.
    """

    settings: PdfSettings = DEFAULT  # its ``vertical_slope`` tells the characters set vertically as they are drawn

    @classmethod
    def of(cls, page: Page, settings: PdfSettings = DEFAULT) -> "LeanPage":
        lean = cls(page.pdf, page.page_obj, page.page_number, page.initial_doctop)
        lean.settings = settings
        return lean

    @property
    def layout(self) -> LTPage:
        if hasattr(self, "_layout"):
            return self._layout
        device = CharRecorder(self)
        interpreter = FastInterpreter(self.pdf.rsrcmgr, device)
        try:
            interpreter.process_page(self.page_obj)
        except Exception as e:
            raise PdfminerException(e)
        self._layout: LTPage = device.get_result()
        self._chars = device.chars
        self.vertical_chars = device.vertical  # those of ``_chars`` set vertically (``vertical_text``)
        return self._layout

    def parse_objects(self) -> dict[str, list[dict[str, Any]]]:
        objects = super().parse_objects()  # the layout without characters: lines, rects, curves...
        if self._chars:
            objects["char"] = self._chars
        return objects

    def close(self) -> None:
        self._chars = self.vertical_chars = []  # not pdfplumber's cached properties, so ``close`` would keep them
        super().close()


class CharRecorder(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, except that a character becomes a ``LeanPage`` record when drawn
    instead of an ``LTChar`` in the layout tree (the same arithmetic as ``LTChar.__init__``)."""

    def __init__(self, page: LeanPage) -> None:
        super().__init__(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
        self.chars: list[dict[str, Any]] = []
        self.vertical: list[dict[str, Any]] = []  # the characters set vertically, told once a string
        self.vertical_slope = page.settings.vertical_slope
        self.glyphs: dict[int, dict[int, tuple[str, float, bool]]] = {}  # id(font) -> cid -> (text, width, a mark)
        # What pdfplumber's ``process_object`` reads from the page for every character, read once
        self.unicode_norm = page.pdf.unicode_norm
        self.page_number, self.page_height, self.doctop = page.page_number, page.height, page.initial_doctop
        self.mb_x0, self.mb_top = page.mediabox[:2]

    def record(self, text: str, fontname: str, x0: float, y0: float, x1: float, y1: float, upright: bool,
               size: float, adv: float, matrix: Matrix) -> dict[str, Any]:
        """The record of one character, as pdfplumber's ``process_object`` would make it (fewer keys)."""
        if self.unicode_norm is not None:
            text = normalize_unicode(self.unicode_norm, text)
        height, mb_x0, mb_top = self.page_height, self.mb_x0, self.mb_top
        top = (height - y1) + mb_top
        return {
            "object_type": "char", "page_number": self.page_number, "text": text,
            "x0": x0 + mb_x0 if mb_x0 != 0 else x0, "y0": y0, "x1": x1 + mb_x0 if mb_x0 != 0 else x1, "y1": y1,
            "width": x1 - x0, "height": y1 - y0,
            "top": top, "bottom": (height - y0) + mb_top, "doctop": self.doctop + top,
            "upright": upright, "size": size, "adv": adv, "matrix": matrix, "fontname": fontname,
        }

    def render_string_horizontal(self, seq: PDFTextSeq, matrix: Matrix, pos: Point, font: PDFFont,
                                 fontsize: float, scaling: float, charspace: float, wordspace: float,
                                 rise: float, dxscale: float, ncs: Any, graphicstate: PDFGraphicState) -> Point:
        """pdfminer's loop over a horizontal string with ``render_char`` inlined for the common
        case (the same arithmetic in the same order, so the same floats), each glyph's text and
        width looked up once per font.  ``transformed_box`` and ``record`` are inlined too (a call
        each per character was a third of the loop), the products that do not change along the
        string taken once."""
        x, y = pos
        needcharspace = False
        a, b, c, d, e, f = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        first = len(self.chars)
        low = font.get_descent() * fontsize + rise
        high = low + fontsize
        glyphs = self.glyphs.setdefault(id(font), {})
        fontname, chars, norm = font.fontname, self.chars, self.unicode_norm
        page_number, height, doctop = self.page_number, self.page_height, self.doctop
        mb_x0, mb_top = self.mb_x0, self.mb_top
        # transformed_box's products for the box (0, low, adv, high) that do not depend on adv
        x_low, x_high, y_low, y_high = a * 0 + c * low, a * 0 + c * high, b * 0 + d * low, b * 0 + d * high
        c_low, c_high, d_low, d_high = c * low, c * high, d * low, d * high
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    glyph = glyphs.get(cid)
                    if glyph is None:
                        glyph_text = self.glyph_text(font, cid)
                        glyph = glyphs[cid] = (glyph_text, font.char_width(cid), glyph_text in MARK_GLYPHS)
                    adv = glyph[1] * fontsize * scaling
                    tx, ty = x * a + y * c + e, x * b + y * d + f
                    at = (a, b, c, d, tx, ty)  # pdfminer's translate_matrix
                    x_adv, y_adv = a * adv, b * adv
                    xs = (x_low + tx, x_high + tx, x_adv + c_low + tx, x_adv + c_high + tx)  # as transformed_box
                    ys = (y_low + ty, y_adv + d_low + ty, y_adv + d_high + ty, y_high + ty)
                    x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
                    text = glyph[0] if norm is None else normalize_unicode(norm, glyph[0])
                    top = (height - y1) + mb_top
                    chars.append({  # the record of ``record``, as pdfplumber's ``process_object`` makes it
                        "object_type": "char", "page_number": page_number, "text": text,
                        "x0": x0 + mb_x0 if mb_x0 != 0 else x0, "y0": y0, "x1": x1 + mb_x0 if mb_x0 != 0 else x1,
                        "y1": y1, "width": x1 - x0, "height": y1 - y0,
                        "top": top, "bottom": (height - y0) + mb_top, "doctop": doctop + top,
                        "upright": upright, "size": y1 - y0, "adv": adv, "matrix": at, "fontname": fontname,
                    })
                    if glyph[2]:  # a dot or square whose colour may be its meaning (a RAG dot): its colour kept
                        chars[-1]["non_stroking_color"] = graphicstate.ncolor
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                DEVICE_LOG.warning("Cannot render horizontal string because %r is not a valid int, float or bytes.",
                                   obj)
        if abs(a) <= self.vertical_slope * abs(b):  # the string's baseline runs along the page's y axis
            self.vertical.extend(chars[first:])
        return x, y

    def glyph_text(self, font: PDFFont, cid: int) -> str:
        try:
            return font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            return self.handle_undefined_char(font, cid)

    def render_char(self, matrix: Matrix, font: PDFFont, fontsize: float, scaling: float, rise: float,
                    cid: int, ncs: Any, graphicstate: PDFGraphicState) -> float:
        text = self.glyph_text(font, cid)
        adv = font.char_width(cid) * fontsize * scaling
        if font.is_vertical():
            vx, vy = font.char_disp(cid)  # type: ignore[misc]
            vx = fontsize * 0.5 if vx is None else vx * fontsize * 0.001
            vy = (1000 - vy) * fontsize * 0.001
            box = (-vx, vy + rise + adv, -vx + fontsize, vy + rise)
        else:
            descent = font.get_descent() * fontsize
            box = (0, descent + rise, adv, descent + rise + fontsize)
        a, b, c, d, _e, _f = matrix
        x0, y0, x1, y1 = transformed_box(matrix, box)
        size = x1 - x0 if font.is_vertical() else y1 - y0
        self.chars.append(self.record(text, font.fontname, x0, y0, x1, y1, a * d * scaling > 0 and b * c <= 0,
                                      size, adv, matrix))
        if text in MARK_GLYPHS:
            self.chars[-1]["non_stroking_color"] = graphicstate.ncolor
        if abs(a) <= self.vertical_slope * abs(b):
            self.vertical.append(self.chars[-1])
        return adv


def transformed_box(matrix: Matrix, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """The upright box around ``box`` drawn through ``matrix``: pdfminer's ``apply_matrix_rect``,
    with the same arithmetic in the same order (so the same floats), inlined for the character loop."""
    a, b, c, d, e, f = matrix
    bx0, by0, bx1, by1 = box
    xs = (a * bx0 + c * by0 + e, a * bx0 + c * by1 + e, a * bx1 + c * by0 + e, a * bx1 + c * by1 + e)
    ys = (b * bx0 + d * by0 + f, b * bx1 + d * by0 + f, b * bx1 + d * by1 + f, b * bx0 + d * by1 + f)
    return min(xs), min(ys), max(xs), max(ys)


def page_content(page: Page, settings: PdfSettings = DEFAULT) -> PageContent:
    """The page's words, edges and shading: the lean way, else pdfplumber's own (with a note)."""
    lean = LeanPage.of(page, settings)
    try:
        return content_of(lean, settings)
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001 — recorded in the note, and the page is read again
        content = content_of(page, settings)
        content.note = ParseNote(WarningCode.PAGE_READ_SLOWLY, f"read without the fast character path "
                                 f"({type(exc).__name__}: {exc})"[:300], f"page {page.page_number}")
        return content
    finally:
        lean.close()


def content_of(page: Page, settings: PdfSettings) -> PageContent:
    words = page_words(page, settings)
    box_curves, curves = box_curves_to_rects(page.curves, settings)
    rects = without_highlights([*page.rects, *box_curves], words, settings)  # text marked, not a cell shaded
    rects = without_form_boxes(rects, page.lines, words, settings)  # a saved form's empty fields: no rules
    bullets, drawn = list_markers([*rects, *curves], words, settings)
    if bullets:  # a list's bullets drawn as shapes are its text, not rules or shading
        words += bullets
        rects, curves = [r for r in rects if id(r) not in drawn], [c for c in curves if id(c) not in drawn]
    struck_by = mark_struck_words(words, [*rects, *page.lines], settings)  # a strike through words is no rule
    rects, lines = [r for r in rects if id(r) not in struck_by], [x for x in page.lines if id(x) not in struck_by]
    icons = page_icons(page.images, curves, words, settings)  # a status drawn as a small picture: a coloured mark
    words += icon_words(icons, words)
    marks = mark_boxes([*rects, *curves, *lines], settings)  # dots and dashes of rules
    shading = [Shade(r["x0"], r["top"], r["x1"], r["bottom"], colour)
               for r in rects if r.get("fill")
               for colour in [colour_to_hex(r.get("non_stroking_color"))] if colour]
    shading.extend(starmap(Shade, stroked_bars(lines, settings)))  # a bar stroked, as a browser fills it
    edges = drop_underlines(objects_to_edges(lines, rects, curves, settings, marks), words, settings)
    return PageContent(page.page_number, float(page.width), float(page.height), words, edges, shading,
                       has_marks=bool(page.images or page.curves), footnotes=page_footnotes(page.chars, settings),
                       marks=coloured_marks(page.chars) + list(starmap(Shade, icons)))


def coloured_marks(chars: list[dict[str, Any]]) -> list[Shade]:
    """The page's dots and squares typed in a colour, as boxes of that colour."""
    return [Shade(c["x0"], c["top"], c["x1"], c["bottom"], colour) for c in chars if c.get("text") in MARK_GLYPHS
            for colour in [colour_to_hex(c.get("non_stroking_color"))] if colour]


def page_words(page: Page, settings: PdfSettings) -> list[Word]:
    """The page's words: pdfplumber's for text set along the lines, ``vertical_text``'s for text
    set vertically (pdfplumber would read it backwards where it runs up the page)."""
    along, vertical = split_vertical(page.chars, settings, getattr(page, "vertical_chars", None))
    along = without_markers(along, settings)  # a footnote's marker is no part of the text
    along = without_missing_glyphs(along)
    layers = chars_to_layers(along, settings)  # text printed over other text is read apart (``overprints``)
    words = [with_char_bounds(w) for layer in layers
             for w in extract_words(layer, return_chars=True, **settings.word_settings) if w["text"].strip()]
    if len(layers) > 1:
        words.sort(key=lambda w: (round(w["top"]), w["x0"]))  # reading order, as one layer's words come
    words = join_letter_spaced(words, settings)  # letter-spaced capitals are words, not single letters
    return words + vertical_words(vertical, settings) if vertical else words


def without_missing_glyphs(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The characters less the fonts' missing glyphs: a box drawn for a character the font lacks is none."""
    return [char for char in chars if char["text"] != MISSING_GLYPH]


def with_char_bounds(word: Word) -> Word:
    """The word with where each of its characters starts and ends (``chars``: (x0, x1, text) each),
    so that text run flush into the next cell can be cut at that cell's edge once columns are known;
    ligatures a re-distiller wrote byte-swapped are read back in both (see ``ligatures``)."""
    chars = word.pop("chars")
    if SWAPPED_RUN.search(word["text"]) is None:  # the common case, kept cheap
        word["chars"] = tuple(map(CHAR_BOUNDS, chars))
        return word
    text = unswap_ligatures(word["text"], any(is_swapped_ligature(c["text"]) for c in chars))
    swapped = text != word["text"]  # then every such character of the word is a ligature's
    word["text"] = text
    word["chars"] = tuple((c["x0"], c["x1"], unswap_ligatures(c["text"], swapped)) for c in chars)
    return word


CHAR_BOUNDS = itemgetter("x0", "x1", "text")  # (x0, x1, text) of a character record
