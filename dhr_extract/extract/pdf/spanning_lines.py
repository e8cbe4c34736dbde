"""Where a borderless table's blocks between white bands part before the rows are read: at a line
running across the columns in one run (a theme row set close above the next row) and the lines its
paragraph wraps onto, at the end of a bold header or heading over plain text, and at a bold line
starting the first column afresh under a bold header (``split_at_spanning_lines``)."""
from __future__ import annotations

from ...model import Cell
from .lines import Line, words_to_cell_text
from .runs import ROW_LABEL, column_of, is_bold, labelled_spanning_line, line_columns, line_segments, spans_gutter
from .settings import DEFAULT, PdfSettings


def split_at_spanning_lines(bands: list[list[Line]], columns: list[float], threshold: float,
                            settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """Blocks between white bands, with a line that runs across the columns in one run (a theme
    row set close above the next row) and the lines its paragraph wraps onto as a row of their own;
    so too a bold header, or a bold heading that is not a recommendation's label, over plain text,
    and a bold line in one run that starts the first column afresh under a bold header."""
    groups: list[list[Line]] = []
    for band in bands:
        groups.append([band[0]])
        for prev, line in zip(band, band[1:]):
            group = groups[-1]
            heading_ends = ends_bold_heading(group, line, first=len(groups) == 1)
            if heading_ends and len(group) >= 2 and labels_block(group[-2], group[-1], line, columns, settings):
                groups[-1:] = [group[:-1], [group[-1]]]  # the label leaves the header, a lone paragraph
            if heading_ends or at_spanning_row(group, prev, line, columns, threshold, settings):
                groups.append([])
            groups[-1].append(line)
    return groups


def at_spanning_row(group: list[Line], prev: Line, line: Line, columns: list[float], threshold: float,
                    settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``line`` opens a spanning row (one run across a gutter, or a bold line starting the first
    column afresh, not a wrapped line of the row above), or follows one whose paragraph has ended."""
    opens = len(line_segments(line, settings)) == 1 and (spans_gutter(line, columns) or fresh_bold_start(
        group, line, columns, threshold)) and not wraps_spanning_row(group, prev, line, columns, threshold)
    return opens or spans_gutter(group[0], columns) and not continues_paragraph(prev, line, columns, float("inf"),
                                                                                settings)


def ends_bold_heading(group: list[Line], line: Line, first: bool) -> bool:
    """Whether a bold ``group`` (a header, or a heading that is no recommendation's label unless it is
    the ``first`` group) ends above ``line``: plain text, or a labelled line."""
    labelled = ROW_LABEL.match(line.text) is not None
    return all(is_bold(ln) for ln in group) and (not is_bold(line) or labelled) and (
        first or not ROW_LABEL.match(group[0].text))


def labels_block(above: Line, label: Line, below: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether bold ``label`` under bold ``above`` is the label of the plain text ``below`` (a block of a
    wide cell: ``Action`` over its text), not a header line: in one run, right of the first column,
    set a paragraph's gap under ``above`` (a header's wrapped line follows at its line spacing) and
    starting at the x of the text under it."""
    return (len(line_segments(label, settings)) == 1 and column_of(label.x0, columns) > 0
            and label.top - above.bottom >= settings.block_label_gap * label.height
            and abs(label.x0 - below.x0) <= settings.column_edge_tolerance)


def fresh_bold_start(group: list[Line], line: Line, columns: list[float], threshold: float) -> bool:
    """A bold line starting the first column, below a bold group whose first column ended a white
    band above it (a theme heading set close under a header whose cells are centred)."""
    if not (is_bold(line) and all(is_bold(ln) for ln in group) and column_of(line.x0, columns) == 0):
        return False
    first_column = [ln for ln in group if 0 in line_columns(ln, columns)]
    return not first_column or line.top - first_column[-1].bottom > threshold


def labelled_spanning_cells(group: list[Line], columns: list[float],
                            settings: PdfSettings = DEFAULT) -> tuple[Cell, ...] | None:
    """The cells of a row opening with a row's label and one bold run across the columns to its right
    (``labelled_spanning_line``), and any lines its text wraps onto (one run each, in the column it
    starts in): the label in its column, the text in the column it starts in, merged over the columns
    to the right (a recommendation spanning the table beside its number); else None."""
    if not labelled_spanning_line(group[0], columns, settings):
        return None
    label, text = line_segments(group[0], settings)
    at = column_of(text[0]["x0"], columns)
    rest = group[1:]
    if any(len(line_segments(ln, settings)) != 1 or column_of(ln.x0, columns) != at for ln in rest):
        return None
    cells = [Cell("") for _ in columns]
    cells[column_of(label[0]["x0"], columns)] = Cell(" ".join(w["text"] for w in label))
    cells[at] = Cell(words_to_cell_text(text + [w for ln in rest for w in ln.words], None, settings))
    return tuple(cells[:at + 1]) + tuple(Cell("", "left") for _ in columns[at + 1:])


def wraps_spanning_row(group: list[Line], prev: Line, line: Line, columns: list[float], threshold: float,
                       settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``line`` is the paragraph of a row spanning the table (``group`` opens with a line
    running across the column starts) wrapped onto it: set close under the line before, alike in
    weight, with no label (a label under a bold heading opens a row)."""
    return spans_gutter(group[0], columns) and continues_paragraph(
        prev, line, columns, threshold, settings, spanning_text_column(group[0], columns, settings)) \
        and not ROW_LABEL.match(line.text) and is_bold(line) == is_bold(prev)


def spanning_text_column(line: Line, columns: list[float], settings: PdfSettings = DEFAULT) -> int:
    """The column a spanning row's paragraph starts in: the first, or the one right of its label
    (``labelled_spanning_line``), where the lines it wraps onto start too."""
    if labelled_spanning_line(line, columns, settings):
        return column_of(line_segments(line, settings)[-1][0]["x0"], columns)
    return 0


def continues_paragraph(prev: Line, line: Line, columns: list[float], threshold: float,
                        settings: PdfSettings = DEFAULT, column: int = 0) -> bool:
    """A line set close under the previous one, starting at the first column (or ``column``), in one run."""
    return (line.top - prev.bottom <= threshold and column_of(line.x0, columns) == column
            and len(line_segments(line, settings)) == 1)
