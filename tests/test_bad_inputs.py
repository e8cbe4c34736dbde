"""The bad input battery: every bad document gives one stable error (or a clear status), never
a traceback, and the rest of the batch is still read.

Every bad file is made on the fly in ``tmp_path`` (from the samples where that helps) and run
through ``extract_paths`` together with a good sample, whose recommendations must still come out.
"""
from __future__ import annotations

import hashlib
import io
import os
import stat
import struct
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import dhr_extract.extract.docx.package as docx_module  # where the zip-bomb limit lives
from dhr_extract.api import extract_document, extract_paths
from dhr_extract.model import Dataset

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOOD = SAMPLES / "r_labels_status.html"  # the good document of every batch: 8 recommendations
GOOD_RECS = 8
PDF = SAMPLES / "theme_numbered_borderless.pdf"  # 10 recommendations
DOCX = SAMPLES / "recommendation_colon.docx"  # 6 recommendations
HTML = SAMPLES / "r_labels_status.html"

HEAD = ("<tr><th>No.</th><th>Recommendation</th><th>Action</th><th>Lead agency</th><th>Target date</th>"
        "<th>Progress</th></tr>")


# ------------------------------------------------------------------ helpers

def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def not_the_good_one(source: Path) -> bytes:
    """The bytes of ``source``, made to differ from the good document's: a byte-identical copy
    would be a duplicate of it, whose rows are given once, under the first path."""
    return source.read_bytes() + (b"<!-- a renamed copy -->" if source == GOOD else b"")


def batch(bad: Path) -> tuple[Dataset, list]:
    """Run ``bad`` with the good sample; check the good one is intact; the bad one's errors."""
    dataset = extract_paths([bad, GOOD])
    good = [r for r in dataset.reviews if r.source_file == str(GOOD)]
    assert len(good) == 1 and good[0].status == "ok"
    assert sum(1 for r in dataset.recommendations if r.source_file == str(GOOD)) == GOOD_RECS
    assert not [e for e in dataset.errors if e.source_file == str(GOOD)]
    reviews = [r for r in dataset.reviews if r.source_file == str(bad)]
    assert len(reviews) == 1
    return dataset, [e for e in dataset.errors if e.source_file == str(bad)]


def assert_fails(bad: Path, error_type: str) -> str:
    """``bad`` fails with exactly one ``error_type`` error whose message is one readable line."""
    dataset, errors = batch(bad)
    assert [e.error_type for e in errors] == [error_type], errors
    (review,) = [r for r in dataset.reviews if r.source_file == str(bad)]
    assert review.status == "failed" and review.n_recommendations == 0
    assert not [r for r in dataset.recommendations if r.source_file == str(bad)]
    return one_line(errors[0].message)


def one_line(message: str) -> str:
    assert message.strip() and "\n" not in message and "\r" not in message and len(message) <= 500
    assert "Traceback" not in message
    return message


def status_of(bad: Path) -> str:
    dataset, errors = batch(bad)
    assert errors == []
    return next(r.status for r in dataset.reviews if r.source_file == str(bad))


def recs_of(dataset: Dataset, path: Path) -> list:
    return [r for r in dataset.recommendations if r.source_file == str(path)]


