"""The small subset of CSS the div-layout reader needs: which ``<style>`` rules and inline styles
apply to an element, for the few properties that make ``<div>``s a table (``display``, ``grid-*``,
``background``, ``visibility``; ``font-weight`` for labels set in bold by a class); and, asked for
(``BORDERS``), those that draw a cell's left border (a coloured bar: a RAG shown as colour alone),
(``DECORATION``) strike text through (a superseded entry), or (``CLIPPING``) clip text to nothing (a
label for screen readers alone).

What is read: rules in ``<style>`` blocks whose selectors are compounds of a type (or ``*``),
``#id``, ``.class`` and ``[attr]`` / ``[attr=value]``, joined by descendant (space) or child (``>``)
combinators; rules inside ``@media`` blocks that apply to a wide screen (no ``print``, no
``max-width``); then the element's ``style`` attribute.  Later and more specific rules win, as in a
browser (``!important`` is read as an ordinary declaration).  Not read: other at-rules, pseudo-classes
and pseudo-elements, sibling combinators, external style sheets (nothing is ever fetched).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

Style = dict[str, str]
# Only these properties are kept: the rest cannot make or unmake a table.
_WANTED = re.compile(r"^(display|grid(-[a-z-]+)?|background(-color)?|visibility|font-weight)$")
BACKGROUND = re.compile(r"^background(-color)?$")  # what fills an element (a cell, a key's swatch)
BORDERS = re.compile(r"^border(-left)?(-(color|width|style))?$")  # what draws a cell's left edge
DECORATION = re.compile(r"^text-decoration(-line)?$")  # what strikes text through
CLIPPING = re.compile(r"^(clip|clip-path)$")  # what hides text from the eye, kept for screen readers
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_COMPOUND = re.compile(r"^(?P<type>[a-z][a-z0-9-]*|\*)?(?P<rest>(?:[#.][\w-]+|\[[^\]]+\])*)$", re.I)
_PART = re.compile(r"([#.])([\w-]+)|\[\s*([\w-]+)\s*(?:=\s*[\"']?([^\"'\]]*)[\"']?)?\s*\]")


@dataclass(frozen=True)
class Compound:
    """One compound selector: ``div.th``, ``#plan``, ``[role=row]``."""
    type: str = ""
    ids: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str | None], ...] = ()


@dataclass(frozen=True)
class Rule:
    """A selector (compounds left to right, each with the combinator before it: " " or ">") and its
    declarations; ``rank`` orders rules as the cascade does (specificity, then source order)."""
    selector: tuple[tuple[str, Compound], ...]
    declarations: tuple[tuple[str, str], ...]
    rank: tuple[int, int, int, int]


def declarations_to_style(text: str, wanted: re.Pattern[str] = _WANTED) -> Style:
    """``"display: grid; grid-row: span 2"`` -> ``{"display": "grid", "grid-row": "span 2"}`` (wanted
    properties only, names and keywords lower-cased)."""
    style: Style = {}
    for part in _COMMENT.sub("", text).split(";"):
        name, colon, value = part.partition(":")
        name = name.strip().lower()
        if colon and wanted.match(name):
            style[name] = re.sub(r"\s*!important\s*$", "", value.strip(), flags=re.I).lower()
    return style


def compound_to_parts(text: str) -> Compound | None:
    """One compound selector, or None if it uses what this subset does not read (pseudo-classes...)."""
    match = _COMPOUND.match(text)
    if match is None or not text:
        return None
    ids, classes, attrs = [], [], []
    for mark, name, attr, value in _PART.findall(match.group("rest")):
        if mark == "#":
            ids.append(name)
        elif mark == ".":
            classes.append(name)
        else:
            attrs.append((attr.lower(), value if value else None))
    kind = (match.group("type") or "").lower()
    return Compound("" if kind == "*" else kind, tuple(ids), tuple(classes), tuple(attrs))


