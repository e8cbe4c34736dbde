"""Borderless tables whose cells are centred in their rows, shaded bands, and marks that are no rules."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.bands import shaded_bands, split_at_bands, whole_band
from dhr_extract.extract.pdf.centred import (Block, blocks_to_rows, centred_table_rows, header_lines, lines_by_column,
                                             lines_to_blocks, merge_lone_paragraphs, one_row, white_bands,
                                             with_cut_row)
from dhr_extract.extract.pdf.centring import cells_centred, centres_as_one_row, rows_touch
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.rules import box_curves_to_rects, drop_underlines, make_edge, traces_box
from tests.helpers import read_pdf_file

PRODUCERS = Path(__file__).parent / "fixtures" / "producers"
HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
COLUMNS = [10.0, 110.0, 210.0, 310.0]
LINE = 10.0  # a line's height; lines of a paragraph are 11.5 apart


def word(text: str, x0: float, top: float, width: float = 30.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + width, "top": top, "bottom": top + LINE}


def cell(column: int, top: float, n_lines: int, text: str = "w") -> list[dict]:
    """A cell of ``n_lines`` lines starting at ``top`` in a column of ``COLUMNS``."""
    return [word(f"{text}{i}", COLUMNS[column], top + 11.5 * i) for i in range(n_lines)]


def centred(column: int, middle: float, n_lines: int, text: str = "w") -> list[dict]:
    """A cell of ``n_lines`` lines centred on ``middle``."""
    return cell(column, middle - (11.5 * (n_lines - 1) + LINE) / 2, n_lines, text)


def block(column: int, top: float, bottom: float) -> Block:
    return Block(column, (Line([word("w", COLUMNS[column], top, 20.0) | {"bottom": bottom}]),))


def rows_as_columns(rows: list[list[Block]]) -> list[list[tuple[int, float]]]:
    return [sorted((b.column, b.top) for b in row) for row in rows]


def test_touching_rows_come_apart_where_their_cells_centre() -> None:
    # two rows whose tallest cells (column 2) touch: no white band runs across the table
    tall_a, tall_b = block(2, 100, 146), block(2, 148, 194)
    rows = blocks_to_rows([block(1, 118, 128), tall_a, block(1, 166, 176), tall_b], 100, 2.0)
    assert rows_as_columns(rows) == [[(1, 118), (2, 100)], [(1, 166), (2, 148)]]


def test_a_label_centred_across_rows_goes_to_the_first_row_of_its_span() -> None:
    # rows A (50-80) | B (90-120) | C (130-160) | D (170-200); the label of B..D is centred on
    # their middle (145), so it overlaps C only: B, above its text, is still its first row
    blocks = [block(0, 50, 80), block(1, 50, 80), block(2, 60, 70),
              block(1, 90, 120), block(2, 100, 110),
              block(1, 130, 160), block(2, 140, 150),
              block(1, 170, 200), block(2, 180, 190),
              block(0, 135, 155)]
    rows = blocks_to_rows(blocks, 50, 2.0)
    assert [[b.column for b in row] for row in rows] == [[1, 2, 0], [1, 2, 0], [1, 2], [1, 2]]
    assert [b.top for b in rows[1] if b.column == 0] == [135]


def test_a_label_beside_one_row_of_its_own_spans_no_more() -> None:
    blocks = [block(0, 50, 80), block(1, 50, 80), block(1, 90, 120), block(0, 90, 120)]
    assert [sorted(b.column for b in row) for row in blocks_to_rows(blocks, 50, 2.0)] == [[0, 1], [0, 1]]


def test_a_row_cut_by_the_page_break_keeps_its_cells_tops_together() -> None:
    blocks = [block(1, 50, 80), block(2, 60, 70),  # a centred row
              block(1, 100, 110), block(2, 100, 140), block(0, 100, 125)]  # cut: every cell starts at its top
    assert rows_as_columns(blocks_to_rows(blocks, 50, 2.0)) == [[(1, 50), (2, 60)], [(0, 100), (1, 100), (2, 100)]]


def test_a_theme_row_in_the_first_column_alone_is_a_row_of_its_own() -> None:
    blocks = [block(1, 50, 80), block(2, 60, 70), block(0, 90, 100), block(1, 110, 140), block(2, 120, 130)]
    assert [[b.column for b in row] for row in blocks_to_rows(blocks, 50, 2.0)] == [[1, 2], [0], [1, 2]]


def test_a_cells_paragraphs_centred_together_are_one_row() -> None:
    # column 2 holds two paragraphs 12 points apart; together they centre where the other cells do
    row = [block(1, 90, 100), block(2, 60, 80), block(2, 92, 130)]
    assert one_row(row, 2.0, 20.0)
    assert not one_row(row, 2.0, 10.0)  # paragraphs further apart than a cell's are two cells
    assert not one_row([block(1, 60, 70), block(2, 60, 130)], 2.0, 20.0)  # a top-aligned pair
    assert [len(b) for b in white_bands(row + [block(1, 140, 150)])] == [1, 2, 1]  # white above 90 and 140


def test_a_lone_paragraph_between_white_bands_joins_the_row_it_completes() -> None:
    # the tallest cell (column 2) ends in a paragraph below a white band across the table
    main = [block(1, 110, 130), block(2, 60, 150)]
    lone = [block(2, 165, 180)]
    assert [len(r) for r in merge_lone_paragraphs([main, lone], 2.0, 20.0)] == [3]
    other_row = [block(1, 165, 180)]  # not centred with the row above: a row of its own
    assert [len(r) for r in merge_lone_paragraphs([main, other_row], 2.0, 20.0)] == [2, 1]


def test_pieces_under_a_row_cut_by_the_page_foot_go_back_into_it() -> None:
    centred_row = [block(1, 50, 80), block(2, 60, 70), block(3, 55, 75)]
    cut = [block(1, 100, 110), block(2, 100, 160), block(3, 100, 130)]  # cells start together at its top
    piece = [block(1, 170, 180), block(3, 176, 190)]  # paragraphs of its cells below a white band
    rows = with_cut_row([centred_row, cut, piece], 2.0)
    assert [len(r) for r in rows] == [3, 5]
    assert [len(r) for r in with_cut_row([centred_row, piece], 2.0)] == [3, 2]  # nothing cut
    labelled = [Block(0, (Line([word("R4", 10, 170, 12)]),)), block(1, 170, 180)]  # a new row under it
    assert [len(r) for r in with_cut_row([centred_row, cut, labelled], 2.0)] == [3, 3, 2]


def test_rows_touch_only_where_two_rows_of_cells_share_a_block() -> None:
    from dhr_extract.extract.pdf.lines import words_to_lines

    one = centred(1, 100, 2, "b") + centred(2, 100, 5, "c") + centred(3, 100, 1, "d")
    two = centred(1, 163, 1, "e") + centred(2, 163, 5, "f") + centred(3, 163, 2, "g")
    assert rows_touch([words_to_lines(one + two)], COLUMNS)
    assert not rows_touch([words_to_lines(one), words_to_lines(two)], COLUMNS)


def test_lines_whose_columns_centre_together_are_one_row() -> None:
    from dhr_extract.extract.pdf.lines import words_to_lines

    row = centred(0, 100, 3, "a") + centred(1, 100, 1, "b") + centred(2, 100, 2, "c")
    assert centres_as_one_row(words_to_lines(row), COLUMNS)
    top = cell(0, 80, 3, "a") + cell(1, 80, 1, "b") + cell(2, 80, 2, "c")
    assert not centres_as_one_row(words_to_lines(top), COLUMNS)


def test_a_bold_theme_line_under_the_header_starts_the_body() -> None:
    bold = {"fontname": "Arial-BoldMT"}
    header = [Line([word("Recommendation", 10, 50) | bold, word("Action", 110, 55) | bold]),
              Line([word("on", 10, 61.5) | bold])]
    theme = Line([word("Warwickshire", 10, 75) | bold])
    body = Line([word("R1", 10, 90), word("Do", 110, 90)])
    assert header_lines(header + [theme, body], COLUMNS) == header


def test_a_column_is_cut_into_blocks_at_gaps_and_before_a_label() -> None:
    lines = [Line(cell(0, 100 + 11.5 * i, 1, "text")) for i in range(3)]
    lines += [Line([word("R2", 10, 134.5, 12), word("Agency", 25, 134.5)])]  # no gap, but a new label
    lines += [Line(cell(0, 160, 1))]  # after a gap
    assert [len(b.lines) for b in lines_to_blocks(lines, 0, 5.0, COLUMNS)] == [3, 1, 1]
    assert [len(b.lines) for b in lines_to_blocks(lines, 1, 5.0, COLUMNS)] == [4, 1]  # no labels in other columns
    heading = Line([word("Police", 10, 88.5) | {"fontname": "Arial-BoldMT"}])  # a bold heading set close above
    assert [len(b.lines) for b in lines_to_blocks([heading] + lines, 0, 5.0, COLUMNS)] == [1, 3, 1, 1]


def test_lines_across_the_columns_are_read_column_by_column() -> None:
    line = Line(sorted(cell(0, 100, 1, "a") + cell(2, 101, 1, "c"), key=lambda w: w["x0"]))
    per_column = lines_by_column([line], COLUMNS)
    assert [[ln.text for ln in col] for col in per_column] == [["a0"], [], ["c0"], []]


def test_centred_cells_are_told_from_top_aligned_ones() -> None:
    middles = [100.0, 160.0, 220.0, 280.0]  # the first row may be a header, the second carried over
    centred_words = [w for m in middles for w in centred(0, m, 3) + centred(1, m, 1) + centred(2, m, 2)]
    top_words = [w for m in middles for w in cell(0, m - 20, 3) + cell(1, m - 20, 1) + cell(2, m - 20, 2)]

    def lines(words: list[dict]) -> list[Line]:
        from dhr_extract.extract.pdf.lines import words_to_lines
        return words_to_lines(words)
    assert cells_centred(lines(centred_words), COLUMNS, cut=False) is True
    assert cells_centred(lines(top_words), COLUMNS, cut=False) is False
    assert cells_centred(lines(top_words[:9]), COLUMNS) is None  # a header, and a row the page's foot cut


def test_centred_rows_from_words_with_no_white_band_between_rows() -> None:
    from dhr_extract.extract.pdf.lines import words_to_lines

    # the tallest cells of two rows (column 2) 7 points apart, a label spanning both across the gap
    words = centred(1, 100, 1, "b") + centred(2, 100, 5, "c") + centred(1, 163, 2, "e") + centred(2, 163, 5, "f")
    words += centred(0, 131.5, 4, "a")
    rows = centred_table_rows(words_to_lines(words), COLUMNS)
    assert [sorted({w["text"][0] for ln in row for w in ln.words}) for row in rows] == [["a", "b", "c"], ["e", "f"]]


def test_a_band_of_shading_across_the_table_bounds_a_row() -> None:
    header = [Shade(8, 40, 108, 52, "#bdd6ee"), Shade(108, 40, 300, 52, "#bdd6ee")]  # shaded cells side by side
    theme = Shade(8, 80, 300, 92, "#2e74b5")  # one box across the table
    red_cell = Shade(208, 100, 300, 130, "#ff0000")  # one cell: no band
    bands = shaded_bands(header + [theme, red_cell], 10, 290)
    assert [(b.top, b.bottom, b.whole) for b in bands] == [(40, 52, False), (80, 92, True)]
    lines = [Line([word("Head", 10, 41)]), Line([word("row", 10, 60)]), Line([word("more", 10, 69)]),
             Line([word("Theme", 10, 81)]), Line([word("next", 10, 95)])]
    assert [[ln.text for ln in part] for part in split_at_bands(lines, bands)] == [
        ["Head"], ["row", "more"], ["Theme"], ["next"]]
    assert whole_band([lines[3]], bands) == bands[1] and whole_band([lines[0]], bands) is None


def test_an_underline_is_no_rule() -> None:
    link = word("Accessibility", 195.3, 239.2, 54.4)
    underline = make_edge(195.3, 250.1, 249.7, 250.1)  # 0.9 pt under the word's box, no longer than it
    row_rule = make_edge(50.0, 250.1, 400.0, 250.1)  # a table's rule under the same word runs on past it
    column_rule = make_edge(195.3, 200.0, 195.3, 300.0)
    assert drop_underlines([underline, row_rule, column_rule], [link]) == [row_rule, column_rule]


def test_a_taller_header_cell_centred_in_the_shaded_band_widens_it() -> None:
    """A header cell whose text wraps is shaded taller than its neighbours, centred on the same middle:
    its second line ("date") is the header's, though its middle lies under the short cells' shading
    (a re-distilled print sets the glyph boxes a little lower)."""
    header = [Shade(58.1, 118.1, 596.0, 129.6, "#dde4ee"), Shade(598.8, 112.3, 651.2, 135.3, "#dde4ee"),
              Shade(654.1, 118.1, 783.8, 129.6, "#dde4ee")]
    bands = shaded_bands(header, 58.1, 783.8)
    assert [(b.top, b.bottom) for b in bands] == [(112.3, 135.3)]
    lines = [Line([word("Target", 598.9, 113.9)]), Line([word("Rec", 58.2, 119.7), word("Action", 361.4, 119.7)]),
             Line([word("date", 598.9, 125.4)]), Line([word("1", 58.2, 139.7)])]
    assert [[ln.text for ln in part] for part in split_at_bands(lines, bands)] == [["Target", "Rec Action", "date"],
                                                                                  ["1"]]


def test_an_underline_through_a_wrapped_link_lines_trailing_space_is_no_rule() -> None:
    """LibreOffice underlines a wrapped link line's trailing space too: the underline runs on past the
    last word by a space's width.  Kept as a rule, it made an unruled table under a shaded header
    partly ruled, its centred rows cut at every wrapped title line."""
    link = [word("Crime", 467.2, 133.5, 26.6), word("recording", 467.2, 145.0, 41.6)]
    underlines = [make_edge(467.2, 144.4, 496.6, 144.4), make_edge(467.2, 155.9, 511.6, 155.9)]
    rule = make_edge(467.2, 155.9, 520.0, 155.9)  # runs on further than a space: a rule
    assert drop_underlines([*underlines, rule], link) == [rule]


def test_a_table_with_underlined_wrapped_links_reads_one_row_an_action() -> None:
    doc = read_pdf_file(HELDOUT / "evidence_link_titles_html.lo_portrait.pdf")
    (table,) = doc.tables
    assert table.strategy == "borderless"
    assert [(r.texts[0], r.texts[2][:20], r.texts[6]) for r in table.rows] == [
        ("Ref", "Action", "Evidence / link"),
        ("1", "Make the children-pr", "Crime recording change note CR-114 (PDF)"),
        ("", "Notify the school of", "Operation Encompass pilot report (Word)"),
        ("2", "Add a routine enquir", ""),
        ("3", "Agree the flag with ", "Shared care record board minutes, 12 March 2026"),
        ("", "Train ward staff to ", ""),
        ("4", "Hold a learning revi", ""),
        ("5", "Add the IDVA to the ", "Probation practice note PN 2026/03 (PDF)")]


def test_a_path_tracing_a_box_is_a_rectangle() -> None:
    residue = 6.1e-17 * 500  # a rotation composed in floating point
    box = [(58.1, 72.5), (207.5, 72.5 + residue), (207.5, 84.0), (58.1, 84.0), (58.1, 72.5)]
    assert traces_box(box) and traces_box(box[:4])
    assert not traces_box([(0, 0), (10, 5), (20, 0), (10, -5), (0, 0)])  # a diamond
    assert not traces_box([(0, 0), (100, 0)])
    shading = {"pts": box, "fill": True, "stroke": False}
    arrow = {"pts": [(0, 0), (10, 5), (0, 10)], "fill": True, "stroke": False}
    assert box_curves_to_rects([shading, arrow]) == ([shading], [arrow])


def tables_of(path: Path) -> list:
    return read_pdf_file(path).tables


def first_words(table, width: int = 2) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[" ".join(c.text.split()[:width]) for c in row.cells] for row in table.rows]


def test_centred_plan_rows_with_a_label_spanning_four_actions() -> None:
    """R2's cell spans four action rows, its text centred across them, so it starts beside the
    second; the Add and Remind rows' progress cells touch."""
    page = [t for t in tables_of(PRODUCERS / "r_labels_status.lo_landscape.pdf") if t.page == 2][0]
    assert first_words(page) == [
        ["Recommendation", "Action", "Lead", "By when", "Progress", "Status", "RAG status"],
        ["R1 Stockport", "• Amend", "Stockport NHS", "December 2021", "Template change", "In progress", "Amber"],
        ["R2 All", "Include MARAC", "Greater Manchester", "31/10/2021", "Briefing delivered", "Complete", "Blue"],
        ["", "Add a", "Pennine Care", "Q3 2021/22", "Prompt designed.", "In progress", "Green"],
        ["", "Remind staff", "Stockport Council", "September 2021", "Practice bulletin", "Complete", "Green"],
        ["", "Give housing", "Stockport Homes", "31/03/2022", "Data sharing", "Not started", "Red"],
        ["Theme 2", "", "", "", "", "", ""],
        ["R3 Safer", "Commission an", "Safer Stockport", "March 2022", "Review commissioned", "In progress",
         "Green"],
        ["R4 Greater", "Update the", "Greater Manchester", "30/06/2021", "Guidance update", "Overdue", "Red"]]


