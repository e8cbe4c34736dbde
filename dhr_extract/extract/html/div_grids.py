"""Tables laid out without ``<table>``: ``<div>``s a browser draws as a table, rewritten in place as
the ``<table>`` markup they stand for (rows of ``<td>``/``<th>`` with ``rowspan``/``colspan``), so the
table reader and the normaliser see no difference.

Three layouts (styles from the ``css`` subset):
- a CSS grid (``display: grid``): columns from ``grid-template-columns`` (``repeat(6, 1fr)``, track
  lists, ``minmax()``); its items (children, or grandchildren through ``display: contents``) placed
  as a browser does: explicit ``grid-row`` / ``grid-column`` / ``grid-area`` lines first, then the
  rest in document order, row by row, honouring ``span N`` and ``1 / -1``;
- ARIA roles: ``role="table"`` (``grid``, ``treegrid``) > ``row`` > ``cell`` / ``columnheader`` /
  ``rowheader``, spans from ``aria-rowspan`` / ``aria-colspan``;
- ``display: table`` > ``table-row`` (directly or in a ``table-*-group``) > ``table-cell``.
Only a layout of at least two rows and two columns is a table; one whose items are page landmarks
(``header``, ``nav``, ``main``, ``aside``, ``footer``) or hold headings lays out a page, not a table.
Grids sized by the window (``repeat(auto-fill, ...)``) are card layouts and stay as they are, as do
grids flowing down their columns (``grid-auto-flow: column``) and grids of more than ``MAX_COLUMNS``.
Not read: flexbox rows, named grid lines and areas (an item placed by name is auto-placed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from .css import Rule, RuleIndex, Style, element_style, rules_in_use, soup_to_rules
from .dom import NOT_TEXT, parse_int

_TABLE_TAGS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "colgroup", "col"}
_NOT_SHOWN = {"script", "style", "template", "head", "title", "noscript"}
_LANDMARK_TAGS = {"header", "nav", "main", "aside", "footer", "form"}
_LANDMARK_ROLES = {"banner", "navigation", "main", "complementary", "contentinfo", "search", "form"}
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_TABLE_ROLES = {"table", "grid", "treegrid"}
_CELL_ROLES = {"cell", "gridcell", "columnheader", "rowheader"}
_HEADER_ROLES = {"columnheader", "rowheader"}
_ROW_GROUPS = {"table-row-group", "table-header-group", "table-footer-group"}
_TRACK = re.compile(r"repeat\(\s*([^,]+),(.*)\)$|\[[^\]]*\]|\S+", re.I)
MIN_ROWS = 2
MIN_COLUMNS = 2
MAX_COLUMNS = 64  # wider than any plan: a grid of more columns (or a span across them) is no table here


@dataclass(frozen=True)
class Entry:
    """One cell of a row as ``<table>`` markup would write it (``item`` None: an empty filler cell)."""
    item: Tag | None
    rowspan: int = 1
    colspan: int = 1
    header: bool = False


Rows = list[list[Entry]]


class Styles:
    """Each element's style (wanted properties), worked out once, before the page is rewritten."""

    def __init__(self, rules: RuleIndex) -> None:
        self.rules = rules
        self.cache: dict[int, Style] = {}

    def of(self, tag: Tag) -> Style:
        if id(tag) not in self.cache:
            self.cache[id(tag)] = element_style(tag, self.rules)
        return self.cache[id(tag)]

    def display(self, tag: Tag) -> str:
        return self.of(tag).get("display", "").split()[0] if self.of(tag).get("display") else ""

    def shown(self, tag: Tag) -> bool:
        return (tag.name not in _NOT_SHOWN and not tag.has_attr("hidden") and self.display(tag) != "none"
                and self.of(tag).get("visibility") != "hidden")


# ------------------------------------------------------------------ CSS grid

def split_tracks(text: str) -> list[str]:
    """Top-level tokens of a track list (parentheses kept together)."""
    tokens, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch.isspace() and depth == 0:
            if current:
                tokens.append(current)
            current = ""
        else:
            current += ch
    return tokens + ([current] if current else [])


def template_to_column_count(template: str) -> int | None:
    """Columns of ``grid-template-columns``: ``"repeat(6, 1fr)"`` -> 6, ``"2em 3fr minmax(5em, 1fr)"`` -> 3,
    line names ignored; None for ``none``, ``subgrid`` or a count set by the window (``auto-fill``)."""
    count = 0
    for token in split_tracks(template.strip()):
        if token.startswith("["):
            continue
        repeat = re.match(r"repeat\(\s*([^,]+),(.*)\)$", token, re.I)
        if repeat:
            times = parse_int(repeat.group(1), 0)
            inner = template_to_column_count(repeat.group(2))
            if not times or times < 1 or not inner:
                return None  # auto-fill / auto-fit: as many as the window holds
            count += times * inner
        elif token in ("none", "subgrid", "masonry"):
            return None
        else:
            count += 1
    return count or None


