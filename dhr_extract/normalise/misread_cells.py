"""Signs, in a document's own records, that its table was read wrong though every row found a place.

A PDF's columns and rows are inferred from the page: two columns glued into one, two rows merged,
a heading or a page footer taken into the table all leave no residue, and the reading looks clean.
What they do leave is text that does not fit the column it landed in.  Each check here is one such
sign, computed from the records alone (no truth).  Each record that shows one gets a ``warnings`` row
of that code, located at the record and its first row ("recommendation 3, action 2 (page 5, table 2,
row 7)", which the review report links to the row), so that a person sees which rows to check; ``review_flags`` names the codes in ``review_reasons``:

- ``date_in_agency``: an agency cell that holds a date (the target-date column glued to it);
- ``agency_in_target_date``: a target-date cell that opens with a known agency's name its agency
  cell does not have (the same, the other way round);
- ``header_text_as_agency``: an agency cell that names a plan column and no agency ("Progress",
  "Action plan and progress"): a heading or a header row read as data;
- ``label_as_action``: an action whose whole text is a number ("5.1"): a number column, or another
  table's row, read as an action;
- ``two_statuses_in_cell``: a Status cell that is two different status labels one after the other:
  two rows read as one;
- ``page_furniture_in_cell``: a page number, protective marking or version footer inside a cell;
- ``dates_run_together``: a target-date cell where one date runs on into the next with no more than
  a space between ("31/03/202530/04/2025"): two rows' cells read as one;
- ``cell_text_repeated``: an agency or target-date cell that is the same text twice ("Police Police"):
  two rows' cells read as one;
- ``two_labels_in_cell``: a recommendation or action that holds the next recommendation's label,
  written the plan's own way, while no recommendation of the plan has that number: two
  recommendations read as one.
"""
from __future__ import annotations

import re
from typing import Callable, Mapping

from ..lexicon import MONTH_HEAD
from ..model import Action, Dataset, Recommendation, Status, WarningCode, WarningRecord
from .agencies import is_known_agency
from .agency_names import agency_type_from_keywords
from .dates import parse_date_text
from .headers import header_role
from .labels import label_from_cell
from .status import read_status

_I = re.IGNORECASE
# Precise enough that an agency's name cannot be it: a year alone can be part of a name ("Children Act 2004").
_DATE_PRECISIONS = frozenset({"day", "month"})
# The text of a target-date cell before its first date: a month name or a number starts the date.
_BEFORE_DATE = re.compile(
    r"^\s*(?P<lead>[^\d\n]+?)[\s,:;\u2013\u2014-]+(?=\d|" + MONTH_HEAD + r"\b)", _I)
# Plan columns an agency's name never is: a Progress or Target date header read as an agency is a heading.
# ("Action" is left out: "Action Fraud" is an agency.)
_NOT_AGENCY_ROLES = frozenset({"progress", "target", "evidence", "status", "rag", "rec", "scope"})
# One label each: the reader gives every status word its code, so "Complete" and "Completed" agree.
_STATUS_WORDS = re.compile(
    r"\b(?:partially\s+complete[d]?|not\s+(?:yet\s+)?started|in\s+progress|on[\s-]?going|complete[d]?|achieved"
    r"|overdue)\b", _I)
# Page furniture as printed in a page's margin: a page number anywhere; a protective marking (in capitals)
# opening or closing a line; a version line that is only a version and its date ("Version 2.1 – June 2024").
_PAGE_NUMBER = re.compile(r"\bpage\s*\d+\s*(?:of|/)\s*\d+\b", _I)
_MARKING = re.compile(r"^\s*OFFICIAL(?:[\s\u2013-]+SENSITIVE)?\b|\bOFFICIAL(?:[\s\u2013-]+SENSITIVE)?\s*$", re.M)
# A whole year, then at most a space (not a line break), then a day/month/year date; or a full date with
# more digits glued to it.  A cell of two dates says how they relate ("and", a comma, a new line).
_DATES_RUN_TOGETHER = re.compile(r"\d{4} ?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\d")
_VERSION_LINE = re.compile(r"^\s*Version\s*\d+(?:\.\d+)*\s*(?:[,:\u2013\u2014-][^\n]*?\d{4})?\s*$", re.M)


