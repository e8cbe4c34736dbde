"""``mark_numbered_headings``: a theme row numbered like a recommendation (``1 | Information sharing``)
over recommendations numbered within it (``1.1``, ``1.2``) is a theme, in every format; a PDF printed
without vertical rules gives the row no sign of spanning the table, so only the numbering tells.

Rows are written as their cells under ``No. | Recommendation | Action | Lead agency | Target``.
"""
from __future__ import annotations

from dhr_extract.normalise.headers import Header
from dhr_extract.normalise.numbered_headings import mark_numbered_headings
from dhr_extract.normalise.rows import LogicalRow

NAMES = ("No.", "Recommendation", "Action", "Lead agency", "Target")
HEADER = Header(("number", "rec", "action", "agency", "target"), NAMES, 1)


def row(*cells: str) -> LogicalRow:
    padded = list(cells) + [""] * (len(NAMES) - len(cells))
    return LogicalRow(HEADER, padded, [False] * len(padded), 1, 0, 1)


def sections(rows: list[LogicalRow]) -> list[str]:
    mark_numbered_headings(rows)
    return [r.section for r in rows]


def test_a_numbered_name_over_sub_numbered_recommendations_is_a_theme() -> None:
    rows = [row("1", "Information sharing"),
            row("1.1", "Police to share bail conditions.", "Send them", "Police", "May 2025"),
            row("1.2", "Health to attend MARAC.", "Brief staff", "ICB", "June 2025"),
            row("2", "Training and awareness"),
            row("2.1", "Train front-line staff.", "Run sessions", "Council", "July 2025")]
    assert sections(rows) == ["1 Information sharing", "", "", "2 Training and awareness", ""]


def test_a_recommendation_without_actions_followed_by_the_next_number_stays_a_recommendation() -> None:
    rows = [row("1", "Information sharing"), row("2", "Police to share bail conditions.", "Send", "Police")]
    assert sections(rows) == ["", ""]


def test_a_sentence_over_sub_numbered_rows_stays_a_recommendation() -> None:
    # "1" states a recommendation whose parts are numbered under it: its text is a sentence
    rows = [row("1", "Agencies should share information about risk."), row("1.1", "Police to share.", "Send")]
    assert sections(rows) == ["", ""]


def test_a_row_with_action_content_is_no_heading() -> None:
    rows = [row("1", "Information sharing", "Review the protocol", "Police"), row("1.1", "Police to share.", "Send")]
    assert sections(rows) == ["", ""]


def test_without_a_number_column_the_label_opens_the_recommendation_cell() -> None:
    header = Header(("rec", "action", "agency"), ("Recommendation", "Action", "Lead agency"), 1)
    rows = [LogicalRow(header, ["1. Governance", "", ""], [False] * 3, 1, 0, 1),
            LogicalRow(header, ["1.1 The board to review the plan.", "Review", "CSP"], [False] * 3, 1, 0, 2)]
    assert sections(rows) == ["1. Governance", ""]
