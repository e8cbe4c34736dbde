"""Borderless regions that hold two tables: a plan header under rows of data starts the next."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.borderless import borderless_tables
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.regions import header_block_size, next_table_start, runs_to_cell_texts, set_apart
from tests.helpers import read_pdf_file, typeset_line, typeset_word

FIXTURES = Path(__file__).parent / "fixtures"


def word(text: str, x0: float, top: float, bold: bool = False) -> dict:
    return typeset_word(text, x0, top, "Arial-BoldMT" if bold else "ArialMT", height=10.0)


def line(top: float, *cells: tuple[float, str], bold: bool = False) -> Line:
    """A line with one run of words per cell, each cell's words from its x."""
    return typeset_line(top, *cells, font="Arial-BoldMT" if bold else "ArialMT", height=10.0, space=3.0)


def plan_header(top: float, bold: bool = True) -> Line:
    return line(top, (10, "Recommendation"), (150, "Action"), (300, "Lead agency"), (400, "Target date"), bold=bold)


def control_rows(top: float) -> list[Line]:
    """A document-control box: its own bold header (no plan column named) and two plain rows."""
    return [line(top, (10, "Version"), (80, "Date"), (200, "Author"), bold=True),
            line(top + 12, (10, "0.1"), (80, "14/02/2024"), (200, "DHR Coordinator")),
            line(top + 24, (10, "1.0"), (80, "20/03/2024"), (200, "Business Manager"))]


def test_a_plan_header_under_rows_of_data_starts_the_next_table() -> None:
    lines = control_rows(100) + [plan_header(136), line(148, (10, "1. Train staff"), (150, "Deliver training"))]
    assert next_table_start(lines, 0, len(lines)) == 3


def test_the_tables_first_header_and_its_wrapped_lines_open_nothing() -> None:
    lines = [line(100, (10, "Recommendation"), (150, "Action to"), bold=True), line(112, (150, "take"), bold=True),
             line(130, (10, "1. Train staff"), (150, "Deliver training")),
             line(142, (10, "2. Audit files"), (150, "Dip-sample cases"))]
    assert next_table_start(lines, 0, len(lines)) is None


def test_a_plain_row_that_names_columns_is_no_header() -> None:
    lines = control_rows(100) + [plan_header(136, bold=False)]  # data that happens to say "action"
    assert next_table_start(lines, 0, len(lines)) is None


def test_a_header_on_a_shaded_band_need_not_be_bold() -> None:
    band = (Shade(5, 135, 500, 147, "#1f3864"),)
    lines = control_rows(100) + [plan_header(136, bold=False)]
    assert set_apart(lines[-1], band) and not set_apart(lines[-1])
    assert next_table_start(lines, 0, len(lines), band) == 3


def test_a_heading_over_the_next_header_goes_with_its_table() -> None:
    rows = [plan_header(100), line(112, (10, "1. Train staff"), (150, "Deliver training"))]
    heading = line(150, (10, "Partner agencies"), bold=True)
    lines = rows + [heading, plan_header(175), line(187, (10, "2. Audit files"), (150, "Dip-sample cases"))]
    assert next_table_start(lines, 0, len(lines)) == 2


def test_a_header_wrapped_onto_lines_is_read_as_one_row() -> None:
    wrapped = [line(100, (10, "Recommen-"), (150, "Action to"), bold=True),
               line(112, (10, "dation"), (155, "take"), (300, "Lead agency"), bold=True)]
    assert runs_to_cell_texts(wrapped) == ["Recommen- dation", "Action to take", "Lead agency"]
    assert header_block_size(wrapped, threshold=6.0) == 2  # the first line alone names one column
    apart = [wrapped[0], line(130, (10, "dation"), (155, "take"), (300, "Lead agency"), bold=True)]
    assert header_block_size(apart, threshold=6.0) == 0  # a row gap: not one header row


def tables_of(path: Path) -> list:
    return read_pdf_file(path).tables


def test_borderless_tables_touching_come_apart_at_each_plan_header() -> None:
    tables = tables_of(FIXTURES / "borderless_tables_touching.pdf")
    assert [(t.page, t.strategy) for t in tables] == [(1, "borderless")] * 3 + [(2, "borderless")]
    assert tables[0].rows[0].texts == ["Version", "Date", "Author", "Summary of changes"]
    header = ["Recommendation", "Scope", "Action to take", "Lead agency", "Target date",
              "Progress (as at 31 March 2021)"]
    assert [t.rows[0].texts for t in tables[1:]] == [header] * 3
    first = tables[1].rows
    assert [r.texts[3:5] for r in first[1:]] == [["Northshire Police", "30/06/2020"], ["Northshire Police", "Quarterly"],
                                                 ["Northshire CCG", "September 2020"],
                                                 ["Adult Social Care", "31/12/2020"]]
    assert first[1].texts[0].startswith("1. Northshire Police should") and first[2].texts[0] == ""
    assert tables[2].heading == "Partner agencies"
    assert [r.texts[3] for r in tables[2].rows[1:]] == ["Northshire Police", "Northshire Healthcare NHS Trust",
                                                        "Adult Social Care"]


