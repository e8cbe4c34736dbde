"""English words, to tell a word a narrow column broke mid-word from two words a line wrapped.

Geometry alone cannot always tell "representative" / "and" (a wrap: the word filled its line, so
"and" went to the next) from "Safeguardin" / "g" (a word too wide for its line, broken where the
next character did not fit): when the room left is narrower than one character, both fit the
page.  The words do: two words that each read as English but not as one when run together were
wrapped.  The word list is the one the ``wordninja`` package ships (English Wikipedia's words,
most frequent first).
"""
from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from functools import cache
from importlib.util import find_spec
from pathlib import Path

LETTERS = re.compile(r"[^\W\d_]+")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# A month's name as plans write it, whole or cut short ("Sep", "Sept.", "September"): a pattern to build on.
MONTH_HEAD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
# The words English place names are built of are short ("Bracken" + "ford", "Stock" + "port"): a
# capitalised word this long or longer ending a line is taken as a word of the text, not part of a name.
NAME_PART_LETTERS = 8
# The list's most frequent words are the language's function words ("in", "on", "not", "the"): a
# capitalised one is a word of the text ("Not" / "started", "In" / "progress" wrapped in a narrow status
# cell), never the opening of a name, and a name never goes on with one ("Review" / "the") of three
# letters or more (a shorter one may end a name or a word: "Westby", "Children's").
COMMONEST_WORDS = 40
COMMON_TAIL_LETTERS = 3


@cache
def ranked_words() -> tuple[str, ...]:
    """The shipped word list as shipped: lower case, most frequent first, read once."""
    spec = find_spec("wordninja")  # found, not imported: importing it builds its own model
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("the wordninja package (a dependency: its word list) is not installed")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    return tuple(gzip.decompress(path.read_bytes()).decode().split())


@cache
def english_words() -> tuple[str, ...]:
    """The word list sorted (to find the words a piece starts)."""
    return tuple(sorted(set(ranked_words())))


@cache
def commonest_words() -> frozenset[str]:
    return frozenset(ranked_words()[:COMMONEST_WORDS])


def is_word(text: str) -> bool:
    words, low = english_words(), text.lower()
    i = bisect_left(words, low)
    return i < len(words) and words[i] == low


def starts_word(text: str) -> bool:
    """Whether some English word starts with ``text`` (or is it)."""
    words, low = english_words(), text.lower()
    i = bisect_left(words, low)
    return i < len(words) and words[i].startswith(low)


def two_words(head: str, tail: str) -> bool:
    """Whether the word ``head`` ending one line and the piece ``tail`` opening the next are two words,
    not one broken: ``head`` is an English word and no English word starts with the two run together
    ("representative" / "and", "template" / "v2", "Identification" / "of"); a short capitalised one
    may open a place's name ("Bracken" / "ford"), unless one of the two is among the commonest words
    ("Not" / "started", "Review" / "the": ``COMMONEST_WORDS``).  The pieces of a broken word run on into one
    ("Safeguardin" / "g", "perform" / "ance"); a name, number or acronym the list does not hold is
    left to the page's geometry."""
    head = head.rsplit("/", 1)[-1]  # a renderer may wrap after a slash: the word after it ("officers/agencies")
    rest = LETTERS.match(tail)  # the letters it opens with ("v" of "v2")
    if not LETTERS.fullmatch(head) or rest is None:
        return False
    common = head.lower() in commonest_words() or (
        len(rest.group()) >= COMMON_TAIL_LETTERS and rest.group().lower() in commonest_words())
    if not head.islower() and len(head) < NAME_PART_LETTERS and not common:
        return False  # a short capitalised word may open a name made of words ("Bracken" / "ford")
    return is_word(head) and not starts_word(head + rest.group())


def one_word(head: str, tail: str) -> bool:
    """Whether the piece ``head`` ending one line and the word ``tail`` opening the next are one
    English word broken ("Safeguardin" / "g", "releas" / "es."): ``head`` is no word, the two run
    together are one."""
    rest = LETTERS.match(tail)
    if not LETTERS.fullmatch(head) or rest is None:
        return False
    return not is_word(head) and is_word(head + rest.group())


# A mark whose colour is its meaning where it stands alone in a cell or before a key's words: a dot or a square.
MARK_GLYPHS = frozenset("•●⬤◉■◼▪")


def is_lone_mark(text: str) -> bool:
    """Whether a cell's text is one mark alone (a coloured dot in a RAG column)."""
    return len(text.strip()) == 1 and text.strip() in MARK_GLYPHS


# A status written alone as a cell's whole text: one value that never wraps onto the next line ("Complete"
# over "In progress" in a narrow Status column are two rows' statuses, however full each line looks).
STATUS_VALUES = frozenset({"complete", "completed", "in progress", "not started", "ongoing", "on track", "overdue",
                           "delayed", "open", "closed", "achieved", "not achieved", "partially complete",
                           "partially completed", "on hold", "in hand", "not yet started", "superseded"})


CHECK_BOXES = "\u2610\u2611\u2612\u25a1"  # ☐ ☑ ☒ □: a form's box before an option


def is_status_value(text: str) -> bool:
    """Whether a text is one status word or phrase alone ("Complete", "In progress"), a closing stop and a
    form's check box before it ("☒ Complete", one option of a list to tick) aside."""
    return " ".join(text.lower().lstrip(CHECK_BOXES + " ").rstrip(".").split()) in STATUS_VALUES
