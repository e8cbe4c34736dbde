"""Blocks of one column's text in a borderless table read column by column (``centred``), and the
extents of the rows they make."""
from __future__ import annotations

from dataclasses import dataclass

from .lines import Line


@dataclass(frozen=True)
class Block:
    """A column's lines set close together: a cell's text, or one paragraph of it."""

    column: int
    lines: tuple[Line, ...]

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return max(ln.bottom for ln in self.lines)

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


Row = list[Block]


def extent(row: Row) -> tuple[float, float]:
    """The top of a row's highest block and the bottom of its lowest."""
    return min(b.top for b in row), max(b.bottom for b in row)


def overlaps(block: Block, span: tuple[float, float]) -> bool:
    return block.top < span[1] and span[0] < block.bottom


def overlaps_extent(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
