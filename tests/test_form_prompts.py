"""An unfilled form: Word's field prompts are no text (``form_prompts_cleared``), nor are the missing-glyph
boxes a browser prints around each field (``without_missing_glyphs``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract import read_document
from dhr_extract.extract.pdf.page import without_missing_glyphs
from dhr_extract.model import Cell, RawTable, Row
from dhr_extract.normalise.form_prompts import form_prompts_cleared, is_form_prompt

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"


@pytest.mark.parametrize("text", ["Click or tap here to enter text.", "Click here to enter text.",
                                  "Click or tap to enter a date.", "Choose an item.", "click here to enter\na date"])
def test_word_prompts(text: str) -> None:
    assert is_form_prompt(text)


@pytest.mark.parametrize("text", ["Click here to enter the portal and record the referral.", "Not started.", ""])
def test_other_text_is_no_prompt(text: str) -> None:
    assert not is_form_prompt(text)


def test_a_prompt_cell_is_emptied_and_the_rest_kept() -> None:
    table = RawTable((Row((Cell("Action"), Cell("Progress")), 0),
                      Row((Cell("Audit the files."), Cell("Click or tap here to enter text.")), 1)), 0)
    assert [r.texts for r in form_prompts_cleared([table])[0].rows] == [["Action", "Progress"],
                                                                        ["Audit the files.", ""]]


def test_missing_glyphs_are_no_characters() -> None:
    chars = [{"text": "(cid:0)"}, {"text": "1"}, {"text": "(cid:7)"}, {"text": "(cid:0)"}]
    assert without_missing_glyphs(chars) == [{"text": "1"}, {"text": "(cid:7)"}]


def test_a_browser_print_of_a_form_reads_without_the_boxes() -> None:
    doc = read_document(HELDOUT / "content_controls_form_docx.chromium.pdf")
    assert doc.tables[0].rows[2].texts == [
        "", "", "Review twenty counter-allegation cases with the IDVA service.", "Caerwen Police", "June 2026",
        "Click or tap here to enter text."]
