"""Cells of a top-aligned borderless table that span several rows (a merged recommendation or agency
cell, drawn once): a paragraph running on beside the start of the next row is lifted back into the
row it started in (``lift_tall_cells``), and a row's leading empty cells under it are covered from
above (``covered_leading_cells``), as a ruled table's merged cells are."""
from __future__ import annotations

from dataclasses import replace

from ...model import Cell, Row
from ...normalise.headers import is_header_row
from .centre_splits import LIST_NUMBER
from .lines import Line, Word
from .runs import REC_LABEL, ROW_LABEL, column_text, is_bold, labelled_spanning_line, line_columns
from .row_walk import RowWalk, starts_paragraph
from .settings import DEFAULT, PdfSettings
from .text_edges import TextEnd, TextStart, column_ends, column_starts, words_by_column


def lift_tall_cells(groups: list[list[Line]], walk: RowWalk) -> list[list[Line]]:
    """The rows with each tall cell's paragraph that runs on across the top of the next row given back
    to the row it started in (``spanning_columns``); nothing is lifted into a bold header.  A cell that
    ran on beside the whole of the next row (the row left blank there) may run on across the top of the
    row after it as well: that text goes back to the same row (``lift_through``)."""
    out = [list(group) for group in groups]
    owners: dict[int, int] = {}  # column -> the row whose cell ran on beside all of the row above
    for k in range(1, len(out)):
        out = lift_through(out, k, owners, walk)
        filled = {c for c in range(len(walk.columns)) if has_text(out[k], c, walk)}
        out[k - 1], out[k] = lifted_pair(out[k - 1], out[k], walk)
        owners = {c: owners.get(c, k - 1) for c in filled if not has_text(out[k], c, walk)}
    return [group for group in out if group]


def lift_through(out: list[list[Line]], k: int, owners: dict[int, int], walk: RowWalk) -> list[list[Line]]:
    """The rows with the text at the top of row ``k`` that runs on a cell of an earlier row (``owners``:
    column -> row) given back to it, where that cell ran on beside the whole of row ``k - 1``, left
    blank in that column: a merged recommendation beside three actions, the second only one line high."""
    for column, owner in owners.items():
        if has_text(out[k - 1], column, walk) or column not in spanning_columns(out[owner], out[k], walk):
            continue
        lifted, out[k] = split_off_column_run(out[k], column, walk)
        out[owner] = out[owner] + lifted
    return out


def lift_across_parts(parts: list[list[list[Line]]], walk: RowWalk, bands: frozenset[int] = frozenset(),
                      boxed: frozenset[int] = frozenset()) -> list[list[Line]]:
    """The rows of a top-aligned table's parts (each part's rows, between shaded cells stacked in a
    column: a RAG column), a tall cell's paragraph running on across the top of the next part given back
    to the row it started in, as within a part (``lift_tall_cells``): a merged recommendation beside
    two actions, each with its own shaded RAG cell.  The parts numbered in ``bands`` (one row drawn as
    a band across the table, a heading) neither give nor take, nor do the ``boxed`` columns (the
    shaded cells' own: each box holds its cell's text), nor the table's first row (its header, plain or
    not: its cells never run on into the body)."""
    out: list[list[Line]] = []
    for k, part in enumerate(parts):
        rows = [list(group) for group in part]
        if len(out) > 1 and rows and k not in bands and k - 1 not in bands:  # never into the first row: the header
            out[-1], rows[0] = lifted_pair(out[-1], rows[0], walk, plain_run_on=True, boxed=boxed)
        out.extend(rows)
    return [group for group in out if group]


def lifted_pair(above: list[Line], below: list[Line], walk: RowWalk, plain_run_on: bool = False,
                boxed: frozenset[int] = frozenset()) -> tuple[list[Line], list[Line]]:
    """Two rows, each tall cell of ``above`` running on at the top of ``below`` given back to it
    (``spanning_columns``); nothing is lifted into a bold header.  With ``plain_run_on`` (rows already
    parted by shading) only text that plainly runs on is lifted (``plainly_runs_on``)."""
    if not below or all(is_bold(ln) for ln in above):
        return above, below
    spanning = spanning_columns(above, below, walk)
    if plain_run_on:
        spanning = [c for c in spanning if c not in boxed and plainly_runs_on(above, below, c, walk)]
    for column in spanning:
        lifted, below = split_off_column_run(below, column, walk)
        above = above + lifted
    return above, below


