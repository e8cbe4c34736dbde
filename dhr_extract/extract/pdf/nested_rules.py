"""The rules of a table nested in one cell, kept apart from the outer grid's before grids are found.

A nested table inset from its cell's rules is a grid of its own.  Where it touches them (LibreOffice
sets a nested table flush with its cell's side, or lets it run over the side), its rules cross the
outer grid's, and the rule-finder reads its vertical rules as columns of the whole outer table.  A
vertical rule standing inside a rule that lies within one column of the outer grid, clear of one of
its sides at least, below the top of that column's side rules (not on a row's rule, nor on a split
cell's, which meets both sides), is a nested table's: it and the rules within that column over its
height are read as a grid of their own (``nested_grids`` nests it back)."""
from __future__ import annotations

from .rules import Edge
from .settings import DEFAULT, PdfSettings


def split_nested_rules(edges: list[Edge], settings: PdfSettings = DEFAULT) -> tuple[list[Edge], list[Edge]]:
    """The page's edges as the outer grids' and the nested tables' (empty when none is found)."""
    verticals = [e for e in edges if e["orientation"] == "v"]
    horizontals = [e for e in edges if e["orientation"] == "h"]
    found = [(v, bounds) for v in verticals if (bounds := nested_column(v, verticals, horizontals, settings))]
    if not found:
        return edges, []
    nested = nested_edges(edges, found, settings.nested_grid_tolerance)
    moved = {id(v) for v, _ in found} | {id(e) for e in nested if e["orientation"] == "h"}
    return [e for e in edges if id(e) not in moved], nested  # its sides stay the outer cell's too


def nested_edges(edges: list[Edge], found: list[tuple[Edge, tuple[float, float]]], tol: float) -> list[Edge]:
    """The edges within the outer column of a nested rule, over its height (``found``: the rules and their columns)."""
    return [e for e in edges if any(in_nested_box(e, v, bounds, tol) for v, bounds in found)]


def nested_column(v: Edge, verticals: list[Edge], horizontals: list[Edge],
                  settings: PdfSettings = DEFAULT) -> tuple[float, float] | None:
    """The sides (x) of the outer column a vertical rule stands inside as a nested table's rule: the
    nearest vertical rules either side reaching over its top by ``nested_rule_inset`` or more, and a
    rule its top stands inside lying between them, clear of one of them at least (a nested table's
    top rule, inset from its cell's side; not a row's rule, nor a split cell's, which meets both)."""
    tol, x = settings.nested_grid_tolerance, v["x0"]
    over = [e["x0"] for e in verticals if e["top"] <= v["top"] - settings.nested_rule_inset and e["bottom"] >= v["top"]]
    left = max((ex for ex in over if ex < x - tol), default=None)
    right = min((ex for ex in over if ex > x + tol), default=None)
    if left is None or right is None:
        return None
    level = [h for h in horizontals if abs(h["top"] - v["top"]) <= tol and h["x0"] + tol < x < h["x1"] - tol]
    return (left, right) if any(inset_rule(h, left, right, tol) for h in level) else None


def inset_rule(h: Edge, left: float, right: float, tol: float) -> bool:
    """Whether a horizontal rule lies between ``left`` and ``right``, clear of one of them at least."""
    return h["x0"] >= left - tol and h["x1"] <= right + tol and (h["x0"] > left + tol or h["x1"] < right - tol)


def in_nested_box(e: Edge, v: Edge, bounds: tuple[float, float], tol: float) -> bool:
    """Whether an edge lies within the outer column ``bounds`` over the height of the nested rule ``v``."""
    return (e["x0"] >= bounds[0] - tol and e["x1"] <= bounds[1] + tol
            and e["top"] >= v["top"] - tol and e["bottom"] <= v["bottom"] + tol)
