"""Shared pytest options, and the corpus documents read once in each test process."""
from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Callable, Iterator

import pytest

from dhr_extract import pipeline
from dhr_extract.extract import read_document
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
