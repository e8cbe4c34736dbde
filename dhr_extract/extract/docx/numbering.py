"""Styles and numbering: which paragraphs are numbered, and the labels Word draws for them
(``numbering_to_defs`` + ``ListCounters.label``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from lxml import etree

from dhr_extract.extract.text import int_to_roman

from .ooxml import BULLET, MC_NS, PPR, VAL, int_val, w


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


def based_on_chain(style_id: str, based_on: dict[str, str]) -> Iterator[str]:
    """The style, then the styles it is ``w:basedOn``, nearest first (a cycle ends the chain)."""
    seen: set[str] = set()
    current: str | None = style_id
    while current and current not in seen:
        seen.add(current)
        yield current
        current = based_on.get(current)


def styles_by_id(styles_xml: etree._Element) -> Iterator[tuple[str, etree._Element]]:
    for style in styles_xml.iter(w("style")):
        style_id = style.get(w("styleId"))
        if style_id:
            yield style_id, style


def based_on_of(style: etree._Element) -> str | None:
    parent = style.find(w("basedOn"))
    return parent.get(VAL) or None if parent is not None else None


def styles_to_numpr(styles_xml: etree._Element | None) -> Styles:
    """Each paragraph style's numbering (numId, ilvl), following ``w:basedOn`` chains."""
    if styles_xml is None:
        return Styles()
    own: dict[str, tuple[int | None, int | None]] = {}
    based_on: dict[str, str] = {}
    default = None
    for style_id, style in styles_by_id(styles_xml):
        if style.get(w("type"), "paragraph") == "paragraph" and on_off_attr(style.get(w("default"))):
            default = style_id
        parent = based_on_of(style)
        if parent:
            based_on[style_id] = parent
        ppr = style.find(PPR)
        if ppr is not None and ppr.find(w("numPr")) is not None:
            own[style_id] = numpr_to_pair(ppr.find(w("numPr")))
    resolved = {style_id: pair for style_id in set(own) | set(based_on)
                for pair in [inherited_numpr(style_id, own, based_on)] if pair[0] is not None}
    return Styles(resolved, default)


def inherited_numpr(style_id: str, own: dict[str, tuple[int | None, int | None]],
                    based_on: dict[str, str]) -> tuple[int | None, int | None]:
    """(numId, ilvl) of a style, each from the nearest style in its ``w:basedOn`` chain that sets it."""
    pairs = [own[s] for s in based_on_chain(style_id, based_on) if s in own]
    return (next((n for n, _ in pairs if n is not None), None), next((lvl for _, lvl in pairs if lvl is not None), None))


def style_heading_level(style: etree._Element) -> int | None:
    """1..9 from ``w:outlineLvl``, else from the name "heading N" / "Title"; None for body styles."""
    name_el = style.find(w("name"))
    name = (name_el.get(VAL) or "").strip().lower() if name_el is not None else ""
    ppr = style.find(PPR)
    outline = int_val(ppr.find(w("outlineLvl")) if ppr is not None else None)
    named = re.fullmatch(r"heading\s*([1-9])", name)
    if outline is not None and 0 <= outline <= 8:
        return outline + 1
    if named:
        return int(named.group(1))
    return 1 if name == "title" else None


def styles_to_heading_levels(styles_xml: etree._Element | None) -> dict[str, int]:
    """The outline level of each heading paragraph style (``w:outlineLvl``, or its name "heading N" /
    "Title"), following ``w:basedOn`` chains: 1 for Title and Heading 1, ... 9."""
    if styles_xml is None:
        return {}
    own: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style_id, style in styles_by_id(styles_xml):
        if style.get(w("type"), "paragraph") != "paragraph":
            continue
        parent = based_on_of(style)
        if parent:
            based_on[style_id] = parent
        level = style_heading_level(style)
        if level is not None:
            own[style_id] = level
    levels: dict[str, int] = {}
    for style_id in set(own) | set(based_on):
        level = next((own[s] for s in based_on_chain(style_id, based_on) if s in own), None)
        if level is not None:
            levels[style_id] = level
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
        num_fmt = lvl.find(f"{{{MC_NS}}}AlternateContent/{{{MC_NS}}}Fallback/{w('numFmt')}")
    fmt = num_fmt.get(VAL, "decimal") if num_fmt is not None else "decimal"
    if fmt == "custom" and num_fmt is not None and (num_fmt.get(w("format")) or "").startswith("0"):
        fmt = "decimalZero"
    lvl_text = lvl.find(w("lvlText"))
    text = lvl_text.get(VAL, "") if lvl_text is not None else ""
    if lvl.find(w("lvlPicBulletId")) is not None:
        fmt = "bullet"
    pstyle = lvl.find(w("pStyle"))
    return Level(start=int_val(lvl.find(w("start")), 1) or 0, fmt=fmt, text=text,
                 restart=int_val(lvl.find(w("lvlRestart"))), is_lgl=lvl.find(w("isLgl")) is not None,
                 pstyle=pstyle.get(VAL) if pstyle is not None else None)


