"""What a batch run tells its caller: an event per step while it runs, a result at the end."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Literal

from ..model import Dataset, ErrorRecord, Review

EventKind = Literal["start", "note", "document", "finish"]


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
