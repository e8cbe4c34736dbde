"""A reference in a Ref column ("DHR/MB/2022/03-R4") is the recommendation's label; its number is the
reference's own marked last part, never the review's year or number."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.labels import Label, label_from_cell
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


@pytest.mark.parametrize(("cell", "label"), [
    ("DHR/MB/2022/03-R4", Label("DHR/MB/2022/03-R4", "4")),
    ("DHR 2023/04 R1", Label("DHR 2023/04 R1", "1")),
    ("CSP-DHR-07 Rec 3", Label("CSP-DHR-07 Rec 3", "3")),
    ("WSCP/DHR/12/R3", Label("WSCP/DHR/12/R3", "3")),
    ("CSP-DHR-07-4", Label("CSP-DHR-07-4", "4")),
    # the review's number written on its initials
    ("DHR7/R3", Label("DHR7/R3", "3")), ("CSP12 Rec 4", Label("CSP12 Rec 4", "4")),
    # a narrow column wraps the reference at a slash: one reference, written on one line
    ("DHR/MB/\n2022/03-R1", Label("DHR/MB/2022/03-R1", "1")),
    ("DHR/MB/ 2022/03-R1", Label("DHR/MB/2022/03-R1", "1")),
    # the number after a year is the review's, a short code's pair may be a date: no label
    ("DHR/MB/2022/03", None), ("DHR-2022-03", None), ("DHR 12-03", None), ("DHR 2021/22", None),
    ("DHR7/2021", None),
])
def test_reference_label_from_cell(cell: str, label: Label | None) -> None:
    assert label_from_cell(cell) == label


def test_slashed_references_label_the_recommendations() -> None:
    data = document_to_dataset(document(table([
        ["Ref", "Recommendation", "Action", "Lead agency"],
        ["DHR/MB/2022/03-R1", "Police to treat stalking as abuse.", "Amend the guidance.", "Police"],
        ["DHR/MB/2022/03-R1", "Police to treat stalking as abuse.", "Train the officers.", "Police"],
        ["DHR/MB/2022/03-R2", "Probation to attend every MARAC.", "Explain to the board.", "Probation"],
    ])))
    assert [(r.rec_number, r.rec_label) for r in data.recommendations] == [
        ("1", "DHR/MB/2022/03-R1"), ("2", "DHR/MB/2022/03-R2")]
    assert [a.rec_number for a in data.actions] == ["1", "1", "2"]
    assert data.warnings == []
