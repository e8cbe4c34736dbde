"""Text set vertically (header cells turned a quarter) is read in its own direction, as the page
is displayed: bottom to top where its baseline runs up the page, top to bottom where it runs down,
on pages stored rotated too."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from dhr_extract.extract.pdf.page import LeanPage, content_of, page_content
from dhr_extract.extract.pdf.settings import DEFAULT
from dhr_extract.extract.pdf.vertical_text import DOWN, UP, baseline_direction, split_vertical, vertical_words

from .helpers import read_pdf_file

FIXTURES = Path(__file__).parent / "fixtures"
HELDOUT = FIXTURES / "heldout"
TURNED_UP = (0.0, 1.0, -1.0, 0.0)  # a quarter anticlockwise: the baseline runs up the page
TURNED_DOWN = (0.0, -1.0, 1.0, 0.0)  # a quarter clockwise
RESIDUE = (6.123233995736766e-17, 1.0, -1.0, 6.123233995736766e-17)  # a quarter anticlockwise, in floating point
ELLEN_HEADER = ["Recommendation", "Scope", "Action to take", "Lead agency", "Target date",
                "Progress (as at 31 March 2021)"]


def turned_chars(text: str, x0: float, start: float, matrix: tuple[float, ...] = TURNED_UP,
                 advance: float = 5.0, width: float = 8.0) -> list[dict]:
    """Characters of one vertical line at ``x0``, ``advance`` points each along it, set from
    ``start`` upward (a matrix turning anticlockwise) or downward (clockwise)."""
    chars = []
    for k, ch in enumerate(text):
        if matrix[1] > 0:
            top, bottom = start - (k + 1) * advance, start - k * advance
        else:
            top, bottom = start + k * advance, start + (k + 1) * advance
        chars.append({"text": ch, "x0": x0, "x1": x0 + width, "top": top, "bottom": bottom, "doctop": top,
                      "matrix": (*matrix, x0, 0.0), "fontname": "Sans-Bold", "upright": False})
    return chars


def upright_char(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0, "top": top, "bottom": top + 8.0, "doctop": top,
            "matrix": (1.0, 0.0, 0.0, 1.0, x0, 0.0), "fontname": "Sans", "upright": True}


def texts(words: list[dict]) -> list[str]:
    return [w["text"] for w in sorted(words, key=lambda w: (w["x0"], w["top"]))]


def test_the_baseline_direction_comes_from_the_matrix_residues_and_all() -> None:
    assert baseline_direction(TURNED_UP) == UP
    assert baseline_direction(RESIDUE) == UP
    assert baseline_direction(TURNED_DOWN) == DOWN
    assert baseline_direction((1.0, 0.0, 0.0, 1.0)) is None
    assert baseline_direction((0.7071, 0.7071, -0.7071, 0.7071)) is None  # a diagonal watermark


def test_text_running_up_the_page_reads_bottom_to_top_with_its_word_space() -> None:
    words = vertical_words(turned_chars("Lead agency", 100.0, 200.0))
    assert texts(words) == ["Lead agency"]
    assert (words[0]["x0"], words[0]["top"], words[0]["x1"], words[0]["bottom"]) == (100.0, 145.0, 108.0, 200.0)
    assert words[0]["chars"] == ()  # never cut at a column edge along x


def test_text_running_down_the_page_reads_top_to_bottom() -> None:
    assert texts(vertical_words(turned_chars("Target date", 100.0, 50.0, TURNED_DOWN))) == ["Target date"]


def test_a_gap_without_a_space_character_is_still_a_word_space() -> None:
    chars = turned_chars("Target", 100.0, 200.0) + turned_chars("date", 100.0, 200.0 - 6 * 5.0 - 3.0)
    assert texts(vertical_words(chars)) == ["Target date"]


def test_texts_stacked_in_one_column_far_apart_are_two_words() -> None:
    chars = turned_chars("Ref", 100.0, 300.0) + turned_chars("RAG", 100.0, 200.0)
    assert sorted(texts(vertical_words(chars))) == ["RAG", "Ref"]


def test_lines_side_by_side_are_words_of_their_own() -> None:
    chars = turned_chars("Ref", 50.0, 200.0) + turned_chars("Lead agency", 120.0, 200.0, RESIDUE)
    assert texts(vertical_words(chars)) == ["Ref", "Lead agency"]


def test_only_vertical_characters_leave_pdfplumbers_words() -> None:
    upright = [upright_char(c, 10.0 + 5 * k, 20.0) for k, c in enumerate("Action")]
    turned = turned_chars("Ref", 100.0, 200.0)
    along, vertical = split_vertical(upright + turned)
    assert (along, vertical) == (upright, turned)
    assert split_vertical(upright)[1] == []


@pytest.mark.parametrize("form", ["lo_portrait", "gs", "rotated"])
def test_vertical_header_cells_of_a_printed_plan_read_whole(form: str) -> None:
    with pdfplumber.open(HELDOUT / f"vertical_header_portrait.{form}.pdf") as pdf:
        words = [w["text"] for w in page_content(pdf.pages[0]).words if w.get("direction") in (UP, DOWN)]
    assert words == ["Ref", "Lead agency", "Target date", "RAG"]


def test_the_fast_path_tells_the_characters_their_matrices_show_vertical() -> None:
    with pdfplumber.open(HELDOUT / "vertical_header_portrait.rotated.pdf") as pdf:
        lean = LeanPage.of(pdf.pages[0])
        chars = lean.chars
        assert "".join(c["text"] for c in lean.vertical_chars) == "RefLead agencyTarget dateRAG"
        assert split_vertical(chars, DEFAULT, lean.vertical_chars) == split_vertical(chars)
        lean.close()


def test_pdfplumbers_own_characters_give_the_same_vertical_words() -> None:
    with pdfplumber.open(HELDOUT / "vertical_header_portrait.rotated.pdf") as pdf:
        slow = content_of(pdf.pages[0], DEFAULT).words
        fast = page_content(pdf.pages[0]).words
    assert [w["text"] for w in slow if w.get("direction") == UP] == ["Ref", "Lead agency", "Target date", "RAG"]
    assert [(w["text"], w["x0"], w["top"]) for w in slow] == [(w["text"], w["x0"], w["top"]) for w in fast]


@pytest.mark.parametrize("name", ["vertical_header_text.pdf", "vertical_header_text.rotated.pdf"])
def test_vertical_header_text_fills_its_header_cells_on_every_page(name: str) -> None:
    tables = read_pdf_file(FIXTURES / name).tables
    assert [t.page for t in tables] == [1, 2]
    assert all([c.text for c in t.rows[0].cells] == ELLEN_HEADER for t in tables)
    scope, action, agency, target = (c.text for c in tables[0].rows[1].cells[1:5])
    assert (scope, agency, target) == ("Local", "Northshire Police", "30/06/2020")
    assert action.startswith("Remind all response officers")
