"""The typed Python API; the command line is a thin layer over it.

    from dhr_extract.api import extract_paths, run_batch
    dataset = extract_paths("plans/")                        # in this process, in memory
    result = run_batch(["plans/"], "dataset/", workers=4)    # parallel, cached, written to disk

Both run the same pipeline (``pipeline.py``), so they give the same rows for the same
inputs: ids from the content, and copies of one file given once, under the first path,
with a ``duplicate_document`` warning for every other copy.  A document's failure never
escapes as an exception: it becomes a ``reviews`` row with status ``failed`` and an
``errors`` row saying why.  Paths may be ``str`` or ``Path``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from . import pipeline
from .batch import (DASK_WORKER_WAIT, DEFAULT_TIMEOUT, BatchError, BatchEvent, BatchResult, EventCallback,
                    Executor, ProgressDisplay, summary)
from .batch import run_batch as _run_batch
from .model import Dataset
from .normalise.status import Codebook, CodebookError, load_codebook
from .normalise.theme_codebook import ThemeCodebook, ThemeCodebookError, load_theme_codebook
from .outputs.writers import OutputFormat
from .pipeline import Source, assemble, extract_source, survey

PathLike = str | os.PathLike[str]
Paths = PathLike | Iterable[PathLike]
ProgressCallback = Callable[[Path, Dataset], None]

__all__ = [
    "DASK_WORKER_WAIT", "DEFAULT_TIMEOUT", "BatchError", "BatchEvent", "BatchResult", "Codebook", "CodebookError",
    "PathLike", "Paths", "ProgressDisplay", "ThemeCodebook", "ThemeCodebookError", "as_paths", "extract_document",
    "extract_paths",
    "find_documents", "load_codebook", "load_theme_codebook", "run_batch", "summary",
    "write_report",
]


def as_paths(paths: Paths) -> list[Path]:
    """One path or several, as ``str`` or ``Path`` (a lone string is one path, not its characters)."""
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(path) for path in paths]


def find_documents(paths: Paths) -> list[Path]:
    """Files named directly, plus plan documents found recursively in folders; sorted, no duplicates."""
    return pipeline.find_documents(as_paths(paths))


def extract_document(path: PathLike, codebook: Codebook | None = None, theme_codebook: ThemeCodebook | None = None,
                     source_file: str | None = None) -> Dataset:
    """The dataset rows of one document; errors travel as data.  ``codebook``: the status rules
    (``load_codebook(FILE)`` adds a researcher's own; default: the built-in codebook);
    ``theme_codebook``: the themes (``load_theme_codebook(FILE)`` extends or replaces the shipped one).
    ``source_file``: the path the rows give (default: ``path``)."""
    return extract_source(Source(Path(path)), codebook, theme_codebook, source_file)


def extract_paths(paths: Paths, on_document: ProgressCallback | None = None, codebook: Codebook | None = None,
                  theme_codebook: ThemeCodebook | None = None) -> Dataset:
    """One dataset from every document under ``paths``, in sorted path order, read in this process.
    ``on_document(path, rows)`` is called after each document read (copies are not read)."""

    def rows_of(source: Source) -> Dataset:
        rows = extract_source(source, codebook, theme_codebook)
        if on_document is not None:
            on_document(source.path, rows)
        return rows

    return assemble(survey(find_documents(paths)), rows_of)


def run_batch(inputs: Paths, out_dir: PathLike, formats: Iterable[OutputFormat] = ("csv", "parquet"),
              workers: int | None = None, force: bool = False, executor: Executor = "local",
              scheduler: str | None = None, on_event: EventCallback | None = None,
              codebook: Codebook | None = None, theme_codebook: ThemeCodebook | None = None,
              timeout: float | None = DEFAULT_TIMEOUT, worker_wait: float = DASK_WORKER_WAIT) -> BatchResult:
    """The dataset of every document under ``inputs``, read by worker processes (or a Dask cluster),
    cached per document in ``out_dir/.cache`` and written to ``out_dir``: see
    :func:`dhr_extract.batch.run_batch` for the options.  Raises :class:`BatchError` (one line)
    only when the run cannot start."""
    return _run_batch(as_paths(inputs), Path(out_dir), formats, workers, force, executor, scheduler, on_event,
                      codebook, theme_codebook, timeout, worker_wait)


def write_report(dataset: Dataset, report_dir: PathLike) -> list[Path]:
    """The review report of ``dataset`` (``index.html`` and a page per document) in ``report_dir``."""
    from .report import write_report as write  # Jinja2 and the page renderer load only when asked for

    return write(dataset, Path(report_dir))
