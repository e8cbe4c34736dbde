"""A status shown only as a colour, of an action's row or of a dot in its RAG cell, read by the plan's colour key."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.docx import read_docx
from dhr_extract.extract.html import read_html
from dhr_extract.extract.pdf import spans_grid
from dhr_extract.extract.pdf.bands import with_cell_shading
from dhr_extract.extract.pdf.mark_inks import with_mark_inks
from dhr_extract.extract.pdf.page import Shade, coloured_marks
from dhr_extract.extract.pdf.swatches import swatch_key
from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.records import document_to_dataset
from tests.helpers import typeset_line
from tests.test_extract_docx import make_docx, p, tbl, tc, tr

KEY = [("#c6efce", "Complete"), ("#ffeb9c", "In progress"), ("#ffc7ce", "Not started")]
HEADER = ("No.", "Recommendation", "Action", "Lead agency", "Update")


def plan(rows: list[tuple[Cell, ...]], key: list[tuple[str, str]], header: tuple[str, ...] = HEADER) -> RawDocument:
    grid = [tuple(Cell(t) for t in header), *rows]
    table = RawTable(tuple(Row(cells, i) for i, cells in enumerate(grid)), 0, None, None, "html")
    return RawDocument("plan.html", "ef" * 32, "html", None, ["A plan"], [table], colour_key=key)  # type: ignore[arg-type]


def action(number: str, rec: str, text: str, lead: str, update: str, fill: str) -> tuple[Cell, ...]:
    return (Cell(number), Cell(rec), Cell(text, fill=fill), Cell(lead, fill=fill), Cell(update, fill=fill))


ROWS = [action("1", "The police to act.", "Add a prompt.", "Police", "Prompt added.", "#c6efce"),
        (Cell("", "above"), Cell("", "above"), Cell("Audit it.", fill="#ffc7ce"), Cell("Police", fill="#ffc7ce"),
         Cell("", fill="#ffc7ce")),
        action("2", "The ICB to brief GPs.", "Send a bulletin.", "ICB", "Drafted.", "#ffeb9d")]  # a rounded amber


def test_each_action_rows_fill_is_its_status_by_the_key() -> None:
    data = document_to_dataset(plan(ROWS, KEY))
    assert [p.status for p in data.progress] == ["complete", "not_started", "in_progress"]


def test_without_a_key_or_beside_a_status_column_a_fill_says_nothing() -> None:
    assert [p.status for p in document_to_dataset(plan(ROWS, [])).progress] == ["unknown"] * 3
    with_status = [(*row, Cell("Open")) for row in ROWS]
    data = document_to_dataset(plan(with_status, KEY, (*HEADER, "Status")))
    assert [p.status for p in data.progress] == ["in_progress"] * 3  # the Status column says so


def test_a_web_pages_swatches_and_class_fills_are_read_from_its_style_sheet() -> None:
    page = """<html><head><style>.done{background:#c6efce}.open{background-color:#ffeb9c}
    .swatch{display:inline-block;width:20px}</style></head><body>
    <p>Row colours: <span class="swatch done"></span>Complete <span class="swatch open"></span>In progress</p>
    <table><tr><th>Action</th><th>Lead agency</th></tr><tr><td class="done">Add a prompt.</td><td class="done">Police</td>
    </tr></table></body></html>"""
    doc = read_html(Path("plan.html"), page.encode(), "sha")
    assert doc.colour_key == [("#c6efce", "Complete"), ("#ffeb9c", "In progress")]
    assert [c.fill for c in doc.tables[0].rows[1].cells] == ["#c6efce", "#c6efce"]


def test_a_pdfs_swatches_are_small_boxes_each_before_its_words() -> None:
    line = typeset_line(100.0, (60.0, "Key:"), (100.0, "Complete"), (180.0, "Not"), (200.0, "started"), height=10.0)
    boxes = [Shade(84.0, 100.0, 96.0, 110.0, "#c6efce"), Shade(164.0, 100.0, 176.0, 110.0, "#ffc7ce"),
             Shade(50.0, 300.0, 500.0, 340.0, "#dddddd")]  # a shaded cell far below: no swatch
    assert swatch_key(boxes, line.words) == [("#c6efce", "Complete"), ("#ffc7ce", "Not started")]
    assert swatch_key(boxes[:1], line.words) == []  # one coloured box is decoration


def test_a_borderless_cell_on_a_shaded_box_takes_its_colour() -> None:
    group = [typeset_line(100.0, (60.0, "Add a prompt."), (200.0, "Police"), height=10.0)]
    cells = (Cell("Add a prompt."), Cell("Police"))
    shaded = with_cell_shading(cells, group, [60.0, 200.0], (Shade(195.0, 96.0, 300.0, 114.0, "#ffc7ce"),))
    assert [c.fill for c in shaded] == ["", "#ffc7ce"]


def test_lines_above_and_below_a_ruled_table_make_no_borderless_table_around_it() -> None:
    grid = (50.0, 120.0, 550.0, 400.0)
    assert spans_grid((50.0, 90.0, 520.0, 420.0), [grid])  # a key above, a date line below
    assert not spans_grid((50.0, 420.0, 520.0, 600.0), [grid])  # a table under it
    assert not spans_grid((50.0, 90.0, 520.0, 420.0), [(480.0, 120.0, 540.0, 400.0)])  # a small box inside


def test_a_dot_typed_in_a_keys_colour_in_the_rag_column_is_that_status() -> None:
    header = ("No.", "Recommendation", "Action", "Update", "RAG")
    rows = [(Cell("1"), Cell("The police to act."), Cell("Add a prompt."), Cell("Done."), Cell("•", ink="#00b050")),
            (Cell("2"), Cell("The ICB to brief GPs."), Cell("Send a bulletin."), Cell(""), Cell("•", ink="#ff0000"))]
    key = [("#00b050", "Complete"), ("#ffc000", "In progress"), ("#ff0000", "Not started")]
    assert [p.status for p in document_to_dataset(plan(rows, key, header)).progress] == ["complete", "not_started"]
    unkeyed = document_to_dataset(plan(rows, [], header))  # no key: the dot's colour read as a RAG colour
    assert [(p.rag, p.status) for p in unkeyed.progress] == [("Green", "complete"), ("Red", "in_progress")]


def test_a_word_plans_coloured_dots_and_their_key_are_read() -> None:
    doc = read_docx(Path("plan.docx"), make_docx(
        '<w:p><w:r><w:t xml:space="preserve">Key: </w:t></w:r><w:r><w:rPr><w:color w:val="00B050"/></w:rPr><w:t>●</w:t>'
        '</w:r><w:r><w:t xml:space="preserve"> Complete </w:t></w:r><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr>'
        '<w:t>●</w:t></w:r><w:r><w:t xml:space="preserve"> Not started</w:t></w:r></w:p>'
        + tbl(tr(tc(p("Action")), tc(p("RAG"))),
              tr(tc(p("Add a prompt.")), tc('<w:p><w:r><w:rPr><w:color w:val="00B050"/></w:rPr><w:t>●</w:t></w:r></w:p>')),
              cols=2)), "sha")
    assert doc.colour_key == [("#00b050", "Complete"), ("#ff0000", "Not started")]
    assert [c.ink for c in doc.tables[0].rows[1].cells] == ["", "#00b050"]


def test_a_pdfs_coloured_dots_colour_the_cells_they_stand_alone_in() -> None:
    rows = (Row((Cell("Action"), Cell("RAG")), 0, 1, (50.0, 100.0, 500.0, 112.0)),
            Row((Cell("Add a prompt."), Cell("•")), 1, 1, (50.0, 112.0, 500.0, 160.0)),
            Row((Cell("Send a bulletin."), Cell("•")), 2, 1, (50.0, 150.0, 500.0, 200.0)))  # overlaps the row above
    table = RawTable(rows, 0, 1, (50.0, 100.0, 500.0, 200.0), "borderless")
    marks = [Shade(400.0, 114.0, 406.0, 122.0, "#00b050"), Shade(400.0, 152.0, 406.0, 160.0, "#ff0000")]
    inked = with_mark_inks([table], marks)[0]
    assert [r.cells[1].ink for r in inked.rows] == ["", "#00b050", "#ff0000"]
    chars = [{"text": "●", "x0": 1.0, "top": 2.0, "x1": 5.0, "bottom": 6.0, "non_stroking_color": (0.0, 0.69, 0.31)},
             {"text": "A", "x0": 6.0, "top": 2.0, "x1": 9.0, "bottom": 6.0, "non_stroking_color": (1.0, 0.0, 0.0)}]
    assert coloured_marks(chars) == [Shade(1.0, 2.0, 5.0, 6.0, "#00b04f")]