def spanning_columns(above: list[Line], below: list[Line], walk: RowWalk) -> list[int]:
    """The columns of ``above`` whose cells span ``below`` too: tall cells (``is_tall``) running on
    into it.  Merged cells nest from the left (below no label opening the first column), so every
    column before one is merged too: running on beside ``below``, or a cell of ``above`` that ends
    above it (``below`` empty there: a tall cell, or a short one such as a merged number); or from
    the right, the same way (a recommendation in the last column, merged over its actions)."""
    if labelled_spanning_line(min(below, key=lambda ln: ln.top), walk.columns, walk.settings):
        return []  # a row spanning the table beside its label: no cell above runs on across it
    starts = first_column_starts(below, walk.columns)
    wrapped = wraps_long_label(above, below, walk)
    running = set(running_on_columns(above, below, walk)) | ({0} if wrapped else set())
    # a reference label wrapped from the line above ("DHR 2023/04" / "R3") is no label of the row's own
    labelled = 0 in starts and not wrapped and ROW_LABEL.match(column_text(top_line(below, 0, walk.columns), 0,
                                                                           walk.columns))
    order = list(range(len(walk.columns)))
    # a row numbered in its first column, the row below left blank there: the number is a merged cell's,
    # so a cell of one line wrapped mid-sentence runs on beside the next action as a taller one does
    least = 1 if 0 not in starts and numbered(above, walk) else walk.settings.min_tall_cell_lines
    left = [] if labelled else nested_spans(order, above, starts, running, walk, least)  # a label opens the row's own
    return sorted(set(left) | set(nested_spans(order[::-1], above, starts, running, walk)))


def numbered(lines: list[Line], walk: RowWalk) -> bool:
    """Whether a row's first column opens with a label ("6", "R3", "1.2")."""
    return has_text(lines, 0, walk) and bool(ROW_LABEL.match(column_text(top_line(lines, 0, walk.columns), 0,
                                                                             walk.columns)))


def wraps_long_label(above: list[Line], below: list[Line], walk: RowWalk) -> bool:
    """Whether the first column of ``below`` opens with the last line of a reference label wrapped in
    ``above`` ("DHR 2023/04" / "R3"): one line naming a recommendation (``REC_LABEL``), set within a line's spacing under the first column's
    text above, which does not read as a label of its own.  The line reads as a label ("R3"), but a
    label of the next row stands clear of the one above by the rows' padding at least."""
    own = [ln for ln in below if 0 in line_columns(ln, walk.columns)]
    if len(own) != 1 or not has_text(above, 0, walk) or not REC_LABEL.match(column_text(own[0], 0, walk.columns)):
        return False  # only a recommendation's own label ("R3", "Rec 3") ends a reference so
    first = column_text(top_line(above, 0, walk.columns), 0, walk.columns)
    end = last_column_ends(above, walk.columns).get(0)
    start = first_column_starts(below, walk.columns).get(0)
    return (end is not None and start is not None and not ROW_LABEL.match(first)
            and start.top - end.bottom <= walk.threshold)


def nested_spans(order: list[int], above: list[Line], starts: dict[int, TextStart], running: set[int],
                 walk: RowWalk, least: int | None = None) -> list[int]:
    """The merged columns of ``above`` met walking the columns in ``order`` from one side of the table,
    up to the first cell of the row's own (``spanning_columns``); ``least``: the lines a cell must fill to
    run on (``min_tall_cell_lines`` unless told)."""
    spanning = []
    for column in order:
        if column not in starts and has_text(above, column, walk):
            continue  # a short merged cell at the side (or between two tall ones), ended in the row it starts in
        if not is_tall(above, column, walk, least):
            break
        if column in running:
            spanning.append(column)
        elif column in starts:
            break  # a cell of the row's own: no cell beyond it spans from above
    return spanning


def is_tall(lines: list[Line], column: int, walk: RowWalk, least: int | None = None) -> bool:
    """Whether a row's cell in ``column`` fills two lines or more (``min_tall_cell_lines``, or ``least``): in
    a row one line high, a line running on below is as likely the next row's own."""
    least = walk.settings.min_tall_cell_lines if least is None else least
    return sum(1 for ln in lines if column in line_columns(ln, walk.columns)) >= least


def has_text(lines: list[Line], column: int, walk: RowWalk) -> bool:
    return any(column in line_columns(ln, walk.columns) for ln in lines)


