"""Render every annotated plan to PDF by several producers, into tests/fixtures/producers/.

Published plans come from Word, LibreOffice, browsers and re-distillers, and each draws the
same table differently.  For every plan in samples/ with a DOCX and/or HTML version, and for
every layout variant of tests/test_variants.py, this writes ``<plan>.<producer>.pdf`` and the
plan's annotation beside it as ``<plan>.<producer>.truth.json`` (so tools/score_samples.py
scores the folder):

    lo_portrait    LibreOffice, the DOCX set to portrait A4 (full-width tables fitted)
    lo_landscape   LibreOffice, the DOCX set to landscape A4
    lo_borderless  LibreOffice, every table border removed (original orientation; only for
                   plans that have borders)
    lo_ruled       LibreOffice, full grid borders (only for plans not already fully ruled)
    chromium       Chromium's --print-to-pdf of the HTML version (A4)
    gs             Ghostscript pdfwrite re-distilling of lo_landscape
    rotated        lo_landscape stored as portrait pages with /Rotate 90 and a rotation
                   matrix computed in floating point (cos 90° = 6.1e-17)

The layout variants get no gs / rotated copies (their layout, not their page, is what differs).
DOCX-only plans get their HTML from LibreOffice, HTML-only plans their DOCX (restyled in
10 pt Arial, as a council's Word template would have it).  Needs soffice,
chromium, gs and pypdf (``pip install -e '.[corpus]'``).

    python tools/render_pdfs.py [PLAN...]
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from bs4 import BeautifulSoup
from docx import Document
from docx.shared import Pt
from docx.table import Table
from lxml import etree
from pypdf import PdfReader, PdfWriter, Transformation

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
OUT = ROOT / "tests" / "fixtures" / "producers"
sys.path.insert(0, str(ROOT))
from tests import test_variants  # noqa: E402  (the variant layouts and their annotations)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
A4_SHORT, A4_LONG = 11906, 16838  # twips
MARGIN = 1134  # 2 cm, a common council template margin
EPOCH = "1609459200"  # 2021-01-01: fixed dates in the producers that honour SOURCE_DATE_EPOCH
SIDES = ("top", "left", "bottom", "right")
DOCX_PRODUCERS = ("lo_portrait", "lo_landscape", "lo_borderless", "lo_ruled")
COPIES = ("gs", "rotated")  # made from lo_landscape


@dataclass(frozen=True)
class Plan:
    name: str
    truth: dict[str, Any]
    docx: Path | None = None
    html: Path | None = None
    copies: bool = True  # also the gs and rotated copies of lo_landscape


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# ---- the plans -------------------------------------------------------------------------------

def sample_plans() -> list[Plan]:
    """Every annotated sample that has a DOCX and/or an HTML version."""
    plans = []
    for truth in sorted(SAMPLES.glob("*.truth.json")):
        name = truth.name[: -len(".truth.json")]
        docx, html = SAMPLES / f"{name}.docx", SAMPLES / f"{name}.html"
        if docx.exists() or html.exists():
            plans.append(Plan(name, json.loads(truth.read_text()), docx if docx.exists() else None,
                              html if html.exists() else None))
    return plans


def variant_plans(folder: Path) -> list[Plan]:
    """The HTML layout variants of the dev plan, written to ``folder``, with their renumbered truth."""
    plans = []
    for name in test_variants.VARIANTS:
        html = folder / f"variant_{name}.html"
        html.write_text(test_variants.variant_html(name), encoding="utf-8")
        # the variants change the layout, not the page: gs / rotated copies would only add size
        plans.append(Plan(f"variant_{name}", test_variants.variant_truth(name), html=html, copies=False))
    return plans


# ---- DOCX page set-up and borders ---------------------------------------------------------------

def text_width(sect_pr: etree._Element) -> int:
    """Width between the margins of a section, in twips."""
    size, margins = sect_pr.find(w("pgSz")), sect_pr.find(w("pgMar"))
    width = int(size.get(w("w"))) if size is not None else A4_SHORT
    if margins is None:
        return width - 2 * MARGIN
    return width - int(margins.get(w("left"), MARGIN)) - int(margins.get(w("right"), MARGIN))


def set_page(sect_pr: etree._Element, landscape: bool) -> None:
    """A4 in the given orientation with 2 cm margins (header and footer distances kept)."""
    size = sect_pr.find(w("pgSz"))
    if size is None:
        size = etree.SubElement(sect_pr, w("pgSz"))
    size.attrib.clear()
    size.set(w("w"), str(A4_LONG if landscape else A4_SHORT))
    size.set(w("h"), str(A4_SHORT if landscape else A4_LONG))
    if landscape:
        size.set(w("orient"), "landscape")
    margins = sect_pr.find(w("pgMar"))
    if margins is None:
        margins = etree.SubElement(sect_pr, w("pgMar"))
    for side in SIDES:
        margins.set(w(side), str(MARGIN))


def table_width(tbl: etree._Element) -> int:
    return sum(int(col.get(w("w"), "0")) for col in tbl.findall("w:tblGrid/w:gridCol", NS))


def scale_table(tbl: etree._Element, factor: float) -> None:
    """Every absolute width of a table (grid, table, cells) times ``factor``."""
    for el in tbl.findall("w:tblGrid/w:gridCol", NS):
        el.set(w("w"), str(round(int(el.get(w("w"))) * factor)))
    for el in tbl.findall("w:tblPr/w:tblW", NS):
        if el.get(w("type")) == "dxa":
            el.set(w("w"), str(round(int(el.get(w("w"))) * factor)))
    for el in tbl.iterfind(".//w:tcW", NS):
        if el.get(w("type")) in (None, "dxa"):
            el.set(w("w"), str(round(int(el.get(w("w"))) * factor)))


def fit_tables(body: etree._Element, old_width: int, new_width: int) -> None:
    """Top-level tables that filled the old text width fill the new one; none overflows it."""
    for tbl in body.findall("w:tbl", NS):
        width = table_width(tbl)
        if width and (width >= 0.9 * old_width or width > new_width):
            scale_table(tbl, new_width / width)


def set_orientation(root: etree._Element, landscape: bool) -> None:
    body = root.find("w:body", NS)
    sections = root.findall(".//w:sectPr", NS)
    old_width = min((text_width(s) for s in sections), default=A4_SHORT - 2 * MARGIN)
    for sect_pr in sections:
        set_page(sect_pr, landscape)
    fit_tables(body, old_width, (A4_LONG if landscape else A4_SHORT) - 2 * MARGIN)


def border_set(parent: etree._Element, tag: str, sides: tuple[str, ...], val: str) -> None:
    """Replace ``parent``'s ``tag`` (tblBorders / tcBorders) with every side set to ``val``."""
    for old in parent.findall(w(tag)):
        parent.remove(old)
    borders = etree.Element(w(tag))
    for side in sides:
        edge = etree.SubElement(borders, w(side))
        edge.set(w("val"), val)
        if val != "nil":
            edge.set(w("sz"), "4")
            edge.set(w("space"), "0")
            edge.set(w("color"), "000000")
    insert_in_order(parent, borders)


