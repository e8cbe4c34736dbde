"""Blocks of one column's text in a borderless table read column by column (``centred``), the
extents of the rows they make, and blocks grouped where their centres or tops agree."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

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


def centre_groups(blocks: list[Block], tol: float) -> list[Row]:
    """Blocks of different columns whose centres agree, two or more to a group."""
    return [g for g in chain_groups(sorted(blocks, key=lambda b: b.centre), lambda b: b.centre, tol) if len(g) >= 2]


def top_groups(blocks: list[Block], tol: float) -> list[Row]:
    """Blocks grouped where their tops agree (the cells of a row cut by a page break)."""
    return chain_groups(sorted(blocks, key=lambda b: b.top), lambda b: b.top, tol)


def chain_groups(blocks: list[Block], key: Callable[[Block], float], tol: float,
                 one_per_column: bool = True) -> list[Row]:
    """Sorted blocks in groups where ``key`` steps by no more than ``tol``, one block per column
    (unless not ``one_per_column``: a column's second block there joins the group too)."""
    groups: list[Row] = []
    for b in blocks:
        if groups and key(b) - key(groups[-1][-1]) <= tol and not (
                one_per_column and b.column in {o.column for o in groups[-1]}):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups
