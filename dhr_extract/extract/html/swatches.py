"""A colour key written as swatches: an empty box filled with a colour, then the words it stands for
("[green box] Complete  [amber box] In progress  [red box] Not started"), where a plan shows a status as
the colour of a row or cell alone.  Read outside the tables, from the boxes' backgrounds as the page's
style sheets and their own styles give them."""
from __future__ import annotations

from collections.abc import Callable

from bs4 import NavigableString, Tag

KEY_WORDS = 4  # a swatch's words name a status in a few words; a sentence after a box is no key
MIN_ENTRIES = 2  # one coloured box is decoration


def swatch_key(root: Tag, background_of: Callable[[Tag], str]) -> list[tuple[str, str]]:
    """(colour "#rrggbb", words) for each swatch outside the tables that the words after it name, in order;
    [] unless two colours or more are keyed."""
    entries: list[tuple[str, str]] = []
    for tag in root.find_all(True):
        if tag.get_text(strip=True) or tag.find(True) is not None or tag.find_parent("table") is not None:
            continue
        colour = background_of(tag)
        words = " ".join(words_after(tag, background_of).split())
        if colour and words and len(words.split()) <= KEY_WORDS:
            entries.append((colour, words))
    return entries if len({colour for colour, _ in entries}) >= MIN_ENTRIES else []


def words_after(swatch: Tag, background_of: Callable[[Tag], str]) -> str:
    """The text after a swatch, up to the next swatch or the end of its block."""
    parts: list[str] = []
    for sibling in swatch.next_siblings:
        if isinstance(sibling, NavigableString):
            parts.append(str(sibling))
        elif isinstance(sibling, Tag):
            if not sibling.get_text(strip=True) and background_of(sibling):
                break  # the next swatch
            if sibling.name in ("br", "p", "div", "li", "table", "ul", "ol"):
                break
            parts.append(sibling.get_text(" "))
    return " ".join(parts)
