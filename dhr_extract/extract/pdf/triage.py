"""Page triage: which pages of a PDF may hold action-plan rows, from a cheap first pass.

pdfium (C, installed with pdfplumber) reads a page's text and counts its drawn paths in a
few milliseconds, where pdfminer's full parse takes a tenth of a second or more.  A page
gets the full layout analysis when it may hold plan rows:

* it shows a plan header: a rec / action column name beside another plan column name
  (header cells come out of pdfium as short lines, or several names on one line);
* or it follows such a page while the plan goes on: the page is ruled (a drawn table), shows
  header words (any plan column's name) or recommendation labels ("R3", "Recommendation 4"), or reads as table cells
  (mostly short lines) rather than prose.  The first page with none of these ends the plan;
* or it holds a glossary: the normaliser expands the acronyms of the plan's agency column with
  the abbreviations defined in any table of the document, so a glossary table is read wherever it is;
* or it comes just before a plan's first page (a heading at its foot, the layout it hands on);
* or pdfium finds no text on it (a scan or a pasted page image: the full pass reads it with OCR),
  or only text it cannot decode (fonts that map their glyphs to no characters, as some printer
  drivers and PostScript round trips leave them: pdfium gives control characters).

Triage errs towards reading: a doubtful page is read.  When pdfium cannot read the file,
or finds no text at all, every page is read (the full pass then gives the usual error).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from .ocr.glyph_map import glyph_numbers

# Column names of plan tables.  A short list kept here on purpose: the extractor never imports
# the normaliser, whose ``headers.ROLE_PATTERNS`` holds the full vocabulary.  These patterns
# are looser than those (any mention counts), so a header the normaliser accepts is found here.
PLAN_ROLES: dict[str, re.Pattern[str]] = {
    "rec": re.compile(r"recommend|\brecs?\b|learning point|finding"),
    "action": re.compile(r"\bactions?\b|how will|what will"),
    "agency": re.compile(r"agenc|\blead\b|responsib|owner|organisation|addressed to|\bwho\b"),
    "target": re.compile(r"target|timescale|time scale|deadline|by when|due date|completion"),
    "progress": re.compile(r"progress|update|outcome|comment|response|position|status|\brag\b"),
    "evidence": re.compile(r"milestone|evidence|success|monitor"),
    "scope": re.compile(r"\bscope\b|local or regional"),
}
ANY_ROLE = re.compile("|".join(f"(?:{p.pattern})" for p in PLAN_ROLES.values()))  # one search for most lines
CORE_ROLES = frozenset({"rec", "action"})  # a plan header names at least one of these
UNDECODABLE_SHARE = 0.5  # a page whose characters are this share or more undecodable has no text to read
ACRONYM_LINE = re.compile(r"^\s*[A-Z][A-Z&]{1,7}s?\b(?![a-z])")  # "MARAC", "CWPT Coventry and ...", "IDVAs"
MIN_ACRONYM_LINES = 3  # lines opening with an acronym on a glossary page
REC_LABEL = re.compile(r"^\s*(?:r|rec\.?|recommendation)\s*\d{1,3}\b", re.I)
HEADER_LINE_WORDS = 16  # a line longer than this is prose, not a header row
CELL_LINE_WORDS = 6  # a line this short is a table cell (or a heading)
CELL_LINE_SHARE = 0.4  # ... and a page with this share of such lines reads as a table
MIN_LINES_FOR_SHARE = 8
PAGES_PER_OPEN = 25
MIN_RULED_PATHS = 8  # drawn paths on a page with a ruled table (a page border or a rule under a header has fewer)

LOG = logging.getLogger(__name__)  # why triage was not used: the document is read in full either way


@dataclass(frozen=True)
class PageSignals:
    """What the cheap pass saw on one page."""

    has_text: bool
    header_roles: frozenset[str]  # plan column names found as header text
    ruled: bool
    rec_labels: bool
    cell_like: bool
    glossary: bool = False

    @property
    def starts_plan(self) -> bool:
        return bool(self.header_roles & CORE_ROLES) and len(self.header_roles) >= 2

    @property
    def continues_plan(self) -> bool:
        # any plan column's name: a plan of labelled blocks repeats them, one under the other
        return self.ruled or self.rec_labels or self.cell_like or bool(self.header_roles)


def line_roles(line: str) -> set[str]:
    """The plan column names a header-like line holds: every role named in a line with two or
    more of them, else the role its first two words name ("Action to take", not "no further action")."""
    words = line.split()
    if not words or len(words) > HEADER_LINE_WORDS:
        return set()
    folded = " ".join(words).lower()
    if not ANY_ROLE.search(folded):
        return set()
    roles = {role for role, pattern in PLAN_ROLES.items() if pattern.search(folded)}
    if len(roles) >= 2:
        return roles
    opening = " ".join(words[:2]).lower()
    return {role for role in roles if PLAN_ROLES[role].search(opening)}


def text_signals(text: str, n_paths: int) -> PageSignals:
    """The signals of one page from its text (lines as pdfium breaks them) and its path count."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    roles: set[str] = set()
    for line in lines:
        roles |= line_roles(line)
    short = sum(len(ln.split()) <= CELL_LINE_WORDS for ln in lines)
    return PageSignals(
        has_text=is_decodable(text),
        header_roles=frozenset(roles),
        ruled=n_paths >= MIN_RULED_PATHS,
        rec_labels=any(REC_LABEL.match(ln) for ln in lines),
        cell_like=len(lines) >= MIN_LINES_FOR_SHARE and short >= CELL_LINE_SHARE * len(lines),
        glossary=sum(bool(ACRONYM_LINE.match(ln)) for ln in lines) >= MIN_ACRONYM_LINES,
    )


