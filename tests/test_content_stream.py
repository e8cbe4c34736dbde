"""The content-stream reader gives pdfminer's own objects, or hands the stream to pdfminer.

``content_objects`` must equal what pdfminer's ``PDFContentParser`` yields on every page of the
sample, fixture and producer PDFs, and on generated streams full of pdfminer's edge cases
(cut by its 4096-byte chunks and by stream ends); where it declines (``Unsupported``) pdfminer
reads the stream, and the page's characters are still pdfplumber's own.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream, list_value, stream_value
from pdfminer.psparser import PSEOF

from dhr_extract.extract.pdf.content_stream import CHUNK, Unsupported, content_objects
from dhr_extract.extract.pdf.page import LeanPage

ROOT = Path(__file__).resolve().parent.parent
PRODUCERS = ROOT / "tests" / "fixtures" / "producers"
PDFS = (sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "tests" / "fixtures").glob("*.pdf"))
        + sorted(PRODUCERS.glob("theme_numbered_borderless.*.pdf"))
        + sorted(PRODUCERS.glob("variant_labels_paren.*.pdf")))


def typed(obj: Any) -> Any:
    """An object with its type spelt out (1 == 1.0 in Python; pdfminer keeps them apart)."""
    if isinstance(obj, list):
        return ["list", [typed(x) for x in obj]]
    if isinstance(obj, dict):
        return ["dict", {k: typed(v) for k, v in obj.items()}]
    return [type(obj).__name__, getattr(obj, "name", obj)]


def pdfminer_objects(streams: list[Any]) -> list[Any]:
    try:
        parser = PDFContentParser(streams)
    except PSEOF:
        return []
    objects = []
    while True:
        try:
            objects.append(parser.nextobject()[1])
        except PSEOF:
            return objects


def page_streams(page: Any) -> list[Any]:
    return list_value(page.page_obj.contents) if page.page_obj.contents else []


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.name)
def test_every_page_reads_as_pdfminer_reads_it(path: Path) -> None:
    read = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            streams = page_streams(page)
            try:
                mine = content_objects([stream_value(s).get_data() for s in streams])
            except Unsupported:
                continue
            assert typed(mine) == typed(pdfminer_objects(streams)), f"page {page.page_number}"
            read += 1
    assert read  # at least one page of every PDF is read the fast way


PIECES = [b"12", b"-3.5", b"-", b"+.", b".5", b"1.2.3", b"5.", b"Tj", b"TJ", b"T*", b"'", b'"', b"/F1", b"/",
          b"/a#20b", b"(abc)", b"(a(b)c)", b"(a\\)b)", b"(\\101\\12x)", b"(\\q)", b"(\\\r\nx)", b"(\\\\)",
          b"<48656c6c6f>", b"<4 8 6>", b"<>", b"<<", b">>", b">", b"<</MCID 3>>", b"[", b"]", b"{", b"}", b"true",
          b"false", b"% comment\n", b"\x00", b"BT", b"ET", b"\n", b" ", b"\r\n", b"(", b")", b"#", b"\xe9",
          b"/\xc3\xa9", b"BI", b"EI"]


def random_streams(rng: random.Random) -> list[bytes]:
    """Pieces of content-stream syntax, often placed across pdfminer's first chunk end, sometimes
    split into two or three streams."""
    body = b"".join(rng.choice(PIECES) + rng.choice([b"", b" ", b"\n"]) for _ in range(rng.randint(1, 30)))
    if rng.random() < 0.5:
        body = b" " * (CHUNK - rng.randint(1, min(len(body), 12))) + body
    cuts = sorted(rng.sample(range(len(body) + 1), rng.randint(1, 2))) if rng.random() < 0.4 else []
    return [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)])]


def test_generated_streams_read_as_pdfminer_reads_them() -> None:
    rng = random.Random(20261127)
    compared = 0
    for _ in range(2000):
        datas = random_streams(rng)
        try:
            mine = typed(content_objects(datas))
        except Unsupported:
            continue
        try:
            expected = typed(pdfminer_objects([PDFStream({}, d) for d in datas]))
        except Exception as exc:  # noqa: BLE001 — pdfminer failing where this reader did not is a difference
            expected = type(exc).__name__
        assert mine == expected, datas
        compared += 1
    assert compared >= 800  # most generated streams are read, not declined


@pytest.mark.parametrize("data, reason", [
    (b" " * (CHUNK - 1) + b"<</MCID 0>> BDC", "'<<' cut"),  # pdfminer reads two empty strings there
    (b" " * (CHUNK - 4) + b"(a\\\r\nb) Tj", "escaped line end cut"),  # pdfminer keeps the line feed
    (b"BI /W 1 /H 1 ID \x00\x01 EI", "inline image"),
    (b"/Name#20Two Tf", "'#' escape"),
    (b"(never closed", "unterminated string"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_what_pdfminer_reads_its_own_way_is_declined(data: bytes, reason: str) -> None:
    with pytest.raises(Unsupported):
        content_objects([data])


@pytest.mark.parametrize("before", [3, 4, 5, 6], ids=lambda n: f"chunk ends {n - 3} after the backslash")
def test_an_escape_cut_by_a_chunks_end_is_read_as_pdfminer_reads_it(before: int) -> None:
    """pdfminer carries an escape (here an octal one) across its chunk's end: no reason to decline."""
    data = b" " * (CHUNK - before) + b"(a\\101) Tj"
    assert typed(content_objects([data])) == typed(pdfminer_objects([PDFStream({}, data)]))
    assert content_objects([data])[0] == b"aA"


def test_a_stream_cut_inside_a_string_is_declined() -> None:
    with pytest.raises(Unsupported):
        content_objects([b"(first half", b" second half) Tj"])


def test_declined_pages_still_give_pdfplumbers_characters() -> None:
    """A producer page whose stream is declined (a marked-content dictionary cut by a chunk's end)
    is read by pdfminer's parser inside the same interpreter."""
    path = PRODUCERS / "variant_labels_paren.chromium.pdf"
    declined = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            try:
                content_objects([stream_value(s).get_data() for s in page_streams(page)])
                continue
            except Unsupported:
                declined += 1
            lean = LeanPage.of(page)
            assert lean.chars and [{k: c[k] for k in mine} for c, mine in zip(page.chars, lean.chars)] == lean.chars
            assert len(lean.chars) == len(page.chars)
            lean.close()
    assert declined