def rezip(data: bytes, changes: dict[str, object], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A copy of a zip with some members replaced (bytes, or a function of the old bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", compression) as dst:
        for info in src.infolist():
            member = src.read(info)
            change = changes.get(info.filename)
            if change is not None:
                member = change(member) if callable(change) else change
            dst.writestr(info.filename, member)
    return out.getvalue()


def with_prolog(prolog: bytes, marker: bytes = b"Recommendation 1:", insert: bytes = b""):
    """A change for word/document.xml: ``prolog`` (a DTD) before the root, ``insert`` after a marker."""
    def change(xml: bytes) -> bytes:
        assert marker in xml
        body = xml[xml.index(b"?>") + 2:] if xml.startswith(b"<?xml") else xml
        return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
                + body.replace(marker, marker + insert, 1))
    return change


def make_docx(tables: list[list[list[str]]], title: str = "Domestic Homicide Review") -> bytes:
    """A .docx (python-docx) with a title paragraph and the given tables."""
    import docx

    document = docx.Document()
    document.add_paragraph(title)
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ------------------------------------------------------------------ empty, truncated, corrupt PDF

@pytest.mark.parametrize("name, data", [("plan.pdf", b""), ("plan.docx", b" \r\n\t "), ("plan.html", b"")])
def test_empty_file(tmp_path, name, data):
    message = assert_fails(write(tmp_path / name, data), "empty_file")
    assert "empty" in message


@pytest.mark.parametrize("keep", [1 / 3, 0.9, 20 / 35156])
def test_truncated_pdf(tmp_path, keep):
    data = PDF.read_bytes()
    message = assert_fails(write(tmp_path / "truncated.pdf", data[: int(len(data) * keep)]), "corrupt_pdf")
    assert "damaged" in message


def test_pdf_with_broken_xref_recovers_or_is_corrupt(tmp_path):
    data = PDF.read_bytes()
    start = data.rindex(b"startxref")
    bad_offset = data[:start] + b"startxref\n999999\n%%EOF\n"  # points nowhere: pdfminer rebuilds it
    garbled = data[:data.rindex(b"xref")] + b"xref\n0 7\n000000zz00 65535 f \ngarbage\n" + data[start:]
    for name, broken in (("offset.pdf", bad_offset), ("table.pdf", garbled)):
        path = write(tmp_path / name, broken)
        dataset, errors = batch(path)
        if errors:
            assert [e.error_type for e in errors] == ["corrupt_pdf"]
            one_line(errors[0].message)
        else:
            assert len(recs_of(dataset, path)) == 10


# ------------------------------------------------------------------ encrypted PDF (RC4, standard handler)

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    i = j = 0
    out = bytearray()
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str, user: bytes, owner: bytes = b"owner") -> bytes:
    """A one-page PDF encrypted with the standard security handler, 40-bit RC4 (PDF 1.4, V1 R2):
    no library needed, and any conforming reader decrypts it with the user password."""
    doc_id = hashlib.md5(b"dhr-extract test").digest()
    permissions = -4
    o_entry = rc4(hashlib.md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    key = hashlib.md5((user + _PAD)[:32] + o_entry + struct.pack("<i", permissions) + doc_id).digest()[:5]
    u_entry = rc4(key, _PAD)
    object_key = hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\0\0").digest()[:10]  # object 4, generation 0
    content = rc4(object_key, f"BT /F1 24 Tf 72 700 Td ({text}) Tj ET".encode())
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o_entry.hex().encode(), u_entry.hex().encode(),
                                                                      permissions),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, doc_id.hex().encode(), doc_id.hex().encode(), xref)
    return bytes(out)


def test_password_protected_pdf(tmp_path):
    import pdfplumber

    data = encrypted_pdf("Action plan", user=b"secret")
    with pdfplumber.open(io.BytesIO(data), password="secret") as pdf:  # a genuine encrypted PDF
        assert pdf.pages[0].extract_text() == "Action plan"
    message = assert_fails(write(tmp_path / "protected.pdf", data), "encrypted")
    assert "password" in message


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    """Encrypted, but with an empty user password: readers open it without asking."""
    path = write(tmp_path / "owner_only.pdf", encrypted_pdf("Action plan", user=b""))
    dataset, errors = batch(path)
    assert errors == []
    (review,) = [r for r in dataset.reviews if r.source_file == str(path)]
    assert review.status == "no_action_plan" and review.title == "Action plan"


# ------------------------------------------------------------------ scanned PDF

def test_image_only_pdf_needs_ocr(tmp_path, monkeypatch):
    import pypdfium2

    monkeypatch.setitem(sys.modules, "pytesseract", None)  # without the ocr extra (with it: tests/test_ocr.py)

    pdf = pypdfium2.PdfDocument(str(PDF))
    try:
        images = [pdf[i].render(scale=1).to_pil().convert("RGB") for i in range(2)]
    finally:
        pdf.close()
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=72)
    message = assert_fails(write(tmp_path / "scanned.pdf", out.getvalue()), "no_text_layer")
    assert "OCR" in message and "ocrmypdf" in message


# ------------------------------------------------------------------ broken DOCX

def test_docx_that_is_not_a_zip(tmp_path):
    message = assert_fails(write(tmp_path / "plan.docx", b"Action plan\nRecommendation 1: do it\n"),
                           "unsupported_format")
    assert ".docx" in message


