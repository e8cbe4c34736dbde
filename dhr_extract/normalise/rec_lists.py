"""Recommendations written as a numbered list outside the plan table, which the table only points back to.

Some plans list the recommendations once, as numbered paragraphs under a "Recommendations" heading,
then give the action plan as a table whose recommendation cell only refers back to the list by number
("See rec 3", "Recommendation 3 (see above)", "R3", or the bare number).  The labels read such a cell as
the number with no text (``labels.back_reference``); here the recommendation's text and label are the
list item's with that number.  Pure functions:

- ``lines_to_numbered_lists``: a document's text lines -> its numbered lists of recommendations;
- ``listed_recommendations``: the recommendations read from the tables, those with a number and no text
  given the text of the list item with that number.
"""
from __future__ import annotations

import dataclasses
import re

from ..model import RawDocument
from .drafts import RecDraft
from .labels import Label, split_label

# The line a list of recommendations stands under names them ("Recommendations", "The review's
# recommendations"); a list under any other heading (contents, terms of reference) is not theirs.
NAMES_RECOMMENDATIONS = re.compile(r"\brecommendations?\b", re.I)
# A list item runs on over the lines after its first until its text ends a sentence (a PDF's wrapped lines).
SENTENCE_END = re.compile(r"[.!?;:]['\"’”)]?$")

ListItem = tuple[Label, str]  # the item's label as written, and its text


def document_text_lines(doc: RawDocument) -> list[str]:
    """The document's text outside its tables, in order (its first lines where the reader kept no more),
    then any table's heading and the paragraphs between that heading and the table not among them."""
    lines = list(doc.body_lines or doc.text_lines)
    for table in doc.tables:
        for line in [table.heading, *table.intro.split("\n")]:
            if line.strip() and line not in lines:
                lines.append(line)
    return lines


def lines_to_numbered_lists(lines: list[str]) -> list[dict[str, ListItem]]:
    """The runs of numbered items in ``lines`` ("1. text", "Recommendation 2: text", or a label on a line of
    its own with its text on the lines after), each by number; a run counts as recommendations when its
    items name themselves so ("Recommendation 1") or the line just before it does (a heading)."""
    runs: list[dict[str, ListItem]] = []
    run: dict[str, ListItem] = {}
    current = ""  # the number of the item the next unlabelled line may run on
    before = ""  # the last line that was no item: what a new run stands under
    for line in (line.strip() for line in lines):
        label, text = split_label(line) if line else (None, "")
        if label is not None and (text or label.number not in run):
            if not run and not names_recommendations(before, label):
                before = line
                continue
            run[label.number], current = (label, text.strip()), label.number
        elif run and current and line and not SENTENCE_END.search(run[current][1]):
            run[current] = (run[current][0], f"{run[current][1]} {line}".strip())  # a wrapped line
        else:
            runs += [run] if run else []
            run, current, before = {}, "", line
    return [*runs, run] if run else runs


def names_recommendations(before: str, label: Label) -> bool:
    """A list item opens a list of recommendations under a line that names them, or names itself one."""
    return bool(NAMES_RECOMMENDATIONS.search(before) or NAMES_RECOMMENDATIONS.search(label.label))


def listed_recommendations(recs: list[RecDraft], lines: list[str]) -> list[RecDraft]:
    """``recs`` with every one that has a number but no text given its list item's text and label, where
    one numbered list of recommendations in ``lines`` holds all such numbers (else ``recs`` unchanged)."""
    # no piece has text (not ``rec.text()``: joining a long recommendation's pieces twice costs as much again)
    wanted = [rec for rec in recs if rec.rec_number and not any(piece.strip() for piece in rec.pieces)]
    if not wanted:
        return recs
    numbers = {rec.rec_number for rec in wanted}
    items = next((run for run in lines_to_numbered_lists(lines)
                  if numbers <= run.keys() and all(run[n][1] for n in numbers)), None)
    if items is None:
        return recs
    wanted_ids = {id(rec) for rec in wanted}
    return [dataclasses.replace(rec, rec_label=items[rec.rec_number][0].label, pieces=[items[rec.rec_number][1]])
            if id(rec) in wanted_ids else rec for rec in recs]
