"""The safety net under every PDF reading stage: words set inside a table's area whose text reached none
of the page's table cells.  A stage that draws a cell too small, or a row whose box misses some of its
words, drops text without a trace; this check compares the page's words with the text the cells hold,
whatever stage read them, and hands the difference on as the table's ``unread`` lines (kept as residue
with a warning, ``normalise/records``), so a reading that drops text says so.  A lone word whose text
stands in another cell of the page cannot be told from that cell's (``unreached_runs``) and is not reported.

Text is compared, not boxes: a row joined across a page break keeps its first piece's box, so boxes
would report words that did reach a cell.  Words are compared as their letters and digits only (cells
join a hyphenated word, split words set flush at a cell's edge and repair ligatures and mis-decoded
characters), first by count, then, for a word the cells do not hold whole, as a piece of their text.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ...model import RawTable
from .lines import BBox, Line, Word, centre_inside, words_to_lines
from .runs import line_segments
from .settings import DEFAULT, PdfSettings

NOT_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]")


def folded(text: str) -> str:
    """A text's letters and digits only, case folded (``ﬁ`` folds to ``fi``; other non-ASCII letters drop,
    as a mis-decoded character and its repair differ there)."""
    return NOT_LETTER_OR_DIGIT.sub("", text.casefold())


def cells_text(tables: Iterable[RawTable]) -> list[str]:
    """Every cell's text of the tables, in reading order."""
    return [cell.text for table in tables for row in table.rows for cell in row.cells if cell.text]


def unreached_words(words: list[Word], counts: Counter[str], texts: list[str]) -> list[Word]:
    """The ``words`` whose text the cells do not hold: each word's folded text taken from ``counts`` (the
    cells' words not yet matched: they are used up here); a word that is no word of the cells' ``texts``
    may stand in their text run together (a hyphenated word joined, ``held_in_pieces``), but a word of
    theirs all used up is one too many.  Struck words are left out of their cells on purpose."""
    whole = word_counts(texts)
    run_together = run_together_text(texts)
    missing = []
    for word in words:
        token = folded(word["text"])
        if not token or word.get("struck"):
            continue
        if counts[token] > 0:
            counts[token] -= 1
        elif token in whole or not held_in_pieces(token, run_together):
            missing.append(word)
    return missing


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each folded word stands in the texts."""
    return Counter(folded(token) for text in texts for token in text.split())


def run_together_text(texts: Iterable[str]) -> str:
    return "".join(folded(text) for text in texts)


def held_in_pieces(token: str, run_together: str) -> bool:
    """Whether the cells' text run together holds ``token`` whole, or in two pieces (a word set across a
    cell's edge, its start ending one cell and its rest opening another)."""
    return token in run_together or any(token[:i] in run_together and token[i:] in run_together
                                        for i in range(1, len(token)))


def row_unreached_words(words: list[Word], table: RawTable) -> list[Word]:
    """The words of a table's area that its cells do not hold.  Each word level with a row's box (a row
    whose box is one cell's, the others drawn no box, holds the words beside it too) is first matched
    with that row's cells, as text common in a plan (an agency, a date) stands in other rows too; the
    words left are matched with what the table's cells hold beyond the words matched so (a merged
    cell's lower lines lie level with the rows under its own)."""
    by_row: dict[int, list[Word]] = {}
    for word in words:
        by_row.setdefault(row_level_with(word, table), []).append(word)
    left = word_counts(cells_text([table]))
    unmatched = []
    for i, own in by_row.items():
        if i < 0:
            unmatched += own
            continue
        texts = [c.text for c in table.rows[i].cells]
        missing = unreached_words(own, word_counts(texts), texts)
        lost = {id(word) for word in missing}
        left -= word_counts(word["text"] for word in own if id(word) not in lost)
        unmatched += missing
    return unreached_words(unmatched, left, cells_text([table]))


def row_level_with(word: Word, table: RawTable) -> int:
    """The position of the first of the table's rows whose box is level with the word's middle (-1: none)."""
    middle = (word["top"] + word["bottom"]) / 2
    return next((i for i, r in enumerate(table.rows) if r.bbox is not None and r.bbox[1] <= middle <= r.bbox[3]), -1)


def page_tables_to_unread(tables: list[RawTable], words: list[Word], settings: PdfSettings = DEFAULT) -> list[RawTable]:
    """The page's tables, each given the lines of its words no cell holds (``row_unreached_words``; words
    inside a nested table's box are the nested table's), as ``unreached_runs`` keeps them."""
    boxed = [t for t in tables if t.bbox is not None and not t.via_ocr]
    if not boxed:
        return tables
    run_together = run_together_text(cells_text(tables))
    owned = words_by_table(words, boxed)
    out = []
    for table in tables:
        missing = row_unreached_words(owned.get(id(table), []), table)
        header = set(word_counts(table.rows[0].texts)) if table.rows else set()
        lines = [" ".join(w["text"] for w in kept) for line in words_to_lines(missing)
                 if (kept := unreached_runs(line, run_together, header, settings))]
        out.append(replace(table, unread=(*table.unread, *lines)) if lines else table)
    return out


def unreached_runs(line: Line, run_together: str, header: set[str], settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words of a line of unmatched words kept as unread: its runs (words set close, ``line_segments``)
    whose text does not stand in the page's cells run together (a merged cell's lower lines lie level
    with the rows under its own, a date broken at its slash opens a line), nor is all words of the
    table's header (a nested table's header repeats the plan's), all together holding at least
    ``unread_min_chars`` letters or digits."""
    kept = [w for run in line_segments(line, settings)
            if folded("".join(w["text"] for w in run)) not in run_together
            and not {folded(w["text"]) for w in run} <= header for w in run]
    return kept if len(folded("".join(w["text"] for w in kept))) >= settings.unread_min_chars else []


def words_by_table(words: list[Word], tables: list[RawTable]) -> dict[int, list[Word]]:
    """The words inside each table's box, by the table's ``id`` (a word inside a nested table's box is the
    nested table's)."""
    owned: dict[int, list[Word]] = {}
    for word in words:
        table = owner(word, tables)
        if table is not None:
            owned.setdefault(id(table), []).append(word)
    return owned


def owner(word: Word, tables: list[RawTable]) -> RawTable | None:
    """The smallest of the tables whose box holds the word's middle (a nested table inside its outer one)."""
    holding = [t for t in tables if t.bbox is not None and centre_inside(word, t.bbox)]
    return min(holding, key=lambda t: area(t.bbox), default=None)  # type: ignore[arg-type]


def area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])
