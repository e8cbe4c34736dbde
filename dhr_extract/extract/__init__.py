"""One parser per input format, all returning the same ``RawDocument``.

``PARSERS`` is the registry from format to parser; ``read_document`` picks the
parser from the file's content.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..ids import content_sha256
from ..model import Format, RawDocument
from .detect import sniff_format

Parser = Callable[[Path, bytes, str], RawDocument]


def _pdf(path: Path, data: bytes, sha256: str) -> RawDocument:
    from .pdf import read_pdf  # imported on use: each parser pulls in its own library

    return read_pdf(path, data, sha256)


def _docx(path: Path, data: bytes, sha256: str) -> RawDocument:
    from .docx import read_docx

    return read_docx(path, data, sha256)


def _html(path: Path, data: bytes, sha256: str) -> RawDocument:
    from .html import read_html

    return read_html(path, data, sha256)


PARSERS: dict[Format, Parser] = {"pdf": _pdf, "docx": _docx, "html": _html}
SUFFIXES = {".pdf", ".docx", ".html", ".htm"}


def read_document(path: Path, data: bytes | None = None, sha256: str | None = None) -> RawDocument:
    """Read one document with the parser its content calls for; raises ``ExtractError``.
    ``sha256``: the content hash when the caller has it already (a document is hashed once)."""
    if data is None:
        data = path.read_bytes()
    return PARSERS[sniff_format(data, path)](path, data, sha256 or content_sha256(data))
