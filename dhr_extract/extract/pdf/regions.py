"""Borderless regions that hold two tables: where a plan's header row starts a new table.

With no rule between them, a table set directly on top of another (a document-control box over
the plan, or a plan whose sections are separate tables, each with its own header) reads as one
block of aligned text.  A header row set apart (bold, or on a shaded band) that names a plan's
columns, under rows of data, opens the next table; a heading line just above it goes with it.
"""
from __future__ import annotations

from ...model import Cell, Row
from ...normalise.headers import fold_header, is_header_row
from .bands import Band, band_start_over, drawn_like_rows_above, shaded_bands, whole_band
from .lines import Line
from .page import Shade
from .repeated_labels import repeated_label_start
from .runs import ROW_LABEL, crosses_columns_unbroken, is_bold, line_segments, row_gap_threshold
from .settings import DEFAULT, PdfSettings


def next_table_start(lines: list[Line], first: int, end: int, shading: tuple[Shade, ...] = (),
                     settings: PdfSettings = DEFAULT) -> int | None:
    """The line between ``first`` and ``end`` where a second table starts: a plan header set apart
    from the rows above it, where plain rows of data stand between it and any header above (a
    header's own wrapped lines open nothing).  A heading line set just above it starts there too.
    The first header written out again directly under a band across the table is no new table: the
    band is a row of this one (a recommendation over its actions), the header copy another; so is any
    header there in a region that opens with rows of data (a page carrying such a table on).  A copy
    set plain (a print that dropped its bold and shading) is still a header (``plain_header``)."""
    threshold = row_gap_threshold(lines[first:end])
    bands = region_bands(lines, first, end, shading, settings)
    data_from: int | None = None  # the first row of data under the last header (or the region's first)
    header: list[str] | None = None
    i = first
    while i < end:
        size = header_block_size(lines[i:end], threshold, shading, settings) or plain_header(lines[i], header,
                                                                                           i == first, settings)
        top = band_start_over(lines, i, bands, first)  # a band set directly on the header: a row over it
        if size:
            texts = header_texts(lines[i:i + size], settings)
            if data_from is not None and not is_header_copy(texts, header, lines, first, top, i, bands):
                return min(top, heading_start(lines, first, i, threshold, settings, data_from))
            header = texts if header is None else header
        elif data_from is None and not set_apart(lines[i], shading):
            data_from = i
        i += max(size, 1)
    if header_block_size(lines[first:end], threshold, shading, settings):
        return None  # a table with a header row across
    return repeated_label_start(lines, first, end, settings)


def plain_header(line: Line, header: list[str] | None, opens: bool, settings: PdfSettings = DEFAULT) -> int:
    """1 where the line's runs of words, as cells, are the ``header`` found above written out again
    word for word, or, where the line ``opens`` the region, name a plan's columns; else 0: a header
    row repeated in the body need not be set apart to be one."""
    if header is None:
        return int(opens and names_plan_columns([line], settings))
    return int(header_texts([line], settings) == header)