def selector_to_compounds(text: str) -> tuple[tuple[str, Compound], ...] | None:
    """``".plan > div.th"`` -> ((" ", .plan), (">", div.th)); None for selectors outside the subset."""
    tokens = re.sub(r"\s*>\s*", " > ", text.strip()).split()
    out: list[tuple[str, Compound]] = []
    combinator = " "
    for token in tokens:
        if token == ">":
            combinator = ">"
            continue
        compound = compound_to_parts(token)
        if compound is None or (combinator == ">" and not out):
            return None
        out.append((combinator, compound))
        combinator = " "
    return tuple(out) if out and combinator == " " else None


def specificity(selector: tuple[tuple[str, Compound], ...]) -> tuple[int, int, int]:
    compounds = [c for _, c in selector]
    return (sum(len(c.ids) for c in compounds), sum(len(c.classes) + len(c.attrs) for c in compounds),
            sum(1 for c in compounds if c.type))


def media_applies(query: str) -> bool:
    """A ``@media`` block a wide screen reads: not for print, not for narrow windows."""
    query = query.lower()
    return "print" not in query and "max-width" not in query and "speech" not in query


def css_to_blocks(css: str) -> list[tuple[str, str]]:
    """Top-level ``(prelude, body)`` pairs of a style sheet; at-rules without a block are dropped."""
    blocks: list[tuple[str, str]] = []
    depth, start, prelude_start = 0, 0, 0
    for i, ch in enumerate(css):
        if ch == "{":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                blocks.append((css[prelude_start:start].strip(), css[start + 1:i]))
                prelude_start = i + 1
        elif ch == ";" and depth == 0:
            prelude_start = i + 1  # "@import url(x);" and the like
    return blocks


def css_to_rules(css: str, first: int = 0, wanted: re.Pattern[str] = _WANTED) -> list[Rule]:
    """The rules of a style sheet that set a wanted property, in source order from ``first``."""
    rules: list[Rule] = []
    for prelude, body in css_to_blocks(_COMMENT.sub("", css)):
        if prelude.startswith("@"):
            if prelude.lower().startswith("@media") and media_applies(prelude[6:]):
                rules.extend(css_to_rules(body, first + len(rules), wanted))
            continue
        style = declarations_to_style(body, wanted)
        if not style:
            continue
        for text in prelude.split(","):
            selector = selector_to_compounds(text)
            if selector is not None:
                rules.append(Rule(selector, tuple(style.items()), (*specificity(selector), first + len(rules))))
    return rules


def soup_to_rules(soup: BeautifulSoup, wanted: re.Pattern[str] = _WANTED) -> list[Rule]:
    """The rules of every ``<style>`` block of the page, in document order."""
    rules: list[Rule] = []
    for block in soup.find_all("style"):
        if not media_applies(str(block.get("media") or "")):
            continue  # <style media="print">
        rules.extend(css_to_rules(block.get_text(), len(rules), wanted))
    return rules


def rules_in_use(rules: list[Rule], soup: BeautifulSoup) -> list[Rule]:
    """The rules less those naming a class, id or element the page does not have (site-wide style
    sheets are mostly such rules: matching them all against every element would be slow)."""
    if not rules:
        return rules
    names: set[str] = set()
    for tag in soup.find_all(True):
        names.update(["", tag.name, "#" + str(tag.get("id") or "")] + ["." + c for c in tag.get("class") or []])
    return [r for r in rules if all({c.type} | {"#" + i for i in c.ids} | {"." + k for k in c.classes} <= names
                                    for _, c in r.selector)]


def compound_matches(compound: Compound, tag: Tag) -> bool:
    if compound.type and tag.name != compound.type:
        return False
    if compound.ids and any(tag.get("id") != i for i in compound.ids):
        return False
    classes = tag.get("class") or []
    if any(c not in classes for c in compound.classes):
        return False
    for name, value in compound.attrs:
        have = tag.get(name)
        if have is None or (value is not None and (" ".join(have) if isinstance(have, list) else have) != value):
            return False
    return True


