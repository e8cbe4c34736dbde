"""Rows of a borderless table whose cells are top-aligned: the lines walked top to bottom, a row
opening where most columns start a paragraph at one height (``lines_to_row_groups``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Cell, Row
from ...normalise.headers import is_header_row
from .line_pairs import key_under_key, opens_row_label, repeated_columns, under_lone_label
from .lines import PARAGRAPH_OPENER, Line, Word, broken_at_edge, line_text, unbreakable_width, year_runs_on
from .spanning_lines import wraps_spanning_row
from .runs import (MARKER, ROW_LABEL, column_of, column_text, is_bold, isolated_lines, line_columns, line_segments,
                   spans_gutter)
from .crossing_lines import runs_across
from .row_evidence import enough_fresh, right_merged_cell
from .settings import DEFAULT, PdfSettings
from .text_edges import (NUMBERING, TextEnd, TextStart, column_ends, column_starts, column_text_edges,
                         next_column_starts, opens_date, words_by_column)

BARE_ITEM = re.compile(r"^\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)]$")  # a list item's label alone, its text not with it
MAX_KEY_WORDS = 4  # a row's key in a form of labelled rows ("Target date"), not a wrapped heading


def lines_to_row_groups(lines: list[Line], columns: list[float], threshold: float,
                        settings: PdfSettings = DEFAULT, edges: tuple[float | None, ...] | None = None
                        ) -> list[list[Line]]:
    """Lines grouped into table rows.

    Cells are top-aligned, so a row starts where two or more columns start a paragraph at
    one height with text that is not a sub-item or bullet, and most of the columns with text
    there do (``is_row_start``: a merged recommendation cell may run on beside several rows,
    but a paragraph gap in two cells beside text running on in others is no row).  A column
    starts a paragraph below a gap taller than the line spacing, after a line that was not
    wrapped or that ends a sentence, or with its first text in the row; it runs on where its
    line above was wrapped mid-sentence (lines of different columns need not line up, and
    tight tables leave no gap between rows).  In a table whose first column is labelled,
    that column counts only where it starts a label.  A label, or a bold heading, starting
    the first column afresh opens a row, as does a paragraph after a white band across the
    whole table in the first column with text on its line (those left of it blank: a merged
    recommendation beside a row of actions, an empty scope).  A line that runs across the column starts (a theme or
    recommendation row spanning the table) opens a row of its own, with the lines its
    paragraph wraps onto; a bold header ends at its first line that is not bold.  Last, a row
    that only continues one column of the row above joins it (``merge_lone_column_rows``).  ``edges``:
    where each column's text wraps (``column_text_edges``), the lines' own by default.
    """
    isolated = isolated_lines(lines, threshold, settings)
    walk = RowWalk(columns, threshold, labels_first_column(lines, columns, settings),
                   column_text_edges(lines, columns) if edges is None else edges, settings)
    ahead = next_column_starts(lines, columns)
    groups: list[list[Line]] = [[lines[0]]]
    last = column_ends(lines[0], columns)  # per column, where its text ends in the current row
    crossed = runs_across(lines[0], columns, settings)
    for i, (prev, line) in enumerate(zip(lines, lines[1:]), start=1):
        crosses = runs_across(line, columns, settings) and not continues_open_cells(line, last, ahead[i], walk)
        if wraps_spanning_row(groups[-1], prev, line, columns, threshold, settings):
            opens = False  # a spanning row's paragraph wraps onto this line (not a label under a bold heading)
        else:
            spanning = crosses or crossed or bool({i, i - 1} & isolated)
            opens = opens_row(groups, prev, line, last, spanning, walk, ahead[i],
                              lines[i + 1] if i + 1 < len(lines) else None)
        crossed = crosses
        if opens:
            groups.append([line])
            last = {}
        else:
            groups[-1].append(line)
        last.update(column_ends(line, columns))
    return merge_lone_column_rows(groups, columns, settings)


def continues_open_cells(line: Line, last: dict[int, TextEnd], ahead: dict[int, TextStart], walk: RowWalk) -> bool:
    """Whether every cell of a line of several only runs on the row's open paragraphs (``running_columns``:
    each column's line above wrapped mid-sentence, within a line's spacing): the wrapped lines of a row's
    cells, one of them set so close to the next column's text that a word runs across its start
    ("disclosure ofall"), not a row spanning the table, which starts its own paragraph."""
    runs = line_segments(line, walk.settings)  # its cells: a theme row running across is one run
    own = line_columns(line, walk.columns)
    return len(runs) >= 2 and own <= running_columns(line.top, last, ahead, walk)


def merge_lone_column_rows(groups: list[list[Line]], columns: list[float],
                           settings: PdfSettings = DEFAULT) -> list[list[Line]]:
    """Rows joined to the row above where they only continue one of its columns: plain text in a
    single column that the row above also fills, with no label (a paragraph of a cell set below a
    gap as tall as the gap between rows).  Nothing joins the table's header row (``names_columns``):
    the first row of the lines is the header or the first row of the body, as the table was cut."""
    out: list[list[Line]] = []
    for group in groups:
        if out and (len(out) >= 2 or not names_columns(out[0][0], columns)) \
                and continues_one_column(out[-1], group, columns, settings) \
                and not key_under_key(out[-1][-1], group[0], columns):  # a key with its value left empty
            out[-1] = out[-1] + group
        else:
            out.append(group)
    return out


def names_columns(line: Line, columns: list[float]) -> bool:
    """Whether a line names the plan's columns, a header row's (read as a row of its columns' text)."""
    return is_header_row(Row(tuple(Cell(column_text(line, c, columns)) for c in range(len(columns))), 0))


def continues_one_column(above: list[Line], group: list[Line], columns: list[float],
                         settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``group`` is plain text in one column that ``above`` (a row of several) also fills."""
    own = set().union(*(line_columns(ln, columns) for ln in group))
    filled = set().union(*(line_columns(ln, columns) for ln in above))
    if len(own) != 1 or not own <= filled or len(filled) < 2:
        return False
    plain = not any(is_bold(ln) or runs_across(ln, columns, settings) for ln in group + above[:1])
    return plain and not ROW_LABEL.match(group[0].text)


@dataclass(frozen=True)
class RowWalk:
    """What the row walk of one borderless table knows of the whole table."""

    columns: list[float]
    threshold: float  # a vertical gap taller than a paragraph's line spacing
    labelled: bool  # the first column opens rows with labels ("3.", "R3")
    edges: tuple[float | None, ...]  # where each column's text ends (``column_text_edges``)
    settings: PdfSettings = DEFAULT


def labels_first_column(lines: list[Line], columns: list[float], settings: PdfSettings = DEFAULT) -> bool:
    """Whether enough lines open the first column with a recommendation's label (lines running
    across the columns, recommendations spanning the table, say nothing of the column)."""
    return sum(1 for ln in lines if 0 in line_columns(ln, columns) and not spans_gutter(ln, columns)
               and ROW_LABEL.match(column_text(ln, 0, columns))) >= settings.min_label_lines


def opens_row(groups: list[list[Line]], prev: Line, line: Line, last: dict[int, TextEnd], spanning: bool,
              walk: RowWalk, ahead: dict[int, TextStart], after: Line | None = None) -> bool:
    """Whether ``line`` opens a row after ``groups`` (``last``: where each column's text of the
    current row ends; ``spanning``: the line or the one before runs across the table; ``ahead``:
    where each column's text next starts, from this line down)."""
    header = len(groups) == 1 and is_bold(groups[0][0])
    if header and is_bold(line) and not spanning:
        return False  # a bold header runs on until its first plain line
    if header and not spanning and continues_header_cell(prev, line, walk):
        return False  # a header cell wrapped onto a second line (the others fit on one)
    header_ends = header and has_bold(prev) and not is_bold(line)
    return spanning or header_ends or (not header and restarts(prev, line, last, walk, ahead, len(groups) == 1, after)
                                       and not cuts_word(line, last, walk, merged_block(line, last, ahead, walk)))


def merged_block(line: Line, last: dict[int, TextEnd], ahead: dict[int, TextStart], walk: RowWalk) -> set[int]:
    """The columns running on across the line (``running_columns``) that stand left of every column
    starting afresh on it, beside ``min_fresh_columns`` or more of them: merged cells at the table's
    left (a recommendation over its actions) beside the next action row.  Their text, a word broken
    at its edge too, runs on in the same cell across the row start."""
    fresh = fresh_columns(column_starts(line, walk.columns), last, walk)
    running = running_columns(line.top, last, ahead, walk)
    if len(fresh) < walk.settings.min_fresh_columns or not running or max(running) > min(fresh):
        return set()
    return running


def cuts_word(line: Line, last: dict[int, TextEnd], walk: RowWalk, merged: set[int] = frozenset()) -> bool:
    """Whether a row opening at ``line`` would fall inside a value: in a column whose line above holds
    one word, the line's first word there runs on from it, as the rest of a word broken at the
    column's text edge (``lines.broken_at_edge``, as the cell's text joins it: "30/09/202" / "5" in a
    narrow date column; not after a whole value, a date or a number), or as the text of a list item
    whose bare label ended the line above (``item_text_follows``: "3." / "30/04/2026").  Two rows
    never share a word or a list item, so the line belongs to the row above.  A merged cell beside the
    next row (``merged``: its columns, ``merged_block``) is one cell across it: its words say nothing."""
    for c, words in words_by_column(line, walk.columns).items():
        if c in merged:
            continue
        end, edge = last.get(c), walk.edges[c] if c < len(walk.edges) else None
        if end is None or end.piece is None or line.top - end.bottom > walk.threshold:
            continue
        first = min(words, key=lambda w: w["x0"])
        if not end.value and broken_at_edge(Line([end.piece]), Line([first]), None, walk.settings, text_edge=edge):
            return True
        if year_runs_on(Line([end.piece]), Line([first]), edge):
            return True  # "31/07/20" at the edge over "25": one date, its year broken
        if item_text_follows(end.piece, first, edge, walk.settings):
            return True
    return False


def item_text_follows(label: Word, first: Word, edge: float | None, settings: PdfSettings = DEFAULT) -> bool:
    """Whether ``first`` opens the text of the list item whose bare label (``BARE_ITEM``: "3.", "b)")
    ended the line above: it is no label itself, and it did not fit after the label (so it wrapped)."""
    return bool(BARE_ITEM.match(label["text"])) and not NUMBERING.match(first["text"]) and \
        wrapped(label["x1"], unbreakable_width(first), edge, settings)


def has_bold(line: Line) -> bool:
    """Whether any word of the line is bold (a header line, or one continuing a header cell)."""
    return any(is_bold_word(w) for w in line.words)


def continues_header_cell(prev: Line, line: Line, walk: RowWalk) -> bool:
    """Whether ``line`` only continues one cell of the bold header line ``prev`` above it: set within
    a line's spacing under it, its bold words all in one column the header fills (not the first,
    where labels stand), beside plain text in one other column at most (a sidebar's text beside the
    table), with no label.  A data row's first line fills more columns in plain text."""
    cols = walk.columns
    bold = {column_of(w["x0"], cols) for w in line.words if "bold" in str(w.get("fontname", "")).lower()}
    plain = line_columns(line, cols) - bold
    return (len(bold) == 1 and 0 not in bold and bold <= line_columns(prev, cols) and len(plain) <= 1
            and line.top - prev.bottom <= walk.threshold and is_bold_header_line(prev, cols)
            and not ROW_LABEL.match(line.text))


def is_bold_header_line(line: Line, columns: list[float]) -> bool:
    """Whether a line is bold across several columns (a header row's line)."""
    return is_bold(line) and len(line_columns(line, columns)) >= 2


def restarts(prev: Line, line: Line, last: dict[int, TextEnd], walk: RowWalk, ahead: dict[int, TextStart],
             first_row: bool = False, after: Line | None = None) -> bool:
    """Whether two or more columns start afresh on the line while few run on across its height, or
    the first does with a label (or its first word, wrapped onto the line ``after`` in a narrow column:
    ``Rec`` over ``3``) or a bold heading in one run under plain text, or the first with
    text on the line does after a white band across the table with text that is not a sub-item, a
    bullet, or (in a labelled table, below its first row, the header) a paragraph without a label."""
    starts_here = column_starts(line, walk.columns)
    repeated = repeated_columns(prev, line, walk.columns)
    headed = under_lone_label(prev, line, walk.columns)
    fresh = (fresh_columns(starts_here, last, walk) | repeated) - headed
    has_label = 0 in starts_here and opens_row_label(column_text(prev, 0, walk.columns), column_text(line, 0, walk.columns),
                                                 column_text(after, 0, walk.columns) if after else "")
    label = 0 in fresh and has_label
    key = bold_key_column(line, walk.columns)
    starts = opening_columns(line, fresh, has_label, walk, first_row) | key
    running = (running_columns(line.top, last, ahead, walk) - key - repeated) | headed
    heading = 0 in fresh and opens_heading(prev, line, walk.settings)
    blank = frozenset(range(len(walk.columns))) - set(starts_here)
    after_gap = below_gap(starts, starts_here, last, walk.threshold)
    settled = settled_columns(blank, last, ahead, line.bottom + walk.threshold)
    reopened = reopened_columns(starts, running, starts_here, last, blank, walk.settings, bool(after_gap), settled)
    starts, running = starts | reopened, running - reopened
    after_gap |= {c for c in reopened if starts_here[c].top - last[c].bottom > walk.threshold}
    merged = beside_merged_cells(starts, running, after_gap, len(walk.columns), blank, walk.settings)
    return is_row_start(len(starts), len(running), walk.settings, merged) or label or heading or (
        opens_below_white_band(line, starts, last, ahead, walk) and not PARAGRAPH_OPENER.match(line_text(line))
    ) or key_under_key(prev, line, walk.columns)


def below_gap(columns: set[int], starts_here: dict[int, TextStart], last: dict[int, TextEnd],
              threshold: float) -> set[int]:
    """The columns whose text on the line starts below a gap taller than ``threshold`` under their text above."""
    return {c for c in columns if c in last and starts_here[c].top - last[c].bottom > threshold}


def settled_columns(blank: frozenset[int], last: dict[int, TextEnd], ahead: dict[int, TextStart],
                    near: float) -> frozenset[int]:
    """The columns blank on the line whose text ended above and does not start again before ``near``."""
    return frozenset(c for c in blank if c in last and (c not in ahead or ahead[c].top > near))


def reopened_columns(starts: set[int], running: set[int], starts_here: dict[int, TextStart],
                     last: dict[int, TextEnd], blank: frozenset[int] = frozenset(),
                     settings: PdfSettings = DEFAULT, ended: bool = False,
                     settled: frozenset[int] = frozenset()) -> set[int]:
    """The columns taken as running on that start afresh after all: beside one merged cell running
    on (or beside columns all blank there: a merged cell that has ended), at the table's left or
    between the new row's columns (a target date column ahead of the number and the recommendation),
    where every other column starts afresh at this height (``min_fresh_columns`` of them
    at least; a column blank at this height counts for none where it has no text in the row, an empty
    RAG column, or is ``settled``: its text ended above and it stays blank a line's spacing below, a
    merged cell's short text such as the number or the partner agencies beside the next action) but
    these, whose line opens with a capital or a digit after a line that ends with one (an agency
    under an officer's name, the next row's date under a date wrapped in a narrow column). With no gap
    between rows (cells with no padding), such a line cannot be told from a wrapped one by its own
    column alone; the row beside it tells. A line ending in a lower-case word ran on mid-sentence,
    unless a fresh column's cell visibly ended above it (``ended``: a white gap in that column over
    its new start): the row above is over, and a phrase without a stop ("names the children
    present" over "Officers can describe") ended with it."""
    level = min((starts_here[c].top for c in starts if c in starts_here), default=0.0) - settings.centre_tolerance
    # a candidate set higher than the fresh columns is on its own cell's lines, not level with the new row's cells
    candidates = {c for c in running if c in starts_here and starts_here[c].opens and (last[c].name or ended)
                  and starts_here[c].top >= level}
    rest = running - candidates
    empty = blank - set(last)  # no text in the row yet (an empty RAG column): neither starts nor runs on
    width = len(starts_here) + len(blank)
    merged = set(range(width)) - (starts | candidates | empty | settled)  # the merged cell the row opens beside
    right = right_merged_cell(merged, rest, starts | candidates, width)  # a merged progress cell at the right too
    if right and len(starts) < settings.min_fresh_columns:
        return set()
    rest, merged = rest - right, merged - right
    if not enough_fresh(starts, candidates, rest, ended, last, blank, settings) or not candidates or len(rest) > 1 \
            or not one_block(merged, rest | blank):
        return set()
    return candidates


def one_block(columns: set[int], within: set[int]) -> bool:
    """Whether ``columns`` lie in one run of adjacent columns all ``within`` (a merged cell with the blank
    columns beside it, at the table's left or between columns of the new row: a target date first)."""
    return not columns or set(range(min(columns), max(columns) + 1)) <= within


def fresh_columns(starts: dict[int, TextStart], last: dict[int, TextEnd], walk: RowWalk) -> set[int]:
    """The columns whose text on a line starts afresh: none of theirs above it in the row, or a new paragraph."""
    return {c for c, start in starts.items() if c not in last or starts_paragraph(last[c], start, c, walk)}


def bold_key_column(line: Line, columns: list[float]) -> set[int]:
    """{0} where a table of two columns, keys and values, has a short bold key in the first column
    beside plain text on the line (a form's labelled rows: "Lead agency", "Target date" beside
    their values): the key starts its row afresh, wherever the key above it ended; else none.  In
    a wider table a bold first column is a name (an agency's) and may wrap beside a later
    column's new paragraph."""
    words = words_by_column(line, columns)
    others = [w for c, ws in words.items() if c != 0 for w in ws]
    if len(columns) != 2 or 0 not in words or not others or len(words[0]) > MAX_KEY_WORDS:
        return set()
    return {0} if all(is_bold_word(w) for w in words[0]) and not any(is_bold_word(w) for w in others) else set()


def is_bold_word(word: Word) -> bool:
    return "bold" in str(word.get("fontname", "")).lower()


def opening_columns(line: Line, fresh: set[int], has_label: bool, walk: RowWalk, first_row: bool) -> set[int]:
    """The ``fresh`` columns that count towards a row start: text that is not a sub-item or a bullet
    (the first column's may be, unless labelled), and in a labelled table below its first row the
    first column only where it has a label or one word alone, as a label is (a row's mark: "cont."
    over a progress entry carried on from the row above), not a paragraph set in that column."""
    starts = {c for c in fresh if not opens_item(column_text(line, c, walk.columns))
              or (c == 0 and not walk.labelled)}
    if walk.labelled and not first_row:  # a label starts a row however close under the text above
        mark = 0 in starts and len(words_by_column(line, walk.columns)[0]) == 1
        starts = starts - {0} | ({0} if has_label or mark else set())
    return starts


def opens_heading(prev: Line, line: Line, settings: PdfSettings = DEFAULT) -> bool:
    """Whether a line is a bold heading in one run under a plain line."""
    return is_bold(line) and len(line_segments(line, settings)) == 1 and not is_bold(prev)


def opens_below_white_band(line: Line, starts: set[int], last: dict[int, TextEnd], ahead: dict[int, TextStart],
                           walk: RowWalk) -> bool:
    """Whether the first text of a line below a white band across the table starts afresh where a row
    opens (``starts``: the columns that count towards one): in the first column, or in a later one
    where the columns left of it stay blank a line's spacing below it (a merged recommendation beside
    a row of actions, an empty scope) and another column starts within that spacing too (a row's
    cells, not a paragraph of one tall cell)."""
    first = column_of(line.x0, walk.columns)
    if first not in starts or not below_white_band(line, last, walk.threshold):
        return False
    near = line.bottom + walk.threshold
    left_blank = all(c not in ahead or ahead[c].top > near for c in range(first))
    return first == 0 or (left_blank and any(c > first and start.top <= near for c, start in ahead.items()))


def below_white_band(line: Line, last: dict[int, TextEnd], threshold: float) -> bool:
    """Whether a line starts the row, or sits below a gap taller than ``threshold`` under all its text."""
    return not last or line.top - max(end.bottom for end in last.values()) > threshold


def starts_paragraph(end: TextEnd, start: TextStart, column: int, walk: RowWalk) -> bool:
    """Whether a column's text starting at ``start`` opens a paragraph after its text ending at
    ``end``: below a gap taller than the line spacing, after a line that was not wrapped, where
    a sentence ends a line and a new one opens the next, or where a line of one whole value (a
    date, a label) stands over another (one value never wraps onto the next: "14/05/2025" over
    "14/05/2025" in a column just that wide are two rows' dates)."""
    edge = walk.edges[column] if column < len(walk.edges) else None
    return start.top - end.bottom > walk.threshold or not wrapped(end.right, start.first_word, edge, walk.settings) \
        or (end.closes and start.opens) or (end.value and start.value)


def opens_item(text: str) -> bool:
    """Whether a cell's line opens a sub-item or a bullet ("a)", "ii.", "•", a symbol font's bullet);
    a day and a month ("31 May 2026") open a date, not an item numbered "31"."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return bool(PARAGRAPH_OPENER.match(text) and not opens_date(text) or MARKER.fullmatch(first))


def running_columns(top: float, last: dict[int, TextEnd], ahead: dict[int, TextStart], walk: RowWalk) -> set[int]:
    """The columns whose paragraph runs on across the height ``top``: its line just above was
    wrapped mid-sentence, and the next one starts within a line's spacing of it (``ahead``: where
    each column's text next starts), not after a line of one whole value (a date, a code alone
    on its line: the value ended there, so nothing runs on through it; over another value it
    starts afresh, ``starts_paragraph``, over text it tells nothing)."""
    def runs_on(c: int, end: TextEnd) -> bool:
        edge = walk.edges[c] if c < len(walk.edges) else None
        return (not end.closes and top - end.bottom <= walk.threshold and c in ahead
                and ahead[c].top - end.bottom <= walk.threshold and not end.value
                and wrapped(end.right, ahead[c].first_word, edge, walk.settings))
    return {c for c, end in last.items() if runs_on(c, end)}


def wrapped(line_end: float, next_word: float, text_edge: float | None, settings: PdfSettings = DEFAULT) -> bool:
    """Whether a line ending at ``line_end`` was wrapped: the next line's first word (``next_word``
    wide) and a word space would not have fitted before its column's text edge (unknown: wrapped)."""
    return text_edge is None or line_end + settings.word_space + next_word > text_edge


