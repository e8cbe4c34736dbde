"""Borderless columns: where each column's text starts, from the runs of words of all lines
of a region together (text edges, as camelot's stream parser and Nurminen's method use them)."""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .lines import Line, Word
from .runs import (MARKER, crossing, is_bold, isolated_lines, labelled_spanning_line, line_segments, row_gap_threshold,
                   spans_columns)
from .settings import DEFAULT, PdfSettings

BULLET = re.compile(r"[•o\uf0b7\uf0a7\u25aa\u25cf\u25e6\u2013\-*]")  # a bullet glyph: one cell with the text after it


def lines_to_column_starts(lines: list[Line], settings: PdfSettings = DEFAULT,
                           known: tuple[float, ...] = ()) -> list[float]:
    """The x where each column's text starts: an x where runs of words start and no word crosses.

    A cell's text is left-aligned, so every line of every cell in a column starts at the
    same x, however close the text of the column before runs to it; an indent inside a
    cell (a bullet's hanging text) also lines up, but the cell's other lines run across
    it.  Lines in one run across two or more candidate columns (titles, theme rows spanning
    the table), stand alone between gaps or are one bold run (a short theme row) are not
    counted against a start.  A start of a single run counts where no run of a line laid
    out in runs crosses it and it does not follow a bullet or a sub-item label (a column
    with one short value, "Local", on the page), unless the page keeps the page before's
    columns and it falls inside one of them.  ``known`` starts (the page before's columns)
    count where almost nothing crosses them.  Of starts closer together than a column is
    wide (``min_column_width``, or ``min_column_width_em`` line heights), the leftmost is
    the column (an indent or a centred header line starts to its right) unless a gutter
    runs down before the next (``gutter_before``: a narrow "No." column).
    """
    em = body_height(lines)
    wide = max(settings.min_column_width, settings.min_column_width_em * em)
    clusters = start_clusters(lines, settings)
    words = inner_words(lines, chain_heads([c.x for c in clusters if c.support >= settings.min_column_support], wide),
                        settings)
    held = held_starts(lines, clusters, words, settings, known)
    if laid_out_anew(held, known, settings):
        known = ()  # a table with its own columns (under its own header): the page before's say nothing
        held = held_starts(lines, clusters, words, settings, known)
    starts = [(c.x, float(c.support)) for c in held] + known_starts(known, clusters, held, words, wide, settings)
    xs = sorted({x for x, _ in starts})
    if all(b - a >= wide for a, b in zip(xs, xs[1:])):
        return xs  # no start close to another: every one is a column
    # the text beside a gutter: lines spanning the columns (theme rows) left out
    beside = inner_words(lines, chain_heads(xs, wide), settings)
    return starts_to_columns(sorted(starts), beside, em, settings, known, type_body_height(lines))


def held_starts(lines: list[Line], clusters: list[StartCluster], words: list[Word], settings: PdfSettings,
                known: tuple[float, ...]) -> list[StartCluster]:
    """The clusters that hold as column starts; on a page keeping the page before's columns, a lone
    start only at one of them."""
    tol = settings.column_edge_tolerance
    # a lone start must fall in a gutter: no run of words of a line laid out in runs crosses it
    table_runs = [{"x0": run[0]["x0"], "x1": run[-1]["x1"]} for ln in lines
                  for runs in [line_segments(ln, settings)] if len(runs) >= 2 for run in runs]
    table_runs += inner_column_runs(lines, clusters, settings)
    held = [c for c in clusters if column_start_holds(c, words, table_runs, settings, known)]
    if keeps_layout([c.x for c in held if c.support >= settings.min_column_support], known, tol):
        held = [c for c in held if c.support >= settings.min_column_support or at_known_start(c.x, known, tol)]
    return held


