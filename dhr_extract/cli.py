"""Command line: ``dhr-extract INPUT... --out DIR`` (a thin layer over ``dhr_extract.api``)."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .api import (DASK_WORKER_WAIT, DEFAULT_TIMEOUT, BatchError, BatchResult, Codebook, CodebookError,
                  ProgressDisplay, ThemeCodebook, ThemeCodebookError, find_documents, load_codebook,
                  load_theme_codebook, run_batch, summary, write_report)

EXIT_FAILED = 1  # a document failed (the others are written), or the review report could not be
EXIT_USAGE = 2  # one line, before any document is read
EXIT_INTERRUPTED = 130
FORMATS = {"csv": ("csv",), "parquet": ("parquet",), "xlsx": ("xlsx",), "both": ("csv", "parquet")}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dhr-extract",
        description="Turn Domestic Homicide Review action plans (PDF, DOCX, HTML) into a "
        "reviews / recommendations / actions / progress dataset.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, help="plan documents and/or folders (searched recursively)")
    parser.add_argument("--out", "-o", type=Path, required=True, help="folder for the output tables")
    parser.add_argument("--format", "-f", type=_formats, default=FORMATS["both"], metavar="FORMAT[,FORMAT]",
                        help="csv, parquet, xlsx (one Excel workbook) or both (csv and parquet), or several "
                             "separated by commas (default: both)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--workers", "-j", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                        help="documents read in parallel, one per worker process (default: the number of CPUs)")
    parser.add_argument("--force", action="store_true",
                        help="read every document again instead of reusing the results cached in OUT/.cache")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="local worker processes (default) or a Dask cluster (needs --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    parser.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit per document; one over it fails as 'timeout' and the others go on "
                             f"(default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    parser.add_argument("--wait-for-workers", type=_seconds, default=DASK_WORKER_WAIT, metavar="SECONDS",
                        help=f"Dask: how long to wait for a worker before giving up (default: {DASK_WORKER_WAIT:g})")
    parser.add_argument("--status-rules", type=Path, metavar="FILE",
                        help="a CSV of status rules (the codebook's columns) that add to or override the built-in ones")
    parser.add_argument("--themes", type=Path, metavar="FILE",
                        help="a theme codebook CSV that extends the built-in one (see README: Themes and sectors)")
    parser.add_argument("--themes-mode", choices=("extend", "replace"), default="extend",
                        help="extend (default): add FILE's themes and phrases; replace: FILE is the whole codebook")
    parser.add_argument("--report", action="store_true",
                        help="also write OUT/report/index.html: each document's pages beside the rows read from them")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _formats(text: str) -> tuple[str, ...]:
    """``csv,xlsx`` -> ("csv", "xlsx"); ``both`` is csv and parquet."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown format {unknown[0] if unknown else text!r}: "
                                         f"choose from {', '.join(FORMATS)}")
    return tuple(dict.fromkeys(fmt for name in names for fmt in FORMATS[name]))


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("must be 0 or more seconds")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


@dataclass(frozen=True)
class Request:
    """What the options ask for, checked before any document is read."""

    documents: list[Path]
    codebook: Codebook
    theme_codebook: ThemeCodebook | None


class UsageError(Exception):
    """A usage error found before any document is read: one line, exit code 2."""


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    check_executor_options(parser, args)
    try:
        result = run(args, prepare(args))
    except UsageError as exc:
        print(f"dhr-extract: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("dhr-extract: interrupted; documents read so far are cached, run again to finish", file=sys.stderr)
        return EXIT_INTERRUPTED
    return finish(args, result)


def check_executor_options(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--executor dask and --scheduler go together (argparse's usage error otherwise)."""
    if args.executor == "dask" and not args.scheduler:
        parser.error("--executor dask needs --scheduler ADDRESS")
    if args.scheduler and args.executor != "dask":
        parser.error("--scheduler is for --executor dask")


def prepare(args: argparse.Namespace) -> Request:
    """The documents and codebooks the options name; :class:`UsageError` for the first that is wrong."""
    missing = [p for p in args.inputs if not p.exists()]
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    codebook = status_rules(args.status_rules)
    documents = find_documents(args.inputs)
    if not documents:
        raise UsageError("no PDF, DOCX or HTML documents found in the inputs")
    request = Request(documents, codebook, themes(args.themes, args.themes_mode))
    if args.executor == "dask":
        check_dask_installed()
    return request


def status_rules(path: Path | None) -> Codebook:
    try:
        return load_codebook(path)
    except CodebookError as exc:
        raise UsageError(str(exc)) from None


def themes(path: Path | None, mode: str) -> ThemeCodebook | None:
    if path is None:
        return None
    try:
        return load_theme_codebook(path, mode)
    except ThemeCodebookError as exc:
        raise UsageError(f"--themes {exc}") from None


def check_dask_installed() -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise UsageError("--executor dask needs dask: pip install 'dhr-extract[dask]'") from None


def run(args: argparse.Namespace, request: Request) -> BatchResult:
    """The batch run the options ask for, its progress on stderr."""
    try:
        return run_batch(request.documents, args.out, args.format, workers=args.workers, force=args.force,
                         executor=args.executor, scheduler=args.scheduler, codebook=request.codebook,
                         on_event=ProgressDisplay(sys.stderr, quiet=args.quiet),
                         theme_codebook=request.theme_codebook, timeout=args.timeout or None,
                         worker_wait=args.wait_for_workers)
    except BatchError as exc:
        raise UsageError(str(exc)) from None


def finish(args: argparse.Namespace, result: BatchResult) -> int:
    """The review report when asked for, the summary unless quiet; the exit code."""
    report = args.out / "report"
    if args.report:
        try:
            write_report(result.dataset, report)
        except OSError as exc:  # the tables are written already; say why the report is not
            print(f"dhr-extract: error: the review report could not be written: {exc}", file=sys.stderr)
            return EXIT_FAILED
    if not args.quiet:
        print(summary(result, args.out), file=sys.stderr)
        if args.report:
            print(f"dhr-extract: review report: {report / 'index.html'}", file=sys.stderr)
    return result.exit_code


if __name__ == "__main__":
    sys.exit(main())
