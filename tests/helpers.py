"""Small helpers shared by the tests."""
from __future__ import annotations

import hashlib
import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest

from dhr_extract.extract.pdf import read_pdf
from dhr_extract.model import Cell, RawDocument, RawTable, Row
from dhr_extract.normalise.headers import Header
from dhr_extract.normalise.rows import LogicalRow, add_table_rows

ROOT = Path(__file__).resolve().parent.parent


def load_tool(name: str) -> ModuleType:
    """A script of tools/ as a module (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def corpus_batch_folder(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, name: str) -> Path:
    """Where a corpus test's batch writes: pytest's cache, so the batch cache (keyed by each file's
    content and a fingerprint of the package's code) spares a rerun the reading when the code has
    not changed.  A folder for each pytest-xdist process, as a batch locks its output folder; a
    temporary folder when pytest's cache is off."""
    cache = getattr(request.config, "cache", None)
    if cache is None:
        return tmp_path_factory.mktemp(name)
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    return Path(cache.mkdir(f"{name}-corpus-{worker}" if worker else f"{name}-corpus"))


def split_per_document(batch_out: Path, documents: list[Path], folder: Path) -> Path:
    """A batch's recommendations / actions / progress split into one folder per document (named
    after it), as the scorer loads whole tables and small ones are quick.  Each table is grouped
    by document once (a filter of the whole table for each document took half a minute on the
    held-out corpus)."""
    import pandas as pd

    recs, actions, progress = (pd.read_parquet(batch_out / f"{t}.parquet")
                               for t in ("recommendations", "actions", "progress"))
    # action_id is the actions table's primary key: each progress row belongs to one document
    action_doc = dict(zip(actions["action_id"], actions["source_file"].map(lambda p: Path(p).name)))
    grouped = [(table, dict(tuple(table.groupby(names, sort=False))), name) for table, names, name in (
        (recs, recs["source_file"].map(lambda p: Path(p).name), "recommendations"),
        (actions, actions["source_file"].map(lambda p: Path(p).name), "actions"),
        (progress, progress["action_id"].map(action_doc), "progress"))]
    for doc in documents:
        own = folder / doc.name
        own.mkdir()
        for table, groups, name in grouped:
            groups.get(doc.name, table.iloc[:0]).to_parquet(own / f"{name}.parquet")
    return folder


def read_pdf_file(path: Path) -> RawDocument:
    """The PDF reader's raw tables of a file, as the pipeline reads it (its bytes and their hash)."""
    data = path.read_bytes()
    return read_pdf(path, data, hashlib.sha256(data).hexdigest())


def progress_table_rows(path: Path) -> list[list[str]]:
    """The cell texts of the table headed "Progress" on page 1 of a PDF."""
    progress = next(t for t in read_pdf_file(path).tables if t.page == 1 and t.heading == "Progress")
    return [[c.text for c in row.cells] for row in progress.rows]



def typeset_word(text: str, x0: float, top: float, font: str = "Arial", height: float = 8.0) -> dict:
    """A PDF word as the line stages see it: 5 points a character, ``height`` points tall."""
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + height,
            "fontname": font}


def typeset_line(top: float, *cells: tuple[float, str], font: str = "Arial", height: float = 8.0,
                 space: float = 5.0):  # -> dhr_extract.extract.pdf.lines.Line
    """A line of cells (x0, text), one word to each word of the text, ``space`` points between words."""
    from dhr_extract.extract.pdf.lines import Line

    words = []
    for x0, text in cells:
        at = x0
        for piece in text.split():
            words.append(typeset_word(piece, at, top, font, height))
            at += 5.0 * len(piece) + space
    return Line(words)


def rows_over_pages(header: Header, *pages: list[list[str]]) -> list[list[str]]:
    """The logical rows' cells of one borderless table printed over ``pages`` (each page's body rows as
    cell texts), its header repeated on every page, as the row builder joins them across page breaks."""
    rows: list[LogicalRow] = []
    for page, body in enumerate(pages):
        head = Row(tuple(Cell(t) for t in header.texts), 0, page + 1, None)
        body_rows = tuple(Row(tuple(Cell(t) for t in cells), r + 1, page + 1, None) for r, cells in enumerate(body))
        add_table_rows(rows, RawTable((head, *body_rows), page, page + 1, None, "borderless"), header, page > 0)
    return [r.cells for r in rows]


def scored_params(scored: list[tuple[Path, Path]], known_below: dict[str, float]) -> list:
    """A corpus test's (document, annotation) parameters, each file read below the bar today
    (``known_below``: file -> overall measured) a strict xfail, so a fix or a regression shows."""
    return [pytest.param(doc, truth, id=doc.name,
                         marks=[pytest.mark.xfail(strict=True, reason=f"measured {known_below[doc.name]} today")]
                         if doc.name in known_below else [])
            for doc, truth in scored]
