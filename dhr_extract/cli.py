"""Command line: ``dhr-extract INPUT... --out DIR`` (a thin layer over ``dhr_extract.api``)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .api import extract_paths, find_documents
from .model import Dataset
from .outputs.writers import write_dataset

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
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    missing = [p for p in args.inputs if not p.exists()]
    if missing:
        print(f"dhr-extract: error: no such file or folder: {missing[0]}", file=sys.stderr)
        return 2
    documents = find_documents(args.inputs)
    if not documents:
        print("dhr-extract: error: no PDF, DOCX or HTML documents found in the inputs", file=sys.stderr)
        return 2
    total = len(documents)
    seen = 0

    def report(path: Path, part: Dataset) -> None:
        nonlocal seen
        seen += 1
        for error in part.errors:
            print(f"dhr-extract: {path}: {error.error_type}: {error.message}", file=sys.stderr)
        if not args.quiet:
            review = part.reviews[0]
            print(f"[{seen}/{total}] {path}: {review.status}, {review.n_recommendations} recommendations, "
                  f"{review.n_actions} actions", file=sys.stderr)

    dataset = extract_paths(documents, on_document=report)
    write_dataset(dataset, args.out, FORMATS[args.format])
    if not args.quiet:
        print(summary(dataset, args.out), file=sys.stderr)
    return 1 if dataset.errors else 0


def summary(dataset: Dataset, out: Path) -> str:
    failed = sum(1 for r in dataset.reviews if r.status == "failed")
    return (f"{len(dataset.reviews)} documents read ({failed} failed): {len(dataset.recommendations)} recommendations, "
            f"{len(dataset.actions)} actions, {len(dataset.progress)} progress records, "
            f"{len(dataset.warnings)} warnings -> {out}")


if __name__ == "__main__":
    sys.exit(main())
