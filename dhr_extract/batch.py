"""Batch runs over an archive: parallel, incremental, crash-safe.

    from dhr_extract.batch import run_batch
    result = run_batch([Path("archive/")], Path("dataset/"), workers=4)

One document per task: a worker calls :func:`dhr_extract.api.extract_document`
(which never raises) and sends back that document's rows.  The main process keeps
one cache file per document in ``OUT/.cache/parts/`` keyed by the document's content
(SHA-256), its extension and the tool version, so a re-run reads only new or changed
files.  The tables are always rebuilt from the cached parts of the current file set,
in sorted path order (as :func:`dhr_extract.api.find_documents` lists them): the rows
do not depend on the number of workers, the order tasks finish in, or how many runs it
took.  Every file is written to a temporary name and renamed into place, so a run
killed at any point leaves either the old or the new version of each file; the next
run picks up the cached parts and finishes the job.

Documents with the same content at several paths share a ``review_id`` (ids are
derived from the content).  Their rows are given once, under the first path in sorted
order; every other copy adds a ``duplicate_document`` warning naming its path.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib
import json
import multiprocessing
import os
import pickle
import socket
import stat
import sys
import tempfile
import threading
import time
import types
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Literal, Sequence, TextIO

from . import __version__
from .api import count_review_rows, extract_document, failed, find_documents, one_line
from .model import Dataset, ErrorRecord, ErrorType, Review, WarningCode, WarningRecord
from .normalise.status import Codebook, default_codebook
from .normalise.theme_codebook import ThemeCodebook, default_theme_codebook
from .normalise.themes import code_dataset
from .outputs.datapackage import write_datapackage
from .outputs.writers import OutputFormat, atomic_path, write_dataset
from .time_limit import TimeLimitExceeded, call_with_time_limit

Executor = Literal["local", "dask", "serial"]
EventKind = Literal["start", "note", "document", "finish"]
CACHE_DIR = ".cache"
MANIFEST = "manifest.json"
# Failures that say something about this machine, this moment or this run's limits, not about the
# file: never cached.
TRANSIENT_ERRORS = frozenset({ErrorType.NOT_FOUND, ErrorType.UNREADABLE, ErrorType.TOO_LARGE, ErrorType.WORKER_CRASHED,
                              ErrorType.TIMEOUT})
DEFAULT_TIMEOUT = 300.0  # seconds one document may take
# A worker stuck in native code, which the time limit cannot interrupt, is killed this long after the limit.
KILL_GRACE = 30.0
DASK_CONNECT_TIMEOUT = 5.0  # seconds to reach the scheduler and complete the handshake
DASK_WORKER_WAIT = 60.0  # seconds to wait for a first worker (and for one to come back when all are gone)
DASK_POLL = 1.0  # seconds between checks on a Dask run while no document finishes
# Imported by a worker before its first document (the forkserver preloads them), so that the time
# limit measures the reading, not the imports.
PARSER_MODULES = ("dhr_extract.batch", "dhr_extract.extract.pdf", "dhr_extract.extract.docx",
                  "dhr_extract.extract.html")
_DATASET_TABLES = tuple(f.name for f in dataclasses.fields(Dataset))


# ------------------------------------------------------------------ public types

@dataclass(frozen=True)
class BatchEvent:
    """What ``run_batch`` tells its ``on_event`` callback.

    ``start``: ``total`` documents found, ``to_process`` of them need reading.
    ``note``: something the user should know while waiting (``message``).
    ``document``: one document is done (``cached``: taken unchanged from the cache).
    ``finish``: the tables are written (``result`` is set).
    """

    kind: EventKind
    total: int = 0  # documents found
    to_process: int = 0  # documents read in this run
    done: int = 0  # documents read so far in this run
    pages: int = 0  # PDF pages read so far in this run
    elapsed: float = 0.0  # seconds since reading started
    path: Path | None = None
    review: Review | None = None
    errors: tuple[ErrorRecord, ...] = ()
    cached: bool = False
    seconds: float = 0.0  # time this document took in its worker
    result: "BatchResult | None" = None
    message: str = ""


EventCallback = Callable[[BatchEvent], None]


@dataclass
class BatchResult:
    dataset: Dataset
    documents: int = 0  # documents found under the inputs
    processed: int = 0  # read in this run
    cached: int = 0  # taken unchanged from the cache
    duplicates: int = 0  # same content as an earlier path: rows given once
    pages: int = 0  # PDF pages read in this run
    seconds: float = 0.0  # wall time of the whole run
    processing_seconds: float = 0.0  # wall time spent reading documents
    cpu_seconds: float = 0.0  # CPU time the workers spent on the documents read
    statuses: dict[str, int] = field(default_factory=dict)  # review status -> documents
    written: list[Path] = field(default_factory=list)
    worker_peak_rss: dict[str, int] = field(default_factory=dict)  # worker -> peak resident set, bytes

    @property
    def failed(self) -> int:
        return self.statuses.get("failed", 0)

    @property
    def exit_code(self) -> int:
        """0 when no document failed (ok / partial / no_action_plan), 1 when any failed."""
        return 1 if self.failed or self.dataset.errors else 0


@dataclass
class WorkerOutput:
    """What a worker sends back for one document."""

    dataset: Dataset
    seconds: float
    worker: str  # host:pid
    peak_rss: int  # bytes, 0 where unknown
    cpu_seconds: float = 0.0  # CPU time this document took in its worker


# ------------------------------------------------------------------ the worker

def process_document(path: str, source_file: str | None = None, timeout: float | None = None,
                     codebook: Codebook | None = None) -> WorkerOutput:
    """The per-document task, run in a worker process (local pool or Dask): the rows of the
    document at ``path``, reported under ``source_file`` (default: ``path``) and read with the
    status ``codebook`` (default: the built-in one), or a ``timeout`` failure when reading it
    takes longer than ``timeout`` seconds."""
    for module in PARSER_MODULES:
        importlib.import_module(module)  # once per process: a no-op after the first document
    start, cpu = time.perf_counter(), time.process_time()
    try:
        dataset = call_with_time_limit(lambda: extract_document(Path(path), codebook, source_file=source_file),
                                       timeout)
    except TimeLimitExceeded:
        dataset = timed_out(Path(source_file or path), timeout, _content_sha256(Path(path)))
    return WorkerOutput(dataset, time.perf_counter() - start, f"{socket.gethostname()}:{os.getpid()}", _peak_rss(),
                        time.process_time() - cpu)


def timed_out(path: Path, timeout: float | None, sha256: str = "") -> Dataset:
    return failed(path, sha256, "worker", ErrorType.TIMEOUT,
                  f"reading it took longer than the time limit of {timeout or 0:g} s (--timeout): "
                  "it was stopped; run it alone with a larger --timeout")


def _content_sha256(path: Path) -> str:
    """The document's SHA-256 ('' if it cannot be read now): its failed review gets the usual id."""
    try:
        return _hash_file(path)
    except OSError:
        return ""