def is_decodable(text: str) -> bool:
    """Whether a page's text is text: some characters, mostly printable.  A font with no map to
    characters comes out of pdfium as control characters or U+FFFD."""
    unreadable, shown = glyph_numbers("".join(text.split()))
    return shown > 0 and unreadable < UNDECODABLE_SHARE * shown


def pages_to_read(signals: list[PageSignals]) -> list[bool]:
    """Per page, whether to read it: a plan header and the pages after it while the plan goes on,
    glossaries, and pages without text (a scan or a pasted page image, read with OCR).

    The page before a plan's first page is read too: a heading at its foot belongs to the plan's
    first table, and the table layout it hands on is the one the plan's page gets without triage.
    A page without text leaves the plan going (pdfium cannot tell what it holds).
    """
    keep: list[bool] = []
    in_plan = False
    for page in signals:
        starts = page.starts_plan and not in_plan
        if page.has_text:
            in_plan = page.starts_plan or (in_plan and page.continues_plan)
        if starts and keep:
            keep[-1] = True
        keep.append(in_plan or page.glossary or not page.has_text)
    return keep


def page_signals(data: bytes) -> list[PageSignals] | None:
    """The signals of every page, or None when pdfium cannot read the file.  pdfium keeps what it
    parsed until the document is closed, so the document is opened again every ``PAGES_PER_OPEN``
    pages: memory stays flat on long documents."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
        n_pages = len(doc)
        doc.close()
        signals = []
        for first in range(0, n_pages, PAGES_PER_OPEN):
            doc = pdfium.PdfDocument(data)
            try:
                signals.extend(signals_of_page(doc, k) for k in range(first, min(n_pages, first + PAGES_PER_OPEN)))
            finally:
                doc.close()
        return signals
    except Exception as exc:  # noqa: BLE001 — damaged, encrypted, or a page pdfium cannot read: read every page the full way
        LOG.info("page triage not used (%s: %s): every page is read", type(exc).__name__, exc)
        return None


def signals_of_page(doc: Any, index: int) -> PageSignals:
    page = doc[index]
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        n_paths = count_paths(page.raw)
    finally:
        textpage.close()
        page.close()
    return text_signals(text, n_paths)


def count_paths(parent: Any, form: bool = False, depth: int = 0, enough: int = MIN_RULED_PATHS) -> int:
    """The drawn paths on a page (``parent``) or in a form XObject, inside forms three levels deep,
    counted up to ``enough`` (all ``ruled`` needs).  pdfium's C calls, not pypdfium2's object wrappers,
    which cost more than the rest of the pass on a page of many text runs."""
    import pypdfium2.raw as pdfium_c

    count = pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    found = 0
    for i in range(max(0, count(parent))):
        obj = get(parent, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            found += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
            found += count_paths(obj, True, depth + 1, enough - found)
        if found >= enough:
            break
    return found


def triage_pages(data: bytes) -> list[bool] | None:
    """Per page, whether it needs the full analysis; None: read every page (pdfium failed, or no text)."""
    signals = page_signals(data)
    if not signals or not any(s.has_text for s in signals):
        return None
    return pages_to_read(signals)
