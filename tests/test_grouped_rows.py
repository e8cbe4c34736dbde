"""Rows inside the ruled bands of a table ruled only between groups of rows (``grouped_rows``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.grouped_rows import band_to_rows, cut_band, full_band, labels_text_below, own_cells_across
from dhr_extract.extract.pdf.lines import Line, Word
from dhr_extract.extract.pdf.row_walk import RowWalk
from tests.helpers import read_pdf_file, typeset_line

FIXTURES = Path(__file__).parent / "fixtures"
COLUMNS = [50.0, 200.0, 300.0]


def word(text: str, x0: float, top: float, width: float | None = None) -> Word:
    return {"text": text, "x0": x0, "x1": x0 + (width or 6.0 * len(text)), "top": top, "bottom": top + 10.0}


def test_a_band_of_rules_between_recommendations_holds_each_action_row() -> None:
    doc = read_pdf_file(FIXTURES / "rules_between_groups_only.pdf")
    (table,) = doc.tables
    assert table.strategy == "partly_ruled"
    assert [[c.span or c.text for c in row.cells] for row in table.rows] == [
        ["Recommendation", "Action", "Owner", "Due", "Progress"],
        ["1. Agencies to improve how they recognise financial abuse by a partner, in particular when the victim "
         "is older and relies on the partner for care and for getting to appointments.",
         "Add financial abuse to the training course.", "Safeguarding Board", "30/06/2025",
         "Complete. Course updated."],
        ["above", "Ask about money at every assessment.", "Adult Services", "31/08/2025",
         "In progress. Form drafted."],
        ["above", "Brief the practice leads.", "Health Board", "30/09/2025", "Not started."],
        ["2. The Police to review how bail conditions are explained to victims.",
         "Carry out the review and report back.", "Police", "31/07/2025", "In progress. Data gathered."],
        ["3. The Council to train its contact centre staff to respond to a disclosure by telephone.",
         "Deliver a short course to staff.", "Council", "31/05/2025", "Complete. Delivered in May 2025."],
        ["above", "Add a script to the knowledge base.", "Council", "31/05/2025", "Complete. Script added."],
    ]


def test_a_column_running_on_mid_sentence_spans_the_cut_and_one_starting_a_sentence_does_not() -> None:
    lines = [
        Line([word("Agencies", 55, 100, 130.0), word("Add", 205, 100), word("Council", 305, 100)]),  # col 0 full
        Line([word("should", 55, 112.5), word("training.", 205, 112.5), word("Police", 305, 112.5)]),
    ]
    walk = RowWalk(COLUMNS, 5.0, False, (190.0, 290.0, 390.0))
    assert own_cells_across(lines, walk, 111.0) == {1, 2}
    assert own_cells_across(lines, walk, 99.0) == set()  # nothing above the height: no cell ends there


def test_a_date_after_a_date_is_a_cell_of_its_own() -> None:
    lines = [Line([word("30/06/2025", 305, 100, 60.0)]), Line([word("31/08/2025", 305, 112.5, 60.0)])]
    walk = RowWalk(COLUMNS, 5.0, False, (None, None, 365.0))
    assert own_cells_across(lines, walk, 111.0) == {2}


def test_a_date_whose_year_a_narrow_column_broke_starts_no_cell() -> None:
    # a row ruled above and below: the target "31/08/20" over "25", the progress "In progress." over a
    # sentence; the date is one value, and one column starting afresh cuts no row (two must)
    lines = [Line([word("Set", 55, 100, 130.0), word("31/08/20", 205, 100, 48.0), word("In", 305, 100),
                   word("progress.", 320, 100)]),
             Line([word("notification", 55, 112.5), word("25", 205, 112.5), word("Notification", 305, 112.5)])]
    walk = RowWalk(COLUMNS, 5.0, False, (190.0, 253.0, 390.0))
    assert own_cells_across(lines, walk, 111.0) == {2}
    band = ((45.0, 96.0, 195.0, 130.0), (195.0, 96.0, 295.0, 130.0), (295.0, 96.0, 400.0, 130.0))
    assert band_to_rows(band, lines, COLUMNS, 5.0) == [band]


def test_a_paragraph_gap_inside_a_cell_starts_no_cell_where_the_row_would_start_above_it() -> None:
    # one ruled row: the recommendation wraps onto three lines; the owner's name, then a paragraph gap and
    # the job title a line lower; the target "End of Q2" over "2025/26" (a digit after a digit)
    lines = [Line([word("Trust", 55, 100, 130.0), word("Amira", 205, 100), word("Q2", 305, 100)]),
             Line([word("attending", 55, 112.5, 130.0), word("2025/26", 305, 112.5)]),
             Line([word("whether", 55, 125.0), word("Named", 205, 125.0)])]
    walk = RowWalk(COLUMNS, 5.0, False, (190.0, 290.0, 390.0))
    assert own_cells_across(lines, walk, 111.0) == {2}  # the owner's text resumes below the row's first line
    band = ((45.0, 96.0, 195.0, 140.0), (195.0, 96.0, 295.0, 140.0), (295.0, 96.0, 400.0, 140.0))
    assert band_to_rows(band, lines, COLUMNS, 5.0) == [band]


def test_cut_band_keeps_a_spanning_column_as_one_cell_over_its_rows() -> None:
    boxes = [(0.0, 0.0, 10.0, 90.0), (10.0, 0.0, 20.0, 90.0)]
    rows = cut_band(boxes, [30.0, 60.0], [{0, 1}, set()])
    assert rows == [
        ((0.0, 0.0, 10.0, 90.0), (10.0, 0.0, 20.0, 30.0)),
        (None, (10.0, 30.0, 20.0, 60.0)),
        (None, (10.0, 60.0, 20.0, 90.0)),
    ]


def test_only_a_band_of_cells_all_drawn_at_one_height_is_cut() -> None:
    assert full_band(((0.0, 0.0, 10.0, 50.0), (10.0, 0.0, 20.0, 50.0)))
    assert not full_band(((0.0, 0.0, 10.0, 50.0), None))
    assert not full_band(((0.0, 0.0, 10.0, 50.0), (10.0, 20.0, 20.0, 50.0)))


LABEL_COLUMNS = [50.0, 80.0, 300.0, 380.0, 445.0]
LABEL_BAND = ((45.0, 96.0, 75.0, 200.0), (75.0, 96.0, 295.0, 200.0), (295.0, 96.0, 375.0, 200.0),
              (375.0, 96.0, 440.0, 200.0), (440.0, 96.0, 550.0, 200.0))
LABEL_THRESHOLD = 8.0


def joined_line(*lines: Line) -> Line:
    return Line([w for ln in lines for w in ln.words])


def test_a_bold_label_over_its_text_is_no_row_of_its_own() -> None:
    # "Recommendation" in bold over the recommendation's text, beside a progress cell whose first
    # sentence ends its first line: one row, however the progress cell's sentences fall
    lines = [joined_line(typeset_line(100.0, (50.0, "2.1"), (300.0, "Wyecombe"), (380.0, "30/06/2025"),
                                      (445.0, "Complete.")),
                         typeset_line(100.0, (80.0, "Recommendation"), font="Arial-Bold")),
             typeset_line(112.0, (80.0, "Wyecombe Services to see a"), (300.0, "Children's"),
                          (445.0, "Standard revised")),
             typeset_line(124.0, (80.0, "child alone when a parent"), (300.0, "Services"), (445.0, "in June 2025.")),
             typeset_line(136.0, (80.0, "discloses abuse."))]
    assert len(band_to_rows(LABEL_BAND, lines, LABEL_COLUMNS, LABEL_THRESHOLD)) == 1


def test_rows_starting_afresh_in_several_plain_columns_are_cut() -> None:
    lines = [typeset_line(100.0, (50.0, "2.1"), (80.0, "First action."), (300.0, "Police"), (380.0, "30/06/2025"),
                          (445.0, "Complete.")),
             typeset_line(112.0, (50.0, "2.2"), (80.0, "Second action."), (300.0, "Council"), (380.0, "31/07/2025"),
                          (445.0, "Started."))]
    assert len(band_to_rows(LABEL_BAND, lines, LABEL_COLUMNS, LABEL_THRESHOLD)) == 2


def test_only_one_bold_line_that_is_no_sentence_labels_the_text_under_it() -> None:
    bold = "Arial-Bold"
    text = typeset_line(112.0, (80.0, "Make the field mandatory."))
    assert labels_text_below([typeset_line(100.0, (80.0, "Action"), font=bold)], text, LABEL_THRESHOLD)
    # a bold recommendation over its numbered actions ends where they start
    recommendation = [typeset_line(76.0, (80.0, "Recommendation 3: Social Care to"), font=bold),
                      typeset_line(88.0, (80.0, "consider the carer's needs."), font=bold)]
    assert not labels_text_below(recommendation, text, LABEL_THRESHOLD)
    assert not labels_text_below(recommendation[1:], text, LABEL_THRESHOLD)
    assert not labels_text_below([typeset_line(100.0, (80.0, "Action"))], text, LABEL_THRESHOLD)  # plain


def test_the_rest_of_a_row_cut_at_a_break_over_the_first_labelled_row_is_a_row_of_its_own() -> None:
    # a band under a header at the top of a text column: the lead-agency piece "Services" of the row cut
    # at the column break, then recommendation 6 opening the label column
    columns = [50.0, 70.0, 200.0, 300.0]
    lines = [Line([word("Services", 305, 85)]),
             Line([word("6", 55, 97), word("The", 75, 97), word("Run", 205, 97), word("Fallowmere", 305, 97)]),
             Line([word("Community", 75, 105), word("four", 205, 105), word("CSP", 305, 105)])]
    band = ((50.0, 81.0, 70.0, 170.0), (70.0, 81.0, 200.0, 170.0), (200.0, 81.0, 300.0, 170.0),
            (300.0, 81.0, 400.0, 170.0))
    rows = band_to_rows(band, lines, columns, 5.0, first=True)
    assert [[b is not None for b in row] for row in rows] == [[True] * 4, [True] * 4]
    assert rows[0][3][3] == rows[1][3][1] < 97.0  # "Services" alone above the cut, no cell shared
    assert band_to_rows(band, lines, columns, 5.0) == [band]  # a later band: the lines run on


def test_an_agency_touching_the_next_rows_agency_starts_a_cell_where_the_row_beside_it_does() -> None:
    # a tight table: "Council" (the lead agency's last line) touches "Fallowmere" (the next row's), while
    # the action, date and progress columns all start afresh at that height
    columns = [50.0, 100.0, 160.0, 200.0]
    lines = [Line([word("Train", 55, 100), word("Fallowmere", 105, 100), word("31", 165, 100), word("In", 205, 100)]),
             Line([word("staff.", 55, 108), word("Council", 105, 108), word("2025", 165, 108),
                   word("progress.", 205, 108)]),
             Line([word("Add", 55, 121), word("Fallowmere", 105, 116), word("31", 165, 121), word("Not", 205, 121)])]
    walk = RowWalk(columns, 3.9, False, (95.0, 155.0, 195.0, 260.0))
    assert own_cells_across(lines, walk, 114.0) == {0, 1, 2, 3}
    running = [Line([*lines[2].words[:1], word("ambulance", 105, 116), *lines[2].words[2:]])]
    assert own_cells_across(lines[:2] + running, walk, 114.0) == {0, 2, 3}  # lower case: the name runs on


def test_a_plan_in_two_text_columns_without_rules_reads_each_action_row() -> None:
    doc = read_pdf_file(FIXTURES / "heldout" / "two_text_columns_docx.lo_borderless.pdf")
    left = next(t for t in doc.tables if t.n_cols == 6)
    assert [[c.span or c.text.replace("\n", " ") for c in row.cells[3:5]] for row in left.rows[4:9]] == [
        ["Fallowmere Borough Council", "31 Aug 2025"], ["Fallowmere Borough Council", "31 Dec 2025"],
        ["Fallowmere Ambulance Service", "31 Mar 2026"], ["Fallowmere Children's Services", "31 Jul 2025"],
        ["Fallowmere Children's", "31 Jan 2026"]]


def test_a_word_broken_in_a_merged_cell_beside_the_next_row_does_not_hold_the_row_back() -> None:
    from dhr_extract.extract.pdf.row_walk import cuts_word
    from dhr_extract.extract.pdf.text_edges import column_ends
    columns = [50.0, 110.0, 160.0, 200.0]
    above = Line([word("accommodati", 52, 100, 55.0), word("tion.", 112, 100), word("Council", 162, 100),
                  word("use.", 202, 100)])
    line = Line([word("on.", 52, 108), word("Train", 112, 108), word("Fallow", 162, 108), word("In", 202, 108)])
    walk = RowWalk(columns, 3.9, False, (107.0, 157.0, 197.0, 260.0))
    assert cuts_word(line, column_ends(above, columns), walk)  # "on." runs on from "accommodati"
    assert not cuts_word(line, column_ends(above, columns), walk, {0})  # ... in a merged cell beside the row


def struck(w: Word) -> Word:
    return {**w, "struck": True}


def test_a_struck_entry_over_the_one_that_replaced_it_is_one_cell() -> None:
    # a tracked change printed: the old target struck through over the new one, beside a progress entry
    # whose inserted sentence starts level with the new date
    def lines(strike_row: bool) -> list[Line]:
        first = [word("Agencies", 55, 100, 130.0), struck(word("30/11/2025", 205, 100, 60.0)), word("Complete.", 305, 100)]
        if strike_row:
            first = [struck(w) for w in first]
        return [Line(first), Line([word("should", 55, 112.5), word("31/01/2026", 205, 112.5, 60.0),
                                   word("Published.", 305, 112.5)])]
    walk = RowWalk(COLUMNS, 5.0, False, (190.0, 290.0, 390.0))
    band = ((45.0, 96.0, 195.0, 130.0), (195.0, 96.0, 295.0, 130.0), (295.0, 96.0, 400.0, 130.0))
    assert own_cells_across(lines(False), walk, 111.0) == {2}
    assert band_to_rows(band, lines(False), COLUMNS, 5.0) == [band]
    plain = [Line([{k: v for k, v in w.items() if k != "struck"} for w in ln.words]) for ln in lines(False)]
    assert own_cells_across(plain, walk, 111.0) == {1, 2}  # unstruck, a date under a date starts a row
    assert own_cells_across(lines(True), walk, 111.0) == {1, 2}  # a row struck whole is a deleted row: it ends
    assert band_to_rows(band, lines(True), COLUMNS, 5.0) == [  # the action running on mid-sentence spans both
        ((45.0, 96.0, 195.0, 130.0), (195.0, 96.0, 295.0, 111.0), (295.0, 96.0, 400.0, 111.0)),
        (None, (195.0, 111.0, 295.0, 130.0), (295.0, 111.0, 400.0, 130.0))]