def _peak_rss() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


# ------------------------------------------------------------------ cache keys

@lru_cache(maxsize=1)
def tool_version() -> str:
    """``__version__`` plus a fingerprint of the package's code.

    The cache key must change whenever the output could: a release bumps
    ``__version__``, but between releases the code changes too (and with it the
    record types a cached part was pickled with).
    """
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    try:
        for source in sorted([*root.rglob("*.py"), *root.rglob("*.csv")]):  # code and its data tables
            digest.update(source.relative_to(root).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    except OSError:
        return __version__
    return f"{__version__}+{digest.hexdigest()[:12]}"


def part_name(sha256: str, suffix: str, codebook: Codebook | None = None) -> str:
    """The cache file of a document: its content, its extension (the format sniffer's tie-breaker), the tool
    and the status codebook (a user's rules change the output, so the cached rows too)."""
    rules = (codebook or default_codebook()).sha256[:12]
    return f"{sha256}.{suffix.lower().lstrip('.') or 'none'}.{tool_version()}.{rules}.pickle"


# ------------------------------------------------------------------ the run

@dataclass
class _Doc:
    path: Path
    size: int = 0
    sha256: str = ""  # '' when the file could not be read here
    first: Path | None = None  # set for a duplicate: the first path with the same content
    part: str = ""  # cache file name ('' when not cacheable)
    stat: tuple[int, int] | None = None  # (size, mtime_ns) when it was hashed


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
    formats = list(formats)
    workers = max(1, workers or os.cpu_count() or 1)
    emit = on_event or (lambda event: None)
    parts_dir = prepare_output_folder(out_dir)
    cache = parts_dir.parent
    with _lock(cache), (_dask_client(scheduler) if executor == "dask" else contextlib.nullcontext()) as client:
        _remove_temporaries(out_dir, parts_dir, cache)
        task = partial(process_document, codebook=codebook)
        docs = _survey(find_documents(inputs), cache / MANIFEST, force, codebook)
        available = {p.name for p in parts_dir.iterdir()}
        todo = [d for d in docs if d.first is None and (force or not d.part or d.part not in available)]
        todo.sort(key=lambda d: (-d.size, str(d.path)))  # longest first: fewer idle workers at the end
        result = BatchResult(Dataset(), documents=len(docs), duplicates=sum(d.first is not None for d in docs))
        emit(BatchEvent("start", total=len(docs), to_process=len(todo)))

        fresh: dict[Path, Dataset] = {}  # documents read in this run that could not be cached
        progress = {"done": 0, "pages": 0}
        t0 = time.perf_counter()

        def finished(doc: _Doc, output: WorkerOutput) -> None:
            dataset = output.dataset
            if _cacheable(dataset):
                name = part_name(_sha_of(dataset) or doc.sha256, doc.path.suffix, codebook)
                _save_part(parts_dir / name, str(doc.path), dataset)
                doc.part = name
            else:
                doc.part = ""
                fresh[doc.path] = dataset
            review = dataset.reviews[0] if dataset.reviews else None
            progress["done"] += 1
            result.cpu_seconds += output.cpu_seconds
            progress["pages"] += (review.n_pages or 0) if review else 0
            if output.worker:
                result.worker_peak_rss[output.worker] = max(output.peak_rss, result.worker_peak_rss.get(output.worker, 0))
            emit(BatchEvent("document", total=len(docs), to_process=len(todo), done=progress["done"],
                            pages=progress["pages"], elapsed=time.perf_counter() - t0, path=doc.path, review=review,
                            errors=tuple(dataset.errors), seconds=output.seconds))

        if todo:
            runner = {"local": _run_local, "dask": _run_dask, "serial": _run_serial}[executor]
            runner(todo, finished, workers=workers, timeout=timeout, client=client, scheduler=scheduler,
                   worker_wait=worker_wait, note=lambda message: emit(BatchEvent("note", message=message)),
                   task=task)
        result.processing_seconds = time.perf_counter() - t0
        todo_paths = {d.path for d in todo}

        for doc in docs:
            if doc.first is not None:
                result.dataset.warnings.append(WarningRecord(
                    doc.sha256[:16], WarningCode.DUPLICATE_DOCUMENT,
                    f"same content as {doc.first}: its rows are given once, under that path", str(doc.path),
                    str(doc.path)))
                continue
            part = fresh.get(doc.path) or _load_part(parts_dir / doc.part, str(doc.path))
            if part is None:  # a cache file that vanished or cannot be read: read the document now
                output = task(str(doc.path), None, timeout)
                finished(doc, output)
                part = output.dataset
            elif doc.path not in todo_paths:
                result.cached += 1
                review = part.reviews[0] if part.reviews else None
                emit(BatchEvent("document", total=len(docs), to_process=len(todo), done=progress["done"],
                                path=doc.path, review=review, errors=tuple(part.errors), cached=True))
            result.dataset.extend(part)

        result.processed, result.pages = progress["done"], progress["pages"]
        count_review_rows(result.dataset)  # duplicate_document warnings included
        result.statuses = dict(sorted(Counter(r.status for r in result.dataset.reviews).items()))
        if theme_codebook is not None:  # the workers (and the cache) code with the default theme codebook
            code_dataset(result.dataset, theme_codebook)
        result.written = write_dataset(result.dataset, out_dir, formats)
        package = write_datapackage(out_dir, result.written, codebook,
                                    (theme_codebook or default_theme_codebook()).describe())
        if package is not None:
            result.written.append(package)
        _write_manifest(cache / MANIFEST, docs)
        _prune(parts_dir, {d.part for d in docs if d.part})
    result.seconds = time.perf_counter() - started
    emit(BatchEvent("finish", total=len(docs), to_process=len(todo), done=result.processed, pages=result.pages,
                    elapsed=result.processing_seconds, result=result))
    return result


def prepare_output_folder(out_dir: Path) -> Path:
    """Create ``out_dir`` and its cache folder and check both can be written; returns the
    cache's ``parts`` folder.  :class:`OutputFolderError` when that cannot be done."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputFolderError(f"the output folder {out_dir} is a file, not a folder")
    parts_dir = out_dir / CACHE_DIR / "parts"
    try:
        parts_dir.mkdir(parents=True, exist_ok=True)
        for folder in (out_dir, parts_dir):
            tempfile.TemporaryFile(dir=folder).close()  # a real write: permissions alone do not tell (root, ACLs)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OutputFolderError(f"cannot write to the output folder {out_dir}: {reason}") from None
    return parts_dir


def _survey(paths: list[Path], manifest_path: Path, force: bool, codebook: Codebook | None = None) -> list[_Doc]:
    """Size and SHA-256 of every document (from the manifest when size and mtime are unchanged); duplicates marked."""
    manifest = {} if force else _read_manifest(manifest_path)
    docs, first_by_sha = [], {}
    for path in paths:
        doc = _Doc(path)
        try:
            info = path.stat()
            if stat.S_ISREG(info.st_mode):  # a pipe or device could block for ever: the worker reports it
                doc.size = info.st_size
                known = manifest.get(str(path))
                if known and known[0] == info.st_size and known[1] == info.st_mtime_ns:
                    doc.sha256 = known[2]
                else:
                    doc.sha256 = _hash_file(path)
                doc.stat = (info.st_size, info.st_mtime_ns)
        except OSError:
            doc.sha256 = ""  # the worker will report why
        if doc.sha256:
            doc.part = part_name(doc.sha256, path.suffix, codebook)
            doc.first = first_by_sha.setdefault(doc.sha256, path)
            if doc.first == path:
                doc.first = None
        docs.append(doc)
    return docs


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sha_of(dataset: Dataset) -> str:
    return dataset.reviews[0].source_sha256 if dataset.reviews else ""


def _cacheable(dataset: Dataset) -> bool:
    return bool(_sha_of(dataset)) and not any(e.error_type in TRANSIENT_ERRORS for e in dataset.errors)


# ------------------------------------------------------------------ executors

Finished = Callable[[_Doc, WorkerOutput], None]
Task = Callable[[str, "str | None", "float | None"], WorkerOutput]


def _crashed(doc: _Doc, exc: BaseException | str) -> WorkerOutput:
    why = exc if isinstance(exc, str) else f"{type(exc).__name__}: {exc}"
    message = f"the worker reading this document stopped: {why}"[:500]
    return WorkerOutput(failed(doc.path, doc.sha256, "worker", ErrorType.WORKER_CRASHED, message), 0.0, "", 0)


def _stopped(doc: _Doc, timeout: float | None) -> WorkerOutput:
    """A document whose worker had to be stopped from outside, past its time limit."""
    return WorkerOutput(timed_out(doc.path, timeout, doc.sha256), 0.0, "", 0)


def _run_serial(todo: list[_Doc], finished: Finished, timeout: float | None = None,
                task: Task = process_document, **_: object) -> None:
    for doc in todo:
        finished(doc, task(str(doc.path), None, timeout))


def _mp_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (workers forked from a warm, single-threaded server), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(PARSER_MODULES))
        return context
    return multiprocessing.get_context("spawn")


@contextlib.contextmanager
def _main_module_hidden() -> Iterator[None]:
    """Start worker processes without the caller's ``__main__``.

    A forkserver or spawn worker runs the script that started it again before its first
    task, so a script calling ``run_batch`` without an ``if __name__ == "__main__":``
    guard would start a batch inside every worker, and every worker would fail.  The
    tasks need only ``dhr_extract``: with a stand-in ``__main__`` (no file, no module
    name) while a pool may start workers, they never import the script.
    """
    real = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if real is not None:
            sys.modules["__main__"] = real


def _kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop every worker of ``pool`` at once (the pool is broken afterwards)."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14+
    if kill is not None:
        kill()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()


def _run_local(todo: list[_Doc], finished: Finished, workers: int, timeout: float | None = None,
               task: Task = process_document, grace: float = KILL_GRACE, **_: object) -> None:
    """A process pool, one document per task.  A worker that dies (a crash in a native
    library, the OOM killer) breaks the pool: the documents in flight are then read again
    one at a time, each in a fresh process, and the one that kills its worker again is
    recorded as ``worker_crashed``; the rest of the batch goes on in a new pool.

    Each worker stops its own document at ``timeout``; one still running ``grace``
    seconds later is stuck where that cannot reach (native code), so the pool's workers
    are killed: that document is ``timeout``, the others in flight are read again.  One
    task per worker in flight, so a task's start is its submission.
    """
    with _main_module_hidden():  # workers start on demand, up to the end
        _run_pool(todo, finished, workers, timeout, task, grace)


def _run_pool(todo: list[_Doc], finished: Finished, workers: int, timeout: float | None, task: Task,
              grace: float) -> None:
    queue = deque(todo)
    context = _mp_context()
    hard_limit = None if timeout is None else timeout + grace
    while queue:
        suspects: list[_Doc] = []
        pool = ProcessPoolExecutor(max_workers=min(workers, len(queue)), mp_context=context)
        try:
            running: dict[Future[WorkerOutput], tuple[_Doc, float]] = {}
            while queue or running:
                while queue and len(running) < workers:
                    doc = queue.popleft()
                    running[pool.submit(task, str(doc.path), None, timeout)] = (doc, time.monotonic())
                done, _pending = wait(running, timeout=_time_left(running.values(), hard_limit),
                                      return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    doc, _started = running.pop(future)
                    try:
                        output = future.result()
                    except BrokenProcessPool:
                        suspects.append(doc)
                        broken = True
                        continue
                    except Exception as exc:  # e.g. a result that cannot be sent back
                        output = _crashed(doc, exc)
                    finished(doc, output)
                overdue = [f for f, (_, begun) in running.items()
                           if hard_limit is not None and time.monotonic() - begun > hard_limit]
                if overdue:
                    _kill_workers(pool)
                    for future in overdue:
                        doc, _started = running.pop(future)
                        finished(doc, _stopped(doc, timeout))
                if broken or overdue:
                    suspects.extend(doc for doc, _ in running.values())
                    break
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        for doc in sorted(suspects, key=lambda d: str(d.path)):
            finished(doc, _run_alone(doc, task, context, timeout, hard_limit))


def _run_alone(doc: _Doc, task: Task, context: multiprocessing.context.BaseContext, timeout: float | None,
               hard_limit: float | None) -> WorkerOutput:
    """One suspect document in a fresh single-worker pool: whether it is the one that kills its worker."""
    solo = ProcessPoolExecutor(max_workers=1, mp_context=context)
    try:
        return solo.submit(task, str(doc.path), None, timeout).result(timeout=hard_limit)
    except FutureTimeout:
        _kill_workers(solo)
        return _stopped(doc, timeout)
    except Exception as exc:  # BrokenProcessPool again: this is the one
        return _crashed(doc, exc)
    finally:
        solo.shutdown(wait=True)


def _time_left(running: Iterable[tuple[_Doc, float]], hard_limit: float | None) -> float | None:
    """Seconds until the first task in flight passes ``hard_limit`` (None: no limit to watch)."""
    starts = [begun for _, begun in running]
    if hard_limit is None or not starts:
        return None
    return max(0.0, min(starts) + hard_limit - time.monotonic()) + 0.05


# ------------------------------------------------------------------ Dask

@contextlib.contextmanager
def _dask_client(address: str | None) -> Iterator[Any]:
    client = connect_dask(address)
    try:
        yield client
    finally:
        client.close()


def connect_dask(address: str | None, seconds: float = DASK_CONNECT_TIMEOUT) -> Any:
    """A ``dask.distributed.Client`` connected to the scheduler at ``address``, or
    :class:`ExecutorUnavailable` within about ``seconds``.

    ``Client(timeout=...)`` bounds the TCP connection but not the handshake after it: a
    service on that port that accepts and stays silent would hold it for ever.  So the
    client is made in a thread that is given up on (it is a daemon) when it overruns.
    """
    try:
        from dask.distributed import Client
    except ImportError:
        raise ExecutorUnavailable("the dask executor needs dask.distributed: pip install 'dhr-extract[dask]'") from None
    if not address:
        raise ExecutorUnavailable("the dask executor needs a scheduler address, e.g. tcp://10.0.0.5:8786")
    check_dask_address(address)
    outcome: dict[str, Any] = {}

    def connect() -> None:
        try:
            outcome["client"] = Client(address, timeout=seconds)
        except BaseException as exc:  # a thread must not die with a traceback on stderr
            outcome["error"] = exc

    thread = threading.Thread(target=connect, name="dhr-extract-dask-connect", daemon=True)
    thread.start()
    thread.join(seconds + 1)
    if "client" in outcome:
        return outcome["client"]
    error = outcome.get("error")
    if error is None or isinstance(error, OSError):
        raise ExecutorUnavailable(f"no Dask scheduler answered at {address} within {seconds:g} s")
    raise ExecutorUnavailable(f"{address} did not answer as a Dask scheduler ({type(error).__name__})")


def check_dask_address(address: str) -> None:
    """:class:`ExecutorUnavailable` unless ``address`` reads as a scheduler address (checked before
    connecting: a client made with a bad one fails, then hangs on its way out)."""
    from distributed.comm import get_address_host_port

    if address.startswith("inproc://"):  # a cluster in this process: no host and port
        return
    try:
        _host, port = get_address_host_port(address)
        if not 0 < port < 65536:
            raise ValueError(f"port {port} out of range")
    except ValueError as exc:
        raise ExecutorUnavailable(f"not a Dask scheduler address: {address!r} ({one_line(str(exc))}); "
                                  "expected e.g. tcp://10.0.0.5:8786") from None


def _run_dask(todo: list[_Doc], finished: Finished, client: Any, scheduler: str | None = None,
              timeout: float | None = None, worker_wait: float = DASK_WORKER_WAIT,
              note: Callable[[str], None] = lambda message: None, grace: float = KILL_GRACE,
              task: Task = process_document, **_: object) -> None:
    """The same per-document task on a ``dask.distributed`` cluster.

    Paths are made absolute here (the workers' working folder is not this one) and the
    rows still name each document as it was found.  A document still running ``grace``
    seconds past ``timeout`` (stuck in native code, where the worker's own limit cannot
    reach) is given up as ``timeout``; when no worker is left for ``worker_wait``
    seconds, the documents not read are ``worker_crashed``.
    """
    from dask.distributed import wait as wait_for_futures

    _wait_for_workers(client, scheduler, worker_wait, note)
    futures = client.map(task, [str(d.path.absolute()) for d in todo], [str(d.path) for d in todo],
                         [timeout] * len(todo), pure=False)
    doc_of = {future.key: doc for future, doc in zip(futures, todo)}
    pending = set(futures)
    seen_running: dict[Any, float] = {}  # task key -> when first seen running
    no_workers_since: float | None = None
    while pending:
        try:
            done, pending = wait_for_futures(pending, timeout=DASK_POLL, return_when="FIRST_COMPLETED")
        except TimeoutError:
            done = set()
        except CancelledError:  # the cluster cancelled some (a scheduler restart): those fail, the rest go on
            done = {future for future in pending if future.done()}
            pending -= done
        for future in done:
            doc = doc_of[future.key]
            try:
                output = future.result()
            except Exception as exc:  # KilledWorker and the like
                output = _crashed(doc, exc)
            finished(doc, output)
            future.release()
        if done:
            continue
        now = time.monotonic()
        if timeout is not None:
            running = {key for keys in client.processing().values() for key in keys}
            for future in list(pending):
                if future.key in running and now - seen_running.setdefault(future.key, now) > timeout + grace:
                    pending.discard(future)
                    future.cancel()
                    finished(doc_of[future.key], _stopped(doc_of[future.key], timeout))
        if _dask_workers(client):
            no_workers_since = None
        elif now - (no_workers_since := no_workers_since or now) > worker_wait:
            for future in sorted(pending, key=lambda f: str(doc_of[f.key].path)):
                future.cancel()
                finished(doc_of[future.key], _crashed(doc_of[future.key],
                                                      f"no Dask worker left at {scheduler} for {worker_wait:g} s"))
            pending = set()


def _dask_workers(client: Any) -> int:
    return len(client.scheduler_info().get("workers", {}))


def _wait_for_workers(client: Any, address: str | None, seconds: float, note: Callable[[str], None]) -> None:
    """Return when the cluster has a worker; :class:`ExecutorUnavailable` after ``seconds`` without one."""
    if _dask_workers(client):
        return
    note(f"waiting up to {seconds:g} s for a worker to join the Dask scheduler at {address}")
    try:
        client.wait_for_workers(1, timeout=seconds)
    except (TimeoutError, OSError):
        raise ExecutorUnavailable(f"the Dask scheduler at {address} has no workers "
                                  f"(waited {seconds:g} s): start some, e.g. dask worker {address}") from None


# ------------------------------------------------------------------ cache files

def _save_part(path: Path, source_file: str, dataset: Dataset) -> None:
    with atomic_path(path) as tmp:
        with tmp.open("wb") as f:
            pickle.dump({"source_file": source_file, "dataset": dataset}, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())


def _load_part(path: Path, source_file: str) -> Dataset | None:
    """A cached document's rows, with ``source_file`` set to where the document is now."""
    try:
        with path.open("rb") as f:
            stored = pickle.load(f)
        dataset, cached_source = stored["dataset"], stored["source_file"]
    except Exception:  # missing, truncated by a disk error, or from other code
        return None
    if not isinstance(dataset, Dataset):
        return None
    if cached_source != source_file:
        for name in _DATASET_TABLES:
            for record in getattr(dataset, name):
                if getattr(record, "source_file", None) == cached_source:
                    record.source_file = source_file
    return dataset


def _read_manifest(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: v for k, v in data["files"].items() if isinstance(v, list) and len(v) == 3}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_manifest(path: Path, docs: list[_Doc]) -> None:
    files = {str(d.path): [*d.stat, d.sha256] for d in docs if d.sha256 and d.stat}
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps({"format": 1, "files": files}, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def _prune(parts_dir: Path, keep: set[str]) -> None:
    """Remove cache files of documents no longer in the archive (or of another tool version)."""
    for path in parts_dir.iterdir():
        if path.name not in keep:
            path.unlink(missing_ok=True)


def _remove_temporaries(*folders: Path) -> None:
    """Temporary files a killed run left behind (``atomic_path`` names them ``.NAME.XXXX.tmp``)."""
    for folder in folders:
        for path in folder.glob(".*.tmp"):
            if path.is_file():
                path.unlink(missing_ok=True)


@contextlib.contextmanager
def _lock(cache: Path) -> Iterator[None]:
    """One run at a time per output folder."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    try:
        handle = (cache / "lock").open("a")
    except OSError as exc:
        raise OutputFolderError(f"cannot write to the output folder {cache.parent}: {exc.strerror or exc}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BatchLocked(f"another dhr-extract run is writing to {cache.parent}") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class BatchError(RuntimeError):
    """A run that cannot start; the message is one line, for the user."""


class BatchLocked(BatchError):
    """Another run holds the output folder."""


class OutputFolderError(BatchError):
    """The output folder is a file, or cannot be created or written."""


class ExecutorUnavailable(BatchError):
    """The Dask scheduler cannot be reached, is not a Dask scheduler, or has no workers."""


# ------------------------------------------------------------------ progress display

class ProgressDisplay:
    """The progress of a run on a stream (stderr): one line rewritten in place on a
    terminal, a line per document otherwise.  Errors are always shown; ``quiet`` shows
    nothing else."""

    def __init__(self, stream: TextIO | None = None, quiet: bool = False, tty: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.tty = self.stream.isatty() if tty is None else tty
        self._line = False  # a progress line is showing
        self._last = 0.0

    def __call__(self, event: BatchEvent) -> None:
        for error in event.errors:
            self._print(f"dhr-extract: {event.path}: {error.error_type}: {error.message}")
        if self.quiet:
            return
        if event.kind == "start":
            cached = event.total - event.to_process
            self._print(f"dhr-extract: {plural(event.total, 'document')}: {event.to_process} to read"
                        + (f", {cached} unchanged or duplicate" if cached else ""))
        elif event.kind == "note":
            self._print(f"dhr-extract: {event.message}")
        elif event.kind == "document" and not event.cached:
            if self.tty:
                now = time.monotonic()
                if now - self._last >= 0.1 or event.done == event.to_process:
                    self._last = now
                    self._status(self.status_line(event))
            else:
                review = event.review
                what = (f"{review.status}, {plural(review.n_recommendations, 'recommendation')}, "
                        f"{plural(review.n_actions, 'action')}" if review else "no result")
                self._print(f"[{event.done}/{event.to_process}] {event.path}: {what} ({event.seconds:.1f} s)")
        elif event.kind == "finish":
            self._clear()

    @staticmethod
    def status_line(event: BatchEvent) -> str:
        rate = event.done / event.elapsed if event.elapsed > 0 else 0.0
        page_rate = event.pages / event.elapsed if event.elapsed > 0 else 0.0
        left = event.to_process - event.done
        eta = _clock(left / rate) if rate > 0 else "--:--"
        return (f"{event.done}/{event.to_process} documents, {event.pages} pages | "
                f"{rate:.1f} docs/s, {page_rate:.1f} pages/s | ETA {eta}")

    def _status(self, text: str) -> None:
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self._line = True

    def _clear(self) -> None:
        if self._line:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._line = False

    def _print(self, text: str) -> None:
        self._clear()
        print(text, file=self.stream, flush=True)


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def plural(n: int, noun: str) -> str:
    """``1 document``, ``2 documents``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary(result: BatchResult, out: Path) -> str:
    dataset = result.dataset
    statuses = ", ".join(f"{n} {status}" for status, n in result.statuses.items())
    return (f"{plural(len(dataset.reviews), 'document')} ({statuses}; {result.processed} read, "
            f"{result.cached} unchanged" + (f", {result.duplicates} duplicate" if result.duplicates else "")
            + f"): {plural(len(dataset.recommendations), 'recommendation')}, {plural(len(dataset.actions), 'action')}, "
            f"{plural(len(dataset.progress), 'progress record')}, {plural(len(dataset.warnings), 'warning')} -> {out}")
