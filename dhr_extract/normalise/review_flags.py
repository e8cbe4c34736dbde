"""Which documents a person should look at, and why: ``reviews.needs_review`` and ``review_reasons``.

A batch over an archive gives hundreds of documents; most read cleanly.  The flag is raised on the
signs that a reading may be wrong, each named by a code:

- a warning that says a row did not fit (its code: ``action_without_text``, ``recommendation_number_gap``…);
  a row joined across a page break and unlabelled recommendation text joined to the one above are
  continuation decisions, weighed in the table's confidence instead, and a ``column_not_modelled`` note
  is no doubt either;
- ``unlabelled_recommendation_text``: more pieces of unlabelled text joined to the recommendation above
  than the plan has recommendations: its labelled rows are not where its recommendations start;
- ``unplaced_rows``: rows of the plan kept as residue because no record could take them (not a reference
  alone, "DHR05/1.1", left in a row that became a record);
- ``unmapped_text``: text the reading could not give a column: beyond the header's columns or in a
  second recommendation column (a column the reader may have split), under no header, or under a header
  the tool does not know.  Text under a header that names what it holds is kept in residue and hides no
  misreading, so it is no reason: a column the tool knows but does not model (a ``Finding`` or ``Theme``
  column beside the recommendation, ``Open / closed``, ``Start date``, a bilingual plan's Welsh columns),
  a column of numbers alone (an ``Action ref`` column: "1a", "1b"), or one of dates alone beside a plan
  whose actions have their target dates (a ``Date completed`` column);
- ``low_confidence``: a plan whose tables together read less surely than ``LOW_CONFIDENCE`` (see
  ``table_confidence``);
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

import re
from collections import Counter
from dataclasses import replace
from typing import Callable

from ..model import Dataset, Residue, ResidueReason, ReviewStatus, Status, WarningCode, WarningRecord
from .date_phrases import date_phrase
from .dates import parse_date_text
from .headers import OUTCOME_SOUGHT, PERSON_HEADING, fold_header, header_role
from .labels import label_from_cell
from .table_confidence import plan_confidence

# Warnings that are no reason of their own: a row joined across a page break and unlabelled text taken for
# more of the recommendation above are continuation decisions, which count against their table's
# confidence where the page draws no rows (``table_confidence``); a copy and a named column not modelled
# hide no misreading.
ROUTINE_WARNINGS = frozenset({WarningCode.ROW_JOINED_ACROSS_PAGES, WarningCode.UNLABELLED_RECOMMENDATION_TEXT,
                              WarningCode.DUPLICATE_DOCUMENT, WarningCode.COLUMN_NOT_MODELLED})
# ... unless the plan takes in more unlabelled pieces than it has recommendations: then its labelled rows are
# not where its recommendations start (a plan laid out as blocks of "key | value" rows read as one
# recommendation per block).  Plans read right took in at most 0.7 a recommendation (a cell cut in two or
# three by page breaks or gaps); the one misread this way, 5.75.
UNLABELLED_PIECES_PER_RECOMMENDATION = 1.0
# Below it a plan deserves a look.  Set from the plan confidences measured on the ~320 annotated documents:
# the plan that merged and split actions with no other sign of it was at 0.55, every plan read fully right
# at 0.71 or above, and between them only dense borderless plans of many pages with an action or a few
# words wrong (0.56-0.66); 0.6 keeps a margin below the first and flags the lower half of those.
LOW_CONFIDENCE = 0.6
# Columns plans keep that the data model has no field for, matched on the folded header with its spaces
# removed (a PDF header can come apart: "Dateclose d"): the context of a recommendation (its finding,
# issue, theme or learning), a record's own dates and open / closed state, an agency's response to a
# recommendation beside its progress (see ``headers.responses_beside_progress``), and the Welsh columns of a
# bilingual plan (Argymhelliad: recommendation, Rhif: number, Cam gweithredu: action, Asiantaeth: agency,
# Dyddiad: date, Cynnydd: progress, Statws: status).
UNMODELLED_HEADER = re.compile(
    r"^(key|main)?(findings?|issues?|themes?|learning|background|context|rationale)"
    r"|^open/?(or)?closed|^(start|opened|raised|closed|agreed)date|^date(opened|raised|closed|agreed|started)"
    r"|^(partner|supporting|contributing)(agenc|organisation|partner)|^(key|delivery)?partners?(\(s\))?$"
    r"|^(carried|brought)(forward|over)"
    r"|^(argymhell|rhif|cam(au)?gweithredu|asiantaeth|dyddiad|cynnydd|statws)"
    r"|^(agency|agencies|management|organisation|organisational)?s?responses?(to|$)")
# One update in a plan that no rule reads ("No update received.") is normal; a few more say the plan
# words its statuses in a way the codebook does not know.
UNREAD_STATUSES_MIN = 2
UNREAD_STATUSES_SHARE = 0.1
SUB_PART_LETTER = re.compile(r"\(?[a-z]\)|[a-z]\.", re.I)  # "(a)", "b)", "c."
REFERENCE = re.compile(r"[^\s\d]{0,12}\d[^\s]{0,12}")  # one token with a digit, as long as a reference is
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
    """Residue of rows no record could take; not the reference a record's row carries in a cell the
    reading did not use ("DHR05/1.1" in a Ref column beside an action read from the same row)."""
    placed = {(s.table, s.row) for s in part.row_sources if s.rec_id or s.action_id}
    return any(r.reason == ResidueReason.UNPLACED_ROW and not ((r.table, r.row) in placed and is_reference(r.text))
               for r in part.residue)


def is_reference(text: str) -> bool:
    """A cell that is one token holding a digit: a number or code the row is known by ("DHR05/1.1", "3.2a")."""
    return REFERENCE.fullmatch(text.strip()) is not None


def unmapped_text(part: Dataset) -> bool:
    """Text the reading could not give a column: beyond the header's columns (or a second recommendation
    column), or under a column whose header says nothing of what it holds; not a column whose header
    names it (``names_column``), nor one of numbering alone, nor one of dates alone while the actions'
    own target dates were read (a lone date column could be the plan's target dates)."""
    if any(r.reason == ResidueReason.EXTRA_COLUMN for r in part.residue):
        return True
    columns: dict[str, list[str]] = {}
    for r in part.residue:
        if r.reason == ResidueReason.UNMAPPED_COLUMN:
            columns.setdefault(r.column_header, []).append(r.text)
    dated = any(a.target_date_text.strip() for a in part.actions)
    return any(unplaced_column(header, texts, dated) for header, texts in columns.items())


def unplaced_column(header: str, texts: list[str], dated: bool) -> bool:
    """Whether an unmapped column's text may be a misreading: not numbering alone; dates alone only when
    no action has a target date (they could be the plan's); otherwise unless its header names it."""
    if all(map(is_numbering, texts)):
        return False
    if all(map(is_date_only, texts)):
        return not dated
    return not names_column(header)


def names_column(header: str) -> bool:
    """A header that says what its column holds, a column the model has no field for: the context of a
    recommendation headed like one ("Finding", "Learning point" beside "Recommendation": the table gave
    the recommendation's role to the other), an outcome sought beside the evidence column ("Outcome
    measure"), a named officer beside the agency column ("Lead officer"), or one of ``UNMODELLED_HEADER``."""
    unspaced = fold_header(header).replace(" ", "")
    return bool(unspaced) and (header_role(header) == "rec" or UNMODELLED_HEADER.search(unspaced) is not None
                               or OUTCOME_SOUGHT.search(fold_header(header)) is not None
                               or PERSON_HEADING.search(fold_header(header)) is not None)


def column_not_modelled_notes(residue: list[Residue], review_id: str) -> list[WarningRecord]:
    """A note per table and column whose header names it but the data model has no field for it: its text
    is read right and kept in residue, so it is no reason to review the document."""
    cells = Counter((r.table, r.column_header) for r in residue
                    if r.reason == ResidueReason.UNMAPPED_COLUMN and names_column(r.column_header))
    return [WarningRecord(review_id, WarningCode.COLUMN_NOT_MODELLED,
                          f"{n} cell{'s' if n > 1 else ''} under {header!r}, a column the data model has no field "
                          "for, kept in residue", f"table {table}")
            for (table, header), n in cells.items()]


def is_numbering(text: str) -> bool:
    """A cell that is a number as a numbering column writes it ("1a", "3.2", "R4"), or a sub-part's
    letter in its brackets or with its stop ("(a)", "b)", "c."): a bare letter could be a RAG rating."""
    label = label_from_cell(text)
    bare_letter = label is not None and label.number.isupper() and len(text.strip()) == 1  # "G": a rating, maybe
    return (label is not None and not bare_letter) or SUB_PART_LETTER.fullmatch(text.strip()) is not None


def is_date_only(text: str) -> bool:
    """A cell that is a date and nothing more ("14/03/2023", "March 2024"), or a few dates (the dates of
    an action's updates, "22/09/2025 03/06/2025"): every word writes one."""
    words = text.split()
    if not words or len(words) > DATE_ONLY_WORDS:
        return False
    parsed = parse_date_text(text)
    return parsed.date is not None and sum(len(date_phrase(text, date).split()) for date in parsed.dates) == len(words)


def low_confidence(part: Dataset) -> bool:
    confidence = plan_confidence(part.tables)
    return confidence is not None and confidence < LOW_CONFIDENCE


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


def unlabelled_text_joined(part: Dataset) -> bool:
    """More pieces of unlabelled recommendation text joined to the one above than the plan has recommendations."""
    joined = sum(1 for w in part.warnings if w.code == WarningCode.UNLABELLED_RECOMMENDATION_TEXT)
    return joined > UNLABELLED_PIECES_PER_RECOMMENDATION * len(part.recommendations)


def recommendations_without_text(part: Dataset) -> bool:
    return any(not r.rec_text.strip() for r in part.recommendations)


def unlabelled_recommendations(part: Dataset) -> bool:
    return (part.reviews[0].source_format == "pdf" and bool(part.recommendations)
            and not any(r.rec_label for r in part.recommendations))


# The reasons after the warnings' codes, in the order they are given.
CHECKS: tuple[tuple[str, Callable[[Dataset], object]], ...] = (
    ("no_action_plan", no_action_plan),
    ("unlabelled_recommendation_text", unlabelled_text_joined),
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
