"""Words -> lines -> the paragraphs of a cell.

A line break Word or a browser made only to wrap a paragraph is joined back; a real
paragraph break, a bullet or a sub-item label (``a)``, ``ii.``) starts a new line of the
cell's text, so sub-items read the same from a PDF as from the DOCX.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Iterable

from ...lexicon import one_word, two_words
from ..text import join_lines, normalise_line
from .date_lines import dates_a_line
from .settings import DEFAULT, PdfSettings

Word = dict[str, Any]
BBox = tuple[float, float, float, float]
LOG = logging.getLogger(__name__)


def centre_inside(word: Word, box: BBox) -> bool:
    """Whether the word's middle lies inside the box (x0, top, x1, bottom)."""
    return box_centre_inside((word["x0"], word["top"], word["x1"], word["bottom"]), box)


def box_centre_inside(inner: BBox, outer: BBox) -> bool:
    """Whether the middle of box ``inner`` lies inside box ``outer``."""
    cx, cy = (inner[0] + inner[2]) / 2, (inner[1] + inner[3]) / 2
    return outer[0] <= cx <= outer[2] and outer[1] <= cy <= outer[3]


def words_in_band(words: Iterable[Word], box: BBox, slack: float = 0.0) -> list[Word]:
    """The words wholly inside a band of the page (x0, top, x1, bottom): below its top, above its
    bottom, and between its sides (``slack``: how far past a side a word may reach)."""
    x0, top, x1, bottom = box
    return [w for w in words if top < w["top"] and w["bottom"] < bottom
            and x0 - slack <= w["x0"] and w["x1"] <= x1 + slack]

# A line that opens a new paragraph whatever the geometry says: a bullet (Word's second level a
# Courier "o" set apart from its text) or a sub-item label.
PARAGRAPH_OPENER = re.compile(r"^(•|o\s|\(?[ivx]{1,4}[.)]\s|\(?[a-zA-Z]\)|[a-z]\.\s|\d+(\.\d+)*[.)]?\s)")
# A line opening with a bare number ("15 have completed", "2022 practice"): a label only where the
# line before left room for it, since a wrapped sentence runs on with numbers as often.
BARE_NUMBER = re.compile(r"^\d+\s")
ITEM_NUMBER = re.compile(r"^\(?\d{1,2}[.)]$")  # a list item's number alone on its line ("2.", "(3)")
TOP_LEFT = itemgetter("top", "x0")  # reading order of words
LEFT = itemgetter("x0")
# A comma, stop, semicolon, colon or closing bracket standing alone at a line's start (not ".NET", not "...")
CLOSING_PUNCTUATION = re.compile(r"^(?!\.\.)[,.;:)]+(?=\s|$)")
# A piece opening with a mark that joins two parts of one value ("/26" of "2025/26", "-2025" of "2024-2025"):
# a renderer breaking a word too wide for its column may break it just before the mark.
# A renderer breaking a word at a soft hyphen may draw the break as U+2010 HYPHEN (a font that has its
# glyph), where a hyphen the author typed is U+002D: the two halves are one word, written without it.
SENTENCE_STOP = re.compile(r"[.!?][\"')\u2019\u201d]*$")  # a line's last word ends a sentence
BREAK_HYPHEN = re.compile(r"[^\W\d_]\u2010$")
JOINING_MARK = re.compile(r"^[/\-\u2010\u2011\u2013]\w")
# A day and month with the first digits of a year, or none ("31/12/20", "31/12/"), and the rest of a year
DATE_HEAD = re.compile(r"^\d{1,2}([/.-])\d{1,2}\1(\d{0,3})$")
YEAR_REST = re.compile(r"^(\d{1,4})[.,;]?$")
YEAR = re.compile(r"^(19|20)\d\d$")
# A date written whole, its year's four digits and all ("20/01/2026", "-20/01/2026"): nothing runs on from it.
WHOLE_DATE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(19|20)\d\d$")
# A word broken right after its apostrophe, straight or curly ("Children'" / "s"): a letter before the mark.
APOSTROPHE_END = re.compile(r"[^\W\d_]['\u2019]$")
# One lower-case letter alone, perhaps with the mark closing a label ("a", "b.", "c)").
LONE_LETTER = re.compile(r"^[a-z][.:)]?$")
# A hyphen between a letter or digit and a letter ("out-of-hours", not "2024-2025"): a renderer may wrap after it.
HYPHEN_BREAK = re.compile(r"(?<=\w)-(?=[^\W\d_])")


