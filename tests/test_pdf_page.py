"""The lean character path's box arithmetic is pdfminer's (its records against pdfplumber's own
are checked in tests/test_lean_page.py)."""
from __future__ import annotations

import math

import pytest
from pdfminer.utils import apply_matrix_rect

from dhr_extract.extract.pdf.page import transformed_box


@pytest.mark.parametrize("angle", [0, 30, 90, 180, 270])
def test_transformed_box_is_pdfminers_rect_transform(angle: int) -> None:
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    matrix = (9.5 * cos, 9.5 * sin, -9.5 * sin, 9.5 * cos, 72.25, 510.5)
    box = (0.0, -2.1, 5.3, 7.4)
    assert transformed_box(matrix, box) == apply_matrix_rect(matrix, box)
