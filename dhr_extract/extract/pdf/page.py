"""One PDF page as the layout stages see it: words, ruling edges and shaded areas.

``LeanPage`` builds characters with only what word extraction reads; a page on which
that fast path fails is read again through pdfplumber's own objects (``page_content``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from unicodedata import normalize as normalize_unicode

from pdfminer.layout import LTChar
from pdfplumber.page import Page

from ...model import ParseNote, WarningCode
from ..text import colour_to_hex
from .lines import Word
from .rules import Edge, objects_to_edges
from .settings import DEFAULT, PdfSettings


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


class LeanPage(Page):
    """A pdfplumber page whose characters carry only what word extraction reads.

    pdfplumber turns every pdfminer object into a dict of all its attributes,
    resolving colours and colour spaces on the way: for the characters, that is most
    of the cost of reading a page after pdfminer's own parsing.  Here a character gets
    only its text, geometry and orientation, computed exactly as pdfplumber computes
    them, so ``extract_words`` returns the same words; ruling lines, rects and curves
    still take pdfplumber's own path.
    """

    @classmethod
    def of(cls, page: Page) -> "LeanPage":
        return cls(page.pdf, page.page_obj, page.page_number, page.initial_doctop)

    def process_object(self, obj: Any) -> dict[str, Any]:
        if not isinstance(obj, LTChar):
            return super().process_object(obj)
        text = obj.get_text()
        if self.pdf.unicode_norm is not None:
            text = normalize_unicode(self.pdf.unicode_norm, text)
        height = self.height
        mb_x0, mb_top = self.mediabox[:2]
        x0, x1 = (obj.x0 + mb_x0, obj.x1 + mb_x0) if mb_x0 != 0 else (obj.x0, obj.x1)
        top = (height - obj.y1) + mb_top
        return {
            "object_type": "char", "page_number": self.page_number, "text": text,
            "x0": x0, "y0": obj.y0, "x1": x1, "y1": obj.y1, "width": obj.width, "height": obj.height,
            "top": top, "bottom": (height - obj.y0) + mb_top, "doctop": self.initial_doctop + top,
            "upright": obj.upright, "size": obj.size, "adv": obj.adv, "matrix": obj.matrix,
            "fontname": obj.fontname,
        }


def page_content(page: Page, settings: PdfSettings = DEFAULT) -> PageContent:
    """The page's words, edges and shading: the lean way, else pdfplumber's own (with a note)."""
    lean = LeanPage.of(page)
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
    words = [w for w in page.extract_words(**settings.word_settings) if w["text"].strip()]
    shading = [Shade(r["x0"], r["top"], r["x1"], r["bottom"], colour)
               for r in page.rects if r.get("fill")
               for colour in [colour_to_hex(r.get("non_stroking_color"))] if colour]
    edges = objects_to_edges(page.lines, page.rects, page.curves, settings)
    return PageContent(page.page_number, float(page.width), float(page.height), words, edges, shading,
                       has_marks=bool(page.images or page.curves))
