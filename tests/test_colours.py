"""Fill colours as every format writes them -> "#rrggbb" ('' for none, white or unreadable)."""
from __future__ import annotations

import pytest

from dhr_extract.extract.text import colour_to_hex


@pytest.mark.parametrize(("value", "expected"), [
    ("92D050", "#92d050"),  # Word's w:shd fill: no "#"
    ("#f00", "#ff0000"), ("#FFC000", "#ffc000"),
    ("rgb(255, 192, 0)", "#ffc000"), ("rgba(0,176,80,0.5)", "#00b050"), ("rgb(300,0,0)", "#ff0000"),
    ("orange", "#ffa500"), ("LimeGreen", "#32cd32"), ("crimson", "#dc143c"),  # CSS colour names
    ("amber", "#ffbf00"),  # not CSS, but what RAG cells say
    ("white", ""), ("#fefefe", ""), ("auto", ""), ("", ""), ("url(x.png)", ""), (None, ""),
    ((1, 0, 0), "#ff0000"), ((0.5,), "#808080"), ((0, 0, 0, 1), "#000000"), ((0, 1, 1, 0), "#ff0000"),
    ((2, -1, 0), "#ff0000"),  # components clamped to 0..1
    ((0.1, 0.2), ""), (("pattern",), ""), ((), ""),
])
def test_colour_to_hex(value: object, expected: str) -> None:
    assert colour_to_hex(value) == expected
