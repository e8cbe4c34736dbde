"""What kind of row is this?  One pure decision per logical row of the plan.

``classify`` looks at a row and at what the walk knows when it reaches it (``RowContext``) and
names its kind; ``builder.py`` then builds the records each kind calls for.  Nothing here
changes a row or a record.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import Callable

from .action_refs import is_sub_number
from .agency_abbreviations import is_glossary
from .labels import MAX_ROMAN, Label, label_from_cell, roman_numeral, roman_value, split_label, split_named_label
from .rows import LogicalRow

NOTE_WORDS = 5  # a spanning row of this many words or more ending in a full stop is a sentence, not a heading

HAS_WORD = re.compile(r"[^\W_]")  # a letter or a digit
ACTION_ROLES = ("action", "agency", "evidence", "target", "progress", "status", "rag")
# What an action has of its own or shares with its recommendation (a cell merged over its actions): no action alone.
SHARED_ROLES = ("scope", "priority")
CARRIED_ROLES = ACTION_ROLES + SHARED_ROLES + ("original_target",)  # an original target: read where no revised one is
# The cells that report on an action (an update, its date, its status or colour), not the action itself.
PROGRESS_ROLES = ("progress", "progress_date", "status", "rag")


class RowKind(Enum):
    GUIDANCE = "guidance"  # the template's explanatory row under the header: kept as residue
    SECTION = "section"  # an unlabelled heading: the owner of the records under it
    SUBHEADING = "subheading"  # an unlabelled heading among a recommendation's actions: the agency of those under it
    THEME = "theme"  # a labelled full-width heading over rows with labels of their own ("1. Information sharing")
    RECOMMENDATION_HEADING = "recommendation_heading"  # a labelled full-width row: its actions are the rows below
    RECOMMENDATION = "recommendation"  # opens a recommendation (and may carry its first action)
    RECOMMENDATION_REPEAT = "recommendation_repeat"  # the current one written out again (on each agency row)
    CONTINUATION = "continuation"  # unlabelled recommendation text in a labelled plan: more of the current one
    ACTION = "action"  # an action of the current recommendation, nothing in the recommendation column
    FURTHER_PROGRESS = "further_progress"  # another update of the action above, under its merged cells
    ORPHAN_ACTION = "orphan_action"  # an action row before any recommendation
    UNPLACED = "unplaced"  # nothing a record takes: kept as residue


# Kinds that may also carry an action in the same row.
OPENING_KINDS = frozenset({RowKind.RECOMMENDATION, RowKind.RECOMMENDATION_REPEAT, RowKind.CONTINUATION})


@dataclass(frozen=True)
class CurrentRec:
    """The recommendation being read: its number, and its text (joined only when a row asks)."""

    number: str
    text: Callable[[], str]


@dataclass(frozen=True)
class RowContext:
    has_labels: bool  # the plan labels its recommendations: unlabelled text carries the current one on
    current: CurrentRec | None = None
    next_row: LogicalRow | None = None  # the next row that is not guidance: decides a labelled full-width row
    action_above: bool = False  # the current recommendation has an action a row may add progress to
    below: LogicalRow | None = None  # the first row after the spanning headings that follow (guidance skipped)

    @property
    def expected(self) -> str:
        """The number that would continue the plan's numbering."""
        return next_number(self.current.number) if self.current is not None else "1"


def classify(row: LogicalRow, context: RowContext) -> RowKind:
    if row.section:
        return spanning_kind(row, context)
    if row.guidance:
        return RowKind.GUIDANCE
    opening = rec_kind(row, context)
    if opening is not None:
        return opening
    if context.action_above and adds_progress_only(row):
        return RowKind.FURTHER_PROGRESS
    if has_action_content(row):
        return RowKind.ACTION if context.current is not None else RowKind.ORPHAN_ACTION
    return RowKind.UNPLACED


def spanning_kind(row: LogicalRow, context: RowContext) -> RowKind:
    """A labelled full-width row is a numbered theme when the row after it is a heading or carries a
    label of its own; else a recommendation whose actions are the rows under it."""
    if row.band:
        return RowKind.RECOMMENDATION_HEADING  # labelled or not: the rows under it are its actions
    heading = split_label(row.section)[0]
    if heading is None:
        if is_table_note(row.section):
            return RowKind.GUIDANCE
        return RowKind.SUBHEADING if context.current is not None and heads_actions(context.next_row, context) \
            else RowKind.SECTION
    after = context.next_row
    if after is None or (after.section and split_label(after.section)[0] is None and heads_actions(context.below, context)):
        return RowKind.RECOMMENDATION_HEADING  # (its actions may come under sector sub-headings: "Health", "Police")
    label = row_label(after, context.expected)[0]
    if after.section or (label is not None and not numbers_an_action(after, label, heading.number)):
        return RowKind.THEME
    return RowKind.RECOMMENDATION_HEADING


def heads_actions(row: LogicalRow | None, context: RowContext) -> bool:
    """Whether ``row``, under a spanning heading, is an action that opens no recommendation of its own: the
    heading above it then names a sector of the current recommendation's actions ("Health", "Police"),
    not a section of the plan; and a labelled heading over such sub-headings is the recommendation itself."""
    return (row is not None and not row.section and not row.guidance and has_action_text(row)
            and rec_kind(row, context) is None)


def has_action_text(row: LogicalRow) -> bool:
    """Whether a row writes an action of its own in an action column: a row under a heading holding only
    progress (a page's rest of the row above it, "COMPLETED") adds no action there."""
    return any(row.text(i).strip() and not row.covered(i) for i in row.header.columns("action"))


