"""A web page's running text as paragraphs for ``extract.labelled_text``: each block element holding
no other block (a ``<p>``, a heading, a list item with its number) outside the tables, marked
emphasised where it is a heading or set wholly in bold (``<b>``/``<strong>``, an inline style or a
``<style>`` rule).  A paragraph opening with a bold run on a line of its own ("**Evidence**" ``<br>``
…) or followed by its text ("**Evidence:** …") gives the run and the text as two paragraphs.  A
definition list is read as running text whatever its layout: a ``<dl>`` a style sheet sets as a grid of
terms beside their definitions (rewritten as a table by ``div_grids``) still gives each term (a
label) and each definition (its text) as a paragraph."""
from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from ..labelled_text import Para, label_key
from .css import RuleIndex, element_style, soup_to_rules
from .dom import NOT_TEXT, is_hidden, nearest
from .headings import is_bold_block, is_bold_style, is_heading
from .lines import _BLOCK_TAGS, _SKIPPED_TAGS, block_lines, list_to_labels

PARAGRAPH_TAGS = frozenset(_BLOCK_TAGS - {"body", "html", "table", "tbody", "thead", "tfoot", "tr"})
BOLD_WEIGHTS = ("bold", "bolder", "600", "700", "800", "900")
WHEREVER = ("table", *_SKIPPED_TAGS)  # no running text inside these


def soup_to_paras(soup: BeautifulSoup) -> list[Para]:
    """The page's paragraphs outside tables, in document order."""
    rules = RuleIndex(soup_to_rules(soup))
    leaves: list[Tag] = []
    leaf_blocks(soup.body or soup, leaves)
    paras: list[Para] = []
    lists: dict[int, dict[int, str]] = {}
    for tag in leaves:
        lines = block_lines(tag)
        if not lines:
            continue
        if tag.name == "li":
            lines[0] = item_label(tag, lists) + lines[0]
        paras.extend(tag_paras(tag, lines, rules))
    return paras


def leaf_blocks(tag: Tag, leaves: list[Tag]) -> bool:
    """Gathers into ``leaves``, in document order, the shown block elements under ``tag`` holding no
    other block, outside tables; whether ``tag`` holds a block (or is one)."""
    holds = False
    for child in tag.children:
        if not isinstance(child, Tag):
            continue
        if (child.name in WHEREVER and not is_laid_out_list(child, tag)) or is_hidden(child):
            holds = holds or child.name == "table"
        else:
            holds = leaf_blocks(child, leaves) or holds
    if tag.name in PARAGRAPH_TAGS:
        if not holds:
            leaves.append(tag)
        return True
    return holds


def is_laid_out_list(child: Tag, parent: Tag) -> bool:
    """A table standing for a definition list's grid layout (``div_grids``): its terms and definitions."""
    return child.name == "table" and parent.name == "dl"


def item_label(li: Tag, lists: dict[int, dict[int, str]]) -> str:
    """A list item's number or bullet as the browser shows it ("1. ", "• ")."""
    lst = nearest(li, ("ul", "ol", "menu"))
    if lst is None:
        return ""
    if id(lst) not in lists:
        lists[id(lst)] = list_to_labels(lst)
    return lists[id(lst)].get(id(li), "")


def tag_paras(tag: Tag, lines: list[str], rules: RuleIndex) -> list[Para]:
    """One element's paragraphs: its text, emphasised or not, or a leading bold label and its text."""
    weight = element_style(tag, rules).get("font-weight", "").strip().lower()
    if is_heading(tag) or is_bold_block(tag) or weight in BOLD_WEIGHTS:
        return [Para(" ".join(lines), True)]
    lead = leading_bold(tag)
    text = " ".join(lines)
    if lead and label_key(lead) and text.startswith(lead) and text[len(lead):].strip(" :"):
        return [Para(lead, True), Para(text[len(lead):].lstrip(" :").strip())]
    return [Para("\n".join(lines))]


def leading_bold(tag: Tag) -> str:
    """The text of a bold element opening the element's text ("<b>Evidence:</b> …"), else ''."""
    for child in tag.children:
        if isinstance(child, NavigableString):
            if isinstance(child, NOT_TEXT) or not str(child).strip():
                continue
            return ""
        if isinstance(child, Tag):
            if child.name == "br":
                continue
            return " ".join(child.get_text(" ").split()) if is_bold_style(child) else ""
    return ""
