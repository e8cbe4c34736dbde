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

Where no label names the recommendation, headings may: an emphasised paragraph that is a recommendation's
label ("Recommendation 3", "Rec 3:", "Recommendation 3: Police to …"), the paragraphs under it (or its
own text after the label) the recommendation's text, then blocks of labels naming two or more other plan
columns (a ``<dl>`` per action: "Action", "Lead agency", "Target date", "Progress").  Each block is an
action of the recommendation heading it; the heading and its text fill a ``NUMBER_COLUMN`` and a
``REC_COLUMN`` before the labels, written once per recommendation and merged down over its actions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..model import Cell, RawTable, Row, Span
from ..normalise.headers import fold_header, header_role
from ..normalise.labels import Label, split_label
from ..normalise.plan_evidence import RECOMMENDATION_LABEL

MAX_LABEL_WORDS = 5  # a label names a column ("Target completion date"), never a sentence
MIN_BLOCKS = 2  # each label is written in this many blocks at least
MIN_OTHER_ROLES = 2  # besides the recommendation's, labels of this many other plan columns
OTHER_ROLES = frozenset({"action", "agency", "target", "progress", "evidence", "status"})
STRATEGY = "labelled_text"  # how the table was found, in the ``tables`` report
NUMBER_COLUMN = "Ref"  # the column the blocks' own headings ("Recommendation 5") are set in
REC_COLUMN = "Recommendation"  # the column a recommendation heading's text is set in
# An item of a list written in the text: "1. ", "2) ", "a. ", a bullet.
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•▪●◦\-–])\s+\S")
ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[•▪●◦\-–])\s+")


@dataclass(frozen=True)
class Para:
    """A paragraph of the page's running text; ``emphasised``: set apart as labels and headings are."""

    text: str
    emphasised: bool = False
    page: int | None = None  # where it stands (PDF)
    # where its first line starts (PDF): a definition stands indented under its term; layout, not content
    x0: float | None = field(default=None, compare=False)


@dataclass
class Block:
    """One block: the heading(s) set just above its first label, and the paragraphs under each label."""

    title: str = ""
    fields: dict[str, list[str]] = field(default_factory=dict)
    page: int | None = None  # where its first label stands
    rec: int | None = None  # the recommendation heading it is under (its index), where headings name them


def label_key(text: str) -> str:
    """A paragraph's text as a label (folded, without its colon), '' when too long to be one."""
    stripped = text.strip().rstrip(":").strip()
    if not stripped or len(stripped.split()) > MAX_LABEL_WORDS or stripped.endswith((".", ";", ",")):
        return ""
    return fold_header(stripped)


def repeated_labels(paras: list[Para]) -> list[str]:
    """The emphasised paragraphs' labels written in ``MIN_BLOCKS`` blocks or more, in the order first written."""
    keys = [label_key(p.text) for p in paras if p.emphasised]
    counts = Counter(k for k in keys if k)
    return [k for k in dict.fromkeys(keys) if k and counts[k] >= MIN_BLOCKS]


def plan_labels(paras: list[Para]) -> list[str]:
    """The labels of a plan written in labelled blocks, in the order first written; [] when the
    emphasised paragraphs repeated over the blocks do not name a recommendation and two other plan
    columns."""
    repeated = repeated_labels(paras)
    roles = {header_role(k) for k in repeated}
    if "rec" not in roles or len(roles & OTHER_ROLES) < MIN_OTHER_ROLES:
        return []
    return repeated


def headed_labels(paras: list[Para]) -> list[str]:
    """The labels of a plan whose recommendations are headings ("Recommendation 3", differently numbered
    each time, ``MIN_BLOCKS`` or more) over blocks of labels naming two or more other plan columns; [] when
    there is none.  A numbered sub-heading ("Action 1.1") names an item, not a column: no label."""
    numbers = {head[0].number for p in paras if (head := rec_heading(p)) is not None}
    if len(numbers) < MIN_BLOCKS:
        return []
    repeated = [k for k in repeated_labels(paras) if not any(ch.isdigit() for ch in k)]
    if len({header_role(k) for k in repeated} & OTHER_ROLES) < MIN_OTHER_ROLES:
        return []
    return repeated


@dataclass
class Heading:
    """A recommendation heading: its label as written and its text (the paragraphs under it, or what
    follows the label on its own line)."""

    label: str
    text: list[str] = field(default_factory=list)
    inline: bool = False  # its text opens on the heading's own line (a wrapped bold heading runs on)
    page: int | None = None


def rec_heading(p: Para) -> tuple[Label, str] | None:
    """An emphasised paragraph that is a recommendation's label ("Recommendation 3", "Rec 3:",
    "Recommendation 3: Police to …"): the label and the text after it; None for any other paragraph."""
    if not p.emphasised:
        return None
    label, rest = split_label(p.text)
    if label is None or not RECOMMENDATION_LABEL.match(label.label):
        return None
    return label, rest.strip()


