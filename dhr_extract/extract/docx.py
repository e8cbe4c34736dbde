"""DOCX parser: Word tables as full grids, with merged cells and auto-numbering recovered.

The package is read with ``zipfile`` and its XML walked with lxml directly (a safe
parser: no entity resolution, no network).  python-docx's object model repeats a
merged cell across its ``gridSpan``, drops content controls, tracked insertions and
auto-numbers, and ``Table.cell()`` is quadratic, so none of it is used here.

Every function is a small conversion named for what it converts:
``data_to_package`` -> ``document_to_raw`` -> ``tbl_to_grid`` -> ``tc_to_lines`` ->
``paragraph_lines`` -> ``inline_to_parts``; numbering is ``numbering_to_defs`` +
``ListCounters.label``.
"""
from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lxml import etree

from dhr_extract.extract.text import colour_to_hex, join_lines, normalise_line
from dhr_extract.model import Cell, ExtractError, RawDocument, RawTable, Row

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STRICT_W_NS = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"

MAX_MEMBER_BYTES = 200 * 1024 * 1024  # refuse any part declaring more (zip bomb guard)
N_TEXT_LINES = 15
BULLET = "•"

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OLE_MARK = "EncryptedPackage".encode("utf-16-le")


def w(tag: str) -> str:
    """Clark name of a WordprocessingML element or attribute: ``w("p")``."""
    return f"{{{W_NS}}}{tag}"


_P, _TBL, _TR, _TC, _R, _T = w("p"), w("tbl"), w("tr"), w("tc"), w("r"), w("t")
_PPR, _TCPR, _TRPR, _RPR = w("pPr"), w("tcPr"), w("trPr"), w("rPr")
_SDT, _SDT_CONTENT, _SDT_PR, _CUSTOM_XML = w("sdt"), w("sdtContent"), w("sdtPr"), w("customXml")
_VAL = w("val")


# ------------------------------------------------------------------ package

def sniff_to_error(data: bytes) -> ExtractError:
    """The error for bytes that are not a zip at all, naming what they look like."""
    head = data[:2048].lstrip()
    if not data.strip():
        return ExtractError("not_docx", "empty file: not a Word document")
    if data[:8] == _OLE_MAGIC:
        if _ENCRYPTED_OLE_MARK in data:
            return ExtractError("encrypted", "password-protected Word document: remove the password and save it as .docx")
        return ExtractError("legacy_format", "legacy Word 97-2003 .doc file (OLE) renamed .docx: open it in Word and save it as .docx")
    if head[:5] == b"{\\rtf":
        return ExtractError("legacy_format", "RTF file renamed .docx: open it in Word and save it as .docx")
    if head.startswith(b"<?xml") and (b"w:wordDocument" in head or b"Word.Document" in head):
        return ExtractError("legacy_format", "Word 2003 XML document renamed .docx: open it in Word and save it as .docx")
    if head[:5] == b"%PDF-":
        return ExtractError("not_docx", "the file is a PDF, not a Word document")
    if re.match(rb"(?i)(<!doctype html|<html|<head|<body)", head):
        return ExtractError("not_docx", "the file is an HTML page, not a Word document")
    return ExtractError("not_docx", "not a zip archive, so not a .docx Word document")


