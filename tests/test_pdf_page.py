"""The lean character path gives the records pdfplumber's own would, key for key."""
from __future__ import annotations

import math
from pathlib import Path

import pdfplumber
import pytest
from pdfminer.utils import apply_matrix_rect

from dhr_extract.extract.pdf.page import LeanPage, transformed_box

ROOT = Path(__file__).resolve().parent.parent
PDFS = [ROOT / "samples" / "home_office_7col.pdf", ROOT / "samples" / "theme_numbered_borderless.pdf",
        *sorted((ROOT / "tests" / "fixtures").glob("*.pdf"))]


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_lean_characters_equal_pdfplumber_characters(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lean = LeanPage.of(page)
            ours, theirs = lean.chars, page.chars
            assert ours and len(ours) == len(theirs)
            for mine, full in zip(ours, theirs):
                assert mine == {key: full[key] for key in mine}
            lean.close()
            page.close()


@pytest.mark.parametrize("angle", [0, 30, 90, 180, 270])
def test_transformed_box_is_pdfminers_rect_transform(angle: int) -> None:
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    matrix = (9.5 * cos, 9.5 * sin, -9.5 * sin, 9.5 * cos, 72.25, 510.5)
    box = (0.0, -2.1, 5.3, 7.4)
    assert transformed_box(matrix, box) == apply_matrix_rect(matrix, box)
