"""A status shown only as an icon (a web page's <img> of a tick, a clock or a dash in a coloured circle,
keyed above the table): printed by a browser as filled shapes, by LibreOffice as small pictures, it reads
as a coloured mark whose colour the key names."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from dhr_extract.api import extract_paths
from dhr_extract.extract.pdf.icons import page_icons, picture_colour, shape_icons
from dhr_extract.lexicon import is_lone_mark
from tests.helpers import read_pdf_file

HELDOUT = Path(__file__).parent / "fixtures" / "heldout"
KEY = [("#00703c", "Complete"), ("#f5a300", "In progress"), ("#6f777b", "Not started")]


def test_a_picture_icon_shows_its_most_common_colour_but_white() -> None:
    with pdfplumber.open(HELDOUT / "status_icon_alt_html.lo_portrait.pdf") as pdf:
        colours = [picture_colour(im["stream"]) for im in pdf.pages[0].images[:3]]
    assert colours == [colour for colour, _ in KEY]


def test_an_icon_drawn_as_shapes_is_its_outer_shape_in_its_colour() -> None:
    with pdfplumber.open(HELDOUT / "status_icon_alt_html.chromium.pdf") as pdf:
        page = pdf.pages[0]
        icons = shape_icons(page.curves, 10.0)
        words = page.extract_words()
    assert [colour for *_, colour in icons[:3]] == [colour for colour, _ in KEY]  # the ticks inside are none
    assert len(icons) == len(page_icons([], page.curves, words)) == 3 + 8  # the key's three, one per action


def test_a_logo_or_a_dot_is_no_icon() -> None:
    logo = {"x0": 10.0, "x1": 90.0, "top": 10.0, "bottom": 50.0, "fill": True, "non_stroking_color": (0, 0, 1)}
    dot = {"x0": 10.0, "x1": 14.0, "top": 10.0, "bottom": 14.0, "fill": True, "non_stroking_color": (0, 0, 1)}
    assert shape_icons([logo, dot], 10.0) == []


@pytest.mark.parametrize("producer", ["chromium", "lo_portrait", "lo_landscape", "gs"])
def test_each_action_reads_the_status_its_icon_is_keyed_to(producer: str) -> None:
    doc = read_pdf_file(HELDOUT / f"status_icon_alt_html.{producer}.pdf")
    assert doc.colour_key == KEY
    assert all(is_lone_mark(r.cells[5].text) and r.cells[5].ink for r in doc.tables[0].rows[1:])
    data = extract_paths([HELDOUT / f"status_icon_alt_html.{producer}.pdf"])
    assert [p.status for p in data.progress] == ["complete", "in_progress", "complete", "in_progress",
                                                 "not_started", "not_started", "not_started", "in_progress"]