def data_to_package(data: bytes) -> zipfile.ZipFile:
    """Open the bytes as a zip, or raise the ExtractError that says why they are not one."""
    if not data.startswith(b"PK"):
        raise sniff_to_error(data)
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ExtractError("corrupt_docx", f"corrupt .docx: the zip archive cannot be opened ({exc})") from exc


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
        raise ExtractError("zip_bomb", f"zip member {info.filename} declares {info.file_size} bytes uncompressed "
                                       f"(limit {MAX_MEMBER_BYTES}): refused as a possible zip bomb")
    try:
        with package.open(info) as stream:
            data = stream.read(MAX_MEMBER_BYTES + 1)
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        raise ExtractError("encrypted", f"encrypted zip member {info.filename}: remove the password and save it as .docx") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ExtractError("corrupt_docx", f"corrupt .docx: member {info.filename} cannot be read ({exc})") from exc
    if len(data) > MAX_MEMBER_BYTES:
        raise ExtractError("zip_bomb", f"zip member {info.filename} inflates past {MAX_MEMBER_BYTES} bytes: refused as a possible zip bomb")
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
    data = data.replace(_STRICT_W_NS, W_NS.encode())
    try:
        root = etree.fromstring(data, parser=xml_parser())
    except etree.XMLSyntaxError as exc:
        if has_dtd(data) and re.search(r"entit|amplification", str(exc), re.I):
            raise ExtractError("unsafe_xml", f"{name} declares XML entities (a DTD, which Word never writes) that "
                                             f"cannot be parsed safely ({exc}): refused as a possible XML entity "
                                             "attack; re-save it in Word if you trust it") from exc
        if "depth" in str(exc).lower():
            raise ExtractError("too_complex", f"{name} nests XML elements too deeply to process ({exc})") from exc
        raise ExtractError("corrupt_docx", f"corrupt .docx: {name} is not well-formed XML ({exc})") from exc
    if root is None:
        raise ExtractError("corrupt_docx", f"corrupt .docx: {name} is empty")
    return root


def rels_to_targets(rels_xml: etree._Element, source_part: str) -> dict[str, str]:
    """Relationship type (its last path segment, e.g. "numbering") -> target part name."""
    base = posixpath.dirname(source_part)
    targets: dict[str, str] = {}
    for rel in rels_xml.iter(f"{{{_REL_NS}}}Relationship"):
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
            raise ExtractError("not_docx", "OpenDocument file (.odt), not a Word .docx: save it as .docx")
        kind = ("an Excel workbook" if "xl/workbook.xml" in names else
                "a PowerPoint presentation" if "ppt/presentation.xml" in names else "a zip archive")
        raise ExtractError("not_docx", f"{kind} without word/document.xml: not a Word .docx document")
    document = load(main)
    assert document is not None
    if document.tag != w("document"):
        raise ExtractError("not_docx", f"{main} is not a WordprocessingML document (root <{etree.QName(document).localname}>)")
    doc_rels = load(part_rels_name(main))
    targets = rels_to_targets(doc_rels, main) if doc_rels is not None else {}
    styles = load(targets.get("styles", "word/styles.xml"))
    numbering = load(targets.get("numbering", "word/numbering.xml"))
    return document, styles, numbering


# ------------------------------------------------------------------ styles and numbering

def on_off(el: etree._Element | None) -> bool:
    """A WordprocessingML on/off property (absent = off; bare element = on)."""
    return el is not None and el.get(_VAL, "true").lower() not in ("0", "false", "off", "none")


def int_val(el: etree._Element | None, default: int | None = None) -> int | None:
    """The integer ``w:val`` of an element, or ``default``."""
    if el is None:
        return default
    try:
        return int(el.get(_VAL, ""))
    except ValueError:
        return default


def numpr_to_pair(num_pr: etree._Element | None) -> tuple[int | None, int | None]:
    """(numId, ilvl) of a ``w:numPr``, either possibly missing."""
    if num_pr is None:
        return None, None
    return int_val(num_pr.find(w("numId"))), int_val(num_pr.find(w("ilvl")))


@dataclass
class Styles:
    num_pr: dict[str, tuple[int | None, int | None]] = field(default_factory=dict)  # style id -> numPr, basedOn resolved
    default_paragraph: str | None = None
    heading_levels: dict[str, int] = field(default_factory=dict)  # style id -> 1 (Title, Heading 1) .. 9


