"""Ruled tables: edges -> grids -> cell grids of text.

The grid finding itself is pdfplumber's (``merge_edges`` -> ``edges_to_intersections``
-> ``intersections_to_cells`` -> ``cells_to_tables``), fed with the page's own edges
(``rules.objects_to_edges``) plus the ends closed where a page break cut a row.  Two
clean-ups follow: a grid whose column structure changes at a row is two tables that
touch, and a table ruled only between its rows gets its columns back.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from operator import itemgetter

from pdfplumber.table import Table, cells_to_tables, edges_to_intersections, merge_edges

from ...model import Cell, RawTable, Row, Span
from .bands import section_strips
from .bar_groups import tall_bars
from .cell_edge_cuts import words_cut_at_cell_edges
from .foot_cuts import with_cut_words, with_text_under_closed_cells
from .grouped_rows import grid_rows_within_bands
from .lines import BBox, Word, words_to_cell_text
from .nested_blocks import lift_contained_blocks, lift_nested_blocks
from .nested_grids import cell_holding, header_words, held_alone, rows_with_sub_rows, within, without_nested_headers
from .page import PageContent, Shade
from .rules import Edge, close_open_ends, has_rules, make_edge
from .settings import DEFAULT, PdfSettings
from .spacer_columns import join_spacer_parted
from .table_bounds import first_rule_above, last_rule_below, rule_tops_of_width, text_bottom_below

GridRow = list[BBox | None]
Point = tuple[float, float]
EDGE_BOX = itemgetter("x0", "top", "x1", "bottom")  # pdfplumber's obj_to_bbox


@dataclass(frozen=True)
class Grid:
    """A ruled table as rows of cell boxes; None where a merged cell covers the position."""

    rows: tuple[tuple[BBox | None, ...], ...]
    restored: bool = False  # columns drawn in from one row (a table ruled only between its rows)
    header_rows: int = 1  # rows at its top that are no band of data rows (none: taken up under a header above)
    nested: tuple[Grid, ...] = ()  # grids drawn inside one of its cells (``nested_grids``)

    @property
    def bbox(self) -> BBox:
        boxes = [b for row in self.rows for b in row if b is not None]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def edges_to_grids(edges: list[Edge], settings: PdfSettings = DEFAULT) -> list[Grid]:
    """Every grid the edges draw (pdfplumber's lattice steps), top to bottom; ruled boxes side by side
    that are one table parted by spacer columns joined (``spacer_columns``)."""
    if not any(e["orientation"] == "h" for e in edges) or not any(e["orientation"] == "v" for e in edges):
        return []
    merged = [e for band in vertical_bands(edges, settings.snap_tolerance)
              for e in merge_edges(band, snap_x_tolerance=settings.snap_tolerance,
                                   snap_y_tolerance=settings.snap_tolerance,
                                   join_x_tolerance=settings.join_tolerance, join_y_tolerance=settings.join_tolerance)]
    merged = [e for e in merged if (e["width"] if e["orientation"] == "h" else e["height"]) >= settings.min_rule_length]
    points = edges_to_intersections(merged, settings.intersection_tolerance, settings.intersection_tolerance)
    cells = intersections_to_cells(points)
    grids = [tuple(tuple(r.cells) for r in Table(None, group).rows)  # type: ignore[arg-type]
             for group in cells_to_tables(cells)]
    return [Grid(rows) for rows in join_spacer_parted(grids, settings)]  # boxes parted by spacer columns


def intersections_to_cells(intersections: dict[Point, dict[str, list[Edge]]]) -> list[BBox]:
    """pdfplumber's ``intersections_to_cells``: for each crossing in (x, y) order, the smallest cell
    it is the top left corner of; the same cells in the same order.  Each crossing's edges become
    sets once, not at every test, and the crossings below and right of one are looked up, not
    searched for among all the crossings after it (quadratic in a page's crossings)."""
    points = sorted(intersections)
    v_sets = {p: set(map(EDGE_BOX, edges["v"])) for p, edges in intersections.items()}
    h_sets = {p: set(map(EDGE_BOX, edges["h"])) for p, edges in intersections.items()}
    by_y: dict[float, list[Point]] = {}
    for p in points:
        by_y.setdefault(p[1], []).append(p)
    rank = {p: i for row in by_y.values() for i, p in enumerate(row)}

    def connects(a: Point, b: Point) -> bool:
        return ((a[0] == b[0] and not v_sets[a].isdisjoint(v_sets[b]))
                or (a[1] == b[1] and not h_sets[a].isdisjoint(h_sets[b])))

    cells: list[BBox] = []
    for i, pt in enumerate(points):
        end = i + 1
        while end < len(points) and points[end][0] == pt[0]:
            end += 1  # sorted by x, then y: the crossings below are the next ones
        below = points[i + 1:end]
        right = [p for p in by_y[pt[1]][rank[pt] + 1:] if p[1] == pt[1]]
        cell = smallest_cell(pt, below, right, intersections, connects)
        if cell is not None:
            cells.append(cell)
    return cells


def smallest_cell(pt: Point, below: list[Point], right: list[Point], intersections: dict[Point, object],
                  connects: Callable[[Point, Point], bool]) -> BBox | None:
    """pdfplumber's ``find_smallest_cell``: the first crossing below and the first right of ``pt``
    whose corner opposite is a crossing joined to both."""
    for below_pt in below:
        if not connects(pt, below_pt):
            continue
        for right_pt in right:
            if not connects(pt, right_pt):
                continue
            corner = (right_pt[0], below_pt[1])
            if corner in intersections and connects(corner, right_pt) and connects(corner, below_pt):
                return (pt[0], pt[1], corner[0], corner[1])
    return None


def vertical_bands(edges: list[Edge], gap: float) -> list[list[Edge]]:
    """Edges in bands of the page that white space more than ``gap`` high parts: pdfplumber snaps
    every rule of a page to the mean x of its neighbours, so the rules of tables one above another
    would chain together (a column line moved off the ends of its own table's rules)."""
    bands: list[list[Edge]] = []
    bottom = float("-inf")
    for e in sorted(edges, key=lambda e: e["top"]):
        if e["top"] > bottom + gap:
            bands.append([])
        bands[-1].append(e)
        bottom = max(bottom, e["bottom"])
    return bands


def page_to_grids(page: PageContent, settings: PdfSettings = DEFAULT) -> list[Grid]:
    """The page's ruled tables, each at least two columns wide, split where two tables touch."""
    if not has_rules(page.edges):
        return []  # shaded cells without rules: a borderless table, read from its words
    grids = edges_to_grids(close_open_ends(page.edges, settings), settings)
    grids = [g for grid in grids for g in split_at_column_change(grid)]
    grids = [with_columns_restored(g, page, settings) for g in grids if g.rows and g.n_cols >= 2]
    grids = [with_section_rows(g, page, settings) for g in grids]
    grids = [g for grid in grids for g in with_nested_blocks_lifted(grid, settings)]
    grids = [Grid(grid_rows_within_bands(g.rows, page.words, settings, g.header_rows), True) if g.restored else g
             for g in grids]
    grids = [g for g in grids if sum(b is not None for b in g.rows[0]) >= 1]
    return sorted(nest_grids(grids, settings), key=lambda g: (g.bbox[1], g.bbox[0]))


def row_boundaries(grid: Grid, r: int) -> set[float]:
    """The x of every column line crossing row ``r``, from cells merged down from above too."""
    own = [b for b in grid.rows[r] if b is not None]
    middle = (min(b[1] for b in own) + min(b[3] for b in own)) / 2
    crossing = [b for row in grid.rows[:r + 1] for b in row if b is not None and b[1] <= middle <= b[3]]
    return {round(x) for box in crossing for x in (box[0], box[2])}


def split_at_column_change(grid: Grid) -> list[Grid]:
    """A grid cut where a row's column lines are neither a subset nor a superset of the row above.

    A merged cell only removes column lines and a split cell only adds them; a row with
    lines of its own *and* missing some of the row above is another table drawn on top.
    """
    parts: list[list[tuple[BBox | None, ...]]] = [[grid.rows[0]]]
    for r in range(1, len(grid.rows)):
        a, b = row_boundaries(grid, r - 1), row_boundaries(grid, r)
        if not (near_subset(a, b) or near_subset(b, a)):
            parts.append([])
        parts[-1].append(grid.rows[r])
    return [Grid(tuple(squeeze(p))) for p in parts] if len(parts) > 1 else [grid]


def with_nested_blocks_lifted(grid: Grid, settings: PdfSettings = DEFAULT) -> list[Grid]:
    """The grid, and the nested tables whose rules touch its own lifted out of it (``nested_blocks``)."""
    held_rows, held = lift_contained_blocks(grid.rows, settings.nested_grid_tolerance)
    rows, blocks = lift_nested_blocks(held_rows, settings.sliver_width)
    if not blocks and not held:
        return [grid]
    return ([replace(grid, rows=tuple(squeeze(list(rows))))] + [Grid(block) for block in blocks]
            + [Grid(tuple(squeeze(list(block)))) for block in held])


def near_subset(a: set[float], b: set[float], tol: float = 2.0) -> bool:
    return all(any(abs(x - y) <= tol for y in b) for x in a)


def squeeze(rows: list[tuple[BBox | None, ...]]) -> list[tuple[BBox | None, ...]]:
    """Rows of a part of a grid without the columns no cell of the part starts in."""
    used = [i for i in range(max(len(r) for r in rows)) if any(i < len(r) and r[i] is not None for r in rows)]
    return [tuple(r[i] if i < len(r) else None for i in used) for r in rows]


def nest_grids(grids: list[Grid], settings: PdfSettings = DEFAULT) -> list[Grid]:
    """The grids not inside another grid's box.  One inside a single cell of the smallest grid around
    it is that grid's nested table (``nested_grids``); any other is dropped (coloured cells read as
    tables of their own)."""
    order = sorted(grids, key=lambda g: (g.bbox[2] - g.bbox[0]) * (g.bbox[3] - g.bbox[1]))  # inner first
    around = [[j for j in range(i + 1, len(order)) if within(g.bbox, order[j].bbox, settings)]
              for i, g in enumerate(order)]
    children: dict[int, list[Grid]] = {}
    built: list[Grid] = []
    for i, g in enumerate(order):
        built.append(replace(g, nested=tuple(children.get(i, ()))) if i in children else g)
        if around[i] and cell_holding(order[around[i][0]].rows, g.bbox, settings) is not None:
            children.setdefault(around[i][0], []).append(built[i])
    return [g for g, outer in zip(built, around) if not outer]


def with_columns_restored(grid: Grid, page: PageContent, settings: PdfSettings = DEFAULT) -> Grid:
    """A table ruled only between rows (Word's "horizontal borders only" style) as a full grid.

    Without vertical rules the grid has columns only where something else draws them
    (a shaded header row, coloured RAG cells), so body cells come out merged and the
    rows below the shading are lost.  The row with the most cells then gives the
    columns, drawn as vertical edges over every horizontal rule that runs the table's
    width below it.
    """
    bands_over = leading_bands(grid)
    if merged_share(grid, bands_over) <= 0.5:
        return grid
    x0, top, x1, _ = grid.bbox
    xs = widest_row_lines(grid)
    if len(xs) < 3:
        return grid
    bottom = last_rule_below(grid.bbox, page, settings, xs)
    full_rules = rule_tops_of_width(page.edges, x0, x1, settings)
    top = first_rule_above(grid.bbox, page, xs, full_rules, settings)
    text_bottom = text_bottom_below(page, x0, x1, bottom, xs, settings)  # a row cut by the page break: no rule under it
    region = [e for e in page.edges if e["orientation"] == "h" and e["x0"] >= x0 - 3 and e["x1"] <= x1 + 3
              and top - 1 <= e["top"] <= bottom + 1]
    region += [make_edge(x, top, x, text_bottom + 1) for x in xs]
    if text_bottom > bottom:
        region.append(make_edge(x0, text_bottom + 1, x1, text_bottom + 1))
    elif not any(abs(y - bottom) <= settings.snap_tolerance for y in full_rules):
        # the foot drawn by one cell only (a shaded cell of a row the page cut, no rule under the row):
        # it closes every column, or the row's other cells would hold no box and their words be lost
        region.append(make_edge(x0, bottom, x1, bottom))
    best = max(edges_to_grids(region, settings), key=lambda g: len(g.rows), default=None)
    if best is None or len(best.rows) < len(grid.rows):
        return grid
    return Grid(best.rows, restored=True, header_rows=(bands_over + 1) * int(top == grid.bbox[1]))


def with_section_rows(grid: Grid, page: PageContent, settings: PdfSettings = DEFAULT) -> Grid:
    """A grid whose columns were drawn in from one row, with each section band (``bands.section_strips``)
    in a row other than its header as a row of its own, one cell across the table: the drawn-in column
    lines do not cross a theme heading set on a coloured band, ruled off or not, nor a band over the
    header."""
    if not grid.restored:
        return grid
    rows: list[tuple[BBox | None, ...]] = []
    header_rows = grid.header_rows
    for r, row in enumerate(grid.rows):
        box = grid_row_box(row)
        strips = section_strips(box, page.shading, page.edges, page.words, settings) \
            if r != grid.header_rows - 1 and all(row) else []
        rows.extend(row_cut_at_strips(row, strips, settings) if strips else [row])
        header_rows = len(rows) if r == grid.header_rows - 1 else header_rows
    return replace(grid, rows=tuple(rows), header_rows=header_rows)


def row_cut_at_strips(row: tuple[BBox | None, ...], strips: list[tuple[float, float]],
                      settings: PdfSettings = DEFAULT) -> list[tuple[BBox | None, ...]]:
    """A row of cells cut above and below each strip (top, bottom) of it, the strip one cell across
    the row; a sliver thinner than ``snap_tolerance`` left beside a strip goes to the strip."""
    x0, top, x1, bottom = grid_row_box(row)
    sides = [(b[0], b[2]) for b in row if b is not None]
    out: list[tuple[BBox | None, ...]] = []
    y = top
    for k, (a, b) in enumerate(strips):
        a = y if a - y <= settings.snap_tolerance else a
        b = bottom if k == len(strips) - 1 and bottom - b <= settings.snap_tolerance else b
        if a > y:
            out.append(tuple((left, y, right, a) for left, right in sides))
        out.append(((x0, a, x1, b),) + (None,) * (len(row) - 1))
        y = b
    if bottom > y:
        out.append(tuple((left, y, right, bottom) for left, right in sides))
    return out


def grid_row_box(row: tuple[BBox | None, ...]) -> BBox:
    """The box around a row's cells."""
    own = [b for b in row if b is not None]
    return (min(b[0] for b in own), min(b[1] for b in own), max(b[2] for b in own), max(b[3] for b in own))


def leading_bands(grid: Grid) -> int:
    """How many of a grid's first rows are one cell across it, over the row that draws its columns
    (a recommendation or a title set as a band over the header)."""
    k = 0
    while k < len(grid.rows) - 1 and sum(b is not None for b in grid.rows[k]) == 1:
        k += 1
    return k


def merged_share(grid: Grid, bands_over: int = 0) -> float:
    """The share of the body's grid positions covered by a merged cell (1.0 for a grid of one row);
    the body is the rows under the header, which ``bands_over`` rows spanning the grid may top."""
    body = grid.rows[bands_over + 1:]
    cells = sum(len(r) for r in body)
    return sum(b is None for r in body for b in r) / cells if cells else 1.0


def widest_row_lines(grid: Grid) -> list[float]:
    """The column lines of the row with the most cells."""
    widest = max(grid.rows, key=lambda r: sum(b is not None for b in r))
    return sorted({round(x, 1) for b in widest if b is not None for x in (b[0], b[2])})


# ------------------------------------------------------------------ grid -> cells of text

def grid_to_raw(grid: Grid, page: PageContent, index: int, settings: PdfSettings = DEFAULT) -> RawTable:
    """A grid as a raw table; merged positions (None cells) marked "left" or "above".

    Its confidence is the share of the words inside the grid's box that fell into a cell.
    """
    words = words_cut_at_cell_edges(page.words, grid, settings)
    kept = without_nested_headers(words, grid.nested)
    words_in = with_text_under_closed_cells(words_to_cells(kept, grid, settings), kept, grid.rows, grid.bbox)
    shading = shades_over(page.shading, grid)
    bars = tall_bars(page.shading, settings)
    rows = []
    for r, boxes in enumerate(grid.rows):
        cells = []
        for c, box in enumerate(boxes):
            if box is None:
                cells.append(Cell("", covered_from(grid, r, c)))
            else:
                text = words_to_cell_text(words_in.get((r, c), []), box, settings)
                cells.append(Cell(text, "", cell_fill(box, shading), cell_bar(box, bars, settings)))
        rows.append(Row(tuple(cells), r, page.number, row_box(boxes)))
    while len(rows) > 1 and not any(c.text for c in rows[-1].cells):
        rows.pop()  # a sliver under the last row, where a page break cut the table: no row of its own
    last = len(rows) - 1  # the row a page break may cut: its words broken at the foot are marked
    rows[-1] = with_cut_words(rows[-1], [words_in.get((last, c), []) for c in range(len(grid.rows[last]))],
                              grid.rows[last], settings.cell_padding)
    read_rows = with_nested_rows(grid, tuple(rows), page, index, settings) if grid.nested else tuple(rows)
    x0, top, x1, bottom = grid.bbox  # computed over every cell: once, not once a word
    inside_box = sum(1 for w in words if x0 <= (w["x0"] + w["x1"]) / 2 <= x1
                     and top <= (w["top"] + w["bottom"]) / 2 <= bottom)  # ``inside``, inlined
    placed = sum(len(ws) for ws in words_in.values()) + len(words) - len(kept)  # a nested header's words were read
    confidence = round(placed / inside_box, 3) if inside_box else 1.0
    return RawTable(read_rows, index, page.number, grid.bbox, "partly_ruled" if grid.restored else "ruled",
                    confidence=confidence, split_words=len(words) - len(page.words))


def with_nested_rows(grid: Grid, rows: tuple[Row, ...], page: PageContent, index: int,
                     settings: PdfSettings = DEFAULT) -> tuple[Row, ...]:
    """The rows with the grids nested alone in the cells of one column read as their sub-rows.  Grids headed
    by a row of column names in bold are a nested table's even one to a page (the rest of a plan whose
    nested tables went on overleaf); others only when several cells share them."""
    alone = held_alone(grid.rows, [g.bbox for g in grid.nested], page.words, settings)
    nested = {at: grid_to_raw(grid.nested[i], page, index, settings).rows for at, i in alone.items()}
    headed = bool(alone) and all(header_words(grid.nested[i].rows[0], page.words) for i in alone.values())
    return rows_with_sub_rows(rows, nested, settings.min_headed_nested_grids if headed else settings.min_nested_grids)


def row_box(boxes: tuple[BBox | None, ...]) -> BBox | None:
    """The band of a row: its cells' left, top and right, down to the bottom of its shortest cell
    (a cell merged down into the rows below reaches further)."""
    own = [b for b in boxes if b is not None]
    if not own:
        return None
    return (min(b[0] for b in own), min(b[1] for b in own), max(b[2] for b in own), min(b[3] for b in own))


def shades_over(shading: list[Shade], grid: Grid) -> list[Shade]:
    """The shades that may fill one of the grid's cells (``cell_fill``), in drawing order: those
    overlapping the grid's box and at least as large as the share of its smallest cell that counts
    (a page's rules drawn as thin filled rectangles are most of its shading)."""
    boxes = [b for row in grid.rows for b in row if b is not None]
    if not boxes or not shading:
        return []
    x0, top, x1, bottom = grid.bbox
    least = 0.6 * min((b[2] - b[0]) * (b[3] - b[1]) for b in boxes)
    return [s for s in shading if s.x0 < x1 and x0 < s.x1 and s.top < bottom and top < s.bottom
            and (s.x1 - s.x0) * (s.bottom - s.top) >= least]


def cell_fill(box: BBox, shading: list[Shade]) -> str:
    """The colour of a filled rectangle that covers most of the cell (the last one drawn wins)."""
    colour = ""
    area = (box[2] - box[0]) * (box[3] - box[1])
    for shade in shading:
        w = min(box[2], shade.x1) - max(box[0], shade.x0)
        h = min(box[3], shade.bottom) - max(box[1], shade.top)
        if w > 0 and h > 0 and w * h >= 0.6 * area:
            colour = shade.colour
    return colour


def cell_bar(box: BBox, bars: list[Shade], settings: PdfSettings = DEFAULT) -> str:
    """The colour of a bar down the cell's left edge (``bars``: tall filled boxes ``min_bar_width`` to
    ``max_bar_width`` wide) across or just inside the edge, as high as most of the cell: a browser draws
    a thick coloured left border so.  Its meaning (a RAG colour or none) is the normaliser's."""
    tol = settings.max_bar_width
    height = box[3] - box[1]
    return next((s.colour for s in bars if s.x0 - tol <= box[0] <= s.x1 + tol / 2
                 and min(box[3], s.bottom) - max(box[1], s.top) >= 0.6 * height), "")


def covered_from(grid: Grid, r: int, c: int) -> Span:
    """Whether an empty grid position is covered by a cell to its left or one above."""
    row = grid.rows[r]
    for left in range(c - 1, -1, -1):
        box = row[left]
        if box is not None:
            column_x = next((other[c][0] for other in grid.rows if c < len(other) and other[c] is not None), None)
            if column_x is not None and box[2] > column_x + 1:
                return "left"
            break
    return "above" if r > 0 else "left"


def words_to_cells(words: list[Word], grid: Grid, settings: PdfSettings = DEFAULT) -> dict[tuple[int, int], list[Word]]:
    """Each word goes to the cell that holds its centre (the first such cell, row by row).

    The cells are indexed by horizontal bands, so a word is tested only against the
    cells that reach into its band rather than against every cell of the table.
    """
    band_height = settings.cell_band
    bands: dict[int, list[tuple[tuple[int, int], BBox]]] = {}
    for r, row in enumerate(grid.rows):
        for c, box in enumerate(row):
            if box is not None:
                for band in range(int(box[1] // band_height), int(box[3] // band_height) + 1):
                    bands.setdefault(band, []).append(((r, c), box))
    out: dict[tuple[int, int], list[Word]] = {}
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2  # ``inside``, the centre taken once
        for key, box in bands.get(int(cy // band_height), ()):
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                out.setdefault(key, []).append(w)
                break
    return out


def words_outside(words: list[Word], boxes: list[BBox]) -> list[Word]:
    """The words ``inside`` none of the boxes, in their order (each word's centre taken once)."""
    out = []
    for w in words:
        cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
        for box in boxes:
            if box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
                break
        else:
            out.append(w)
    return out


