"""Tables nested in an outer table's rows, printed stacked down the page without the outer rules.

An HTML plan may hold each recommendation's actions as a small table of their own inside the
recommendation's row.  A browser prints it as a grid inside a grid (``nested_grids``); LibreOffice's
import lays each small table across the outer columns under the recommendation's text, draws no
rules for the outer table (or some), and centres the number beside them.  On the page that is:
the outer header (``Rec / Recommendation / Actions and progress``), then, for each outer row, a
block of text, a bold header row of column names (``Action / Lead agency / Target date / Progress``)
written again for every row, and the small table's rows under it, the number alone in a column at
the left.  The rule read here: a header of column names repeated on a page under a header of other
names whose first column lies left of them is the header of tables nested in the outer rows; the
text between one nested table and the next header is the next outer row's own cell, and the words
left of the gutter are its label.  The table comes out as the HTML and DOCX readers give it
(``extract.subrows``): each nested row a sub-row of its outer row.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from statistics import median

from ...model import Cell, RawTable, Row
from ..subrows import is_name_row
from ..text import join_lines
from .lines import BBox, Word, bold_word, lines_to_paragraphs, words_to_cell_text, words_to_lines
from .nested_grids import rows_with_sub_rows
from .settings import DEFAULT, PdfSettings

Band = list[Word]  # words set together down the page, white space above and below


@dataclass(frozen=True)
class Header:
    """A header row of column names: its cells' words, left to right."""

    cells: tuple[tuple[Word, ...], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(cell_text(c) for c in self.cells)

    @property
    def centres(self) -> tuple[float, ...]:
        return tuple((min(w["x0"] for w in c) + max(w["x1"] for w in c)) / 2 for c in self.cells)

    @property
    def top(self) -> float:
        return min(w["top"] for c in self.cells for w in c)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for c in self.cells for w in c)

    @property
    def x0(self) -> float:
        return min(w["x0"] for w in self.cells[0])


@dataclass
class Group:
    """One outer row: the block of text over its nested table, the table's header and body rows."""

    block: list[Band] = field(default_factory=list)
    header: Header | None = None
    body: list[Band] = field(default_factory=list)

    def words(self) -> list[Word]:
        return [w for band in [*self.block, *self.body] for w in band] + (
            [w for c in self.header.cells for w in c] if self.header else [])


def cell_text(words: Iterable[Word]) -> str:
    """A header cell's name: its words top to bottom, left to right (a name wrapped over lines)."""
    return " ".join(w["text"] for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])))


def line_height(words: Sequence[Word]) -> float:
    return median(w["bottom"] - w["top"] for w in words) if words else 10.0


def vertical_bands(words: Iterable[Word], gap: float) -> list[Band]:
    """Words grouped down the page: a white band taller than ``gap`` across all of them parts two bands."""
    return gap_groups(words, gap, "top", "bottom")


def side_by_side(words: Iterable[Word], gap: float) -> list[list[Word]]:
    """Words grouped across the page: a gap wider than ``gap`` between their extents parts two cells."""
    return gap_groups(words, gap, "x0", "x1")


def gap_groups(words: Iterable[Word], gap: float, start: str, end: str) -> list[list[Word]]:
    """Words in order of ``start`` grouped along one axis: a gap wider than ``gap`` after the furthest
    ``end`` so far parts two groups."""
    groups: list[list[Word]] = []
    reach = -1e9
    for word in sorted(words, key=lambda w: w[start]):
        if groups and word[start] - reach <= gap:
            groups[-1].append(word)
            reach = max(reach, word[end])
        else:
            groups.append([word])
            reach = word[end]
    return groups


def header_rows(words: Sequence[Word], settings: PdfSettings = DEFAULT) -> list[Header]:
    """Bands of bold words that name columns (two or more short names side by side), top to bottom."""
    height = line_height(words)
    bold = [w for w in words if bold_word(w)]
    found = []
    for band in vertical_bands(bold, settings.nested_row_gap_em * height):
        cells = side_by_side(band, settings.nested_header_cell_gap_em * height)
        header = Header(tuple(tuple(c) for c in cells))
        if is_name_row(list(header.names)):
            found.append(header)
    return found


def repeated_headers(headers: Sequence[Header], settings: PdfSettings = DEFAULT) -> list[Header]:
    """The headers of the nested tables: the one set of names written most often, at least
    ``nested_min_headers`` times and with ``nested_min_columns`` columns (each table sets its own
    column widths, so the copies need not line up)."""
    counts = Counter(h.names for h in headers if len(h.cells) >= settings.nested_min_columns)
    if not counts:
        return []
    names, n = counts.most_common(1)[0]
    return [h for h in headers if h.names == names] if n >= settings.nested_min_headers else []


def outer_header(headers: Sequence[Header], nested: Sequence[Header]) -> Header | None:
    """The header over the nested tables: the nearest above the first with other names, its first
    cell left of the nested header's (the labels' column)."""
    first = nested[0]
    above = [h for h in headers if h.bottom < first.top and h.names != first.names
             and max(w["x1"] for w in h.cells[0]) < first.x0]
    return max(above, key=lambda h: h.top, default=None)