def styles_to_numpr(styles_xml: etree._Element | None) -> Styles:
    """Each paragraph style's numbering (numId, ilvl), following ``w:basedOn`` chains."""
    if styles_xml is None:
        return Styles()
    own: dict[str, tuple[int | None, int | None]] = {}
    based_on: dict[str, str] = {}
    default = None
    for style in styles_xml.iter(w("style")):
        style_id = style.get(w("styleId"))
        if not style_id:
            continue
        if style.get(w("type"), "paragraph") == "paragraph" and on_off_attr(style.get(w("default"))):
            default = style_id
        parent = style.find(w("basedOn"))
        if parent is not None and parent.get(_VAL):
            based_on[style_id] = parent.get(_VAL)
        ppr = style.find(_PPR)
        if ppr is not None and ppr.find(w("numPr")) is not None:
            own[style_id] = numpr_to_pair(ppr.find(w("numPr")))
    resolved: dict[str, tuple[int | None, int | None]] = {}
    for style_id in set(own) | set(based_on):
        num_id = ilvl = None
        seen, current = set(), style_id
        while current and current not in seen and (num_id is None or ilvl is None):
            seen.add(current)
            cur_num, cur_lvl = own.get(current, (None, None))
            num_id = cur_num if num_id is None else num_id
            ilvl = cur_lvl if ilvl is None else ilvl
            current = based_on.get(current)
        if num_id is not None:
            resolved[style_id] = (num_id, ilvl)
    return Styles(resolved, default)


def styles_to_heading_levels(styles_xml: etree._Element | None) -> dict[str, int]:
    """The outline level of each heading paragraph style (``w:outlineLvl``, or its name "heading N" /
    "Title"), following ``w:basedOn`` chains: 1 for Title and Heading 1, ... 9."""
    if styles_xml is None:
        return {}
    own: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style in styles_xml.iter(w("style")):
        style_id = style.get(w("styleId"))
        if not style_id or style.get(w("type"), "paragraph") != "paragraph":
            continue
        parent = style.find(w("basedOn"))
        if parent is not None and parent.get(_VAL):
            based_on[style_id] = parent.get(_VAL)
        name_el = style.find(w("name"))
        name = (name_el.get(_VAL) or "").strip().lower() if name_el is not None else ""
        ppr = style.find(_PPR)
        outline = int_val(ppr.find(w("outlineLvl")) if ppr is not None else None)
        named = re.fullmatch(r"heading\s*([1-9])", name)
        if outline is not None and 0 <= outline <= 8:
            own[style_id] = outline + 1
        elif named:
            own[style_id] = int(named.group(1))
        elif name == "title":
            own[style_id] = 1
    levels: dict[str, int] = {}
    for style_id in set(own) | set(based_on):
        seen, current = set(), style_id
        while current and current not in seen and current not in own:
            seen.add(current)
            current = based_on.get(current)
        if current in own:
            levels[style_id] = own[current]
    return levels


