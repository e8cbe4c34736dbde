"""The as-of rule: an open action whose target date passed before the progress report is overdue.

A progress column reports the state of the plan "as at" a date.  When the action's target
date (``target_kind`` date) is earlier than that date and the text still reads open
(``in_progress`` / ``not_started``), the action has missed its deadline: ``overdue``.
Complete and partial actions are left alone, and ``unknown`` stays unknown (its text does
not say the action is open).  An Amber (or Green/Blue) colour is the author's own rating made
at the as-of date, with the dates in front of them: it outranks the date arithmetic, as a
colour outranks a milestone "completed"; a Red colour or none leaves the dates to decide.
The as-of date is the column's own, else the plan's.  The rule is the codebook's
``as_of.overdue`` row; a user's row with an empty status turns it off.
"""
from __future__ import annotations

import datetime
from dataclasses import replace

from ...model import Dataset, Rag, Status, TargetKind
from .codebook import Codebook, default_codebook

__all__ = ["AS_OF_RULE", "mark_overdue_by_date", "overdue_by_date", "overdue_evidence", "overdue_rule_on"]

AS_OF_RULE = "as_of.overdue"
_OPEN = (Status.IN_PROGRESS, Status.NOT_STARTED)


def overdue_by_date(status: str, target: datetime.date | None, target_kind: str,
                    as_of: datetime.date | None, rag: str = "") -> bool:
    """True when an open status, not rated by the author with a colour other than Red, has a dated
    target that passed before the as-of date."""
    return (status in _OPEN and rag in ("", Rag.RED) and target_kind == TargetKind.DATE and target is not None
            and as_of is not None and target < as_of)


def overdue_rule_on(codebook: Codebook | None = None) -> bool:
    """The codebook's as-of rule is there and still marks ``overdue`` (a user's row can turn it off)."""
    rule = (codebook or default_codebook()).rule(AS_OF_RULE)
    return rule is not None and rule.status == Status.OVERDUE


def overdue_evidence(evidence: str, target: datetime.date, as_of: datetime.date) -> str:
    """The words that read the action as open, then the two dates that make it overdue."""
    dates = f"target date {target.isoformat()} before as-of date {as_of.isoformat()}"
    return f"{evidence}; {dates}" if evidence else dates


def mark_overdue_by_date(dataset: Dataset, codebook: Codebook | None = None) -> None:
    """Apply the as-of rule to a dataset's progress records, then refresh each action's status (records
    are immutable: the changed ones are made again).  The pipeline applies the rule as it makes each
    progress record; this is for a dataset made elsewhere."""
    if not overdue_rule_on(codebook):
        return
    plan_as_of = next((r.progress_as_of_date for r in dataset.reviews if r.progress_as_of_date), None)
    actions = {a.action_id: a for a in dataset.actions}
    for k, progress in enumerate(dataset.progress):
        action = actions.get(progress.action_id)
        as_of = progress.as_of_date or plan_as_of
        if action is None or not overdue_by_date(progress.status, action.target_date, action.target_kind, as_of,
                                                  progress.rag):
            continue
        assert action.target_date is not None and as_of is not None  # overdue_by_date checked both
        dataset.progress[k] = replace(progress, status=Status.OVERDUE, status_rule=AS_OF_RULE,
                                      status_evidence=overdue_evidence(progress.status_evidence, action.target_date,
                                                                       as_of))
    latest = {p.action_id: p.status for p in dataset.progress}  # an action's status is its latest record's
    dataset.actions = [replace(a, status=latest[a.action_id]) if a.action_id in latest else a
                       for a in dataset.actions]
