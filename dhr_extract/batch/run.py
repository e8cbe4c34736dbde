"""``run_batch``: the pipeline over an archive, scheduled on workers and cached per document.

The stages are the pipeline's (``pipeline.py``): find, survey, extract each content once,
assemble.  What this module adds is around them: which documents need reading (the cache),
where they are read (``local_pool`` / ``dask_cluster``), what the user sees while they are
(``BatchEvent``), and the written tables.
"""
from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Iterable, Literal, Sequence

from ..model import Dataset, Review
from ..normalise.status import Codebook
from ..normalise.theme_codebook import ThemeCodebook, default_theme_codebook
from ..normalise.themes import code_dataset
from ..outputs.datapackage import write_datapackage
from ..outputs.writers import OutputFormat, write_dataset
from ..pipeline import Source, assemble, find_documents, survey
from .cache import (MANIFEST, cacheable, load_part, lock, part_name, prepare_output_folder, prune, read_manifest,
                    remove_temporaries, save_part, sha_of, write_manifest)
from .dask_cluster import DASK_WORKER_WAIT, dask_client, run_dask
from .events import BatchEvent, BatchResult, EventCallback
from .local_pool import run_local, run_serial
from .worker import DEFAULT_TIMEOUT, Task, WorkerOutput, process_document

Executor = Literal["local", "dask", "serial"]
RUNNERS = {"local": run_local, "dask": run_dask, "serial": run_serial}


def run_batch(
    inputs: Sequence[Path],
    out_dir: Path,
    formats: Iterable[OutputFormat] = ("csv", "parquet"),
    workers: int | None = None,
    force: bool = False,
    executor: Executor = "local",
    scheduler: str | None = None,
    on_event: EventCallback | None = None,
    codebook: Codebook | None = None,
    theme_codebook: ThemeCodebook | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    worker_wait: float = DASK_WORKER_WAIT,
) -> BatchResult:
    """Read every document under ``inputs`` (reusing cached results) and write the dataset to ``out_dir``.

    ``workers``: processes for the local executor (default: ``os.cpu_count()``).
    ``executor``: ``local`` (a process pool), ``dask`` (a ``dask.distributed`` cluster at
    ``scheduler``; the documents must be readable at the same absolute paths on the
    workers) or ``serial`` (in this process).  ``force``: read every document again.
    ``codebook``: the status rules (default: the built-in codebook); its hash is recorded in
    ``datapackage.json``.  ``theme_codebook``: the themes to code the recommendations with
    (default: the one shipped).
    ``timeout``: seconds one document may take (None: no limit); a document over it is
    ``failed`` with error_type ``timeout`` and the others go on.  ``worker_wait``: how
    long a Dask run waits for a worker.
    A document's failure never stops the batch: it becomes a ``failed`` review and an
    ``errors`` row.  A run that cannot start raises :class:`BatchError` (one line): the
    output folder cannot be written or is held by another run, or the Dask scheduler
    cannot be reached or has no workers.
    """
    started = time.perf_counter()
    emit = on_event or _ignore
    parts_dir = prepare_output_folder(out_dir)
    cache = parts_dir.parent
    with lock(cache), _client(executor, scheduler) as client:
        remove_temporaries(out_dir, parts_dir, cache)
        sources = survey(find_documents(inputs), {} if force else read_manifest(cache / MANIFEST))
        run = _Run.plan(sources, parts_dir, force, emit, partial(process_document, codebook=codebook), timeout,
                        codebook)
        emit(BatchEvent("start", total=len(sources), to_process=len(run.todo)))
        if run.todo:
            RUNNERS[executor](run.todo, run.finished, workers=max(1, workers or os.cpu_count() or 1),
                              timeout=timeout, client=client, scheduler=scheduler, worker_wait=worker_wait,
                              note=run.note, task=run.task)
        result = run.result
        result.processing_seconds = time.perf_counter() - run.started
        result.dataset = assemble(sources, run.rows_of)
        result.processed, result.pages = run.done, run.pages
        result.statuses = dict(sorted(Counter(r.status for r in result.dataset.reviews).items()))
        write_tables(result, out_dir, list(formats), codebook, theme_codebook)
        write_manifest(cache / MANIFEST, sources)
        prune(parts_dir, set(run.parts.values()))
    result.seconds = time.perf_counter() - started
    emit(BatchEvent("finish", total=len(sources), to_process=len(run.todo), done=result.processed,
                    pages=result.pages, elapsed=result.processing_seconds, result=result))
    return result


def _ignore(event: BatchEvent) -> None:
    """No ``on_event``: nobody is listening."""


