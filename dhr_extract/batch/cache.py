"""The output folder's cache: one file of rows per document, the manifest of hashes, the lock.

``OUT/.cache/parts/`` keeps one pickle per document, named by its content (SHA-256), its
extension, the tool version and the status codebook, so a re-run reads only new or changed
files.  ``manifest.json`` keeps each path's size, mtime and SHA-256, so unchanged files are
not hashed again.  Every file is written to a temporary name and renamed into place.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

from .. import __version__
from ..model import Dataset, ErrorType
from ..normalise.status import Codebook, default_codebook
from ..outputs.writers import atomic_path
from ..pipeline import KnownHashes, Source
from .errors import BatchLocked, OutputFolderError

CACHE_DIR = ".cache"
MANIFEST = "manifest.json"
# Failures that say something about this machine, this moment or this run's limits, not about the
# file: never cached.
TRANSIENT_ERRORS = frozenset({ErrorType.NOT_FOUND, ErrorType.UNREADABLE, ErrorType.TOO_LARGE, ErrorType.WORKER_CRASHED,
                              ErrorType.TIMEOUT})
_DATASET_TABLES = tuple(f.name for f in dataclasses.fields(Dataset))
_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def tool_version() -> str:
    """``__version__`` plus a fingerprint of the package's code.

    The cache key must change whenever the output could: a release bumps
    ``__version__``, but between releases the code changes too (and with it the
    record types a cached part was pickled with).
    """
    digest = hashlib.sha256()
    try:
        for source in sorted([*_PACKAGE.rglob("*.py"), *_PACKAGE.rglob("*.csv")]):  # code and its data tables
            digest.update(source.relative_to(_PACKAGE).as_posix().encode() + b"\0" + source.read_bytes() + b"\0")
    except OSError:
        return __version__
    return f"{__version__}+{digest.hexdigest()[:12]}"


def part_name(sha256: str, suffix: str, codebook: Codebook | None = None) -> str:
    """The cache file of a document: its content, its extension (the format sniffer's tie-breaker), the tool
    and the status codebook (a user's rules change the output, so the cached rows too)."""
    rules = (codebook or default_codebook()).sha256[:12]
    return f"{sha256}.{suffix.lower().lstrip('.') or 'none'}.{tool_version()}.{rules}.pickle"


def sha_of(dataset: Dataset) -> str:
    """The content hash the document's rows were read from ('' when it could not be read)."""
    return dataset.reviews[0].source_sha256 if dataset.reviews else ""


def cacheable(dataset: Dataset) -> bool:
    return bool(sha_of(dataset)) and not any(e.error_type in TRANSIENT_ERRORS for e in dataset.errors)


def prepare_output_folder(out_dir: Path) -> Path:
    """Create ``out_dir`` and its cache folder and check both can be written; returns the
    cache's ``parts`` folder.  :class:`OutputFolderError` when that cannot be done."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputFolderError(f"the output folder {out_dir} is a file, not a folder")
    parts_dir = out_dir / CACHE_DIR / "parts"
    try:
        parts_dir.mkdir(parents=True, exist_ok=True)
        for folder in (out_dir, parts_dir):
            tempfile.TemporaryFile(dir=folder).close()  # a real write: permissions alone do not tell (root, ACLs)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise OutputFolderError(f"cannot write to the output folder {out_dir}: {reason}") from None
    return parts_dir


# ------------------------------------------------------------------ cache files

def save_part(path: Path, source_file: str, dataset: Dataset) -> None:
    with atomic_path(path) as tmp:
        with tmp.open("wb") as f:
            pickle.dump({"source_file": source_file, "dataset": dataset}, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())


def load_part(path: Path, source_file: str, note: Callable[[str], None]) -> Dataset | None:
    """A cached document's rows, with ``source_file`` set to where the document is now; None
    (and a ``note`` saying why) when the file cannot be read: the document is read again."""
    try:
        with path.open("rb") as f:
            stored = pickle.load(f)
        dataset, cached_source = stored["dataset"], stored["source_file"]
    except Exception as exc:  # missing, truncated by a disk error, or from other code
        note(f"the cached rows of {source_file} cannot be used ({type(exc).__name__}: {exc}): reading it again")
        return None
    if not isinstance(dataset, Dataset):
        note(f"the cached rows of {source_file} are not a dataset: reading it again")
        return None
    if cached_source != source_file:
        relocate(dataset, cached_source, source_file)
    return dataset


def relocate(dataset: Dataset, old: str, new: str) -> None:
    """Rows cached under one path, given under the path the document has now."""
    for name in _DATASET_TABLES:
        for record in getattr(dataset, name):
            if getattr(record, "source_file", None) == old:
                record.source_file = new


def prune(parts_dir: Path, keep: set[str]) -> None:
    """Remove cache files of documents no longer in the archive (or of another tool version)."""
    for path in parts_dir.iterdir():
        if path.name not in keep:
            path.unlink(missing_ok=True)


def remove_temporaries(*folders: Path) -> None:
    """Temporary files a killed run left behind (``atomic_path`` names them ``.NAME.XXXX.tmp``)."""
    for folder in folders:
        for path in folder.glob(".*.tmp"):
            if path.is_file():
                path.unlink(missing_ok=True)


# ------------------------------------------------------------------ manifest

def read_manifest(path: Path) -> KnownHashes:
    """path -> [size, mtime_ns, sha256] from the last run; empty when there is none or it is damaged."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return {k: v for k, v in data["files"].items() if isinstance(v, list) and len(v) == 3}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # no manifest is a valid state: every file is hashed again


def write_manifest(path: Path, sources: Sequence[Source]) -> None:
    files = {str(s.path): [s.size, s.mtime_ns, s.sha256] for s in sources if s.sha256 and s.mtime_ns is not None}
    with atomic_path(path) as tmp:
        tmp.write_text(json.dumps({"format": 1, "files": files}, indent=0, sort_keys=True) + "\n", encoding="utf-8")


@contextlib.contextmanager
def lock(cache: Path) -> Iterator[None]:
    """One run at a time per output folder."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    try:
        handle = (cache / "lock").open("a")
    except OSError as exc:
        raise OutputFolderError(f"cannot write to the output folder {cache.parent}: {exc.strerror or exc}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BatchLocked(f"another dhr-extract run is writing to {cache.parent}") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
