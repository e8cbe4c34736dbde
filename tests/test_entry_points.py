"""The command line and the Python API run one pipeline: the same inputs give the same tables.

The CLI reads in worker processes and caches; ``extract_paths`` reads in this process.  Both
must give every table byte for byte alike, copies of one file included (rows once, under the
first path, and a ``duplicate_document`` warning for the other), failures included.
"""
from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest

from dhr_extract.api import extract_document, extract_paths, load_theme_codebook
from dhr_extract.cli import main
from dhr_extract.model import Dataset
from dhr_extract.outputs.tables import TABLES
from dhr_extract.outputs.writers import write_dataset

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
THEMES_HEADER = "id,label,parent,definition,precedence,strong,phrases,weak,exclude\n"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive with one document of each format, a second copy of one of them, a file that
    fails and a page with no plan."""
    folder = tmp_path_factory.mktemp("plans")
    for name in ("r_labels_status.html", "recommendation_colon.docx", "theme_numbered_borderless.pdf"):
        shutil.copyfile(SAMPLES / name, folder / name)
    (folder / "z_copies").mkdir()
    shutil.copyfile(SAMPLES / "r_labels_status.html", folder / "z_copies" / "again.html")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "no_plan.html").write_text("<html><body><p>Minutes of the meeting</p></body></html>")
    return folder


def cli_tables(inputs: list[str], out: Path, *options: str) -> dict[str, bytes]:
    code = main([*inputs, "--out", str(out), "--format", "csv", "--workers", "2", "--quiet", *options])
    assert code == 1  # empty.pdf fails; the rest are written
    return csv_tables(out)


def api_tables(dataset: Dataset, out: Path) -> dict[str, bytes]:
    write_dataset(dataset, out, ["csv"])
    return csv_tables(out)


def csv_tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.csv").read_bytes() for name in TABLES}


def test_cli_and_api_write_the_same_tables_from_a_folder(plans: Path, tmp_path: Path) -> None:
    from_cli = cli_tables([str(plans)], tmp_path / "cli")
    dataset = extract_paths(str(plans))  # a str, as a notebook would pass it
    assert api_tables(dataset, tmp_path / "api") == from_cli
    # what they agree on: one review per content, the copy a warning on the first one's review
    assert len(dataset.reviews) == 5 and len({r.review_id for r in dataset.reviews}) == 5
    (copy,) = [w for w in dataset.warnings if w.code == "duplicate_document"]
    assert copy.location == str(plans / "z_copies" / "again.html")
    (first,) = [r for r in dataset.reviews if r.source_file == str(plans / "r_labels_status.html")]
    assert copy.review_id == first.review_id and first.n_recommendations == 8
    assert [e.error_type for e in dataset.errors] == ["empty_file"]


def test_cli_and_api_agree_on_files_named_directly_in_any_order(plans: Path, tmp_path: Path) -> None:
    """Two copies named one after the other, as str and as Path: the first named keeps the rows."""
    copy, original = plans / "z_copies" / "again.html", plans / "r_labels_status.html"
    inputs = [copy, original, plans / "empty.pdf"]
    from_cli = cli_tables([str(p) for p in inputs], tmp_path / "cli")
    dataset = extract_paths([str(copy), original, plans / "empty.pdf"])
    assert api_tables(dataset, tmp_path / "api") == from_cli
    assert [r.source_file for r in dataset.reviews] == [str(copy), str(plans / "empty.pdf")]
    assert [w.location for w in dataset.warnings if w.code == "duplicate_document"] == [str(original)]


def test_cli_and_api_agree_with_a_theme_codebook(plans: Path, tmp_path: Path) -> None:
    """The batch codes themes after its workers (the cache holds none), the API while reading: same rows."""
    mine = tmp_path / "mine.csv"
    mine.write_text(THEMES_HEADER + "fraud,Fraud,service provision & coordination,Fraud,5,information,,,\n",
                    encoding="utf-8")
    from_cli = cli_tables([str(plans)], tmp_path / "cli", "--themes", str(mine))
    dataset = extract_paths(plans, theme_codebook=load_theme_codebook(mine))
    assert api_tables(dataset, tmp_path / "api") == from_cli
    with (tmp_path / "api" / "recommendation_themes.csv").open(encoding="utf-8") as handle:
        assert any(row["theme"] == "fraud" for row in csv.DictReader(handle))


def test_one_document_by_str_or_path_is_the_same_rows(plans: Path) -> None:
    path = plans / "recommendation_colon.docx"
    assert extract_document(str(path)) == extract_document(path)


# ------------------------------------------------------------------ each document hashed once

@pytest.fixture
def hash_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every content hash taken, wherever the pipeline takes one (the name of the file or 'bytes')."""
    import dhr_extract.extract as extract
    import dhr_extract.pipeline as pipeline

    calls: list[str] = []

    def counted(function: Callable[[Any], str], what: Callable[[Any], str]) -> Callable[[Any], str]:
        def wrapper(arg: Any) -> str:
            calls.append(what(arg))
            return function(arg)
        return wrapper

    monkeypatch.setattr(pipeline, "file_sha256", counted(pipeline.file_sha256, lambda path: path.name))
    monkeypatch.setattr(pipeline, "content_sha256", counted(pipeline.content_sha256, lambda data: "bytes"))
    monkeypatch.setattr(extract, "content_sha256", counted(extract.content_sha256, lambda data: "bytes"))
    return calls


def test_each_document_is_hashed_once(plans: Path, tmp_path: Path, hash_calls: list[str]) -> None:
    from dhr_extract.api import run_batch

    extract_paths(plans)
    readable = sorted(p.name for p in plans.rglob("*") if p.is_file())
    assert sorted(hash_calls) == readable  # the survey's hash, taken on to the reading
    hash_calls.clear()
    run_batch(plans, tmp_path / "out", ["csv"], executor="serial")
    assert sorted(hash_calls) == readable
    hash_calls.clear()
    run_batch(plans, tmp_path / "out", ["csv"], executor="serial")
    assert hash_calls == []  # unchanged files: the manifest has their hashes, the cache their rows


def test_a_file_changed_after_the_survey_is_hashed_again(tmp_path: Path, hash_calls: list[str]) -> None:
    from dhr_extract.pipeline import extract_source, survey

    path = tmp_path / "plan.html"
    shutil.copyfile(SAMPLES / "r_labels_status.html", path)
    (source,) = survey([path])
    path.write_bytes(path.read_bytes() + b"<!-- edited -->")
    hash_calls.clear()
    (review,) = extract_source(source).reviews
    assert hash_calls == ["bytes"]
    assert review.source_sha256 != source.sha256
    assert review.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
