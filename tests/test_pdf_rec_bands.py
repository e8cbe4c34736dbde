"""Recommendations as bands across a PDF table, each over its own copy of the action header.

A band spanning the table and the header copy under it are rows of the one table, in page order,
as the DOCX reader gives them: ruled only between rows (the band and the header cells shaded), or
not ruled at all (the shading alone).  A band set apart from the rows above by a blank line, or a
heading without a band, still opens a table of its own.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from dhr_extract.extract.pdf.bands import band_start_over, is_section_band, shaded_bands
from dhr_extract.extract.pdf.borderless import lines_to_table
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.extract.pdf.page import PageContent, Shade
from dhr_extract.extract.pdf.regions import header_block_size, next_table_start
from dhr_extract.extract.pdf.ruled import Grid, leading_bands, merged_share, page_to_grids
from dhr_extract.extract.pdf.rules import make_edge
from dhr_extract.model import RawTable
from tests.helpers import read_pdf_file, typeset_line, typeset_word

FIXTURES = Path(__file__).parent / "fixtures"
STARTS = (10.0, 150.0, 300.0, 400.0)  # where each column's text starts
RIGHT = 500.0
HEADER = ("Action", "Owner", "Deadline", "Progress")
GREEN, GREY = "#e2efd9", "#f2f2f2"


def word(text: str, x0: float, top: float, font: str = "ArialMT") -> dict:
    return typeset_word(text, x0, top, font, height=10.0)


def line(top: float, *cells: tuple[float, str], font: str = "ArialMT") -> Line:
    """A line with one run of words per cell, each cell's words from its x."""
    return typeset_line(top, *cells, font=font, height=10.0, space=3.0)


def band(top: float, reference: str) -> tuple[list[Line], Shade]:
    """A recommendation band: its reference bold on a line of its own over its text, on one green box
    across the table."""
    lines = [line(top, (STARTS[0], reference), font="Arial-BoldMT"),
             line(top + 12, (STARTS[0], "The police to name one officer for each case of stalking reported."))]
    return lines, Shade(STARTS[0] - 5, top - 2, RIGHT, top + 24, GREEN)


def header(top: float) -> tuple[Line, list[Shade]]:
    """The action header, italic, each cell shaded grey."""
    edges = [x - 5 for x in STARTS] + [RIGHT]
    shades = [Shade(a, top - 2, b, top + 12, GREY) for a, b in zip(edges, edges[1:])]
    return line(top, *zip(STARTS, HEADER), font="Arial-ItalicMT"), shades


def action(top: float, text: str) -> Line:
    return line(top, (STARTS[0], text), (STARTS[1], "Police"), (STARTS[2], "30/09/2025"), (STARTS[3], "Complete."))


def banded_page(gap: float = 0.0) -> tuple[list[Line], tuple[Shade, ...]]:
    """Two recommendation bands, each over its header copy and two action rows, one line apart
    (``gap``: white space above the second band)."""
    lines: list[Line] = []
    shading: list[Shade] = []
    top = 100.0
    for reference in ("QX-7/R1", "QX-7/R2"):
        band_lines, box = band(top, reference)
        header_line, header_shades = header(top + 26)
        lines += band_lines + [header_line, action(top + 40, "Change the policy."), action(top + 52, "Train staff.")]
        shading += [box, *header_shades]
        top += 64 + gap
    return lines, tuple(shading)


def test_a_header_copy_under_a_band_set_close_under_the_rows_opens_no_table() -> None:
    lines, shading = banded_page()
    assert next_table_start(lines, 0, len(lines), shading) is None
    apart, apart_shading = banded_page(gap=20.0)  # a blank line above the second band: another table's caption
    assert next_table_start(apart, 0, len(apart), apart_shading) == 5
    # no band: the header under rows of data opens a table, the text across the columns set close over it
    # (and its label on a line of its own) its heading
    plain = tuple(s for s in shading if s.colour == GREY)
    assert next_table_start(lines, 2, len(lines), plain) == 5


def test_a_band_over_a_different_header_opens_a_table() -> None:
    lines, shading = banded_page()
    lines[7] = line(lines[7].top, (STARTS[0], "Recommendation"), (STARTS[1], "Action"), (STARTS[2], "Lead agency"),
                    (STARTS[3], "Target date"), font="Arial-ItalicMT")
    assert next_table_start(lines, 0, len(lines), shading) is not None


def test_a_bands_last_line_and_the_header_under_it_are_two_rows() -> None:
    lines, shading = banded_page()
    assert header_block_size(lines[1:], 5.0, shading) == 0  # the band's text joined to the header names columns
    assert header_block_size(lines[2:], 5.0, shading) == 1


def test_a_band_set_directly_on_a_row_is_a_row_over_it() -> None:
    lines, shading = banded_page()
    bands = shaded_bands(list(shading), STARTS[0], RIGHT)
    assert band_start_over(lines, 2, bands) == 0  # the first header: both lines of the band over it
    assert band_start_over(lines, 7, bands) == 5  # the header copy
    assert band_start_over(lines, 7, bands, first=6) == 6  # from the region's first line on
    assert band_start_over(lines, 3, bands) == 3  # an action row under the header: no band over it
    far = lines[:2] + [line(lines[2].top + 30, *zip(STARTS, HEADER))]
    assert band_start_over(far, 2, bands) == 2  # a header a blank line further down
    behind = [Shade(STARTS[0] - 5, 96.0, RIGHT, 140.0, GREEN)]  # a box behind the band and the header alike
    assert band_start_over(lines, 2, shaded_bands(behind, STARTS[0], RIGHT)) == 2


