"""Make a "scanned" copy of a PDF plan: every page an image, as a flatbed scan leaves it.

Each page is rasterised at 200 dpi in greyscale, turned by a small angle (a page laid a
little askew), given light noise and saved as a JPEG (its block artefacts), then placed
alone on a page of the original size: a PDF with no text layer.  The truth annotation is
copied beside it, so the scanned plan is scored like the original.

    python tools/make_scanned.py samples/home_office_7col.pdf [--angle 0.5] [--out samples/]
    python tools/make_scanned.py tests/fixtures/page_split_then_agency_rows.pdf --pages 4 \
        --name page_split_then_agency_rows_page4_image

Writes ``<stem>_scanned.pdf`` and, when the PDF has one, ``<stem>_scanned.truth.json`` (``--name``
sets the stem).  The noise is seeded, so the pages are the same on every run (only the PDF's
creation date differs).  ``--pages`` scans only those pages and keeps the others with their
text: a text PDF with a page pasted in as an image.
"""
from __future__ import annotations

import argparse
import io
import shutil
import sys
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

DPI = 200
NOISE_SIGMA = 6.0  # grey levels: the speckle of a scanner's sensor
JPEG_QUALITY = 60  # low enough to leave visible block artefacts round the text
SEED = 20140331


def render_grey(page: pdfium.PdfPage, dpi: int = DPI) -> Image.Image:
    """The page as a greyscale image at ``dpi``."""
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def scan_like(image: Image.Image, angle: float, rng: np.random.Generator) -> Image.Image:
    """The image turned by ``angle`` degrees (anticlockwise) on a white ground, with light noise."""
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    pixels = np.asarray(turned, dtype=np.float32) + rng.normal(0.0, NOISE_SIGMA, (turned.height, turned.width))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def jpeg_bytes(image: Image.Image, quality: int = JPEG_QUALITY) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality, dpi=(DPI, DPI))
    return buffer.getvalue()


def image_page(out: pdfium.PdfDocument, jpeg: bytes, width: float, height: float) -> None:
    """A new last page of ``width`` x ``height`` points holding only the JPEG, stretched to fill it."""
    page = out.new_page(width, height)
    image = pdfium.PdfImage.new(out)
    image.load_jpeg(io.BytesIO(jpeg), inline=True)
    image.set_matrix(pdfium.PdfMatrix().scale(width, height))
    page.insert_obj(image)
    page.gen_content()
    page.close()


def scan_pdf(source: Path, target: Path, angle: float = 0.5, seed: int = SEED, pages: set[int] | None = None) -> int:
    """Write the scanned copy of ``source`` to ``target``; ``pages`` (1-based) limits the scan to those
    pages, the others kept as they are (a page pasted in as an image).  Returns the number of pages."""
    rng = np.random.default_rng(seed)
    original = pdfium.PdfDocument(str(source))
    out = pdfium.PdfDocument.new()
    try:
        for index in range(len(original)):
            if pages is not None and index + 1 not in pages:
                out.import_pages(original, [index])
                continue
            page = original[index]
            width, height = page.get_size()
            jpeg = jpeg_bytes(scan_like(render_grey(page), angle, rng))
            page.close()
            image_page(out, jpeg, width, height)
        out.save(str(target))
        return len(original)
    finally:
        out.close()
        original.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("--angle", type=float, default=0.5, help="degrees, anticlockwise (default 0.5)")
    parser.add_argument("--out", type=Path, default=None, help="folder (default: beside the PDF)")
    parser.add_argument("--pages", default="", help="only these pages (1-based, comma-separated), "
                                                    "the others kept with their text")
    parser.add_argument("--name", default="", help="output file stem (default: <stem>_scanned)")
    args = parser.parse_args(argv)
    folder = args.out or args.pdf.parent
    stem = args.name or args.pdf.stem + "_scanned"
    only = {int(p) for p in args.pages.split(",") if p.strip()} or None
    pages = scan_pdf(args.pdf, folder / f"{stem}.pdf", args.angle, pages=only)
    truth = args.pdf.with_name(args.pdf.stem + ".truth.json")
    if truth.exists():
        shutil.copyfile(truth, folder / f"{stem}.truth.json")
    print(f"{folder / stem}.pdf: {pages} pages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
