"""Reading documents in local worker processes, one document per task (or serially, in this process).

A worker that dies (a crash in a native library, the OOM killer) breaks the pool: the
documents in flight are then read again one at a time, each in a fresh process, and the one
that kills its worker again is recorded as ``worker_crashed``; the rest of the batch goes on
in a new pool.  Each worker stops its own document at the time limit; one still running
``grace`` seconds later is stuck where that cannot reach (native code), so the pool's
workers are killed: that document is ``timeout``, the others in flight are read again.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import tempfile
import time
import types
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from ..pipeline import Source
from .worker import PARSER_MODULES, Task, WorkerOutput, crashed, process_document, stopped

# A worker stuck in native code, which the time limit cannot interrupt, is killed this long after the limit.
KILL_GRACE = 30.0
# A Unix socket's path holds at most 107 bytes (Linux's sun_path less its NUL); the forkserver's
# socket is "/pymp-" + 8 characters + "/listener-" + 8 characters under the temporary folder.
UNIX_SOCKET_PATH_MAX = 107
FORKSERVER_SOCKET_NAME = len("/pymp-12345678/listener-12345678")
Finished = Callable[[Source, WorkerOutput], None]
Running = dict["Future[WorkerOutput]", tuple[Source, float]]  # task -> (document, when it was submitted)


def run_serial(todo: list[Source], finished: Finished, timeout: float | None = None,
               task: Task = process_document, **_: object) -> None:
    for source in todo:
        finished(source, task(source, None, timeout))


def run_local(todo: list[Source], finished: Finished, workers: int, timeout: float | None = None,
              task: Task = process_document, grace: float = KILL_GRACE, **_: object) -> None:
    """``todo`` in a process pool of ``workers``; ``finished`` is called once per document.
    One task per worker in flight, so a task's start is its submission."""
    with main_module_hidden():  # workers start on demand, up to the end
        run_pool(todo, finished, workers, timeout, task, grace)


@dataclass(frozen=True)
class _PoolRun:
    finished: Finished
    workers: int
    timeout: float | None
    task: Task
    context: multiprocessing.context.BaseContext
    hard_limit: float | None  # seconds after which a task's worker is killed (None: never)


def run_pool(todo: list[Source], finished: Finished, workers: int, timeout: float | None, task: Task,
             grace: float) -> None:
    run = _PoolRun(finished, workers, timeout, task, mp_context(), None if timeout is None else timeout + grace)
    queue = deque(todo)
    while queue:
        suspects = _until_broken(run, queue)
        for source in sorted(suspects, key=lambda s: str(s.path)):
            finished(source, run_alone(source, run))


def _until_broken(run: _PoolRun, queue: deque[Source]) -> list[Source]:
    """Documents from ``queue`` in one pool, until the queue is empty or the pool breaks; the
    documents in flight when it broke (one of them may be the cause) are returned."""
    pool = ProcessPoolExecutor(max_workers=min(run.workers, len(queue)), mp_context=run.context)
    try:
        suspects = _drain(run, pool, queue)
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return suspects


def _drain(run: _PoolRun, pool: ProcessPoolExecutor, queue: deque[Source]) -> list[Source]:
    running: Running = {}
    while queue or running:
        while queue and len(running) < run.workers:
            source = queue.popleft()
            running[pool.submit(run.task, source, None, run.timeout)] = (source, time.monotonic())
        done, _pending = wait(running, timeout=time_left(running.values(), run.hard_limit),
                              return_when=FIRST_COMPLETED)
        broken = _collect(run, done, running)
        overdue = _stop_overdue(run, pool, running)
        if broken or overdue:
            return [*broken, *(source for source, _ in running.values())]
    return []


def _collect(run: _PoolRun, done: Iterable[Future[WorkerOutput]], running: Running) -> list[Source]:
    """Report the finished tasks; returns the documents whose worker died (the pool is broken)."""
    broken = []
    for future in done:
        source, _started = running.pop(future)
        try:
            output = future.result()
        except BrokenProcessPool:
            broken.append(source)
            continue
        except Exception as exc:  # e.g. a result that cannot be sent back: the document's error says so
            output = crashed(source, exc)
        run.finished(source, output)
    return broken


def _stop_overdue(run: _PoolRun, pool: ProcessPoolExecutor, running: Running) -> bool:
    """Kill the pool's workers when a task is past the hard limit; its document is ``timeout``."""
    if run.hard_limit is None:
        return False
    now = time.monotonic()
    overdue = [future for future, (_, begun) in running.items() if now - begun > run.hard_limit]
    if overdue:
        kill_workers(pool)
        for future in overdue:
            source, _started = running.pop(future)
            run.finished(source, stopped(source, run.timeout))
    return bool(overdue)


def run_alone(source: Source, run: _PoolRun) -> WorkerOutput:
    """One suspect document in a fresh single-worker pool: whether it is the one that kills its worker."""
    solo = ProcessPoolExecutor(max_workers=1, mp_context=run.context)
    try:
        return solo.submit(run.task, source, None, run.timeout).result(timeout=run.hard_limit)
    except FutureTimeout:
        kill_workers(solo)
        return stopped(source, run.timeout)
    except Exception as exc:  # BrokenProcessPool again: this is the one; the exception says so
        return crashed(source, exc)
    finally:
        solo.shutdown(wait=True)


def time_left(running: Iterable[tuple[Source, float]], hard_limit: float | None) -> float | None:
    """Seconds until the first task in flight passes ``hard_limit`` (None: no limit to watch)."""
    starts = [begun for _, begun in running]
    if hard_limit is None or not starts:
        return None
    return max(0.0, min(starts) + hard_limit - time.monotonic()) + 0.05


def mp_context(temp_dir: str | None = None) -> multiprocessing.context.BaseContext:
    """forkserver where there is one (workers forked from a warm, single-threaded server) and its
    socket's path fits in the temporary folder, else spawn."""
    temp_dir = tempfile.gettempdir() if temp_dir is None else temp_dir
    if "forkserver" in multiprocessing.get_all_start_methods() and forkserver_socket_fits(temp_dir):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(list(PARSER_MODULES))
        return context
    return multiprocessing.get_context("spawn")


def forkserver_socket_fits(temp_dir: str) -> bool:
    """Whether the forkserver's listening socket (``<temp>/pymp-XXXXXXXX/listener-XXXXXXXX``) has a
    path short enough for a Unix socket: a deep TMPDIR would otherwise fail every batch with
    "AF_UNIX path too long"."""
    return len(os.fsencode(temp_dir)) + FORKSERVER_SOCKET_NAME <= UNIX_SOCKET_PATH_MAX


@contextlib.contextmanager
def main_module_hidden() -> Iterator[None]:
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


def kill_workers(pool: ProcessPoolExecutor) -> None:
    """Stop every worker of ``pool`` at once (the pool is broken afterwards)."""
    kill = getattr(pool, "kill_workers", None)  # Python 3.14+
    if kill is not None:
        kill()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