def date_in_agency(action: Action) -> bool:
    """The action's agency cell holds a date to the day or month ("Police 31/03/2025")."""
    return bool(action.agency.strip()) and parse_date_text(action.agency).precision in _DATE_PRECISIONS


def agency_in_target_date(action: Action) -> bool:
    """The target-date cell opens with a known agency before its date ("Adult Social Care 30/06/2025")
    that the action's agency cell does not name (a multi-agency plan may date each agency's part)."""
    match = _BEFORE_DATE.match(action.target_date_text)
    lead = match["lead"].strip() if match else ""
    return bool(lead) and is_known_agency(lead) and lead.casefold() not in action.agency.casefold()


def header_text_as_agency(action: Action) -> bool:
    """The agency cell names a plan column ("Progress") and nothing an agency's name has."""
    agency = action.agency.strip()
    return (bool(agency) and header_role(agency) in _NOT_AGENCY_ROLES and not is_known_agency(agency)
            and agency_type_from_keywords(agency) == "other")


def label_as_action(action: Action) -> bool:
    """The action's whole text is a number, as a number column writes it ("5.1", "3.")."""
    return bool(action.action_text.strip()) and label_from_cell(action.action_text) is not None


def dates_run_together(action: Action) -> bool:
    """The target-date cell runs one date into the next ("31/03/202530/04/2025")."""
    return _DATES_RUN_TOGETHER.search(action.target_date_text) is not None


def repeated_text(text: str) -> bool:
    """The text is the same words twice over ("Corwen Bay ICB Corwen Bay ICB")."""
    words = text.split()
    half = len(words) // 2
    return half > 0 and len(words) == 2 * half and words[:half] == words[half:]


def cell_text_repeated(action: Action) -> bool:
    """The agency or target-date cell is the same text twice: two rows' cells read as one."""
    return repeated_text(action.agency) or repeated_text(action.target_date_text)


def statuses_named(text: str) -> set[Status]:
    """The statuses a cell's status words say, each read on its own."""
    return {read_status(match.group(0)).status for match in _STATUS_WORDS.finditer(text)} - {Status.UNKNOWN}


def stacked_statuses(text: str) -> bool:
    """The cell is status labels one after the other and no more, naming two statuses ("Not started
    In progress"): two rows' cells.  A cell that relates them ("Complete / ongoing", "Completed –
    ongoing monitoring") is one row's."""
    return not _STATUS_WORDS.sub("", text).strip(" \n.") and len(statuses_named(text)) > 1


def page_furniture(text: str) -> bool:
    """The text holds a page number ("Page 2 of 5"), a protective marking on a line of its own, or a
    version line ("Version 2.1 – June 2024")."""
    return bool(_PAGE_NUMBER.search(text) or _MARKING.search(text) or _VERSION_LINE.search(text))


def label_pattern(rec: Recommendation) -> re.Pattern[str] | None:
    """Labels written as the recommendation writes its own ("R3": "R4", "R12"; "3.": "4."), the number
    captured as ``n``, opening the text or a line or sentence of it; None when its label is not a
    whole number in a label."""
    at = rec.rec_label.find(rec.rec_number)
    if not rec.rec_number.isdigit() or at < 0:
        return None
    before, after = rec.rec_label[:at].strip(), rec.rec_label[at + len(rec.rec_number):].strip()
    return re.compile(rf"(?:^|\n|(?<=[.;:]\s))\s*{re.escape(before)}\s*(?P<n>\d+){re.escape(after)}(?=\s)", _I)


def next_label_inside(rec: Recommendation, texts: list[str], numbers: set[str]) -> bool:
    """A text of the recommendation (its own, its actions') holds the label of the number after it, which no
    recommendation of the plan has, as its first label: sub-items numbered like the plan ("1. … 2. … 3.")
    start lower."""
    following = str(int(rec.rec_number) + 1) if rec.rec_number.isdigit() else ""
    pattern = label_pattern(rec) if following and following not in numbers else None
    if pattern is None:
        return False
    firsts = (pattern.search(text) for text in texts)
    return any(first is not None and first["n"] == following for first in firsts)


# ---------------------------------------------------------------- the rows that show them

QUOTED = 60  # characters of a cell quoted in a warning's message