def grid_columns(style: Style) -> int | None:
    """The explicit column count from ``grid-template-columns`` or the ``grid-template`` / ``grid``
    shorthands (the part after "/")."""
    if "grid-template-columns" in style:
        return template_to_column_count(style["grid-template-columns"])
    for name in ("grid-template", "grid"):
        if "/" in style.get(name, ""):
            return template_to_column_count(style[name].split("/", 1)[1].replace("auto-flow", "").replace("dense", ""))
    return None


def line_pair(start: str, end: str, lines: int) -> tuple[int | None, int]:
    """(0-based start track or None for auto-placed, span) from a pair of grid lines: numbers (negative
    from the explicit grid's end, ``lines`` of them), ``span N`` or ``auto``; names read as ``auto``."""
    def number(text: str) -> int | None:
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            return None
        n = int(text)
        return n if n > 0 else (lines + 1 + n if n < 0 else None)

    def span(text: str) -> int | None:
        match = re.fullmatch(r"span\s+(\d+)", text.strip())
        return max(1, int(match.group(1))) if match else None

    a, b = number(start), number(end)
    if a is not None and b is not None and a != b:
        return min(a, b) - 1, abs(b - a)
    if a is not None:
        return a - 1, span(end) or 1
    if b is not None:
        n = span(start) or 1
        return max(0, b - 1 - n), n
    return None, span(start) or span(end) or 1


def axis_lines(style: Style, axis: str) -> tuple[str, str]:
    """(start, end) lines of one axis ("row" / "column"): longhands, then ``grid-row`` / ``grid-column``,
    then ``grid-area`` (row-start / column-start / row-end / column-end)."""
    index = 0 if axis == "row" else 1
    pair = [p.strip() for p in style.get(f"grid-{axis}", "").split("/")] + [""]
    area = [p.strip() for p in style.get("grid-area", "").split("/")] + ["", "", "", ""]
    start = style.get(f"grid-{axis}-start") or pair[0] or area[index]
    end = style.get(f"grid-{axis}-end") or pair[1] or area[index + 2]
    return start or "auto", end or "auto"


def item_area(style: Style, columns: int) -> tuple[int | None, int, int | None, int]:
    """(row, rowspan, column, colspan) of a grid item, None where it is auto-placed."""
    row, rowspan = line_pair(*axis_lines(style, "row"), 1)
    column, colspan = line_pair(*axis_lines(style, "column"), columns + 1)
    return row, rowspan, column, colspan


def fits(taken: set[tuple[int, int]], row: int, column: int, rowspan: int, colspan: int) -> bool:
    return all((row + dr, column + dc) not in taken for dr in range(rowspan) for dc in range(colspan))


Area = tuple[int | None, int, int | None, int]


def free_slot(taken: set[tuple[int, int]], area: Area, cursor: tuple[int, int], columns: int) -> tuple[int, int]:
    """Where an item not placed by both lines goes: a fixed column is tried row by row from the cursor
    (the next row if the cursor is past it); otherwise column by column, wrapping at the grid's width."""
    row, rowspan, column, colspan = area
    r, c = (row, 0) if row is not None else cursor
    if column is not None:
        r = r + 1 if row is None and column < c else r
        while not fits(taken, r, column, rowspan, colspan):
            r += 1
        return r, column
    while not (c + colspan <= columns and fits(taken, r, c, rowspan, colspan)):
        c += 1
        if c + colspan > columns:
            r, c = r + 1, 0
    return r, c


def auto_place(areas: list[Area], columns: int) -> list[tuple[int, int, int, int]]:
    """Each item's (row, column, rowspan, colspan) as a browser's row-wise sparse auto-placement puts it:
    items with both lines set first, then those held to a row, then the rest in order from a cursor
    that only moves on."""
    placed: dict[int, tuple[int, int, int, int]] = {}
    taken: set[tuple[int, int]] = set()
    fixed = {i for i, a in enumerate(areas) if a[0] is not None and a[2] is not None}
    cursor = (0, 0)
    for i in sorted(range(len(areas)), key=lambda i: (i not in fixed, areas[i][0] is None, i)):
        row, rowspan, column, colspan = areas[i]
        colspan = min(colspan, columns) if column is None else colspan
        r, c = (row, column) if i in fixed else free_slot(taken, (row, rowspan, column, colspan), cursor, columns)
        placed[i] = (r, c, rowspan, colspan)
        taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
        if row is None:
            cursor = (r, c + colspan)
    return [placed[i] for i in range(len(areas))]