PR_ORDER = {  # schema order of the children of tblPr and tcPr that precede the borders
    "tblPr": ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd"),
    "tcPr": ("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge"),
}


def insert_in_order(parent: etree._Element, child: etree._Element) -> None:
    """Insert ``child`` after the children the schema puts before it (Word is strict about order)."""
    before = PR_ORDER[etree.QName(parent).localname]
    index = 0
    for i, el in enumerate(parent):
        if etree.QName(el).localname in before:
            index = i + 1
    parent.insert(index, child)


def properties(el: etree._Element, tag: str) -> etree._Element:
    pr = el.find(w(tag))
    if pr is None:
        pr = etree.Element(w(tag))
        el.insert(0, pr)
    return pr


def set_borders(root: etree._Element, val: str) -> None:
    """Every table and cell border set to ``val`` (``nil``: none; ``single``: a full grid)."""
    for tbl in root.iterfind(".//w:tbl", NS):
        border_set(properties(tbl, "tblPr"), "tblBorders", SIDES + ("insideH", "insideV"), val)
    for tc in root.iterfind(".//w:tc", NS):
        border_set(properties(tc, "tcPr"), "tcBorders", SIDES, val)


def table_borders(table: Table) -> list[etree._Element]:
    """The table-level border sets that apply to a table: its own and its style's."""
    found = [table._tbl.find("w:tblPr/w:tblBorders", NS)]
    if table.style is not None:
        found.append(table.style.element.find("w:tblPr/w:tblBorders", NS))
    return [b for b in found if b is not None]


def cell_borders(table: Table) -> list[etree._Element | None]:
    return [tc.find("w:tcPr/w:tcBorders", NS) for tc in table._tbl.iterfind(".//w:tc", NS)]