def is_table_note(text: str) -> bool:
    """Whether an unlabelled row spanning the table is a note on it, not a heading naming a section: a
    sentence (five words or more ending in a full stop: "Progress as reported to the board on 16 October
    2025.") or a key of abbreviations.  Headings name a theme or an agency; a table's foot printed under
    its header (an HTML ``<tfoot>`` written first) must not become every recommendation's owner."""
    return (len(text.split()) >= NOTE_WORDS and text.rstrip().endswith(".")) or is_glossary(text)


def numbers_an_action(row: LogicalRow, label: Label | None, parent: str) -> bool:
    """A number-column label under recommendation ``parent`` on a row with no recommendation text of its
    own: ``1.1`` under recommendation 1 numbers one of its actions, in the actions' own table (no
    recommendation column) or in a plan numbering recommendations and their actions in one column as a
    two-level list (``1``, then ``1.1``, ``1.2``, the recommendation's cell left empty or merged down)."""
    h = row.header
    rec_col = h.first("rec")
    own_rec_text = rec_col is not None and not row.covered(rec_col) and bool(row.text(rec_col).strip())
    return (label is not None and not own_rec_text and h.first("number") is not None
            and is_sub_number(label.number, parent))


def rec_kind(row: LogicalRow, context: RowContext) -> RowKind | None:
    """What the row's recommendation cell does: open one, repeat the current one, carry it on, or nothing."""
    rec_col = row.header.first("rec")
    label, rec_text = row_label(row, context.expected)
    if context.current is not None and numbers_an_action(row, label, context.current.number):
        return None
    own_text = rec_col is not None and not row.covered(rec_col)
    opens = label is not None or (
        own_text and bool(HAS_WORD.search(rec_text))
        and (not context.has_labels or context.current is None)  # a dash or a stray mark opens no recommendation
    )
    if opens:
        repeat = context.current is not None and repeats(context.current, label, rec_text)
        return RowKind.RECOMMENDATION_REPEAT if repeat else RowKind.RECOMMENDATION
    if own_text and rec_text.strip() and context.current is not None:
        return RowKind.CONTINUATION
    return None


def repeats(current: CurrentRec, label: Label | None, text: str) -> bool:
    """The recommendation written out again: its own number (or none) and its text, or no text."""
    if label is not None and label.number != current.number:
        return False
    words = " ".join(text.split())
    return words == "" or words == " ".join(current.text().split())


def row_label(row: LogicalRow, expected: str = "") -> tuple[Label | None, str]:
    """The recommendation label a row opens with (number column first) and the rec text without it;
    ``expected`` is the number that would continue the plan's numbering."""
    h = row.header
    rec_col, number_col = h.first("rec"), h.first("number")
    rec_text = row.text(rec_col)
    if number_col is not None:
        label = named_cell_label(row.text(number_col)) if row.named_labels else label_from_cell(row.text(number_col))
        if label and numbers_in_turn(label, expected):
            inner, rest = split_named_label(rec_text) if row.named_labels else split_label(rec_text, label.number)
            if inner and inner.number == label.number:
                rec_text = rest  # the number repeated at the start of the text
            return label, rec_text
    return split_named_label(rec_text) if row.named_labels else split_label(rec_text, expected)


def named_cell_label(text: str) -> Label | None:
    """A number cell of a plan numbered within each agency: the agency's name and number alone ("Police 2"),
    also where a narrow column broke it over lines."""
    label, rest = split_named_label(" ".join(text.split()))
    return label if not rest else None


def numbers_in_turn(label: Label, expected: str) -> bool:
    """A roman numeral in the number column numbers the recommendations unless the plan already counts in
    whole numbers past the first (``expected``, the number that would come next): under recommendation 3
    "(i)", "(ii)" mark its sub-parts."""
    return roman_value(label.number) is None or not expected.isdigit() or expected == "1"


def adds_progress_only(row: LogicalRow) -> bool:
    """A row under the action's merged cell whose only cells of its own that say anything are progress
    cells (a dated update under "Action", "Lead" and "Target date" merged down over it): more progress of
    the action above, not a new action.  A row with a lead-agency or action cell of its own is an action."""
    h = row.header
    if not row.covered(h.first("action")):
        return False
    progress = {i for role in PROGRESS_ROLES for i in h.columns(role)}
    own = [i for i, text in enumerate(row.cells) if text.strip() and not row.covered(i)]
    return bool(own) and all(i in progress for i in own)


def has_action_content(row: LogicalRow) -> bool:
    return any(row.text(i).strip() for role in ACTION_ROLES for i in row.header.columns(role))


def next_number(rec_number: str) -> str:
    """The number that continues the numbering after ``rec_number`` ("13" after "12" or "12b", "v" after "iv")."""
    number = whole_number(rec_number)
    if number is not None:
        return str(number + 1)
    roman = roman_value(rec_number)
    return roman_numeral(roman + 1) if roman is not None and roman < MAX_ROMAN else ""


def whole_number(rec_number: str) -> int | None:
    """12 from "12" or "12b"; None for paragraph numbers ("3.1"), whose gaps say nothing."""
    match = re.fullmatch(r"(\d+)[a-z]?", rec_number)
    return int(match.group(1)) if match else None


def superseded_target_columns(row: LogicalRow) -> list[int]:
    """The original target columns an action row's target was read from: those of a row whose revised
    target cell is empty (where a revised date is given, the original goes to the residue)."""
    if any(row.text(i).strip() for i in row.header.columns("target")):
        return []
    return row.header.columns("original_target")