def top_line(lines: list[Line], column: int, columns: list[float]) -> Line:
    """The highest line of a row with text in ``column``."""
    return min((ln for ln in lines if column in line_columns(ln, columns)), key=lambda ln: ln.top)


def running_on_columns(above: list[Line], below: list[Line], walk: RowWalk) -> list[int]:
    """The columns whose text in ``above`` was wrapped mid-sentence on its last line and runs on in
    ``below`` from the top of that row, within a line's spacing (``row_walk.running_columns``)."""
    ends = last_column_ends(above, walk.columns)
    starts = first_column_starts(below, walk.columns)
    row_top = min(ln.top for ln in below)
    return sorted(c for c, end in ends.items()
                  if c in starts and starts[c].top - row_top <= walk.settings.centre_tolerance
                  and not end.closes and not starts_paragraph(end, starts[c], c, walk))


def last_column_ends(lines: list[Line], columns: list[float]) -> dict[int, TextEnd]:
    """Where each column's text ends in a row (its lowest line there)."""
    ends: dict[int, TextEnd] = {}
    for line in sorted(lines, key=lambda ln: ln.top):
        ends.update(column_ends(line, columns))
    return ends


def first_column_starts(lines: list[Line], columns: list[float]) -> dict[int, TextStart]:
    """Where each column's text starts in a row (its highest line there)."""
    starts: dict[int, TextStart] = {}
    for line in sorted(lines, key=lambda ln: ln.top, reverse=True):
        starts.update(column_starts(line, columns))
    return starts


def split_off_column_run(group: list[Line], column: int, walk: RowWalk) -> tuple[list[Line], list[Line]]:
    """A row's lines in ``column`` from its top down to where that column starts a new paragraph (the
    run-on of a cell above), and the row's lines without them."""
    lifted: list[Line] = []
    kept: list[Line] = []
    end: TextEnd | None = None
    running = True
    for line in sorted(group, key=lambda ln: ln.top):
        own: list[Word] = words_by_column(line, walk.columns).get(column, [])
        if own and running:
            piece = Line(own)
            start = column_starts(piece, walk.columns)[column]
            if end is not None and starts_paragraph(end, start, column, walk):
                running = False
            else:
                lifted.append(piece)
                end = column_ends(piece, walk.columns)[column]
                rest = [w for w in line.words if all(w is not o for o in own)]
                if rest:
                    kept.append(Line(rest))
                continue
        kept.append(line)
    return lifted, kept


def covered_leading_cells(cells: tuple[Cell, ...], above: tuple[Cell, ...],
                          settings: PdfSettings = DEFAULT) -> tuple[Cell, ...]:
    """A row's empty cells before its first text, under cells of the row above that hold text (or are
    covered themselves), as covered from above: without rules a merged cell is drawn once, in the
    row it starts in, and the rows it spans start further right.  A row with no more cells of its own
    than that is no row under merged cells but the rest of a few cells (left as it is), unless it has
    as many as surely make a row (``min_row_cells``: an agency, number and recommendation merged over
    actions whose action, date and progress are the row's own)."""
    if any(cell.span == "left" for cell in above):
        return cells  # under a row spanning the table (a theme heading)
    covered = 0
    for c, cell in enumerate(cells):
        if cell.text.strip() or cell.span or c >= len(above) or not (above[c].text.strip() or above[c].span == "above"):
            break
        covered += 1
    own = sum(1 for cell in cells if cell.text.strip())
    if own <= covered and own < settings.min_row_cells:
        return cells
    return tuple(Cell("", "above") for _ in range(covered)) + cells[covered:]


def last_header_row(rows: list[Row], settings: PdfSettings = DEFAULT) -> int:
    """The index of the last row among a table's first few that names the plan's columns (0 where none
    does): a repeated header may be a title row above the column names, and the row under the header
    merges nothing down from it."""
    found = [r for r, row in enumerate(rows[:settings.header_search_rows]) if is_header_row(row)]
    return found[-1] if found else 0


def covered_beside_next_item(cells: tuple[Cell, ...], above: tuple[Cell, ...]) -> tuple[Cell, ...]:
    """A row whose one cell holds the next numbered item of the cell above it ("2. …" under "1. …"),
    every other cell empty, with those cells covered from above where the row above has text or is
    covered itself: a stack of numbered cells beside cells merged across them (``spanned_rows``)."""
    own = [c for c, cell in enumerate(cells) if cell.text.strip()]
    if len(own) != 1 or own[0] >= len(above) or any(cell.span for cell in cells) \
            or not next_item(above[own[0]].text, cells[own[0]].text):
        return cells
    return tuple(Cell("", "above") if c != own[0] and c < len(above) and (above[c].text.strip() or above[c].span == "above")
                 else cell for c, cell in enumerate(cells))


