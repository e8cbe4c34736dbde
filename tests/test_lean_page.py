"""The contract of ``LeanPage`` (extract/pdf/page.py), a copy of how pdfplumber builds characters:
on every PDF the project holds, its words and the character attributes it sets are pdfplumber's own.

A pdfplumber release that changes how characters or words are made fails here first; the versions
this was tested with are pinned as a range in pyproject.toml."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from pdfplumber.utils import extract_words as pdfplumber_words

from dhr_extract.extract.pdf.page import LeanPage
from dhr_extract.extract.pdf.settings import DEFAULT
from dhr_extract.extract.pdf.words import extract_words

ROOT = Path(__file__).resolve().parent.parent
PDFS = [p for p in sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "tests" / "fixtures").glob("*.pdf"))
        if "_scanned" not in p.stem]  # a scan has no characters to compare (tests/test_ocr.py reads it)
# The settings the parser reads words with, and pdfplumber's other word modes on the same characters.
WORD_SETTINGS = [
    DEFAULT.word_settings,
    {**DEFAULT.word_settings, "keep_blank_chars": True, "use_text_flow": True},
]


def test_every_sample_and_fixture_pdf_is_checked() -> None:
    assert len(PDFS) >= 12 and all(p.stat().st_size > 0 for p in PDFS)


@pytest.mark.parametrize("path", PDFS, ids=[p.name for p in PDFS])
def test_lean_page_reads_the_words_and_characters_pdfplumber_reads(path: Path) -> None:
    n_words = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lean = LeanPage.of(page)
            try:
                for settings in WORD_SETTINGS:
                    expected = page.extract_words(**settings)
                    assert lean.extract_words(**settings) == expected, f"page {page.page_number}, {settings}"
                    # the parser's own word loops (extract/pdf/words.py) make pdfplumber's words too
                    ours = extract_words(lean.chars, return_chars=True, **settings)
                    assert ours == pdfplumber_words(lean.chars, return_chars=True, **settings), f"page {page.page_number}"
                    n_words += len(expected)
                assert len(lean.chars) == len(page.chars)
                for mine, theirs in zip(lean.chars, page.chars):
                    assert mine == {key: theirs[key] for key in mine}, f"page {page.page_number}"
            finally:
                lean.close()
    assert n_words > 0  # a PDF with no words would check nothing
