"""Throughput, memory and scaling figures for the extractor, all printed in one run.

    python tools/benchmark.py [--rounds N] [--sizes 10,50,100,200,400]

1. PDF pages/s: the full pipeline (``extract_document`` = extract + normalise, then
   ``write_dataset`` as CSV + Parquet) against plain pdfplumber (open, ``extract_tables()``
   on every page, close each page) over the same sample PDFs, interleaved, best of N
   rounds each, and their ratio (goal >= 2.0), by the clock and in CPU time (on a shared
   machine the clock also counts the time other work holds the CPU).
2. DOCX and HTML documents/s over the samples (single process; goal >= 20), with the
   outputs written once for the batch as the CLI does, and without writing.
3. Long plans made by repeating the pages of the sample PDFs (and the dev-corpus plan)
   with pypdfium2 into a temporary folder; each size runs the pipeline in a fresh
   subprocess: peak RSS of that child (goal <= 200 MB, flat as pages grow) and seconds
   per page (goal: linear cost, i.e. a flat s/page; a least-squares line splits the time
   into a fixed cost per document and a cost per page).  The peak is the child's own VmHWM
   (/proc/self/status): ``ru_maxrss`` of a child spawned by a big parent also counts the
   parent's memory at spawn time on Linux, so it would report the parent, not the child.
4. Joining text: generated HTML plans of 5,000, 10,000 and 20,000 rows where every row after the
   first carries on the recommendation above it (unlabelled text in a labelled plan, so
   each row is joined to one ever longer text): seconds and microseconds per row of
   ``extract_document``; the cost per row must not grow with the rows (``--join-rows``).
5. Documents that are not stand-alone plans, each against raw pdfplumber on the same file,
   interleaved: the 25-page overview report whose plan is a 5-page appendix
   (``samples/overview_report_appendix.pdf``; goal >= 4x) and a 60-page report without a plan
   (its narrative pages repeated; goal >= 10x, status ``no_action_plan``).  Page triage is
   what makes these fast: only the pages that may hold plan rows get the full analysis.
6. Where the time goes per stage over the stand-alone sample PDFs, in CPU time: open,
   triage, characters (content-stream tokens, pdfminer's drawing with the character
   records, the words), lines (ruling edges), tables, normalise, write.

Nothing is written outside a temporary folder.
"""
from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
EXTRA_SOURCES = [Path("/work/shared/corpus/dev/nuneaton_dhr1.pdf")]
OVERVIEW = SAMPLES / "overview_report_appendix.pdf"  # not a stand-alone plan: measured on its own
NARRATIVE_PAGES = range(1, 18)  # the overview report's chapters, without the plan
sys.path.insert(0, str(ROOT))


# ------------------------------------------------------------------ workloads

def run_pipeline(paths: list[Path], out_dir: Path | None) -> int:
    """What the CLI does: every document through extract + normalise, then the outputs
    written (CSV + Parquet) unless ``out_dir`` is None."""
    from dhr_extract.api import extract_document
    from dhr_extract.model import Dataset
    from dhr_extract.outputs.writers import write_dataset

    dataset = Dataset()
    for path in paths:
        part = extract_document(path)
        if part.errors:
            raise SystemExit(f"benchmark: {path}: {part.errors[0]}")
        dataset.extend(part)
    if out_dir is not None:
        write_dataset(dataset, out_dir, ["csv", "parquet"])
    return len(dataset.reviews)


def run_raw_pdfplumber(paths: list[Path]) -> int:
    """The reference: plain pdfplumber table extraction on every page."""
    import pdfplumber

    n = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_tables()
                page.close()
                n += 1
    return n


def count_pages(paths: list[Path]) -> int:
    import pypdfium2 as pdfium

    total = 0
    for path in paths:
        doc = pdfium.PdfDocument(str(path))
        total += len(doc)
        doc.close()
    return total