def _client(executor: Executor, scheduler: str | None) -> contextlib.AbstractContextManager[Any]:
    """The Dask client for the run (connected before anything is read), or nothing."""
    return dask_client(scheduler) if executor == "dask" else contextlib.nullcontext()


def write_tables(result: BatchResult, out_dir: Path, formats: list[OutputFormat], codebook: Codebook | None,
                 theme_codebook: ThemeCodebook | None) -> None:
    """The dataset's tables and ``datapackage.json``, coded with the run's themes."""
    if theme_codebook is not None:  # the workers (and the cache) code with the default theme codebook
        code_dataset(result.dataset, theme_codebook)
    result.written = write_dataset(result.dataset, out_dir, formats)
    package = write_datapackage(out_dir, result.written, codebook,
                                (theme_codebook or default_theme_codebook()).describe())
    if package is not None:
        result.written.append(package)


@dataclass
class _Run:
    """One run's bookkeeping: the cache file of each document, the rows read in this run that
    cannot be cached, and the progress the events report."""

    todo: list[Source]  # the documents to read in this run, longest first
    todo_paths: frozenset[Path]
    total: int
    parts_dir: Path
    parts: dict[Path, str]  # path -> its cache file (no entry: not cacheable)
    emit: EventCallback
    task: Task
    timeout: float | None
    codebook: Codebook | None
    result: BatchResult
    fresh: dict[Path, Dataset] = field(default_factory=dict)  # read in this run, not cacheable
    done: int = 0
    pages: int = 0
    started: float = field(default_factory=time.perf_counter)

    @classmethod
    def plan(cls, sources: list[Source], parts_dir: Path, force: bool, emit: EventCallback, task: Task,
             timeout: float | None, codebook: Codebook | None) -> "_Run":
        """What this run must read: every document not a copy whose rows are not in the cache."""
        parts = {s.path: part_name(s.sha256, s.path.suffix, codebook) for s in sources if s.sha256}
        available = {p.name for p in parts_dir.iterdir()}
        todo = [s for s in sources if s.first is None and (force or parts.get(s.path) not in available)]
        todo.sort(key=lambda s: (-s.size, str(s.path)))  # longest first: fewer idle workers at the end
        result = BatchResult(Dataset(), documents=len(sources), duplicates=sum(s.first is not None for s in sources))
        return cls(todo, frozenset(s.path for s in todo), len(sources), parts_dir, parts, emit, task, timeout,
                   codebook, result)

    def note(self, message: str) -> None:
        self.emit(BatchEvent("note", message=message))

    def finished(self, source: Source, output: WorkerOutput) -> None:
        """One document read: cache its rows (or keep them for this run) and report it."""
        self._keep(source, output.dataset)
        review = _review(output.dataset)
        self.done += 1
        self.pages += (review.n_pages or 0) if review else 0
        self.result.cpu_seconds += output.cpu_seconds
        if output.worker:
            peaks = self.result.worker_peak_rss
            peaks[output.worker] = max(output.peak_rss, peaks.get(output.worker, 0))
        self.emit(BatchEvent("document", total=self.total, to_process=len(self.todo), done=self.done,
                             pages=self.pages, elapsed=time.perf_counter() - self.started, path=source.path,
                             review=review, errors=tuple(output.dataset.errors), seconds=output.seconds))

    def _keep(self, source: Source, dataset: Dataset) -> None:
        if cacheable(dataset):
            name = part_name(sha_of(dataset) or source.sha256, source.path.suffix, self.codebook)
            save_part(self.parts_dir / name, str(source.path), dataset)
            self.parts[source.path] = name
        else:
            self.parts.pop(source.path, None)
            self.fresh[source.path] = dataset

    def rows_of(self, source: Source) -> Dataset:
        """A document's rows for the dataset: read in this run, or from the cache (reported as
        such), or, when its cache file has gone, read now."""
        if source.path in self.fresh:
            return self.fresh[source.path]
        name = self.parts.get(source.path)
        part = load_part(self.parts_dir / name, str(source.path), self.note) if name else None
        if part is None:
            output = self.task(source, None, self.timeout)
            self.finished(source, output)
            return output.dataset
        if source.path not in self.todo_paths:
            self.result.cached += 1
            self.emit(BatchEvent("document", total=self.total, to_process=len(self.todo), done=self.done,
                                 path=source.path, review=_review(part), errors=tuple(part.errors), cached=True))
        return part


def _review(dataset: Dataset) -> Review | None:
    return dataset.reviews[0] if dataset.reviews else None
