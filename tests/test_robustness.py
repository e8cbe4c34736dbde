"""Robustness: text functions never raise on any text, mutated documents never crash the
extractor, parsers never touch the network, and a run writes nothing outside its output folder."""
from __future__ import annotations

import http.server
import io
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import zipfile
from pathlib import Path

from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dhr_extract.api import extract_document, extract_paths
from dhr_extract.extract.text import clean_text
from dhr_extract.normalise.as_at import as_of_text
from dhr_extract.normalise.headers import ROLE_PATTERNS, fold_header, header_role
from dhr_extract.normalise.labels import Label, label_from_cell, split_agency_prefix, split_label

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Every error_type a document can fail with (README, "Errors and warnings"), except the
# "<stage>_failed" ones, which mean a bug in dhr-extract and must never come from a bad input.
KNOWN_ERRORS = {"empty_file", "unsupported_format", "legacy_format", "encrypted", "corrupt_pdf", "no_text_layer",
                "corrupt_docx", "not_docx", "zip_bomb", "unsafe_xml", "too_complex", "unreadable", "not_found",
                "too_large"}
OK_STATUSES = {"ok", "partial", "no_action_plan"}

# ------------------------------------------------------------------ text functions, any text

TOKENS = ["Recommendation", "recommendation ", "Rec", "R", "r ", "No.", "1", "3.1", "10.2a", "200", "201", "2019",
          ".", ":", ")", "-", "–", " ", "\n", "\t", "\u00a0", "\u2028", "\r\n", "POLICE", "Police", "NHS", " and ",
          "as at", "As of", " 1st February 2022", "(", ")", "?", "•", "\uf0b7", "\x00", "\x0b", "é", "e\u0301", "İ",
          "ß", "ﬁ", "Lead agency", "Target date", "Progress", "Update", "RAG", "Action", "Status", "\ud7ff", "🙂"]
