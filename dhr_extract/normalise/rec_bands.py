"""Recommendations written as bands across a table, each over its own copy of the action header.

A plan may have no recommendation column at all: each recommendation is a row spanning the table
(its reference and its text), then the action header (``Action | Owner | Deadline | Progress``)
again, then its action rows.  A band row over a repeated header is a recommendation row, and the
repeated header under it is a header, not data.  One band over the only header is a table's title;
the header repeated under two or more bands is this layout.
"""
from __future__ import annotations

import re

from ..model import RawTable, Row
from .headers import Header, fold_header
from .labels import Label

# A band's first line that is a reference alone ("DHR-2023-04/R2"): one token with a digit in it.
REFERENCE_LINE = re.compile(r"^(?=\S*\d)[\w./\-]+$")


def spanning_band_text(row: Row) -> str:
    """The text of a row whose only filled cell is its first, spanning the others ('' for any other row)."""
    first, rest = (row.cells[0], row.cells[1:]) if row.cells else (None, ())
    spans = bool(rest) and all(c.span == "left" or not c.text.strip() for c in rest) and any(
        c.span == "left" for c in rest)
    return first.text.strip() if first is not None and not first.span and spans else ""


def is_header_copy(row: Row, header: Header) -> bool:
    """A row whose cells name the columns as the header does (the header written out again)."""
    folded = [fold_header(c.text) for c in row.cells]
    named = [fold_header(t) for t in header.texts]
    return any(named) and folded[:len(named)] == named


def recommendation_bands(table: RawTable, header: Header) -> frozenset[int]:
    """Indices of the table's rows that are recommendation bands: spanning rows each directly over a
    copy of the header (the first over the header itself), when there are two or more of them, or one
    in a table carrying the plan on from a page before (its header the plan's, none of its own rows),
    and the header has no recommendation column (a plan with one holds its recommendations there;
    bands over its header copies are themes or sections)."""
    if header.first("rec") is not None:
        return frozenset()
    rows = table.rows
    bands = [k for k in range(len(rows) - 1)
             if spanning_band_text(rows[k]) and (k + 1 == header.first_row or
                                                 (k + 1 >= header.n_rows and is_header_copy(rows[k + 1], header)))]
    return frozenset(bands) if len(bands) >= 2 or (bands and header.n_rows == 0) else frozenset()


def band_reference(text: str) -> tuple[str, str]:
    """A band's reference line, if its first line is one, and the recommendation text after it."""
    first, _, rest = text.strip().partition("\n")
    if rest.strip() and REFERENCE_LINE.match(first.strip()):
        return first.strip(), rest.strip()
    return "", text.strip()


def band_label(text: str, seq: int) -> tuple[Label | None, str]:
    """A band's reference no label rule reads ("DHR-2023-04/R2" on its own line): kept as written, the
    recommendation numbered by its place among the bands, as in an unlabelled plan."""
    reference, rest = band_reference(text)
    return (Label(reference, str(seq)) if reference else None), rest
