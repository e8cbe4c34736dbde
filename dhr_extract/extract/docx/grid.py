"""Tables: a ``w:tbl`` as a full grid, merged cells (``gridSpan``, ``vMerge``, ``hMerge``) expanded."""
from __future__ import annotations

from typing import Iterator

from lxml import etree

from dhr_extract.extract.subrows import Grid, Nested, is_name_row, nested_to_sub_rows
from dhr_extract.extract.text import colour_to_hex, join_lines
from dhr_extract.lexicon import is_lone_mark
from dhr_extract.model import Cell

from .ooxml import CUSTOM_XML, P, RPR, SDT, SDT_CONTENT, T, TBL, TC, TCPR, TR, TRPR, VAL, int_val, w

OFF_VALUES = {"0", "false", "off"}  # a toggle property (``w:b``) turned off
from .paragraphs import Context, is_struck_run, paragraph_lines, showing_placeholder


_BLOCK_CONTAINERS = {CUSTOM_XML, SDT_CONTENT}


def iter_blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The ``w:p`` and ``w:tbl`` of a body or cell in order, through content controls and customXml."""
    for child in container:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not showing_placeholder(child):
                yield from iter_blocks(content)
        elif tag in _BLOCK_CONTAINERS:
            yield from iter_blocks(child)


def iter_rows(tbl: etree._Element) -> Iterator[etree._Element]:
    """The ``w:tr`` of a table, through row-level content controls, skipping tracked-deleted rows."""
    for child in tbl:
        if child.tag == TR:
            trpr = child.find(TRPR)
            if trpr is None or trpr.find(w("del")) is None:
                yield child
        elif child.tag in (SDT, CUSTOM_XML):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from iter_rows(content)


def iter_cells(tr: etree._Element) -> Iterator[etree._Element]:
    """The ``w:tc`` of a row, through cell-level content controls."""
    for child in tr:
        if child.tag == TC:
            yield child
        elif child.tag in (SDT, CUSTOM_XML):
            content = child.find(SDT_CONTENT) if child.tag == SDT else child
            if content is not None:
                yield from iter_cells(content)


def tc_to_lines(tc: etree._Element, ctx: Context) -> list[str]:
    """Lines of a cell: its paragraphs, and any nested table's text (a row per line)."""
    lines: list[str] = []
    for block in iter_blocks(tc):
        if block.tag == P:
            lines.extend(paragraph_lines(block, ctx))
        else:
            lines.extend(nested_table_lines(block, ctx))
    return lines


def nested_table_lines(tbl: etree._Element, ctx: Context) -> list[str]:
    """A table inside a cell as text (see ``nested_grid_lines``)."""
    return nested_grid_lines(tbl, tbl_to_grid(tbl, ctx))


def nested_grid_lines(tbl: etree._Element, grid: Grid) -> list[str]:
    """A nested table's rows as lines of its cell, less a header row: column names ("Date | Update")
    marked as a header name the entries under them and are none of the cell's text."""
    first = next(iter_rows(tbl), None)
    if len(grid) >= 2 and first is not None and marked_as_header(first) and is_name_row([c.text for c in grid[0]]):
        grid = grid[1:]
    return grid_lines(grid)


def marked_as_header(tr: etree._Element) -> bool:
    """A row Word marks as a header: repeated on each page (``w:tblHeader``), or each cell with text
    shaded or in bold."""
    trpr = tr.find(TRPR)
    if trpr is not None and trpr.find(w("tblHeader")) is not None:
        return True
    filled = [tc for tc in iter_cells(tr) if has_text(tc)]
    return bool(filled) and all(tc_fill(tc) or in_bold(tc) for tc in filled)


def in_bold(tc: etree._Element) -> bool:
    """Every run of text in the cell bold (``w:b`` set on the run)."""
    runs = [r for r in tc.iter(w("r")) if has_text(r)]
    bold = (r.find(f"{w('rPr')}/{w('b')}") for r in runs)
    return bool(runs) and all(b is not None and b.get(VAL, "1").lower() not in OFF_VALUES for b in bold)


def grid_lines(grid: Grid) -> list[str]:
    """A nested table's grid as text: one line per row when its cells are one line each
    (cells separated by a space, like an HTML row), else every paragraph on its own line."""
    lines: list[str] = []
    for row in grid:
        cells = [c.text for c in row if c.text]
        if all("\n" not in c for c in cells):
            lines.append(" ".join(cells))
        else:
            for c in cells:
                lines.extend(c.split("\n"))
    return lines


def has_text(p: etree._Element) -> bool:
    return any((t.text or "").strip() for t in p.iter(T))


def sole_table(tc: etree._Element) -> etree._Element | None:
    """The one table a cell holds with no text beside it (Word keeps an empty paragraph after it)."""
    blocks = list(iter_blocks(tc))
    tables = [b for b in blocks if b.tag == TBL]
    if len(tables) != 1 or any(has_text(b) for b in blocks if b.tag == P):
        return None
    return tables[0]


def tc_to_text(tc: etree._Element, ctx: Context) -> tuple[str, Grid | None]:
    """A cell's text, and the grid of the table it holds alone (its actions, say), read once."""
    inner = sole_table(tc)
    if inner is None:
        return unstruck_cell_text(tc, ctx), None
    grid = tbl_to_grid(inner, ctx)
    return join_lines(nested_grid_lines(inner, grid)), grid


def unstruck_cell_text(tc: etree._Element, ctx: Context) -> str:
    """A cell's text without its struck-through runs (superseded entries); a cell struck through as a
    whole is kept, never lost, with a warning."""
    ctx.drop_struck = True
    try:
        text = join_lines(tc_to_lines(tc, ctx))
    finally:
        ctx.drop_struck = False
    if text or not any(is_struck_run(r) for r in tc.iter(RPR)):
        return text
    text = join_lines(tc_to_lines(tc, ctx))
    if text:
        ctx.warnings.append(f"table {ctx.table_index}: every word of a cell is struck through, kept: {text[:60]!r}")
    return text