def fully_ruled(docx: Path) -> bool:
    """True when every table shows a full grid, from its table borders or from every cell's."""
    for table in Document(str(docx)).tables:
        grid = any(all(edge_drawn(b, s) for s in SIDES + ("insideH", "insideV")) for b in table_borders(table))
        per_cell = all(b is not None and all(edge_drawn(b, s) for s in SIDES) for b in cell_borders(table))
        if not (grid or per_cell):
            return False
    return True


def any_border(docx: Path) -> bool:
    """True when some table draws some border."""
    for table in Document(str(docx)).tables:
        sets = table_borders(table) + [b for b in cell_borders(table) if b is not None]
        if any(edge_drawn(b, etree.QName(edge).localname) for b in sets for edge in b):
            return True
    return False


def edge_drawn(borders: etree._Element, side: str) -> bool:
    edge = borders.find(w(side))
    return edge is not None and edge.get(w("val")) not in ("nil", "none")


def edit_docx(source: Path, target: Path, change: Callable[[etree._Element], None]) -> None:
    """Copy a DOCX, applying ``change`` to its word/document.xml."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            zout.writestr(item, data)


def original_orientation(root: etree._Element) -> bool:
    """Whether the document's last section is landscape."""
    size = root.find("w:body/w:sectPr/w:pgSz", NS)
    return size is not None and int(size.get(w("w"), "0")) > int(size.get(w("h"), "1"))


def portrait(root: etree._Element) -> None:
    set_orientation(root, landscape=False)


def landscape(root: etree._Element) -> None:
    set_orientation(root, landscape=True)


def borderless(root: etree._Element) -> None:
    set_orientation(root, original_orientation(root))
    set_borders(root, "nil")


def ruled(root: etree._Element) -> None:
    set_orientation(root, original_orientation(root))
    set_borders(root, "single")


DOCX_EDITS: dict[str, Callable[[etree._Element], None]] = {
    "lo_portrait": portrait, "lo_landscape": landscape, "lo_borderless": borderless, "lo_ruled": ruled,
}


# ---- the producers ---------------------------------------------------------------------------

def env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}


def soffice(args: list[str], files: list[Path], outdir: Path) -> None:
    """One LibreOffice run over many files (start-up is most of its cost)."""
    if files:
        subprocess.run(["soffice", "--headless", *args, "--outdir", str(outdir), *map(str, files)],
                       check=True, capture_output=True, env=env())


def with_a4(html: Path, target: Path) -> None:
    """The HTML with an A4 @page rule, as a UK browser prints it (Chromium defaults to Letter)."""
    soup = BeautifulSoup(html.read_bytes(), "lxml")
    style = soup.new_tag("style")
    style.string = "@page { size: A4; margin: 15mm; }"
    (soup.head or soup.html).append(style)
    target.write_text(str(soup), encoding="utf-8")


def chromium(html: Path, pdf: Path) -> None:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", html.as_uri()], check=True, capture_output=True, env=env())


def ghostscript(source: Path, pdf: Path) -> None:
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-o", str(pdf), str(source)],
                   check=True, capture_output=True, env=env())


def rotate_stored(source: Path, pdf: Path) -> None:
    """Each landscape page stored as a portrait page shown with /Rotate 90.

    The content is turned a quarter counter-clockwise by a matrix whose cos/sin come from
    floating point (6.1e-17, not 0), as some print drivers write it, so every rule is a
    hair off the axes; the viewer's /Rotate 90 turns it back upright.
    """
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().rotate(90).translate(height, 0))
        page.mediabox.lower_left, page.mediabox.upper_right = (0, 0), (height, width)
        page.cropbox = page.mediabox
        page.rotation = 90
        page.compress_content_streams()
    writer.add_metadata({"/Producer": "render_pdfs.py (pypdf)"})
    with open(pdf, "wb") as handle:
        writer.write(handle)


# ---- the run ---------------------------------------------------------------------------------