def placements_to_rows(items: list[Tag], places: list[tuple[int, int, int, int]], headers: list[bool]) -> Rows:
    """Placed items as rows of ``<table>`` cells: each row's origins left to right, an empty cell
    wherever no item starts or spans.  The table ends at the last row an item starts in: spans past
    it are cut there (the rows they would add hold nothing)."""
    n_rows = max((r + 1 for r, _, _, _ in places), default=0)
    places = [(r, c, min(rs, n_rows - r), cs) for r, c, rs, cs in places]
    width = max((c + cs for _, c, _, cs in places), default=0)
    origin = {(r, c): (item, rs, cs, h) for item, (r, c, rs, cs), h in zip(items, places, headers)}
    covered = {(r + dr, c + dc) for r, c, rs, cs in places for dr in range(rs) for dc in range(cs)}
    rows: Rows = []
    for r in range(n_rows):
        row: list[Entry] = []
        for c in range(width):
            if (r, c) in origin:
                item, rs, cs, header = origin[(r, c)]
                row.append(Entry(item, rs, cs, header))
            elif (r, c) not in covered:
                row.append(Entry(None))
        rows.append(row)
    return rows


def grid_items(container: Tag, styles: Styles) -> list[Tag] | None:
    """The shown children of a grid (through ``display: contents``); None if text sits loose in it."""
    items: list[Tag] = []
    for child in container.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, NOT_TEXT) and child.strip():
                return None
        elif isinstance(child, Tag) and styles.shown(child):
            if styles.display(child) == "contents":
                inner = grid_items(child, styles)
                if inner is None:
                    return None
                items.extend(inner)
            else:
                items.append(child)
    return items


def is_grid_of_plan_size(areas: list[Area], width: int, n_items: int) -> bool:
    """Two to ``MAX_COLUMNS`` columns, and no item placed below the rows its items could fill."""
    return MIN_COLUMNS <= width <= MAX_COLUMNS and all(r is None or r < n_items for r, *_ in areas)


def css_grid_to_rows(container: Tag, styles: Styles) -> Rows | None:
    """A ``display: grid`` container's items as rows of table cells."""
    items = grid_items(container, styles)
    if not items or "column" in styles.of(container).get("grid-auto-flow", ""):
        return None  # items flowing down the columns: not read (plans flow row by row)
    columns = grid_columns(styles.of(container))
    # no span needs more rows than there are items (placements_to_rows cuts them at the last row anyway)
    areas = [(r, min(rs, len(items)), c, cs) for r, rs, c, cs in
             (item_area(styles.of(item), columns or 0) for item in items)]
    widest = max((c + cs for _, _, c, cs in areas if c is not None), default=0)
    columns = widest if columns is None else columns  # no template: explicit column lines say how wide
    if not is_grid_of_plan_size(areas, max(columns, widest), len(items)):
        return None
    headers = [str(item.get("role") or "") in _HEADER_ROLES for item in items]
    return placements_to_rows(items, auto_place(areas, columns), headers)


# ------------------------------------------------------------------ ARIA roles and display: table

def role(tag: Tag) -> str:
    return str(tag.get("role") or "").strip().lower()


def aria_table_to_rows(container: Tag, styles: Styles) -> Rows | None:
    """A ``role="table"`` container's ``role="row"`` elements and their cells (``aria-*span``)."""
    def owner(tag: Tag, roles: set[str]) -> Tag | None:
        parent = tag.parent
        while parent is not None and role(parent) not in roles:
            parent = parent.parent
        return parent

    rows: Rows = []
    for row in container.find_all(attrs={"role": True}):
        if role(row) != "row" or owner(row, _TABLE_ROLES) is not container or not styles.shown(row):
            continue
        rows.append([Entry(cell, max(1, parse_int(cell.get("aria-rowspan"), 1) or 1),
                           max(1, parse_int(cell.get("aria-colspan"), 1) or 1), role(cell) in _HEADER_ROLES)
                     for cell in row.find_all(attrs={"role": True})
                     if role(cell) in _CELL_ROLES and owner(cell, {"row"}) is row and styles.shown(cell)])
    return rows


def css_table_row_elements(container: Tag, styles: Styles) -> list[Tag]:
    """A ``display: table`` container's ``table-row`` children, directly or inside row groups."""
    def shown_children(tag: Tag) -> list[Tag]:
        return [c for c in tag.children if isinstance(c, Tag) and styles.shown(c)]

    rows: list[Tag] = []
    for child in shown_children(container):
        members = shown_children(child) if styles.display(child) in _ROW_GROUPS else [child]
        rows.extend(m for m in members if styles.display(m) == "table-row")
    return rows


