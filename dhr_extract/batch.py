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
import json
import multiprocessing
import os
import pickle
import socket
import stat
import sys
import time
from collections import Counter, deque
from functools import partial
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Literal, Sequence, TextIO

from . import __version__
from .api import extract_document, failed, find_documents
from .model import Dataset, ErrorRecord, Review, Warning
from .normalise.status import Codebook, default_codebook
from .normalise.theme_codebook import ThemeCodebook, default_theme_codebook
from .normalise.themes import code_dataset
from .outputs.datapackage import write_datapackage
from .outputs.writers import OutputFormat, atomic_path, write_dataset

Executor = Literal["local", "dask", "serial"]
EventKind = Literal["start", "document", "finish"]
CACHE_DIR = ".cache"
MANIFEST = "manifest.json"
# Failures that say something about this machine or this moment, not about the file: never cached.
TRANSIENT_ERRORS = frozenset({"not_found", "unreadable", "too_large", "worker_crashed"})
_DATASET_TABLES = tuple(f.name for f in dataclasses.fields(Dataset))


# ------------------------------------------------------------------ public types

@dataclass(frozen=True)
class BatchEvent:
    """What ``run_batch`` tells its ``on_event`` callback.

    ``start``: ``total`` documents found, ``to_process`` of them need reading.
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

def process_document(path: str, codebook: Codebook | None = None) -> WorkerOutput:
    """The per-document task, run in a worker process (local pool or Dask)."""
    start, cpu = time.perf_counter(), time.process_time()
    dataset = extract_document(Path(path), codebook)
    return WorkerOutput(dataset, time.perf_counter() - start, f"{socket.gethostname()}:{os.getpid()}", _peak_rss(),
                        time.process_time() - cpu)


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
) -> BatchResult:
    """Read every document under ``inputs`` (reusing cached results) and write the dataset to ``out_dir``.

    ``workers``: processes for the local executor (default: ``os.cpu_count()``).
    ``executor``: ``local`` (a process pool), ``dask`` (a ``dask.distributed`` cluster at
    ``scheduler``; the documents must be readable at the same paths on the workers) or
    ``serial`` (in this process).  ``force``: read every document again.  ``codebook``: the status
    rules (default: the built-in codebook); its hash is recorded in ``datapackage.json``.
    ``theme_codebook``: the themes to code the recommendations with (default: the one shipped).
    A document's failure never stops the batch: it becomes a ``failed`` review and an
    ``errors`` row.
    """
    started = time.perf_counter()
    formats = list(formats)
    workers = max(1, workers or os.cpu_count() or 1)
    emit = on_event or (lambda event: None)
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = out_dir / CACHE_DIR
    parts_dir = cache / "parts"
    parts_dir.mkdir(parents=True, exist_ok=True)
    with _lock(cache):
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
            runner(todo, finished, workers=workers, scheduler=scheduler, task=task)
        result.processing_seconds = time.perf_counter() - t0
        todo_paths = {d.path for d in todo}

        for doc in docs:
            if doc.first is not None:
                result.dataset.warnings.append(Warning(
                    doc.sha256[:16], "duplicate_document",
                    f"same content as {doc.first}: its rows are given once, under that path", str(doc.path)))
                continue
            part = fresh.get(doc.path) or _load_part(parts_dir / doc.part, str(doc.path))
            if part is None:  # a cache file that vanished or cannot be read: read the document now
                output = task(str(doc.path))
                finished(doc, output)
                part = output.dataset
            elif doc.path not in todo_paths:
                result.cached += 1
                review = part.reviews[0] if part.reviews else None
                emit(BatchEvent("document", total=len(docs), to_process=len(todo), done=progress["done"],
                                path=doc.path, review=review, errors=tuple(part.errors), cached=True))
            result.dataset.extend(part)

        result.processed, result.pages = progress["done"], progress["pages"]
        result.statuses = dict(sorted(Counter(r.status for r in result.dataset.reviews).items()))
        if theme_codebook is not None:  # the workers (and the cache) code with the default theme codebook
            code_dataset(result.dataset, theme_codebook)
        result.written = write_dataset(result.dataset, out_dir, formats)
        result.written.append(write_datapackage(out_dir, result.written, codebook,
                                                (theme_codebook or default_theme_codebook()).describe()))
        _write_manifest(cache / MANIFEST, docs)
        _prune(parts_dir, {d.part for d in docs if d.part})
    result.seconds = time.perf_counter() - started
    emit(BatchEvent("finish", total=len(docs), to_process=len(todo), done=result.processed, pages=result.pages,
                    elapsed=result.processing_seconds, result=result))
    return result


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


def _crashed(doc: _Doc, exc: BaseException) -> WorkerOutput:
    message = f"the worker reading this document stopped: {type(exc).__name__}: {exc}"[:500]
    return WorkerOutput(failed(doc.path, doc.sha256, "worker", "worker_crashed", message), 0.0, "", 0)


def _run_serial(todo: list[_Doc], finished: Finished,
                task: Callable[[str], WorkerOutput] = process_document, **_: object) -> None:
    for doc in todo:
        finished(doc, task(str(doc.path)))


def _mp_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one (workers forked from a warm, single-threaded server), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["dhr_extract.batch", "dhr_extract.extract.pdf", "dhr_extract.extract.docx",
                                        "dhr_extract.extract.html"])
        return context
    return multiprocessing.get_context("spawn")


def _run_local(todo: list[_Doc], finished: Finished, workers: int,
               task: Callable[[str], WorkerOutput] = process_document, **_: object) -> None:
    """A process pool, one document per task.  A worker that dies (a crash in a native
    library, the OOM killer) breaks the pool: the documents in flight are then read again
    one at a time, each in a fresh process, and the one that kills its worker again is
    recorded as ``worker_crashed``; the rest of the batch goes on in a new pool."""
    queue = deque(todo)
    context = _mp_context()
    window = workers * 2  # tasks in flight: enough to keep every worker busy
    while queue:
        suspects: list[_Doc] = []
        pool = ProcessPoolExecutor(max_workers=min(workers, len(queue)), mp_context=context)
        try:
            running: dict[Future[WorkerOutput], _Doc] = {}
            while queue or running:
                while queue and len(running) < window:
                    doc = queue.popleft()
                    running[pool.submit(task, str(doc.path))] = doc
                done, _pending = wait(running, return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    doc = running.pop(future)
                    try:
                        output = future.result()
                    except BrokenProcessPool:
                        suspects.append(doc)
                        broken = True
                        continue
                    except Exception as exc:  # e.g. a result that cannot be sent back
                        output = _crashed(doc, exc)
                    finished(doc, output)
                if broken:
                    suspects.extend(running.values())
                    break
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        for doc in sorted(suspects, key=lambda d: str(d.path)):
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as solo:
                try:
                    output = solo.submit(task, str(doc.path)).result()
                except Exception as exc:  # BrokenProcessPool again: this is the one
                    output = _crashed(doc, exc)
            finished(doc, output)


def _run_dask(todo: list[_Doc], finished: Finished, scheduler: str | None = None,
              task: Callable[[str], WorkerOutput] = process_document, **_: object) -> None:
    """The same per-document task on a ``dask.distributed`` cluster."""
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise RuntimeError("the dask executor needs dask.distributed: pip install 'dhr-extract[dask]'") from exc
    if not scheduler:
        raise ValueError("the dask executor needs a scheduler address")
    with Client(scheduler) as client:
        futures = client.map(task, [str(d.path) for d in todo], pure=False)
        by_future = {future.key: doc for future, doc in zip(futures, todo)}
        for future in as_completed(futures):
            doc = by_future[future.key]
            try:
                output = future.result()
            except Exception as exc:  # KilledWorker and the like
                output = _crashed(doc, exc)
            finished(doc, output)
            future.release()


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
    with (cache / "lock").open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BatchLocked(f"another dhr-extract run is writing to {cache.parent}") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class BatchLocked(RuntimeError):
    """Another run holds the output folder."""


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
            self._print(f"dhr-extract: {event.total} documents: {event.to_process} to read"
                        + (f", {cached} unchanged or duplicate" if cached else ""))
        elif event.kind == "document" and not event.cached:
            if self.tty:
                now = time.monotonic()
                if now - self._last >= 0.1 or event.done == event.to_process:
                    self._last = now
                    self._status(self.status_line(event))
            else:
                review = event.review
                what = (f"{review.status}, {review.n_recommendations} recommendations, {review.n_actions} actions"
                        if review else "no result")
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


def summary(result: BatchResult, out: Path) -> str:
    dataset = result.dataset
    statuses = ", ".join(f"{n} {status}" for status, n in result.statuses.items())
    return (f"{len(dataset.reviews)} documents ({statuses}; {result.processed} read, {result.cached} unchanged"
            + (f", {result.duplicates} duplicate" if result.duplicates else "")
            + f"): {len(dataset.recommendations)} recommendations, {len(dataset.actions)} actions, "
            f"{len(dataset.progress)} progress records, {len(dataset.warnings)} warnings -> {out}")