def header_texts(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[str]:
    """A header's cells (``runs_to_cell_texts``) folded for comparing one copy with another."""
    return [fold_header(t) for t in runs_to_cell_texts(lines, settings)]


def header_table_above(lines: list[Line], runs: list[int], found: int, shading: tuple[Shade, ...] = (),
                       settings: PdfSettings = DEFAULT) -> int:
    """The first line above line ``found`` laid out in two runs that opens a plan's header row,
    else ``found``: the recommendations listed in a two-column table over the table of their actions."""
    threshold = row_gap_threshold(lines)
    return next((i for i in range(found) if runs[i] == 2
                 and header_block_size(lines[i:found], threshold, shading, settings) > 0), found)


def region_bands(lines: list[Line], first: int, end: int, shading: tuple[Shade, ...] = (),
                 settings: PdfSettings = DEFAULT) -> list[Band]:
    """The shaded bands across the region of lines ``first`` to ``end`` (none for an empty region)."""
    if end <= first:
        return []
    region = lines[first:end]
    return shaded_bands(list(shading), min(ln.x0 for ln in region), max(ln.x1 for ln in region), settings)


def is_header_copy(texts: list[str], header: list[str] | None, lines: list[Line], first: int, top: int,
                   i: int, bands: list[Band]) -> bool:
    """Whether the header at line ``i`` (``texts``: its cells) is the region's first header
    (``header``) written again under a band (its first line ``top``) set close under the rows above:
    the band a row of this table, the header a copy, no new table."""
    return texts == (header or texts) and top < i and set_close_under(lines, first, top, bands)


def set_close_under(lines: list[Line], first: int, top: int, bands: list[Band]) -> bool:
    """Whether the band whose first line is ``top`` is set close under the rows above it, no blank line
    between: a row of the table, not the caption of another table set apart below it."""
    band = whole_band([lines[top]], bands)
    return band is not None and top > first and band.top - lines[top - 1].bottom < lines[top].height


def header_block_size(lines: list[Line], threshold: float, shading: tuple[Shade, ...] = (),
                      settings: PdfSettings = DEFAULT) -> int:
    """How many of the first lines make a plan's header row (0: they make none): lines set apart
    and close together whose runs of words, joined into cells, name a plan's columns."""
    for size in range(1, min(settings.max_header_lines, len(lines)) + 1):
        block = lines[:size]
        if not set_apart(block[-1], shading) or (size > 1 and (block[-1].top - block[-2].bottom > threshold
                                                                or shade_edge_between(block[-2], block[-1], shading))):
            return 0
        if names_plan_columns(block, settings):
            return size
    return 0


def names_plan_columns(lines: list[Line], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the lines' runs of words, joined into cells, name a plan's columns (a header row's words)."""
    return is_header_row(Row(tuple(Cell(text) for text in runs_to_cell_texts(lines, settings)), 0))


def set_apart(line: Line, shading: tuple[Shade, ...] = ()) -> bool:
    """A line in bold, or on a shaded band (a header's white text on colour need not be bold)."""
    middle = (line.top + line.bottom) / 2
    return is_bold(line) or any(s.top <= middle <= s.bottom and s.x0 <= line.x0 < s.x1 for s in shading)


def shade_edge_between(above: Line, below: Line, shading: tuple[Shade, ...]) -> bool:
    """Whether a shaded box under the lines starts or ends between their middles: a row ends there
    (a band's last line is not a header's first, however close they are set)."""
    top, bottom = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
    x0, x1 = min(above.x0, below.x0), max(above.x1, below.x1)
    return any(s.x0 < x1 and x0 < s.x1 and (top < s.top < bottom or top < s.bottom < bottom) for s in shading)


def runs_to_cell_texts(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[str]:
    """The runs of words of a few lines joined into cells, left to right: runs that overlap
    across lines are one cell's wrapped text (a header's centred lines need not share an x)."""
    cells: list[tuple[float, float, list[str]]] = []
    for line in lines:
        for run in line_segments(line, settings):
            x0, x1, text = run[0]["x0"], run[-1]["x1"], " ".join(w["text"] for w in run)
            at = next((k for k, (a, b, _) in enumerate(cells) if x0 < b and a < x1), None)
            if at is None:
                cells.append((x0, x1, [text]))
            else:
                a, b, texts = cells[at]
                cells[at] = (min(a, x0), max(b, x1), texts + [text])
    return [" ".join(texts) for _, _, texts in sorted(cells)]


def heading_start(lines: list[Line], first: int, header: int, threshold: float,
                  settings: PdfSettings = DEFAULT, data_from: int | None = None) -> int:
    """Where the table whose header starts at ``header`` starts: at the heading above it, a bold
    paragraph in one run (a section's name, or the recommendation a table of actions serves,
    wrapped onto a few lines set close together) with white space above it, or a plain one across
    the columns under the table above's rows (``plain_heading_start``; ``data_from``: its first row)."""
    top = header - 1
    if top <= first:
        return header
    if not is_caption_line(lines[top], settings):
        return plain_heading_start(lines, first if data_from is None else data_from, header, settings)
    while top - 1 > first and header - top < settings.max_spanning_row_lines and \
            is_caption_line(lines[top - 1], settings) and lines[top].top - lines[top - 1].bottom <= threshold:
        top -= 1
    return top if lines[top].top - lines[top - 1].bottom > threshold else header


def plain_heading_start(lines: list[Line], first: int, header: int, settings: PdfSettings = DEFAULT) -> int:
    """Where a plain heading over the header at ``header`` starts (``header`` itself: none there): a
    paragraph in one run of words, set close together at one x from the table's left edge, whose
    lines (all but its last, which may be short) run across the column starts of the header below,
    set close above that header and under the first row of data above it (``first``: the table above
    keeps it); with its label if that stands on a line of its own over it (bold, or a row label).  A
    cell keeps to its column, so a line across the columns directly over a header is no row of the
    table above but the next one's heading (a section's summary line printed plain)."""
    starts = [run[0]["x0"] for run in line_segments(lines[header], settings)]
    if len(starts) < 2 or lines[header].top - lines[header - 1].bottom > lines[header - 1].height:
        return header  # a heading is set close above the table it heads; notes under a table stand apart
    top = header
    for k in range(header - 1, max(first, header - 1 - settings.max_spanning_row_lines), -1):
        if not heading_line_over(lines, k, header, starts, settings):
            break
        if crosses_columns_unbroken(lines[k], starts, settings):
            top = k
        elif k < header - 1:
            break  # only a paragraph's last line falls short of the columns
    if top == header or not crosses_columns_unbroken(lines[top], starts, settings):
        return header
    label = top - 1
    if label > first and heading_line_over(lines, label, header, starts, settings) and (
            is_bold(lines[label]) or ROW_LABEL.match(lines[label].text)):
        return label
    return top


def heading_line_over(lines: list[Line], k: int, header: int, starts: list[float], settings: PdfSettings) -> bool:
    """Whether line ``k`` may be a line of a plain heading whose lines below it run down to the header
    at ``header``: one run of words starting at or left of the header's first column (``starts[0]``),
    at the x of the heading's line under it and set close above it, as a paragraph's lines are."""
    line, below, tol = lines[k], lines[k + 1], settings.column_edge_tolerance
    return len(line_segments(line, settings)) == 1 and line.x0 <= starts[0] + tol and (
        k + 1 == header or abs(line.x0 - below.x0) <= tol and below.top - line.bottom <= line.height)


def is_caption_line(line: Line, settings: PdfSettings = DEFAULT) -> bool:
    """A line of a heading over a table: bold, in one run."""
    return is_bold(line) and len(line_segments(line, settings)) == 1


def text_under_table(lines: list[Line], first: int, end: int, columns: list[float],
                     settings: PdfSettings = DEFAULT, shading: tuple[Shade, ...] = ()) -> int:
    """``end``, or the index of the region's last line where that line is text under the table, not a
    row of it: one line running across the column starts, under rows which run across none, and set
    apart by white space ("Page last updated 2 July 2025" closing a web page printed to PDF) or plain
    (``is_plain_line``: an address line set close under the last row); or a plain line set at the
    margin, left of all the table's text (``at_margin``).  A cell's text keeps to its column, so such a
    line is no cell's; a row spanning the table at its foot is told by bold or a label, or by being
    drawn as the rows above it are (``bands.drawn_like_rows_above``: shaded like them, or closed by
    a rule like theirs)."""
    last = end - 1
    if last - first >= 2 and drawn_like_rows_above(lines[last], lines[first:last], list(shading), settings):
        return end
    if last - first >= 2 and at_margin(lines[last], lines[first:last], settings) and is_plain_line(lines[last], settings):
        return last  # a paragraph of the page, set at its margin left of every cell's padded text
    if last - first < 2 or not crosses_columns_unbroken(lines[last], columns, settings) \
            or crosses_columns_unbroken(lines[last - 1], columns, settings):
        return end
    apart = lines[last].top - lines[last - 1].bottom > row_gap_threshold(lines[first:end])
    return last if apart or is_plain_line(lines[last], settings) else end


def at_margin(line: Line, above: list[Line], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a line starts further left than every line of the table above it, by more than
    ``margin_line_offset``: a table's cells hold their text in from the cells' edges, and a paragraph
    under the table starts at the page's margin (a web page's closing line printed under its table)."""
    return line.x0 < min(ln.x0 for ln in above) - settings.margin_line_offset


def is_plain_line(line: Line, settings: PdfSettings = DEFAULT) -> bool:
    """A line in one run of words, not bold and opening with no row label (a number, "R3",
    "Recommendation 2"): no theme or recommendation row, which a table marks by one or the other."""
    return len(line_segments(line, settings)) == 1 and not is_bold(line) and ROW_LABEL.match(line.text) is None
