"""The one way documents become records: find, survey, extract each content once, assemble.

    sources = survey(find_documents(paths))               # every file hashed once, copies marked
    dataset = assemble(sources, lambda s: extract_source(s))

``api.extract_paths`` runs these stages in this process; ``batch.run_batch`` runs the same
``extract_source`` in worker processes (or takes its rows from the cache) and then the same
``assemble``, so both give the same rows for the same inputs.  Ids come from the content
(``ids.py``): copies of one file share a ``review_id``, so their rows are given once, under
the first path in sorted order, and every other copy adds a ``duplicate_document`` warning.

A document's failure never escapes as an exception: it becomes a ``reviews`` row with
status ``failed`` and an ``errors`` row saying why.
"""
from __future__ import annotations

import logging
import os
import stat
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from .extract import SUFFIXES, read_document
from .ids import content_sha256, file_sha256, review_id_for, unread_review_id
from .model import Dataset, ErrorRecord, ErrorType, ExtractError, Review, ReviewStatus, WarningCode, WarningRecord
from .normalise.records import document_to_dataset
from .normalise.status import Codebook
from .normalise.theme_codebook import ThemeCodebook

# Files worth a clear "save it as .docx" answer rather than silence.
CANDIDATE_SUFFIXES = SUFFIXES | {".doc", ".rtf"}
MAX_MESSAGE_CHARS = 500
# pdfminer logs every oddity of a damaged PDF; with no logging configured Python would print each
# to stderr.  A NullHandler keeps them off the terminal (an application that configures logging
# still receives them); what matters reaches the user as an ``errors`` row.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
# Failures with a fixed error type and message, whatever the stage (checked in this order).
_KNOWN_FAILURES: tuple[tuple[type[BaseException], str, str], ...] = (
    (FileNotFoundError, ErrorType.NOT_FOUND, "no such file"),
    (PermissionError, ErrorType.UNREADABLE, "permission denied: the file cannot be read"),
    (IsADirectoryError, ErrorType.UNREADABLE, "a folder, not a file"),
    (MemoryError, ErrorType.TOO_LARGE, "the document is too large to process in memory"),
    (RecursionError, ErrorType.TOO_COMPLEX, "the document is nested too deeply to process"),
)
# path -> (size, mtime_ns, sha256) of files hashed before (a batch's manifest)
KnownHashes = Mapping[str, Sequence[object]]


@dataclass(frozen=True)
class Source:
    """One document found under the inputs, as surveyed before it is read."""

    path: Path
    sha256: str = ""  # '' when not hashed (not a regular file, or it could not be read)
    size: int = 0
    mtime_ns: int | None = None  # when it was hashed: a file changed since is hashed again when read
    first: Path | None = None  # set for a copy: the first path (in sorted order) with the same content


RowsOf = Callable[[Source], Dataset]


# ------------------------------------------------------------------ find and survey

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


def survey(paths: Iterable[Path], known: KnownHashes | None = None) -> list[Source]:
    """Size and SHA-256 of every document (taken from ``known`` when size and mtime are
    unchanged), each later copy of a content marked with the first path that has it."""
    sources: list[Source] = []
    first_by_sha: dict[str, Path] = {}
    for path in paths:
        source = survey_file(path, known or {})
        if source.sha256:
            first = first_by_sha.setdefault(source.sha256, path)
            source = source if first == path else replace(source, first=first)
        sources.append(source)
    return sources


