"""A colour key typed as coloured marks: "Key: ● Complete ● In progress ● Not started", each dot in the
colour a RAG column's dots use for that status.  Read from the paragraphs outside the tables: each mark
in a colour of its own opens an entry, the words after it, up to the next mark, its meaning."""
from __future__ import annotations

from lxml import etree

from dhr_extract.extract.text import colour_to_hex
from dhr_extract.lexicon import is_lone_mark

from .ooxml import P, TBL, w

KEY_WORDS = 4  # a mark's words name a status in a few words; a sentence after a dot is no key
MIN_ENTRIES = 2  # one coloured dot is decoration


def document_colour_key(document: etree._Element) -> list[tuple[str, str]]:
    """(colour "#rrggbb", words) for each coloured mark of the first paragraph outside the tables that
    keys two colours or more; []."""
    for paragraph in document.iter(P):
        if any(parent.tag == TBL for parent in paragraph.iterancestors()):
            continue
        entries = paragraph_colour_key(paragraph)
        if len({colour for colour, _ in entries}) >= MIN_ENTRIES:
            return entries
    return []


def paragraph_colour_key(paragraph: etree._Element) -> list[tuple[str, str]]:
    """The paragraph's coloured marks, each with the words after it up to the next."""
    entries: list[tuple[str, list[str]]] = []
    for run in paragraph.iter(w("r")):
        text = "".join(t.text or "" for t in run.iter(w("t")))
        colour_el = run.find(f"{w('rPr')}/{w('color')}")
        colour = colour_to_hex(colour_el.get(w("val"), "")) if colour_el is not None else ""
        if colour and is_lone_mark(text):
            entries.append((colour, []))
        elif entries:
            entries[-1][1].append(text)
    found = [(colour, " ".join("".join(words).split())) for colour, words in entries]
    return [(colour, words) for colour, words in found if words and len(words.split()) <= KEY_WORDS]