def test_the_table_starts_at_the_band_over_its_first_header() -> None:
    title = line(60.0, (STARTS[0], "Ashcombe CSP action plan"), font="Arial-BoldMT")
    lines, shading = banded_page()
    found = lines_to_table([title] + lines, known=(), shading=shading)
    assert found is not None and found[:2] == (1, len(lines) + 1)


def test_a_band_with_its_reference_bold_over_plain_text_is_a_section_band() -> None:
    lines, shading = banded_page()
    box = (STARTS[0] - 5, 98.0, RIGHT, 124.0)
    assert is_section_band(box, list(shading), [], [w for ln in lines[:2] for w in ln.words])
    two_fonts = [word("QX-7/R1", STARTS[0], 100.0, "Arial-BoldMT"), word("Police", 48.0, 100.0)]
    assert not is_section_band(box, list(shading), [], two_fonts)  # two fonts on one line: cells side by side


def ruled_banded_page() -> PageContent:
    """Two bands over header copies, ruled only between the rows: each band and header cell a filled
    box (their edges are the only vertical rules), a rule under every row."""
    lines, shading = banded_page()
    edges = [make_edge(STARTS[0] - 5, y, RIGHT, y) for y in (98.0, 124.0, 138.0, 150.0, 162.0, 188.0, 202.0, 214.0,
                                                              226.0)]
    for shade in shading:
        edges += [make_edge(shade.x0, shade.top, shade.x0, shade.bottom), make_edge(shade.x1, shade.top, shade.x1,
                                                                                   shade.bottom)]
    return PageContent(1, 595.0, 842.0, [w for ln in lines for w in ln.words], edges, list(shading))


def test_a_grid_of_a_band_over_its_header_takes_on_the_rows_ruled_below_it() -> None:
    grids = page_to_grids(ruled_banded_page())
    assert len(grids) == 1 and grids[0].restored
    rows = grids[0].rows
    spanning = [r for r, row in enumerate(rows) if sum(b is not None for b in row) == 1]
    assert spanning == [0, 4] and len(rows) == 8 and all(all(row) for r, row in enumerate(rows) if r not in spanning)


def test_a_band_over_the_header_is_no_body_row() -> None:
    band_row = ((5.0, 98.0, 500.0, 124.0), None, None, None)
    header_row = tuple((a, 124.0, b, 138.0) for a, b in zip((5.0, 145.0, 295.0, 395.0), (145.0, 295.0, 395.0, 500.0)))
    grid = Grid((band_row, header_row))
    assert leading_bands(grid) == 1 and merged_share(grid, 1) == 1.0  # no body yet: its rows are ruled below
    assert merged_share(grid) == 0.0


def expected_rows(truth: dict) -> list[list[str]]:
    """The rows the DOCX reader gives such a plan: each band, the header copy, the action rows."""
    rows = []
    for rec in truth["recommendations"]:
        rows.append([f"Recommendation {rec['number']}\n{rec['text']}", "", "", ""])
        rows.append(list(truth["columns"]))
        rows += [[a["action"], a["agency"], a["target"], a["progress"]] for a in truth["actions"]
                 if a["rec"] == rec["number"]]
    return rows


def page_rows(tables: list[RawTable]) -> list[list[str]]:
    return [[c.text for c in row.cells] for t in tables for row in t.rows]


@pytest.mark.parametrize("form", ["row_rules", "borderless"])
def test_the_banded_plan_reads_as_one_table_a_page_with_the_docx_rows(form: str) -> None:
    tables = read_pdf_file(FIXTURES / f"rec_bands_over_header_copies.{form}.pdf").tables
    assert [t.page for t in tables] == [1, 2]
    truth = json.loads((FIXTURES / "rec_bands_over_header_copies.truth.json").read_text())
    assert page_rows(tables) == expected_rows(truth)
    bands = [row for t in tables for row in t.rows if row.cells[0].text.startswith("Recommendation")]
    assert all(c.span == "left" for row in bands for c in row.cells[1:]) and {row.cells[0].fill for row in bands} \
        == {GREEN}


HELDOUT = FIXTURES / "heldout"


@pytest.mark.parametrize("form", ["lo_borderless", "lo_portrait"])
def test_tables_under_headings_of_their_own_stay_apart(form: str) -> None:
    tables = read_pdf_file(HELDOUT / f"agency_heading_tables.{form}.pdf").tables
    truth = json.loads((HELDOUT / "agency_heading_tables.truth.json").read_text())
    assert [t.heading for t in tables] == list(dict.fromkeys(r["owner"] for r in truth["recommendations"]))


def test_tables_each_under_its_caption_band_a_blank_line_apart_stay_apart() -> None:
    tables = [t for t in read_pdf_file(HELDOUT / "caption_row_per_rec.lo_borderless.pdf").tables if t.page == 1]
    captions = [t.rows[0].cells[0].text.split(":")[0] for t in tables]
    assert captions == [f"Recommendation {n}" for n in range(1, 6)]
    assert all(c.span == "left" for t in tables for c in t.rows[0].cells[1:])
