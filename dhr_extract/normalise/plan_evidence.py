"""Positive evidence that tables with an action-plan header are a DHR action plan.

A header that names an action column is not enough: a meeting's action log (Action | Owner |
Due date | Status), a register's mitigating actions or a blank template look like one.  A plan
records what agencies do about a review's recommendations, so its tables must hold a
recommendation: words under a recommendation column, or, where the table has only action
columns (the recommendations written above or across it), words under the action column and
a recommendation label where a plan puts one: a recommendation-number column, a row spanning
the table, the heading above a table, or bands across the table each over a copy of the action
header (``rec_bands.py``), labelled or not.  A number over a few words in a row or heading names a
section or a group (a project's workstream, a meeting's agenda item, a register's category), not a
recommendation: it must read as one (a sentence) or name one ("Recommendation 2").
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import RawTable, Row
from .rec_bands import recommendation_bands
from .headers import Header, fold_header
from .labels import Label, label_from_cell, split_label

PROSE_WORD = re.compile(r"[A-Za-z]{2,}")
# A label that names a recommendation ("Recommendation 3", "Rec 2", "R1"), not a paragraph number.
RECOMMENDATION_LABEL = re.compile(r"^(?:rec(?:ommendation)?\b|r\s?\d)", re.I)
# A number column that numbers recommendations ("Rec No.", "Recommendation number").
RECOMMENDATION_NUMBER_HEADER = re.compile(r"\brec")
# Words (of two letters or more) in a recommendation written as a heading: a section's name
# ("Data migration", "Training and go-live") has fewer, a recommendation is a sentence.
RECOMMENDATION_HEADING_WORDS = 6
ACTION_SIDE_ROLES = {"agency", "target", "progress", "status"}  # what a plan records beside an action

Plan = list[tuple[RawTable, Header]]


def is_action_plan(found: Plan) -> bool:
    """Tables with a plan header that hold a recommendation (see the module's docstring)."""
    if any(has_prose(table, header, "rec") for table, header in found):
        return True
    return any(has_prose(table, header, "action") for table, header in found) and has_recommendation_labels(found)


def has_prose(table: RawTable, header: Header, role: str) -> bool:
    """Words in a column of ``role`` below the header: a register's counts and dashes are not."""
    return any(PROSE_WORD.search(row.cells[i].text) for row in body_rows(table, header) for i in header.columns(role)
               if i < len(row.cells))


def body_rows(table: RawTable, header: Header) -> tuple[Row, ...]:
    return table.rows[header.n_rows:]


def has_recommendation_labels(found: Plan) -> bool:
    """A recommendation label in a recommendation-number column, over the action rows of a
    spanning row, or in the headings above the tables; or recommendation bands over repeated headers."""
    return (any(numbers_recommendations(t, h) or labels_action_rows(t, h) or recommendation_bands(t, h)
                for t, h in found)
            or labels_recommendations(table for table, _ in found))


def numbers_recommendations(table: RawTable, header: Header) -> bool:
    """A number column headed as the recommendations' ("Rec No.") holding labels; a bare "No."
    over an action log numbers its actions."""
    columns = [i for i in header.columns("number") if RECOMMENDATION_NUMBER_HEADER.search(fold_header(header.texts[i]))]
    return any(label_from_cell(row.cells[i].text) for row in body_rows(table, header) for i in columns
               if i < len(row.cells))


def labels_action_rows(table: RawTable, header: Header) -> bool:
    """A labelled row across the table with action rows under it ("Recommendation 1: …", then its
    actions); a numbered paragraph read into a borderless table at its foot has none, and a number
    over a few words is a group's name (an agenda item over a meeting's actions, a risk category).  A row holding a
    recommendation's label alone ("Recommendation 1") may have its text in rows across the table below
    it, then its actions (``text_below_label.py``)."""
    rows = body_rows(table, header)
    texts = [spanning_text(row) for row in rows]
    for k, text in enumerate(texts):
        label, rest = split_label(text)
        if label is None or not (RECOMMENDATION_LABEL.match(label.label) or reads_as_recommendation(rest, "")):
            continue  # a number over a few words names a group ("2. Matters arising", "1. Staffing")
        after = k + 1
        if names_recommendation_alone(label, rest, header):
            while after < len(rows) and texts[after] and split_label(texts[after])[0] is None:
                after += 1
        if after < len(rows) and has_action_words(rows[after], header):
            return True
    return False


def names_recommendation_alone(label: Label, rest: str, header: Header) -> bool:
    """A label that names a recommendation ("Recommendation 3", "R3") with no text of its own, over
    columns that say who does an action by when or how it went (an agenda item's number over minutes'
    notes is none)."""
    return (not rest.strip() and RECOMMENDATION_LABEL.match(label.label) is not None
            and bool(ACTION_SIDE_ROLES & set(header.roles)))


def spanning_text(row: Row) -> str:
    """The text of a row whose only filled cell is the first (a heading across the table), else ''."""
    filled = [c for c in row.cells if not c.span and c.text.strip()]
    across = len(row.cells) >= 2 and len(filled) == 1 and filled[0] is row.cells[0]
    return filled[0].text.strip() if across else ""


def has_action_words(row: Row, header: Header) -> bool:
    return any(PROSE_WORD.search(row.cells[i].text) for i in header.columns("action") if i < len(row.cells))


def labels_recommendations(tables: Iterable[RawTable]) -> bool:
    """Headings over the plan's tables that label recommendations: one that names a recommendation
    ("Recommendation 1 – …", "R2"), or two or more numbered ones ("1. …", "2. …") that read as
    recommendations.  One numbered heading alone is a document's paragraph number ("5. Action log"
    in minutes, "4. Chronology"); numbered headings of a few words name sections ("1. Procurement",
    "2. Data migration": a project's workstreams over its task tables)."""
    labelled = [(label, rest, table.intro) for table in tables
                for label, rest in [split_label(table.heading.strip())] if label is not None]
    return (any(RECOMMENDATION_LABEL.match(label.label) for label, _, _ in labelled)
            or len({label.number for label, rest, intro in labelled if reads_as_recommendation(rest, intro)}) >= 2)


def reads_as_recommendation(heading_text: str, intro: str) -> bool:
    """A numbered heading's text, or the text between it and its table, is a sentence (someone is
    asked to do something), not a section's name of a few words."""
    return any(len(PROSE_WORD.findall(text)) >= RECOMMENDATION_HEADING_WORDS for text in (heading_text, intro))
