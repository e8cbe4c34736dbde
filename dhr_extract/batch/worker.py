"""The per-document task a worker process runs (local pool or Dask), and the rows of a document
whose worker failed it from outside."""
from __future__ import annotations

import importlib
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..model import Dataset, ErrorType
from ..normalise.status import Codebook
from ..pipeline import Source, extract_source, failed
from ..time_limit import TimeLimitExceeded, call_with_time_limit

DEFAULT_TIMEOUT = 300.0  # seconds one document may take
# Imported by a worker before its first document (the forkserver preloads them), so that the time
# limit measures the reading, not the imports.
PARSER_MODULES = ("dhr_extract.batch", "dhr_extract.extract.pdf", "dhr_extract.extract.docx",
                  "dhr_extract.extract.html")
MAX_MESSAGE_CHARS = 500


@dataclass
class WorkerOutput:
    """What a worker sends back for one document."""

    dataset: Dataset
    seconds: float
    worker: str  # host:pid
    peak_rss: int  # bytes, 0 where unknown
    cpu_seconds: float = 0.0  # CPU time this document took in its worker


# (source, location, timeout) -> output: ``process_document`` with the run's codebook bound
Task = Callable[[Source, "str | None", "float | None"], WorkerOutput]


def process_document(source: Source, location: str | None = None, timeout: float | None = None,
                     codebook: Codebook | None = None) -> WorkerOutput:
    """The rows of one document (``pipeline.extract_source``), reported under ``location``
    (default: its path) and read with the status ``codebook`` (default: the built-in one), or a
    ``timeout`` failure when reading it takes longer than ``timeout`` seconds."""
    for module in PARSER_MODULES:
        importlib.import_module(module)  # once per process: a no-op after the first document
    start, cpu = time.perf_counter(), time.process_time()
    try:
        dataset = call_with_time_limit(lambda: extract_source(source, codebook, location=location), timeout)
    except TimeLimitExceeded:
        dataset = timed_out(Path(location or source.path), timeout, source.sha256)
    return WorkerOutput(dataset, time.perf_counter() - start, f"{socket.gethostname()}:{os.getpid()}", peak_rss(),
                        time.process_time() - cpu)


def timed_out(path: Path, timeout: float | None, sha256: str = "") -> Dataset:
    return failed(path, sha256, "worker", ErrorType.TIMEOUT,
                  f"reading it took longer than the time limit of {timeout or 0:g} s (--timeout): "
                  "it was stopped; run it alone with a larger --timeout")


def crashed(source: Source, exc: BaseException | str) -> WorkerOutput:
    """A document whose worker died, or whose result could not come back: the exception says why."""
    why = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    message = f"the worker reading this document stopped: {why}"[:MAX_MESSAGE_CHARS]
    return WorkerOutput(failed(source.path, source.sha256, "worker", ErrorType.WORKER_CRASHED, message), 0.0, "", 0)


def stopped(source: Source, timeout: float | None) -> WorkerOutput:
    """A document whose worker had to be stopped from outside, past its time limit."""
    return WorkerOutput(timed_out(source.path, timeout, source.sha256), 0.0, "", 0)


def peak_rss() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
