"""A plan written as labelled blocks in running text, with no table: a table of one row per block.

Some agencies publish their plan as a web page (or its print) with a heading per recommendation
("Recommendation 5") and under it the same labels in the same order, each emphasised on a line of its
own with its text below ("Recommendation", "Actions to be taken", "Person responsible", "Target
completion date", "Progress to date").  Read so, the labels are a header row and each block a row:
the format's reader hands its text here as paragraphs (``Para``: the text, and whether it is set
apart as a label or heading is: bold, or a heading element) and gets back the rows of a table the
normaliser reads as it reads any plan table.

Only a plan's labels make blocks: a label naming the recommendation and two more naming other plan
columns (header_role), each repeated over at least ``MIN_BLOCKS`` blocks.  A FAQ's bold questions or a
glossary's bold terms are each written once, so they make none.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Cell, RawTable, Row, Span
from ..normalise.headers import fold_header, header_role

MAX_LABEL_WORDS = 5  # a label names a column ("Target completion date"), never a sentence
MIN_BLOCKS = 2  # each label is written in this many blocks at least
MIN_OTHER_ROLES = 2  # besides the recommendation's, labels of this many other plan columns
OTHER_ROLES = frozenset({"action", "agency", "target", "progress", "evidence", "status"})
STRATEGY = "labelled_text"  # how the table was found, in the ``tables`` report
NUMBER_COLUMN = "Ref"  # the column the blocks' own headings ("Recommendation 5") are set in
# An item of a list written in the text: "1. ", "2) ", "a. ", a bullet.
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•▪●◦\-–])\s+\S")
ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•▪●◦\-–])\s+")


@dataclass(frozen=True)
class Para:
    """A paragraph of the page's running text; ``emphasised``: set apart as labels and headings are."""

    text: str
    emphasised: bool = False
    page: int | None = None  # where it stands (PDF)


@dataclass
class Block:
    """One block: the heading(s) set just above its first label, and the paragraphs under each label."""

    title: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)
    page: int | None = None  # where its first label stands


def label_key(text: str) -> str:
    """A paragraph's text as a label (folded, without its colon), '' when too long to be one."""
    stripped = text.strip().rstrip(":").strip()
    if not stripped or len(stripped.split()) > MAX_LABEL_WORDS or stripped.endswith((".", ";", ",")):
        return ""
    return fold_header(stripped)


def plan_labels(paras: list[Para]) -> list[str]:
    """The labels of a plan written in labelled blocks, in the order first written; [] when the
    emphasised paragraphs repeated over the blocks do not name a recommendation and two other plan
    columns."""
    keys = [label_key(p.text) for p in paras if p.emphasised]
    counts = Counter(k for k in keys if k)
    repeated = [k for k in dict.fromkeys(keys) if k and counts[k] >= MIN_BLOCKS]
    roles = {header_role(k) for k in repeated}
    if "rec" not in roles or len(roles & OTHER_ROLES) < MIN_OTHER_ROLES:
        return []
    return repeated


def paras_to_blocks(paras: list[Para], labels: list[str]) -> list[Block]:
    """The blocks: each opens at the first label (or at a label it has already), titled by the last of
    the emphasised paragraphs straight above that; any other paragraph is text of the label above it."""
    blocks: list[Block] = []
    current: str | None = None
    above: list[str] = []  # emphasised paragraphs since the last text: a next block's heading?
    for p in paras:
        key = label_key(p.text) if p.emphasised else ""
        if key in labels:
            if not blocks or key == labels[0] or key in blocks[-1].fields:
                blocks.append(Block(above[-1] if above else "", page=p.page))
                if len(blocks) > 1:
                    drop_headings(blocks[-2], current, len(above))
            blocks[-1].fields[key] = []
            current, above = key, []
            continue
        above = above + [p.text] if p.emphasised else []
        if blocks and current is not None:
            blocks[-1].fields[current].append(p.text)
    if blocks:
        end_last_block(blocks, current)
    return blocks


def drop_headings(block: Block, key: str | None, n: int) -> None:
    """The emphasised paragraphs just read into the block's last field head the next block instead."""
    if key is not None and n:
        del block.fields[key][-n:]


def end_last_block(blocks: list[Block], key: str | None) -> None:
    """The page's text after the last block (a footer, "Last updated …") is no part of its last field:
    that field keeps as many paragraphs as it has at most in the other blocks."""
    if key is None or len(blocks) < 2:
        return
    most = max((len(b.fields.get(key, [])) for b in blocks[:-1]), default=0)
    del blocks[-1].fields[key][max(most, 1):]


def list_items(paragraphs: list[str]) -> list[str]:
    """A field written as a list of two or more items, each item's text without its number or bullet
    (as a table's rows would hold them); else []."""
    if len(paragraphs) < 2 or not all(LIST_ITEM.match(p) for p in paragraphs):
        return []
    return [ITEM_MARK.sub("", p, count=1) for p in paragraphs]


def block_rows(block: Block, labels: list[str], titled: bool) -> list[tuple[list[Cell], int | None]]:
    """A block's rows: one, or one per item where its actions are a list (the other fields written
    once for them all, merged down over the items)."""
    texts = ["\n".join(block.fields.get(k, [])).strip() for k in labels]
    items = next((list_items(block.fields.get(k, [])) for k in labels if header_role(k) == "action"), [])
    first = ([Cell(block.title)] if titled else []) + [Cell(t) for t in texts]
    if not items:
        return [(first, block.page)]
    action = labels.index(next(k for k in labels if header_role(k) == "action")) + titled
    rows = [[Cell(items[0]) if c == action else cell for c, cell in enumerate(first)]]
    merged: Span = "above"
    for item in items[1:]:
        rows.append([Cell(item) if c == action else Cell("", merged) for c in range(len(first))])
    return [(row, block.page) for row in rows]


def paras_to_rows(paras: list[Para]) -> list[tuple[list[Cell], int | None]]:
    """The rows of the plan written as labelled blocks among ``paras`` (the header row first: the
    labels as first written, after a ``NUMBER_COLUMN`` for the blocks' headings when they have
    them); [] where the page holds no such plan."""
    labels = plan_labels(paras)
    if not labels:
        return []
    blocks = [b for b in paras_to_blocks(paras, labels) if any(b.fields.values())]
    if len(blocks) < MIN_BLOCKS:
        return []
    names = {}
    for p in paras:
        key = label_key(p.text) if p.emphasised else ""
        if key in labels and key not in names:
            names[key] = p.text.strip().rstrip(":").strip()
    titled = any(b.title for b in blocks)
    header = ([Cell(NUMBER_COLUMN)] if titled else []) + [Cell(names[k]) for k in labels]
    return [(header, blocks[0].page)] + [row for b in blocks for row in block_rows(b, labels, titled)]


def paras_to_table(paras: list[Para], index: int) -> RawTable | None:
    """The plan written as labelled blocks among ``paras`` as the document's table ``index``; None
    where there is none."""
    rows = paras_to_rows(paras)
    if not rows:
        return None
    return RawTable(tuple(Row(tuple(cells), i, page) for i, (cells, page) in enumerate(rows)), index, rows[0][1],
                    strategy=STRATEGY)