def selector_matches(selector: tuple[tuple[str, Compound], ...], tag: Tag | None) -> bool:
    """Right to left: the last compound is the tag; each earlier one an ancestor (">" the parent)."""
    if tag is None or not compound_matches(selector[-1][1], tag):
        return False
    if len(selector) == 1:
        return True
    combinator, rest = selector[-1][0], selector[:-1]
    parent = tag.parent if isinstance(tag.parent, Tag) else None
    if combinator == ">":
        return selector_matches(rest, parent)
    while parent is not None:
        if selector_matches(rest, parent):
            return True
        parent = parent.parent if isinstance(parent.parent, Tag) else None
    return False


class RuleIndex:
    """Rules filed by the id, first class or type their last compound needs (as browsers file them), so an
    element is only matched against the rules that could apply to it."""

    def __init__(self, rules: list[Rule]) -> None:
        self.rules = rules
        self.buckets: dict[tuple[str, str], list[Rule]] = {}
        for rule in rules:
            last = rule.selector[-1][1]
            key = ("#", last.ids[0]) if last.ids else (".", last.classes[0]) if last.classes else ("", last.type)
            self.buckets.setdefault(key, []).append(rule)

    def matching(self, tag: Tag) -> list[Rule]:
        keys = [("", ""), ("", tag.name), ("#", str(tag.get("id") or ""))] + [(".", c) for c in tag.get("class") or []]
        return [r for key in keys for r in self.buckets.get(key, ()) if selector_matches(r.selector, tag)]


def element_style(tag: Tag, rules: RuleIndex, wanted: re.Pattern[str] = _WANTED) -> Style:
    """The wanted properties that apply to ``tag``: matching rules in cascade order, then its own ``style``."""
    style: Style = {}
    for rule in sorted(rules.matching(tag), key=lambda r: r.rank):
        style.update(rule.declarations)
    style.update(declarations_to_style(str(tag.get("style") or ""), wanted))
    return style


def style_sheet_strikes(soup: BeautifulSoup) -> list[Tag]:
    """The elements that the page's ``<style>`` rules draw struck through (``.superseded { text-decoration:
    line-through }``), unless the element's own ``style`` says otherwise; inline styles are read elsewhere."""
    rules = [r for r in soup_to_rules(soup, DECORATION)
             if any("line-through" in value for _, value in r.declarations)]
    if not rules:
        return []
    index = RuleIndex(rules_in_use(rules, soup))
    if not index.rules:
        return []
    return [tag for tag in soup.find_all(True)
            if index.matching(tag) and "line-through" in " ".join(element_style(tag, index, DECORATION).values())]


def style_sheet_visually_hidden(soup: BeautifulSoup) -> list[Tag]:
    """The elements that the page's ``<style>`` rules clip to nothing (``clip: rect(0 0 0 0)``,
    ``clip-path: inset(50%)``: a label written for screen readers alone, "Action for recommendation 2:"),
    which a browser shows and prints nowhere."""
    rules = [r for r in soup_to_rules(soup, CLIPPING) if any(clips_all(value) for _, value in r.declarations)]
    index = RuleIndex(rules_in_use(rules, soup)) if rules else None
    if index is None or not index.rules:
        return []
    return [tag for tag in soup.find_all(True)
            if index.matching(tag) and any(clips_all(v) for v in element_style(tag, index, CLIPPING).values())]


def clips_all(value: str) -> bool:
    """A clip that leaves nothing showing: a rectangle of no size, or an inset of half each way."""
    flat = re.sub(r"\s+", " ", value.replace(",", " ")).strip()
    return bool(re.fullmatch(r"rect\(\s*0(?:px)?(?: 0(?:px)?){3}\s*\)", flat)
                or re.fullmatch(r"inset\(\s*50%\s*\)", flat))
