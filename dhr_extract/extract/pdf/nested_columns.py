"""A table nested in the cells of one column of an unruled table: its columns taken back into that column.

Without rules, a small table inside a cell ("Date | Update" under the status line of a progress
cell) prints as words at two or more x positions inside the outer column, and the column finder,
which sees text start there on many lines, makes each a column of the plan: the nested table's
first column stays in the outer column and the others become columns with no header.  Its header
row gives it away: a line in bold, inside the table's body, whose words name columns ("Date",
"Update": ``extract.subrows.is_name_row``) at the outer column and at columns the plan's header
names nothing over.  Those columns are the outer column's, and the nested header row is left out
of its text (as the ruled, HTML and DOCX readers leave it out).
"""
from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

from ...model import RawTable
from ..subrows import is_name_row
from .lines import Line, Word, bold_word
from .runs import column_of
from .settings import DEFAULT, PdfSettings


def nested_header_columns(body: list[Line], columns: list[float],
                          settings: PdfSettings = DEFAULT) -> tuple[list[float], frozenset[str]]:
    """The columns less those a nested table's header row opens under no header of the plan, and the
    text of each such header row (its words in reading order, to be left out of the cells' text);
    ``columns`` as they are, if none is found."""
    named = header_columns(body, columns)
    if len(named) < 2:
        return columns, frozenset()  # no header row over the table (a band row opens it): nothing to nest under
    extra: set[int] = set()
    headers: set[str] = set()
    for line in body:
        found = nested_header_line(line, columns, named, settings)
        if found:
            extra |= found[0]
            headers.add(found[1])
    if not extra:
        return columns, frozenset()
    return [x for c, x in enumerate(columns) if c not in extra], frozenset(headers)


def without_header_lines(table: RawTable, headers: frozenset[str]) -> RawTable:
    """The table with each cell's lines that are a nested table's header row left out."""
    if not headers:
        return table
    rows = tuple(replace(row, cells=tuple(replace(c, text="\n".join(
        ln for ln in c.text.split("\n") if " ".join(ln.split()) not in headers)) for c in row.cells))
        for row in table.rows)
    return replace(table, rows=rows)


def header_columns(body: list[Line], columns: list[float]) -> set[int]:
    """The columns the plan's header names: those with a word in its leading lines set wholly in bold."""
    named: set[int] = set()
    for line in body:
        if not line.words or not all(bold_word(w) for w in line.words):
            break
        named |= {column_of(w["x0"], columns) for w in line.words}
    return named


def nested_header_line(line: Line, columns: list[float], named: set[int],
                       settings: PdfSettings = DEFAULT) -> tuple[set[int], str] | None:
    """The columns under no header a line opens if it holds a nested table's header row: in a named
    column and the unnamed columns after it, words all in bold naming columns, in two or more columns,
    the first set in from the column's start (a table drawn inside the cell, not a sub-header row of
    the plan, whose cells start where the columns do)."""
    by_column: dict[int, list[Word]] = {}
    for w in line.words:
        by_column.setdefault(column_of(w["x0"], columns), []).append(w)
    for c in sorted(k for k in by_column if k in named):
        if by_column[c][0]["x0"] <= columns[c] + settings.column_edge_tolerance:
            continue
        held = [k for k in unnamed_run(c, named, len(columns)) if k in by_column]
        if len(held) >= 2 and names_columns([by_column[k] for k in held]):
            words = sorted((w for k in held for w in by_column[k]), key=lambda w: w["x0"])
            return set(held[1:]), " ".join(w["text"] for w in words)
    return None


def unnamed_run(c: int, named: set[int], n: int) -> list[int]:
    """Column ``c`` and the columns after it up to the next the plan's header names."""
    return [c] + list(takewhile(lambda k: k not in named, range(c + 1, n)))


def names_columns(cells: list[list[Word]]) -> bool:
    """Whether words in cells side by side are all bold and name columns (``is_name_row``)."""
    return all(bold_word(w) for ws in cells for w in ws) and is_name_row([" ".join(w["text"] for w in ws)
                                                                            for ws in cells])