def css_table_to_rows(container: Tag, styles: Styles) -> Rows:
    """A ``display: table`` container's rows and their ``table-cell`` children."""
    return [[Entry(cell) for cell in row.children
             if isinstance(cell, Tag) and styles.shown(cell) and styles.display(cell) == "table-cell"]
            for row in css_table_row_elements(container, styles)]


# ------------------------------------------------------------------ page

def is_table_shaped(rows: Rows | None) -> bool:
    """At least two rows and two columns, none of its cells a page landmark or holding a heading."""
    if not rows or len(rows) < MIN_ROWS or max(sum(e.colspan for e in row) for row in rows) < MIN_COLUMNS:
        return False
    items = [e.item for row in rows for e in row if e.item is not None]
    return not any(item.name in _LANDMARK_TAGS or role(item) in _LANDMARK_ROLES
                   or item.name in _HEADINGS or item.find(_HEADINGS) is not None for item in items)


def container_to_rows(tag: Tag, styles: Styles) -> Rows | None:
    """The rows a div layout stands for (a CSS grid, then ARIA roles, then ``display: table``), or None."""
    if tag.name in _TABLE_TAGS or tag.name in _NOT_SHOWN or not styles.shown(tag):
        return None
    display = styles.display(tag)
    if display in ("grid", "inline-grid"):
        rows = css_grid_to_rows(tag, styles)
        if is_table_shaped(rows):
            return rows
    if role(tag) in _TABLE_ROLES:
        rows = aria_table_to_rows(tag, styles)
        if is_table_shaped(rows):
            return rows
    if display in ("table", "inline-table"):
        rows = css_table_to_rows(tag, styles)
        if is_table_shaped(rows):
            return rows
    return None


def rows_to_table(soup: BeautifulSoup, container: Tag, rows: Rows, styles: Styles) -> None:
    """Replace ``container``'s content with the ``<table>`` its rows stand for; each cell element moves
    into its ``<td>`` (``<th>`` for a header role), its background with it."""
    table = soup.new_tag("table")
    for row in rows:
        tr = soup.new_tag("tr")
        for entry in row:
            td = soup.new_tag("th" if entry.header else "td")
            if entry.rowspan > 1:
                td["rowspan"] = str(entry.rowspan)
            if entry.colspan > 1:
                td["colspan"] = str(entry.colspan)
            if entry.item is not None:
                background = styles.of(entry.item).get("background-color") or styles.of(entry.item).get("background")
                if background:
                    td["style"] = f"background-color: {background}"
                td.append(entry.item.extract())
            tr.append(td)
        table.append(tr)
    container.clear()
    container.append(table)


_TABLE_DISPLAY = re.compile(r"(inline-)?(grid|table)")


def candidates(soup: BeautifulSoup, display_rules: list[Rule]) -> list[Tag]:
    """Elements that may lay out a table: a table role, or a ``display`` of grid or table inline or
    from one of ``display_rules``."""
    index = RuleIndex(display_rules) if display_rules else None
    inline = re.compile(r"display\s*:\s*(inline-)?(grid|table)(?![\w-])", re.I)
    return [t for t in soup.descendants if isinstance(t, Tag) and (
        ("role" in t.attrs and role(t) in _TABLE_ROLES) or ("style" in t.attrs and inline.search(str(t["style"])))
        or (index is not None and index.matching(t)))]


def div_layouts_to_tables(soup: BeautifulSoup) -> int:
    """Rewrite every div layout that a browser draws as a table as ``<table>`` markup, innermost first
    (a grid in a grid's cell becomes a table in a table's cell); how many were rewritten."""
    rules = soup_to_rules(soup)
    if any(sets_table_display(r) for r in rules):
        rules = rules_in_use(rules, soup)  # only then is every element matched against rules
    maybe = candidates(soup, [r for r in rules if sets_table_display(r)])
    if not maybe:
        return 0
    styles = Styles(RuleIndex(rules))
    found = [(tag, rows) for tag in maybe if (rows := container_to_rows(tag, styles)) is not None]
    for tag, rows in reversed(found):  # styles and structure are all read before anything moves
        rows_to_table(soup, tag, rows, styles)
    return len(found)


def sets_table_display(rule: Rule) -> bool:
    return _TABLE_DISPLAY.fullmatch(dict(rule.declarations).get("display", "").split(" ")[0]) is not None
