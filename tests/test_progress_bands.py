"""``progress_bands_joined``: a plan with no progress column that gives each action's progress in a band
row under it (``Progress: …`` across the table) reads the band as that action's progress."""
from __future__ import annotations

from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.progress_bands import band_text, progress_bands_joined


def row(index: int, *texts: str, spanned: bool = False) -> Row:
    cells = [Cell(texts[0])] + [Cell(t, "left" if spanned else "") for t in texts[1:]]
    return Row(tuple(cells), index, 1)


HEADER = row(0, "No.", "Recommendation", "Action", "Lead agency", "Target date")
BANDED = RawTable((
    HEADER,
    row(1, "1", "Police to visit the victim.", "Add the visit to the procedure.", "Police", "Dec 2025"),
    row(2, "Progress: Complete. Procedure changed.", "", "", "", "", spanned=True),
    row(3, "", "", "Check the visits are made.", "Police", "Mar 2026"),
    row(4, "Update: In progress.", "", "", "", "", spanned=True),
    row(5, "2", "Health to attend MARAC.", "Brief staff.", "ICB", "Jan 2026"),
), 0)


def test_each_band_becomes_the_progress_of_the_row_above() -> None:
    table = progress_bands_joined([BANDED])[0]
    assert [r.texts for r in table.rows] == [
        ["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        ["1", "Police to visit the victim.", "Add the visit to the procedure.", "Police", "Dec 2025",
         "Complete. Procedure changed."],
        ["", "", "Check the visits are made.", "Police", "Mar 2026", "In progress."],
        ["2", "Health to attend MARAC.", "Brief staff.", "ICB", "Jan 2026", ""],
    ]
    assert [(r.index, r.joined) for r in table.rows] == [(0, ()), (1, (2,)), (3, (4,)), (5, ())]


def test_a_table_with_a_progress_column_is_left_alone() -> None:
    header = row(0, "No.", "Recommendation", "Action", "Lead agency", "Progress")
    table = RawTable((header, BANDED.rows[1], BANDED.rows[2]), 0)
    assert progress_bands_joined([table]) == [table]


def test_only_a_label_naming_the_progress_makes_a_band() -> None:
    assert band_text(row(1, "Status: Complete.", "", "")) == "Complete."
    assert band_text(row(1, "Theme: Information sharing", "", "")) is None  # a heading, not progress
    assert band_text(row(1, "Progress: done", "Police", "")) is None  # a row with other cells filled
    assert band_text(row(1, "Information sharing", "", "")) is None


def test_a_header_less_continuation_goes_on_the_same_way() -> None:
    overleaf = RawTable((row(0, "", "", "Train staff.", "Council", "Apr 2026"),
                         row(1, "Progress: Sessions booked.", "", "", "", "", spanned=True)), 1, page=2)
    assert [r.texts[-1] for r in progress_bands_joined([BANDED, overleaf])[1].rows] == ["Sessions booked."]
