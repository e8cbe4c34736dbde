"""Page images for the review report: the PDF pages that hold plan rows, as JPEG at about 100 dpi.

An image is named by the document's content and the page, so a re-run finds it already made and
renders only pages it has not seen.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdfium2

DPI = 100
QUALITY = 70  # JPEG quality: text stays legible, a landscape page is about 100-200 kB
IMAGE_DIR = "img"

PageImages = dict[int, tuple[str, tuple[float, float]]]  # page -> (path relative to the report, size in points)


def image_name(sha256: str, page: int) -> str:
    return f"{IMAGE_DIR}/{sha256[:16]}-p{page}-{DPI}.jpg"


def page_images(source: Path, sha256: str, pages: list[int], report_dir: Path) -> tuple[PageImages, str]:
    """The images of ``pages`` (1-based) of the PDF at ``source``, rendering those not made before.

    Returns the images and a note ('' when all is well): a document that moved or changed since it
    was read gets no images rather than the wrong ones.
    """
    import pypdfium2 as pdfium  # installed with pdfplumber; imported only when a report is asked for

    try:
        data = source.read_bytes()
    except OSError as exc:
        return {}, f"the document cannot be opened to draw its pages ({exc.strerror or exc})"
    if hashlib.sha256(data).hexdigest() != sha256:
        return {}, "the document changed since it was read: its pages are not drawn"
    images: PageImages = {}
    pdf = pdfium.PdfDocument(data)
    try:
        for number in pages:
            if not 1 <= number <= len(pdf):
                continue
            page = pdf[number - 1]
            size = page.get_size()  # as displayed: a /Rotate of 90 or 270 swaps width and height
            name = image_name(sha256, number)
            target = report_dir / name
            if not target.exists():
                render_page(page, target)
            images[number] = (name, (float(size[0]), float(size[1])))
            page.close()
    except pdfium.PdfiumError as exc:
        return images, f"a page could not be drawn ({exc})"
    finally:
        pdf.close()
    return images, ""


def render_page(page: "pypdfium2.PdfPage", target: Path) -> None:
    """Render one page to ``target`` (written under a temporary name, then renamed into place)."""
    bitmap = page.render(scale=DPI / 72)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp")
    bitmap.to_pil().convert("RGB").save(partial, "JPEG", quality=QUALITY, optimize=True)
    partial.replace(target)


def prune_images(report_dir: Path, keep: set[str]) -> None:
    """Remove images no document of this run uses (documents removed or changed)."""
    folder = report_dir / IMAGE_DIR
    if folder.is_dir():
        for path in folder.glob("*.jpg"):
            if f"{IMAGE_DIR}/{path.name}" not in keep:
                path.unlink(missing_ok=True)
