"""What a new user and a long archive run meet: Dask that cannot run, an output folder that
cannot be written, a per-document time limit, linear text joining, blank PDFs, Excel,
a data package that validates, ``python -m``, scripts without a main guard, packaging.
Each test is named after the numbered point of the sharp-edges issue it checks."""
from __future__ import annotations

import codecs
import dataclasses
import datetime
import functools
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from dhr_extract import __version__, batch
from dhr_extract.api import extract_document
from dhr_extract.batch import WorkerOutput, dask_cluster, local_pool, run_batch
from dhr_extract.cli import main
from dhr_extract.model import Dataset, Review
from dhr_extract.outputs.tables import TABLES
from dhr_extract.pipeline import Source
from tests.helpers import load_tool

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dhr_extract.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=ENV, timeout=timeout)


def one_plan(folder: Path, sample: str = "r_labels_status.html") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SAMPLES / sample, folder / sample)
    return folder


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_service() -> Iterator[int]:
    """A TCP service that accepts connections and never says a word (not a Dask scheduler)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for conn in accepted:
        conn.close()
    server.close()


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def slow_plan(folder: Path, rows: int = 10000) -> Path:
    """A real plan that takes well over the tests' 5 s limit to read (about 10 s on a free CPU, some
    300 times what ``r_labels_status.html`` takes)."""
    path = folder / "slow_plan.html"
    path.write_text(load_tool("benchmark").make_joined_html(rows), encoding="utf-8")
    return path


def limit_over(seconds: float) -> float:
    """A time limit far above ``seconds``, what a good document just took in a worker: whatever load
    the machine is under slows the good documents and those the limit must stop alike, so the limit
    follows it (the slow plan takes some 300 times the small one; a stuck one never ends).  At
    least 5 s: a read of a tenth of a second, on a loaded machine, may take ten times as long the
    next time."""
    return max(5.0, 25 * seconds)


def read_seconds(run: Callable[..., None], doc: Source, **how: object) -> float:
    """Seconds a worker of ``run`` (``run_local``, ``run_dask``) took to read ``doc``, measured at its
    second read (the first may also pay the worker's imports)."""
    outputs: list[WorkerOutput] = []
    for _ in range(2):
        run([doc], lambda _doc, out: outputs.append(out), **how)
    assert [o.dataset.reviews[0].status for o in outputs] == ["ok", "ok"]
    return outputs[-1].seconds


# ------------------------------------------------------------------ 9. Dask that cannot run

def assert_one_line_usage_error(result: subprocess.CompletedProcess[str], *words: str) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("dhr-extract: error: "), result.stderr
    assert all(word in lines[0] for word in words), lines[0]
    return lines[0]


def test_09_dask_unreachable_scheduler_is_one_line_fast(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    address = f"tcp://127.0.0.1:{closed_port()}"
    start = time.monotonic()
    result = run_cli(str(one_plan(tmp_path / "in")), "--out", str(tmp_path / "out"), "--executor", "dask",
                     "--scheduler", address)
    assert_one_line_usage_error(result, address)
    assert time.monotonic() - start < 25


def test_09_dask_malformed_address_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    result = run_cli(str(one_plan(tmp_path / "in")), "--out", str(tmp_path / "out"), "--executor", "dask",
                     "--scheduler", "not an address")
    assert_one_line_usage_error(result, "not an address")


def test_09_dask_another_service_on_the_port_is_one_line(tmp_path: Path, silent_service: int) -> None:
    pytest.importorskip("dask.distributed")
    address = f"tcp://127.0.0.1:{silent_service}"
    result = run_cli(str(one_plan(tmp_path / "in")), "--out", str(tmp_path / "out"), "--executor", "dask",
                     "--scheduler", address, timeout=60)
    assert_one_line_usage_error(result, address)


def test_09_dask_scheduler_without_workers_waits_then_says_so(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    from dhr_extract.batch import ExecutorUnavailable

    notes: list[str] = []
    with distributed.LocalCluster(n_workers=0, dashboard_address=None) as empty:
        with pytest.raises(ExecutorUnavailable, match="has no workers"):
            run_batch([one_plan(tmp_path / "in")], tmp_path / "out", executor="dask",
                      scheduler=empty.scheduler_address, worker_wait=1,
                      on_event=lambda e: notes.append(e.message) if e.kind == "note" else None)
    assert len(notes) == 1 and "waiting up to 1 s" in notes[0]


def test_09_dask_workers_gone_for_good_fail_the_rest_not_hang(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("dask.distributed")
    plans = tmp_path / "in"
    plans.mkdir()
    for k in range(4):
        (plans / f"p{k}.html").write_bytes((SAMPLES / "r_labels_status.html").read_bytes() + str(k).encode())
    found_workers = dask_cluster.wait_for_workers

    def then_every_worker_leaves(client: object, *args: object) -> None:
        found_workers(client, *args)
        going.scale(0)
        while client.scheduler_info()["workers"]:
            time.sleep(0.05)

    monkeypatch.setattr(dask_cluster, "wait_for_workers", then_every_worker_leaves)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as going:
        result = run_batch([plans], tmp_path / "out", executor="dask", scheduler=going.scheduler_address,
                           worker_wait=2)
    assert result.statuses == {"failed": 4}
    assert {e.error_type for e in result.dataset.errors} == {"worker_crashed"}
    assert all("no Dask worker left" in e.message for e in result.dataset.errors)


def test_09_dask_relative_paths_are_resolved_on_the_client(cluster: object, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    one_plan(tmp_path / "in")
    monkeypatch.chdir(tmp_path)  # the worker's working folder is not this one
    result = run_batch([Path("in")], tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address)
    assert result.statuses == {"ok": 1}
    assert [r.source_file for r in result.dataset.reviews] == [str(Path("in/r_labels_status.html"))]


# ------------------------------------------------------------------ 10. --out that cannot be written

def test_10_out_that_is_a_file_is_a_usage_error(tmp_path: Path) -> None:
    plans = one_plan(tmp_path / "in")
    (tmp_path / "taken").write_text("a file\n")
    assert_one_line_usage_error(run_cli(str(plans), "--out", str(tmp_path / "taken")), "is a file")
    assert_one_line_usage_error(run_cli(str(plans), "--out", str(tmp_path / "taken" / "sub")), "cannot write")
    assert (tmp_path / "taken").read_text() == "a file\n"


# ------------------------------------------------------------------ 11. a time limit per document

def test_11_timeout_fails_the_slow_document_only_local_pool(tmp_path: Path) -> None:
    plans = one_plan(tmp_path / "in")
    slow_plan(plans)
    started = time.monotonic()
    result = run_batch([plans], tmp_path / "out", workers=2, timeout=5)
    assert time.monotonic() - started < 60
    assert result.statuses == {"failed": 1, "ok": 1}, result.dataset.errors
    (error,) = result.dataset.errors
    assert (Path(error.source_file).name, error.error_type) == ("slow_plan.html", "timeout")
    assert "5 s" in error.message
    (review,) = [r for r in result.dataset.reviews if r.status == "failed"]
    assert review.source_sha256 == hashlib.sha256((plans / "slow_plan.html").read_bytes()).hexdigest()
    assert len(list((tmp_path / "out/.cache/parts").iterdir())) == 1  # the good one is cached
    again = run_batch([plans], tmp_path / "out", workers=2, timeout=5)
    assert (again.processed, again.cached) == (1, 1)  # a timeout is not cached: a larger limit may pass


def test_11_timeout_on_dask(cluster: object, tmp_path: Path) -> None:
    plans = one_plan(tmp_path / "in")
    seconds: list[float] = []  # the small plan in the worker, read twice: the first also pays its imports
    for run in ("first", "warm"):
        run_batch([plans], tmp_path / run, executor="dask", scheduler=cluster.scheduler_address,
                  on_event=lambda e: seconds.append(e.seconds) if e.kind == "document" else None)
    limit = limit_over(seconds[-1])
    slow_plan(plans)
    result = run_batch([plans], tmp_path / "out", executor="dask", scheduler=cluster.scheduler_address,
                       timeout=limit)
    assert result.statuses == {"failed": 1, "ok": 1}, (limit, result.dataset.errors)
    assert [(Path(e.source_file).name, e.error_type) for e in result.dataset.errors] == [("slow_plan.html", "timeout")]


def stuck_for(timeout: float | None) -> float:
    """How long a stuck task stays stuck: far past its time limit, so a run that ends sooner gave it up."""
    return max(60.0, 10 * (timeout or 0))


def stuck_on_name(source: Source, location: str | None = None, timeout: float | None = None) -> WorkerOutput:
    """A task stuck where the worker's own time limit cannot reach (as in native code)."""
    if "stuck" in source.path.name:
        import signal

        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(stuck_for(timeout))  # one C call: neither the alarm (blocked) nor a thread's async exception stops it
    return batch.process_document(source, location, timeout)


def test_11_timeout_stops_a_worker_stuck_in_native_code(tmp_path: Path) -> None:
    names = ["a.html", "b_stuck.html", "c.html"]
    for name in names:
        (tmp_path / name).write_bytes((SAMPLES / "r_labels_status.html").read_bytes() + name.encode())
    docs = [Source(tmp_path / name) for name in names]
    results: dict[str, WorkerOutput] = {}
    limit = limit_over(read_seconds(local_pool.run_local, docs[0], workers=1, task=stuck_on_name))
    started = time.monotonic()
    local_pool.run_local(docs, lambda doc, out: results.__setitem__(doc.path.name, out), workers=2, timeout=limit,
                         task=stuck_on_name, grace=1)
    assert time.monotonic() - started < stuck_for(limit)
    assert sorted(results) == names
    assert [e.error_type for e in results["b_stuck.html"].dataset.errors] == ["timeout"]
    assert all(results[n].dataset.reviews[0].status == "ok" for n in names if n != "b_stuck.html")


def test_11_timeout_on_dask_gives_up_a_document_stuck_in_native_code(tmp_path: Path) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    distributed = pytest.importorskip("dask.distributed")
    names = ["a.html", "b_stuck.html"]
    for name in names:
        (tmp_path / name).write_bytes((SAMPLES / "r_labels_status.html").read_bytes() + name.encode())
    docs = [Source(tmp_path / name) for name in names]
    results: dict[str, WorkerOutput] = {}
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import the tests
    try:  # a cluster of its own: the stuck thread stays stuck until its worker is closed
        with distributed.LocalCluster(n_workers=1, threads_per_worker=2, dashboard_address=None) as own, \
                distributed.Client(own.scheduler_address) as client:
            limit = limit_over(read_seconds(dask_cluster.run_dask, docs[0], client=client,
                                            scheduler=own.scheduler_address, task=stuck_on_name))
            started = time.monotonic()
            dask_cluster.run_dask(docs, lambda doc, out: results.__setitem__(doc.path.name, out), client=client,
                                  scheduler=own.scheduler_address, timeout=limit, grace=1, task=stuck_on_name)
            assert time.monotonic() - started < stuck_for(limit)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert [e.error_type for e in results["b_stuck.html"].dataset.errors] == ["timeout"]
    assert results["a.html"].dataset.reviews[0].status == "ok"


def fails_on_name(source: Source, location: str | None = None, timeout: float | None = None) -> WorkerOutput:
    """A task that raises for one document (as a worker's KilledWorker or a library bug would)."""
    if "broken" in source.path.name:
        raise RuntimeError(f"cannot read {source.path.name}")
    return batch.process_document(source, location, timeout)


def test_09_dask_a_failing_task_fails_its_document_only(cluster: object, tmp_path: Path) -> None:
    cloudpickle = pytest.importorskip("cloudpickle")
    distributed = pytest.importorskip("dask.distributed")
    names = ["a.html", "b_broken.html", "c.html", "d.html"]
    for name in names:
        (tmp_path / name).write_bytes((SAMPLES / "r_labels_status.html").read_bytes() + name.encode())
    results: dict[str, WorkerOutput] = {}
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import the tests
    try:
        with distributed.Client(cluster.scheduler_address) as client:
            dask_cluster.run_dask([Source(tmp_path / name) for name in names],
                                  lambda doc, out: results.__setitem__(doc.path.name, out), client=client,
                                  scheduler=cluster.scheduler_address, timeout=60, task=fails_on_name)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
    assert sorted(results) == names
    [error] = results["b_broken.html"].dataset.errors
    assert error.error_type == "worker_crashed" and "cannot read b_broken.html" in error.message
    assert {results[n].dataset.reviews[0].status for n in names if n != "b_broken.html"} == {"ok"}


def test_11_timeout_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plans = one_plan(tmp_path / "in")
    slow_plan(plans)
    assert main([str(plans), "--out", str(tmp_path / "out"), "--timeout", "5", "-q", "-j", "1"]) == 1
    err = capsys.readouterr().err
    assert "slow_plan.html: timeout:" in err and "r_labels_status" not in err
    for bad in ("-1", "soon"):
        with pytest.raises(SystemExit) as exit_:
            main([str(plans), "--out", str(tmp_path / "out"), "--timeout", bad])
        assert exit_.value.code == 2


# ------------------------------------------------------------------ 12. joining is linear

def test_12_sentence_end_is_read_from_the_end_only() -> None:
    from dhr_extract.extract.html import read_html
    from dhr_extract.normalise.records import document_to_dataset
    from dhr_extract.normalise.rows import SENTENCE_END, ends_sentence, join_text

    for text in ["", " ", "a", "a.", "a. ", "a.\n\t", "(a)", "[b]", "x:", "x;  ", "why?", "no!", "a.b", "a .x",
                 "3.1", "end)\u00a0", "a\u2003", "." * 5 + "x"]:
        assert ends_sentence(text) == bool(SENTENCE_END.search(text)), repr(text)
    assert join_text("First part.", "second") == "First part.\nsecond"
    assert join_text("first part", "carried on") == "first part carried on"
    # the benchmark's plan: one recommendation whose text is every row's, in order, joined
    html = load_tool("benchmark").make_joined_html(50)
    dataset = document_to_dataset(read_html(Path("plan.html"), html.encode(), "0" * 64))
    (rec,) = dataset.recommendations
    assert [m.group(1) for m in re.finditer(r"\(part (\d+)\)", rec.rec_text)] == [str(k) for k in range(2, 51)]


def test_12_joining_reads_each_piece_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A recommendation carried on by every row is joined once from its pieces: the joiner looks at
    each piece's end once, never at the whole text gathered so far (that was quadratic in the rows)."""
    from dhr_extract.extract.html import read_html
    from dhr_extract.normalise import rows
    from dhr_extract.normalise.records import document_to_dataset

    looked_at: list[int] = []
    real = rows.ends_sentence

    def counting(text: str) -> bool:
        looked_at.append(len(text))
        return real(text)

    monkeypatch.setattr(rows, "ends_sentence", counting)
    n_rows = 400
    html = load_tool("benchmark").make_joined_html(n_rows)
    (rec,) = document_to_dataset(read_html(Path("plan.html"), html.encode(), "0" * 64)).recommendations
    assert rec.rec_text.count("(part ") == n_rows - 1
    # Each of the n - 1 joins looks at one piece: in all, about the length of the text once (the
    # quadratic fold looked at the whole text at every join: about n / 2 times its length).
    assert len(looked_at) >= n_rows - 1
    assert sum(looked_at) <= 1.1 * len(rec.rec_text)
    # the same text as joining the pieces one after another
    pieces = ["R1 Train staff.", "carried on", "mid-sentence", "• a bullet", "2. a label", "", "the end"]
    assert rows.join_pieces(pieces) == functools.reduce(rows.join_text, [p for p in pieces if p], "")
    assert rows.join_pieces(pieces) == ("R1 Train staff.\ncarried on mid-sentence\n• a bullet\n2. a label"
                                        " the end")


# ------------------------------------------------------------------ 13. blank pages are not a scan

def test_13_pdf_of_blank_pages_says_no_text(tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    pdf = pdfium.PdfDocument.new()
    for _ in range(2):
        pdf.new_page(595, 842)
    path = tmp_path / "blank.pdf"
    pdf.save(str(path))
    pdf.close()
    (error,) = extract_document(path).errors
    assert error.error_type == "no_text_layer"
    assert "blank" in error.message and "scan" not in error.message and "OCR" not in error.message


# ------------------------------------------------------------------ 14. Excel

def test_14_xlsx_workbook(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    plans = one_plan(tmp_path / "in", "home_office_7col.docx")
    assert main([str(plans), "--out", str(tmp_path / "out"), "--format", "xlsx", "-q"]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".cache", "dhr-action-plans.xlsx"]
    workbook = openpyxl.load_workbook(tmp_path / "out" / "dhr-action-plans.xlsx")
    assert workbook.sheetnames == list(TABLES)
    actions = workbook["actions"]
    header = [c.value for c in actions[1]]
    assert header == [f.name for f in dataclasses.fields(TABLES["actions"])]
    assert actions.freeze_panes == "A2"
    assert actions.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(len(header))}{actions.max_row}"
    target = header.index("target_date") + 1
    dated = [row[target - 1] for row in actions.iter_rows(min_row=2) if row[target - 1].value is not None]
    assert dated and all(cell.is_date for cell in dated)
    widths = {header[i]: actions.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width
              for i in range(len(header))}
    assert all(8 <= w <= 60 for w in widths.values())
    assert widths["action_text"] == 60 and widths["action_seq"] >= len("action_seq")


def test_14_xlsx_keeps_text_as_text(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from dhr_extract.outputs.writers import write_dataset

    review = Review("r1", "=HYPERLINK(\"x\")", "", "pdf", "bell\x07 — ’ end", None, "", "ok",
                    document_date=datetime.date(2021, 3, 31))
    write_dataset(Dataset(reviews=[review]), tmp_path, ["xlsx"])
    sheet = openpyxl.load_workbook(tmp_path / "dhr-action-plans.xlsx")["reviews"]
    row = {h.value: c for h, c in zip(sheet[1], sheet[2])}
    assert row["source_file"].data_type == "s" and row["source_file"].value == "=HYPERLINK(\"x\")"
    assert row["title"].value == "bell — ’ end"
    assert row["document_date"].value == datetime.datetime(2021, 3, 31) and row["document_date"].is_date


def test_14_csv_opens_in_excel_as_utf8(tmp_path: Path) -> None:
    from dhr_extract.outputs.writers import write_dataset

    review = Review("r1", "plan.pdf", "", "pdf", "Action plan — Maya’s review", None, "", "ok")
    write_dataset(Dataset(reviews=[review]), tmp_path, ["csv"])
    data = (tmp_path / "reviews.csv").read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # what tells Excel the file is UTF-8
    assert "Action plan — Maya’s review" in data.decode("utf-8-sig")


# ------------------------------------------------------------------ 15. the data package validates

def test_15_frictionless_validate_passes_for_every_resource(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    plans = tmp_path / "in"
    for sample in ("theme_numbered_borderless.pdf", "r_labels_status.html", "home_office_7col.docx"):
        one_plan(plans, sample)
    (plans / "empty.pdf").write_bytes(b"")
    run_batch([plans], tmp_path / "out", formats=["csv", "parquet"], workers=2)
    descriptor = json.loads((tmp_path / "out/datapackage.json").read_text(encoding="utf-8"))
    assert {r["format"] for r in descriptor["resources"]} == {"csv", "parquet"}
    # as the README tells users to run it
    command = shutil.which("frictionless")
    if command:
        done = subprocess.run([command, "validate", "out/datapackage.json", "--json"], capture_output=True,
                              text=True, cwd=tmp_path, timeout=300)
        report = json.loads(done.stdout)
        assert done.returncode == 0 and report["valid"], [t["name"] for t in report["tasks"] if not t["valid"]]
        assert len(report["tasks"]) == len(descriptor["resources"])
    report = frictionless.validate(str(tmp_path / "out/datapackage.json"))
    assert report.valid, report.flatten(["taskName", "rowNumber", "fieldName", "type", "note"])[:10]


# ------------------------------------------------------------------ 16. python -m, scripts, source_file, counts

def test_16_python_m_dhr_extract(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "dhr_extract", "--version"], capture_output=True, text=True,
                          cwd=tmp_path, env=ENV, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"dhr-extract {__version__}"
    done = subprocess.run([sys.executable, "-m", "dhr_extract", str(one_plan(tmp_path / "in")), "--out",
                           str(tmp_path / "out")], capture_output=True, text=True, cwd=tmp_path, env=ENV, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "1 document (1 ok; 1 read, 0 unchanged)" in done.stderr
    assert "dhr-extract: 1 document: 1 to read" in done.stderr


def readme_python_snippets() -> list[str]:
    """The README's Python examples that read plans (the API and the batch one)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [code for code in re.findall(r"```python\n(.*?)```", text, flags=re.S)
            if "extract_paths(" in code or "run_batch(" in code]


@pytest.mark.parametrize("snippet", readme_python_snippets(), ids=lambda code: "run_batch" if "run_batch(" in code else "extract_paths")
def test_16_readme_python_snippets_run_as_saved_scripts(snippet: str, tmp_path: Path) -> None:
    assert "if __name__" not in snippet
    for folder in ("plans", "archive"):
        one_plan(tmp_path / folder)
        one_plan(tmp_path / folder, "autonumbered.docx")
    script = tmp_path / "script.py"
    script.write_text(snippet + "\nprint('done')\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, env=ENV,
                          timeout=180)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("done") and "Traceback" not in done.stderr, done.stderr
    written = next(p for p in (tmp_path / "out", tmp_path / "dataset") if p.exists())
    import pyarrow.parquet as pq

    reviews = pq.read_table(written / "reviews.parquet").to_pylist()
    assert [r["status"] for r in reviews] == ["ok", "ok"]


def test_16_readme_has_both_python_snippets() -> None:
    snippets = readme_python_snippets()
    assert any("extract_paths(" in code for code in snippets) and any("run_batch(" in code for code in snippets)


def test_16_warnings_and_residue_name_their_document(tmp_path: Path) -> None:
    plans = tmp_path / "in"
    for sample in ("autonumbered.docx", "nuneaton_dhr1.docx", "r_labels_status.html"):
        one_plan(plans, sample)
    shutil.copyfile(SAMPLES / "r_labels_status.html", plans / "zz_copy.html")
    result = run_batch([plans], tmp_path / "out", executor="serial")
    dataset = result.dataset
    assert dataset.warnings and dataset.residue
    by_id = {r.review_id: r for r in dataset.reviews}
    for row in (*dataset.residue, *(w for w in dataset.warnings if w.code != "duplicate_document")):
        assert row.source_file == by_id[row.review_id].source_file
    (duplicate,) = [w for w in dataset.warnings if w.code == "duplicate_document"]
    assert duplicate.source_file == str(plans / "zz_copy.html")
    for review in dataset.reviews:
        assert review.n_warnings == sum(w.review_id == review.review_id for w in dataset.warnings)
        assert review.n_residue == sum(r.review_id == review.review_id for r in dataset.residue)
    assert sum(r.n_warnings for r in dataset.reviews) == len(dataset.warnings)
    assert sum(r.n_residue for r in dataset.reviews) == len(dataset.residue) > 0


# ------------------------------------------------------------------ 17. samples/README.md

def test_17_samples_readme_names_only_paths_of_the_checkout() -> None:
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    paths = re.findall(r"(?<![\w/])(/?(?:[\w.<>-]+/)+[\w.<>-]+\.(?:py|json|md|pdf|docx|html))", text)
    assert "tools/score.py" in paths
    for path in paths:
        assert not path.startswith("/"), path
        concrete = path.split("<")[0].rstrip("/") or "."
        assert (ROOT / concrete).exists(), path


# ------------------------------------------------------------------ 18. packaging metadata

def test_18_pyproject_metadata() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    meta = project["project"]
    assert "version" not in meta and "version" in meta["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "dhr_extract.__version__"}
    assert meta["license"] and all((ROOT / f).is_file() for f in meta["license-files"])
    assert any(c.startswith("Programming Language :: Python :: 3") for c in meta["classifiers"])
    assert {"Homepage", "Source", "Issues"} <= set(meta["urls"])
    assert all(url.startswith("https://") for url in meta["urls"].values())
    assert "openpyxl>=3.1" in meta["dependencies"]
