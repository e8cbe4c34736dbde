"""The progress of a run on a stream (stderr), and the one-line summary at its end."""
from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TextIO

from .events import BatchEvent, BatchResult

REFRESH = 0.1  # seconds between rewrites of the progress line on a terminal


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
            self._print(start_line(event))
        elif event.kind == "note":
            self._print(f"dhr-extract: {event.message}")
        elif event.kind == "document" and not event.cached:
            self._document(event)
        elif event.kind == "finish":
            self._clear()

    def _document(self, event: BatchEvent) -> None:
        if not self.tty:
            self._print(document_line(event))
            return
        now = time.monotonic()
        if now - self._last >= REFRESH or event.done == event.to_process:
            self._last = now
            self._status(self.status_line(event))

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


def start_line(event: BatchEvent) -> str:
    cached = event.total - event.to_process
    return (f"dhr-extract: {plural(event.total, 'document')}: {event.to_process} to read"
            + (f", {cached} unchanged or duplicate" if cached else ""))


def document_line(event: BatchEvent) -> str:
    """``[3/10] plans/x.pdf: ok, 4 recommendations, 9 actions (1.2 s)``: one document read (not a terminal)."""
    review = event.review
    what = (f"{review.status}, {plural(review.n_recommendations, 'recommendation')}, "
            f"{plural(review.n_actions, 'action')}" if review else "no result")
    return f"[{event.done}/{event.to_process}] {event.path}: {what} ({event.seconds:.1f} s)"


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