plan_like = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=4)), max_size=25).map("".join)
any_text = st.one_of(st.text(), plan_like, st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
ROLES = {role for role, _ in ROLE_PATTERNS}
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(any_text)
def test_split_label_never_raises(text):
    label, rest = split_label(text)
    assert isinstance(rest, str)
    if label is None:
        assert rest == text
    else:
        assert isinstance(label, Label) and isinstance(label.number, str) and text.endswith(rest)


@PROPERTY
@given(any_text)
def test_label_from_cell_never_raises(text):
    label = label_from_cell(text)
    assert label is None or (isinstance(label, Label) and isinstance(label.number, str))


@PROPERTY
@given(any_text)
def test_split_agency_prefix_never_raises(text):
    agency, rest = split_agency_prefix(text)
    assert isinstance(agency, str) and isinstance(rest, str)
    assert rest == text if not agency else text.endswith(rest)


@PROPERTY
@given(any_text)
def test_header_functions_never_raise(text):
    assert header_role(text) in ROLES | {None}
    assert isinstance(fold_header(text), str)
    as_of = as_of_text(text)
    assert isinstance(as_of, str) and as_of in text.replace("\n", " ")


@PROPERTY
@given(any_text)
def test_clean_text_never_raises(text):
    cleaned = clean_text(text)
    assert isinstance(cleaned, str)
    for line in cleaned.split("\n") if cleaned else []:
        assert line and line == line.strip()
        assert not any(unicodedata.category(ch) == "Cc" for ch in line)


# ------------------------------------------------------------------ mutated documents

SEED = 20240611
N_MUTANTS = 30
# A guard against a mutant that hangs the reader (a runaway loop), not a speed goal: the speed goals
# are measured by tools/benchmark.py. The 30 mutants read in about 20 s together alone, so a limit this
# wide only fails on a real hang, never on a busy machine.
SECONDS_PER_DOCUMENT = 30.0
FUZZ_SOURCES = ["theme_numbered_borderless.pdf", "recommendation_colon.docx", "autonumbered.docx",
                "r_labels_status.html", "nuneaton_dhr1.html"]


def flip_bytes(data: bytes, rng: random.Random, n: int) -> bytes:
    out = bytearray(data)
    for _ in range(n):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def shuffle_cells(data: bytes, rng: random.Random) -> bytes:
    """An HTML plan with cells shuffled inside rows, dropped, and rows dropped or duplicated."""
    soup = BeautifulSoup(data, "lxml")
    for tr in soup.find_all("tr"):
        cells = tr.find_all(["td", "th"], recursive=False)
        roll = rng.random()
        if roll < 0.1:
            tr.decompose()
            continue
        if roll < 0.15:
            tr.insert_after(BeautifulSoup(str(tr), "lxml").tr)
        for cell in cells:
            if rng.random() < 0.15:
                cell.extract()
        remaining = tr.find_all(["td", "th"], recursive=False)
        if rng.random() < 0.3 and len(remaining) > 1:
            for cell in remaining:
                cell.extract()
            rng.shuffle(remaining)
            for cell in remaining:
                tr.append(cell)
        if rng.random() < 0.1 and remaining:
            rng.choice(remaining)["rowspan"] = str(rng.choice([0, 2, 50, -1, "x"]))
    return str(soup).encode("utf-8")


def mutate_docx_xml(data: bytes, rng: random.Random) -> bytes:
    """A .docx whose document.xml lost random cells, rows or properties (still a valid zip)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = src.read(info)
            if info.filename == "word/document.xml":
                pattern = rng.choice([rb"<w:tc>.*?</w:tc>", rb"<w:tr[ >].*?</w:tr>", rb"<w:tcPr>.*?</w:tcPr>",
                                      rb"<w:gridCol [^>]*/>", rb"<w:numPr>.*?</w:numPr>"])
                member = re.sub(pattern, lambda m: b"" if rng.random() < 0.3 else m.group(), member, flags=re.S)
            dst.writestr(info, member)
    return out.getvalue()


def mutants() -> list[tuple[str, str, bytes]]:
    rng = random.Random(SEED)
    sources = {name: (SAMPLES / name).read_bytes() for name in FUZZ_SOURCES}
    made = []
    for i in range(N_MUTANTS):
        name = FUZZ_SOURCES[i % len(FUZZ_SOURCES)]
        data = sources[name]
        kinds = ["flip", "flip_many", "truncate"] + (["cells"] * 2 if name.endswith(".html") else []) + (
            ["xml"] if name.endswith(".docx") else [])
        kind = rng.choice(kinds)
        if kind == "flip":
            mutant = flip_bytes(data, rng, rng.randint(1, 8))
        elif kind == "flip_many":
            mutant = flip_bytes(data, rng, rng.randint(50, 500))
        elif kind == "truncate":
            mutant = data[: rng.randrange(len(data))]
        elif kind == "cells":
            mutant = shuffle_cells(data, rng)
        else:
            mutant = mutate_docx_xml(data, rng)
        made.append((f"{i:02d}_{kind}_{name}", kind, mutant))
    return made


def test_mutated_documents_fail_cleanly_or_succeed(tmp_path):
    outcomes = []
    for name, kind, data in mutants():
        path = tmp_path / name
        path.write_bytes(data)
        started = time.perf_counter()
        part = extract_document(path)
        elapsed = time.perf_counter() - started
        assert elapsed < SECONDS_PER_DOCUMENT, f"{name} took {elapsed:.1f} s"
        (review,) = part.reviews
        if part.errors:
            (error,) = part.errors
            assert error.error_type in KNOWN_ERRORS, f"{name}: {error.error_type}: {error.message}"
            assert review.status == "failed" and "\n" not in error.message and error.message
        else:
            assert review.status in OK_STATUSES
        outcomes.append(review.status)
    assert "failed" in outcomes and "ok" in outcomes  # the mutants do exercise both paths


# ------------------------------------------------------------------ no network

def html_with_external_resources(base: str) -> bytes:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "{base}/xhtml1-strict.dtd">
<html><head><meta charset="utf-8"><title>Plan</title>
<link rel="stylesheet" href="{base}/style.css"><script src="{base}/app.js"></script>
<style>@import url("{base}/import.css"); body {{ background: url({base}/bg.png) }}</style>
<meta http-equiv="refresh" content="0; url={base}/refresh"><base href="{base}/">
</head><body><img src="{base}/logo.png" srcset="{base}/logo2.png 2x"><iframe src="{base}/frame"></iframe>
<object data="{base}/object.svg"></object><embed src="{base}/embed.swf"><video src="{base}/v.mp4"></video>
<table><tr><th>Recommendation</th><th>Action</th><th>Lead agency</th></tr>
<tr><td>1. Share records <img src="{base}/cell.png"></td><td>Audit <a href="{base}/doc">link</a></td>
<td>Police</td></tr></table></body></html>""".encode()


def docx_with_external_relationships(base: str) -> bytes:
    """The DOCX sample plus external relationships (a linked image, a hyperlink, a frame, a
    numbering part), a run that uses the linked image, and an external DTD and entity."""
    rels = {
        "rIdExtImage": ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "/linked.png"),
        "rIdExtLink": ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "/page"),
        "rIdExtFrame": ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/frame", "/frame.html"),
        "rIdExtNumbering": ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering",
                            "/numbering.xml"),
    }
    extra = "".join(f'<Relationship Id="{rid}" Type="{kind}" Target="{base}{target}" TargetMode="External"/>'
                    for rid, (kind, target) in rels.items()).encode()
    picture = (b'<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
               b'wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
               b'<a:graphicData><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
               b' r:link="rIdExtImage"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
               b'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> INCLUDEPICTURE "' + base.encode()
               + b'/field.png" \\d </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    out = io.BytesIO()
    with zipfile.ZipFile(SAMPLES / "recommendation_colon.docx") as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                member = member.replace(b"</Relationships>", extra + b"</Relationships>")
            elif info.filename == "word/document.xml":
                member = member.replace(b"</w:p>", picture + b"</w:p>", 1)
                body = member[member.index(b"?>") + 2:] if member.startswith(b"<?xml") else member
                member = (b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE w:document SYSTEM "'
                          + base.encode() + b'/document.dtd" [<!ENTITY ext SYSTEM "' + base.encode()
                          + b'/entity.xml">]>' + body.replace(b"</w:t>", b"&ext;</w:t>", 1))
            dst.writestr(info, member)
    return out.getvalue()


def extract_network_documents(tmp_path: Path, base: str) -> None:
    html = tmp_path / "external.html"
    html.write_bytes(html_with_external_resources(base))
    docx = tmp_path / "external.docx"
    docx.write_bytes(docx_with_external_relationships(base))
    dataset = extract_paths([html, docx])
    assert dataset.errors == []
    assert {r.source_file: r.n_recommendations for r in dataset.reviews} == {str(docx): 6, str(html): 1}


def test_parsers_never_open_a_socket(tmp_path, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access during extraction")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    extract_network_documents(tmp_path, "http://example.invalid")
    assert attempts == []


def test_parsers_never_fetch_from_a_server(tmp_path):
    """The same documents pointing at a live local server: no request arrives (this also catches
    fetches made by C libraries such as libxml2, which a Python socket patch would not see)."""
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's naming
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        extract_network_documents(tmp_path, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []


# ------------------------------------------------------------------ no writes outside --out

def tree(root: Path) -> dict[str, tuple[int, int] | None]:
    """Everything under ``root`` but out/: files with size and mtime, folders by name (a temporary
    file made and removed again, e.g. by multiprocessing in TMPDIR, leaves no trace here)."""
    return {str(p.relative_to(root)): (p.stat().st_size, p.stat().st_mtime_ns) if p.is_file() else None
            for p in sorted(root.rglob("*")) if not p.is_relative_to(root / "out")}


def test_cli_writes_only_to_the_output_folder(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("r_labels_status.html", "recommendation_colon.docx", "theme_numbered_borderless.pdf"):
        (inputs / name).write_bytes((SAMPLES / name).read_bytes())
    (inputs / "broken.pdf").write_bytes((SAMPLES / "theme_numbered_borderless.pdf").read_bytes()[:3000])
    (inputs / "external.html").write_bytes(html_with_external_resources("http://example.invalid"))
    for folder in ("home", "work"):
        (tmp_path / folder).mkdir()
    # TMPDIR on a short path of its own: the worker pool's socket in it must fit a Unix socket's
    # 108 bytes, which a test's folder under pytest's base folder (and a worker's) may not.
    temp = Path(tempfile.mkdtemp(prefix="t"))
    env = {**os.environ, "HOME": str(tmp_path / "home"), "TMPDIR": str(temp),
           "PYTHONDONTWRITEBYTECODE": "1",
           "PYTHONPATH": str(SAMPLES.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("XDG_CACHE_HOME", None)
    before = tree(tmp_path)
    try:
        result = subprocess.run([sys.executable, "-m", "dhr_extract.cli", str(inputs), "--out", str(tmp_path / "out")],
                                cwd=tmp_path / "work", env=env, capture_output=True, text=True, timeout=120)
        left_in_temp = tree(temp)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    assert result.returncode == 1, result.stderr  # broken.pdf
    assert "Traceback" not in result.stderr
    assert tree(tmp_path) == before
    assert left_in_temp == {}
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "reviews.csv" in written and "reviews.parquet" in written
    assert not [p for p in (tmp_path / "out").rglob("*.tmp")]  # no half-written file left behind