def write_truth(plan: Plan) -> None:
    (OUT / f"{plan.name}.truth.json").write_text(
        json.dumps(plan.truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def office_style(docx: Path) -> None:
    """Body text in 10 pt Arial instead of the 12 pt serif LibreOffice gives an HTML page."""
    doc = Document(str(docx))
    normal = doc.styles["Normal"].font
    normal.name, normal.size = "Arial", Pt(10)
    doc.save(str(docx))


def with_declared_charset(html: Path, folder: Path) -> Path:
    """A UTF-8 copy of the HTML that says so, decoded as a browser would. LibreOffice reads an HTML
    page with no declared charset as Latin-1, so a Windows-1252 page's dashes and quotes would
    print as missing glyphs, which no published PDF shows."""
    soup = BeautifulSoup(html.read_bytes(), "lxml")
    meta = soup.new_tag("meta", charset="utf-8")
    (soup.head or soup.html).insert(0, meta)
    folder.mkdir(exist_ok=True)
    target = folder / html.name
    target.write_text(str(soup), encoding="utf-8")
    return target


def base_documents(plans: list[Plan], tmp: Path) -> dict[str, tuple[Path, Path]]:
    """(DOCX, HTML) of every plan, the missing one made by LibreOffice."""
    docx_dir, html_dir = tmp / "from_html", tmp / "from_docx"
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"],
            [with_declared_charset(p.html, tmp / "utf8_html") for p in plans if p.docx is None and p.html],
            docx_dir)
    soffice(["--convert-to", "html"], [p.docx for p in plans if p.html is None and p.docx], html_dir)
    for docx in docx_dir.glob("*.docx"):
        office_style(docx)
    return {p.name: (p.docx or docx_dir / f"{p.html.stem}.docx", p.html or html_dir / f"{p.docx.stem}.html")
            for p in plans}


def skip_reason(producer: str, docx: Path) -> str:
    """Why a border producer would only repeat another one for this DOCX, or ''."""
    if producer == "lo_ruled" and fully_ruled(docx):
        return "its tables are already fully ruled (lo_portrait / lo_landscape show them so)"
    if producer == "lo_borderless" and not any_border(docx):
        return "its tables have no borders (lo_portrait / lo_landscape show them so)"
    return ""


def clear(plan: Plan) -> None:
    """Remove a plan's files, so a rerun leaves no stale producer behind."""
    for old in OUT.glob(f"{plan.name}.*"):
        old.unlink()


def render_docx(plans: list[Plan], docx_of: dict[str, Path], edited: Path) -> list[str]:
    """The LibreOffice producers of every plan, in one LibreOffice run; the skips, explained."""
    skips, to_convert = [], []
    for plan in plans:
        for producer in DOCX_PRODUCERS:
            skip = skip_reason(producer, docx_of[plan.name])
            if skip:
                skips.append(f"{plan.name}.{producer}: {skip}")
                continue
            target = edited / f"{plan.name}.{producer}.docx"
            edit_docx(docx_of[plan.name], target, DOCX_EDITS[producer])
            to_convert.append(target)
    soffice(["--convert-to", "pdf"], to_convert, OUT)
    return skips


def render_html(plan: Plan, html: Path, tmp: Path) -> None:
    """Chromium's print of the plan's HTML (LibreOffice's HTML export keeps its images beside it)."""
    printable = tmp / f"{plan.name}.print.html"
    with_a4(html, printable)
    for image in html.parent.glob(f"{html.stem}_html_*"):
        shutil.copy(image, tmp / image.name)
    chromium(printable, OUT / f"{plan.name}.chromium.pdf")


def render_copies(plan: Plan) -> None:
    """The re-distilled and the rotated copies of the plan's lo_landscape."""
    landscape_pdf = OUT / f"{plan.name}.lo_landscape.pdf"
    ghostscript(landscape_pdf, OUT / f"{plan.name}.gs.pdf")
    rotate_stored(landscape_pdf, OUT / f"{plan.name}.rotated.pdf")


def render(plans: list[Plan], tmp: Path) -> list[str]:
    """Write every plan's PDFs and annotation; return the skipped (plan, producer) pairs, explained."""
    for plan in plans:
        clear(plan)
    bases = base_documents(plans, tmp)
    edited = tmp / "edited"
    edited.mkdir()
    skips = render_docx(plans, {name: docx for name, (docx, _) in bases.items()}, edited)
    for plan in plans:
        write_truth(plan)
        render_html(plan, bases[plan.name][1], tmp)
        if plan.copies:
            render_copies(plan)
        else:
            skips.extend(f"{plan.name}.{p}: a layout variant (kept small: the samples carry it)" for p in COPIES)
    return skips


def main(only: list[str]) -> int:
    missing = [tool for tool in ("soffice", "chromium", "gs") if not shutil.which(tool)]
    if missing:
        print(f"not found: {', '.join(missing)} (apt-get install libreoffice-writer-nogui chromium ghostscript)",
              file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        plans = [p for p in sample_plans() + variant_plans(tmp) if not only or p.name in only]
        for skip in render(plans, tmp):
            print("skipped", skip)
    print(f"{len(list(OUT.glob('*.pdf')))} PDFs in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
