"""The review report, opened from file:// in Debian's chromium (driven by playwright, never a downloaded browser)."""
from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path
from typing import Iterator

import pandas as pd
import pdfplumber
import pytest

from dhr_extract.batch import run_batch
from dhr_extract.cli import main
from dhr_extract.report import write_report

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["theme_numbered_sections.pdf", "word_style_pdf.pdf", "agency_first_columns.docx", "r_labels_status.html"]
HOSTILE = """<html><head><meta charset="utf-8"><title>Plan</title></head><body>
<h1>Action plan &lt;b&gt;bold&lt;/b&gt;</h1>
<table>
<tr><th>Recommendation</th><th>Action</th><th>Lead agency</th><th>Target date</th><th>Progress update</th></tr>
<tr><td>1. Agencies to review "quoted" &amp; 'single' &lt;script&gt;window.injected = 1&lt;/script&gt; text</td>
<td>Train staff &lt;img src=x onerror="window.injected=2"&gt;</td><td>Police" onclick="window.injected=3</td>
<td>March 2022</td><td>Complete &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h1&gt;injected&lt;/h1&gt;</td></tr>
<tr><td>2. Second <script>window.injected = 4</script>recommendation</td><td>Act</td><td>Council</td>
<td>2023</td><td>Not started</td></tr>
</table></body></html>
"""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report")
    plans = folder / "plans"
    plans.mkdir()
    for name in SAMPLES:
        shutil.copy(ROOT / "samples" / name, plans / name)
    (plans / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    (plans / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    assert main([str(plans), "--out", str(folder / "out"), "--format", "csv", "--workers", "1", "--quiet",
                 "--report"]) == 1  # the broken PDF fails; the others are read
    return folder / "out"


@pytest.fixture(scope="module")
def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_csv(out / f"{name}.csv", keep_default_na=False)
            for name in ("reviews", "recommendations", "actions", "progress", "warnings", "residue")}


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield launched
        launched.close()


def open_page(browser: object, path: Path) -> tuple[object, list[str]]:
    """The page loaded from file://, and the console errors and script errors it produced."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri(), wait_until="load")
    return page, errors


def review_of(tables: dict[str, pd.DataFrame], name: str) -> pd.Series:
    reviews = tables["reviews"]
    return reviews[reviews.source_file.str.endswith(name)].iloc[0]


def expected_counts(tables: dict[str, pd.DataFrame], review_id: str) -> dict[str, int]:
    actions = tables["actions"]
    ids = set(actions[actions.review_id == review_id].action_id)
    return {"recommendations": int((tables["recommendations"].review_id == review_id).sum()),
            "actions": len(ids),
            "progress": int(tables["progress"].action_id.isin(ids).sum()),
            "warnings": int((tables["warnings"].review_id == review_id).sum()),
            "residue": int((tables["residue"].review_id == review_id).sum())}


def doc_page(out: Path, tables: dict[str, pd.DataFrame], name: str) -> Path:
    return out / "report" / f"doc-{review_of(tables, name).review_id}.html"


def test_index_counts_and_the_needs_review_filter(browser: object, out: Path, tables: dict[str, pd.DataFrame]) -> None:
    page, errors = open_page(browser, out / "report" / "index.html")
    rows = page.locator("#documents tbody tr")
    assert rows.count() == len(tables["reviews"]) == len(SAMPLES) + 2
    for i in range(rows.count()):
        row = rows.nth(i)
        review_id = row.get_attribute("data-review")
        shown = {name: int(row.locator(f"td[data-col={name}]").inner_text())
                 for name in ("recommendations", "actions", "progress", "warnings", "residue")}
        assert shown == expected_counts(tables, review_id)
    error = pd.read_csv(out / "errors.csv", keep_default_na=False).iloc[0]
    assert error.error_type in page.locator("tr.failed").inner_text()
    flagged = set(tables["reviews"][tables["reviews"].needs_review.astype(str) == "True"].review_id)
    assert flagged and len(flagged) < len(tables["reviews"])
    page.check("#flagged-only")
    visible = {rows.nth(i).get_attribute("data-review") for i in range(rows.count()) if rows.nth(i).is_visible()}
    assert visible == flagged
    page.uncheck("#flagged-only")
    page.click("#documents th:nth-child(4)")  # recommendations, ascending
    shown = [int(t) for t in page.locator("#documents td[data-col=recommendations]").all_inner_texts()]
    assert shown == sorted(shown)
    assert errors == []


@pytest.mark.parametrize("name", ["theme_numbered_sections.pdf", "agency_first_columns.docx", "r_labels_status.html"])
def test_document_page_shows_the_tables_counts(browser: object, out: Path, tables: dict[str, pd.DataFrame],
                                               name: str) -> None:
    page, errors = open_page(browser, doc_page(out, tables, name))
    shown = {n: int(page.locator(f"#counts [data-count={n}]").inner_text())
             for n in ("recommendations", "actions", "progress", "warnings", "residue")}
    assert shown == expected_counts(tables, review_of(tables, name).review_id)
    records = page.locator(".section .rec")
    assert records.count() >= shown["recommendations"]  # a recommendation cut by a page shows on both pages
    images = page.evaluate("Array.from(document.images).map(i => i.complete && i.naturalWidth)")
    assert all(width and width > 0 for width in images)
    if name.endswith(".pdf"):
        assert len(images) >= 1
    assert errors == []


def test_clicking_a_recommendation_highlights_its_text_on_the_page(browser: object, out: Path,
                                                                   tables: dict[str, pd.DataFrame]) -> None:
    name = "theme_numbered_sections.pdf"
    review = review_of(tables, name)
    recs = tables["recommendations"][tables["recommendations"].review_id == review.review_id]
    page, errors = open_page(browser, doc_page(out, tables, name))
    checked = 0
    with pdfplumber.open(ROOT / "samples" / name) as pdf:
        for rec in recs.itertuples():
            pdf_page = pdf.pages[int(rec.page_start) - 1]
            text = locate_text(pdf_page, rec.rec_text)
            if text is None:
                continue
            checked += 1
            frac = (text["x0"] / pdf_page.width, text["top"] / pdf_page.height,
                    text["x1"] / pdf_page.width, text["bottom"] / pdf_page.height)
            section = f"#page-{int(rec.page_start)}"
            page.click(f"{section} .rec[data-rec='{rec.rec_id}'] .num")
            boxes = page.evaluate(f"""() => {{
                const frame = document.querySelector('{section} .page').getBoundingClientRect();
                return Array.from(document.querySelectorAll('{section} .band.hl')).map(b => {{
                    const r = b.getBoundingClientRect();
                    return [(r.left - frame.left) / frame.width, (r.top - frame.top) / frame.height,
                            (r.right - frame.left) / frame.width, (r.bottom - frame.top) / frame.height];
                }});
            }}""")
            assert boxes, rec.rec_number
            assert any(b[0] < frac[2] and frac[0] < b[2] and b[1] < frac[3] and frac[1] < b[3] for b in boxes), \
                (rec.rec_number, frac, boxes)
    assert checked * 2 >= len(recs)
    assert errors == []


def locate_text(pdf_page: object, text: str) -> dict | None:
    """Where the opening words of ``text`` are on the page: the shortest opening found exactly once
    (None when it is cut by a line break before it is unique)."""
    words = text.split()
    for n in range(3, min(len(words), 12) + 1):
        found = pdf_page.search(r"\s+".join(re.escape(w) for w in words[:n]))  # type: ignore[attr-defined]
        if len(found) <= 1:
            return found[0] if found else None
    return None


def test_clicking_a_row_scrolls_to_its_record(browser: object, out: Path, tables: dict[str, pd.DataFrame]) -> None:
    page, errors = open_page(browser, doc_page(out, tables, "agency_first_columns.docx"))
    band = page.locator("tr.band[data-action]").nth(2)
    action_id = band.get_attribute("data-action")
    band.click()
    record = page.locator(f".action.hl[data-action='{action_id}']")
    assert record.count() == 1 and record.is_visible()
    assert errors == []


def test_hostile_html_cannot_inject_markup(browser: object, out: Path, tables: dict[str, pd.DataFrame]) -> None:
    for path in (doc_page(out, tables, "hostile.html"), out / "report" / "index.html"):
        page, errors = open_page(browser, path)
        assert page.evaluate("typeof window.injected") == "undefined"
        assert page.locator("script").count() == 1  # the report's own
        assert page.locator("img").count() == 0
        assert page.locator("h1").count() == 1
        assert errors == []
    page, _ = open_page(browser, doc_page(out, tables, "hostile.html"))
    text = page.locator("body").inner_text()
    assert '<script>window.injected = 1</script>' in text and 'onerror="window.injected=2"' in text


def test_rerun_reuses_page_images(out: Path, tables: dict[str, pd.DataFrame]) -> None:
    images = sorted((out / "report" / "img").glob("*.jpg"))
    assert images
    before = {p: p.stat().st_mtime_ns for p in images}
    result = run_batch([out.parent / "plans"], out, ["csv"], executor="serial")
    write_report(result.dataset, out / "report")
    assert {p: p.stat().st_mtime_ns for p in images} == before
    assert Counter(p.suffix for p in (out / "report").iterdir() if p.is_file()) == Counter(
        {".html": len(SAMPLES) + 2})  # index + one page per document read (none for the failed one)
