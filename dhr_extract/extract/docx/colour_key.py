"""A colour key typed as coloured marks: "Key: ● Complete ● In progress ● Not started", each dot in the
colour a RAG column's dots use for that status.  Read from the paragraphs outside the tables: each mark
in a colour of its own opens an entry, the words after it, up to the next mark, its meaning."""
from __future__ import annotations

from lxml import etree

from dhr_extract.extract.text import colour_key_entries, colour_to_hex
from dhr_extract.lexicon import is_lone_mark

from .ooxml import P, TBL, w


def document_colour_key(document: etree._Element) -> list[tuple[str, str]]:
    """(colour "#rrggbb", words) for each coloured mark of the first paragraph outside the tables that
    keys two colours or more; []."""
    for paragraph in document.iter(P):
        if any(parent.tag == TBL for parent in paragraph.iterancestors()):
            continue
        entries = paragraph_colour_key(paragraph)
        if entries:
            return entries
    return []


def paragraph_colour_key(paragraph: etree._Element) -> list[tuple[str, str]]:
    """The paragraph's coloured marks, each with the words after it up to the next ([] unless two colours
    or more are keyed)."""
    entries: list[tuple[str, list[str]]] = []
    for run in paragraph.iter(w("r")):
        text = "".join(t.text or "" for t in run.iter(w("t")))
        colour_el = run.find(f"{w('rPr')}/{w('color')}")
        colour = colour_to_hex(colour_el.get(w("val"), "")) if colour_el is not None else ""
        if colour and is_lone_mark(text):
            entries.append((colour, []))
        elif entries:
            entries[-1][1].append(text)
    return colour_key_entries([(colour, "".join(words)) for colour, words in entries])
