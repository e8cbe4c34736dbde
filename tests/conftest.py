"""Shared pytest options, and the corpus documents read once in each test process."""
from __future__ import annotations

import copy
import dataclasses
import hashlib
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from pdfminer.pdftypes import PDFObjRef, PDFStream
from pdfminer.psparser import PSKeyword, PSLiteral
from pdfplumber.page import Page

from dhr_extract import pipeline
from dhr_extract.extract import pdf, read_document
from dhr_extract.extract.pdf import ocr, triage
from dhr_extract.extract.pdf.page import PageContent
from dhr_extract.extract.pdf.settings import PdfSettings
from dhr_extract.ids import content_sha256
from dhr_extract.model import RawDocument


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite tests/golden/*.json from the current output instead of comparing")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With the suite on several processes (pytest-xdist's ``loadgroup``), the tests of a file that
    share one of its module fixtures (a corpus read once) run on one process; the others are
    spread test by test, so a file of many slow tests does not hold one process to the end.  The
    tests that read the corpus through ``cached_corpus_reads`` run on one process, which then reads
    each of those documents once."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        module = getattr(item, "module", None)
        if info is None or module is None:
            continue
        if "cached_corpus_reads" in info.names_closure:
            item.add_marker(pytest.mark.xdist_group("corpus_reads"))
            continue
        shared = [d for defs in info.name2fixturedefs.values() for d in defs
                  if d.scope != "function" and getattr(d.func, "__module__", None) == module.__name__]
        if shared:
            item.add_marker(pytest.mark.xdist_group(module.__name__))


# ---------------------------------------------------------------- corpus documents read once a process

ROOT = Path(__file__).resolve().parent.parent
CORPUS = (ROOT / "samples", ROOT / "tests" / "fixtures")  # committed documents, unchanged during a run


class CorpusReads:
    """``read_document`` remembered for the corpus documents: the code and the files do not change
    during a run, so a document several test files read is parsed once in each test process.
    Each caller gets its own copy (the tables hold lists); documents outside the corpus
    (written by a test) and failed reads are read every time."""

    def __init__(self, read: Callable[..., RawDocument]) -> None:
        self.read = read
        self.raw: dict[tuple[Path, str], RawDocument] = {}

    def __call__(self, path: Path, data: bytes | None = None, sha256: str | None = None) -> RawDocument:
        resolved = Path(path).resolve()
        if not any(resolved.is_relative_to(folder) for folder in CORPUS):
            return self.read(path, data, sha256)
        data = resolved.read_bytes() if data is None else data
        key = (resolved, sha256 or content_sha256(data))
        if key not in self.raw:
            self.raw[key] = self.read(path, data, key[1])
        return dataclasses.replace(copy.deepcopy(self.raw[key]), source_file=str(path))


@pytest.fixture(scope="session")
def corpus_reads() -> CorpusReads:
    return CorpusReads(read_document)


@pytest.fixture(scope="module")
def cached_corpus_reads(request: pytest.FixtureRequest, corpus_reads: CorpusReads) -> Iterator[CorpusReads]:
    """For a test module that only reads corpus documents as they are (no reader patched): its
    reads, through the pipeline or ``read_document`` itself, come from this process's ``corpus_reads``.
    Opt in with ``pytestmark = pytest.mark.usefixtures("cached_corpus_reads")``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "read_document", corpus_reads)
        if getattr(request.module, "read_document", None) is read_document:
            patch.setattr(request.module, "read_document", corpus_reads)
        yield corpus_reads


# ---------------------------------------------------------------- PDF pages read once a process

class PageReads:
    """``page_content`` remembered by what the page holds: a page's words, edges and shading are a
    function of its content stream and resources (and its place in the document, for its number
    and ``doctop``), whatever document it was copied into, so a test that sets the same pages in
    several documents, or reads one document twice, extracts each page once.  Only the layout
    stages after ``page_content`` run again.  The ``limit`` most recent pages are kept (a plan's
    pages are read by one test; a report's pages around them by many)."""

    def __init__(self, read: Callable[[Page, PdfSettings], PageContent], limit: int = 64) -> None:
        self.read = read
        self.limit = limit
        self.pages: OrderedDict[tuple[str, int, float, PdfSettings], PageContent] = OrderedDict()

    def __call__(self, page: Page, settings: PdfSettings = pdf.DEFAULT) -> PageContent:
        # triage only chooses which pages are read, not what a page holds
        try:
            digest = page_digest(page)
        except Exception:  # noqa: BLE001 — a page whose objects cannot be followed is read as it is
            return self.read(page, settings)
        key = (digest, page.page_number, float(page.initial_doctop), dataclasses.replace(settings, triage=True))
        if key not in self.pages:
            self.pages[key] = self.read(page, settings)
            if len(self.pages) > self.limit:
                self.pages.popitem(last=False)
        self.pages.move_to_end(key)
        return fresh_copy(self.pages[key])


def fresh_copy(content: PageContent) -> PageContent:
    """The page with its own lists and word and edge records (their values are numbers, strings and
    tuples), so a stage that changed what it is handed would not change the next read's."""
    return dataclasses.replace(content, words=[dict(w) for w in content.words],
                               edges=[dict(e) for e in content.edges], shading=list(content.shading))


def page_digest(page: Page) -> str:
    """A hash of everything pdfminer draws a page from: its attributes (contents, resources with
    their fonts, boxes, rotation), references followed, without the link to the page tree."""
    digest = hashlib.sha256()
    seen: dict[int, int] = {}

    def add(obj: Any) -> None:
        if isinstance(obj, PDFObjRef):
            if obj.objid in seen:  # shared or cyclic: named by when it was first met, not by its id
                digest.update(b"ref%d;" % seen[obj.objid])
                return
            seen[obj.objid] = len(seen)
            add(obj.resolve())
        elif isinstance(obj, PDFStream):
            add(obj.attrs)
            data = obj.get_data()
            digest.update(b"stream%d:" % len(data) + data)
        elif isinstance(obj, dict):
            digest.update(b"{")
            for k in sorted(obj, key=str):
                if k != "Parent":
                    add(k)
                    add(obj[k])
            digest.update(b"}")
        elif isinstance(obj, (list, tuple)):
            digest.update(b"[")
            for item in obj:
                add(item)
            digest.update(b"]")
        elif isinstance(obj, bytes):
            digest.update(b"b%d:" % len(obj) + obj)
        elif isinstance(obj, (PSLiteral, PSKeyword)):
            digest.update(b"/" + repr(obj.name).encode())
        else:
            digest.update(repr(obj).encode() + b";")

    add(page.page_obj.attrs)
    return digest.hexdigest()


@pytest.fixture(scope="session")
def page_reads() -> PageReads:
    return PageReads(pdf.page_content)


@pytest.fixture
def cached_page_reads(page_reads: PageReads) -> Iterator[PageReads]:
    """For a test that reads PDFs whose pages it has read before, or that other tests of its process
    read (the same pages set in several documents): each page's content is extracted once."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "page_content", page_reads)
        yield page_reads


# ---------------------------------------------------------------- page triage of a document, once a process

class TriageReads:
    """``triage_pages`` remembered by the document's bytes: triage is a function of the bytes alone
    (pdfium's text and paths of each page), so a document a test triages and reads with triage (which
    triages it again), or that several tests triage, goes through pdfium once in each test process.
    Each caller gets its own list."""

    def __init__(self, run: Callable[[bytes], list[bool] | None]) -> None:
        self.run = run
        self.wanted: dict[bytes, list[bool] | None] = {}

    def __call__(self, data: bytes) -> list[bool] | None:
        key = hashlib.sha256(data).digest()
        if key not in self.wanted:
            self.wanted[key] = self.run(data)
        found = self.wanted[key]
        return None if found is None else list(found)


@pytest.fixture(scope="session")
def triage_reads() -> TriageReads:
    return TriageReads(triage.triage_pages)


@pytest.fixture
def cached_triage(request: pytest.FixtureRequest, triage_reads: TriageReads) -> Iterator[TriageReads]:
    """For a test that triages documents and reads them with triage: the reader's triage, and the
    test module's own ``triage_pages``, come from this process's ``triage_reads``."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pdf, "triage_pages", triage_reads)
        if getattr(request.module, "triage_pages", None) is triage.triage_pages:
            patch.setattr(request.module, "triage_pages", triage_reads)
        yield triage_reads


# ---------------------------------------------------------------- Tesseract's reading of a picture, once a process

class TesseractReads:
    """``ocr.run_tesseract`` remembered by the picture and the settings: Tesseract (one thread) reads
    the same pixels the same way, so a scanned page that several tests OCR (a scan read alone and
    inside a report, with and without triage) goes through Tesseract once in each test process.
    Everything around it (rendering, deskewing, rules, words, the glyph votes) runs every time."""

    def __init__(self, run: Callable[..., str]) -> None:
        self.run = run
        self.tsv: dict[tuple[str, tuple[int, ...], str, Any], str] = {}

    def __call__(self, grey: Any, settings: Any, pytesseract: Any) -> str:
        key = (hashlib.sha256(grey.tobytes()).hexdigest(), grey.shape, str(grey.dtype), settings)
        if key not in self.tsv:
            self.tsv[key] = self.run(grey, settings, pytesseract)
        return self.tsv[key]


@pytest.fixture(scope="session", autouse=True)
def tesseract_reads() -> Iterator[TesseractReads]:
    with pytest.MonkeyPatch.context() as patch:
        reads = TesseractReads(ocr.run_tesseract)
        patch.setattr(ocr, "run_tesseract", reads)
        yield reads
