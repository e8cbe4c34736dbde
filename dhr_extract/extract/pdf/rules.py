"""Ruling lines: drawn objects -> horizontal and vertical edges.

Producers draw a table's rules as stroked lines (Word, LibreOffice), thin filled
rectangles (browsers), or paths; rotated pages leave them a hair off the axes.  Every
straight segment within ``axis_tolerance`` of an axis becomes an exact edge here, so the
grid finder downstream sees the same rules whatever drew them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Iterable

from .marks import marks_to_segments
from .settings import DEFAULT, PdfSettings

Edge = dict[str, Any]  # pdfplumber's edge shape: x0, x1, top, bottom, width, height, orientation
Point = tuple[float, float]
Box = tuple[float, float, float, float]  # x0, top, x1, bottom


def objects_to_edges(lines: Iterable[dict[str, Any]], rects: Iterable[dict[str, Any]],
                     curves: Iterable[dict[str, Any]], settings: PdfSettings = DEFAULT,
                     marks: list[Box] | None = None) -> list[Edge]:
    """Axis-aligned edges of every line, rectangle side and path segment on a page, and of every
    dotted or dashed rule the ``marks`` (``marks.split_marks``) draw."""
    segments = [seg for line in lines
                for seg in path_segments(line.get("pts") or [(line["x0"], line["top"]), (line["x1"], line["bottom"])])]
    box_segments, shade_boxes = rects_to_segments(rects, settings)
    segments.extend(box_segments)
    for curve in curves:
        segments.extend(path_segments(curve.get("pts") or []))
    segments.extend(marks_to_segments(marks or [], settings))
    edges = [e for e in (segment_to_edge(a, b, settings) for a, b in segments) if e is not None]
    return edges + shades_to_edges(shade_boxes, edges, settings)


def rects_to_segments(rects: Iterable[dict[str, Any]],
                      settings: PdfSettings = DEFAULT) -> tuple[list[tuple[Point, Point]], list[Box]]:
    """The rule segments rectangles draw (a thin box's centre line, a stroked box's sides), and the
    filled, unstroked boxes apart: shading, not rules."""
    segments: list[tuple[Point, Point]] = []
    shade_boxes: list[Box] = []
    for rect in rects:
        box = (rect["x0"], rect["top"], rect["x1"], rect["bottom"])
        if is_thin(box, settings):
            segments.append(thin_box_to_segment(box))
        elif rect.get("fill") and not rect.get("stroke"):
            shade_boxes.append(box)
        else:
            segments.extend(box_sides(box))
    return segments, shade_boxes


def shades_to_edges(boxes: list[Box], rule_edges: list[Edge], settings: PdfSettings = DEFAULT) -> list[Edge]:
    """The sides of shaded boxes as edges marked "shade", but for shading behind a cell's text."""
    horizontals = [e for e in rule_edges if e["orientation"] == "h"]
    in_rows = boxes_in_shaded_rows(boxes, settings)
    sides = [side for i, box in enumerate(boxes)
             if not floats_in_band(box, horizontals, settings) or i in in_rows and on_rule(box, horizontals, settings)
             for side in box_sides(box)]
    return [e for e in (segment_to_edge(a, b, settings, "shade") for a, b in sides) if e is not None]


def boxes_in_shaded_rows(boxes: list[Box], settings: PdfSettings = DEFAULT) -> set[int]:
    """The boxes that touch another of the same height side by side: a row of shaded cells (a
    browser fills each header cell edge to edge).  A paragraph's background never touches the next
    column's (the cells' padding parts them): such a row standing on a rule, or under one, is cells
    whatever other rules stand near it (a legend's box just above)."""
    by_height: dict[tuple[int, int], list[int]] = {}
    for i, (_, top, _, bottom) in enumerate(boxes):
        by_height.setdefault((round(top), round(bottom)), []).append(i)
    tol = settings.axis_tolerance
    return {i for group in by_height.values() for i in group
            if any(j != i and (abs(boxes[j][0] - boxes[i][2]) <= tol or abs(boxes[j][2] - boxes[i][0]) <= tol)
                   for j in group)}


