"""A borderless plan whose recommendations are marked only by a thick coloured bar down the left of each
merged number cell (a CSS left border), a different colour each recommendation.  LibreOffice strokes the
bars as thick vertical lines, drops the spacing between rows and centres every cell, so the rows touch:
the bars are then the only row bounds.  A bar's top and bottom bound the group of rows it spans, and a
group whose number sits in the middle of its bar is read column by column (its cells centred): the
recommendation spanning two actions is one cell, not two, and no action joins the group above it."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bar_groups import centred_on_bar, group_bar
from dhr_extract.extract.pdf.left_bars import stroked_bars
from dhr_extract.extract.pdf.page import Shade
from tests.helpers import read_pdf_file, typeset_line

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
COLUMNS = [58.0, 89.0, 348.0]
TEAL = "#00797a"


def vertical(x: float, top: float, bottom: float, width: float, colour: tuple[float, ...]) -> dict[str, object]:
    return {"x0": x, "x1": x, "top": top, "bottom": bottom, "linewidth": width, "stroking_color": colour}


def test_a_thick_coloured_vertical_line_is_a_bar_a_thin_one_a_rule() -> None:
    lines = [vertical(56.7, 164.4, 216.0, 3.75, (0.0, 0.4745, 0.4784)),  # a bar, as LibreOffice strokes it
             vertical(80.0, 164.4, 216.0, 0.5, (0.0, 0.0, 0.0)),  # a column rule
             vertical(90.0, 164.4, 216.0, 3.75, (1.0, 1.0, 1.0)),  # white: nothing to see
             {**vertical(60.0, 100.0, 100.0, 3.0, (0.0, 0.0, 1.0)), "x1": 300.0}]  # a thick rule across
    assert stroked_bars(lines) == [(54.825, 164.4, 58.575, 216.0, "#00797a")]


def test_a_group_is_centred_when_its_number_sits_in_the_middle_of_its_bar() -> None:
    bar = Shade(54.8, 164.4, 58.6, 216.0, TEAL)  # the bar spans two actions' rows
    middle = [typeset_line(165.2, (348.0, "Add a check.")), typeset_line(186.0, (58.2, "1")),
              typeset_line(196.8, (348.0, "Sample logs."))]
    assert group_bar(middle, COLUMNS, [bar]) == bar
    assert centred_on_bar(middle, COLUMNS, [bar])
    at_top = [typeset_line(165.2, (58.2, "1"), (348.0, "Add a check.")), typeset_line(196.8, (348.0, "Sample logs."))]
    assert not centred_on_bar(at_top, COLUMNS, [bar])  # top-aligned: the number at the bar's top
    assert not centred_on_bar(middle, COLUMNS, [Shade(54.8, 164.4, 58.6, 190.0, TEAL)])  # no bar holds the lines
    assert not centred_on_bar(middle, COLUMNS, [Shade(100.0, 164.4, 104.0, 216.0, TEAL)])  # not at the left


def test_left_bar_groups_read_as_their_rows() -> None:
    (table,) = read_pdf_file(HELDOUT / "left_bar_groups_html.lo_landscape.pdf").tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows == [
        ["No.", "Recommendation", "Action", "Lead", "Due", "Progress"],
        ["1", "Wetherlow Police to check the history of both parties before closing a domestic incident log.",
         "Add a history check to the closure checklist.", "Wetherlow Police", "31 Dec 2025",
         "Complete. Checklist changed in December 2025."],
        ["", "", "Dip-sample fifty closed logs.", "Wetherlow Police", "31 Mar 2026", "In progress. Twenty logs sampled."],
        ["2", "Wetherlow Adult Social Care to offer a carer's assessment to a carer who discloses abuse.",
         "Change the carer's assessment guidance.", "Wetherlow Adult Social Care", "30 Nov 2025", "Not started."],
        ["3", "Wetherlow Integrated Care Board to remind GPs to ask about abuse at a patient's medication review.",
         "Send a practice bulletin on the question.", "Wetherlow Integrated Care Board", "31 Oct 2025",
         "Complete. Bulletin sent on 14 October 2025."],
        ["", "", "Add the question to the review template.", "Wetherlow Integrated Care Board", "31 Jan 2026",
         "In progress. Template with the system supplier."],
        ["4", "Wetherlow Housing Partnership to give victims a named housing officer.", "Name an officer for each area.",
         "Wetherlow Housing Partnership", "28 Feb 2026", "Not started."],
        ["5", "Wetherlow Community Safety Partnership to share the review's learning with faith groups.",
         "Hold a learning session with faith leaders.", "Wetherlow CSP", "30 Apr 2026",
         "In progress. Session booked for April."]]
    assert [row.cells[0].span for row in table.rows[2:3] + table.rows[5:6]] == ["above", "above"]