def quoted(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= QUOTED else flat[:QUOTED - 1] + "\u2026")


Places = Mapping[str, str]  # record id -> where its first row is ("page 3, table 2, row 5")


def action_place(action: Action, places: Places) -> str:
    where = places.get(action.action_id) or (f"page {action.page_start}" if action.page_start else "")
    return f"recommendation {action.rec_number}, action {action.action_seq}" + (f" ({where})" if where else "")


def rec_place(rec: Recommendation, places: Places) -> str:
    where = places.get(rec.rec_id) or (f"page {rec.page_start}" if rec.page_start else "")
    return f"recommendation {rec.rec_number}" + (f" ({where})" if where else "")


ActionCheck = tuple[WarningCode, Callable[[Action], bool], Callable[[Action], str]]
ACTION_CHECKS: tuple[ActionCheck, ...] = (
    (WarningCode.DATE_IN_AGENCY, date_in_agency, lambda a: f"the agency cell holds a date: {quoted(a.agency)}"),
    (WarningCode.AGENCY_IN_TARGET_DATE, agency_in_target_date,
     lambda a: f"the target date opens with an agency: {quoted(a.target_date_text)}"),
    (WarningCode.HEADER_TEXT_AS_AGENCY, header_text_as_agency,
     lambda a: f"the agency cell names a plan column: {quoted(a.agency)}"),
    (WarningCode.LABEL_AS_ACTION, label_as_action, lambda a: f"the action is only a number: {quoted(a.action_text)}"),
    (WarningCode.DATES_RUN_TOGETHER, dates_run_together,
     lambda a: f"two dates run together in the target date: {quoted(a.target_date_text)}"),
    (WarningCode.CELL_TEXT_REPEATED, cell_text_repeated,
     lambda a: f"a cell is the same text twice: {quoted(a.agency if repeated_text(a.agency) else a.target_date_text)}"),
)


def action_texts(action: Action) -> tuple[str, ...]:
    return (action.agency, action.action_text, action.evidence_text, action.target_date_text)


def misread_warnings(part: Dataset, review_id: str, places: Places | None = None) -> list[WarningRecord]:
    """A warning for each record whose text does not fit its column, located at that record (and at
    its row, where ``places`` knows it)."""
    places = places or {}
    warnings = [WarningRecord(review_id, code, message(a), action_place(a, places))
                for a in part.actions for code, applies, message in ACTION_CHECKS if applies(a)]
    actions = {a.action_id: a for a in part.actions}
    for p in part.progress:
        where = action_place(actions[p.action_id], places) if p.action_id in actions else ""
        if stacked_statuses(p.status_text):
            warnings.append(WarningRecord(review_id, WarningCode.TWO_STATUSES_IN_CELL,
                                          f"the status cell holds two statuses: {quoted(p.status_text)}", where))
        if any(map(page_furniture, (p.progress_text, p.status_text))):
            warnings.append(furniture_warning(review_id, where))
    warnings += [furniture_warning(review_id, action_place(a, places)) for a in part.actions
                 if any(map(page_furniture, action_texts(a)))]
    warnings += [furniture_warning(review_id, rec_place(r, places)) for r in part.recommendations
                 if page_furniture(r.rec_text)]
    return warnings + two_labels_warnings(part, review_id, places)


def furniture_warning(review_id: str, where: str) -> WarningRecord:
    return WarningRecord(review_id, WarningCode.PAGE_FURNITURE_IN_CELL,
                         "a page number, protective marking or version line inside a cell", where)


def two_labels_warnings(part: Dataset, review_id: str, places: Places) -> list[WarningRecord]:
    numbers = {r.rec_number for r in part.recommendations}
    return [WarningRecord(review_id, WarningCode.TWO_LABELS_IN_CELL,
                          f"holds the label of recommendation {int(rec.rec_number) + 1}, which the plan lacks",
                          rec_place(rec, places))
            for rec in part.recommendations
            if rec.rec_label and next_label_inside(rec, rec_and_action_texts(part, rec), numbers)]


def rec_and_action_texts(part: Dataset, rec: Recommendation) -> list[str]:
    return [rec.rec_text] + [a.action_text for a in part.actions if a.rec_id == rec.rec_id]
