"""A column whose cells each hold the same labelled parts (``Recommendation`` / ``Scope``), one column per label.

HTML marks the parts (a ``<dl>`` of terms, read by ``html.subgrids``); a printed page only sets each
label on a line of its own.  Either way the column becomes one column per label, headed by it:
the rows above the first labelled cell are the header, a row with a labelled cell gives each part
its column, and any other row keeps its cell in the first.
"""
from __future__ import annotations

from dhr_extract.model import Cell

Grid = list[list[Cell]]
Terms = list[tuple[str, str]]  # (label, the text under it)

MAX_LABEL_WORDS = 3  # a label is a short line: a column name, not a sentence


def term_cells(cell: Cell, r: int, lists: dict[int, Terms], names: tuple[str, ...], first: int) -> list[Cell]:
    """One cell per term: the header names the terms, a labelled row its parts, any other row keeps
    its cell in the first."""
    if r in lists:
        return [Cell(text, "", cell.fill) for _, text in lists[r]]
    if r < first and not cell.span:
        return [Cell(name) for name in names]
    return [cell, *(Cell("", "left" if cell.span == "left" else cell.span) for _ in names[1:])]


def split_by_terms(grid: Grid, column: int, lists: dict[int, Terms]) -> Grid:
    """Column ``column`` as one column per term of its labelled cells (``lists``, by row)."""
    names = tuple(term for term, _ in next(iter(lists.values())))
    first = min(lists)
    return [row[:column] + term_cells(row[column], r, lists, names, first) + row[column + 1:]
            for r, row in enumerate(grid)]


def is_label(line: str) -> bool:
    return 0 < len(line.split()) <= MAX_LABEL_WORDS and not line.rstrip(":").endswith((".", ";", ","))


def text_to_terms(text: str, names: tuple[str, ...]) -> Terms | None:
    """The parts of a cell whose lines are ``names`` in order, each on a line of its own with its text
    under it; None when the cell is not so laid out."""
    lines = text.split("\n")
    starts: list[int] = []
    for name in names:
        at = next((i for i in range(starts[-1] + 1 if starts else 0, len(lines)) if lines[i].strip() == name), None)
        if at is None:
            return None
        starts.append(at)
    if starts[0] != 0:
        return None
    ends = starts[1:] + [len(lines)]
    parts = [(name, "\n".join(lines[a + 1:b]).strip()) for name, a, b in zip(names, starts, ends)]
    return parts if all(text for _, text in parts) else None


def label_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.split("\n") if is_label(line.strip()))


def shared_labels(texts: list[str]) -> tuple[str, ...]:
    """The label lines of the first text that every other text has too (a short part such as
    ``Local`` is a label line of one cell only)."""
    others = [set(label_lines(t)) for t in texts[1:]]
    return tuple(name for name in label_lines(texts[0]) if all(name in o for o in others))


def column_terms(cells: dict[int, Cell]) -> dict[int, Terms] | None:
    """The labelled cells of a column by row: at least two cells opening with the same label line and
    sharing two or more labels, each with text under each label, and no other cell below the first
    of them carrying one of the labels."""
    texts = {r: c.text for r, c in sorted(cells.items()) if c.text and not c.span}
    opening = {r: t.split("\n")[0].strip() for r, t in texts.items()}
    for r in texts:
        if not is_label(opening[r]):
            continue
        group = [k for k in texts if k >= r and opening[k] == opening[r]]
        names = shared_labels([texts[k] for k in group])
        lists = {k: t for k in group if (t := text_to_terms(texts[k], names)) is not None}
        others = [texts[k] for k in texts if k > r and k not in lists]
        if (len(names) >= 2 and len(lists) == len(group) >= 2
                and not any(line.strip() in names for v in others for line in v.split("\n"))):
            return lists
    return None


def expand_term_lines(grid: Grid) -> Grid:
    """Each column whose cells hold the same labelled parts, one column per label (see the module)."""
    width = len(grid[0]) if grid else 0
    for column in range(width - 1, -1, -1):  # right to left: a split leaves the columns before it in place
        lists = column_terms({r: row[column] for r, row in enumerate(grid) if column < len(row)})
        if lists is not None:
            grid = split_by_terms(grid, column, lists)
    return grid
