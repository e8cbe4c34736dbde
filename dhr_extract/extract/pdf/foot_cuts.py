"""Words the page's foot cuts in two: a narrow column's renderer breaks a word too wide for it
mid-word ("Recommendatio" / "n 12:"), and when the break falls on the last line of a page the
rest of the word opens the row's continuation overleaf.  The page alone cannot join the two, so
the piece at the foot is marked with a soft hyphen (U+00AD, the mark of a break inside a word);
the join of a row cut by a page break (``normalise.rows.join_text``) runs the word on there.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...lexicon import LETTERS, MONTH_HEAD, is_word
from ...model import SOFT_HYPHEN, Cell, Row
from .lines import APOSTROPHE_END, BBox, Line, Word, box_centre_inside, reaches_edge
from .runs import column_of
from .text_edges import CUT_DATE

# a written date whose year lacks digits ("31 Jan 202", "31 January 2"): a two-digit year is whole
CUT_WRITTEN_DATE = re.compile(r"\b\d{1,2}\s+" + MONTH_HEAD + r"\.?\s+(\d|\d{3})$",
                              re.I)
WIDE_SHARE = 0.8  # of the room left in its column, a word that a narrow column had to break


def foot_line(words: list[Word]) -> list[Word]:
    """The words of a cell's last line: those whose top is within half a line of the lowest top."""
    if not words:
        return []
    lowest = max(w["top"] for w in words)
    half = min(w["bottom"] - w["top"] for w in words) / 2
    return [w for w in words if w["top"] >= lowest - half]


def cut_at_foot(words: list[Word], text_edge: float | None, column_end: float) -> bool:
    """Whether a cut row's cell ends in a word broken mid-word: its last line is one word ending in
    a letter or digit (or a date's separator, "31/10/"), nearly as wide as the room from where it
    starts (the cell's left, or a list item's indent) to the column's end (``column_end``: the next
    column's start), and filling it to its text edge.  A short word alone on its line (a name in
    a column of names) may reach the edge of a column no wider than it.  A date missing digits of its
    year ("31/03/2") is cut wherever it ends: a borderless column's gutter may make it look narrow."""
    line = foot_line(words)
    if len(line) == 1 and CUT_DATE.match(line[0]["text"]):
        return True  # a date missing digits of its year is never whole, however wide the gutter after it
    if len(line) != 1 or text_edge is None:
        return False
    word = line[0]
    wide = word["x1"] - word["x0"] >= WIDE_SHARE * (column_end - word["x0"])
    return wide and ends_mid_word(word["text"]) and reaches_edge(word, text_edge)


def ends_mid_word(text: str) -> bool:
    """Whether a piece can end where a word was broken: on a letter or digit, on the separator
    after a date's digits ("31/10/"), where a renderer may break a date too wide for its column, or
    on an apostrophe after a letter ("Children'"), where it may break before the "s"."""
    return text[-1:].isalnum() or (text[-1:] == "/" and text[-2:-1].isdigit()) or bool(APOSTROPHE_END.search(text))


def mark_foot_cuts(row: Row, words: list[Word], columns: list[float],
                   text_edges: tuple[float | None, ...]) -> Row:
    """The last row of a table the page's foot cuts, each cell ending in a word broken there
    (``cut_at_foot``) marked with a soft hyphen; ``words``: the row's words."""
    per_column: list[list[Word]] = [[] for _ in columns]
    for w in words:
        per_column[column_of(w["x0"], columns)].append(w)
    ends = [*columns[1:], max((e for e in text_edges if e is not None), default=columns[-1])]
    cells = tuple(replace(cell, text=cell.text + SOFT_HYPHEN) if c < len(text_edges) and cell.text
                  and cut_at_foot(per_column[c], text_edges[c], ends[c]) else cell
                  for c, cell in enumerate(row.cells))
    return replace(row, cells=cells)


def spans_table(row: Row) -> bool:
    """Whether one cell runs across the whole row (a theme row): every cell after the first is
    covered from its left."""
    return len(row.cells) > 1 and all(cell.span == "left" for cell in row.cells[1:])