def test_a_rotated_page_with_shading_drawn_as_paths_reads_as_the_upright_one() -> None:
    rotated = tables_of(PRODUCERS / "r_labels_status.rotated.pdf")
    upright = tables_of(PRODUCERS / "r_labels_status.lo_landscape.pdf")
    assert [first_words(t) for t in rotated] == [first_words(t) for t in upright]
    assert {t.strategy for t in rotated} == {"borderless"}  # link underlines and shading draw no grid


def test_a_cells_paragraphs_that_centre_only_together_are_one_block() -> None:
    from dhr_extract.extract.pdf.centred import join_split_paragraphs

    # column 3 holds a sentence and, 15 points below, a bullet list: apart neither centres on
    # anything beside it, together they centre where column 2's cell does
    action, beside = block(2, 198, 254), block(1, 217, 250)
    sentence, bullets = block(3, 180, 201), block(3, 216, 272)
    joined = join_split_paragraphs([action, beside, sentence, bullets], 2.0, 30.0)
    assert sorted((b.column, b.top, b.bottom) for b in joined) == [(1, 217, 250), (2, 198, 254), (3, 180, 272)]
    assert len(join_split_paragraphs([action, beside, sentence, bullets], 2.0, 10.0)) == 4  # too far apart
    apart = block(3, 216, 300)  # together centred on no cell beside them: two cells
    assert len(join_split_paragraphs([action, beside, sentence, apart], 2.0, 30.0)) == 4


def test_rows_touch_where_a_rows_cells_centre_in_two_groups_a_paragraphs_spacing_apart() -> None:
    from dhr_extract.extract.pdf.lines import words_to_lines

    columns = COLUMNS + [410.0]
    # each row: columns 0 and 1 centred 7 points above columns 2 and 3 (paragraph spacing lifts them)
    first = centred(0, 100, 2, "a") + centred(1, 100, 1, "b") + centred(2, 107, 3, "c") + centred(3, 107, 1, "d")
    second = centred(0, 160, 4, "e") + centred(1, 160, 1, "f") + centred(2, 167, 2, "g") + centred(3, 167, 1, "h")
    assert rows_touch([words_to_lines(first + second)], columns)
    assert not rows_touch([words_to_lines(first), words_to_lines(second)], columns)
