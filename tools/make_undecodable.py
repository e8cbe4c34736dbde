"""A text PDF whose fonts map no characters: the PDF printed to PostScript and distilled again.

    python tools/make_undecodable.py SOURCE.pdf [--out FOLDER] [--name STEM]

poppler's ``pdftops`` re-encodes the embedded subset fonts and Ghostscript's ``ps2pdf`` writes
them back without a map from glyphs to characters: the pages look as before, but their text
extracts as glyph numbers (pdfminer's ``(cid:N)``, pdfium's control characters), as some printer
drivers leave it.  Needs Debian's poppler-utils and ghostscript.  The source's annotation
(``<stem>.truth.json``) is copied beside the result.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def undecodable_pdf(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        postscript = Path(tmp) / "printed.ps"
        subprocess.run(["pdftops", str(source), str(postscript)], check=True)
        subprocess.run(["ps2pdf", str(postscript), str(target)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--out", type=Path, default=None, help="folder (default: beside the PDF)")
    parser.add_argument("--name", default="", help="output file stem (default: <stem>_undecodable)")
    args = parser.parse_args(argv)
    folder = args.out or args.pdf.parent
    stem = args.name or args.pdf.stem + "_undecodable"
    undecodable_pdf(args.pdf, folder / f"{stem}.pdf")
    truth = args.pdf.with_name(args.pdf.stem + ".truth.json")
    if truth.exists():
        shutil.copyfile(truth, folder / f"{stem}.truth.json")
    print(f"{folder / stem}.pdf", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