def tc_property(tc: etree._Element, name: str) -> etree._Element | None:
    tcpr = tc.find(TCPR)
    return tcpr.find(w(name)) if tcpr is not None else None


def tc_grid_span(tc: etree._Element) -> int:
    """How many grid columns a cell covers (``w:gridSpan``), at least 1."""
    return max(1, min(int_val(tc_property(tc, "gridSpan"), 1) or 1, 1000))


def vmerge_continues(tc: etree._Element) -> bool:
    """True for a cell continuing a vertical merge (``w:vMerge`` without val="restart")."""
    vmerge = tc_property(tc, "vMerge")
    return vmerge is not None and vmerge.get(VAL, "continue") != "restart"


def hmerge_continues(tc: etree._Element) -> bool:
    """True for a cell continuing a legacy horizontal merge (``w:hMerge``)."""
    hmerge = tc_property(tc, "hMerge")
    return hmerge is not None and hmerge.get(VAL, "continue") != "restart"


def tr_grid_skip(tr: etree._Element, name: str) -> int:
    """``w:gridBefore`` / ``w:gridAfter`` of a row: grid columns left empty."""
    trpr = tr.find(TRPR)
    return max(0, min(int_val(trpr.find(w(name)) if trpr is not None else None, 0) or 0, 1000))


def tbl_grid_width(tbl: etree._Element) -> int:
    grid = tbl.find(w("tblGrid"))
    return len(grid.findall(w("gridCol"))) if grid is not None else 0


def tc_fill(tc: etree._Element) -> str:
    """The cell's shading (w:shd/@w:fill) as "#rrggbb", '' when unshaded."""
    tcpr = tc.find(TCPR)
    shd = tcpr.find(w("shd")) if tcpr is not None else None
    return colour_to_hex(shd.get(w("fill"), "")) if shd is not None else ""


def tc_ink(tc: etree._Element, text: str) -> str:
    """The colour of a cell's text where it is a lone mark (``is_lone_mark``: a dot typed in green, amber
    or red), as "#rrggbb"; '' for any other cell, or a mark in the automatic colour."""
    if not is_lone_mark(text):
        return ""
    for run in tc.iter(w("r")):
        if "".join(t.text or "" for t in run.iter(w("t"))).strip():
            colour = run.find(f"{w('rPr')}/{w('color')}")
            return colour_to_hex(colour.get(w("val"), "")) if colour is not None else ""
    return ""


def tbl_to_grid(tbl: etree._Element, ctx: Context) -> Grid:
    """A table as a full grid: one Cell per grid column per row.

    A gridSpan cell fills its first column and leaves ``Cell("", "left")`` in the rest;
    a ``vMerge`` continuation is ``Cell("", "above")`` (the restart cell keeps the text);
    ``gridBefore``/``gridAfter`` and short rows are padded with empty cells.
    A column whose cells each hold a table of one header is read as that table's columns, its rows
    sub-rows of the outer row (``extract.subrows``).
    """
    rows: list[list[Cell]] = []
    nested: Nested = {}
    vmerge_open: set[int] = set()  # grid columns whose cell in the previous row can be continued
    for tr in iter_rows(tbl):
        row, vmerge_open, inner = tr_to_cells(tr, ctx, vmerge_open)
        nested.update({(len(rows), col): grid for col, grid in inner.items()})
        rows.append(row)
    width = max([tbl_grid_width(tbl)] + [len(r) for r in rows])
    for row in rows:
        row.extend(Cell() for _ in range(width - len(row)))
    return nested_to_sub_rows(rows, nested)


def tr_to_cells(tr: etree._Element, ctx: Context,
                vmerge_open: set[int]) -> tuple[list[Cell], set[int], dict[int, Grid]]:
    """One row's cells on the grid, the grid columns whose vertical merge the next row may continue,
    and the grids of tables held alone in a cell, by column."""
    row: list[Cell] = [Cell() for _ in range(tr_grid_skip(tr, "gridBefore"))]
    now_open: set[int] = set()
    nested: dict[int, Grid] = {}
    for tc in iter_cells(tr):
        if tc_property(tc, "cellDel") is not None:  # a deleted cell (tracked change)
            continue
        col, span = len(row), tc_grid_span(tc)
        if hmerge_continues(tc) and row:
            row.extend(Cell("", "left") for _ in range(span))
            continue
        if vmerge_continues(tc) and col in vmerge_open:
            text = join_lines(tc_to_lines(tc, ctx))
            if text:
                ctx.warnings.append(f"table {ctx.table_index}: text in a vertically merged cell dropped: {text[:60]!r}")
            row.extend(Cell("", "above") for _ in range(span))
            now_open.add(col)
            continue
        text, grid = tc_to_text(tc, ctx)
        if grid is not None:
            nested[col] = grid
        row.append(Cell(text, "", tc_fill(tc), ink=tc_ink(tc, text)))
        row.extend(Cell("", "left") for _ in range(span - 1))
        if tc_property(tc, "vMerge") is not None:
            now_open.add(col)
    row.extend(Cell() for _ in range(tr_grid_skip(tr, "gridAfter")))
    return row, now_open, nested


def is_wrapper_table(tbl: etree._Element) -> bool:
    """A one-cell table framing other tables (a layout box): its content is read as body."""
    rows = list(iter_rows(tbl))
    if len(rows) != 1:
        return False
    cells = list(iter_cells(rows[0]))
    return len(cells) == 1 and any(b.tag == TBL for b in iter_blocks(cells[0]))
