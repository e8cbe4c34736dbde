"""A status shown only as the colour of an action's row, read by the plan's key of colour swatches."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.html import read_html
from dhr_extract.extract.pdf import spans_grid
from dhr_extract.extract.pdf.bands import with_cell_shading
from dhr_extract.extract.pdf.page import Shade
from dhr_extract.extract.pdf.swatches import swatch_key
from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.records import document_to_dataset
from tests.helpers import typeset_line

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