def on_off_attr(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true", "on")


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 = never
    is_lgl: bool = False
    pstyle: str | None = None


def lvl_to_level(lvl: etree._Element) -> Level:
    """One ``w:lvl`` definition."""
    num_fmt = lvl.find(w("numFmt"))
    if num_fmt is None:  # Word 2010 custom formats sit in mc:AlternateContent with a fallback
        num_fmt = lvl.find(f"{{{_MC_NS}}}AlternateContent/{{{_MC_NS}}}Fallback/{w('numFmt')}")
    fmt = num_fmt.get(_VAL, "decimal") if num_fmt is not None else "decimal"
    if fmt == "custom" and num_fmt is not None and (num_fmt.get(w("format")) or "").startswith("0"):
        fmt = "decimalZero"
    lvl_text = lvl.find(w("lvlText"))
    text = lvl_text.get(_VAL, "") if lvl_text is not None else ""
    if lvl.find(w("lvlPicBulletId")) is not None:
        fmt = "bullet"
    pstyle = lvl.find(w("pStyle"))
    return Level(start=int_val(lvl.find(w("start")), 1) or 0, fmt=fmt, text=text,
                 restart=int_val(lvl.find(w("lvlRestart"))), is_lgl=lvl.find(w("isLgl")) is not None,
                 pstyle=pstyle.get(_VAL) if pstyle is not None else None)


@dataclass
class NumberingDefs:
    levels: dict[int, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    list_key: dict[int, object] = field(default_factory=dict)  # numId -> counter key (shared abstractNum)
    overrides: dict[int, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> startOverride


def numbering_to_defs(numbering_xml: etree._Element | None, styles: Styles | None = None) -> NumberingDefs:
    """Level definitions per numId, with ``w:lvlOverride`` applied and ``w:numStyleLink`` followed.

    numIds that share an abstractNum share one set of counters (Word continues the
    list across them), unless the numId restarts it with a ``w:startOverride``.
    """
    defs = NumberingDefs()
    if numbering_xml is None:
        return defs
    abstract: dict[int, etree._Element] = {}
    for an in numbering_xml.iter(w("abstractNum")):
        try:
            abstract[int(an.get(w("abstractNumId"), ""))] = an
        except ValueError:
            continue
    num_to_abstract: dict[int, int] = {}
    nums: dict[int, etree._Element] = {}
    for num in numbering_xml.iter(w("num")):
        try:
            num_id = int(num.get(w("numId"), ""))
        except ValueError:
            continue
        abstract_id = int_val(num.find(w("abstractNumId")))
        if abstract_id is not None:
            num_to_abstract[num_id] = abstract_id
            nums[num_id] = num
    style_numids = styles.num_pr if styles is not None else {}

    def resolve_abstract(abstract_id: int, depth: int = 0) -> tuple[int, etree._Element] | None:
        an = abstract.get(abstract_id)
        if an is None:
            return None
        link = an.find(w("numStyleLink"))
        if link is not None and depth < 5:  # the levels live in the abstractNum of the numbering style
            linked_num = style_numids.get(link.get(_VAL, ""), (None, None))[0]
            if linked_num in num_to_abstract:
                return resolve_abstract(num_to_abstract[linked_num], depth + 1)
        return abstract_id, an

    for num_id, num in nums.items():
        resolved = resolve_abstract(num_to_abstract[num_id])
        if resolved is None:
            continue
        abstract_id, an = resolved
        levels = {}
        for lvl in an.findall(w("lvl")):
            ilvl = int(lvl.get(w("ilvl"), "0")) if lvl.get(w("ilvl"), "0").isdigit() else 0
            levels[ilvl] = lvl_to_level(lvl)
        starts: dict[int, int] = {}
        for override in num.findall(w("lvlOverride")):
            ilvl = int(override.get(w("ilvl"), "0")) if override.get(w("ilvl"), "0").isdigit() else 0
            lvl = override.find(w("lvl"))
            if lvl is not None:
                levels[ilvl] = lvl_to_level(lvl)
            start = int_val(override.find(w("startOverride")))
            if start is not None:
                starts[ilvl] = start
        defs.levels[num_id] = levels
        defs.overrides[num_id] = starts
        defs.list_key[num_id] = ("num", num_id) if starts else ("abstract", abstract_id)
    return defs


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def int_to_roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def int_to_letters(n: int) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... zz, aaa ..."""
    if n <= 0:
        return ""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter value in a ``w:numFmt`` format."""
    if fmt in ("lowerLetter",):
        return int_to_letters(n)
    if fmt == "upperLetter":
        return int_to_letters(n).upper()
    if fmt == "lowerRoman":
        return int_to_roman(n)
    if fmt == "upperRoman":
        return int_to_roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    if fmt == "bullet":
        return BULLET
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)  # decimal and every format we do not render specially


class ListCounters:
    """Word's list counters, advanced paragraph by paragraph in document order."""

    def __init__(self, defs: NumberingDefs) -> None:
        self.defs = defs
        self.counters: dict[object, dict[int, int]] = {}
        self.started_overrides: set[int] = set()

    def level_for_style(self, num_id: int, style_id: str | None) -> int:
        for ilvl, level in self.defs.levels.get(num_id, {}).items():
            if style_id and level.pstyle == style_id:
                return ilvl
        return 0

    def label(self, num_id: int, ilvl: int) -> str:
        """Advance the list of ``num_id`` at level ``ilvl`` and render its label ("1.", "a)", "•")."""
        levels = self.defs.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        key = self.defs.list_key[num_id]
        counters = self.counters.setdefault(key, {})
        if num_id not in self.started_overrides:
            self.started_overrides.add(num_id)
            for o_lvl, start in self.defs.overrides.get(num_id, {}).items():
                counters[o_lvl] = start - 1
        level = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [d for d in counters if d > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return BULLET

        def render(match: re.Match) -> str:
            ref = int(match.group(1)) - 1
            ref_level = levels.get(ref, Level())
            value = counters.get(ref, ref_level.start)
            return format_number(value, "decimal" if level.is_lgl and ref != ilvl else ref_level.fmt)

        return re.sub(r"%([1-9])", render, level.text).strip()


# ------------------------------------------------------------------ paragraphs and runs

@dataclass
class Context:
    styles: Styles
    lists: ListCounters
    warnings: list[str] = field(default_factory=list)
    table_index: int = 0  # the top-level table being read, for warnings


def showing_placeholder(sdt: etree._Element) -> bool:
    """True when a content control shows its placeholder prompt ("Click here to enter text.")."""
    sdt_pr = sdt.find(_SDT_PR)
    return sdt_pr is not None and on_off(sdt_pr.find(w("showingPlcHdr")))


def run_to_parts(run: etree._Element, out: list[str]) -> None:
    """Text of one ``w:r``: ``w:t`` kept, breaks as "\\n", tabs as spaces, deleted/field-code text dropped."""
    rpr = run.find(_RPR)
    if rpr is not None and on_off(rpr.find(w("vanish"))):
        return
    for child in run:
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag in (w("tab"), w("ptab")):
            out.append(" ")
        elif tag in (w("br"), w("cr")):
            out.append("\n")
        elif tag == w("noBreakHyphen"):
            out.append("-")
        elif tag == w("sym"):
            try:
                out.append(chr(int(child.get(w("char"), ""), 16)))
            except ValueError:
                pass
        # w:delText, w:instrText, drawings, footnote references... carry no visible text here


_INLINE_CONTAINERS = {w("hyperlink"), w("ins"), w("moveTo"), w("smartTag"), _CUSTOM_XML, w("fldSimple"),
                      w("dir"), w("bdo"), _SDT_CONTENT}
# everything else (w:del, w:moveFrom, w:pPr, w:sdtPr, bookmarks, proofing marks) carries no visible text


def inline_to_parts(container: etree._Element, out: list[str]) -> None:
    """Text of a paragraph's inline content, through hyperlinks, insertions and content controls."""
    for child in container:
        tag = child.tag
        if tag == _R:
            run_to_parts(child, out)
        elif tag == _SDT:
            if not showing_placeholder(child):
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    inline_to_parts(content, out)
        elif tag in _INLINE_CONTAINERS:
            inline_to_parts(child, out)
        elif tag == f"{{{_MC_NS}}}AlternateContent":
            fallback = child.find(f"{{{_MC_NS}}}Fallback")
            if fallback is not None:
                inline_to_parts(fallback, out)


def paragraph_numpr(p: etree._Element, ctx: Context) -> tuple[int, int] | None:
    """(numId, ilvl) numbering this paragraph, directly or through its paragraph style."""
    ppr = p.find(_PPR)
    style_el = ppr.find(w("pStyle")) if ppr is not None else None
    style_id = style_el.get(_VAL) if style_el is not None else ctx.styles.default_paragraph
    num_id, ilvl = numpr_to_pair(ppr.find(w("numPr")) if ppr is not None else None)
    style_num, style_lvl = ctx.styles.num_pr.get(style_id or "", (None, None))
    from_style = num_id is None
    if num_id is None:
        num_id = style_num
    if ilvl is None:
        ilvl = style_lvl if style_lvl is not None else (
            ctx.lists.level_for_style(num_id, style_id) if from_style and num_id else 0)
    if not num_id:  # absent, or numId 0 = numbering switched off
        return None
    return num_id, ilvl


def paragraph_lines(p: etree._Element, ctx: Context) -> list[str]:
    """A ``w:p`` as lines of text (split at ``w:br``), with its Word auto-number prefixed."""
    ppr = p.find(_PPR)
    mark = ppr.find(_RPR) if ppr is not None else None
    parts: list[str] = []
    inline_to_parts(p, parts)
    text = "".join(parts)
    if mark is not None and on_off(mark.find(w("vanish"))) and not text.strip():
        return []  # hidden paragraph
    if mark is not None and mark.find(w("del")) is not None and not text.strip():
        return []  # paragraph deleted with tracked changes
    numbering = paragraph_numpr(p, ctx)
    if numbering is not None:
        label = ctx.lists.label(*numbering)
        if label:
            text = f"{label} {text.lstrip()}"
    return text.split("\n")


def heading_level(p: etree._Element, ctx: Context) -> int | None:
    """The paragraph's outline level when it is a heading (its own ``w:outlineLvl`` or its style's)."""
    ppr = p.find(_PPR)
    if ppr is None:
        return None
    outline = int_val(ppr.find(w("outlineLvl")))
    if outline is not None and 0 <= outline <= 8:
        return outline + 1
    style_el = ppr.find(w("pStyle"))
    return ctx.styles.heading_levels.get(style_el.get(_VAL) or "") if style_el is not None else None


def paragraph_text(p: etree._Element, ctx: Context) -> str:
    """A paragraph's cleaned text, its lines joined by "\\n"."""
    return join_lines(paragraph_lines(p, ctx))


# ------------------------------------------------------------------ block content

_BLOCK_CONTAINERS = {_CUSTOM_XML, _SDT_CONTENT}


def iter_blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The ``w:p`` and ``w:tbl`` of a body or cell in order, through content controls and customXml."""
    for child in container:
        tag = child.tag
        if tag in (_P, _TBL):
            yield child
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None and not showing_placeholder(child):
                yield from iter_blocks(content)
        elif tag in _BLOCK_CONTAINERS:
            yield from iter_blocks(child)


def iter_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    """The ``w:tr`` of a table, through row-level content controls, skipping tracked-deleted rows."""
    for child in tbl:
        if child.tag == _TR:
            trpr = child.find(_TRPR)
            if trpr is None or trpr.find(w("del")) is None:
                yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from iter_rows(content)


def iter_cells(tr: etree._Element) -> Iterator[etree._Element]:
    """The ``w:tc`` of a row, through cell-level content controls."""
    for child in tr:
        if child.tag == _TC:
            yield child
        elif child.tag in (_SDT, _CUSTOM_XML):
            content = child.find(_SDT_CONTENT) if child.tag == _SDT else child
            if content is not None:
                yield from iter_cells(content)


def tc_to_lines(tc: etree._Element, ctx: Context) -> list[str]:
    """Lines of a cell: its paragraphs, and any nested table's text (a row per line)."""
    lines: list[str] = []
    for block in iter_blocks(tc):
        if block.tag == _P:
            lines.extend(paragraph_lines(block, ctx))
        else:
            lines.extend(nested_table_lines(block, ctx))
    return lines


def nested_table_lines(tbl: etree._Element, ctx: Context) -> list[str]:
    """A table inside a cell as text: one line per row when its cells are one line each
    (cells separated by a space, like an HTML row), else every paragraph on its own line."""
    lines: list[str] = []
    for tr in iter_rows(tbl):
        cells = [join_lines(tc_to_lines(tc, ctx)) for tc in iter_cells(tr) if not vmerge_continues(tc)]
        cells = [c for c in cells if c]
        if all("\n" not in c for c in cells):
            lines.append(" ".join(cells))
        else:
            for c in cells:
                lines.extend(c.split("\n"))
    return lines


def tc_property(tc: etree._Element, name: str) -> etree._Element | None:
    tcpr = tc.find(_TCPR)
    return tcpr.find(w(name)) if tcpr is not None else None


def tc_grid_span(tc: etree._Element) -> int:
    """How many grid columns a cell covers (``w:gridSpan``), at least 1."""
    return max(1, min(int_val(tc_property(tc, "gridSpan"), 1) or 1, 1000))


def vmerge_continues(tc: etree._Element) -> bool:
    """True for a cell continuing a vertical merge (``w:vMerge`` without val="restart")."""
    vmerge = tc_property(tc, "vMerge")
    return vmerge is not None and vmerge.get(_VAL, "continue") != "restart"


def hmerge_continues(tc: etree._Element) -> bool:
    """True for a cell continuing a legacy horizontal merge (``w:hMerge``)."""
    hmerge = tc_property(tc, "hMerge")
    return hmerge is not None and hmerge.get(_VAL, "continue") != "restart"


def tr_grid_skip(tr: etree._Element, name: str) -> int:
    """``w:gridBefore`` / ``w:gridAfter`` of a row: grid columns left empty."""
    trpr = tr.find(_TRPR)
    return max(0, min(int_val(trpr.find(w(name)) if trpr is not None else None, 0) or 0, 1000))


def tbl_grid_width(tbl: etree._Element) -> int:
    grid = tbl.find(w("tblGrid"))
    return len(grid.findall(w("gridCol"))) if grid is not None else 0


def tc_fill(tc: etree._Element) -> str:
    """The cell's shading (w:shd/@w:fill) as "#rrggbb", '' when unshaded."""
    tcpr = tc.find(_TCPR)
    shd = tcpr.find(w("shd")) if tcpr is not None else None
    return colour_to_hex(shd.get(w("fill"), "")) if shd is not None else ""


def tbl_to_grid(tbl: etree._Element, ctx: Context) -> list[list[Cell]]:
    """A table as a full grid: one Cell per grid column per row.

    A gridSpan cell fills its first column and leaves ``Cell("", "left")`` in the rest;
    a ``vMerge`` continuation is ``Cell("", "above")`` (the restart cell keeps the text);
    ``gridBefore``/``gridAfter`` and short rows are padded with empty cells.
    """
    rows: list[list[Cell]] = []
    vmerge_open: set[int] = set()  # grid columns whose cell in the previous row can be continued
    for tr in iter_rows(tbl):
        row: list[Cell] = [Cell() for _ in range(tr_grid_skip(tr, "gridBefore"))]
        now_open: set[int] = set()
        for tc in iter_cells(tr):
            tcpr = tc.find(_TCPR)
            if tcpr is not None and tcpr.find(w("cellDel")) is not None:
                continue
            col, span = len(row), tc_grid_span(tc)
            if hmerge_continues(tc) and row:
                row.extend(Cell("", "left") for _ in range(span))
                continue
            if vmerge_continues(tc) and col in vmerge_open:
                text = join_lines(tc_to_lines(tc, ctx))
                if text:
                    ctx.warnings.append(f"table {ctx.table_index}: text in a vertically merged cell dropped: {text[:60]!r}")
                row.extend(Cell("", "above") for _ in range(span))
                now_open.add(col)
                continue
            row.append(Cell(join_lines(tc_to_lines(tc, ctx)), "", tc_fill(tc)))
            row.extend(Cell("", "left") for _ in range(span - 1))
            if tc_property(tc, "vMerge") is not None:
                now_open.add(col)
        row.extend(Cell() for _ in range(tr_grid_skip(tr, "gridAfter")))
        vmerge_open = now_open
        rows.append(row)
    width = max([tbl_grid_width(tbl)] + [len(r) for r in rows])
    for row in rows:
        row.extend(Cell() for _ in range(width - len(row)))
    return rows


def is_wrapper_table(tbl: etree._Element) -> bool:
    """A one-cell table framing other tables (a layout box): its content is read as body."""
    rows = list(iter_rows(tbl))
    if len(rows) != 1:
        return False
    cells = list(iter_cells(rows[0]))
    return len(cells) == 1 and any(b.tag == _TBL for b in iter_blocks(cells[0]))


# ------------------------------------------------------------------ document

@dataclass
class BodyState:
    tables: list[RawTable] = field(default_factory=list)
    text_lines: list[str] = field(default_factory=list)
    last_paragraph: str = ""
    headings: list[tuple[int, str]] = field(default_factory=list)  # (level, text) of the open headings
    after_heading: list[str] | None = None  # paragraphs since the last heading, until a table

    def enter_heading(self, level: int, text: str) -> None:
        while self.headings and self.headings[-1][0] >= level:
            self.headings.pop()
        self.headings.append((level, text))
        self.after_heading = []

    def outer_heading(self) -> str:
        """The heading over the last one; never a level-1 heading, which titles the whole document."""
        return self.headings[-2][1] if len(self.headings) >= 2 and self.headings[-2][0] > 1 else ""


def blocks_to_tables(container: etree._Element, ctx: Context, state: BodyState) -> None:
    """Walk body blocks in order: paragraphs feed headings and title lines, tables become RawTables."""
    for block in iter_blocks(container):
        if block.tag == _P:
            text = paragraph_text(block, ctx)
            if text:
                state.last_paragraph = text.replace("\n", " ")
                level = heading_level(block, ctx)
                if level is not None:
                    state.enter_heading(level, state.last_paragraph)
                elif state.after_heading is not None:
                    state.after_heading.append(text)
                if len(state.text_lines) < N_TEXT_LINES:
                    state.text_lines.append(state.last_paragraph)
        elif is_wrapper_table(block):
            cell = next(iter_cells(next(iter_rows(block))))
            blocks_to_tables(cell, ctx, state)
        else:
            ctx.table_index = len(state.tables)
            grid = tbl_to_grid(block, ctx)
            if not grid:
                continue
            rows = tuple(Row(cells=tuple(cells), index=i) for i, cells in enumerate(grid))
            # Text between a heading and the table is the heading's introduction, not the heading.
            intro = state.after_heading or []
            heading = state.headings[-1][1] if intro else state.last_paragraph
            state.tables.append(RawTable(rows=rows, index=len(state.tables), strategy="docx", heading=heading,
                                         intro="\n".join(intro),
                                         outer_heading=state.outer_heading() if state.after_heading is not None else ""))
            state.after_heading = None


def document_to_raw(document: etree._Element, styles: etree._Element | None,
                    numbering: etree._Element | None) -> tuple[list[RawTable], list[str], list[str]]:
    """(tables, text_lines, warnings) of a parsed ``word/document.xml``."""
    style_defs = styles_to_numpr(styles)
    style_defs.heading_levels = styles_to_heading_levels(styles)
    ctx = Context(styles=style_defs, lists=ListCounters(numbering_to_defs(numbering, style_defs)))
    body = document.find(w("body"))
    state = BodyState()
    if body is not None:
        blocks_to_tables(body, ctx, state)
    if body is not None and next(body.iter(w("altChunk")), None) is not None:
        ctx.warnings.append("document embeds altChunk content (HTML/RTF/DOCX) that is not read")
    return state.tables, [normalise_line(t) for t in state.text_lines], ctx.warnings


def read_docx(path: Path, data: bytes, sha256: str) -> RawDocument:
    """Read a .docx: every top-level table as a full grid, plus the title lines before them."""
    package = data_to_package(data)
    with package:
        document, styles, numbering = package_to_parts(package)
    tables, text_lines, warnings = document_to_raw(document, styles, numbering)
    return RawDocument(source_file=str(path), sha256=sha256, format="docx", n_pages=None,
                       text_lines=text_lines, tables=tables, warnings=warnings)