def laid_out_anew(held: list[StartCluster], known: tuple[float, ...], settings: PdfSettings = DEFAULT) -> bool:
    """Whether the region sets out columns of its own: more of its starts of several runs fall
    beside the page before's column starts than at them (the first column's, at the margin, left out).  Its table was sized anew (the next
    recommendation's table under its own header), so a start of the table before that no text
    starts at here is no empty column of this one, and a word set there by chance opens none."""
    if not known:
        return False
    strong = sorted(c.x for c in held if c.support >= settings.min_column_support)
    if strong and at_known_start(strong[0], known[:1], settings.column_edge_tolerance):
        strong = strong[1:]  # the text margin both tables start at says nothing of their columns
    kept = sum(at_known_start(x, known, settings.column_edge_tolerance) for x in strong)
    return len(strong) - kept > kept


def known_starts(known: tuple[float, ...], clusters: list[StartCluster], held: list[StartCluster],
                 words: list[Word], wide: float, settings: PdfSettings) -> list[tuple[float, float]]:
    """(x, weight) of the page before's column starts that almost nothing crosses here, unless this
    page's table is laid out anew with its own start just beside."""
    tol = settings.column_edge_tolerance
    strong = [c.x for c in held if c.support >= settings.min_column_support and not any(abs(c.x - k) <= tol
                                                                                          for k in known)]
    starts: list[tuple[float, float]] = []
    for x in known:
        support = max((c.support for c in clusters if abs(c.x - x) <= tol), default=0)
        if moved_start(x, support, strong, wide, tol):
            continue  # a table laid out anew (its own header): its column starts just beside
        if crossing(x, words, tol) <= 1 + settings.max_crossing_share * support:
            starts.append((x, support + 0.5))
    return starts


