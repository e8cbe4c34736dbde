"""The Word package: bytes -> zip -> the document, styles and numbering parts as XML trees.

``zipfile`` and lxml directly, so that every part read is size-checked (zip bombs) and parsed
without entities, DTDs or network; only the three parts the tables need are ever inflated.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib

from lxml import etree

from dhr_extract.extract.detect import sniff_kind
from dhr_extract.model import ErrorType, ExtractError

from .ooxml import REL_NS, STRICT_W_NS, W_NS, w

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuse any part declaring more (zip bomb guard)


_NOT_DOCX_ERRORS = {
    "encrypted_ole": (ErrorType.ENCRYPTED, "password-protected Word document: remove the password and save it as .docx"),
    "ole": (ErrorType.LEGACY_FORMAT, "legacy Word 97-2003 .doc file (OLE) renamed .docx: open it in Word and save it as .docx"),
    "rtf": (ErrorType.LEGACY_FORMAT, "RTF file renamed .docx: open it in Word and save it as .docx"),
    "word_xml": (ErrorType.LEGACY_FORMAT, "Word 2003 XML document renamed .docx: open it in Word and save it as .docx"),
    "pdf": (ErrorType.NOT_DOCX, "the file is a PDF, not a Word document"),
    "html": (ErrorType.NOT_DOCX, "the file is an HTML page, not a Word document"),
}


def sniff_to_error(data: bytes) -> ExtractError:
    """The error for bytes that are not a zip at all, naming what they look like."""
    if not data.strip():
        return ExtractError(ErrorType.NOT_DOCX, "empty file: not a Word document")
    error_type, message = _NOT_DOCX_ERRORS.get(sniff_kind(data) or "", (ErrorType.NOT_DOCX, "not a zip archive, so not a .docx Word document"))
    return ExtractError(error_type, message)


def data_to_package(data: bytes) -> zipfile.ZipFile:
    """Open the bytes as a zip, or raise the ExtractError that says why they are not one."""
    if sniff_kind(data) != "zip":
        raise sniff_to_error(data)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ExtractError(ErrorType.CORRUPT_DOCX, f"corrupt .docx: the zip archive cannot be opened ({exc})") from exc


def member_names(package: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """Zip members by lower-cased, %-decoded part name (OPC names are case-insensitive)."""
    names: dict[str, zipfile.ZipInfo] = {}
    for info in package.infolist():
        key = re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), info.filename).lstrip("/").lower()
        names.setdefault(key, info)
    return names


def read_member(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A member's bytes, refusing oversized (declared or actual) members and reporting corruption."""
    if info.file_size > MAX_MEMBER_BYTES:
        raise ExtractError(ErrorType.ZIP_BOMB, f"zip member {info.filename} declares {info.file_size} bytes uncompressed "
                                       f"(limit {MAX_MEMBER_BYTES}): refused as a possible zip bomb")
    try:
        with package.open(info) as stream:
            data = stream.read(MAX_MEMBER_BYTES + 1)
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise ExtractError(ErrorType.ENCRYPTED, f"encrypted zip member {info.filename}: remove the password and save it as .docx") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ExtractError(ErrorType.CORRUPT_DOCX, f"corrupt .docx: member {info.filename} cannot be read ({exc})") from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise ExtractError(ErrorType.ZIP_BOMB, f"zip member {info.filename} inflates past {MAX_MEMBER_BYTES} bytes: refused as a possible zip bomb")
    return data


def xml_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities nor touches the network."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           remove_comments=True, remove_pis=True)


# A document type declaration in the prolog (OOXML forbids DTDs: ECMA-376 Part 2, 8.1.4).
_DTD = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->)*<!DOCTYPE", re.S)


def has_dtd(data: bytes) -> bool:
    """Whether an XML part declares a DTD (in UTF-8 or, its NULs dropped, UTF-16): Word never does."""
    head = data[:65536].lstrip(b"\xef\xbb\xbf\xff\xfe")
    return _DTD.match(head) is not None or _DTD.match(head.replace(b"\x00", b"")) is not None


def bytes_to_xml(data: bytes, name: str) -> etree._Element:
    """Parse one XML part; Strict OOXML's namespace is mapped to the transitional one.

    Entities are never resolved (an external entity is left out of the text); a part whose
    DTD makes libxml2 give up (entity expansion, "billion laughs") is refused as unsafe."""
    data = data.replace(STRICT_W_NS, W_NS.encode())
    try:
        root = etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        if has_dtd(data) and re.search(r"entit|amplification", str(exc), re.I):
            raise ExtractError(ErrorType.UNSAFE_XML, f"{name} declares XML entities (a DTD, which Word never writes) that "
                                             f"cannot be parsed safely ({exc}): refused as a possible XML entity "
                                             "attack; re-save it in Word if you trust it") from exc
        if "depth" in str(exc).lower():
            raise ExtractError(ErrorType.TOO_COMPLEX, f"{name} nests XML elements too deeply to process ({exc})") from exc
        raise ExtractError(ErrorType.CORRUPT_DOCX, f"corrupt .docx: {name} is not well-formed XML ({exc})") from exc
    if root is None:
        raise ExtractError(ErrorType.CORRUPT_DOCX, f"corrupt .docx: {name} is empty")
    return root


def rels_to_targets(rels_xml: etree._Element, source_part: str) -> dict[str, str]:
    """Relationship type (its last path segment, e.g. "numbering") -> target part name."""
    base = posixpath.dirname(source_part)
    targets: dict[str, str] = {}
    for rel in rels_xml.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        rel_type = (rel.get("Type") or "").rstrip("/").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        targets.setdefault(rel_type, part.lstrip("/"))
    return targets


def part_rels_name(part: str) -> str:
    """Name of the relationships part of ``part``: word/document.xml -> word/_rels/document.xml.rels."""
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def package_to_parts(package: zipfile.ZipFile) -> tuple[etree._Element, etree._Element | None, etree._Element | None]:
    """The main document, styles and numbering XML of a Word package."""
    names = member_names(package)

    def load(part: str) -> etree._Element | None:
        info = names.get(part.lower())
        return None if info is None else bytes_to_xml(read_member(package, info), part)

    main = "word/document.xml"
    package_rels = load("_rels/.rels")
    if package_rels is not None:
        main = rels_to_targets(package_rels, "").get("officeDocument", main)
    if main.lower() not in names:
        if "mimetype" in names and b"opendocument" in read_member(package, names["mimetype"]):
            raise ExtractError(ErrorType.NOT_DOCX, "OpenDocument file (.odt), not a Word .docx: save it as .docx")
        kind = ("an Excel workbook" if "xl/workbook.xml" in names else
                "a PowerPoint presentation" if "ppt/presentation.xml" in names else "a zip archive")
        raise ExtractError(ErrorType.NOT_DOCX, f"{kind} without word/document.xml: not a Word .docx document")
    document = load(main)
    assert document is not None
    if document.tag != w("document"):
        raise ExtractError(ErrorType.NOT_DOCX, f"{main} is not a WordprocessingML document (root <{etree.QName(document).localname}>)")
    doc_rels = load(part_rels_name(main))
    targets = rels_to_targets(doc_rels, main) if doc_rels is not None else {}
    styles = load(targets.get("styles", "word/styles.xml"))
    numbering = load(targets.get("numbering", "word/numbering.xml"))
    return document, styles, numbering


def package_footnotes(package: zipfile.ZipFile) -> etree._Element | None:
    """The package's footnotes part (``word/footnotes.xml``), if it has one."""
    info = member_names(package).get("word/footnotes.xml")
    return None if info is None else bytes_to_xml(read_member(package, info), "word/footnotes.xml")
