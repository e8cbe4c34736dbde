"""Shaded bands across a table: row boundaries drawn in colour, and section rows.

A table without rules may still shade its header row, or a theme row spanning it (white
text on a coloured band).  Where such a band starts or ends, a row starts or ends too,
however close the text above or below it is set; so too where a column's shaded cells (RAG
cells, boxes stacked one on another) start and end.  A band drawn as one box across the table,
which no column rule crosses, holding one run of words in one type, is a section row: one
cell across the table, wherever its words fall among the columns of the rows below it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Cell
from .lines import BBox, Line, Word, centre_inside, words_to_cell_text, words_to_lines
from .page import Shade
from .rules import Edge
from .runs import column_of, line_segments
from .settings import DEFAULT, PdfSettings


@dataclass(frozen=True)
class Band:
    """Shading across a table: one box (a cell spanning the table, as a theme row's), or a row's
    shaded cells side by side (a header's)."""

    top: float
    bottom: float
    colour: str
    whole: bool  # drawn as one box: the row is one cell across the table

    @property
    def span(self) -> tuple[float, float]:
        return self.top, self.bottom


def shaded_bands(shading: list[Shade], x0: float, x1: float, settings: PdfSettings = DEFAULT) -> list[Band]:
    """Every band of shading across the table between x0 and x1: shaded boxes at the same height
    that together cover most of its width.  A box centred on the same middle, taller (a header cell
    whose text wraps, its shading grown round its lines), is in the band too: the band reaches over it."""
    tol = settings.centre_tolerance
    groups: list[list[Shade]] = []
    for shade in sorted(shading, key=lambda s: (s.top, s.bottom)):
        group = next((g for g in groups if same_height(g[0], shade, tol) or same_middle(g[0], shade, tol)), None)
        if group is None:
            groups.append([shade])
        else:
            group.append(shade)
    width = x1 - x0
    return [Band(min(s.top for s in g), max(s.bottom for s in g), g[-1].colour,
                 any(covered([s], x0, x1) >= settings.band_cover * width and not box_beside(s, g, tol) for s in g))
            for g in groups if width > 0 and covered(g, x0, x1) >= settings.band_cover * width]


def same_height(a: Shade, b: Shade, tol: float) -> bool:
    """Whether two boxes start and end at one height (within ``tol``): cells of one shaded row."""
    return abs(a.top - b.top) <= tol and abs(a.bottom - b.bottom) <= tol


def same_middle(a: Shade, b: Shade, tol: float) -> bool:
    """Whether two boxes are centred on one height (within ``tol``), however tall each is."""
    return abs((a.top + a.bottom) - (b.top + b.bottom)) / 2 <= tol


def box_beside(shade: Shade, row: list[Shade], tol: float) -> bool:
    """Whether another box of a row of shading stands beside the box, clear of it: the box is then
    one cell of a row of shaded cells side by side (a header whose wide last cell covers most of the
    table), not one box across the table."""
    return any(s.x1 <= shade.x0 + tol or s.x0 >= shade.x1 - tol for s in row)


def stacked_cell_bands(shading: list[Shade], x0: float, x1: float, settings: PdfSettings = DEFAULT) -> list[Band]:
    """Row bounds drawn by shaded cells of one column (RAG cells), not bands across the table: boxes
    in a column between x0 and x1 set one directly on another, each as high as a row, so each box's
    top and bottom is where a row starts and ends, however close the rows' text is set.  A box in
    shading across the table (a cell of a shaded header, whatever its rows) is no row's bound."""
    return [cell_band(s) for s in stacked_cells(shading, x0, x1, settings)]


def cell_band(shade: Shade) -> Band:
    """A shaded cell's box as a row's bounds: its top and bottom, not a box across the table."""
    return Band(shade.top, shade.bottom, shade.colour, False)


def stacked_cells(shading: list[Shade], x0: float, x1: float, settings: PdfSettings = DEFAULT) -> list[Shade]:
    """The shaded boxes of ``stacked_cell_bands``: in a column between x0 and x1, set one directly on another."""
    tol = settings.centre_tolerance
    cells = [s for s in shading if s.x1 > x0 and s.x0 < x1 and not shaded_across(s, shading, x0, x1, settings)]
    return [s for column in boxes_by_column(cells, tol) for s in column
            if any(t is not s and (abs(t.top - s.bottom) <= tol or abs(t.bottom - s.top) <= tol) for t in column)]


def shaded_across(shade: Shade, shading: list[Shade], x0: float, x1: float, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the boxes crossing a box's middle height cover most of x0..x1 with it: the box is part
    of shading across the table (a header's cells, each row of it shaded), not a cell on its own."""
    middle = (shade.top + shade.bottom) / 2
    return covered([s for s in shading if s.top < middle < s.bottom], x0, x1) >= settings.band_cover * (x1 - x0)


def boxes_by_column(shades: list[Shade], tol: float) -> list[list[Shade]]:
    """Shaded boxes grouped by the column they fill (sides within ``tol``), each column top down, a box
    drawn twice over kept once."""
    columns: list[list[Shade]] = []
    for shade in sorted(set(shades), key=lambda s: (s.top, s.bottom, s.x0)):
        column = next((c for c in columns if abs(c[0].x0 - shade.x0) <= tol and abs(c[0].x1 - shade.x1) <= tol), None)
        if column is None:
            columns.append([shade])
        else:
            column.append(shade)
    return columns


def covered(shades: list[Shade], x0: float, x1: float) -> float:
    """How much of x0..x1 the boxes cover together."""
    spans = sorted((max(s.x0, x0), min(s.x1, x1)) for s in shades if s.x1 > x0 and s.x0 < x1)
    total, reach = 0.0, x0
    for a, b in spans:
        if b > reach:
            total += b - max(a, reach)
            reach = b
    return total


def split_at_bands(lines: list[Line], bands: list[Band]) -> list[list[Line]]:
    """Lines in runs cut at every band's top and bottom (a line falls where its middle is)."""
    cuts = sorted({y for band in bands for y in band.span})
    parts: list[list[Line]] = []
    last = None
    for line in lines:
        middle = (line.top + line.bottom) / 2
        part = sum(1 for y in cuts if y <= middle)
        if part != last:
            parts.append([])
            last = part
        parts[-1].append(line)
    return parts


def whole_band(lines: list[Line], bands: list[Band]) -> Band | None:
    """The band drawn as one box across the table that holds all the lines, if any."""
    return next((b for b in bands if b.whole and all(b.top <= (ln.top + ln.bottom) / 2 <= b.bottom for ln in lines)),
                None)


def band_cells(lines: list[Line], n_columns: int, band: Band, settings: PdfSettings = DEFAULT) -> tuple[Cell, ...]:
    """A row in a band drawn as one box: one cell across the table, in the band's colour."""
    text = words_to_cell_text([w for ln in lines for w in ln.words], None, settings)
    return (Cell(text, "", band.colour),) + tuple(Cell("", "left") for _ in range(n_columns - 1))


def is_section_band(box: BBox, shading: list[Shade], edges: list[Edge], words: list[Word],
                    settings: PdfSettings = DEFAULT) -> bool:
    """Whether a row of a table (its box) is a section row: one shaded box fills it across the
    table's width, no column rule crosses it, and its text is one run of words a line, each line in one
    font and size (a theme heading on a coloured band, or a recommendation under its reference set
    bold on a line of its own; not a shaded row of cells side by side)."""
    inside = [w for w in words if centre_inside(w, box)]
    lines = words_to_lines(inside)
    return (bool(inside) and one_box_across(box, shading, settings) and not column_rule_across(box, edges, settings)
            and all(in_one_type(ln.words) and len(line_segments(ln, settings)) == 1 for ln in lines))


def section_strips(box: BBox, shading: list[Shade], edges: list[Edge], words: list[Word],
                   settings: PdfSettings = DEFAULT) -> list[tuple[float, float]]:
    """The heights (top, bottom), top to bottom, of the section bands (``is_section_band``) inside a
    row of a table (its box): a shaded box across the row's width, as high as the row or a strip of
    it (a theme band between rows that no rule parts from it)."""
    x0, top, x1, bottom = box
    tol = settings.centre_tolerance
    strips = sorted({(max(s.top, top), min(s.bottom, bottom)) for s in shading
                     if top - tol <= s.top and s.bottom <= bottom + tol
                     and covered([s], x0, x1) >= settings.band_cover * (x1 - x0)})
    found: list[tuple[float, float]] = []
    for a, b in strips:
        if b > a and (not found or a >= found[-1][1]) and is_section_band((x0, a, x1, b), shading, edges, words,
                                                                          settings):
            found.append((a, b))
    return found


def one_box_across(box: BBox, shading: list[Shade], settings: PdfSettings = DEFAULT) -> bool:
    """Whether one shaded box covers the row's width and height, and no more than its height (not a
    page's or a table's background)."""
    x0, top, x1, bottom = box
    height, tol = bottom - top, settings.centre_tolerance
    return height > 0 and any(
        covered([s], x0, x1) >= settings.band_cover * (x1 - x0)
        and min(bottom, s.bottom) - max(top, s.top) >= settings.band_cover * height
        and s.bottom - s.top <= height + 2 * tol for s in shading)


def column_rule_across(box: BBox, edges: list[Edge], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a vertical rule inside the row's sides crosses its middle (a column line drawn through it)."""
    x0, top, x1, bottom = box
    middle, tol = (top + bottom) / 2, settings.snap_tolerance
    return any(e["orientation"] == "v" and x0 + tol < e["x0"] < x1 - tol and e["top"] < middle < e["bottom"]
               for e in edges)


def in_one_type(words: list[Word]) -> bool:
    """Whether the words are all set in one font at one size."""
    return len({(w.get("fontname", ""), round(w["bottom"] - w["top"], 1)) for w in words}) == 1


def band_start_over(lines: list[Line], index: int, bands: list[Band], first: int = 0) -> int:
    """The first line (from ``first`` on) of a band drawn as one box across the table that ends directly
    over line ``index``, less than a line's height above it (the next row's padding, no blank line),
    without holding it: a row spanning the table set on the row under it (a recommendation over its
    action header), not a heading set apart above it nor a box behind both.  ``index`` when none is."""
    band = whole_band([lines[index - 1]], bands) if index > first else None
    below = lines[index]
    if band is None or band.bottom <= below.top - below.height or whole_band([below], [band]) is not None:
        return index
    top = index - 1
    while top > first and whole_band([lines[top - 1]], [band]) is not None:
        top -= 1
    return top


def drawn_like_rows_above(line: Line, above: list[Line], shading: list[Shade], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a line under a table's rows is one more row of it, drawn as they are: a band of shading
    across the table holds it, or a rule across the table (a browser draws rules as thin filled boxes)
    closes it within ``foot_rule_gap_em`` line heights below, alike (colour, thickness) to a band or a
    rule that holds or closes a row above it (a progress band under each action; the table's bottom
    rule under its last band).  Text under a table is not drawn like its rows."""
    if not above:
        return False
    bands = shaded_bands(shading, min(ln.x0 for ln in above), max(ln.x1 for ln in above), settings)
    own = [b for b in bands if holds_line(b, line, settings) or closes_line(b, line, settings)]
    top = above[0].top
    return any(b is not other and alike_bands(b, other, settings) and top <= other.top and other.bottom <= line.top
               for b in own for other in bands)


def holds_line(band: Band, line: Line, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the line lies inside the band's height."""
    tol = settings.centre_tolerance
    return band.top - tol <= line.top and line.bottom <= band.bottom + tol


def closes_line(band: Band, line: Line, settings: PdfSettings = DEFAULT) -> bool:
    """Whether the band is a rule set under the line, within ``foot_rule_gap_em`` of its height."""
    thin = band.bottom - band.top <= settings.mark_max_thickness
    gap = band.top - line.bottom
    return thin and -settings.centre_tolerance <= gap <= settings.foot_rule_gap_em * line.height


def alike_bands(one: Band, other: Band, settings: PdfSettings = DEFAULT) -> bool:
    """Whether two bands are drawn alike: one colour, one height (within ``centre_tolerance``)."""
    return one.colour == other.colour and \
        abs((one.bottom - one.top) - (other.bottom - other.top)) <= settings.centre_tolerance


def with_cell_shading(cells: tuple[Cell, ...], group: list[Line], columns: list[float],
                      shading: tuple[Shade, ...]) -> tuple[Cell, ...]:
    """A borderless row's cells, each unshaded cell whose words all lie on one shaded box given its colour
    (a row filled with a status colour, drawn cell by cell with no rules)."""
    top, bottom = min(ln.top for ln in group), max(ln.bottom for ln in group)
    shading = tuple(s for s in shading if s.top <= bottom and top <= s.bottom)  # the boxes the row lies on
    if not shading:
        return cells
    words = [w for line in group for w in line.words]
    out = []
    for k, cell in enumerate(cells):
        own = [w for w in words if column_of(w["x0"], columns) == k]
        shade = next((s for s in shading if own and all(s.x0 <= (w["x0"] + w["x1"]) / 2 <= s.x1
                                                        and s.top <= (w["top"] + w["bottom"]) / 2 <= s.bottom
                                                        for w in own)), None)
        out.append(replace(cell, fill=shade.colour) if shade is not None and not cell.fill and not cell.span else cell)
    return tuple(out)
