"""Paragraphs and runs: the visible text of a paragraph, its auto-number label included."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .numbering import ListCounters, Styles, numpr_to_pair
from dhr_extract.extract.text import join_lines, without_soft_hyphens

from .ooxml import CUSTOM_XML, MC_NS, PPR, RPR, SDT, SDT_CONTENT, SDT_PR, VAL, R, T, int_val, on_off, w


@dataclass
class Context:
    styles: Styles
    lists: ListCounters
    warnings: list[str] = field(default_factory=list)
    table_index: int = 0  # the top-level table being read, for warnings
    drop_struck: bool = False  # leave out struck-through runs (a table cell's superseded entries)


def showing_placeholder(sdt: etree._Element) -> bool:
    """True when a content control shows its placeholder prompt ("Click here to enter text.")."""
    sdt_pr = sdt.find(SDT_PR)
    return sdt_pr is not None and on_off(sdt_pr.find(w("showingPlcHdr")))


def is_struck_run(rpr: etree._Element | None) -> bool:
    """A run formatted struck through (``w:strike`` / ``w:dstrike``): a superseded entry kept in sight."""
    return rpr is not None and (on_off(rpr.find(w("strike"))) or on_off(rpr.find(w("dstrike"))))


def run_to_parts(run: etree._Element, out: list[str], drop_struck: bool = False) -> None:
    """Text of one ``w:r``: ``w:t`` kept, breaks as "\\n", tabs as spaces, deleted/field-code text dropped
    (and, asked for, struck-through text)."""
    rpr = run.find(RPR)
    if rpr is not None and (on_off(rpr.find(w("vanish"))) or is_note_marker(run, rpr)):
        return
    if drop_struck and is_struck_run(rpr):
        return
    for child in run:
        tag = child.tag
        if tag == T:
            out.append(without_soft_hyphens(child.text or ""))
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


NOTE_MARKER = re.compile(r"^\s*\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\s*$")  # "1", "12", "1,2", "1-3"


def is_note_marker(run: etree._Element, rpr: etree._Element) -> bool:
    """A footnote marker typed as a superscript number ("… to the MARAC.¹"): no part of the text (a Word
    footnote's own reference, ``w:footnoteReference``, carries no text here either)."""
    align = rpr.find(w("vertAlign"))
    if align is None or align.get(VAL) != "superscript":
        return False
    return NOTE_MARKER.match("".join(t.text or "" for t in run.iter(T))) is not None


_INLINE_CONTAINERS = {w("hyperlink"), w("ins"), w("moveTo"), w("smartTag"), CUSTOM_XML, w("fldSimple"),
                      w("dir"), w("bdo"), SDT_CONTENT}
# everything else (w:del, w:moveFrom, w:pPr, w:sdtPr, bookmarks, proofing marks) carries no visible text


def inline_to_parts(container: etree._Element, out: list[str], drop_struck: bool = False) -> None:
    """Text of a paragraph's inline content, through hyperlinks, insertions and content controls."""
    for child in container:
        tag = child.tag
        if tag == R:
            run_to_parts(child, out, drop_struck)
        elif tag == SDT:
            if not showing_placeholder(child):
                content = child.find(SDT_CONTENT)
                if content is not None:
                    inline_to_parts(content, out, drop_struck)
        elif tag in _INLINE_CONTAINERS:
            inline_to_parts(child, out, drop_struck)
        elif tag == f"{{{MC_NS}}}AlternateContent":
            fallback = child.find(f"{{{MC_NS}}}Fallback")
            if fallback is not None:
                inline_to_parts(fallback, out, drop_struck)


def paragraph_numpr(p: etree._Element, ctx: Context) -> tuple[int, int] | None:
    """(numId, ilvl) numbering this paragraph, directly or through its paragraph style."""
    ppr = p.find(PPR)
    style_el = ppr.find(w("pStyle")) if ppr is not None else None
    style_id = style_el.get(VAL) if style_el is not None else ctx.styles.default_paragraph
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
    ppr = p.find(PPR)
    mark = ppr.find(RPR) if ppr is not None else None
    parts: list[str] = []
    inline_to_parts(p, parts, ctx.drop_struck)
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
    ppr = p.find(PPR)
    if ppr is None:
        return None
    outline = int_val(ppr.find(w("outlineLvl")))
    if outline is not None and 0 <= outline <= 8:
        return outline + 1
    style_el = ppr.find(w("pStyle"))
    return ctx.styles.heading_levels.get(style_el.get(VAL) or "") if style_el is not None else None


def paragraph_text(p: etree._Element, ctx: Context) -> str:
    """A paragraph's cleaned text, its lines joined by "\\n"."""
    return join_lines(paragraph_lines(p, ctx))