def on_rule(box: Box, horizontals: list[Edge], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a rule across the box's width runs along its top or its foot."""
    x0, top, x1, bottom = box
    tol = settings.snap_tolerance
    return any(e["x0"] - tol <= x0 and x1 <= e["x1"] + tol
               and (abs(e["top"] - top) <= tol or abs(e["top"] - bottom) <= tol) for e in horizontals)


def box_curves_to_rects(curves: Iterable[dict[str, Any]], settings: PdfSettings = DEFAULT
                        ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The paths that only trace an upright box, as rectangles (a filled one is shading, as a
    ``re`` would be: pdfminer reads the boxes of a rotated page as paths), and the other paths."""
    boxes: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    for curve in curves:
        (boxes if traces_box(curve.get("pts") or [], settings) else others).append(curve)
    return boxes, others


def traces_box(points: list[Point], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a path's points are the corners of one upright box (closed or not), within
    ``axis_tolerance``: each side runs along an axis."""
    corners = points[:-1] if len(points) == 5 and close_to(points[0], points[-1], settings) else points
    if len(corners) != 4:
        return False
    tol = settings.axis_tolerance
    return all(min(abs(a[0] - b[0]), abs(a[1] - b[1])) <= tol for a, b in zip(corners, corners[1:] + corners[:1]))


def close_to(a: Point, b: Point, settings: PdfSettings = DEFAULT) -> bool:
    return abs(a[0] - b[0]) <= settings.axis_tolerance and abs(a[1] - b[1]) <= settings.axis_tolerance


def drop_underlines(edges: list[Edge], words: list[dict[str, Any]], settings: PdfSettings = DEFAULT) -> list[Edge]:
    """The edges but the underlines of text (a link, an emphasised word): a horizontal rule just
    under the lower half of a run of words, no longer than the run.  Counted as rules, they
    would make a borderless page "ruled" and its shading its only grid."""
    by_bottom = sorted(words, key=lambda w: w["bottom"])
    bottoms = [w["bottom"] for w in by_bottom]
    tallest = max((w["bottom"] - w["top"] for w in words), default=0.0)

    def near(y: float) -> list[dict[str, Any]]:
        # only words whose foot is within reach of the rule: bottom + gap >= y, and mid-height <= y
        return by_bottom[bisect_left(bottoms, y - settings.underline_gap):bisect_right(bottoms, y + tallest / 2)]
    return [e for e in edges if not is_underline(e, near(e["top"]), settings)]


def is_underline(edge: Edge, words: list[dict[str, Any]], settings: PdfSettings = DEFAULT) -> bool:
    """A horizontal rule drawn within the foot of a run of words set close together, inside their extent
    (at the end, up to the space after the last word: a wrapped line's trailing space is underlined too)."""
    if edge["orientation"] != "h" or edge["source"] != "rule":
        return False
    y, tol = edge["top"], settings.underline_overhang
    above = sorted((w for w in words if w["x1"] > edge["x0"] and w["x0"] < edge["x1"]
                    and (w["top"] + w["bottom"]) / 2 <= y <= w["bottom"] + settings.underline_gap),
                   key=lambda w: w["x0"])
    if not above or any(b["x0"] - a["x1"] > settings.wide_gap for a, b in zip(above, above[1:])):
        return False
    last = above[-1]
    trailing = max(tol, settings.underline_trailing_em * (last["bottom"] - last["top"]))  # a trailing space
    return above[0]["x0"] - tol <= edge["x0"] and edge["x1"] <= last["x1"] + trailing


def path_segments(points: list[Point]) -> list[tuple[Point, Point]]:
    return list(zip(points, points[1:]))


def is_thin(box: Box, settings: PdfSettings = DEFAULT) -> bool:
    """A box no thicker than a rule: a rule drawn as a filled rectangle (browsers)."""
    return box[2] - box[0] <= settings.axis_tolerance * 2 or box[3] - box[1] <= settings.axis_tolerance * 2


def thin_box_to_segment(box: Box) -> tuple[Point, Point]:
    """The centre line of a thin box, along its length."""
    x0, top, x1, bottom = box
    if x1 - x0 > bottom - top:
        return (x0, (top + bottom) / 2), (x1, (top + bottom) / 2)
    return ((x0 + x1) / 2, top), ((x0 + x1) / 2, bottom)


def box_sides(box: Box) -> list[tuple[Point, Point]]:
    x0, top, x1, bottom = box
    corners = [(x0, top), (x1, top), (x1, bottom), (x0, bottom), (x0, top)]
    return list(zip(corners, corners[1:]))


def floats_in_band(box: Box, horizontals: list[Edge],
                   settings: PdfSettings = DEFAULT) -> bool:
    """Whether a shaded box sits between two rules without reaching both: the background of a
    cell's text lines (LibreOffice shades a paragraph, not the cell), so its sides are no cell's.

    A shaded cell fills its row from rule to rule, and shading on a page without rules
    around it may be the only thing that draws the cells: both are kept.
    """
    x0, top, x1, bottom = box
    tol = settings.snap_tolerance
    across = [e["top"] for e in horizontals if e["x0"] - tol <= x0 and x1 <= e["x1"] + tol]
    above = [y for y in across if y <= top + tol]
    below = [y for y in across if y >= bottom - tol]
    if not above or not below:
        return False
    return top - max(above) > tol or min(below) - bottom > tol


def segment_to_edge(a: Point, b: Point, settings: PdfSettings = DEFAULT, source: str = "rule") -> Edge | None:
    """A straight segment as an exact horizontal or vertical edge, or None (slanted, or too short)."""
    dx, dy = abs(a[0] - b[0]), abs(a[1] - b[1])
    if dy <= settings.axis_tolerance and dx >= settings.min_rule_length:
        y = (a[1] + b[1]) / 2
        return make_edge(min(a[0], b[0]), y, max(a[0], b[0]), y, source)
    if dx <= settings.axis_tolerance and dy >= settings.min_rule_length:
        x = (a[0] + b[0]) / 2
        return make_edge(x, min(a[1], b[1]), x, max(a[1], b[1]), source)
    return None


def make_edge(x0: float, top: float, x1: float, bottom: float, source: str = "rule") -> Edge:
    """An edge in pdfplumber's shape; ``source`` is "rule" for a drawn rule, "shade" for a side of shading."""
    horizontal = top == bottom
    return {"object_type": "rule_edge", "x0": x0, "x1": x1, "top": top, "bottom": bottom,
            "width": x1 - x0, "height": bottom - top, "orientation": "h" if horizontal else "v", "source": source}


def has_rules(edges: list[Edge]) -> bool:
    """Whether anything on the page draws rules (shading alone makes no ruled table)."""
    return any(e["source"] == "rule" for e in edges)


def close_open_ends(edges: list[Edge], settings: PdfSettings = DEFAULT) -> list[Edge]:
    """Horizontal edges where vertical rules stop together with no rule across them (two or more, or
    one level with the end of a ruled neighbour).

    A row cut by a page break is drawn with its side rules running to the page's last
    line of text and no rule under it (browsers, some Word exports), and the row carried
    on to the next page may have no rule above it: closing those ends keeps the row.
    """
    tol = settings.open_end_tolerance
    horizontals = [e for e in edges if e["orientation"] == "h"]
    verticals = [e for e in edges if e["orientation"] == "v"]
    added = [(closing_edge(group, end, verticals, tol), end)
             for end in ("top", "bottom") for group in group_by_position(open_ends(verticals, horizontals, end, tol), tol)]
    return edges + [to_next_level_ends(edge, [v[end] for v in verticals], verticals, horizontals, tol)
                    for edge, end in added if edge is not None]


def to_next_level_ends(edge: Edge, ends: list[float], verticals: list[Edge], horizontals: list[Edge],
                       tol: float) -> Edge:
    """A closing rule reaching on to the next vertical rule on each side that ends level with it, though
    that end is closed already (a filled cell beside the cut row, its box drawn round it), when no rule
    runs under the cell between them: that cell is cut by the page break too.  ``ends``: the
    verticals' ends on the edge's side."""
    y = edge["top"]
    level = sorted(v["x0"] for v, end in zip(verticals, ends) if abs(end - y) <= tol)

    def open_between(a: float, b: float) -> bool:
        middle = (a + b) / 2
        return not any(abs(h["top"] - y) <= tol and h["x0"] <= middle <= h["x1"] for h in horizontals)
    left = [x for x in level if x < edge["x0"] - tol]
    right = [x for x in level if x > edge["x1"] + tol]
    x0 = left[-1] if left and open_between(left[-1], edge["x0"]) else edge["x0"]
    x1 = right[0] if right and open_between(edge["x1"], right[0]) else edge["x1"]
    return edge if (x0, x1) == (edge["x0"], edge["x1"]) else make_edge(x0, y, x1, y)


def open_ends(verticals: list[Edge], horizontals: list[Edge], end: str, tol: float) -> list[tuple[float, float]]:
    """(y, x) of the vertical rules' ``end`` ("top" / "bottom") that no horizontal rule crosses, sorted;
    not those another vertical rule goes on from at a height where a rule is drawn across other columns
    only.  A browser draws the side rules of cells merged down over several rows in one piece a row,
    and the rule between those rows only where a cell ends: there the other columns' cells go on."""
    other = "top" if end == "bottom" else "bottom"
    starts = sorted((v[other], v["x0"]) for v in verticals)

    def covered(x: float, y: float) -> bool:
        return any(abs(h["top"] - y) <= tol and h["x0"] - tol <= x <= h["x1"] + tol for h in horizontals)

    def goes_on(x: float, y: float) -> bool:
        if not any(abs(h["top"] - y) <= tol for h in horizontals):
            return False  # no rule at that height at all: a row ruled by its sides only ends there
        lo = bisect_left(starts, (y - tol, float("-inf")))
        hi = bisect_right(starts, (y + tol, float("inf")))
        return any(abs(sx - x) <= tol for _, sx in starts[lo:hi])
    return sorted((v[end], v["x0"]) for v in verticals if not covered(v["x0"], v[end]) and not goes_on(v["x0"], v[end]))


def closing_edge(group: list[tuple[float, float]], end: str, verticals: list[Edge], tol: float) -> Edge | None:
    """The rule across open ends at one height, or None when only one side is open and no ruled
    neighbour ends level with it."""
    y = max(p[0] for p in group) if end == "bottom" else min(p[0] for p in group)
    xs = [p[1] for p in group]
    if max(xs) - min(xs) <= tol:  # one side open: a merged cell carried over, its neighbours ruled
        xs += nearest_level_end((y, min(xs)), [(v[end], v["x0"]) for v in verticals], tol)
    return make_edge(min(xs), y, max(xs), y) if max(xs) - min(xs) > tol else None


def nearest_level_end(end: tuple[float, float], ends: list[tuple[float, float]], tol: float) -> list[float]:
    """The x of the vertical rule ending level with ``end`` (y, x) nearest to it, if there is one."""
    y, x = end
    level = [other for other_y, other in ends if abs(other_y - y) <= tol and abs(other - x) > 2 * tol]
    return [min(level, key=lambda other: abs(other - x))] if level else []


def group_by_position(points: list[tuple[float, float]], tol: float) -> list[list[tuple[float, float]]]:
    """Sorted (position, other) pairs grouped where consecutive positions are within ``tol``."""
    groups: list[list[tuple[float, float]]] = []
    for p in points:
        if groups and p[0] - groups[-1][-1][0] <= tol:
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups
