"""Content hashes and the review ids made from them: the one home of the id rule.

A review's id is the start of its document's SHA-256, so the same document gives the same
ids on any machine, at any path, in any run; copies of one file share it.  A document that
could not be read has no content hash: its id comes from its path instead.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

ID_CHARS = 16
_BLOCK = 1 << 20  # bytes hashed at a time from a file


def content_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks (a large PDF is never held whole); raises ``OSError``."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(_BLOCK), b""):
            digest.update(block)
    return digest.hexdigest()


def review_id_for(sha256: str) -> str:
    """The review id of a document whose content hash is ``sha256``."""
    return sha256[:ID_CHARS]


def unread_review_id(path: Path | str) -> str:
    """The review id of a document that could not be read (no content to hash): from its path."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:ID_CHARS]