def next_item(above: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the one ``above`` opens with ("2. …" under "1. …")."""
    number, before = LIST_NUMBER.match(text), LIST_NUMBER.match(above)
    return number is not None and before is not None and int(number.group(1)) == int(before.group(1)) + 1


def plainly_runs_on(above: list[Line], below: list[Line], column: int, walk: RowWalk) -> bool:
    """Whether a column's text in ``below`` plainly continues its text in ``above``: the line above
    ends in a word broken at a hyphen, or the line below opens in lower case.  A capital under a
    capitalised word ("Care" over "Kelbrook") may as well start the next row's own name."""
    end = last_column_ends(above, walk.columns)[column]
    start = first_column_starts(below, walk.columns)[column]
    return not (end.name and start.opens) or bool(end.piece and str(end.piece["text"]).endswith("-"))


def with_merged_trailing_cells(rows: list[Row], groups: list[list[Line]], columns: list[float],
                               settings: PdfSettings = DEFAULT) -> list[Row]:
    """The rows with the empty cells after a row's own text covered from above (``covered_trailing_cells``)
    in the columns where a cell is seen merged down (``merged_trailing_columns``): a progress cell given
    once for all a recommendation's actions, set beside the first of them, as a ruled table marks it."""
    merged = merged_trailing_columns(rows, groups, columns, settings)
    if not merged:
        return rows
    out = rows[:1]
    for row in rows[1:]:
        out.append(replace(row, cells=covered_trailing_cells(row.cells, out[-1].cells, merged)))
    return out


def merged_trailing_columns(rows: list[Row], groups: list[list[Line]], columns: list[float],
                            settings: PdfSettings = DEFAULT) -> frozenset[int]:
    """The columns after a row's own text, in a row under merged cells at its left (its first cell covered
    from above), whose cell in the row above runs on beside it (``beside_next_row``): a cell merged over
    several rows, drawn once.  A plan keeps its layout, so the column is merged down in the table's other
    rows too, where the cell above ends before the next row starts (a short progress entry)."""
    found: set[int] = set()
    for r in range(1, min(len(rows), len(groups))):
        cells = rows[r].cells
        if cells and cells[0].span == "above":
            beside = beside_next_row(groups[r - 1], groups[r], columns, settings)
            found |= {c for c in range(trailing_start(cells), len(cells))
                      if c in beside and c < len(rows[r - 1].cells) and rows[r - 1].cells[c].text.strip()}
    return frozenset(found)


def trailing_start(cells: tuple[Cell, ...]) -> int:
    """The index after a row's last cell with text or a span mark: where its trailing empty cells start."""
    return max((c for c, cell in enumerate(cells) if cell.text.strip() or cell.span), default=-1) + 1


def covered_trailing_cells(cells: tuple[Cell, ...], above: tuple[Cell, ...],
                           merged: frozenset[int]) -> tuple[Cell, ...]:
    """A row under merged cells at its left (its first cell covered from above) with its empty cells after
    its last text covered from above too, where each is in a ``merged`` column and the cell above holds
    text or is covered itself (the merged cell runs on over a third row)."""
    if not cells or cells[0].span != "above":
        return cells
    first = trailing_start(cells)
    trailing = range(first, min(len(cells), len(above)))
    if not trailing or not all(c in merged and (above[c].span == "above" or above[c].text.strip()) for c in trailing):
        return cells
    return cells[:first] + tuple(Cell("", "above") for _ in trailing) + cells[first + len(trailing):]


def beside_next_row(above: list[Line], group: list[Line], columns: list[float],
                    settings: PdfSettings = DEFAULT) -> frozenset[int]:
    """The columns whose text in the row ``above`` runs on beside the first line of ``group`` (the next
    row): its lowest words there end below that line's top (``centre_tolerance``): a tall cell lifted
    back to the row it started in, a merged cell drawn once."""
    if not above or not group:
        return frozenset()
    top = min(ln.top for ln in group) + settings.centre_tolerance
    return frozenset(c for ln in above for c, words in words_by_column(ln, columns).items()
                     if max(w["bottom"] for w in words) > top)
