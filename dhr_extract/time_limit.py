"""A time limit on a call, in whatever thread runs it (a pool worker's main thread, a Dask worker's thread).

When the limit passes, :class:`TimeLimitExceeded` is raised inside the running call.
It derives from ``BaseException`` so that the ``except Exception`` that turns a
document's failure into data does not swallow it.  In a process's main thread (POSIX)
a ``SIGALRM`` timer raises it, which also stops a runaway regular expression (the
``re`` engine checks for signals); in any other thread (a Dask worker's) it is raised
at the thread's next Python bytecode.  Code stuck inside a native call that never
returns to Python is not interrupted: the batch runner stops such a worker from
outside (see ``batch/local_pool.py`` and ``batch/dask_cluster.py``).
"""
from __future__ import annotations

import ctypes
import signal
import threading
from typing import Callable, TypeVar

T = TypeVar("T")


class TimeLimitExceeded(BaseException):
    """The call ran past its time limit."""


def call_with_time_limit(fn: Callable[[], T], seconds: float | None) -> T:
    """``fn()``, interrupted with :class:`TimeLimitExceeded` after ``seconds`` (no limit when None)."""
    if seconds is None:
        return fn()
    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return _with_alarm(fn, seconds)
    return _with_timer_thread(fn, seconds)


def _with_alarm(fn: Callable[[], T], seconds: float) -> T:
    expired = []

    def expire(_signum: int, _frame: object) -> None:
        expired.append(True)
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        result = fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:  # raised where it was swallowed (a garbage-collector callback ignores exceptions)
        raise TimeLimitExceeded
    return result


def _with_timer_thread(fn: Callable[[], T], seconds: float) -> T:
    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"running": True, "raised": False}

    def expire() -> None:
        with lock:
            if state["running"]:
                state["raised"] = True
                _raise_in_thread(thread_id, TimeLimitExceeded)

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        result = fn()
    finally:
        with lock:
            state["running"] = False
            if state["raised"]:
                _raise_in_thread(thread_id, None)  # not delivered yet: it must not hit the caller's next call
        timer.cancel()
    if state["raised"]:  # delivered where it was swallowed (a garbage-collector callback ignores exceptions)
        raise TimeLimitExceeded
    return result


def _raise_in_thread(thread_id: int, exception: type[BaseException] | None) -> None:
    """Schedule ``exception`` in the thread (None clears one not yet delivered)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception else None)
