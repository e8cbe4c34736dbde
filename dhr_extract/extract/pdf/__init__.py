"""PDF parser (pdfplumber): every table on every page as a cell grid.

First ``triage.triage_pages`` (pdfium's text layer, milliseconds a page) picks the pages that
may hold plan rows; the others are skipped once the title lines are read.  Then, per page,
the stages, each in its own module and each a function of the page before it:
``page.page_content`` (words, ruling edges, shading; a slow path for odd pages) ->
``ruled.page_to_grids`` (tables drawn with rules, whatever drew them) or, on a page
without any, ``borderless.borderless_table`` (columns and rows from the words' layout)
-> cell text (``lines``).  Tolerances live in ``settings.PdfSettings``.
"""
from __future__ import annotations

import io
import os
from dataclasses import replace
from pathlib import Path

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from ...model import ExtractError, RawDocument, RawTable
from .borderless import borderless_tables
from .lines import BBox, Line, words_to_lines
from .page import PageContent, page_content
from .ruled import grid_to_raw, inside, page_to_grids
from .settings import DEFAULT, PdfSettings
from .triage import triage_pages

__all__ = ["read_pdf", "PdfSettings"]
TITLE_LINES = 15  # lines of text outside the tables kept for the review's title and metadata


def read_pdf(path: Path, data: bytes, sha256: str, settings: PdfSettings = DEFAULT) -> RawDocument:
    """All tables of a PDF, page by page; each page is closed after use to keep memory flat."""
    tables: list[RawTable] = []
    text_lines: list[str] = []
    notes: list[str] = []
    columns: tuple[float, ...] = ()  # of the last borderless table, for the next page
    pages_with_text = 0
    try:
        wanted = triage_pages(data) if settings.triage else None  # None: every page
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n_pages = len(pdf.pages)
            for plain_page in pdf.pages:
                if wanted and not wanted[plain_page.page_number - 1] and len(text_lines) >= TITLE_LINES:
                    pages_with_text += 1  # triage reads pages only when pdfium found text on some
                    columns = ()
                    continue
                content = page_content(plain_page, settings)
                plain_page.close()
                pages_with_text += bool(content.words)
                if content.note:
                    notes.append(content.note)
                page_tables, outside, columns = page_to_tables(content, len(tables), settings, columns)
                tables.extend(page_tables)
                if len(text_lines) < TITLE_LINES:
                    text_lines.extend(outside[: TITLE_LINES - len(text_lines)])
    except (ExtractError, MemoryError):
        raise
    except Exception as exc:  # the PDF's fault (pdfminer / pdfplumber choked on it) or a bug here
        if not pdf_library_error(exc):
            raise  # a bug in this package: reported as extract_failed, not blamed on the document
        raise pdfminer_error(exc) from None
    if n_pages and not pages_with_text:
        raise ExtractError(
            "no_text_layer",
            "the PDF has no text layer (a scan?): OCR it first, e.g. `ocrmypdf in.pdf out.pdf`",
        )
    return RawDocument(str(path), sha256, "pdf", n_pages, text_lines, tables, notes)


def page_to_tables(page: PageContent, first_index: int, settings: PdfSettings = DEFAULT,
                   columns: tuple[float, ...] = ()) -> tuple[list[RawTable], list[str], tuple[float, ...]]:
    """The page's tables (ruled, else borderless), the text lines outside them, and the column
    starts of its last borderless table (``columns`` are the page before's)."""
    grids = page_to_grids(page, settings)
    if grids:
        boxes = [g.bbox for g in grids]
        outside = words_to_lines(w for w in page.words if not any(inside(w, b) for b in boxes))
        tables = []
        for i, grid in enumerate(grids):
            above = boxes[i - 1][3] if i else 0.0
            raw = grid_to_raw(grid, page, first_index + i, settings)
            tables.append(replace(raw, heading=heading_above(outside, grid.bbox, above)))
        return tables, [line.text for line in outside], ()
    tables, outside_lines, columns = borderless_tables(page.words, page.number, first_index, settings, columns)
    return tables, [line.text for line in outside_lines], columns


def heading_above(lines: list[Line], bbox: BBox, floor: float) -> str:
    """The line just above a table (a section heading), if it is close to it and below ``floor``."""
    candidates = [ln for ln in lines if floor <= ln.top and ln.bottom <= bbox[1] + 1]
    if not candidates:
        return ""
    nearest = max(candidates, key=lambda ln: ln.bottom)
    return nearest.text if bbox[1] - nearest.bottom <= 3 * nearest.height else ""


def pdfminer_error(exc: BaseException) -> ExtractError:
    """The stable error for an exception pdfminer / pdfplumber raised on a PDF: encrypted or corrupt_pdf."""
    from pdfminer.pdfdocument import PDFEncryptionError

    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    if isinstance(cause, PDFPasswordIncorrect) or "password" in repr(cause).lower():
        return ExtractError("encrypted", "the PDF is password-protected: save a copy without the password and run again")
    if isinstance(cause, PDFEncryptionError):
        return ExtractError("encrypted", f"the PDF is encrypted in a way that cannot be read ({cause}): "
                                         "save an unencrypted copy and run again"[:300])
    return ExtractError("corrupt_pdf", f"the PDF is damaged and cannot be read ({type(cause).__name__}: {cause})"[:300])


def pdf_library_error(exc: BaseException) -> bool:
    """Whether pdfminer / pdfplumber raised ``exc`` (a PDF they cannot read), not this package (a bug)."""
    import pdfminer
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import MalformedPDFException

    if isinstance(exc, (PdfminerException, MalformedPDFException, PSException)):
        return True
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if tb is None:
        return False
    where = os.path.abspath(tb.tb_frame.f_code.co_filename)
    libraries = (os.path.dirname(os.path.abspath(pdfminer.__file__)), os.path.dirname(os.path.abspath(pdfplumber.__file__)))
    return any(where.startswith(folder + os.sep) for folder in libraries)