def best_time(fn: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` runs of ``fn``, in seconds."""
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


# ------------------------------------------------------------------ long plans

def make_long_pdf(n_pages: int, target: Path) -> Path:
    """A plan of ``n_pages`` pages: the pages of the source PDFs imported again and again,
    one source after the other (page k from source k mod n, each source cycling through
    its own pages), so that a short plan has the same mix of layouts as a long one."""
    import pypdfium2 as pdfium

    paths = [p for p in sorted(SAMPLES.glob("*.pdf")) if p != OVERVIEW] + [p for p in EXTRA_SOURCES if p.exists()]
    opened = [pdfium.PdfDocument(str(path)) for path in paths]
    out = pdfium.PdfDocument.new()
    for k in range(n_pages):
        src = opened[k % len(opened)]
        out.import_pages(src, [(k // len(opened)) % len(src)])
    out.save(str(target))
    out.close()
    for doc in opened:
        doc.close()
    return target


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB


def child_main(pdf: Path) -> None:
    """In a fresh process: the pipeline on one document; prints seconds, pages, peak RSS."""
    from dhr_extract.api import extract_document
    import dhr_extract.extract.pdf  # noqa: F401  (the parser is imported on first use otherwise)
    from dhr_extract.outputs.writers import write_dataset

    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        dataset = extract_document(pdf)
        write_dataset(dataset, Path(out), ["csv", "parquet"])
        elapsed = time.perf_counter() - start
    if dataset.errors:
        raise SystemExit(f"benchmark child: {dataset.errors[0]}")
    print(f"{elapsed:.6f} {dataset.reviews[0].n_pages} {peak_rss_mb():.1f}")


def measure_child(pdf: Path | None) -> tuple[float, int, float]:
    """(seconds, pages, peak RSS in MB) of the pipeline on ``pdf`` in its own subprocess."""
    args = [sys.executable, __file__, "--child", str(pdf)] if pdf else [sys.executable, __file__, "--child-idle"]
    result = subprocess.run(args, stdout=subprocess.PIPE, cwd=ROOT, check=True)
    seconds, pages, rss = result.stdout.decode().split()
    return float(seconds), int(pages), float(rss)


def child_idle() -> None:
    """The floor: a process that imports everything the pipeline needs and reads nothing."""
    from dhr_extract.api import extract_document  # noqa: F401
    from dhr_extract.extract import pdf  # noqa: F401
    from dhr_extract.outputs.writers import write_dataset  # noqa: F401

    print(f"0 0 {peak_rss_mb():.1f}")


# ------------------------------------------------------------------ joined text

def make_joined_html(n_rows: int) -> str:
    """An HTML plan of ``n_rows`` rows: R1, then rows whose recommendation cell carries on R1
    (no label) beside an action of their own, so R1's text is joined ``n_rows - 1`` times."""
    sentence = ("The partnership should make sure that every agency records domestic abuse disclosures "
                "and shares them with the MARAC coordinator within two working days")
    rows = ["<tr><td>R1 " + sentence + ".</td><td>Review the referral pathway.</td><td>Police</td>"
            "<td>March 2024</td><td>On track</td></tr>"]
    for k in range(2, n_rows + 1):
        rows.append(f"<tr><td>{sentence} (part {k})</td><td>Action {k}: audit {k} case files.</td>"
                    f"<td>Health</td><td>June 2024</td><td>Started in month {k % 12 + 1}</td></tr>")
    return ("<html><head><meta charset='utf-8'><title>Action plan</title></head><body><h1>Action plan</h1>"
            "<table><tr><th>Recommendation</th><th>Action</th><th>Lead agency</th><th>Target date</th>"
            "<th>Progress</th></tr>" + "".join(rows) + "</table></body></html>")


def measure_joining(sizes: list[int], folder: Path) -> list[tuple[int, float]]:
    """(rows, seconds of ``extract_document``) for a generated plan of each size."""
    from dhr_extract.api import extract_document

    points = []
    for n_rows in sizes:
        path = folder / f"joined_{n_rows}.html"
        path.write_text(make_joined_html(n_rows), encoding="utf-8")
        gc.collect()
        start = time.perf_counter()
        dataset = extract_document(path)
        seconds = time.perf_counter() - start
        if dataset.errors or len(dataset.recommendations) != 1:
            raise SystemExit(f"benchmark: the joined plan did not read as one recommendation: {dataset.errors}")
        points.append((n_rows, seconds))
        path.unlink()
    return points


def print_joining(sizes: list[int], folder: Path) -> None:
    print("\nJoining text: generated HTML plans, one recommendation carried on by every row")
    print(f"  {'rows':>6}  {'seconds':>8}  {'us/row':>7}")
    for n_rows, seconds in measure_joining(sizes, folder):
        print(f"  {n_rows:6d}  {seconds:8.2f}  {seconds / n_rows * 1e6:7.1f}")
    print("  goal: us/row flat (linear cost)")


# ------------------------------------------------------------------ main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="rounds per throughput figure (best is kept)")
    parser.add_argument("--sizes", default="10,50,100,200,400", help="page counts of the long plans")
    parser.add_argument("--join-rows", default="5000,10000,20000", help="row counts of the joined-text plans")
    parser.add_argument("--only-joining", action="store_true", help="print only the joined-text figures")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    join_sizes = [int(s) for s in args.join_rows.split(",")]
    if args.only_joining:
        with tempfile.TemporaryDirectory() as tmp_name:
            print_joining(join_sizes, Path(tmp_name))
        return

    pdfs = [p for p in sorted(SAMPLES.glob("*.pdf")) if p != OVERVIEW]  # stand-alone plans
    docx = sorted(SAMPLES.glob("*.docx"))
    html = sorted(SAMPLES.glob("*.html"))
    n_pages = count_pages(pdfs)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; best of {args.rounds} rounds")
    print(machine_capacity())

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        out = tmp / "out"
        run_pipeline(pdfs[:1], out)  # warm up: imports, first-use caches
        run_raw_pdfplumber(pdfs[:1])

        # Interleave the two so that a noisy neighbour hits both alike.
        raw_t, pipe_t = interleaved(lambda: run_raw_pdfplumber(pdfs), lambda: run_pipeline(pdfs, out), args.rounds)
        print(f"\nPDF throughput over {len(pdfs)} sample PDFs ({n_pages} pages)")
        print(f"  raw pdfplumber extract_tables      : {n_pages / raw_t.wall:7.1f} pages/s")
        print(f"  pipeline (extract+normalise+write) : {n_pages / pipe_t.wall:7.1f} pages/s")
        print(f"  ratio pipeline / raw               : {raw_t.wall / pipe_t.wall:7.2f}x  (goal >= 2.0); "
              f"in CPU time {raw_t.cpu / pipe_t.cpu:.2f}x")

        print("\nReports that are not stand-alone plans (pipeline vs raw pdfplumber on the same file)")
        no_plan = make_no_plan_report(60, tmp / "report_60_pages.pdf")
        for label, path, goal in (("overview report, plan in a 5-page appendix", OVERVIEW, 4.0),
                                  ("report without a plan", no_plan, 10.0)):
            pages = count_pages([path])
            raw_t, pipe_t = interleaved(lambda: run_raw_pdfplumber([path]), lambda: run_pipeline([path], out),
                                        args.rounds)
            status = extract_status(path)
            print(f"  {label} ({pages} pages): raw {pages / raw_t.wall:6.1f} pages/s, pipeline "
                  f"{pages / pipe_t.wall:6.1f} pages/s: {raw_t.wall / pipe_t.wall:5.2f}x, in CPU time "
                  f"{raw_t.cpu / pipe_t.cpu:5.2f}x  (goal >= {goal:.0f}x); status {status}")

        print("\nWhere the time goes, stand-alone sample PDFs (CPU seconds, share of the pipeline)")
        for stage, seconds, share in stage_profile(pdfs, out):
            print(f"  {stage:<42} {seconds:6.2f}  {share:5.1%}")

        print("\nDOCX / HTML throughput (single process; the outputs written once per batch)")
        for label, files in (("DOCX", docx), ("HTML", html)):
            run_pipeline(files, out)
            # Short runs: more rounds, interleaved, so that a busy moment does not decide the figure.
            with_write, no_write = [], []
            for _ in range(3 * args.rounds):
                with_write.append(best_time(lambda: run_pipeline(files, out), 1))
                no_write.append(best_time(lambda: run_pipeline(files, None), 1))
            with_write, no_write = min(with_write), min(no_write)
            print(f"  {label}: {len(files) / with_write:7.1f} documents/s with writing, "
                  f"{len(files) / no_write:7.1f} extract+normalise only, over {len(files)} samples  (goal >= 20)")

        print("\nLong plans (sample pages repeated), each in a fresh subprocess")
        _, _, idle_rss = measure_child(None)
        print(f"  idle process with the imports : peak RSS {idle_rss:6.1f} MB")
        print(f"  {'pages':>5}  {'seconds':>8}  {'s/page':>7}  {'peak RSS MB':>11}")
        points = []
        for size in sizes:
            path = make_long_pdf(size, tmp / f"plan_{size}.pdf")
            seconds, pages, rss = measure_child(path)
            path.unlink()
            points.append((pages, seconds))
            print(f"  {pages:5d}  {seconds:8.2f}  {seconds / pages:7.4f}  {rss:11.1f}")
        if len(points) >= 2:
            slope, intercept = least_squares(points)
            print(f"  least-squares fit: seconds = {intercept:.2f} + {slope:.4f} x pages")
        print("  goals: peak RSS <= 200 MB and flat; s/page flat (linear cost)")

        print_joining(join_sizes, tmp)
    print(f"\nat the end: {machine_capacity()}")


def machine_capacity(seconds: float = 2.0) -> str:
    """The load average and the CPU share a CPU-bound pure-Python loop gets now (1.00: a free CPU;
    a busy shared machine gives less, and every figure of the run is slower alike)."""
    load = f"load average {os.getloadavg()[0]:.2f}; " if hasattr(os, "getloadavg") else ""
    start_cpu, start = time.process_time(), time.perf_counter()
    while time.perf_counter() - start < seconds:
        sum(range(10_000))
    share = (time.process_time() - start_cpu) / (time.perf_counter() - start)
    return f"machine: {load}a CPU-bound loop gets {share:.2f} of a CPU"


class Timing(NamedTuple):
    wall: float  # seconds by the clock
    cpu: float  # seconds of this process's CPU time: less moved by other work on a shared machine


def interleaved(raw: Callable[[], object], pipeline: Callable[[], object], rounds: int) -> tuple[Timing, Timing]:
    """The best clock and CPU seconds of ``raw`` and of ``pipeline``, run turn about so that a
    busy moment hits both."""
    raw_times, pipe_times = [], []
    for _ in range(rounds):
        raw_times.append(timed_once(raw))
        pipe_times.append(timed_once(pipeline))
    return (Timing(min(t.wall for t in raw_times), min(t.cpu for t in raw_times)),
            Timing(min(t.wall for t in pipe_times), min(t.cpu for t in pipe_times)))


def timed_once(fn: Callable[[], object]) -> Timing:
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def extract_status(path: Path) -> str:
    from dhr_extract.api import extract_document

    return extract_document(path).reviews[0].status


def make_no_plan_report(n_pages: int, target: Path) -> Path:
    """A report of ``n_pages`` pages with no action plan: the overview report's narrative pages
    (numbered paragraphs, panel and chronology tables) again and again."""
    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(str(OVERVIEW))
    out = pdfium.PdfDocument.new()
    pages = list(NARRATIVE_PAGES)
    out.import_pages(source, [0] + [pages[k % len(pages)] for k in range(n_pages - 1)])
    out.save(str(target))
    out.close()
    source.close()
    return target


def stage_profile(pdfs: list[Path], out: Path) -> list[tuple[str, float, float]]:
    """(stage, CPU seconds, share) of one pipeline run over ``pdfs``, by timing the stage functions.

    CPU time of this process, not the clock: on a shared machine the clock also counts the time
    other work holds the CPU, which lands on whichever stage happens to be running."""
    import pdfplumber

    import dhr_extract.extract.pdf as pdf_module
    import dhr_extract.extract.pdf.content_stream as stream_module
    import dhr_extract.extract.pdf.page as page_module
    import dhr_extract.outputs.writers as writers
    import dhr_extract.pipeline as pipeline

    seconds: dict[str, float] = {}

    def timed(owner: object, name: str, stage: str) -> Callable[[], None]:
        original = getattr(owner, name)

        def wrapper(*a: object, **k: object) -> object:
            start = time.process_time()
            try:
                return original(*a, **k)
            finally:
                seconds[stage] = seconds.get(stage, 0.0) + time.process_time() - start
        setattr(owner, name, wrapper)
        return lambda: setattr(owner, name, original)

    Page = page_module.LeanPage  # its ``layout`` is pdfminer's parse of the page
    layout = Page.layout

    def timed_layout(page: object) -> object:
        if hasattr(page, "_layout"):
            return page._layout
        start = time.process_time()
        try:
            return layout.fget(page)
        finally:
            seconds["parse"] = seconds.get("parse", 0.0) + time.process_time() - start

    restore = [timed(pdfplumber, "open", "open"), timed(pdf_module, "triage_pages", "triage"),
               timed(stream_module, "content_objects", "tokens"),
               timed(pdf_module, "page_content", "page"), timed(page_module, "objects_to_edges", "lines"),
               timed(pdf_module, "page_to_tables", "tables"), timed(pipeline, "document_to_dataset", "normalise"),
               timed(writers, "write_dataset", "write")]
    Page.layout = property(timed_layout)
    try:
        start = time.process_time()
        run_pipeline(pdfs, out)
        total = time.process_time() - start
    finally:
        Page.layout = layout
        for undo in restore:
            undo()
    parse, tokens = seconds.get("parse", 0.0), seconds.get("tokens", 0.0)
    rows = [("open (pdfplumber, lazy)", seconds.get("open", 0.0)),
            ("triage (pdfium text pass)", seconds.get("triage", 0.0)),
            ("characters: content-stream tokens", tokens),
            ("characters: drawing + records (pdfminer)", parse - tokens),
            ("characters: words", seconds.get("page", 0.0) - parse - seconds.get("lines", 0.0)),
            ("lines (ruling edges)", seconds.get("lines", 0.0)),
            ("tables (ruled / borderless)", seconds.get("tables", 0.0)),
            ("normalise", seconds.get("normalise", 0.0)),
            ("write (CSV + Parquet)", seconds.get("write", 0.0))]
    rows.append(("other", total - sum(s for _, s in rows)))
    return [(stage, s, s / total) for stage, s in rows]


def least_squares(points: list[tuple[int, float]]) -> tuple[float, float]:
    """(slope, intercept) of the straight line through (pages, seconds)."""
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / sxx
    return slope, my - slope * mx


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        child_main(Path(sys.argv[2]))
    elif len(sys.argv) == 2 and sys.argv[1] == "--child-idle":
        child_idle()
    else:
        main()
