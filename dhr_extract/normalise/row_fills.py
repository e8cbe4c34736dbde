"""A status shown only as a colour, of an action's row or of a dot in its RAG cell, read by the plan's colour key.

Some trackers have no status or RAG column: each action's row is filled with a colour, and a key of
swatches above the table says what each colour stands for ("[green] Complete  [amber] In progress  [red]
Not started", ``RawDocument.colour_key``).  An action row whose own cells (the action's, not the
recommendation's merged beside it) are filled alike, in a colour of the key, has the key's words as its
status, read as a Status cell's would be; so has an action whose RAG or status cell is a lone mark (a dot,
``Cell.ink``) typed in a colour of the key.  Without a key a fill says nothing: pale fills band rows as
often as they mean anything (a dot's colour is read as a RAG colour then, ``builder.rag_from_shading``).
"""
from __future__ import annotations

from .row_kinds import ACTION_ROLES
from .rows import LogicalRow
from .status import rag_from_bar, rag_from_fill

MIN_FILLED = 2  # cells filled alike: one shaded cell is a highlight, not the row's colour
MAX_DISTANCE = 24  # RGB distance within which a row's fill is a key's colour (a PDF's colours are rounded)


def row_fill_status(row: LogicalRow, key: list[tuple[str, str]]) -> str:
    """The key's words for the colour the action row's own cells are filled with; '' where the plan has a
    status or RAG column, no key, or the row no one fill of the key."""
    h = row.header
    if not key or h.columns("status") or h.columns("rag"):
        return ""
    own = [i for role in ACTION_ROLES for i in h.columns(role) if not row.covered(i) and row.text(i).strip()]
    fills = {row.fills[i] if i < len(row.fills) else "" for i in own}
    if len(own) < MIN_FILLED or len(fills) != 1 or not next(iter(fills)):
        return ""
    return keyed_words(next(iter(fills)), key)


def mark_status(row: LogicalRow, key: list[tuple[str, str]]) -> str:
    """The key's words for the colour of the lone mark (a dot typed in a status's colour) in the row's own
    RAG or status cell; ''."""
    cells = [i for role in ("rag", "status") for i in row.header.columns(role) if not row.covered(i)]
    inks = [row.inks[i] for i in cells if i < len(row.inks) and row.inks[i]]
    return keyed_words(inks[0], key) if len(inks) == 1 and key else ""


def keyed_words(colour: str, key: list[tuple[str, str]]) -> str:
    """The words of the key's colour nearest ``colour``, within ``MAX_DISTANCE``; ''."""
    rgb = hex_rgb(colour)
    if rgb is None:
        return ""
    near = [(distance(rgb, other), words) for entry, words in key if (other := hex_rgb(entry)) is not None]
    best = min(near, default=None)
    return best[1] if best is not None and best[0] <= MAX_DISTANCE else ""


def hex_rgb(colour: str) -> tuple[int, int, int] | None:
    if len(colour) != 7 or not colour.startswith("#"):
        return None
    try:
        return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
    except ValueError:
        return None


def distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5


def rag_from_shading(row: LogicalRow) -> str:
    """A RAG given as colour alone: an empty RAG cell's shading, a coloured dot alone in it, else a cell's
    coloured left bar."""
    shaded = (rag_from_fill(row.fills[i]) for i in row.header.columns("rag")
              if i < len(row.fills) and not row.text(i).strip())
    inked = (rag_from_bar(row.inks[i]) for i in row.header.columns("rag") if i < len(row.inks) and row.inks[i])
    return (next((c for c in shaded if c), "") or next((c for c in inked if c), "")
            or next((c for c in map(rag_from_bar, row.bars) if c), ""))
