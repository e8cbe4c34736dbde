"""A colour key written as swatches: an empty box filled with a colour, then the words it stands for
("[green box] Complete  [amber box] In progress  [red box] Not started"), where a plan shows a status as
the colour of a row or cell alone.  Read outside the tables, from the boxes' backgrounds as the page's
style sheets and their own styles give them."""
from __future__ import annotations

from collections.abc import Callable

from bs4 import NavigableString, Tag

from dhr_extract.extract.text import colour_key_entries


def swatch_key(root: Tag, background_of: Callable[[Tag], str]) -> list[tuple[str, str]]:
    """(colour "#rrggbb", words) for each swatch outside the tables that the words after it name, in order;
    [] unless two colours or more are keyed."""
    empty = (tag for tag in root.find_all(True)
             if not tag.get_text(strip=True) and tag.find(True) is None and tag.find_parent("table") is None)
    return colour_key_entries([(colour, words_after(tag, background_of)) for tag in empty
                               for colour in [background_of(tag)] if colour])


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
