"""Which documents a person should look at, and why: ``reviews.needs_review`` and ``review_reasons``.

A batch over an archive gives hundreds of documents; most read cleanly.  The flag is raised on the
signs that a reading may be wrong, each named by a code:

- a warning that says a row did not fit (its code: ``action_without_text``, ``recommendation_number_gap``…);
  a row joined across a page break is routine and is not one;
- ``unplaced_rows``: rows of the plan kept as residue because no record could take them;
- ``unmapped_text``: text in a plan column the tool has no role for, or in a second recommendation column;
  not a column of numbers alone (an ``Action ref`` column: "1a", "1b"), nor one of dates alone beside
  a plan whose actions have their target dates (a ``Date completed`` column): those cells are kept in
  residue and hide no misreading;
- ``low_confidence``: a plan table whose text fell into its grid less cleanly than ``LOW_CONFIDENCE``;
- ``recommendation_without_actions``: a recommendation with no action in a plan whose others have some;
- ``unread_statuses``: several progress updates whose status could not be read (the plan's wording is
  not in the status codebook);
- ``recommendations_without_text``: a recommendation with no text: a number read as a
  recommendation (an action's own number, a count), or text the reading lost;
- ``unlabelled_recommendations``: a PDF plan whose recommendations carry no labels: the rows of a PDF
  are inferred from the page, and with no numbering nothing checks where one recommendation ends;
- ``no_action_plan`` and ``failed``: nothing was read;
- among the warnings, text that does not fit the column it landed in, the sign of columns glued or
  rows merged that leave no residue (``date_in_agency``, ``agency_in_target_date``,
  ``header_text_as_agency``, ``label_as_action``, ``two_statuses_in_cell``, ``page_furniture_in_cell``,
  ``two_labels_in_cell``, ``dates_run_together``, ``cell_text_repeated``; each a warning at the row: see ``misread_cells``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Callable

from ..model import Dataset, ResidueReason, ReviewStatus, Status, WarningCode
from .dates import date_phrase, parse_date_text
from .labels import label_from_cell

ROUTINE_WARNINGS = frozenset({WarningCode.ROW_JOINED_ACROSS_PAGES, WarningCode.DUPLICATE_DOCUMENT})
LOW_CONFIDENCE = 0.8  # below it a table deserves a look (see the ``tables.confidence`` column)
# One update in a plan that no rule reads ("No update received.") is normal; a few more say the plan
# words its statuses in a way the codebook does not know.
UNREAD_STATUSES_MIN = 2
UNREAD_STATUSES_SHARE = 0.1
DATE_ONLY_WORDS = 4  # "31st of March 2024"; a longer cell is not read as a date alone


def review_reasons(part: Dataset) -> list[str]:
    """The reasons to look at one document's reading (its dataset), in a fixed order; [] when none."""
    review = part.reviews[0] if part.reviews else None
    if review is None or review.status == ReviewStatus.FAILED or part.errors:
        return ["failed"]
    reasons = [code for code in dict.fromkeys(w.code for w in part.warnings) if code not in ROUTINE_WARNINGS]
    return reasons + [reason for reason, applies in CHECKS if applies(part)]


def no_action_plan(part: Dataset) -> bool:
    return part.reviews[0].status == ReviewStatus.NO_ACTION_PLAN


def unplaced_rows(part: Dataset) -> bool:
    return any(r.reason == ResidueReason.UNPLACED_ROW for r in part.residue)


def unmapped_text(part: Dataset) -> bool:
    """Text in a column with no role, unless that named column holds only numbering, or only dates while
    the actions' own target dates were read (a lone date column could be the plan's target dates).  Text
    beyond the header's columns always counts: a column the reader split."""
    if any(r.reason == ResidueReason.EXTRA_COLUMN for r in part.residue):
        return True
    columns: dict[str, list[str]] = {}
    for r in part.residue:
        if r.reason == ResidueReason.UNMAPPED_COLUMN:
            columns.setdefault(r.column_header, []).append(r.text)
    dated = any(a.target_date_text.strip() for a in part.actions)
    return any(not (all(map(is_numbering, texts)) or (dated and all(map(is_date_only, texts))))
               for texts in columns.values())


def is_numbering(text: str) -> bool:
    """A cell that is a number as a numbering column writes it ("1a", "3.2", "R4")."""
    return label_from_cell(text) is not None


def is_date_only(text: str) -> bool:
    """A cell that is a date and nothing more ("14/03/2023", "March 2024"): every word writes it."""
    words = text.split()
    if not words or len(words) > DATE_ONLY_WORDS:
        return False
    parsed = parse_date_text(text)
    return parsed.date is not None and len(date_phrase(text, parsed.date).split()) == len(words)


def low_confidence(part: Dataset) -> bool:
    return any(t.is_plan and t.confidence < LOW_CONFIDENCE for t in part.tables)


def recommendations_without_actions(part: Dataset) -> int:
    """Recommendations with no action, counted only when the plan's other recommendations have actions."""
    per_rec = Counter(a.rec_id for a in part.actions)
    if not per_rec:
        return 0
    return sum(1 for r in part.recommendations if not per_rec[r.rec_id])


def unread_statuses(part: Dataset) -> bool:
    updates = [p for p in part.progress if p.progress_text.strip() or p.status_text.strip() or p.rag_text.strip()]
    unread = sum(1 for p in updates if p.status == Status.UNKNOWN)
    return unread >= UNREAD_STATUSES_MIN and unread >= UNREAD_STATUSES_SHARE * len(updates)


def recommendations_without_text(part: Dataset) -> bool:
    return any(not r.rec_text.strip() for r in part.recommendations)


def unlabelled_recommendations(part: Dataset) -> bool:
    return (part.reviews[0].source_format == "pdf" and bool(part.recommendations)
            and not any(r.rec_label for r in part.recommendations))


# The reasons after the warnings' codes, in the order they are given.
CHECKS: tuple[tuple[str, Callable[[Dataset], object]], ...] = (
    ("no_action_plan", no_action_plan),
    ("unplaced_rows", unplaced_rows),
    ("unmapped_text", unmapped_text),
    ("low_confidence", low_confidence),
    ("recommendation_without_actions", recommendations_without_actions),
    ("unread_statuses", unread_statuses),
    ("recommendations_without_text", recommendations_without_text),
    ("unlabelled_recommendations", unlabelled_recommendations),
)


def flag_review(part: Dataset) -> Dataset:
    """The document's dataset with ``needs_review`` and ``review_reasons`` on its review row."""
    reasons = review_reasons(part)
    return replace(part, reviews=[replace(review, needs_review=bool(reasons), review_reasons=";".join(reasons))
                                  for review in part.reviews])
