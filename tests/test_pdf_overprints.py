"""Text printed over other text (``extract/pdf/overprints``): a spreadsheet's date or status too wide for
its column, printed by a browser over the next cell's text.  Sorted along the line the two texts'
characters interleave ("30/06/202C4omple"); read as the runs the page draws, each text is whole."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.overprints import chars_to_layers, drawn_runs
from tests.helpers import read_pdf_file

SHEET = Path(__file__).resolve().parent / "fixtures" / "font_variants" / "excel_export_sheet.chromium_dejavu_portrait.pdf"


def chars(text: str, x0: float, top: float = 100.0, width: float = 4.4) -> list[dict]:
    return [{"text": t, "x0": x0 + i * width, "x1": x0 + (i + 1) * width, "top": top, "bottom": top + 8.0}
            for i, t in enumerate(text)]


def texts(layers: list[list[dict]]) -> list[str]:
    return ["".join(c["text"] for c in layer) for layer in layers]


def test_a_text_printed_over_another_is_a_layer_of_its_own() -> None:
    date, status = chars("30/06/2024", 350.0), chars("Comple", 384.0)
    assert texts(chars_to_layers([*date, *status])) == ["30/06/2024", "Comple"]


def test_texts_side_by_side_are_one_layer() -> None:
    page = [*chars("Westby", 300.0), *chars("Police", 330.0), *chars("Next", 100.0, top=112.0)]
    assert chars_to_layers(page) == [page]


def test_a_glyph_drawn_in_a_gap_of_its_line_and_the_same_text_twice_are_one_layer() -> None:
    brackets = [*chars("(", 280.0), *chars(")", 288.8)]
    tick = chars("✓", 284.4)
    assert len(chars_to_layers([*brackets, *tick])) == 1
    bold = chars("Complete", 100.0)
    assert len(chars_to_layers([*bold, *[dict(c, x0=c["x0"] + 0.3, x1=c["x1"] + 0.3) for c in bold]])) == 1


def test_runs_are_drawn_left_to_right_along_a_line() -> None:
    assert [len(run) for run in drawn_runs([*chars("ab", 10.0), *chars("c", 5.0), *chars("d", 5.0, top=120.0)])] == [2, 1, 1]


def test_a_sheets_overflowing_dates_and_statuses_keep_their_cells() -> None:
    (table, *_) = read_pdf_file(SHEET).tables
    assert [[c.text for c in row.cells[6:9]] for row in table.rows[1:3]] == [
        ["01/04/2024", "30/06/2024", "Complete"], ["01/04/2024", "30/09/2024", "In progress"]]


def test_the_next_cells_text_drawn_on_over_a_word_in_the_same_run_is_a_layer_of_its_own() -> None:
    # 'Target' too wide for its column, 'Progress' drawn straight after it, over its last letter
    target = chars("Target", 259.2, width=4.5)
    progress = chars("Progress", target[-1]["x0"] + 0.1, width=4.5)
    assert texts(chars_to_layers([*target, *progress])) == ["Target", "Progress"]


def test_a_kerned_pair_stays_in_its_run() -> None:
    kerned = [{"text": "T", "x0": 259.2, "x1": 264.3, "top": 100.0, "bottom": 108.0},
              {"text": "a", "x0": 263.4, "x1": 268.4, "top": 100.0, "bottom": 108.0}]
    assert [len(run) for run in drawn_runs(kerned)] == [2]