VERTICAL = ("btt", "ttb")  # the directions of text set vertically (``vertical_text.UP``, ``DOWN``)


@dataclass
class Line:
    words: list[Word]

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.along())

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.along())

    def along(self) -> list[Word]:
        """The words set along the line: a word set vertically beside it (a band's rotated words
        beside several rows) gives the line no height, unless it is the line's only text."""
        return [w for w in self.words if not is_vertical(w)] or self.words

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.words)

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)


def is_vertical(word: Word) -> bool:
    """Whether a word is set vertically, its baseline running up or down the page (``vertical_text``)."""
    return word.get("direction") in VERTICAL


def words_to_lines(words: Iterable[Word]) -> list[Line]:
    """Words grouped into visual lines (a superscript joins the line it sits on; a word set vertically,
    a band's rotated words beside several rows, joins the first line beside it and spans no other)."""
    lines: list[Line] = []
    current: list[Word] = []
    low = high = 0.0  # the current line's band: its first word's (so a tall header row never becomes one line)
    ordered = sorted(words, key=TOP_LEFT)
    for w in (w for w in ordered if not is_vertical(w)):
        mid = (w["top"] + w["bottom"]) / 2
        if current and low <= mid <= high:
            current.append(w)
        else:
            current = [w]
            low, high = w["top"] - 1, w["bottom"] + 1
            lines.append(Line(current))
    for w in (w for w in ordered if is_vertical(w)):
        add_vertical_word(lines, w)
    for line in lines:
        line.words.sort(key=LEFT)
    return lines


def add_vertical_word(lines: list[Line], word: Word) -> None:
    """A word set vertically put on the line its top stands beside (within a point), else on the first
    line below its top beside it (as tall as many lines, it would make one line of all those beside
    it), or on a line of its own where none is."""
    for i, line in enumerate(lines):
        if line.bottom + 1 >= word["top"] and line.top <= word["bottom"]:
            line.words.append(word)
            return
        if line.top > word["bottom"]:
            lines.insert(i, Line([word]))
            return
    lines.append(Line([word]))


def unstruck(words: list[Word]) -> list[Word]:
    """A cell's words without those struck through (``strikes``: superseded), unless every word is
    struck: a cell is never lost, it is kept whole (logged)."""
    kept = [w for w in words if not w.get("struck")]
    if kept or not words:
        return kept
    # a closed action struck whole is common: read right, so no warning on every such cell of a batch
    LOG.debug("every word of a table cell is struck through: kept (%.40r)", " ".join(w["text"] for w in words))
    return words


def words_to_cell_text(words: list[Word], bbox: BBox | None, settings: PdfSettings = DEFAULT,
                       text_edge: float | None = None) -> str:
    """A cell's text; ``bbox`` is the ruled cell's box, None when the table has no ruling (then
    ``text_edge``, where its column's text ends, tells a word broken at the column's edge)."""
    lines = words_to_lines(unstruck(words))
    if bbox is None:
        paragraphs = lines_to_paragraphs(lines, None, settings, text_edge=text_edge)
    else:
        left = min(line.words[0]["x0"] for line in lines) if lines else 0.0  # Line.x0: words are sorted by x0
        padding = min(settings.cell_padding, max(0.0, left - bbox[0])) if lines else None
        paragraphs = lines_to_paragraphs(lines, bbox[2], settings, padding)
    # dates a line each that a narrow column wrapped: where the lines end tells them apart
    return join_lines(dates_a_line(paragraphs, [line_text(line) for line in lines]))


