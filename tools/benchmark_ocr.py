"""Seconds per scanned page, on one core: the whole pipeline on image-only PDFs (OCR included).

    python tools/benchmark_ocr.py [--rounds N] [PDF...]

Defaults to the scanned samples (``samples/*_scanned.pdf``).  The process is pinned to one
CPU (Tesseract runs in a child process, which inherits the pin, on one thread), then every
PDF goes through ``extract_document`` N times.  Printed per PDF: pages, the best wall-clock
seconds per page, and the CPU seconds per page (this process and its children, so
Tesseract's share counts): on a busy shared machine the CPU figure is the steadier one.
The goal is <= 4 s per page.  The load average is printed beside them for context.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (Tesseract runs)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def pin_to_one_core() -> int:
    """Pin this process (and the children it starts) to the first CPU it may use; returns it."""
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def measure(path: Path, rounds: int) -> tuple[int, float, float]:
    """(pages, best wall seconds per page, CPU seconds per page of that round) for one PDF."""
    from dhr_extract.api import extract_document

    best: tuple[float, float] | None = None
    pages = 0
    for _ in range(rounds):
        cpu, start = cpu_seconds(), time.perf_counter()
        data = extract_document(path)
        wall, used = time.perf_counter() - start, cpu_seconds() - cpu
        if data.errors:
            raise SystemExit(f"benchmark_ocr: {path}: {data.errors[0].error_type}: {data.errors[0].message}")
        if not data.reviews[0].via_ocr:
            raise SystemExit(f"benchmark_ocr: {path}: no page was read with OCR")
        pages = data.reviews[0].n_pages or 1
        if best is None or wall < best[0]:
            best = (wall, used)
    assert best is not None
    return pages, best[0] / pages, best[1] / pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdfs", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)
    pdfs = args.pdfs or sorted((ROOT / "samples").glob("*_scanned.pdf"))
    cpu = pin_to_one_core()
    print(f"pinned to CPU {cpu}; load average before: {os.getloadavg()[0]:.2f}")
    total_pages, total_wall, total_cpu = 0, 0.0, 0.0
    for pdf in pdfs:
        pages, wall, used = measure(pdf, args.rounds)
        total_pages, total_wall, total_cpu = total_pages + pages, total_wall + wall * pages, total_cpu + used * pages
        print(f"{pdf.name:45} {pages:3d} pages  {wall:5.2f} s/page wall  {used:5.2f} s/page CPU")
    print(f"{'all':45} {total_pages:3d} pages  {total_wall / total_pages:5.2f} s/page wall  "
          f"{total_cpu / total_pages:5.2f} s/page CPU  (goal <= 4; load average after: {os.getloadavg()[0]:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
