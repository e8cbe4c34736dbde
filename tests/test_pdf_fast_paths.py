"""The ruled-table reader's shortcuts give exactly what the plain computation gives: its own
``intersections_to_cells`` what pdfplumber's gives, the shades kept for a grid the colours every
shade gives, and ``words_outside`` the words no box holds."""
from __future__ import annotations

import random
from pathlib import Path

import pdfplumber
import pytest
from pdfplumber import table as plumber_table

from dhr_extract.extract.pdf.page import Shade, page_content
from dhr_extract.extract.pdf.ruled import (Grid, cell_fill, intersections_to_cells, page_to_grids,
                                           shades_over, words_outside)
from dhr_extract.extract.pdf.lines import centre_inside
from dhr_extract.extract.pdf.rules import make_edge

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
# A browser's rules (thin filled rectangles, shaded cells) and two ruled tables that touch.
RULED = [FIXTURES / "producers" / "agency_first_columns.chromium.pdf", FIXTURES / "borderless_tables_touching.pdf"]


def random_edges(rng: random.Random) -> list[dict]:
    """Rules on a small lattice, so that many share ends and cross one another (and a few stop short)."""
    edges = []
    for _ in range(rng.randint(4, 30)):
        y, x0 = rng.randint(0, 10) * 10.0, rng.randint(0, 9) * 10.0
        edges.append(make_edge(x0, y, x0 + rng.randint(1, 10) * 10.0, y))
    for _ in range(rng.randint(4, 30)):
        x, top = rng.randint(0, 10) * 10.0, rng.randint(0, 9) * 10.0
        edges.append(make_edge(x, top, x, top + rng.randint(1, 10) * 10.0))
    return edges


@pytest.mark.parametrize("seed", range(200))
def test_cells_of_random_rules_are_pdfplumbers(seed: int) -> None:
    points = plumber_table.edges_to_intersections(random_edges(random.Random(seed)), 1, 1)
    assert intersections_to_cells(points) == plumber_table.intersections_to_cells(points)


@pytest.mark.parametrize("path", RULED, ids=lambda p: p.name)
def test_cells_of_every_ruled_page_are_pdfplumbers(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            edges = plumber_table.merge_edges(page.edges, 3, 3, 3, 3)
            points = plumber_table.edges_to_intersections(edges, 3, 3)
            assert intersections_to_cells(points) == plumber_table.intersections_to_cells(points), page.page_number


def random_grid(rng: random.Random) -> Grid:
    xs = sorted(rng.sample(range(0, 400, 5), rng.randint(2, 6)))
    ys = sorted(rng.sample(range(0, 600, 5), rng.randint(2, 6)))
    return Grid(tuple(tuple((float(a), float(t), float(b), float(u)) if rng.random() > 0.2 else None
                            for a, b in zip(xs, xs[1:])) for t, u in zip(ys, ys[1:])))


def random_shading(rng: random.Random, grid: Grid) -> list[Shade]:
    """Thin rules, shades anywhere, and shades over a cell of about its size (some just too small)."""
    boxes = [b for row in grid.rows for b in row if b is not None]
    shades = []
    for _ in range(rng.randint(0, 30)):
        x0, top = rng.uniform(-50, 420), rng.uniform(-50, 620)
        w, h = rng.choice([(rng.uniform(0, 3), rng.uniform(0, 300)), (rng.uniform(0, 300), rng.uniform(0, 3)),
                           (rng.uniform(0, 300), rng.uniform(0, 300))])
        if boxes and rng.random() < 0.5:
            b = rng.choice(boxes)
            w, h = (b[2] - b[0]) * rng.uniform(0.5, 1.1), (b[3] - b[1]) * rng.uniform(0.5, 1.1)
            x0, top = b[0] + rng.uniform(-0.1, 0.1) * w, b[1] + rng.uniform(-0.1, 0.1) * h
        shades.append(Shade(x0, top, x0 + w, top + h, rng.choice(["#ff0000", "#00ff00", "#dddddd"])))
    return shades


@pytest.mark.parametrize("seed", range(200))
def test_shades_kept_for_a_grid_fill_its_cells_as_every_shade_does(seed: int) -> None:
    rng = random.Random(seed)
    grid = random_grid(rng)
    shading = random_shading(rng, grid)
    if not any(b for row in grid.rows for b in row):
        return
    kept = shades_over(shading, grid)
    for box in (b for row in grid.rows for b in row if b is not None):
        assert cell_fill(box, kept) == cell_fill(box, shading)


@pytest.mark.parametrize("path", RULED, ids=lambda p: p.name)
def test_shades_kept_for_real_grids_fill_their_cells_as_every_shade_does(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            content = page_content(page)
            for grid in page_to_grids(content):
                kept = shades_over(content.shading, grid)
                assert len(kept) <= len(content.shading)
                for box in (b for row in grid.rows for b in row if b is not None):
                    assert cell_fill(box, kept) == cell_fill(box, content.shading)


@pytest.mark.parametrize("seed", range(100))
def test_words_outside_are_those_no_box_holds(seed: int) -> None:
    rng = random.Random(seed)
    words = [{"x0": x, "x1": x + rng.uniform(0, 60), "top": t, "bottom": t + rng.uniform(0, 12)}
             for x, t in ((rng.uniform(0, 500), rng.uniform(0, 700)) for _ in range(rng.randint(0, 80)))]
    boxes = [(x, t, x + rng.uniform(0, 300), t + rng.uniform(0, 300))
             for x, t in ((rng.uniform(0, 400), rng.uniform(0, 600)) for _ in range(rng.randint(0, 3)))]
    assert words_outside(words, boxes) == [w for w in words if not any(centre_inside(w, b) for b in boxes)]