def lines_to_paragraphs(lines: list[Line], right_edge: float | None, settings: PdfSettings = DEFAULT,
                        padding: float | None = None, text_edge: float | None = None,
                        reach: float | None = None) -> list[str]:
    """Join lines that were only wrapped; keep real breaks.

    A renderer wraps a line only when the next word does not fit, so if the first word
    of the next line would have fitted after this line, the break was a hard one.
    ``padding`` is the cell's own inner margin (its text's distance from the left rule);
    without a rule, ``text_edge`` is where the column's text ends.  ``reach``: how far
    lines may reach where more than these lines tell it (the page's text, for a few lines of it).
    """
    if not lines:
        return []
    # Each line's text and box once: Line's properties walk its words on every use.
    texts = [line_text(line) for line in lines]
    tops = [line.top for line in lines]
    bottoms = [line.bottom for line in lines]
    rights = [line.x1 for line in lines]
    usable_right = max(usable_right_edge(rights, right_edge, settings), reach or 0.0)
    paragraphs = [texts[0]]
    for i in range(1, len(lines)):
        prev, line, text = lines[i - 1], lines[i], texts[i]
        gap = tops[i] - bottoms[i - 1]
        prev_height = max(bottoms[i - 1] - tops[i - 1], 1.0)  # Line.height
        same_paragraph = gap <= settings.paragraph_gap * prev_height
        # a word's pieces stand at the paragraph's line spacing: lines further apart are two values
        # ("1" over "2" in a narrow number column, the numbers of two rows), however full the first
        if same_paragraph and ((broken_at_edge(prev, line, right_edge, settings, padding, text_edge)
                                and not two_words(last_word(paragraphs[-1]), text))
                               or (right_edge is None and year_runs_on(prev, line, text_edge))):
            paragraphs[-1] += text
        elif opens_paragraph(prev, line, text, usable_right - rights[i - 1], same_paragraph):
            paragraphs.append(text)
        else:
            paragraphs[-1] = join_wrapped(paragraphs[-1], text)
    return paragraphs


def last_word(text: str) -> str:
    """The word a text ends with: a word broken over several lines is checked whole ("Compl" of
    "Co" / "mpl", before "ete")."""
    return text[text.rfind(" ") + 1:]


def usable_right_edge(rights: list[float], right_edge: float | None, settings: PdfSettings = DEFAULT) -> float:
    """How far a line of the cell may reach: its furthest line, or the ruled cell's right rule less
    its padding where that is further (a cell whose lines all broke early)."""
    usable_right = max(rights)
    if right_edge is not None:
        usable_right = max(usable_right, right_edge - settings.cell_padding)
    return usable_right


def opens_paragraph(prev: Line, line: Line, text: str, room: float, same_paragraph: bool) -> bool:
    """Whether ``line`` (``text``) starts a paragraph rather than going on from ``prev``: its first word
    would have fitted in the ``room`` left on ``prev`` (so the break was a hard one), it opens with a
    bullet or label, a gap parts it from ``prev``, or it turns bold.  A line opening with closing
    punctuation, with no gap, never does (``continues_sentence``)."""
    if continues_sentence(text) and same_paragraph:
        return False
    first_word = line.words[0]
    needed = (first_word["x1"] - first_word["x0"]) + 3
    return (room > needed or opener_of(normalise_line(text)) or not same_paragraph or turns_bold(prev, line)
            or (turns_italic(prev, line) and SENTENCE_STOP.search(line_text(prev)) is not None))


def bold_word(word: Word) -> bool:
    return "bold" in str(word.get("fontname", "")).lower()


def turns_bold(prev: Line, line: Line) -> bool:
    """A line set wholly in bold under one with no bold word: a label or heading, never a wrapped
    line of the text above it."""
    return all(bold_word(w) for w in line.words) and not any(bold_word(w) for w in prev.words)


def italic_word(word: Word) -> bool:
    font = str(word.get("fontname", "")).lower()
    return "italic" in font or "oblique" in font


def turns_italic(prev: Line, line: Line) -> bool:
    """A line set wholly in italic under one with no italic word.  After a sentence's end it is a lead-in
    of its own ("Actions:" over a list); mid-sentence it may be an italic title wrapped onto its line."""
    return all(italic_word(w) for w in line.words) and not any(italic_word(w) for w in prev.words)


def opener_of(text: str) -> bool:
    """Whether a line opens a paragraph whatever the geometry says: a bullet or a sub-item label,
    though not a bare number (``BARE_NUMBER``), or an item's number alone, its text wrapped onto the
    next line by a narrow column ("2." over "30/09/2025")."""
    return bool(PARAGRAPH_OPENER.match(text)) and not BARE_NUMBER.match(text) or bool(ITEM_NUMBER.match(text))


