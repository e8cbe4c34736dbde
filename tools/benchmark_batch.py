"""Benchmark batch runs: documents/s and pages/s with 1 and 2 workers (or any list).

    python tools/benchmark_batch.py                      # 110 documents, 1 and 2 workers
    python tools/benchmark_batch.py --documents 200 --workers 1 2 4
    python tools/benchmark_batch.py --dask               # and the Dask executor (goal: within 20% of 2 workers)

Builds an archive of copies of the bundled samples in a temporary folder, each copy
made distinct (a comment appended to HTML and PDF, a zip comment on DOCX) so every
document has its own SHA-256 and nothing is shared through the cache, then runs
``run_batch(..., force=True)`` once per worker count and prints documents/s, pages/s
(PDF pages), the speed-up over the first worker count and the peak resident memory
of a worker.  The dataset written by every run must be the same, byte for byte.

Two figures put the measured speed-up in context: the machine's own parallel capacity
(how much faster two CPU-bound pure-Python processes finish than one: a VM whose host
throttles it to one CPU's worth shows 1.0x whatever the software does), and the speed-up
the batch's schedule would give on that many free CPUs, computed from the per-document
times of the first run.

With ``--dask`` the same archive also runs on the Dask executor, on a local cluster of two
single-threaded worker processes (``dask.distributed.LocalCluster``) whose workers import the
readers as they start (``--preload dhr_extract.batch.dask_preload``; ``--no-preload``: in their
first document), and its time is compared with the local executor's 2-worker run (goal: within
20%): the first run, and with ``--repeat`` the fastest.
"""
from __future__ import annotations

import argparse
import heapq
import os
import shutil
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dhr_extract.api import find_documents  # noqa: E402
from dhr_extract.batch import CACHE_DIR, BatchEvent, BatchResult, run_batch  # noqa: E402


def make_distinct(source: Path, target: Path, n: int) -> None:
    """A copy of ``source`` whose bytes (not its content as read) differ from every other copy."""
    shutil.copyfile(source, target)
    suffix = source.suffix.lower()
    if suffix == ".docx":
        with zipfile.ZipFile(target, "a") as archive:
            archive.comment = f"benchmark copy {n}".encode()
    elif suffix == ".pdf":
        with target.open("ab") as f:
            f.write(f"\n% benchmark copy {n}\n".encode())
    else:
        with target.open("ab") as f:
            f.write(f"\n<!-- benchmark copy {n} -->\n".encode())


def build_archive(folder: Path, documents: int, samples: Path = ROOT / "samples") -> list[Path]:
    sources = find_documents([samples])
    made = []
    for n in range(documents):
        source = sources[n % len(sources)]
        target = folder / f"batch{n // 25:02d}" / f"{n:04d}_{source.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        make_distinct(source, target, n)
        made.append(target)
    return made


def _spin(seconds: float) -> float:
    end, n = time.perf_counter() + seconds, 0
    start = time.process_time()
    while time.perf_counter() < end:
        n += sum(range(10_000))
    return time.process_time() - start


def parallel_capacity(processes: int, seconds: float = 3.0) -> float:
    """CPU seconds per wall second that ``processes`` CPU-bound processes get together (ideal: ``processes``)."""
    with ProcessPoolExecutor(processes) as pool:
        return sum(pool.map(_spin, [seconds] * processes)) / seconds


