"""Batch runs: parallel workers, statuses and errors, incremental re-runs, kill and resume,
the data package, the Dask executor."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dhr_extract import batch
from dhr_extract.batch import BatchEvent, ProgressDisplay, WorkerOutput, local_pool, run_batch
from dhr_extract.cli import main
from dhr_extract.model import Review
from dhr_extract.pipeline import Source

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# path in the archive -> sample it copies (None: written by the test)
LAYOUT = {
    "a/autonumbered.docx": "autonumbered.docx",
    "a/b/home_office_7col.docx": "home_office_7col.docx",
    "a/b/c/theme_numbered_borderless.pdf": "theme_numbered_borderless.pdf",
    "r_labels_status.html": "r_labels_status.html",
    "recommendation_colon.docx": "recommendation_colon.docx",
    "nested/deep/er/nuneaton_dhr1.docx": "nuneaton_dhr1.docx",
    "zz_copies/same_as_r_labels.html": "r_labels_status.html",  # same content, another path
    "broken/empty.pdf": None,
    "broken/notes.docx": None,
    "no_plan.html": None,
}
UNIQUE = len(LAYOUT) - 1


def make_archive(folder: Path) -> Path:
    for name, sample in LAYOUT.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if sample:
            shutil.copyfile(SAMPLES / sample, path)
    (folder / "broken/empty.pdf").write_bytes(b"")
    (folder / "broken/notes.docx").write_text("just some notes, not a Word document\n")
    (folder / "no_plan.html").write_text("<html><body><h1>Annual report</h1><p>No plan here.</p></body></html>")
    (folder / "a/readme.txt").write_text("not a plan document: ignored\n")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file (not the cache) -> its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and batch.CACHE_DIR not in p.relative_to(folder).parts}


def read_csv(folder: Path, table: str) -> list[dict[str, str]]:
    with (folder / f"{table}.csv").open(newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def copy_run(tmp_path: Path, archive: Path, out: Path) -> tuple[Path, Path]:
    """A private copy of an archive and of its output folder (cache included)."""
    shutil.copytree(archive, tmp_path / "archive")
    shutil.copytree(out, tmp_path / "out")
    return tmp_path / "archive", tmp_path / "out"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_archive(tmp_path_factory.mktemp("batch") / "archive")


@pytest.fixture(scope="module")
def first_run(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[batch.BatchResult, Path]:
    out = tmp_path_factory.mktemp("first") / "dataset"
    return run_batch([archive], out, workers=2), out


# ------------------------------------------------------------------ statuses and errors

def test_statuses_errors_and_counters(first_run: tuple[batch.BatchResult, Path], archive: Path) -> None:
    result, out = first_run
    assert (result.documents, result.processed, result.cached, result.duplicates) == (len(LAYOUT), UNIQUE, 0, 1)
    status = {Path(r["source_file"]).relative_to(archive).as_posix(): r["status"] for r in read_csv(out, "reviews")}
    assert status == {
        **{name: "ok" for name, sample in LAYOUT.items() if sample and not name.startswith("zz_copies")},
        "broken/empty.pdf": "failed", "broken/notes.docx": "failed", "no_plan.html": "no_action_plan",
    }
    errors = {Path(e["source_file"]).name: e["error_type"] for e in read_csv(out, "errors")}
    assert errors == {"empty.pdf": "empty_file", "notes.docx": "unsupported_format"}
    assert result.statuses == {"failed": 2, "no_action_plan": 1, "ok": 6}
    assert result.exit_code == 1


def test_rows_in_source_path_order(first_run: tuple[batch.BatchResult, Path]) -> None:
    _, out = first_run
    sources = [r["source_file"] for r in read_csv(out, "reviews")]
    assert sources == sorted(sources)
    rec_sources = [r["source_file"] for r in read_csv(out, "recommendations")]
    assert rec_sources == sorted(rec_sources)


def test_duplicate_content_is_given_once_with_a_warning(first_run: tuple[batch.BatchResult, Path],
                                                         archive: Path) -> None:
    _, out = first_run
    reviews = read_csv(out, "reviews")
    assert len({r["review_id"] for r in reviews}) == len(reviews) == UNIQUE
    assert not any("zz_copies" in r["source_file"] for r in reviews)
    (warning,) = [w for w in read_csv(out, "warnings") if w["code"] == "duplicate_document"]
    assert warning["location"] == str(archive / "zz_copies/same_as_r_labels.html")
    assert str(archive / "r_labels_status.html") in warning["message"]
    assert warning["review_id"] in {r["review_id"] for r in reviews}


def test_rows_do_not_depend_on_the_number_of_workers(first_run: tuple[batch.BatchResult, Path], archive: Path,
                                                      tmp_path: Path) -> None:
    _, out = first_run
    run_batch([archive], tmp_path / "serial", executor="serial")
    assert outputs(tmp_path / "serial") == outputs(out)


# ------------------------------------------------------------------ incremental

def test_second_run_reads_nothing_and_writes_the_same_bytes(first_run: tuple[batch.BatchResult, Path],
                                                            archive: Path) -> None:
    _, out = first_run
    before = outputs(out)
    again = run_batch([archive], out, workers=2)
    assert (again.processed, again.cached, again.duplicates) == (0, UNIQUE, 1)
    assert outputs(out) == before
    assert again.exit_code == 1


def test_changed_file_is_read_alone(first_run: tuple[batch.BatchResult, Path], archive: Path,
                                    tmp_path: Path) -> None:
    archive, out = copy_run(tmp_path, archive, first_run[1])
    changed = archive / "r_labels_status.html"
    changed.write_bytes(changed.read_bytes() + b"\n<!-- edited -->\n")
    result = run_batch([archive], out, workers=2)
    assert (result.processed, result.cached) == (1, UNIQUE)
    # the copy that was a duplicate is now a document of its own, taken from the cache
    assert result.duplicates == 0
    reviews = {r["source_file"]: r for r in read_csv(out, "reviews")}
    assert str(archive / "zz_copies/same_as_r_labels.html") in reviews
    assert reviews[str(changed)]["source_sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()
    # and the tables are those of a clean run
    run_batch([archive], tmp_path / "clean", executor="serial")
    assert outputs(out) == outputs(tmp_path / "clean")


def test_removed_file_rows_go(first_run: tuple[batch.BatchResult, Path], archive: Path, tmp_path: Path) -> None:
    archive, out = copy_run(tmp_path, archive, first_run[1])
    (archive / "a/b/home_office_7col.docx").unlink()
    (archive / "r_labels_status.html").unlink()  # the first of two copies: the other takes its place
    result = run_batch([archive], out, workers=2)
    assert (result.processed, result.cached, result.duplicates) == (0, UNIQUE - 1, 0)
    sources = {r["source_file"] for r in read_csv(out, "reviews")}
    assert str(archive / "a/b/home_office_7col.docx") not in sources
    assert str(archive / "zz_copies/same_as_r_labels.html") in sources
    for table in ("recommendations", "actions"):
        assert {r["source_file"] for r in read_csv(out, table)} <= sources
    assert not [w for w in read_csv(out, "warnings") if w["code"] == "duplicate_document"]
    assert len(list((out / ".cache/parts").iterdir())) == UNIQUE - 1  # the removed file's cache is pruned
    run_batch([archive], tmp_path / "clean", executor="serial")
    assert outputs(out) == outputs(tmp_path / "clean")


def test_damaged_cache_file_is_read_again_and_said(first_run: tuple[batch.BatchResult, Path], archive: Path,
                                                   tmp_path: Path) -> None:
    archive, out = copy_run(tmp_path, archive, first_run[1])
    run_batch([archive], out, workers=2)  # the tables name the copied archive's paths
    before = outputs(out)
    damaged = sorted((out / ".cache/parts").iterdir())[0]
    damaged.write_bytes(damaged.read_bytes()[:20])  # cut short, as by a disk error
    events: list[BatchEvent] = []
    result = run_batch([archive], out, workers=2, on_event=events.append)
    (note,) = [e.message for e in events if e.kind == "note"]
    assert "cannot be used" in note and "reading it again" in note
    assert (result.processed, result.cached) == (1, UNIQUE - 1)
    assert outputs(out) == before


def test_force_reads_everything_again(first_run: tuple[batch.BatchResult, Path], archive: Path,
                                      tmp_path: Path) -> None:
    archive, out = copy_run(tmp_path, archive, first_run[1])
    result = run_batch([archive], out, workers=2, force=True)
    assert (result.processed, result.cached) == (UNIQUE, 0)


# ------------------------------------------------------------------ crashes

def crash_on_name(source: Source, location: str | None = None, timeout: float | None = None) -> WorkerOutput:
    """A task whose worker process dies on one document (a segfault in a native library, say)."""
    if "crash" in source.path.name:
        os._exit(3)
    return batch.process_document(source, location, timeout)


def test_a_worker_that_dies_fails_its_document_only(tmp_path: Path) -> None:
    names = ["a.html", "b_crash.html", "c.html", "d.html"]
    for name in names:
        shutil.copyfile(SAMPLES / "r_labels_status.html", tmp_path / name)
        (tmp_path / name).write_bytes((tmp_path / name).read_bytes() + name.encode())
    docs = [Source(tmp_path / name) for name in names]
    results: dict[str, WorkerOutput] = {}
    local_pool.run_local(docs, lambda doc, out: results.__setitem__(doc.path.name, out), workers=2, task=crash_on_name)
    assert sorted(results) == names
    assert [e.error_type for e in results["b_crash.html"].dataset.errors] == ["worker_crashed"]
    assert all(results[n].dataset.reviews[0].status == "ok" for n in names if n != "b_crash.html")


# ------------------------------------------------------------------ kill and resume

def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "dhr_extract.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True, **kwargs)


def test_killed_run_resumes_to_the_rows_of_a_clean_run(archive: Path, tmp_path: Path) -> None:
    full = Path(shutil.copytree(archive, tmp_path / "full"))
    archive, out = tmp_path / "archive", tmp_path / "out"
    # an older state of the archive, fully processed: two of today's files and one since removed
    for name in ("r_labels_status.html", "recommendation_colon.docx"):
        (archive / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(full / name, archive / name)
    extra = archive / "zz_old/extra.html"
    extra.parent.mkdir()
    extra.write_bytes((SAMPLES / "r_labels_status.html").read_bytes() + b"<!-- old -->")
    assert run_batch([archive], out, workers=2).exit_code == 0
    cached_before = set((out / ".cache/parts").glob("*.pickle"))
    # today's archive: the rest added, one removed, one changed
    shutil.rmtree(archive)
    shutil.copytree(full, archive)
    (archive / "recommendation_colon.docx").write_bytes((SAMPLES / "autonumbered.docx").read_bytes())

    run = cli(str(archive), "--out", str(out), "--workers", "1", "-q")
    deadline = time.monotonic() + 60
    while not set((out / ".cache/parts").glob("*.pickle")) - cached_before:
        assert run.poll() is None and time.monotonic() < deadline, "the run ended before it could be killed"
        time.sleep(0.005)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait(timeout=30)
    assert run.returncode == -signal.SIGKILL
    assert len(set((out / ".cache/parts").glob("*.pickle")) - cached_before) < 4, "killed too late to test anything"
    assert "extra.html" in (out / "reviews.csv").read_text()  # the outputs are still those of the older state

    resumed = cli(str(archive), "--out", str(out), "--workers", "2")
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 1, stderr
    run_batch([archive], tmp_path / "clean", workers=2)
    assert outputs(out) == outputs(tmp_path / "clean")
    assert not list(out.glob(".*.tmp"))


# ------------------------------------------------------------------ command line

def test_cli_exit_codes_and_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good"
    good.mkdir()
    shutil.copyfile(SAMPLES / "r_labels_status.html", good / "plan.html")
    (good / "no_plan.html").write_text("<html><body><p>Nothing</p></body></html>")
    assert main([str(good), "--out", str(tmp_path / "o1"), "--workers", "2"]) == 0
    err = capsys.readouterr().err
    assert "[1/2]" in err and "plan.html: ok" in err and "2 documents (1 no_action_plan, 1 ok" in err
    assert main([str(good), "--out", str(tmp_path / "o1"), "-q"]) == 0
    assert capsys.readouterr().err == ""
    (good / "bad.pdf").write_bytes(b"")
    assert main([str(good), "--out", str(tmp_path / "o1"), "-q"]) == 1
    assert capsys.readouterr().err.strip() == f"dhr-extract: {good / 'bad.pdf'}: empty_file: the file is empty"
    for usage in (["--workers", "0"], ["--executor", "dask"], ["--scheduler", "tcp://x:1"]):
        with pytest.raises(SystemExit) as exit_:
            main([str(good), "--out", str(tmp_path / "o2"), *usage])
        assert exit_.value.code == 2
    assert main([str(tmp_path / "missing"), "--out", str(tmp_path / "o2")]) == 2


def test_progress_line_on_a_terminal() -> None:
    stream = io.StringIO()
    display = ProgressDisplay(stream, tty=True)
    review = Review("r", "x.pdf", "", "pdf", "", 4, "", "ok")
    display(BatchEvent("start", total=10, to_process=8))
    display(BatchEvent("document", total=10, to_process=8, done=2, pages=8, elapsed=4.0, path=Path("x.pdf"),
                       review=review))
    display(BatchEvent("finish", total=10, to_process=8, done=8))
    text = stream.getvalue()
    assert "8 to read, 2 unchanged" in text
    assert "\r2/8 documents, 8 pages | 0.5 docs/s, 2.0 pages/s | ETA 0:12" in text
    assert text.endswith("\r\x1b[K")
    quiet = io.StringIO()
    ProgressDisplay(quiet, quiet=True, tty=True)(BatchEvent("start", total=1, to_process=1))
    assert quiet.getvalue() == ""


# ------------------------------------------------------------------ data package

def test_datapackage_validates(first_run: tuple[batch.BatchResult, Path]) -> None:
    frictionless = pytest.importorskip("frictionless")
    _, out = first_run
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert frictionless.Package.validate_descriptor(descriptor).valid
    written = {p.name for p in out.iterdir() if p.suffix in (".csv", ".parquet")}
    assert {r["path"] for r in descriptor["resources"]} == written
    for resource in descriptor["resources"]:
        data = (out / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource.get("bytes", len(data)) == len(data)
        assert ("bytes" in resource) == (resource["format"] == "csv")  # frictionless cannot count Parquet bytes
        assert all(field["description"] for field in resource["schema"]["fields"]), resource["name"]
        if resource["format"] == "parquet":
            names = pq.read_schema(out / resource["path"]).names
            assert names == [f["name"] for f in resource["schema"]["fields"]]
    # every table's data, CSV and Parquet: types, primary keys, foreign keys
    report = frictionless.validate(str(out / "datapackage.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:10]
    assert len(report.tasks) == len(descriptor["resources"])


# ------------------------------------------------------------------ dask

def test_dask_executor_gives_the_local_rows(first_run: tuple[batch.BatchResult, Path], archive: Path,
                                            tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    _, out = first_run
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  preload=["dhr_extract.batch.dask_preload"]) as cluster:
        with distributed.Client(cluster.scheduler_address) as client:  # the readers imported as the workers start
            assert set(client.run(eval, "'pdfplumber' in __import__('sys').modules").values()) == {True}
        result = run_batch([archive], tmp_path / "dask", executor="dask", scheduler=cluster.scheduler_address)
    assert (result.processed, result.duplicates) == (UNIQUE, 1)
    assert outputs(tmp_path / "dask") == outputs(out)


def test_a_deep_temporary_folder_still_runs_a_pool(tmp_path: Path) -> None:
    """A TMPDIR too deep for the forkserver's Unix socket ("AF_UNIX path too long") gives spawn
    workers, and the batch reads its documents as usual."""
    deep = tmp_path / ("t" * 60) / ("m" * 60)
    deep.mkdir(parents=True)
    assert not local_pool.forkserver_socket_fits(str(deep))
    assert local_pool.mp_context(str(deep)).get_start_method() == "spawn"
    assert local_pool.forkserver_socket_fits("/tmp")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("autonumbered.docx", "r_labels_status.html"):
        shutil.copy(SAMPLES / name, docs / name)
    proc = cli(str(docs), "--out", str(tmp_path / "out"), "--workers", "2",
               env={**os.environ, "TMPDIR": str(deep)})
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    reviews = pq.read_table(tmp_path / "out" / "reviews.parquet").to_pandas()
    assert sorted(reviews.status) == ["ok", "ok"]
