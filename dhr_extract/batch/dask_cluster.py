"""Reading documents on a ``dask.distributed`` cluster: the same per-document task as the local pool.

Paths are made absolute here (the workers' working folder is not this one) and the rows
still name each document as it was found.  A document still running ``grace`` seconds past
the time limit (stuck in native code, where the worker's own limit cannot reach) is given up
as ``timeout``; when no worker is left for ``worker_wait`` seconds, the documents not read
are ``worker_crashed``.
"""
from __future__ import annotations

import contextlib
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator

from ..pipeline import Source, one_line
from .errors import ExecutorUnavailable
from .local_pool import KILL_GRACE, Finished
from .worker import Task, WorkerOutput, crashed, process_document, stopped

DASK_CONNECT_TIMEOUT = 5.0  # seconds to reach the scheduler and complete the handshake
DASK_WORKER_WAIT = 60.0  # seconds to wait for a first worker (and for one to come back when all are gone)
DASK_POLL = 1.0  # seconds between checks of a Dask run for stuck tasks and for workers gone
DASK_TICK = 0.02  # seconds between looks for finished tasks (sleeping: the cluster may share our CPUs)
Note = Callable[[str], None]


@contextlib.contextmanager
def dask_client(address: str | None) -> Iterator[Any]:
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
        except BaseException as exc:  # a thread must not die with a traceback on stderr: kept, reported below
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


def run_dask(todo: list[Source], finished: Finished, client: Any, scheduler: str | None = None,
             timeout: float | None = None, worker_wait: float = DASK_WORKER_WAIT,
             note: Note = lambda message: None, grace: float = KILL_GRACE,
             task: Task = process_document, **_: object) -> None:
    """``todo`` as one task per document on the cluster of ``client``; ``finished`` is called once per document.

    The tasks are watched by one ``as_completed`` (each registered once, not at every wait)
    and the finished ones gathered in batches; stuck and orphaned tasks are looked for every
    ``DASK_POLL`` seconds, not at every completion.
    """
    from dask.distributed import as_completed

    wait_for_workers(client, scheduler, worker_wait, note)
    futures = client.map(task, [replace(s, path=s.path.absolute()) for s in todo], [str(s.path) for s in todo],
                         [timeout] * len(todo), pure=False)
    watch = _Watch(client, finished, {future.key: source for future, source in zip(futures, todo)},
                   scheduler, timeout, grace, worker_wait)
    completions = as_completed(futures)
    pending = set(futures)
    while pending:
        check_at = time.monotonic() + DASK_POLL
        while pending and time.monotonic() < check_at:
            pending = watch.collect(_ready(completions, check_at), pending)
        pending = watch.without_workers(watch.overdue(pending))
    completions.clear()


def _ready(completions: Any, until: float) -> list[Any]:
    """The tasks finished so far, after waiting for one until ``until`` (monotonic)."""
    while not completions.has_ready() and time.monotonic() < until:
        time.sleep(DASK_TICK)
    return completions.next_batch(block=False)


@dataclass
class _Watch:
    """The tasks of one Dask run: reports each as it finishes, gives up the stuck and the orphaned."""

    client: Any
    finished: Finished
    source_of: dict[Any, Source]  # task key -> document
    scheduler: str | None
    timeout: float | None
    grace: float
    worker_wait: float
    seen_running: dict[Any, float] = field(default_factory=dict)  # task key -> when first seen running
    no_workers_since: float | None = None

    def collect(self, done: list[Any], pending: set[Any]) -> set[Any]:
        """Report the finished tasks still pending (a task given up is not reported again); the rest stay pending."""
        fresh = [future for future in done if future in pending]
        for future, output in zip(fresh, self._outputs(fresh)):
            pending.discard(future)
            self.finished(self.source_of[future.key], output)
            future.release()
        return pending

    def _outputs(self, futures: list[Any]) -> list[WorkerOutput]:
        """The tasks' outputs, the finished ones gathered at once; a task that failed (or whose
        result cannot be fetched) gives its document a ``worker_crashed`` failure."""
        ok = [future for future in futures if future.status == "finished"]
        try:
            gathered = dict(zip(ok, self.client.gather(ok)))
        except Exception:  # one of them cannot be fetched: each on its own below, its error its document's
            gathered = {}
        return [gathered[future] if future in gathered else self._output(future) for future in futures]

    def _output(self, future: Any) -> WorkerOutput:
        source = self.source_of[future.key]
        try:
            return future.result()
        except Exception as exc:  # KilledWorker and the like: the document's error says so
            return crashed(source, exc)

    def overdue(self, pending: set[Any]) -> set[Any]:
        """Give up the tasks running ``grace`` seconds past the time limit; the rest stay pending."""
        if self.timeout is None:
            return pending
        now = time.monotonic()
        running = {key for keys in self.client.processing().values() for key in keys}
        limit = self.timeout + self.grace
        for future in list(pending):
            if future.key in running and now - self.seen_running.setdefault(future.key, now) > limit:
                pending.discard(future)
                future.cancel()
                self.finished(self.source_of[future.key], stopped(self.source_of[future.key], self.timeout))
        return pending

    def without_workers(self, pending: set[Any]) -> set[Any]:
        """Fail every pending task when the cluster has had no worker for ``worker_wait`` seconds."""
        now = time.monotonic()
        if dask_workers(self.client):
            self.no_workers_since = None
            return pending
        self.no_workers_since = self.no_workers_since or now
        if now - self.no_workers_since <= self.worker_wait:
            return pending
        why = f"no Dask worker left at {self.scheduler} for {self.worker_wait:g} s"
        for future in sorted(pending, key=lambda f: str(self.source_of[f.key].path)):
            future.cancel()
            self.finished(self.source_of[future.key], crashed(self.source_of[future.key], why))
        return set()


def dask_workers(client: Any) -> int:
    return len(client.scheduler_info().get("workers", {}))


def wait_for_workers(client: Any, address: str | None, seconds: float, note: Note) -> None:
    """Return when the cluster has a worker; :class:`ExecutorUnavailable` after ``seconds`` without one."""
    if dask_workers(client):
        return
    note(f"waiting up to {seconds:g} s for a worker to join the Dask scheduler at {address}")
    try:
        client.wait_for_workers(1, timeout=seconds)
    except (TimeoutError, OSError):
        raise ExecutorUnavailable(f"the Dask scheduler at {address} has no workers "
                                  f"(waited {seconds:g} s): start some, e.g. dask worker {address}") from None