def is_row_start(fresh: int, running: int, settings: PdfSettings = DEFAULT, beside_merged: bool = False) -> bool:
    """Whether columns starting afresh at one height, beside columns running on across it, start a
    row: two or more of them, and most of the columns with text there (a merged cell may run on
    beside the new row; paragraph gaps in a few cells beside text running on are no row), or, beside
    merged cells (``beside_merged_cells``: every column right of them starting afresh), two or more
    outnumbering those running on, however few columns the table has."""
    return fresh >= 2 and (fresh >= settings.row_start_share * (fresh + running) or (beside_merged and fresh > running))


def beside_merged_cells(starts: set[int], running: set[int], after_gap: set[int], n_columns: int,
                        blank: frozenset[int] = frozenset(), settings: PdfSettings = DEFAULT) -> bool:
    """Whether the columns running on are tall merged cells at the table's left (a recommendation and
    its list of agencies) and every column right of them starts afresh, one at least below a white
    gap in its column (a cell that had ended): the next action row beside them, where paragraphs of
    several cells that happen to start level are no row.  A column of the left block may be ``blank``
    at this height instead (a merged number cell whose short text ended above, beside the text of
    the merged cells next to it running on).  Merged cells may stand at the table's right as well (a
    progress cell merged over a recommendation's actions, its text running on beside the next one):
    then ``min_fresh_columns`` at least start afresh between the two blocks."""
    if not running or not after_gap or not starts:
        return False
    first, last = min(starts), max(starts)
    left, right = set(range(first)), set(range(last + 1, n_columns))
    merged = running | (blank & (left | right))
    return (bool(left) and starts == set(range(first, last + 1)) and merged == left | right
            and (not right or len(starts) >= settings.min_fresh_columns))