def gutter(words: Sequence[Word], lo: float, hi: float, width: float) -> float | None:
    """The middle of the widest gap at least ``width`` wide between ``lo`` and ``hi`` that no word covers."""
    spans = sorted((w["x0"], w["x1"]) for w in words if w["x1"] > lo and w["x0"] < hi)
    best: tuple[float, float] | None = None
    reach = lo
    for x0, x1 in [*spans, (hi, hi)]:
        if x0 - reach >= width and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return (best[0] + best[1]) / 2 if best else None


def label_edge(outer: Header, words: Sequence[Word], nested_x0: float, width: float) -> float | None:
    """Where the label column ends: the gap between the words under the outer header's first name
    and the text right of it (before the nested header's first name)."""
    centre = outer.centres[0]
    return gutter(words, centre, nested_x0, width)


def column_edges(header: Header, body: Sequence[Word], width: float) -> list[float]:
    """Where each nested column ends: the widest gap in the body's words between two names' middles
    (the names are centred or left-aligned; the text is set from the column's left), else halfway."""
    centres = header.centres
    return [gutter(body, a, b, width) or (a + b) / 2 for a, b in zip(centres, centres[1:])]


def column_of(word: Word, edges: Sequence[float]) -> int:
    middle = (word["x0"] + word["x1"]) / 2
    return sum(middle > e for e in edges)


def is_nested_row(band: Band, header: Header, width: float) -> bool:
    """Whether a band is a row of the nested table: text in two or more of its columns, and a gap at
    least ``width`` wide between every two names' middles (text running across them is the outer row's)."""
    centres = header.centres
    if any(gutter(band, a, b, width) is None for a, b in zip(centres, centres[1:])):
        return False
    edges = column_edges(header, band, width)
    return len({column_of(w, edges) for w in band}) >= 2


def crosses(band: Band, edge: float) -> bool:
    return any(w["x0"] < edge < w["x1"] for w in band)


def groups_of(bands: Sequence[Band], nested: Sequence[Header], label: float, width: float) -> list[Group]:
    """The outer rows, top to bottom: text before the first nested header is the first row's block;
    a nested table's rows run from its header to the first band that is no row of it, and the text
    from there to the next header is the next row's block.  Past the last header, text running across
    the label column's edge is outside the table: the region ends there."""
    items = sorted([(b[0]["top"], i, b) for i, b in enumerate(bands)]
                   + [(h.top, -1 - k, h) for k, h in enumerate(nested)], key=lambda t: (t[0], t[1]))
    groups = [Group()]
    in_body = False
    seen = 0
    for _, _, item in items:
        if isinstance(item, Header):
            if groups[-1].header is not None:
                groups.append(Group())
            groups[-1].header, in_body, seen = item, True, seen + 1
            continue
        if seen == len(nested) and crosses(item, label):
            break
        header = groups[-1].header
        if in_body and header is not None and is_nested_row(item, header, width):
            groups[-1].body.append(item)
            continue
        if in_body:
            groups.append(Group())
            in_body = False
        groups[-1].block.append(item)
    return [g for g in groups if g.block or g.header]


@dataclass(frozen=True)
class StackedTable:
    """The table read, and the words it took (left out of every other reading of the page)."""

    table: RawTable
    words: tuple[Word, ...]


@dataclass(frozen=True)
class Frame:
    """What tells a page's stacked nested tables: the outer header, the nested headers, where the label
    column ends, how wide a gutter and how tall a white band between rows is at least."""

    outer: Header
    nested: tuple[Header, ...]
    edge: float
    gutter: float
    row_gap: float

    def header_words(self) -> list[Word]:
        return [w for h in (self.outer, *self.nested) for c in h.cells for w in c]

    def below(self, words: Sequence[Word]) -> list[Word]:
        """The words under the outer header that no header holds."""
        taken = {id(w) for w in self.header_words()}
        return [w for w in words if w["top"] > self.outer.bottom and id(w) not in taken]


def stacked_frame(words: Sequence[Word], settings: PdfSettings = DEFAULT) -> Frame | None:
    """The page's frame of stacked nested tables: a header repeated under an outer header of three names
    or more, one of them over a column of labels left of a gutter; None without one."""
    headers = header_rows(words, settings)
    nested = repeated_headers(headers, settings)
    outer = outer_header(headers, nested) if nested else None
    if outer is None or len(outer.cells) < 3:
        return None
    height = line_height(words)
    frame = Frame(outer, tuple(nested), 0.0, settings.nested_gutter_em * height, settings.nested_row_gap_em * height)
    beside = [w for w in frame.below(words) if w["top"] < nested[-1].bottom]
    edge = label_edge(outer, beside, nested[0].x0, frame.gutter)
    if edge is None or sum(x < edge for x in outer.centres) != 1 or any(beside_header(h, beside, edge) for h in nested):
        return None
    return replace(frame, edge=edge)


