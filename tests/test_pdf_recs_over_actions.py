"""Recommendations and actions in two unruled tables tied by number: a two-column recommendations
table over the wider actions table is a table of its own, its header a row of shaded cells."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bands import shaded_bands
from dhr_extract.extract.pdf.borderless import borderless_tables
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


def line(top: float, *cells: tuple[float, str], bold: bool = False) -> Line:
    return typeset_line(top, *cells, font="Arial-BoldMT" if bold else "ArialMT", height=10.0, space=3.0)


def recs_over_actions() -> list[dict]:
    """Prose, a two-column `No. / Recommendation` table, then a five-column actions table tied by number."""
    lines = [line(40, (10, "The agencies agreed the actions in the second table.")),
             line(60, (10, "Recommendations"), bold=True),
             line(80, (10, "No."), (40, "Recommendation"), bold=True),
             line(94, (10, "1"), (40, "Police to share information about complaints.")),
             line(108, (10, "2"), (40, "Council to house victims away from perpetrators.")),
             line(128, (10, "Actions"), bold=True),
             line(144, (10, "Action"), (60, "Rec no."), (120, "Lead agency"), (220, "What we will do"),
                  (400, "By"), bold=True),
             line(158, (10, "A1"), (60, "2"), (120, "Council"), (220, "Write a procedure."), (400, "30/09/2025")),
             line(172, (10, "A2"), (60, "1"), (120, "Police"), (220, "Add a screening question."),
                  (400, "30/06/2025")),
             line(200, (10, "The partnership will review this plan at each quarterly board meeting."))]
    return [w for ln in lines for w in ln.words]


def cell_rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def test_a_two_column_table_with_a_plan_header_over_a_wider_table_is_a_table_of_its_own() -> None:
    tables, outside, _ = borderless_tables(recs_over_actions(), page_number=1, first_index=0)
    assert [cell_rows(t) for t in tables] == [
        [["No.", "Recommendation"], ["1", "Police to share information about complaints."],
         ["2", "Council to house victims away from perpetrators."]],
        [["Action", "Rec no.", "Lead agency", "What we will do", "By"],
         ["A1", "2", "Council", "Write a procedure.", "30/09/2025"],
         ["A2", "1", "Police", "Add a screening question.", "30/06/2025"]]]
    assert [ln.text for ln in outside] == ["The agencies agreed the actions in the second table.", "Recommendations",
                                           "Actions", "The partnership will review this plan at each quarterly board meeting."]


def test_a_two_column_table_with_no_plan_header_over_a_wider_table_stays_outside() -> None:
    words = [w for w in recs_over_actions() if not (w["top"] == 80 and w["text"] in {"No.", "Recommendation"})]
    tables, _, _ = borderless_tables(words, page_number=1, first_index=0)
    assert [t.rows[0].cells[0].text for t in tables] == ["Action"]


def test_shaded_cells_side_by_side_are_a_header_of_cells_not_one_box_across() -> None:
    # a narrow number cell's box beside a box covering the rest of the table (over 90 % of its width)
    cells = [Shade(58, 229, 79, 241, "#dddddd"), Shade(81, 229, 537, 241, "#dddddd")]
    assert [(b.top, b.bottom, b.whole) for b in shaded_bands(cells, 58, 537)] == [(229, 241, False)]
    one_box = [Shade(58, 229, 537, 241, "#dddddd")]
    assert [(b.top, b.bottom, b.whole) for b in shaded_bands(one_box, 58, 537)] == [(229, 241, True)]


def test_lo_print_of_the_recommendations_table_over_the_actions_table() -> None:
    first = read_pdf_file(HELDOUT / "recs_then_actions_html.lo_portrait.pdf").tables[0]
    assert [row[0] for row in cell_rows(first)] == ["No.", "1", "2", "3", "4", "5"]
    assert cell_rows(first)[4] == ["4", "Fellbridge Police to review how officers respond to breaches of "
                                        "non-molestation orders."]