def survey_file(path: Path, known: KnownHashes) -> Source:
    """One file's size, mtime and content hash; unhashed when it cannot be read now, or is not a
    regular file (a pipe or device could block for ever): reading it will say why."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Source(path)
        entry = known.get(str(path))
        unchanged = entry is not None and tuple(entry[:2]) == (info.st_size, info.st_mtime_ns)
        sha256 = str(entry[2]) if entry is not None and unchanged else file_sha256(path)
        return Source(path, sha256, info.st_size, info.st_mtime_ns)
    except OSError:
        return Source(path)


# ------------------------------------------------------------------ one document

def extract_source(source: Source, codebook: Codebook | None = None, theme_codebook: ThemeCodebook | None = None,
                   location: str | None = None) -> Dataset:
    """The dataset rows of one document; errors travel as data.  ``codebook``: the status rules
    (default: the built-in codebook); ``theme_codebook``: the themes (default: the shipped one).

    ``location`` is the path the rows give (default: ``source.path``): a batch on a Dask
    cluster reads an absolute path but reports the path as the user gave it.
    """
    name = Path(location) if location is not None else source.path
    stage, sha256 = "read", ""
    try:
        data, sha256 = read_content(source)
        stage = "extract"
        raw = read_document(source.path, data, sha256)
        raw.source_file = str(name)
        stage = "normalise"
        dataset = document_to_dataset(raw, codebook, theme_codebook)
        label_document_rows(dataset, str(name))
        return count_review_rows(dataset)
    except Exception as exc:  # a bad input, or a bug: recorded as this document's error, the batch goes on
        error_type, message = describe_failure(exc, stage)
        return failed(name, sha256, stage, error_type, message)


def read_content(source: Source) -> tuple[bytes, str]:
    """The file's bytes and their SHA-256: the surveyed hash while the file is as it was
    surveyed (same size and mtime), so a document is hashed once; otherwise hashed now."""
    data, info = read_file(source.path)
    as_surveyed = (info.st_size, info.st_mtime_ns) == (source.size, source.mtime_ns) and len(data) == info.st_size
    return data, (source.sha256 if source.sha256 and as_surveyed else content_sha256(data))


def read_file(path: Path) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its ``stat`` before reading; anything but a regular file (a FIFO,
    a device, a socket) is refused before it is opened, as reading one could block for ever."""
    info = path.stat()
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(path)
    if not stat.S_ISREG(info.st_mode):
        raise ExtractError(ErrorType.UNREADABLE, "not a regular file (a pipe, socket or device)")
    return path.read_bytes(), info


def describe_failure(exc: Exception, stage: str) -> tuple[str, str]:
    """The error type and message of an exception raised at ``stage`` (read, extract, normalise)."""
    if isinstance(exc, ExtractError):
        return exc.error_type, exc.message
    for kind, error_type, message in _KNOWN_FAILURES:
        if isinstance(exc, kind):
            return error_type, message
    if isinstance(exc, OSError) and stage == "read":
        return ErrorType.UNREADABLE, f"the file cannot be read ({exc.strerror or exc})"
    return ErrorType(f"{stage}_failed"), f"{type(exc).__name__}: {exc}"


def failed(path: Path, sha256: str, stage: str, error_type: str, message: str) -> Dataset:
    """The rows of a document that could not be read: a ``failed`` review and its ``errors`` row."""
    review_id = review_id_for(sha256) if sha256 else unread_review_id(path)
    review = Review(review_id, str(path), sha256, path.suffix.lower().lstrip("."), "", None, "", ReviewStatus.FAILED,
                    needs_review=True, review_reasons="failed")
    return Dataset(reviews=[review], errors=[ErrorRecord(str(path), stage, error_type, one_line(message))])


def one_line(message: str) -> str:
    """An error message as one line of bounded length (exception texts can hold newlines)."""
    text = " ".join(str(message).split())
    return text if len(text) <= MAX_MESSAGE_CHARS else text[: MAX_MESSAGE_CHARS - 1] + "…"


def label_document_rows(dataset: Dataset, source_file: str) -> None:
    """Give the document's warnings and residue its path, so that neither needs a join to be read."""
    for record in (*dataset.warnings, *dataset.residue):
        record.source_file = record.source_file or source_file


# ------------------------------------------------------------------ the dataset

def assemble(sources: Sequence[Source], rows_of: RowsOf) -> Dataset:
    """The dataset of ``sources``, in their order: the rows of each content once, under its first
    path (``rows_of`` is asked for those only), a ``duplicate_document`` warning for every other
    copy, and each review's counts of warnings and residue rows."""
    dataset = Dataset()
    for source in sources:
        dataset.extend(rows_of(source) if source.first is None else duplicate_rows(source))
    return count_review_rows(dataset)


def duplicate_rows(copy: Source) -> Dataset:
    """What a copy adds: a warning on the first copy's review, located at the copy's path."""
    message = f"same content as {copy.first}: its rows are given once, under that path"
    return Dataset(warnings=[WarningRecord(review_id_for(copy.sha256), WarningCode.DUPLICATE_DOCUMENT, message, str(copy.path),
                                     str(copy.path))])


def count_review_rows(dataset: Dataset) -> Dataset:
    """Set each review's ``n_warnings`` and ``n_residue`` from the rows of ``dataset``."""
    warnings = Counter(w.review_id for w in dataset.warnings)
    residue = Counter(r.review_id for r in dataset.residue)
    for review in dataset.reviews:
        review.n_warnings, review.n_residue = warnings[review.review_id], residue[review.review_id]
    return dataset