def year_runs_on(line: Line, following: Line, text_edge: float | None) -> bool:
    """Whether a date alone on its line goes on into the next, a narrow borderless column having broken
    its year: the line a day and month with the first digits of a year, reaching the column's text edge
    (``text_edge``) or past it (the edge is the column's line but one, and a date may be its furthest),
    the next line opening with the rest, together a year of four digits ("31/12/20" / "25")."""
    if len(line.words) != 1 or not following.words or text_edge is None:
        return False
    if not reaches_edge(line.words[0], text_edge):
        return False
    head = DATE_HEAD.match(line.words[0]["text"])
    tail = YEAR_REST.match(following.words[0]["text"])
    return bool(head and tail and YEAR.match(head.group(2) + tail.group(1)))


def broken_at_edge(line: Line, following: Line, right_edge: float | None, settings: PdfSettings = DEFAULT,
                   padding: float | None = None, text_edge: float | None = None) -> bool:
    """A word broken mid-word at a ruled cell's right rule, or else at its column's text edge."""
    if right_edge is not None:
        return broken_word(line, following, right_edge, settings, padding)
    if text_edge is None:
        return False
    # A line past the column's text edge (its furthest line but one) is another column's, unless it
    # is one English word broken: only a word too wide for the column ends past its lines' edge.
    within = line.x1 <= text_edge + 0.5 or one_word(line.words[-1]["text"], following.words[0]["text"])
    return within and broken_word(line, following, text_edge, settings, 0.0)


def broken_word(line: Line, following: Line, right_edge: float, settings: PdfSettings = DEFAULT,
                padding: float | None = None) -> bool:
    """A single word wider than the column that the renderer had to break mid-word.

    The piece fills its line so that not even the next character fitted after it, and the
    text runs on in the same kind of character ("Septembe" / "r", "31/10/202" / "1"); a word
    that merely fills a narrow column ("December" / "2021", "RAG" / "status") was wrapped.
    A renderer breaks a word mid-word only where its line holds no other place to wrap, so the
    piece is the only word on its line and holds no hyphen it could have wrapped after
    (``wraps_inside``): "out-of-hours" / "safeguarding" are two words; nor is it a whole date.  A list item's bullet is
    no word of its line: the piece after it fills the room from the item's indent.
    """
    words = line.words[1:] if len(line.words) == 2 and normalise_line(line.words[0]["text"]) == "•" else line.words
    if len(words) != 1 or wraps_inside(words[0]["text"]) or WHOLE_DATE.search(words[0]["text"]):
        return False  # a whole date ("31/03/2025" over a list's "2.") is not a word too wide for its column
    word, tail = words[0], following.words[0]
    inner_width = right_edge - settings.cell_padding - word["x0"]
    width = word["x1"] - word["x0"]
    # Filling the line: within 15% of it, or, in a column a few characters wide, within one character
    # (the word's own on average, or the next piece's first, which did not fit).
    if inner_width - width > max(0.15 * inner_width, width / max(len(word["text"]), 1), first_char_width(tail)):
        return False
    right = right_edge - (settings.cell_padding if padding is None else padding)
    # a renderer's own measures may differ from the page's by a hair: an English word broken fills its line
    # to within ``break_slack`` (``one_word``: "Probatio" / "n", the next character seemingly fitting)
    slack = settings.break_slack if one_word(word["text"], tail["text"]) else 0.0
    return reaches_edge(word, right - slack, first_char_width(tail)) and (
        runs_on(word["text"], tail["text"]) or letter_suffix(word["text"], following))


def letter_suffix(head: str, following: Line) -> bool:
    """Whether the next line is only the letter of a two-level number broken after its digits ("R2" /
    "a" of "R2a", "10.2" / "b"): one lower-case letter alone on its line after a piece ending in a
    digit.  A letter with words after it ("a" / "new form") opens text, not a suffix."""
    return head[-1:].isdigit() and len(following.words) == 1 and bool(LONE_LETTER.match(following.words[0]["text"]))


def reaches_edge(word: Word, edge: float, next_char: float | None = None) -> bool:
    """Whether a word ends so close to ``edge`` (as far as its line's text may reach) that not one more
    character fitted after it: ``next_char`` wide where the next piece is known (its first character),
    else one of the word's own on average.  A line ending so is full: a renderer broke it there."""
    char = (word["x1"] - word["x0"]) / max(len(word["text"]), 1) if next_char is None else next_char
    return word["x1"] + char > edge


def first_char_width(word: Word) -> float:
    """How wide the word's first character is: its own box where the word keeps its characters
    (an "a" needs more room than the "l" after it), else the word's mean character width."""
    chars = word.get("chars") or ()
    if chars:
        return chars[0][1] - chars[0][0]
    return (word["x1"] - word["x0"]) / max(len(word["text"]), 1)