def test_a_caption_wrapped_over_the_next_header_starts_that_table() -> None:
    rows = [plan_header(100), line(112, (10, "1.1"), (150, "Deliver training"), (300, "Police")),
            line(124, (10, "1.2"), (150, "Audit files"), (300, "Police"))]
    caption = [line(150, (10, "Recommendation 2: The ICB to remind practices to record"), bold=True),
               line(162, (10, "who attends appointments with a patient."), bold=True)]
    lines = rows + caption + [plan_header(174), line(186, (10, "2.1"), (150, "Issue a bulletin"), (300, "ICB"))]
    assert next_table_start(lines, 0, len(lines)) == 3  # the caption's first line, not the header under it
    plain = rows + [line(150, (10, "a paragraph of notes under the table"))] + lines[5:]
    assert next_table_start(plain, 0, len(plain)) == 4  # plain text is no caption: the header starts it


def test_a_bold_heading_wrapped_onto_lines_close_above_a_table_is_its_heading_whole() -> None:
    from dhr_extract.extract.pdf import text_above
    caption = [line(150, (10, "Recommendation 2: The ICB to remind practices to record"), bold=True),
               line(162, (10, "who attends appointments with a patient."), bold=True)]
    above = text_above([line(100, (10, "Ashcombe action plan"), bold=True)] + caption, (10, 174, 500, 300), 0)
    assert above.heading == "Recommendation 2: The ICB to remind practices to record who attends appointments " \
                            "with a patient."
    far = text_above(caption, (10, 260, 500, 300), 0)  # white space between: a heading of something else
    assert far.heading == ""


def legend_over_plan() -> list[dict]:
    """A one-line legend in three runs (gaps of spaces) set close over an unruled plan table whose
    header, in four runs, crosses the legend's column starts."""
    legend = line(80, (10, "Legend: ✅ Complete"), (120, "⚠ In progress"), (200, "❌ Not started"))
    rows = [plan_header(94),
            line(112, (10, "1. Train staff"), (150, "Deliver training"), (300, "Police"), (400, "31/05/2025")),
            line(124, (10, "in risk"), (150, "to all staff")),
            line(142, (10, "2. Audit files"), (150, "Dip-sample cases"), (300, "Council"), (400, "30/06/2025")),
            line(160, (10, "3. Share risk"), (150, "Name the IDVA"), (300, "ICB"), (400, "31/07/2025"))]
    prose = line(190, (10, "The partnership will review this plan at each quarterly board meeting in the year."))
    return [w for ln in [legend] + rows + [prose] for w in ln.words]


def test_a_one_line_region_that_is_no_table_does_not_end_the_search() -> None:
    tables, outside, _ = borderless_tables(legend_over_plan(), page_number=1, first_index=0)
    assert [ln.text for ln in outside][:1] == ["Legend: ✅ Complete ⚠ In progress ❌ Not started"]
    assert [[c.text for c in row.cells] for t in tables for row in t.rows] == [
        ["Recommendation", "Action", "Lead agency", "Target date"],
        ["1. Train staff in risk", "Deliver training to all staff", "Police", "31/05/2025"],
        ["2. Audit files", "Dip-sample cases", "Council", "30/06/2025"],
        ["3. Share risk", "Name the IDVA", "ICB", "31/07/2025"]]


def test_a_header_copy_set_plain_under_rows_of_data_starts_the_next_table() -> None:
    # a print that dropped the copy's bold and shading: its words, the first header's again, tell it
    lines = [plan_header(100), line(112, (10, "1. Train staff"), (150, "Deliver training")),
             plan_header(124, bold=False), line(136, (10, "2. Audit files"), (150, "Dip-sample cases"))]
    assert next_table_start(lines, 0, len(lines)) == 2


def test_a_region_opening_with_a_plain_header_is_cut_at_its_plain_copy() -> None:
    # the page's second table opens with the plain copy; the third copy below its rows starts the next
    lines = [plan_header(100, bold=False), line(112, (10, "3. Train staff"), (150, "Deliver training")),
             plan_header(124, bold=False), line(136, (10, "4. Audit files"), (150, "Dip-sample cases"))]
    assert next_table_start(lines, 0, len(lines)) == 2


def test_a_plain_line_that_differs_from_the_header_above_opens_nothing() -> None:
    lines = [plan_header(100), line(112, (10, "1. Train staff"), (150, "Deliver training")),
             line(124, (10, "Recommendation"), (150, "Action"), (300, "Owner"))]
    assert next_table_start(lines, 0, len(lines)) is None
