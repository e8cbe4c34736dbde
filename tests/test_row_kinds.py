"""``classify``: what kind each logical row of a plan is, as a table of cases (one line each).

A row is written as its cells under the header ``No. | Recommendation | Action | Lead agency |
Target``; ``^`` marks a cell covered by the merged cell above it.  The context says whether the
plan labels its recommendations, which recommendation is being read (number and text), and the
row after it.
"""
from __future__ import annotations

import pytest

from dhr_extract.normalise.headers import Header
from dhr_extract.normalise.row_kinds import CurrentRec, RowContext, RowKind, classify, next_number
from dhr_extract.normalise.rows import LogicalRow

NAMES = ("No.", "Recommendation", "Action", "Lead agency", "Target")
HEADER = Header(("number", "rec", "action", "agency", "target"), NAMES, 1)


def row(*cells: str, section: str = "", guidance: bool = False) -> LogicalRow:
    padded = list(cells) + [""] * (len(NAMES) - len(cells))
    return LogicalRow(HEADER, ["" if c == "^" else c for c in padded], [c == "^" for c in padded], 1, 0, 1,
                      section=section, guidance=guidance)


def heading(text: str) -> LogicalRow:
    return row(section=text)


R1 = CurrentRec("1", lambda: "Train all staff.")
R3 = CurrentRec("3", lambda: "Audit the files.")

CASES = [
    # (id, row, has_labels, current, next row, kind)
    ("template guidance", row("", "Write the recommendation here", guidance=True), True, None, None,
     RowKind.GUIDANCE),
    ("unlabelled heading", heading("Information sharing"), True, R1, None, RowKind.SECTION),
    ("a note written as a sentence", heading("Progress as reported to the board on 16 October 2025."), True, None,
     row("1", "Train staff.", "Train"), RowKind.GUIDANCE),
    ("a key of abbreviations", heading("IDVA – Independent Domestic Violence Adviser; MARAC – Multi-Agency Risk "
                                       "Assessment Conference"), True, None, None, RowKind.GUIDANCE),
    ("a short heading with a full stop", heading("Kestlebridge Police."), True, R1, None, RowKind.SECTION),
    ("an agency heading with its acronym", heading("ICB – Integrated Care Board"), True, R1, None, RowKind.SECTION),
    ("labelled heading over labelled rows", heading("1. Information sharing"), True, None,
     row("1.1", "Share records.", "Audit"), RowKind.THEME),
    ("labelled heading over a heading", heading("2. Training"), True, R1, heading("Health"), RowKind.THEME),
    ("a sector heading over a recommendation's actions", heading("Police"), True, R1,
     row("", "", "Brief officers", "Police"), RowKind.SUBHEADING),
    ("a sector heading over a recommendation", heading("Police"), True, R1, row("2.", "Share records.", "Audit"),
     RowKind.SECTION),
    ("a heading over the rest of a row a page cut (no action text)", heading("Police"), True, R1,
     row("", "", "", "", "March 2015"), RowKind.SECTION),
    ("a heading over actions before any recommendation", heading("Police"), True, None,
     row("", "", "Brief officers", "Police"), RowKind.SECTION),
    ("labelled heading over action rows", heading("2. Train GPs in routine enquiry"), True, R1,
     row("", "", "Deliver training", "ICB"), RowKind.RECOMMENDATION_HEADING),
    ("labelled heading at the end", heading("2. Train GPs in routine enquiry"), True, R1, None,
     RowKind.RECOMMENDATION_HEADING),
    ("label in the number column", row("2.", "Share records.", "Audit", "Police"), True, R1, None,
     RowKind.RECOMMENDATION),
    ("label in the text", row("", "R2 Share records.", "Audit", "Police"), True, R1, None, RowKind.RECOMMENDATION),
    ("the next bare number", row("", "4 Share records."), True, R3, None, RowKind.RECOMMENDATION),
    ("unlabelled text, no labels in the plan", row("", "Share records.", "Audit"), False, R1, None,
     RowKind.RECOMMENDATION),
    ("unlabelled text before any recommendation", row("", "Share records.", "Audit"), True, None, None,
     RowKind.RECOMMENDATION),
    ("same label and text again", row("1.", "Train  all staff.", "Audit", "Health"), True, R1, None,
     RowKind.RECOMMENDATION_REPEAT),
    ("same label, no text", row("1.", "", "Audit", "Health"), True, R1, None, RowKind.RECOMMENDATION_REPEAT),
    ("same label, other text", row("1.", "Train GPs.", "Audit", "Health"), True, R1, None, RowKind.RECOMMENDATION),
    ("unlabelled text in a labelled plan", row("", "and their managers", "Audit"), True, R1, None,
     RowKind.CONTINUATION),
    ("merged recommendation cell", row("^", "^", "Audit", "Health"), True, R1, None, RowKind.ACTION),
    ("only an action", row("", "", "Audit", "Health", "March 2024"), True, R1, None, RowKind.ACTION),
    ("a dash in a labelled plan", row("", "-", "Audit"), True, R1, None, RowKind.CONTINUATION),
    ("only a target date", row("", "", "", "", "2024"), True, R1, None, RowKind.ACTION),
    ("action before any recommendation", row("", "", "Audit", "Health"), True, None, None, RowKind.ORPHAN_ACTION),
    ("nothing a record takes", row("", "", "", ""), True, R1, None, RowKind.UNPLACED),
    ("a dash before any recommendation", row("", "-"), False, None, None, RowKind.UNPLACED),
    # One No. column numbering recommendations 1, 2 and their actions 1.1, 1.2 (a two-level list).
    ("a sub-number under a merged recommendation cell", row("1.1", "^", "Audit", "Police"), True, R1, None,
     RowKind.ACTION),
    ("a sub-number beside an empty recommendation cell", row("1.2", "", "Audit", "Police"), True, R1, None,
     RowKind.ACTION),
    ("a sub-number with recommendation text of its own", row("1.1", "Share records.", "Audit", "Police"), True,
     R1, None, RowKind.RECOMMENDATION),
    ("another recommendation's sub-number", row("3.1", "^", "Audit", "Police"), True, R1, None,
     RowKind.RECOMMENDATION),
]


