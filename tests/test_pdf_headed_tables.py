"""Several small borderless tables on a page, each under a plain heading line that runs across its
columns (a web page's accordion sections printed without rules): each table is found with its own
columns, and each heading line stays above its table as the table's heading, not a row of the one above.
"""
from __future__ import annotations

from dhr_extract.extract.pdf import text_above
from dhr_extract.extract.pdf.borderless import borderless_tables, flush_at_every_start, group_to_cells
from dhr_extract.extract.pdf.columns import lines_to_column_starts
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.regions import next_table_start
from dhr_extract.extract.pdf.runs import line_segments
from dhr_extract.extract.pdf.separated_rows import separated_rows
from tests.helpers import typeset_line, typeset_word

PLAIN, BOLD = "ArialMT", "Arial-BoldMT"


def line(top: float, *cells: tuple[float, str], bold: bool = False, space: float = 3.0) -> Line:
    return typeset_line(top, *cells, font=BOLD if bold else PLAIN, height=10.0, space=space)


def header(top: float, starts: tuple[float, ...]) -> Line:
    return line(top, *zip(starts, ("Action", "Lead agency", "Due date", "Progress")), bold=True)


def row(top: float, starts: tuple[float, ...], task: str, lead: str, due: str, update: str) -> Line:
    return line(top, *zip(starts, (task, lead, due, update)))


A = (60.0, 200.0, 320.0, 400.0)  # each table is sized to its own text: other column starts
B = (60.0, 220.0, 330.0, 410.0)


def section(top: float, label: str, starts: tuple[float, ...], rows: list[tuple[str, str, str, str]]) -> list[Line]:
    """A plain heading line across the columns, set close over its table's bold header and rows."""
    lines = [line(top, (58.0, f"{label} the service to publish its referral pathway for partners")),
             header(top + 14, starts)]
    return lines + [row(top + 28 + 14 * k, starts, *cells) for k, cells in enumerate(rows)]


def test_a_plain_heading_across_the_columns_close_over_a_header_starts_the_next_table() -> None:
    lines = section(100, "Priority 1:", A, [("Draft a leaflet.", "Police", "30/04/2025", "Done."),
                                            ("Print it.", "Police and council", "31/05/2025", "Open.")])
    lines += section(100 + 14 * len(lines), "Priority 2:", B, [("Train staff.", "Health", "30/06/2025", "Open.")])
    assert next_table_start(lines, 1, len(lines)) == 4  # the heading's line, not the header under it
    wrapped = lines[:4] + [line(lines[4].top, (58.0, "Priority 2: the board to publish its referral pathway")),
                           line(lines[4].top + 12, (58.0, "for partners.")),
                           *[Line([dict(w, top=w["top"] + 12, bottom=w["bottom"] + 12) for w in ln.words])
                             for ln in lines[5:]]]
    assert next_table_start(wrapped, 1, len(wrapped)) == 4  # a heading wrapped onto a short last line


def test_a_row_set_flush_in_one_run_under_its_header_is_no_heading() -> None:
    starts = (60.0, 160.0, 230.0, 285.0)  # a narrow table: each cell's text ends a word space short of the next
    flush = line(114, (60.0, "Add a prompt to forms"), (160.0, "ICB team leads"), (230.0, "end of July"),
                 (285.0, "Done"), space=3.0)
    assert len(line_segments(flush)) == 1  # one run of words across the columns
    below = (60.0, 250.0, 320.0, 390.0)
    lines = [header(100, starts), flush, line(128, (58.0, "Priority 3: the trust to screen every crisis assessment")),
             header(142, below), row(156, below, "Audit", "Trust", "30/09/2025", "Open")]
    assert next_table_start(lines, 0, len(lines)) == 2  # the table above keeps its only row
    assert flush_at_every_start(flush, list(starts))
    assert [c.text for c in group_to_cells([flush], list(starts))] == ["Add a prompt to forms", "ICB team leads",
                                                                       "end of July", "Done"]
    spanning = line(114, (60.0, "A line of prose that runs across every column start here"))
    assert not flush_at_every_start(spanning, list(starts))