def with_foot_cuts(rows: list[Row], groups: list[list[Line]], columns: list[float],
                   text_edges: tuple[float | None, ...], cut: bool) -> list[Row]:
    """A table's rows, the last marked where it ends in words the page's foot broke (``cut``: the
    table runs to the foot; ``groups``: each row's lines).  The header alone, or a row spanning the
    table, is left as it is; a row beside merged cells is not (they span rows, not the table)."""
    if not cut or len(rows) < 2 or spans_table(rows[-1]):
        return rows
    words = [w for line in groups[-1] for w in line.words]
    return rows[:-1] + [mark_foot_cuts(rows[-1], words, columns, text_edges)]


def with_cut_dates(row: Row) -> Row:
    """A ruled table's last row, each cell ending in a date missing digits of its year marked cut
    (``CUT_DATE``): only a column too narrow for it breaks a date, and its rest is overleaf."""
    cells = tuple(replace(cell, text=cell.text + SOFT_HYPHEN) if ends_in_cut_date(cell.text) else cell
                  for cell in row.cells)
    return replace(row, cells=cells)


def with_cut_words(row: Row, words: list[list[Word]], boxes: tuple[BBox | None, ...], padding: float) -> Row:
    """A ruled table's last row, each cell ending in a piece of a word its right rule broke marked cut,
    as is a date missing digits of its year (``with_cut_dates``): the cell's last line one piece
    filling the cell to its padding (``cut_at_foot``) that is no English word ("Quar" of "Quarterly").
    A whole word filling the cell ("Police") is left alone: where a page cut the row, the rest of a
    word broken there opens the cell overleaf, and the join runs it on (``normalise.rows.separator``)."""
    def cut(cell: Cell, cell_words: list[Word], box: BBox | None) -> bool:
        if ends_in_cut_date(cell.text):
            return True
        # the room a ruled cell's text has ends at its padding, short of its right rule
        if not cell.text or box is None or not cut_at_foot(cell_words, box[2] - padding, box[2] - padding):
            return False
        piece = foot_line(cell_words)[0]["text"]
        return bool(LETTERS.fullmatch(piece)) and not is_word(piece)  # a whole date or number is whole
    cells = tuple(replace(cell, text=cell.text + SOFT_HYPHEN) if cut(cell, cell_words, box) else cell
                  for cell, cell_words, box in zip(row.cells, words, boxes))
    return replace(row, cells=cells)


def ends_in_cut_date(text: str) -> bool:
    """Whether a cell ends in a date missing digits of its year: numeric ("31/03/2") or written ("31 Jan 202")."""
    words = text.split()
    return bool(words) and (bool(CUT_DATE.match(words[-1])) or bool(CUT_WRITTEN_DATE.search(text)))


def with_text_under_closed_cells(words_in: dict[tuple[int, int], list[Word]], words: list[Word],
                                 rows: tuple[tuple[BBox | None, ...], ...], bbox: BBox) -> dict[tuple[int, int], list[Word]]:
    """The cells' words (``words_in``, by (row, column)), with the words inside the table's box that no
    cell holds and that run on, line under line, from the text of the lowest cell above them: a
    browser closes a column's cell at the row it ends in while a merged cell beside it reaches lower,
    and at a page break the merged cells' text runs on under that rule, inside no cell."""
    placed = {id(w) for ws in words_in.values() for w in ws}
    loose = sorted((w for w in words if id(w) not in placed and box_centre_inside(word_box(w), bbox)),
                   key=lambda w: w["top"])
    if not loose:
        return words_in
    out = {key: list(ws) for key, ws in words_in.items()}
    for w in loose:
        key = lowest_cell_above(w, rows)
        text = out.get(key, []) if key else []
        if key and text and w["top"] - max(o["bottom"] for o in text) <= w["bottom"] - w["top"]:
            out[key].append(w)
    return out


def word_box(w: Word) -> BBox:
    return (w["x0"], w["top"], w["x1"], w["bottom"])


def lowest_cell_above(w: Word, rows: tuple[tuple[BBox | None, ...], ...]) -> tuple[int, int] | None:
    """The (row, column) of the lowest cell over the word's middle when the word's middle lies under it (None when
    a cell over its middle reaches lower: a hole inside the grid, not text run on under it)."""
    middle = (w["x0"] + w["x1"]) / 2
    found = [(box[3], (r, c)) for r, row in enumerate(rows) for c, box in enumerate(row)
             if box is not None and box[0] <= middle <= box[2]]
    if not found or max(found)[0] > (w["top"] + w["bottom"]) / 2:
        return None
    return max(found)[1]
