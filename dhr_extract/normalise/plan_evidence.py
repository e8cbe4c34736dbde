"""Positive evidence that tables with an action-plan header are a DHR action plan.

A header that names an action column is not enough: a meeting's action log (Action | Owner |
Due date | Status), a register's mitigating actions or a blank template look like one.  A plan
records what agencies do about a review's recommendations, so its tables must hold a
recommendation: words under a recommendation column, or, where the table has only action
columns (the recommendations written above or across it), words under the action column and
a recommendation label where a plan puts one: a recommendation-number column, a row spanning
the table, or the heading above a table.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import RawTable, Row
from .headers import Header, fold_header
from .labels import label_from_cell, split_label

PROSE_WORD = re.compile(r"[A-Za-z]{2,}")
# A label that names a recommendation ("Recommendation 3", "Rec 2", "R1"), not a paragraph number.
RECOMMENDATION_LABEL = re.compile(r"^(?:rec(?:ommendation)?\b|r\s?\d)", re.I)
# A number column that numbers recommendations ("Rec No.", "Recommendation number").
RECOMMENDATION_NUMBER_HEADER = re.compile(r"\brec")

Plan = list[tuple[RawTable, Header]]


def is_action_plan(found: Plan) -> bool:
    """Tables with a plan header that hold a recommendation (see the module's docstring)."""
    if any(has_prose(table, header, "rec") for table, header in found):
        return True
    with_actions = [(t, h) for t, h in found if has_prose(t, h, "action")]
    return bool(with_actions) and has_recommendation_labels(found)


def has_prose(table: RawTable, header: Header, role: str) -> bool:
    """Words in a column of ``role`` below the header: a register's counts and dashes are not."""
    columns = header.columns(role)
    return any(PROSE_WORD.search(row.cells[i].text) for row in body_rows(table, header) for i in columns
               if i < len(row.cells))


def body_rows(table: RawTable, header: Header) -> tuple[Row, ...]:
    return table.rows[header.n_rows:]


def has_recommendation_labels(found: Plan) -> bool:
    """A recommendation label in a recommendation-number column, a spanning row or a heading."""
    if any(numbers_recommendations(table, header) for table, header in found):
        return True
    if any(is_labelled(text) for table, header in found for text in spanning_texts(table, header)):
        return True
    return labelled_headings(table.heading for table, _ in found)


def numbers_recommendations(table: RawTable, header: Header) -> bool:
    """A number column headed as the recommendations' ("Rec No.") holding labels; a bare "No."
    over an action log numbers its actions."""
    columns = [i for i in header.columns("number") if RECOMMENDATION_NUMBER_HEADER.search(fold_header(header.texts[i]))]
    return any(label_from_cell(row.cells[i].text) for row in body_rows(table, header) for i in columns
               if i < len(row.cells))


def spanning_texts(table: RawTable, header: Header) -> list[str]:
    """The text of rows whose only filled cell is the first: a heading row across the table."""
    texts = []
    for row in body_rows(table, header):
        filled = [c for c in row.cells if not c.span and c.text.strip()]
        if len(row.cells) >= 2 and len(filled) == 1 and filled[0] is row.cells[0]:
            texts.append(filled[0].text.strip())
    return texts


def is_labelled(text: str) -> bool:
    return split_label(text)[0] is not None


def labelled_headings(headings: Iterable[str]) -> bool:
    """Headings over the plan's tables that label recommendations: one that names a recommendation
    ("Recommendation 1 – …"), or numbered headings over two or more tables ("1. …", "2. …"); one
    numbered heading alone ("5. Action log" in minutes) is a document's paragraph number."""
    labels = [label for label in (split_label(h.strip())[0] for h in headings) if label is not None]
    return (any(RECOMMENDATION_LABEL.match(label.label) for label in labels)
            or len({label.number for label in labels}) >= 2)