def scheduled_seconds(tasks: list[tuple[int, str, float]], workers: int) -> float:
    """The wall time of the batch's schedule (largest file first, to the first free worker) on free CPUs."""
    free = [0.0] * workers
    for _size, _path, seconds in sorted(tasks, key=lambda t: (-t[0], t[1])):
        heapq.heappush(free, heapq.heappop(free) + seconds)
    return max(free)


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.name != CACHE_DIR}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=110, help="documents in the archive (default 110)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to run (default 1 2)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per worker count, the fastest counts (default 1; more on a busy machine)")
    parser.add_argument("--dask", action="store_true",
                        help="also run the Dask executor on a local cluster of two single-threaded workers")
    parser.add_argument("--no-preload", action="store_true",
                        help="Dask workers import the readers in their first document, not as they start")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dhr-benchmark-") as tmp:
        archive = Path(tmp) / "archive"
        docs = build_archive(archive, args.documents)
        size = sum(p.stat().st_size for p in docs)
        load = f", load average {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
        print(f"archive: {len(docs)} documents, {size / 1e6:.1f} MB; {os.cpu_count()} CPUs{load}")
        results: list[tuple[int, BatchResult]] = []
        reference = None
        tasks: list[tuple[int, str, float]] = []  # (size, path, seconds) per document, from the first run

        def record(event: BatchEvent) -> None:
            if event.kind == "document" and not event.cached and event.path and not results and not reference:
                tasks.append((event.path.stat().st_size, str(event.path), event.seconds))

        for workers in args.workers:
            best = None
            for _ in range(max(1, args.repeat)):
                out = Path(tmp) / f"out-{workers}"
                result = run_batch([archive], out, formats=("csv", "parquet"), workers=workers, force=True,
                                   on_event=record)
                written = outputs(out)
                if reference is None:
                    reference = written
                elif written != reference:
                    print(f"ERROR: the dataset written with {workers} workers differs from the first run")
                    return 1
                if best is None or result.processing_seconds < best.processing_seconds:
                    best = result
            results.append((workers, best))
        if args.dask:
            dask_first, dask_result = run_dask_local(archive, Path(tmp) / "out-dask", args.repeat,
                                                     preload=not args.no_preload)
            if outputs(Path(tmp) / "out-dask") != reference:
                print("ERROR: the dataset written by the Dask executor differs from the first run")
                return 1
        print(f"{'workers':>7} {'docs':>5} {'pages':>6} {'seconds':>8} {'docs/s':>7} {'pages/s':>8} "
              f"{'speed-up':>8} {'CPU s':>6} {'CPU use':>7} {'peak RSS/worker':>16}")
        base = results[0][1].processing_seconds
        for workers, r in results:
            secs = r.processing_seconds
            peak = max(r.worker_peak_rss.values(), default=0)
            # CPU use: the workers' CPU time over (wall time x workers); below 100% the workers waited
            # (for the CPU on a busy machine, or at the start and end of the run)
            print(f"{workers:>7} {r.processed:>5} {r.pages:>6} {secs:>8.2f} {r.processed / secs:>7.2f} "
                  f"{r.pages / secs:>8.1f} {base / secs:>7.2f}x {r.cpu_seconds:>6.1f} "
                  f"{r.cpu_seconds / (secs * workers):>7.0%} {peak / 2**20:>12.0f} MiB")
        statuses = results[0][1].statuses
        print("statuses:", ", ".join(f"{n} {s}" for s, n in statuses.items()))
        first_workers, first = results[0]
        overhead = first.processing_seconds - scheduled_seconds(tasks, first_workers)
        for workers, _ in results[1:]:
            capacity = parallel_capacity(workers) / parallel_capacity(first_workers)
            projected = first.processing_seconds / (scheduled_seconds(tasks, workers) + overhead)
            print(f"{workers} vs {first_workers} workers: machine capacity {capacity:.2f}x (CPU-bound pure Python); "
                  f"schedule on free CPUs {projected:.2f}x (from the per-document times)")
        if args.dask:
            local_two = next((r for w, r in results if w == 2), None)
            first = "first run, workers started with the readers imported" if not args.no_preload else \
                "first run, workers importing the readers in their first document"
            runs = [(first, dask_first)]
            if args.repeat > 1:
                runs.append((f"best of {args.repeat} (warm workers)", dask_result))
            for label, r in runs:
                line = (f"dask, 2 single-threaded workers, {label}: {r.processing_seconds:.2f} s, "
                        f"{r.processed / r.processing_seconds:.2f} docs/s")
                if local_two is not None:
                    line += (f"; vs local --workers 2: {r.processing_seconds / local_two.processing_seconds:.2f}x "
                             "the time (goal <= 1.20)")
                print(line)
    return 0


def run_dask_local(archive: Path, out: Path, repeat: int, preload: bool = True) -> tuple[BatchResult, BatchResult]:
    """The batch on the Dask executor, on a local cluster of two single-threaded worker processes:
    the first run (on workers that have read nothing yet) and the fastest of ``repeat`` runs.
    The cluster's start is not counted; with ``preload`` its workers import the readers as
    they start (``dhr_extract.batch.dask_preload``), as the local pool's forkserver does."""
    from dask.distributed import LocalCluster

    results = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      preload=["dhr_extract.batch.dask_preload"] if preload else []) as cluster:
        for _ in range(max(1, repeat)):
            results.append(run_batch([archive], out, formats=("csv", "parquet"), force=True, executor="dask",
                                     scheduler=cluster.scheduler_address))
    return results[0], min(results, key=lambda r: r.processing_seconds)


if __name__ == "__main__":
    sys.exit(main())
