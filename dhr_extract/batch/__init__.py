"""Batch runs over an archive: parallel, incremental, crash-safe.

    from dhr_extract.batch import run_batch
    result = run_batch([Path("archive/")], Path("dataset/"), workers=4)

The documents become records through the pipeline (``dhr_extract.pipeline``), as with
``api.extract_paths``; this package schedules and caches around it.  One document per task:
a worker runs :func:`worker.process_document` (``pipeline.extract_source`` under a time
limit; it never raises) and sends back that document's rows.  The main process keeps one
cache file per document in ``OUT/.cache/parts/`` keyed by the document's content (SHA-256),
its extension and the tool version, so a re-run reads only new or changed files.  The
tables are always rebuilt from the cached parts of the current file set by
``pipeline.assemble``, in sorted path order: the rows do not depend on the number of
workers, the order tasks finish in, or how many runs it took.  Every file is written to a
temporary name and renamed into place, so a run killed at any point leaves either the old
or the new version of each file; the next run picks up the cached parts and finishes the job.

    run.py           run_batch: survey, plan against the cache, schedule, assemble, write
    worker.py        the per-document task (and the rows of a document failed from outside)
    local_pool.py    local worker processes (crashed and stuck workers), or serially
    dask_cluster.py  the same task on a Dask cluster (connect, wait for workers, give up)
    cache.py         cache files, the manifest of hashes, the lock, the output folder
    events.py        BatchEvent and BatchResult
    progress.py      the progress display and the summary line
    errors.py        BatchError: why a run cannot start
"""
from __future__ import annotations

from .cache import CACHE_DIR, MANIFEST, TRANSIENT_ERRORS, part_name, prepare_output_folder, tool_version
from .dask_cluster import DASK_CONNECT_TIMEOUT, DASK_WORKER_WAIT, check_dask_address, connect_dask
from .errors import BatchError, BatchLocked, ExecutorUnavailable, OutputFolderError
from .events import BatchEvent, BatchResult, EventCallback
from .local_pool import KILL_GRACE
from .progress import ProgressDisplay, plural, summary
from .run import Executor, run_batch
from .worker import DEFAULT_TIMEOUT, WorkerOutput, process_document

__all__ = [
    "CACHE_DIR", "DASK_CONNECT_TIMEOUT", "DASK_WORKER_WAIT", "DEFAULT_TIMEOUT", "KILL_GRACE", "MANIFEST",
    "TRANSIENT_ERRORS", "BatchError", "BatchEvent", "BatchLocked", "BatchResult", "EventCallback", "Executor",
    "ExecutorUnavailable", "OutputFolderError", "ProgressDisplay", "WorkerOutput", "check_dask_address",
    "connect_dask", "part_name", "plural", "prepare_output_folder", "process_document", "run_batch", "summary",
    "tool_version",
]
