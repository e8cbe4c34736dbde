"""Decide a document's format from its bytes (the extension is only a tie-breaker).

This module alone knows the magic numbers: ``sniff_format`` picks the parser, and a parser
handed bytes of another kind asks ``sniff_kind`` what they are to say so in its error.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Literal

from ..model import ErrorType, ExtractError, Format

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the end record of an empty zip
HTML_MARKERS = (b"<!doctype html", b"<html", b"<table", b"<body", b"<head", b"<meta", b"<?xml")
ENCRYPTED_OLE_MARK = "EncryptedPackage".encode("utf-16-le")  # stream name of an encrypted OOXML package
WORD_2003_XML_MARKERS = (b"<w:wordDocument", b'progid="Word.Document"')

Kind = Literal["pdf", "zip", "ole", "encrypted_ole", "rtf", "word_xml", "html"]


def sniff_kind(data: bytes) -> Kind | None:
    """What the bytes plainly are, from magic numbers and markup; None when nothing says."""
    head = data[:2048]
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "encrypted_ole" if ENCRYPTED_OLE_MARK in data else "ole"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith(b"<?xml") and any(marker in head for marker in WORD_2003_XML_MARKERS):
        return "word_xml"
    if any(marker in lowered for marker in HTML_MARKERS) or lowered.startswith(b"<"):
        return "html"
    if b"\x00" in head[:512] and head[:2] in (b"\xff\xfe", b"\xfe\xff") and b"<\x00" in head:
        return "html"  # UTF-16 markup
    return None


def sniff_format(data: bytes, path: Path) -> Format:
    """pdf, docx or html, from magic bytes and markup; a clear error for anything else."""
    if not data.strip():
        raise ExtractError(ErrorType.EMPTY_FILE, "the file is empty")
    kind = sniff_kind(data)
    if kind == "pdf" or kind == "html":
        return kind
    if kind == "zip":
        return "docx" if is_docx_zip(data) else _raise(ErrorType.UNSUPPORTED_FORMAT, "a zip file that is not a Word document")
    if kind == "encrypted_ole":  # Office wraps a password-protected .docx in an OLE file
        raise ExtractError(ErrorType.ENCRYPTED, "the Word document is password-protected: save a copy without the password and run again")
    if kind == "ole":
        raise ExtractError(ErrorType.LEGACY_FORMAT, "a legacy Word .doc file: save it as .docx (or PDF) and run again")
    if kind == "rtf":
        raise ExtractError(ErrorType.LEGACY_FORMAT, "an RTF file: save it as .docx (or PDF) and run again")
    if kind == "word_xml":
        raise ExtractError(ErrorType.LEGACY_FORMAT, "a Word XML document (Word 2003 XML or flat XML): save it as .docx (or PDF) and run again")
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("htm", "html"):
        return "html"
    raise ExtractError(ErrorType.UNSUPPORTED_FORMAT, f"not a PDF, DOCX or HTML document ({path.suffix or 'no extension'})")


def is_docx_zip(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return True  # a damaged zip: let the DOCX parser report it precisely


def _raise(error_type: str, message: str) -> Format:
    raise ExtractError(error_type, message)
