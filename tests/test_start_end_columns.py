"""A timescale set out as Start | End under a Timescales heading: the end is the target."""
from __future__ import annotations

from dhr_extract.model import Cell
from dhr_extract.normalise.headers import find_header
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table

LEFT, ABOVE = Cell("", "left"), Cell("", "above")


def test_the_end_under_a_timescales_heading_is_the_target_the_start_none() -> None:
    header = find_header(table([["No.", "Action", "Timescales", LEFT, "Progress"],
                                [ABOVE, ABOVE, "Start", "End", ABOVE],
                                ["1", "Audit the files.", "01/04/2026", "30/06/2026", "In progress."]]))
    assert header is not None and header.roles[2:4] == (None, "target")


def test_an_unruled_print_setting_the_heading_on_the_starts_cell_reads_alike() -> None:
    rows = [["No.", "Recommendation", "Action", "Timescales Start", "End", "Progress"],
            ["1", "Police to act.", "Audit the files.", "01/04/2026", "30/06/2026", "In progress."]]
    data = document_to_dataset(document(table(rows)))
    assert [a.target_date_text for a in data.actions] == ["30/06/2026"]
    assert [(r.column_header, r.text) for r in data.residue] == [("Timescales Start", "01/04/2026")]