@dataclass
class NumberingDefs:
    levels: dict[int, dict[int, Level]] = field(default_factory=dict)  # numId -> ilvl -> Level
    list_key: dict[int, object] = field(default_factory=dict)  # numId -> counter key (shared abstractNum)
    overrides: dict[int, dict[int, int]] = field(default_factory=dict)  # numId -> ilvl -> startOverride


def int_attr(el: etree._Element, name: str) -> int | None:
    try:
        return int(el.get(w(name), ""))
    except ValueError:
        return None


def ilvl_of(el: etree._Element) -> int:
    value = el.get(w("ilvl"), "0")
    return int(value) if value.isdigit() else 0


def num_levels(an: etree._Element, num: etree._Element) -> tuple[dict[int, Level], dict[int, int]]:
    """(levels, start overrides) of one ``w:num``: its abstractNum's levels with its overrides applied."""
    levels = {ilvl_of(lvl): lvl_to_level(lvl) for lvl in an.findall(w("lvl"))}
    starts: dict[int, int] = {}
    for override in num.findall(w("lvlOverride")):
        ilvl = ilvl_of(override)
        lvl = override.find(w("lvl"))
        if lvl is not None:
            levels[ilvl] = lvl_to_level(lvl)
        start = int_val(override.find(w("startOverride")))
        if start is not None:
            starts[ilvl] = start
    return levels, starts


def numbering_to_defs(numbering_xml: etree._Element | None, styles: Styles | None = None) -> NumberingDefs:
    """Level definitions per numId, with ``w:lvlOverride`` applied and ``w:numStyleLink`` followed.

    numIds that share an abstractNum share one set of counters (Word continues the
    list across them), unless the numId restarts it with a ``w:startOverride``.
    """
    defs = NumberingDefs()
    if numbering_xml is None:
        return defs
    abstract = {an_id: an for an in numbering_xml.iter(w("abstractNum"))
                for an_id in [int_attr(an, "abstractNumId")] if an_id is not None}
    num_to_abstract: dict[int, int] = {}
    nums: dict[int, etree._Element] = {}
    for num in numbering_xml.iter(w("num")):
        num_id = int_attr(num, "numId")
        abstract_id = int_val(num.find(w("abstractNumId")))
        if num_id is not None and abstract_id is not None:
            num_to_abstract[num_id] = abstract_id
            nums[num_id] = num
    style_numids = styles.num_pr if styles is not None else {}

    def resolve_abstract(abstract_id: int, depth: int = 0) -> tuple[int, etree._Element] | None:
        an = abstract.get(abstract_id)
        if an is None:
            return None
        link = an.find(w("numStyleLink"))
        if link is not None and depth < 5:  # the levels live in the abstractNum of the numbering style
            linked_num = style_numids.get(link.get(VAL, ""), (None, None))[0]
            if linked_num in num_to_abstract:
                return resolve_abstract(num_to_abstract[linked_num], depth + 1)
        return abstract_id, an

    for num_id, num in nums.items():
        resolved = resolve_abstract(num_to_abstract[num_id])
        if resolved is None:
            continue
        abstract_id, an = resolved
        defs.levels[num_id], defs.overrides[num_id] = num_levels(an, num)
        defs.list_key[num_id] = ("num", num_id) if defs.overrides[num_id] else ("abstract", abstract_id)
    return defs


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