@dataclass
class BlockReader:
    """Reads the paragraphs in order into blocks (and, ``headed``, the recommendation headings over them)."""

    labels: list[str]
    headed: bool = False
    blocks: list[Block] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    current: str | None = None  # the label whose text is being read
    above: list[str] = field(default_factory=list)  # emphasised paragraphs since the last text: a next block's heading?
    under_heading: bool = False  # reading a recommendation heading's text

    def read(self, p: Para) -> None:
        head = rec_heading(p) if self.headed else None
        if head is not None:
            self.open_heading(head[0], head[1], p.page)
            return
        key = label_key(p.text) if p.emphasised else ""
        if key in self.labels:
            self.open_label(key, p.page)
        elif self.under_heading and (not p.emphasised or self.heading_runs_on()):
            self.add_heading_text(p)
        else:
            self.under_heading = False  # an emphasised line (a sub-heading) ends the heading's text
            self.above = self.above + [p.text] if p.emphasised else []
            if self.blocks and self.current is not None:
                self.blocks[-1].fields[self.current].append(p.text)

    def open_heading(self, label: Label, rest: str, page: int | None) -> None:
        if self.blocks:  # emphasised paragraphs read into the last field head this recommendation instead
            drop_headings(self.blocks[-1], self.current, len(self.above))
        self.headings.append(Heading(label.label, [rest] if rest else [], bool(rest), page))
        self.current, self.above, self.under_heading = None, [], True

    def heading_runs_on(self) -> bool:
        """A bold heading with its text on its own line, wrapped: its next bold line goes on with it."""
        text = self.headings[-1].text
        return self.headings[-1].inline and len(text) == 1 and not text[0].rstrip().endswith((".", "!", "?"))

    def add_heading_text(self, p: Para) -> None:
        heading = self.headings[-1]
        if p.emphasised:
            heading.text[-1] = f"{heading.text[-1]} {p.text.strip()}"
        else:
            heading.text.append(p.text)
            heading.inline = False

    def open_label(self, key: str, page: int | None) -> None:
        """A label opens a block at the first label, at a label its block has already, or (``headed``)
        under a new recommendation heading; labels above the first heading are no part of the plan."""
        self.under_heading = False
        rec = len(self.headings) - 1 if self.headed else None
        if rec == -1:
            self.current = None
            return
        last = self.blocks[-1] if self.blocks else None
        if last is None or key == self.labels[0] or key in last.fields or last.rec != rec:
            self.blocks.append(Block(self.above[-1] if self.above else "", page=page, rec=rec))
            if last is not None:
                drop_headings(last, self.current, len(self.above))
        self.blocks[-1].fields[key] = []
        self.current, self.above = key, []


def paras_to_blocks(paras: list[Para], labels: list[str], headed: bool = False) -> BlockReader:
    """The blocks: each opens at the first label (or at a label it has already), titled by the last of
    the emphasised paragraphs straight above that; any other paragraph is text of the label above it.
    ``headed``: recommendation headings name the recommendations, each block an action of the one above."""
    reader = BlockReader(labels, headed)
    for p in paras:
        reader.read(p)
    if reader.blocks:
        end_last_block(reader.blocks, reader.current)
    return reader


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


def label_names(paras: list[Para], labels: list[str]) -> list[str]:
    """Each label as first written (without its colon): the header row's cells."""
    names: dict[str, str] = {}
    for p in paras:
        key = label_key(p.text) if p.emphasised else ""
        if key in labels and key not in names:
            names[key] = p.text.strip().rstrip(":").strip()
    return [names[k] for k in labels]


def paras_to_rows(paras: list[Para]) -> list[tuple[list[Cell], int | None]]:
    """The rows of the plan written as labelled blocks among ``paras`` (the header row first: the
    labels as first written, after a ``NUMBER_COLUMN`` for the blocks' headings when they have
    them, and a ``REC_COLUMN`` where recommendation headings name the recommendations); [] where the
    page holds no such plan."""
    labels = plan_labels(paras)
    headed = not labels
    if headed:
        labels = headed_labels(paras)
    if not labels:
        return []
    read = paras_to_blocks(paras, labels, headed)
    blocks = [b for b in read.blocks if any(b.fields.values())]
    if len(blocks) < MIN_BLOCKS:
        return []
    names = [Cell(name) for name in label_names(paras, labels)]
    if headed:
        return headed_rows(read.headings, blocks, labels, names)
    titled = any(b.title for b in blocks)
    header = ([Cell(NUMBER_COLUMN)] if titled else []) + names
    return [(header, blocks[0].page)] + [row for b in blocks for row in block_rows(b, labels, titled)]


def headed_rows(headings: list[Heading], blocks: list[Block], labels: list[str],
                names: list[Cell]) -> list[tuple[list[Cell], int | None]]:
    """A row per action block, the heading's label and text before its first and merged down over the
    rest; a heading with text but no block before the last block is a recommendation with no action."""
    rows: list[tuple[list[Cell], int | None]] = [([Cell(NUMBER_COLUMN), Cell(REC_COLUMN), *names], blocks[0].page)]
    merged: Span = "above"
    for i, heading in enumerate(headings[: max(b.rec or 0 for b in blocks) + 1]):
        lead = [Cell(heading.label), Cell("\n".join(heading.text).strip())]
        own = [row for b in blocks if b.rec == i for row in block_rows(b, labels, False)]
        if not own and heading.text:
            rows.append((lead + [Cell("") for _ in labels], heading.page))
        for j, (cells, page) in enumerate(own):
            rows.append(((lead if j == 0 else [Cell("", merged), Cell("", merged)]) + cells, page))
    return rows


def paras_to_table(paras: list[Para], index: int) -> RawTable | None:
    """The plan written as labelled blocks among ``paras`` as the document's table ``index``; None
    where there is none."""
    rows = paras_to_rows(paras)
    if not rows:
        return None
    return RawTable(tuple(Row(tuple(cells), i, page) for i, (cells, page) in enumerate(rows)), index, rows[0][1],
                    strategy=STRATEGY)