def test_small_tables_each_under_a_plain_heading_are_found_each_with_its_own_columns() -> None:
    lines = section(100, "Priority 1:", A, [("Draft a leaflet.", "Police", "30/04/2025", "Done."),
                                            ("Print it.", "Police and council", "31/05/2025", "Open.")])
    lines += section(100 + 14 * len(lines), "Priority 2:", B, [("Train staff.", "Health", "30/06/2025", "Open.")])
    words = [w for ln in lines for w in ln.words]
    tables, outside, _ = borderless_tables(words, 1, 0)
    assert [[c.text for c in r.cells] for t in tables for r in t.rows] == [
        ["Action", "Lead agency", "Due date", "Progress"], ["Draft a leaflet.", "Police", "30/04/2025", "Done."],
        ["Print it.", "Police and council", "31/05/2025", "Open."],
        ["Action", "Lead agency", "Due date", "Progress"], ["Train staff.", "Health", "30/06/2025", "Open."]]
    assert len(tables) == 2
    assert [ln.text for ln in outside] == [lines[0].text, lines[4].text]


def test_lines_that_each_fill_every_column_are_rows_of_their_own() -> None:
    body = [header(100, A), row(114, A, "Draft a leaflet.", "Police", "30/04/2025", "Done."),
            row(128, A, "Print it.", "Police", "31/05/2025", "Open.")]
    assert separated_rows(body, list(A)) is None  # the white bands would make the two lines one row


def test_a_labelled_paragraph_set_plain_over_a_table_is_its_heading() -> None:
    title = line(40, (58.0, "Community safety partnership action plan"), bold=True)
    intro = line(60, (58.0, "The review made two recommendations."))
    label = [line(80, (58.0, "Recommendation 2: the service to publish its referral pathway for")),
             line(92, (58.0, "partners."))]
    above = text_above([title, intro, *label], (60.0, 106.0, 500.0, 200.0), 0.0)
    assert (above.heading, above.intro, above.outer_heading) == (
        "Recommendation 2: the service to publish its referral pathway for partners.", "",
        "Community safety partnership action plan")
    plain = text_above([title, intro], (60.0, 74.0, 500.0, 200.0), 0.0)
    assert plain.heading == "Community safety partnership action plan"  # no label: the styled heading


def test_a_heading_set_tight_under_the_table_above_rises_a_hair_over_its_foot() -> None:
    heading = line(99.6, (58.0, "Recommendation 3: the council to offer a safe contact route"))
    above = text_above([heading], (60.0, 114.0, 500.0, 200.0), 100.0)  # the table above ends at 100
    assert above.heading == "Recommendation 3: the council to offer a safe contact route"


def test_a_narrow_number_column_is_found_under_rows_centred_at_other_heights() -> None:
    """Numbers centred in tall rows sit between the lines of the text beside them; joined with the
    lines they overlap, the lines' boxes are taller than the type, and a column as narrow as the type
    is tall is still one where its gutter runs down every row."""
    lines = []
    for k in range(5):
        top = 100.0 + 40 * k
        lines.append(Line([typeset_word("Text", 72, top, PLAIN, 10.0), typeset_word("Action", 200, top, PLAIN, 10.0)]))
        lines.append(Line([typeset_word(str(k + 1), 58, top + 10, PLAIN, 10.0), typeset_word("more", 72, top + 16, PLAIN, 10.0),
                           typeset_word("text", 200, top + 16, PLAIN, 10.0)]))
    assert lines_to_column_starts(lines) == [58, 72, 200]


def test_the_text_under_the_heading_over_a_tables_heading_is_its_outer_introduction() -> None:
    outer = line(40, (58.0, "Recommendation 1"), bold=True)
    text = [line(56, (58.0, "The police to record the relationship between the victim and")),
            line(68, (58.0, "the suspect at every incident."))]
    own = line(88, (58.0, "Action 1.1"), bold=True)
    above = text_above([outer, *text, own], (60.0, 104.0, 500.0, 200.0), 0.0)
    assert (above.heading, above.outer_heading, above.outer_intro) == (
        "Action 1.1", "Recommendation 1",
        "The police to record the relationship between the victim and the suspect at every incident.")