@pytest.mark.parametrize("case, has_labels, current, after, kind", [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_classify(case: LogicalRow, has_labels: bool, current: CurrentRec | None, after: LogicalRow | None,
                  kind: RowKind) -> None:
    assert classify(case, RowContext(has_labels, current, after)) is kind


@pytest.mark.parametrize("number, expected", [("12", "13"), ("12b", "13"), ("3.1", ""), ("", "")])
def test_next_number(number: str, expected: str) -> None:
    assert next_number(number) == expected


def test_classify_reads_the_current_text_only_for_a_possible_repeat() -> None:
    """The walk hands the current recommendation's text over lazily: most rows never need it, and
    joining it for each row would be quadratic."""
    asked: list[str] = []
    current = CurrentRec("1", lambda: asked.append("text") or "Train all staff.")
    for case in (row("", "and more", "Audit"), row("", "", "Audit"), row("2.", "Share.", "Audit")):
        classify(case, RowContext(True, current))
    assert asked == []
    classify(row("1.", "Train all staff.", "Audit"), RowContext(True, current))
    assert asked == ["text"]


@pytest.mark.parametrize("below, kind", [
    (row("", "", "Brief officers", "Police"), RowKind.RECOMMENDATION_HEADING),  # the sub-headings' rows are actions
    (row("1.1", "Share records.", "Audit"), RowKind.THEME),  # they carry labelled recommendations of their own
    (row("", "Share records.", "Audit"), RowKind.THEME),  # they open recommendations of their own
    (None, RowKind.THEME),
], ids=["over actions", "over labelled recommendations", "over recommendation text", "over nothing"])
def test_a_labelled_heading_over_sector_subheadings(below: LogicalRow | None, kind: RowKind) -> None:
    """"Recommendation 2: text" over "Health", then action rows opening no recommendation: the row is the
    recommendation, the sub-headings sectors of its actions; over rows opening recommendations it is a theme."""
    context = RowContext(False, R1, heading("Health"), below=below)
    assert classify(heading("Recommendation 2: Share records with health."), context) is kind
