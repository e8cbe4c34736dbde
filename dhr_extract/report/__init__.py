"""The review report: a static HTML page per document that puts each page beside the rows read from it.

    from dhr_extract.report import write_report
    write_report(dataset, Path("out/report"))

``index.html`` lists every document (status, counts, warnings, ``needs_review`` and why); each
document's page shows its PDF pages with the rows drawn over them, or its DOCX / HTML tables
re-drawn, beside the recommendations → actions → progress read from them.  Everything is in the
folder (no network); every text from a document is escaped by the template engine.
"""
from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Dataset
from .images import page_images, prune_images
from .views import DocumentView, document_view, split_by_document

if TYPE_CHECKING:
    import jinja2

TEMPLATES = Path(__file__).parent / "templates"


def write_report(dataset: Dataset, report_dir: Path) -> list[Path]:
    """Write ``index.html`` and one page per document to ``report_dir``; returns the pages written.
    Page images already made by an earlier run for the same content are reused."""
    report_dir.mkdir(parents=True, exist_ok=True)
    env = template_environment()
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    common = {"script": script, "script_hash": script_hash(script)}
    views, used_images = [], set()
    written = []
    for parts in split_by_document(dataset):
        images, note = {}, ""
        pages = sorted({row.page for row in parts.rows if row.page is not None})
        if parts.review.source_format == "pdf" and pages:
            images, note = page_images(Path(parts.review.source_file), parts.review.source_sha256, pages, report_dir)
            used_images.update(name for name, _ in images.values())
        view = document_view(parts, images)
        views.append(view)
        if parts.review.status != "failed":
            written.append(write_page(report_dir / view.page_name,
                                      env.get_template("document.html").render(doc=view, note=note, **common)))
    index = env.get_template("index.html").render(documents=views, totals=totals(views), **common)
    written.insert(0, write_page(report_dir / "index.html", index))
    prune_images(report_dir, used_images)
    return written


def template_environment() -> "jinja2.Environment":
    import jinja2  # imported only when a report is asked for

    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                              undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def script_hash(script: str) -> str:
    """The Content-Security-Policy source that lets exactly this inline script run (and nothing injected)."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def totals(views: list[DocumentView]) -> dict[str, int]:
    out = {"documents": len(views), "needs_review": sum(v.review.needs_review for v in views),
           "failed": sum(v.review.status == "failed" for v in views)}
    for name in ("recommendations", "actions", "progress", "warnings", "residue"):
        out[name] = sum(v.counts[name] for v in views)
    return out


def write_page(path: Path, html: str) -> Path:
    """Write under a temporary name and rename into place, as the tables are."""
    partial = path.with_name(f".{path.name}.tmp")
    partial.write_text(html, encoding="utf-8")
    partial.replace(path)
    return path
