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

A risk register lays out like an action-only plan (a risk labelled ``R1:`` across the table over its
mitigating actions, owners and review dates), and its risks are sentences.  Its header says what it
is: an action column headed as mitigating a risk, or a column that scores one (likelihood, risk
rating, residual risk), or its heading names a risk register.  There a label counts only where it
names a recommendation in words ("Recommendation 2"): ``R1`` numbers a risk, a sentence states one.

A meeting's action log says what it is in the heading over it ("… – action log", "Actions arising",
"Minutes of …"): there a number over a row is an agenda item's, however long its title ("2. Minutes of
the meeting held on 12 February 2025 and matters arising"); so too a heading naming a body's own
priorities ("Priorities 2025–26"), its numbered rows the priorities, each a sentence, over the work
planned for them.  Under such a heading labels count as in a risk register.
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
# A label that names a recommendation in words: in a risk register "R1" is a risk's.
RECOMMENDATION_WORD_LABEL = re.compile(r"^rec(?:ommendation)?\b", re.I)
# A header cell of a risk register: an action headed as mitigating a risk, or what a risk is scored by.
RISK_REGISTER_HEADER = re.compile(r"\bmitigat(?:ing|ion)\b|\blikelihood\b|\b(?:residual|inherent)\s+risks?\b"
                                  r"|\brisks?\s+(?:rating|score|level|description)s?\b|^risks?$")
RISK_REGISTER_HEADING = re.compile(r"\brisk\s+register\b", re.I)
# A heading over a meeting's record of its own actions, or over a body's priorities: its numbered rows
# are agenda items or priorities.
GROUPS_HEADING = re.compile(r"\bminutes\b|\baction\s+log\b|\b(?:actions|matters)\s+arising\b|\bpriorities\b", re.I)
ACTION_SIDE_ROLES = {"agency", "target", "progress", "status"}  # what a plan records beside an action

Plan = list[tuple[RawTable, Header]]


def is_action_plan(found: Plan) -> bool:
    """Tables with a plan header that hold a recommendation (see the module's docstring)."""
    if any(has_prose(table, header, "rec") for table, header in found):
        return True
    return (any(has_prose(table, header, "action") for table, header in found)
            and has_recommendation_labels(found, is_risk_register(found) or heading_names_groups(found)))


def is_risk_register(found: Plan) -> bool:
    """A header naming a risk's mitigation or score, or a heading naming a risk register (see the
    module's docstring); a plan's "Outcome / impact" or a risk named in a cell's text is neither."""
    return any(RISK_REGISTER_HEADER.search(fold_header(text)) for _, header in found for text in header.texts) \
        or any(RISK_REGISTER_HEADING.search(table.heading) for table, _ in found)


def heading_names_groups(found: Plan) -> bool:
    """A heading over the tables naming a meeting's minutes or action log, or a body's priorities (see
    the module's docstring)."""
    return any(GROUPS_HEADING.search(text) for table, _ in found for text in (table.heading, table.outer_heading))


def has_prose(table: RawTable, header: Header, role: str) -> bool:
    """Words in a column of ``role`` below the header: a register's counts and dashes are not."""
    return any(PROSE_WORD.search(row.cells[i].text) for row in body_rows(table, header) for i in header.columns(role)
               if i < len(row.cells))


def body_rows(table: RawTable, header: Header) -> tuple[Row, ...]:
    return table.rows[header.n_rows:]


def has_recommendation_labels(found: Plan, register: bool = False) -> bool:
    """A recommendation label in a recommendation-number column, over the action rows of a
    spanning row, or in the headings above the tables; or recommendation bands over repeated headers.
    In a risk register (``register``) only a label naming a recommendation in words counts."""
    return (any(numbers_recommendations(t, h) or labels_action_rows(t, h, register) or recommendation_bands(t, h)
                for t, h in found)
            or labels_recommendations((table for table, _ in found), register))


def numbers_recommendations(table: RawTable, header: Header) -> bool:
    """A number column headed as the recommendations' ("Rec No.") holding labels; a bare "No."
    over an action log numbers its actions.  A recommendation column holding only labels ("R3", "3")
    numbers them too: their text is written elsewhere (``rec_lists.py``)."""
    columns = [i for i in header.columns("number") if RECOMMENDATION_NUMBER_HEADER.search(fold_header(header.texts[i]))]
    columns += header.columns("rec")
    return any(label_from_cell(row.cells[i].text) for row in body_rows(table, header) for i in columns
               if i < len(row.cells))


def labels_action_rows(table: RawTable, header: Header, register: bool = False) -> bool:
    """A labelled row across the table with action rows under it ("Recommendation 1: …", then its
    actions); a numbered paragraph read into a borderless table at its foot has none, and a number
    over a few words is a group's name (an agenda item over a meeting's actions, a risk category).  A row holding a
    recommendation's label alone ("Recommendation 1") may have its text in rows across the table below
    it, then its actions (``text_below_label.py``)."""
    rows = body_rows(table, header)
    texts = [spanning_text(row) for row in rows]
    for k, text in enumerate(texts):
        label, rest = split_label(text)
        if label is None or not names_recommendation(label, rest, "", register):
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


def names_recommendation(label: Label, rest: str, intro: str, register: bool = False) -> bool:
    """A label that names a recommendation ("R3"), or a number over a sentence; in a risk register only
    one naming it in words ("Recommendation 3")."""
    if register:
        return RECOMMENDATION_WORD_LABEL.match(label.label) is not None
    return RECOMMENDATION_LABEL.match(label.label) is not None or reads_as_recommendation(rest, intro)


def labels_recommendations(tables: Iterable[RawTable], register: bool = False) -> bool:
    """Headings over the plan's tables that label recommendations: one that names a recommendation
    ("Recommendation 1 – …", "R2"), or two or more numbered ones ("1. …", "2. …") that read as
    recommendations.  One numbered heading alone is a document's paragraph number ("5. Action log"
    in minutes, "4. Chronology"); numbered headings of a few words name sections ("1. Procurement",
    "2. Data migration": a project's workstreams over its task tables)."""
    labelled = [(label, rest, table.intro) for table in tables
                for label, rest in [split_label(table.heading.strip())] if label is not None]
    named = RECOMMENDATION_WORD_LABEL if register else RECOMMENDATION_LABEL
    return (any(named.match(label.label) for label, _, _ in labelled)
            or len({label.number for label, rest, intro in labelled
                    if not register and reads_as_recommendation(rest, intro)}) >= 2)


def reads_as_recommendation(heading_text: str, intro: str) -> bool:
    """A numbered heading's text, or the text between it and its table, is a sentence (someone is
    asked to do something), not a section's name of a few words."""
    return any(len(PROSE_WORD.findall(text)) >= RECOMMENDATION_HEADING_WORDS for text in (heading_text, intro))
