"""A centred borderless table (LibreOffice's print of an HTML plan) whose recommendations are merged
cells over their actions' rows, a lead-in line and sub-points (a), (b) each on a line of its own: the
recommendation cells are the tallest of their rows, so they touch but for the rows' padding and their
column reads as one block, centred on no row.  The numbers beside them, merged over the same rows, are
centred alike: the block is cut into pieces centred on the numbers, one each (``split_at_labels``)."""
from __future__ import annotations

from dhr_extract.extract.pdf.blocks import Block
from dhr_extract.extract.pdf.centre_splits import split_at_labels
from dhr_extract.extract.pdf.centred import centred_table_rows
from dhr_extract.extract.pdf.lines import Line, words_to_lines
from tests.helpers import typeset_line

COLUMNS = [58.0, 90.0, 300.0, 480.0, 570.0]
LINE, PITCH, PADDING = 10.0, 11.5, 4.3  # a line's height, a cell's line spacing, the gap between two rows' cells
REC_1 = ["Police to improve the response:", "(a) flag a repeat address;", "(b) send an officer to visit;",
         "(c) tell the IDVA service;", "of every repeat victim."]
REC_2 = ["Health Board to strengthen safeguarding:", "(a) see every woman alone;", "(b) record a disclosure",
         "in the GP record."]
ACTIONS_1 = [("(a) Add a repeat-address flag", "Police", "Jan 2026"), ("(b) Set a visit standard", "Police", "Mar 2026")]
ACTIONS_2 = [("(a) Book one appointment", "Health", "Feb 2026"), ("(b) Send a coded letter", "Health", "May 2026")]


def cell(column: int, middle: float, texts: list[str]) -> list[Line]:
    """A cell's lines centred on ``middle``."""
    top = middle - (PITCH * (len(texts) - 1) + LINE) / 2
    return [typeset_line(top + PITCH * i, (COLUMNS[column], text), height=LINE) for i, text in enumerate(texts)]


def recommendation(top: float, number: str, text: list[str],
                   actions: list[tuple[str, str, str]]) -> tuple[list[Line], float]:
    """A recommendation's lines from ``top``: its number and text merged over its actions' rows (the
    text the tallest, so it fills them), each action's row centred in an equal share; and its bottom."""
    height = PITCH * (len(text) - 1) + LINE
    middle = top + height / 2
    lines = cell(0, middle, [number]) + cell(1, middle, text)
    share = (height + PADDING) / len(actions)
    for i, (action, lead, date) in enumerate(actions):
        row_middle = top - PADDING / 2 + share * (i + 0.5)
        lines += cell(2, row_middle, [action]) + cell(3, row_middle, [lead]) + cell(4, row_middle, [date])
    return lines, top + height


def table_lines() -> list[Line]:
    first, bottom = recommendation(100.0, "1", REC_1, ACTIONS_1)
    second, _ = recommendation(bottom + PADDING, "2", REC_2, ACTIONS_2)
    words = [w for ln in first + second for w in ln.words]
    return words_to_lines(words)


def row_texts(rows: list[list[Line]]) -> list[list[str]]:
    """Each row's text, column by column (words in reading order)."""
    out = []
    for row in rows:
        words = sorted((w for ln in row for w in ln.words), key=lambda w: (w["top"], w["x0"]))
        out.append([" ".join(w["text"] for w in words if COLUMNS[c] <= w["x0"] < (COLUMNS + [1e9])[c + 1])
                    for c in range(len(COLUMNS))])
    return out


def test_touching_merged_recommendations_are_cut_at_their_numbers() -> None:
    assert row_texts(centred_table_rows(table_lines(), COLUMNS, cut=False)) == [
        ["1", " ".join(REC_1), "(a) Add a repeat-address flag", "Police", "Jan 2026"],
        ["", "", "(b) Set a visit standard", "Police", "Mar 2026"],
        ["2", " ".join(REC_2), "(a) Book one appointment", "Health", "Feb 2026"],
        ["", "", "(b) Send a coded letter", "Health", "May 2026"],
    ]


def test_a_block_is_cut_only_into_one_piece_for_each_number_beside_it() -> None:
    first = Block(1, tuple(cell(1, 128.0, REC_1)))
    second = Block(1, tuple(cell(1, first.bottom + PADDING + (PITCH * (len(REC_2) - 1) + LINE) / 2, REC_2)))
    block = Block(1, first.lines + second.lines)
    assert split_at_labels(block, [first.centre, second.centre], 2.0, 1.0) == [first, second]
    assert split_at_labels(block, [first.centre], 2.0, 1.0) == [block]  # one number: nothing to cut
    assert split_at_labels(block, [first.centre, second.centre + 8.0], 2.0, 1.0) == [block]  # no piece on it