def unbreakable_width(word: Word) -> float:
    """How wide the word's first piece a renderer cannot break is: up to its first hyphen inside
    it ("Self-" of "Self-assessment", as a renderer may wrap after a hyphen), else the whole word."""
    cut = word["text"].find("-", 1) + 1
    if not 0 < cut < len(word["text"]):
        return word["x1"] - word["x0"]
    chars = word.get("chars") or ()
    if len(chars) == len(word["text"]):
        return chars[cut - 1][1] - word["x0"]
    return (word["x1"] - word["x0"]) * cut / len(word["text"])


def wraps_inside(text: str) -> bool:
    """Whether a renderer could wrap a word inside it: after a hyphen followed by a letter
    ("out-of-hours"), a place it wraps at before it ever breaks a word mid-word."""
    return bool(HYPHEN_BREAK.search(text))


def runs_on(head: str, tail: str) -> bool:
    """Whether the piece ``tail`` continues the word ``head`` ends with: characters of one kind
    (``same_kind``), a date's digits after its separator ("30/04/" / "2025"), the rest of a value
    after its joining mark ("2025" / "/26", ``JOINING_MARK``), or a word's lower-case letters after
    its apostrophe ("Children'" / "s", ``APOSTROPHE_END``).  A date whose year has its four digits is
    whole: the digits opening the next line are the next date's ("20/01/2026" / "31 September 2026")."""
    if WHOLE_DATE.search(head):
        return False
    date_part = head[-1] == "/" and head[:1].isdigit() and tail[:1].isdigit()
    joined = head[-1].isalnum() and bool(JOINING_MARK.match(tail))
    elided = bool(APOSTROPHE_END.search(head)) and tail[:1].islower()
    return date_part or joined or elided or same_kind(head[-1], tail[0])


def same_kind(a: str, b: str) -> bool:
    """Two characters that run on within a word: both digits, both lower case, both neither letter
    nor digit, or a number's point on either side ("6.1" / ".1", "10." / "2a").  Capitals on both
    sides are more often two acronyms ("VAWDASV" / "WCCIS") than one broken."""
    kinds = (str.isdigit, str.islower, str.isupper)
    number_point = (a.isdigit() and b == ".") or (a == "." and b.isdigit())
    return any(k(a) and k(b) for k in kinds[:2]) or not any(k(a) or k(b) for k in kinds) or number_point


def continues_sentence(text: str) -> bool:
    """A line opening with closing punctuation (", Merton Fields Council"): the renderer wrapped the
    mark after a word that filled the line, so it belongs to the line above."""
    return bool(CLOSING_PUNCTUATION.match(text))


def join_wrapped(head: str, tail: str) -> str:
    # A hyphen at a wrap joins to the next word only when the renderer itself broke a hyphenated compound.
    if head.endswith("-") and not head.endswith(" -"):
        return head + tail
    if BREAK_HYPHEN.search(head) and tail[:1].islower():  # a word the renderer hyphenated at a soft hyphen
        return head[:-1] + tail
    if continues_sentence(tail):  # a wrapped comma or stop closes the word above: no space before it
        return head + tail
    return head + " " + tail


def line_text(line: Line) -> str:
    """Words of one line; a word touching the previous one (a superscript "st") is not spaced."""
    parts = [line.words[0]["text"]]
    for prev, w in zip(line.words, line.words[1:]):
        parts.append(("" if w["x0"] - prev["x1"] < 0.5 else " ") + w["text"])
    return "".join(parts)


def wide_gaps(line: Line, settings: PdfSettings = DEFAULT) -> int:
    """How many gaps between neighbouring words are wider than a word space: column changes."""
    return sum(1 for a, b in zip(line.words, line.words[1:]) if is_wide_gap(a, b, settings))


def is_wide_gap(a: Word, b: Word, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the gap from word ``a`` to the next word ``b`` on its line is wider than a word space."""
    return b["x0"] - a["x1"] > max(settings.wide_gap, settings.wide_gap_em * (a["bottom"] - a["top"]))


def text_height(words: list[Word]) -> float | None:
    """The usual height of a line of the words (their median); None without words."""
    heights = sorted(w["bottom"] - w["top"] for w in words)
    return heights[len(heights) // 2] if heights else None