def beside_header(header: Header, words: Sequence[Word], edge: float) -> bool:
    """Whether text stands beside a nested header, between the label column and its first name: the
    outer row's text then runs down a column of its own beside the nested table (a grid nested in one
    cell, ``nested_grids``), and the tables are not stacked under it."""
    return any(w["x1"] >= edge and w["x1"] < header.x0 and w["bottom"] > header.top and w["top"] < header.bottom
               for w in words)


def extent(words: Sequence[Word]) -> BBox:
    return (min(w["x0"] for w in words), min(w["top"] for w in words),
            max(w["x1"] for w in words), max(w["bottom"] for w in words))


def stacked_nested_table(words: Sequence[Word], page: int, index: int,
                         settings: PdfSettings = DEFAULT) -> StackedTable | None:
    """The page's outer table with tables nested in its rows laid out stacked (see the module), if it has one."""
    frame = stacked_frame(words, settings)
    if frame is None:
        return None
    below = frame.below(words)
    bands = vertical_bands([w for w in below if w["x1"] >= frame.edge], frame.row_gap)
    groups = groups_of(bands, frame.nested, frame.edge, frame.gutter)
    labels = labels_by_group([w for w in below if w["x1"] < frame.edge], [extent(g.words())[1::2] for g in groups])
    if not any(labels):
        return None
    claimed = [*frame.header_words(), *(w for g in groups for w in g.words()), *(w for ws in labels for w in ws)]
    box = (*extent(claimed)[:1], frame.outer.top, *extent(claimed)[2:])
    rows, inner = outer_rows(frame, groups, labels, page, settings)
    across = [replace(r, bbox=(box[0], r.bbox[1], box[2], r.bbox[3]) if r.bbox else None) for r in rows]
    table = RawTable(rows_with_sub_rows(across, inner), index, page, box, "borderless",
                     confidence=settings.stacked_confidence)
    return StackedTable(table, tuple(claimed))


def labels_by_group(labels: Sequence[Word], spans: Sequence[tuple[float, float]]) -> list[list[Word]]:
    """The label words beside each group: those whose middle lies in its height (a number centred beside
    the row, or set at its top); words beside no group are no label of the table."""
    out: list[list[Word]] = [[] for _ in spans]
    for word in labels:
        middle = (word["top"] + word["bottom"]) / 2
        at = [i for i, (top, bottom) in enumerate(spans) if top - 1 <= middle <= bottom + 1]
        if at:
            out[at[0]].append(word)
    return out


def outer_rows(frame: Frame, groups: Sequence[Group], labels: Sequence[list[Word]], page: int,
               settings: PdfSettings = DEFAULT) -> tuple[list[Row], dict[tuple[int, int], list[Row]]]:
    """The outer table's rows (header first: the label's name, the block's, the rest of the names for the
    nested column) and each outer row's nested rows (its header first) by (row, column)."""
    names = frame.outer.names
    rows = [Row((Cell(names[0]), Cell(names[1]), Cell(" ".join(names[2:]))), 0, page,
                (0.0, frame.outer.top, 0.0, frame.outer.bottom))]
    inner: dict[tuple[int, int], list[Row]] = {}
    # where the blocks' text ends tells a short line that was not wrapped ("Scope" over "Local")
    edge = max((w["x1"] for g in groups for b in g.block for w in b), default=None)
    for k, (group, label) in enumerate(zip(groups, labels), start=1):
        block = [w for b in group.block for w in b]
        rows.append(Row((Cell(cell_text(label)), Cell(block_text(block, edge, settings)), Cell()), k, page,
                        extent(group.words() + label)))
        if group.header is not None:
            inner[(k, 2)] = nested_rows(group.header, group.body, frame.gutter, page, settings)
    return rows, inner


def block_text(words: list[Word], edge: float | None, settings: PdfSettings = DEFAULT) -> str:
    """An outer row's own cell: its lines as paragraphs, a line ending short of ``edge`` (where the
    blocks' text ends) ending its paragraph."""
    return join_lines(lines_to_paragraphs(words_to_lines(words), None, settings, reach=edge)) if words else ""


def nested_rows(header: Header, body: Sequence[Band], gutter_width: float, page: int,
                settings: PdfSettings = DEFAULT) -> list[Row]:
    """A nested table's rows: its header's names, then each body band's words by column."""
    words = [w for b in body for w in b]
    edges = column_edges(header, words, gutter_width)
    columns = range(len(header.cells))
    # where each column's text ends tells a word broken at its edge ("31/03/202" over "5")
    reach = [max((w["x1"] for w in words if column_of(w, edges) == c), default=None) for c in columns]
    rows = [Row(tuple(Cell(n) for n in header.names), 0, page, extent([w for c in header.cells for w in c]))]
    for k, band in enumerate(body, start=1):
        cells = [[w for w in band if column_of(w, edges) == c] for c in columns]
        rows.append(Row(tuple(Cell(words_to_cell_text(ws, None, settings, reach[c]) if ws else "")
                              for c, ws in enumerate(cells)), k, page, extent(band)))
    return rows
