"""List markers drawn as shapes: a browser prints a list's bullets as small discs, squares or (one
level down) hollow circles; each becomes the "•" opening its line, as a text layer's bullet would,
while rules, shading, checkbox boxes, status dots and marks inside a line stay what they are."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.pdf.list_markers import could_be_marker, list_markers, marked_word

from .helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"


def shape(x0: float, top: float, size: float = 3.0, kind: str = "curve", fill: bool = True,
          colour: tuple[float, ...] = (0.0, 0.0, 0.0), height: float | None = None) -> dict:
    return {"object_type": kind, "x0": x0, "top": top, "x1": x0 + size, "bottom": top + (height or size),
            "fill": fill, "stroke": not fill, "non_stroking_color": colour}


def word(text: str, x0: float, top: float, height: float = 9.0) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + height,
            "fontname": "Serif", "chars": ((x0, x0 + 5.0 * len(text), text),)}


def test_only_small_roughly_square_filled_shapes_or_small_paths_may_be_markers() -> None:
    assert could_be_marker(shape(10, 10))  # a disc
    assert could_be_marker(shape(10, 10, kind="rect"))  # a square
    assert could_be_marker(shape(10, 10, fill=False))  # a hollow circle (a stroked path)
    assert not could_be_marker(shape(10, 10, 6.0, kind="rect", fill=False))  # a checkbox's box
    assert not could_be_marker(shape(10, 10, 40.0, kind="rect", height=0.5))  # a rule or an underline
    assert not could_be_marker(shape(10, 10, 60.0, kind="rect", height=30.0))  # a RAG square filling a cell
    assert not could_be_marker(shape(10, 10, 0.5, kind="rect"))  # a dotted rule's dot
    assert not could_be_marker(shape(10, 10, 4.5, colour=(0.0, 0.63, 0.0)))  # a green status dot


def test_a_marker_stands_just_left_of_its_lines_first_word_and_clear_of_text() -> None:
    line = [word("Due", 10, 100), word("then", 40, 100)]
    assert marked_word(shape(50, 103), line) is None  # "Due ● then": a mark inside a line
    issue = [word("Issue", 60, 200)]
    assert marked_word(shape(51, 203), issue)["text"] == "Issue"
    assert marked_word(shape(20, 203), issue) is None  # too far left of the word to mark it
    assert marked_word(shape(52, 201, 6.0), issue) is None  # larger than a bullet for 9-point text
    assert marked_word(shape(70, 203), issue) is None  # over the word, not before it


def test_markers_down_the_left_of_a_list_become_bullet_words_a_lone_one_does_not() -> None:
    words = [word("Issue", 60, 100), word("Add", 60, 112), word("Late", 200, 100)]
    shapes = [shape(51, 103), shape(51, 115), shape(191, 103), shape(51, 130)]  # the last below any line
    bullets, drawn = list_markers(shapes, words)
    assert [(b["text"], b["x0"], b["top"], b["bottom"]) for b in bullets] == [("•", 51, 100, 109), ("•", 51, 112, 121)]
    assert drawn == {id(shapes[0]), id(shapes[1])}


def test_a_browser_print_of_lists_in_cells_reads_as_the_html_does() -> None:
    # list_markers_drawn.html printed by `chromium --headless --no-pdf-header-footer --print-to-pdf`:
    # disc, square and nested circle bullets; beside them status dots, checkbox boxes, a link's
    # underline, a dot inside a line and RAG-shaded cells, none of them a bullet
    doc = read_pdf_file(FIXTURES / "list_markers_drawn.chromium.pdf")
    [table] = doc.tables
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["No.", "Actions", "Agency", "Status", "Progress", "RAG"],
        ["1", "• Issue body-worn video to every response officer.\n• Add a prompt to the incident log.\n"
              "• Brief supervisors on the new guidance.", "Police", "Complete", "Audit planned, see the audit note.", ""],
        ["2", "• Commission training for every practice.\n• Name a champion in each practice.", "ICB", "Started",
         "Training booked.", ""],
        ["3", "• Rewrite the transfer procedure.\n• with the housing team\n• and the tenants' panel\n"
              "• Train housing officers.", "Council", "Late", "Due in March then review.", ""],
        ["4", "• Publish the overview report.", "Partnership", "Complete", "Published in August.", ""]]