@pytest.mark.parametrize("how", ["truncated", "member bytes flipped", "central directory lost"])
def test_corrupt_docx_zip(tmp_path, how):
    data = DOCX.read_bytes()
    if how == "truncated":
        bad = data[: len(data) // 2]
    elif how == "member bytes flipped":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        middle = start + info.compress_size // 2
        bad = data[:middle] + bytes(b ^ 0x5A for b in data[middle:middle + 64]) + data[middle + 64:]
    else:
        bad = data[: data.rindex(b"PK\x01\x02")]
    message = assert_fails(write(tmp_path / "corrupt.docx", bad), "corrupt_docx")
    assert "corrupt" in message


def test_docx_zip_bomb(tmp_path, monkeypatch):
    monkeypatch.setattr(docx_module, "MAX_MEMBER_BYTES", 1024 * 1024)
    padding = b"<w:p><w:r><w:t>" + b" " * (8 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body>"
    bomb = rezip(DOCX.read_bytes(), {"word/document.xml": lambda xml: xml.replace(b"</w:body>", padding)})
    assert len(bomb) < 200_000  # 8 MB of XML in a small zip
    started = time.perf_counter()
    message = assert_fails(write(tmp_path / "bomb.docx", bomb), "zip_bomb")
    assert time.perf_counter() - started < 10
    assert "zip bomb" in message


def test_docx_zip_member_lying_about_its_size(tmp_path, monkeypatch):
    """A member whose headers declare a small size but inflates to much more: never inflated past it."""
    monkeypatch.setattr(docx_module, "MAX_MEMBER_BYTES", 1024 * 1024)
    padding = b"<w:p><w:r><w:t>" + b" " * (8 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body>"
    data = bytearray(rezip(DOCX.read_bytes(), {"word/document.xml": lambda xml: xml.replace(b"</w:body>", padding)}))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 50_000)  # local header: uncompressed size
    central = bytes(data).index(b"PK\x01\x02")
    while bytes(data[central + 46:central + 46 + struct.unpack_from("<H", data, central + 28)[0]]) != b"word/document.xml":
        central = bytes(data).index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", data, central + 24, 50_000)  # central directory entry: uncompressed size
    dataset, errors = batch(write(tmp_path / "liar.docx", bytes(data)))
    assert [e.error_type for e in errors] in (["corrupt_docx"], ["zip_bomb"])
    one_line(errors[0].message)


XXE = (b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">'
       b'<!ENTITY net SYSTEM "http://127.0.0.1:9/entity">]>\n')
LAUGH_ENTITIES = b'<!ENTITY lol "lol">' + b"".join(
    b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
LAUGHS = b"<!DOCTYPE w:document [" + LAUGH_ENTITIES + b"]>\n"  # &lol9; = 10**9 "lol"s


def test_docx_external_entity_is_not_resolved(tmp_path):
    secret = write(tmp_path / "secret.txt", "TOP SECRET")
    prolog = XXE.replace(b"file:///etc/passwd", secret.as_uri().encode())
    data = rezip(DOCX.read_bytes(), {"word/document.xml": with_prolog(prolog, insert=b" &xxe;&net;")})
    path = write(tmp_path / "entities.docx", data)
    dataset, errors = batch(path)
    assert errors == []
    recs = recs_of(dataset, path)
    assert len(recs) == 6 and recs[0].rec_label == "Recommendation 1:"
    assert not [r for r in recs if "SECRET" in r.rec_text]


def test_docx_billion_laughs_is_refused_quickly(tmp_path):
    data = rezip(DOCX.read_bytes(), {"word/document.xml": with_prolog(LAUGHS, insert=b" &lol9;")})
    started = time.perf_counter()
    message = assert_fails(write(tmp_path / "laughs.docx", data), "unsafe_xml")
    assert time.perf_counter() - started < 5
    assert "entit" in message


def test_xml_entities_in_html_are_not_expanded(tmp_path):
    page = (b'<?xml version="1.0"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">' + LAUGH_ENTITIES
            + b"]>\n<html><body><table>" + HEAD.encode()
            + b"<tr><td>1.</td><td>Share &xxe; and &lol9; records</td><td>Audit</td><td>Police</td>"
              b"<td>May 2024</td><td>Done</td></tr></table></body></html>")
    path = write(tmp_path / "entities.html", page)
    dataset, errors = batch(path)
    assert errors == []
    (rec,) = recs_of(dataset, path)
    assert "root:" not in rec.rec_text and "lollol" not in rec.rec_text and len(rec.rec_text) < 100


# ------------------------------------------------------------------ other formats renamed .docx

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("data, error_type, words", [
    (OLE + b"\0" * 1024, "legacy_format", ".doc"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Action plan\\par }", "legacy_format", "RTF"),
    (b'<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n'
     b'<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>', "legacy_format", "XML"),
    (OLE + b"\0" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512, "encrypted", "password"),
], ids=["doc", "rtf", "word-2003-xml", "encrypted-ooxml"])
def test_other_word_formats_renamed_docx(tmp_path, data, error_type, words):
    message = assert_fails(write(tmp_path / "renamed.docx", data), error_type)
    assert words in message and "save" in message


# ------------------------------------------------------------------ HTML

def test_cp1252_html_without_a_charset(tmp_path):
    page = ("<html><head><title>Plan – “café”</title></head><body><table>" + HEAD
            + "<tr><td>1.</td><td>Agencies should review the café’s “naïve” £5 policy — now</td><td>Audit</td>"
              "<td>Police</td><td>31/03/2024</td><td>Complete</td></tr></table></body></html>")
    data = page.encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    path = write(tmp_path / "cp1252.html", data)
    dataset, errors = batch(path)
    assert errors == []
    (rec,) = recs_of(dataset, path)
    assert rec.rec_text == "Agencies should review the café’s “naïve” £5 policy — now"
    assert next(r.title for r in dataset.reviews if r.source_file == str(path)) == "Plan – “café”"


def test_html_without_tables_has_no_action_plan(tmp_path):
    path = write(tmp_path / "news.html", "<html><body><h1>Domestic Homicide Review</h1><p>Published today."
                                         "</p><ul><li>one</li></ul></body></html>")
    assert status_of(path) == "no_action_plan"


def test_tables_but_no_action_plan(tmp_path):
    chronology = [["Date", "Event"], ["1 May 2019", "Call to police"], ["3 May 2019", "GP visit"]]
    agencies = [["Agency", "Contribution"], ["Police", "IMR"], ["GP", "Summary"]]
    docx_path = write(tmp_path / "report.docx", make_docx([chronology, agencies]))
    assert status_of(docx_path) == "no_action_plan"
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in chronology)
    html_path = write(tmp_path / "report.html", f"<html><body><table>{rows}</table></body></html>")
    assert status_of(html_path) == "no_action_plan"


def test_deeply_nested_html(tmp_path):
    path = write(tmp_path / "deep.html", "<html><body>" + "<div>" * 20000 + "x" + "</div>" * 20000 + "</body></html>")
    started = time.perf_counter()
    message = assert_fails(path, "too_complex")
    assert time.perf_counter() - started < 10 and "deep" in message


# ------------------------------------------------------------------ the extension does not decide

@pytest.mark.parametrize("source, name, n_recs", [
    (DOCX, "plan.pdf", 6), (PDF, "plan.html", 10), (HTML, "plan.docx", 8), (DOCX, "plan.html", 6),
    (HTML, "plan", 8),
])
def test_wrong_extension_is_parsed_by_content(tmp_path, source, name, n_recs):
    path = write(tmp_path / name, not_the_good_one(source))
    dataset, errors = batch(path)
    assert errors == []
    assert len(recs_of(dataset, path)) == n_recs


# ------------------------------------------------------------------ size

def test_five_thousand_row_plan_reads_every_row(tmp_path):
    """A plan of 5,000 rows reads whole: every row a recommendation with its action, in order, and a
    recommendation carried on by unlabelled rows joined in order.  (Its speed is measured in
    tools/benchmark.py, not here: a timed test fails on a loaded machine and passes a slow change.)"""
    rows = "".join(f"<tr><td>{i}.{j}</td><td>Agencies should review policy {i}.{j}</td><td>Audit {i}.{j}</td>"
                   f"<td>Police</td><td>31/03/2024</td><td>Complete</td></tr>"
                   for i in range(1, 51) for j in range(1, 101))
    carried = "".join(f"<tr><td></td><td>and part {k} of it</td><td>Check {k}</td><td>Police</td><td></td>"
                      "<td></td></tr>" for k in range(1, 101))
    path = write(tmp_path / "big.html", f"<html><body><table>{HEAD}{rows}{carried}</table></body></html>")
    dataset, errors = batch(path)
    assert errors == []
    recs = recs_of(dataset, path)
    actions = [a for a in dataset.actions if a.source_file == str(path)]
    assert len(recs) == 5000 and len(actions) == 5100
    assert [r.rec_number for r in recs[:3]] + [recs[-1].rec_number] == ["1.1", "1.2", "1.3", "50.100"]
    assert [a.action_text for a in actions[-101:-99]] == ["Audit 50.100", "Check 1"]
    assert recs[-1].rec_text == "Agencies should review policy 50.100 " + " ".join(
        f"and part {k} of it" for k in range(1, 101))


def test_one_megabyte_cell(tmp_path):
    text = " ".join(f"word{i % 1000}" for i in range(130_000))  # > 1 MB
    assert len(text) > 1_000_000
    page = (f"<html><body><table>{HEAD}<tr><td>1.</td><td>{text}</td><td>Audit</td><td>Police</td>"
            f"<td>2024</td><td>Done</td></tr></table></body></html>")
    html_path = write(tmp_path / "big_cell.html", page)
    docx_path = write(tmp_path / "big_cell.docx", make_docx([[
        ["No.", "Recommendation", "Action", "Lead agency"], ["1.", text, "Audit", "Police"]]]))
    for path in (html_path, docx_path):
        started = time.perf_counter()
        dataset, errors = batch(path)
        assert time.perf_counter() - started < 20
        assert errors == []
        (rec,) = recs_of(dataset, path)
        assert rec.rec_text == text


# ------------------------------------------------------------------ files that cannot be read

@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root reading the file "
                           "(test_unreadable_file_simulated covers the same error path)")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "locked.pdf", PDF.read_bytes())
    path.chmod(0)
    try:
        message = assert_fails(path, "unreadable")
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert "permission" in message


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    """Permission denied, simulated by making reading that one file raise as the OS would."""
    path = write(tmp_path / "locked.pdf", PDF.read_bytes())
    read_bytes = Path.read_bytes

    def denied(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    message = assert_fails(path, "unreadable")
    assert "permission" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipe_is_refused_without_blocking(tmp_path):
    pipe = tmp_path / "plan.pdf"
    os.mkfifo(pipe)  # reading it would block for ever: no writer
    message = assert_fails(pipe, "unreadable")
    assert "regular file" in message


def test_folder_named_like_a_document(tmp_path):
    folder = tmp_path / "plan.pdf"
    folder.mkdir()
    part = extract_document(folder)
    assert [e.error_type for e in part.errors] == ["unreadable"] and part.reviews[0].status == "failed"


def test_file_that_vanished(tmp_path):
    part = extract_document(tmp_path / "gone.pdf")
    assert [e.error_type for e in part.errors] == ["not_found"] and part.reviews[0].status == "failed"


def test_unicode_path_with_spaces(tmp_path):
    path = write(tmp_path / "DHR reviews ✓" / "Plan – Ünïcødé 計画 (final).html", not_the_good_one(HTML))
    dataset, errors = batch(path)
    assert errors == []
    assert len(recs_of(dataset, path)) == GOOD_RECS
    dataset = extract_paths([tmp_path])  # found when searching the folder, too
    assert [r.source_file for r in dataset.reviews] == [str(path)]


# ------------------------------------------------------------------ the CLI

def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(SAMPLES.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "dhr_extract.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_cli_batch_with_one_bad_file(tmp_path):
    inputs = tmp_path / "in put"
    bad = write(inputs / "broken plan.pdf", PDF.read_bytes()[:5000])
    write(inputs / "good.html", GOOD.read_bytes())
    result = run_cli(str(inputs), "--out", str(tmp_path / "out"), "--format", "csv", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    error_lines = [line for line in result.stderr.splitlines() if line.startswith(f"dhr-extract: {bad}: ")]
    assert len(error_lines) == 1, result.stderr
    assert error_lines[0].startswith(f"dhr-extract: {bad}: corrupt_pdf: ") and "damaged" in error_lines[0]
    good_lines = [line for line in result.stderr.splitlines() if line.startswith(f"dhr-extract: {inputs / 'good.html'}")]
    assert good_lines == []
    reviews = (tmp_path / "out" / "reviews.csv").read_text(encoding="utf-8")
    assert '"failed"' in reviews and '"ok"' in reviews
    assert "corrupt_pdf" in (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8")


def test_cli_missing_input(tmp_path):
    result = run_cli(str(tmp_path / "no such plan.pdf"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2
    assert "no such file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_html_embed_does_not_hide_the_plan(tmp_path):
    """libxml2 does not know <embed> is void and nests the rest of the page inside it."""
    page = (f'<html><body><embed src="plan.pdf" type="application/pdf"><table>{HEAD}<tr><td>1.</td>'
            "<td>Share records</td><td>Audit</td><td>Police</td><td>May</td><td>Done</td></tr></table></body></html>")
    path = write(tmp_path / "embed.html", page)
    dataset, errors = batch(path)
    assert errors == [] and [r.rec_text for r in recs_of(dataset, path)] == ["Share records"]