def split_at_column_starts(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> list[Line]:
    """The lines with each word that runs across a column start cut where one of its characters
    starts at that column's x: a cell's text set flush against the next cell's (a browser's tight
    table), which the word finder read as one word ("agency/officerTimescale")."""
    return [Line([part for w in ln.words for part in word_at_column_starts(w, columns, settings)]) for ln in lines]


def word_at_column_starts(word: Word, columns: list[float], settings: PdfSettings = DEFAULT) -> list[Word]:
    """A word as its pieces either side of every column start that one of its characters starts at
    where the characters jump (``jumps_at``): a word of a spanning line runs across column starts, and
    may have a character at one by chance, inside a run of touching letters."""
    tol = settings.column_edge_tolerance
    chars = word.get("chars", ())
    after_start = [x for x in columns if word["x0"] < x - tol]  # tested once, not once a character
    cut = first_jump_at(chars, after_start, settings) if after_start else None
    if cut is None:
        return [word]
    left, right = word_cut_before(word, cut)
    return [left] + word_at_column_starts(right, columns, settings)


def word_cut_before(word: Word, cut: int) -> tuple[Word, Word]:
    """A word as its two pieces either side of its character ``cut``; the first ends where the second
    starts at the latest (a kerned letter may reach a hair over the next cell's first: it crosses no
    column start for that)."""
    chars = word["chars"]
    left = {**word, "text": "".join(c[2] for c in chars[:cut]), "x1": min(chars[cut - 1][1], chars[cut][0]),
            "chars": chars[:cut]}
    right = {**word, "text": "".join(c[2] for c in chars[cut:]), "x0": chars[cut][0], "chars": chars[cut:]}
    return left, right


def word_at_flush_starts(word: Word, starts: list[float], settings: PdfSettings = DEFAULT) -> list[Word]:
    """A word as its pieces either side of each character that begins where a column's lines begin
    (``starts``: that x, to ``flush_start_tolerance``) and ``apart`` from the character before: a browser
    sets a cell's last word so close to the next cell's first that nothing jumps (``jumps_at``), but
    only the next cell's text starts at its column's very x."""
    chars = word.get("chars", ())
    tol = settings.flush_start_tolerance
    cut = next((k for k in range(1, len(chars)) if apart(chars[k - 1], chars[k], settings)
                and any(abs(chars[k][0] - x) <= tol for x in starts)), None)
    if cut is None:
        return [word]
    left, right = word_cut_before(word, cut)
    return [left] + word_at_flush_starts(right, starts, settings)


def apart(before: tuple[float, float, str], char: tuple[float, float, str], settings: PdfSettings = DEFAULT) -> bool:
    """Whether a character stands clear of the one before it, or under it by more than a kerned pair's
    overlap (``overprint_overlap``): a word too wide for its cell overprints the next cell's text."""
    return before[1] <= char[0] or (before[0] < char[0] and before[1] - char[0] >= settings.overprint_overlap)


def cell_text_start(words: list[Word], left: float, settings: PdfSettings = DEFAULT) -> float | None:
    """Where the text of a column of cells starts: the x (to a hundredth of a point) at which most
    words within the cell padding right of the column's left edge begin, where several do."""
    tol = settings.column_edge_tolerance
    starts = Counter(round(w["x0"], 2) for w in words if left - tol <= w["x0"] <= left + 2 * settings.cell_padding)
    x, support = starts.most_common(1)[0] if starts else (0.0, 0)
    return x if support >= settings.min_column_support else None


def first_jump_at(chars: tuple[tuple[float, float, str], ...], columns: list[float],
                  settings: PdfSettings = DEFAULT) -> int | None:
    """The first character after the first that starts at one of ``columns`` where the characters jump."""
    tol = settings.column_edge_tolerance
    for k in range(1, len(chars)):
        start = chars[k][0]
        for x in columns:
            if abs(start - x) <= tol and jumps_at(chars, k, settings):
                return k
    return None


def jumps_at(chars: tuple[tuple[float, float, str], ...], k: int, settings: PdfSettings = DEFAULT) -> bool:
    """Whether a new word starts at character ``k`` of a run read as one word: where one can start
    though the two touch (``new_word_starts``), or set apart from the one before by ``glued_gap``
    more than the run's other characters are (a letter-spaced run spaces all its characters alike)."""
    gap = chars[k][0] - chars[k - 1][1]
    others = [b[0] - a[1] for i, (a, b) in enumerate(zip(chars, chars[1:]), 1) if i != k]
    spacing = max(0.0, statistics.median(others)) if others else 0.0
    return new_word_starts(chars[k - 1][2], chars[k][2]) or gap - spacing >= settings.glued_gap


def new_word_starts(before: str, after: str) -> bool:
    """Whether a word can start at ``after`` though ``before`` touches it: a capital after a letter
    in lower case, a digit or a stop ("officerTimescale"), or a digit after a letter ("May2021"),
    never inside a word's run of letters or a number's digits."""
    a, b = before[-1:], after[:1]
    return (b.isupper() and not a.isupper()) or (b.isdigit() and a.isalpha())


def body_height(lines: list[Line]) -> float:
    """The usual height of a line of the region's text: the em that column widths scale with."""
    return statistics.median(ln.height for ln in lines) if lines else 0.0


def type_body_height(lines: list[Line]) -> float:
    """The usual height of the region's type: each line's tallest word, not its box (a line joins words
    set at slightly different heights, cells centred beside each other, into a taller box)."""
    return statistics.median(max(w["bottom"] - w["top"] for w in ln.words) for ln in lines) if lines else 0.0


def chain_heads(xs: list[float], width: float) -> list[float]:
    """The first x of each chain of sorted x closer together than ``width``: the starts that may be
    columns, where a line running across several of them spans the table, not one cell's indents."""
    return [x for i, x in enumerate(xs) if i == 0 or x - xs[i - 1] >= width]


def keeps_layout(strong: list[float], known: tuple[float, ...], tol: float) -> bool:
    """Whether the page keeps the page before's columns: each start of several runs is one of them.
    A lone start inside one of those columns is then a centred header line or a stray value."""
    return bool(known) and all(at_known_start(x, known, tol) for x in strong)


def moved_start(x: float, support: int, strong: list[float], wide: float, tol: float) -> bool:
    """Whether the page before's column start ``x`` has moved: no run starts at it here, but many
    start closer to it than a column is wide (the next table, sized anew, or a column's cells set
    with other padding).  Kept, it would open a second column beside the one its text starts."""
    return support == 0 and any(tol < abs(s - x) < wide for s in strong)


def at_known_start(x: float, known: tuple[float, ...], tol: float) -> bool:
    return x <= min(known) + tol or any(abs(x - k) <= tol for k in known)


def starts_to_columns(starts: list[tuple[float, float]], words: list[Word], em: float,
                      settings: PdfSettings = DEFAULT, known: tuple[float, ...] = (),
                      type_em: float | None = None) -> list[float]:
    """The first start of each chain of starts closer together than a column is wide (a cell's
    own text starts there; an indent or a centred header line starts to its right), and a start
    with a gutter before it, which opens a narrow column (as narrow as ``narrow_column_em`` of the
    type's height, ``type_em``: lines of cells centred at other heights make taller line boxes)."""
    wide = max(settings.min_column_width, settings.min_column_width_em * em)
    narrow_em = em if type_em is None else type_em
    columns: list[float] = []
    previous = None
    for x, support in starts:
        if previous is None or x - previous >= wide or gutter_before(columns[-1], x, words, narrow_em, settings, known,
                                                                     support):
            columns.append(x)
        previous = x
    return columns


def gutter_before(left: float, x: float, words: list[Word], em: float, settings: PdfSettings = DEFAULT,
                  known: tuple[float, ...] = (), support: float = 0.0) -> bool:
    """Whether white space runs down the region just left of ``x``, after the text of the column
    starting at ``left``: a narrow column ("No.") whose words, on several lines, end before the
    next column starts (a tight header cell may leave no more than that); a bullet glyph is no such
    word, its text after it being the same cell's.  A few lines may run on
    across ``x`` where many (``support``) start there: theme rows set in the first column and
    spanning the table ("Theme A: Community safety"), as ``max_crossing_share`` allows.  Two of the
    page before's columns stay apart where no word here runs from one across the other (a page
    with no text in the narrow column).  An indent inside a cell has the cell's other lines running
    on across it, and a centred header line starts right of its column's longer lines."""
    tol = settings.column_edge_tolerance
    if x - left < settings.narrow_column_em * em:
        return False
    own = [w for w in words if left - tol <= w["x0"] < x - tol]
    short = [w for w in own if w["x1"] < x - tol and not BULLET.fullmatch(w["text"])]
    clear = sum(w["x1"] >= x - tol for w in own) <= settings.max_crossing_share * support
    both_known = all(any(abs(y - k) <= tol for k in known) for y in (left, x))
    return clear and (both_known or len(short) >= settings.min_column_support)


def column_start_holds(cluster: StartCluster, words: list[Word], table_runs: list[Word],
                       settings: PdfSettings = DEFAULT, known: tuple[float, ...] = ()) -> bool:
    """A start of several runs that few words cross (a word glued across it at a character jump is
    two: ``unglued_at``), nor the first word of a line of the page before's column just left of it
    (it is an indent inside that column: a list's hanging text), or a lone start (not after a
    bullet or a sub-item label) that no run of a line laid out in runs crosses."""
    tol = settings.column_edge_tolerance
    if cluster.support >= settings.min_column_support:
        return not cluster.hanging and crossing(cluster.x, unglued_at(cluster.x, words, settings), tol) \
            <= settings.max_crossing_share * cluster.support and not indent_of_known(cluster.x, words, known, tol)
    return cluster.support == 1 and not cluster.after_marker and crossing(cluster.x, table_runs, tol) == 0


def inner_column_runs(lines: list[Line], clusters: list[StartCluster],
                      settings: PdfSettings = DEFAULT) -> list[Word]:
    """The lines of one run that start at a well-supported start right of the leftmost: a column's own
    text (a wide cell's lines, set beside short cells centred on them), which a header run centred
    over that column must not split off as a column of its own.  Lines at the leftmost start are left
    out (a theme row spanning the table starts there)."""
    tol = settings.column_edge_tolerance
    strong = [c.x for c in clusters if c.support >= settings.min_column_support and not c.after_marker]
    inner = strong[1:]
    return [{"x0": run[0]["x0"], "x1": run[-1]["x1"]} for ln in lines
            for runs in [line_segments(ln, settings)] if len(runs) == 1 for run in runs
            if any(abs(run[0]["x0"] - x) <= tol for x in inner)]


def unglued_at(x: float, words: list[Word], settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words but those whose characters jump at ``x`` (``word_at_column_starts`` cuts them there):
    where gutters are narrow, a cell's line that fills its column touches the next cell's text
    ("Nurse31/07/2025"), and such a word runs across the column start it holds, not against it."""
    return [w for w in words if len(word_at_column_starts(w, [x], settings)) == 1]


def indent_of_known(x: float, words: list[Word], known: tuple[float, ...], tol: float) -> bool:
    """Whether a word starting at the page before's column start just left of ``x`` runs across
    ``x``: that column's own text crosses it, so ``x`` is inside the column, not a new one."""
    left = max((k for k in known if k < x - tol), default=None)
    return left is not None and any(abs(w["x0"] - left) <= tol and w["x1"] > x + tol for w in words)


def inner_words(lines: list[Line], candidates: list[float], settings: PdfSettings = DEFAULT) -> list[Word]:
    """The words that count against a column start: not those of lines standing alone between gaps
    (theme rows), or of a line in one run across two or more candidate starts (a title, a theme row
    spanning the table) or in one bold run (a short theme row).  A row laid out in runs counts whole,
    even where a run of it crosses several starts (a justified cell filling its column to a narrow
    gutter runs into the next cell's text): its words across a start say no gutter runs down there
    (a justified line's wide gap, "Northshire      Council", set at one x on a few rows, is none)."""
    isolated = isolated_lines(lines, row_gap_threshold(lines), settings)
    return [w for i, ln in enumerate(lines) if i not in isolated and not (len(line_segments(ln, settings)) == 1 and (
        spans_columns(ln, candidates, settings) or is_bold(ln))) for w in counted_words(ln, candidates, settings)]


def counted_words(line: Line, candidates: list[float], settings: PdfSettings = DEFAULT) -> list[Word]:
    """A line's words that count against a column start: of a row's label and its text spanning the
    table (``labelled_spanning_line``), the label alone (it still shows its own narrow column)."""
    if labelled_spanning_line(line, candidates, settings):
        return line_segments(line, settings)[0]
    return line.words


@dataclass(frozen=True)
class StartCluster:
    x: float  # the leftmost start in the cluster
    support: int  # how many runs of words start there
    after_marker: bool  # every one of them follows a bullet or a sub-item label on its line
    hanging: bool = False  # every paragraph of them opens after a bullet or label


def start_clusters(lines: list[Line], settings: PdfSettings = DEFAULT) -> list[StartCluster]:
    """Where runs of words start (x within tolerance), and how many start there."""
    starts: list[tuple[float, int, bool]] = []  # x, line index, follows a marker
    for i, ln in enumerate(lines):
        runs = line_segments(ln, settings)
        for before, run in zip([None] + runs, runs):
            if not run[0].get("upright", True):
                continue  # a header set on its side sits anywhere across its column: it starts none
            marker = before is not None and bool(MARKER.fullmatch(" ".join(w["text"] for w in before)))
            starts.append((run[0]["x0"], i, marker))
    starts.sort()
    groups: list[list[tuple[float, int, bool]]] = []
    for start in starts:
        if groups and start[0] - groups[-1][0][0] <= settings.column_edge_tolerance:
            groups[-1].append(start)
        else:
            groups.append([start])
    return [StartCluster(g[0][0], len(g), all(m for _, _, m in g), hanging_blocks(g, lines, settings))
            for g in groups]


def hanging_blocks(group: list[tuple[float, int, bool]], lines: list[Line], settings: PdfSettings = DEFAULT) -> bool:
    """Every paragraph of runs starting at one x opens after a bullet or a sub-item label: the
    wrapped text of list items hanging inside a cell, not a column of its own.  A paragraph is
    runs set one under the other with no paragraph gap, whatever lines of other columns (set at
    other heights) come between them."""
    by_line = {i: marker for _, i, marker in group}
    order = sorted(by_line)
    opens = [i for k, i in enumerate(order) if k == 0 or not same_paragraph(lines[order[k - 1]], lines[i], settings)]
    return len(by_line) >= 2 and all(by_line[i] for i in opens)


def same_paragraph(above: Line, below: Line, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``below`` carries on the paragraph of ``above``: set under it with no paragraph gap."""
    return below.top - above.bottom <= settings.paragraph_gap * above.height
