"""Command line: ``dhr-extract INPUT... --out DIR`` (a thin layer over ``dhr_extract.api``)."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .api import find_documents
from .batch import BatchLocked, ProgressDisplay, run_batch
from .batch import summary as batch_summary
from .normalise.status import CodebookError, load_codebook
from .normalise.theme_codebook import ThemeCodebookError, load_theme_codebook

FORMATS = {"csv": ("csv",), "parquet": ("parquet",), "both": ("csv", "parquet")}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dhr-extract",
        description="Turn Domestic Homicide Review action plans (PDF, DOCX, HTML) into a "
        "reviews / recommendations / actions / progress dataset.",
    )
    parser.add_argument("inputs", nargs="+", type=Path, help="plan documents and/or folders (searched recursively)")
    parser.add_argument("--out", "-o", type=Path, required=True, help="folder for the output tables")
    parser.add_argument("--format", "-f", choices=sorted(FORMATS), default="both", help="output format (default: both)")
    parser.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    parser.add_argument("--workers", "-j", type=_positive_int, default=os.cpu_count() or 1, metavar="N",
                        help="documents read in parallel, one per worker process (default: the number of CPUs)")
    parser.add_argument("--force", action="store_true",
                        help="read every document again instead of reusing the results cached in OUT/.cache")
    parser.add_argument("--executor", choices=("local", "dask"), default="local",
                        help="local worker processes (default) or a Dask cluster (needs --scheduler)")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
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


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.executor == "dask" and not args.scheduler:
        parser.error("--executor dask needs --scheduler ADDRESS")
    if args.scheduler and args.executor != "dask":
        parser.error("--scheduler is for --executor dask")
    missing = [p for p in args.inputs if not p.exists()]
    if missing:
        print(f"dhr-extract: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    try:
        codebook = load_codebook(args.status_rules)
    except CodebookError as exc:
        print(f"dhr-extract: error: {exc}", file=sys.stderr)
        return 2
    documents = find_documents(args.inputs)
    if not documents:
        print("dhr-extract: error: no PDF, DOCX or HTML documents found in the inputs", file=sys.stderr)
        return 2
    try:
        theme_codebook = load_theme_codebook(args.themes, args.themes_mode) if args.themes else None
    except ThemeCodebookError as exc:
        print(f"dhr-extract: error: --themes {exc}", file=sys.stderr)
        return 2
    if args.executor == "dask":
        try:
            import dask.distributed  # noqa: F401
        except ImportError:
            print("dhr-extract: error: --executor dask needs dask: pip install 'dhr-extract[dask]'", file=sys.stderr)
            return 2
    try:
        result = run_batch(documents, args.out, FORMATS[args.format], workers=args.workers, force=args.force,
                           executor=args.executor, scheduler=args.scheduler, codebook=codebook,
                           on_event=ProgressDisplay(sys.stderr, quiet=args.quiet), theme_codebook=theme_codebook)
    except BatchLocked as exc:
        print(f"dhr-extract: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dhr-extract: interrupted; documents read so far are cached, run again to finish", file=sys.stderr)
        return 130
    if args.report:
        from .report import write_report  # Jinja2 and the page renderer are loaded only when asked for

        try:
            write_report(result.dataset, args.out / "report")
        except OSError as exc:  # the tables are written already; say why the report is not
            print(f"dhr-extract: error: the review report could not be written: {exc}", file=sys.stderr)
            return 1
    if not args.quiet:
        print(batch_summary(result, args.out), file=sys.stderr)
        if args.report:
            print(f"dhr-extract: review report: {args.out / 'report' / 'index.html'}", file=sys.stderr)
    return result.exit_code



if __name__ == "__main__":
    sys.exit(main())
