"""Screenshot a document page of the review report (the README's picture), in Debian's chromium.

    python tools/report_screenshot.py [samples/theme_numbered_sections.pdf] [docs/report.png]

Reads the plan, writes its report to a temporary folder, opens the document page from file://,
clicks its second recommendation (so its rows light up on the page) and saves the view.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from dhr_extract.api import extract_paths
from dhr_extract.report import write_report
from dhr_extract.report.views import page_name

CHROMIUM = "/usr/bin/chromium"


def screenshot(document: Path, target: Path) -> None:
    dataset = extract_paths([document])
    with tempfile.TemporaryDirectory() as out, sync_playwright() as playwright:
        report = Path(out) / "report"
        write_report(dataset, report)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto((report / page_name(dataset.reviews[0])).as_uri(), wait_until="load")
        page.locator(".section .rec .num").nth(1).click()
        page.locator(".section").first.scroll_into_view_if_needed()
        page.evaluate("window.scrollBy(0, -40)")
        target.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(target))
        browser.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    screenshot(Path(args[0] if args else "samples/theme_numbered_sections.pdf"),
               Path(args[1] if len(args) > 1 else "docs/report.png"))
