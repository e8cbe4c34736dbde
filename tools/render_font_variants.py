"""Print every held-out Word plan again in another typeface, size, orientation and ruling.

A plan's PDF geometry depends on its font as much as on its table: a wider face wraps the same
cell onto more lines and breaks a long word inside a narrow column, a narrow one packs a row onto
fewer lines, a bigger size moves every page break.  The published archive is set in whatever the
council's template used.  For each DOCX in tests/fixtures/heldout/ this writes, into
tests/fixtures/font_variants/, ``<plan>.<variant>.pdf`` (LibreOffice) and the plan's annotation
beside it, so tools/score_samples.py and tests/test_font_variants.py score the folder:

    dejavu_portrait            DejaVu Sans (wide), sizes as written, portrait A4, borders as written
    narrow_borderless_land     Liberation Sans Narrow, 1 pt smaller, landscape A4, no borders
    serif_borderless_portrait  Liberation Serif, 1 pt bigger, portrait A4, no borders

and for each HTML page there, printed by Chromium with a style sheet added last:

    chromium_dejavu_portrait       DejaVu Sans, A4 portrait, 20 mm margins, borders as written
    chromium_serif_letter_unruled  Liberation Serif at 90 % zoom, US Letter landscape, no borders

The text is unchanged, so the plan's annotation holds for every variant.  Needs soffice, chromium,
the Debian fonts named above (fonts-dejavu-core, fonts-liberation) and tools/render_pdfs.py's
packages (``pip install -e '.[corpus]'``).

    python tools/render_font_variants.py [PLAN...]
"""
from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bs4 import BeautifulSoup
from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_pdfs  # noqa: E402  (the page set-up and border edits, and the LibreOffice call)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
OUT = ROOT / "tests" / "fixtures" / "font_variants"
FONT_ATTRIBUTES = ("ascii", "hAnsi", "cs", "eastAsia")
THEME_ATTRIBUTES = ("asciiTheme", "hAnsiTheme", "cstheme", "eastAsiaTheme")  # would override the face set
SMALLEST_HALF_POINTS = 12  # 6 pt: no smaller type is printed
RESTYLED_PARTS = ("word/document.xml", "word/styles.xml")  # direct formatting and the style defaults


@dataclass(frozen=True)
class Variant:
    font: str
    size_change: int  # in half points, as Word stores sizes
    page: Callable[[etree._Element], None]  # the page set-up and borders (document.xml)


def borderless_in(landscape: bool) -> Callable[[etree._Element], None]:
    def edit(root: etree._Element) -> None:
        render_pdfs.set_orientation(root, landscape)
        render_pdfs.set_borders(root, "nil")
    return edit


VARIANTS: dict[str, Variant] = {
    "dejavu_portrait": Variant("DejaVu Sans", 0, render_pdfs.portrait),
    "narrow_borderless_land": Variant("Liberation Sans Narrow", -2, borderless_in(landscape=True)),
    "serif_borderless_portrait": Variant("Liberation Serif", 2, borderless_in(landscape=False)),
}


def restyled(root: etree._Element, font: str, size_change: int) -> None:
    """Every run and style set in ``font``, every size changed by ``size_change`` half points."""
    for fonts in root.iter(render_pdfs.w("rFonts")):
        for name in FONT_ATTRIBUTES:
            fonts.set(render_pdfs.w(name), font)
        for name in THEME_ATTRIBUTES:
            fonts.attrib.pop(render_pdfs.w(name), None)
    for tag in ("sz", "szCs"):
        for size in root.iter(render_pdfs.w(tag)):
            half_points = int(size.get(render_pdfs.w("val"), "20"))
            size.set(render_pdfs.w("val"), str(max(SMALLEST_HALF_POINTS, half_points + size_change)))


def variant_docx(source: Path, target: Path, variant: Variant) -> None:
    """A copy of ``source`` restyled as ``variant``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in RESTYLED_PARTS:
                root = etree.fromstring(data)
                restyled(root, variant.font, variant.size_change)
                if item.filename == "word/document.xml":
                    variant.page(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(item, data)


# The style sheets added last to a web page: the face, the page and the ruling a browser prints.
HTML_VARIANTS: dict[str, str] = {
    "chromium_dejavu_portrait": "@page { size: A4 portrait; margin: 20mm; }"
                                " * { font-family: 'DejaVu Sans' !important; }",
    "chromium_serif_letter_unruled": "@page { size: letter landscape; margin: 12mm; }"
                                     " * { font-family: 'Liberation Serif' !important; border: none !important; }"
                                     " body { zoom: 0.9; }",
}


def variant_html(source: Path, target: Path, style_sheet: str) -> None:
    """A copy of ``source`` with ``style_sheet`` added after its own styles (so it wins)."""
    soup = BeautifulSoup(source.read_bytes(), "lxml")
    style = soup.new_tag("style")
    style.string = style_sheet
    (soup.head or soup.html).append(style)
    target.write_text(str(soup), encoding="utf-8")


def web_plans(only: list[str]) -> list[Path]:
    """The held-out plans written as a web page."""
    return [p.with_suffix(".html") for p in word_plans(only, ".html")]


def word_plans(only: list[str], suffix: str = ".docx") -> list[Path]:
    """The held-out plans that have a DOCX, by stem."""
    stems = [t.name[: -len(".truth.json")] for t in sorted(HELDOUT.glob("*.truth.json"))]
    return [HELDOUT / f"{s}{suffix}" for s in stems
            if (HELDOUT / f"{s}{suffix}").exists() and (not only or s in only)]


def main(only: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    plans = word_plans(only)
    with tempfile.TemporaryDirectory() as tmp:
        edited = []
        for docx in plans:
            shutil.copy(HELDOUT / f"{docx.stem}.truth.json", OUT / f"{docx.stem}.truth.json")
            for name, variant in VARIANTS.items():
                target = Path(tmp) / f"{docx.stem}.{name}.docx"
                variant_docx(docx, target, variant)
                edited.append(target)
        profile = f"-env:UserInstallation=file://{tmp}/profile"  # beside any other LibreOffice running
        for start in range(0, len(edited), 40):
            render_pdfs.soffice([profile, "--convert-to", "pdf"], edited[start:start + 40], OUT)
        pages = web_plans(only)
        for html in pages:
            shutil.copy(HELDOUT / f"{html.stem}.truth.json", OUT / f"{html.stem}.truth.json")
            for name, style_sheet in HTML_VARIANTS.items():
                styled = Path(tmp) / f"{html.stem}.{name}.html"
                variant_html(html, styled, style_sheet)
                render_pdfs.chromium(styled, OUT / f"{html.stem}.{name}.pdf")
    print(f"{len(plans)} Word plans, {len(pages)} web pages: "
          f"{len(plans) * len(VARIANTS) + len(pages) * len(HTML_VARIANTS)} PDFs in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
