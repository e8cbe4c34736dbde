"""The typed Python API that the CLI wraps.

    from dhr_extract.api import extract_paths
    dataset = extract_paths([Path("plans/")])

A document's failure never escapes as an exception: it becomes a ``reviews`` row
with status ``failed`` and an ``errors`` row saying why.
"""
from __future__ import annotations

import hashlib
import logging
import stat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .extract import SUFFIXES, read_document
from .model import Dataset, ErrorRecord, ExtractError, Review
from .normalise.theme_codebook import ThemeCodebook, load_theme_codebook  # noqa: F401  (load_theme_codebook: part of the API)
from .normalise.records import document_to_dataset, review_id_for
from .normalise.status import Codebook, load_codebook  # noqa: F401 - load_codebook is part of the API

# Files worth a clear "save it as .docx" answer rather than silence.
CANDIDATE_SUFFIXES = SUFFIXES | {".doc", ".rtf"}
MAX_MESSAGE_CHARS = 500
# pdfminer logs every oddity of a damaged PDF; with no logging configured Python would print each
# to stderr.  A NullHandler keeps them off the terminal (an application that configures logging
# still receives them); what matters reaches the user as an ``errors`` row.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
ProgressCallback = Callable[[Path, Dataset], None]


def find_documents(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, plus plan documents found recursively in folders; sorted, no duplicates."""
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in CANDIDATE_SUFFIXES and not child.name.startswith((".", "~$")):
                    found[child] = None
        else:
            found[path] = None
    return list(found)


def extract_document(path: Path, codebook: Codebook | None = None,
                     theme_codebook: ThemeCodebook | None = None) -> Dataset:
    """The dataset rows of one document; errors travel as data.  ``codebook``: the status rules
    (``load_codebook(FILE)`` adds a researcher's own; default: the built-in codebook);
    ``theme_codebook``: the themes (``load_theme_codebook(FILE)`` extends or replaces the shipped one)."""
    stage = "read"
    sha256 = ""
    try:
        data = read_file(path)
        sha256 = hashlib.sha256(data).hexdigest()
        stage = "extract"
        raw = read_document(path, data)
        stage = "normalise"
        return document_to_dataset(raw, codebook, theme_codebook)
    except ExtractError as exc:
        return failed(path, sha256, stage, exc.error_type, exc.message)
    except FileNotFoundError:
        return failed(path, sha256, stage, "not_found", "no such file")
    except PermissionError:
        return failed(path, sha256, stage, "unreadable", "permission denied: the file cannot be read")
    except IsADirectoryError:
        return failed(path, sha256, stage, "unreadable", "a folder, not a file")
    except MemoryError:
        return failed(path, sha256, stage, "too_large", "the document is too large to process in memory")
    except RecursionError:
        return failed(path, sha256, stage, "too_complex", "the document is nested too deeply to process")
    except OSError as exc:
        if stage == "read":
            return failed(path, sha256, stage, "unreadable", f"the file cannot be read ({exc.strerror or exc})")
        return failed(path, sha256, stage, f"{stage}_failed", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # a bug or an input we do not know: keep the batch going, report it
        return failed(path, sha256, stage, f"{stage}_failed", f"{type(exc).__name__}: {exc}")


def read_file(path: Path) -> bytes:
    """The file's bytes; anything but a regular file (a FIFO, a device, a socket) is refused
    before it is opened, as reading one could block for ever."""
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(mode):
        raise ExtractError("unreadable", "not a regular file (a pipe, socket or device)")
    return path.read_bytes()


def one_line(message: str) -> str:
    """An error message as one line of bounded length (exception texts can hold newlines)."""
    text = " ".join(str(message).split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def failed(path: Path, sha256: str, stage: str, error_type: str, message: str) -> Dataset:
    review_id = review_id_for(sha256) if sha256 else hashlib.sha256(str(path).encode()).hexdigest()[:16]
    review = Review(review_id, str(path), sha256, path.suffix.lower().lstrip("."), "", None, "", "failed",
                    needs_review=True, review_reasons="failed")
    return Dataset(reviews=[review], errors=[ErrorRecord(str(path), stage, error_type, one_line(message))])


def iter_extract(paths: Iterable[Path], codebook: Codebook | None = None,
                 theme_codebook: ThemeCodebook | None = None) -> Iterator[tuple[Path, Dataset]]:
    for path in find_documents(paths):
        yield path, extract_document(path, codebook, theme_codebook)


def extract_paths(paths: Iterable[Path], on_document: ProgressCallback | None = None,
                  codebook: Codebook | None = None, theme_codebook: ThemeCodebook | None = None) -> Dataset:
    """One dataset from every document under ``paths``, in sorted path order."""
    dataset = Dataset()
    for path, part in iter_extract(paths, codebook, theme_codebook):
        dataset.extend(part)
        if on_document:
            on_document(path, part)
    return dataset


def write_report(dataset: Dataset, report_dir: Path) -> list[Path]:
    """The review report of ``dataset`` (``index.html`` and a page per document) in ``report_dir``."""
    from .report import write_report as write  # Jinja2 and the page renderer load only when asked for

    return write(dataset, report_dir)
