#!/usr/bin/env python3
"""Make the non-plan PDFs in tests/fixtures/: documents a Community Safety Partnership's archive
holds beside its action plans (minutes, registers, reports, forms, letters, newsletters).

Each is ONE spec, ``tools/non_plan_specs/<kind>.json``, as data:

    what        one line: the document it stands for
    verdict     why the reader must find no action plan in it (tests/test_non_plans.py says the same)
    producer    "libreoffice" (a DOCX written here, converted by soffice), "chromium" (an HTML page
                printed by Chromium's --print-to-pdf), "wkhtmltopdf" (the same HTML page, by
                wkhtmltopdf's Qt WebKit) or "reportlab" (drawn directly by reportlab's platypus)
    landscape   page orientation (default portrait)
    columns     text columns on the page (a newsletter: 2 or 3; default 1)
    page_header running header text ("OFFICIAL"), optional
    blocks      in order: {"heading": text}, {"para": text}, {"list": [items], "numbered": bool},
                {"table": [[cells]...], "widths": [cm...], "borders": bool, "header": bool, "rag": bool},
                {"page_break": true}

A table row of one cell spans the table, shaded (a group's heading). "rag" shades the cells that read Red, Amber or Green in their colour, as a scorecard does; a list's
"labels" (one per item, "Recommendation 1") are set in a hanging indent beside the item's text, as a
report's numbered paragraphs are.

The PDF is ``tests/fixtures/non_plan_<kind>.pdf`` (tests/test_producers.py globs ``non_plan_*.pdf``),
with its dates and /ID pinned so that a rerun gives the same bytes (wkhtmltopdf's streams still vary a little).  The PDFs are committed, so the tests need neither LibreOffice nor Chromium.  All content is invented.

    python tools/make_non_plans.py [KIND...]      (needs soffice and/or chromium)

``--heldout`` makes the held-out set instead: specs in tools/non_plan_specs_heldout/, PDFs as
``tests/fixtures/non_plans_heldout/<kind>.pdf`` (documents never looked at while the reader was
tuned; see that folder's README).
"""
from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from docx.enum.section import WD_SECTION
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_samples import pin_pdf  # noqa: E402
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx,  # noqa: E402
                         set_header_text, shade, span_row, xml_el)

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "non_plan_specs"
OUT = ROOT / "tests" / "fixtures"
EPOCH = "1646127000"  # 1 March 2022: fixed document dates
PRODUCERS = ("libreoffice", "chromium", "wkhtmltopdf", "reportlab")
HELDOUT_SPECS = Path(__file__).resolve().parent / "non_plan_specs_heldout"
HELDOUT_OUT = ROOT / "tests" / "fixtures" / "non_plans_heldout"
HANGING_CM = 3.0  # the indent of a labelled list's text
RAG_FILLS = {"red": "FF0000", "amber": "FFC000", "green": "00B050"}
BLOCKS = ("heading", "para", "list", "table", "page_break")


def load_specs(only: list[str], folder: Path = SPECS) -> dict[str, dict[str, Any]]:
    specs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}
    return {kind: check_spec(kind, spec) for kind, spec in specs.items() if not only or kind in only}


def check_spec(kind: str, spec: dict[str, Any]) -> dict[str, Any]:
    if spec.get("producer") not in PRODUCERS or not spec.get("verdict") or not spec.get("blocks"):
        raise ValueError(f"{kind}: a spec needs a producer {PRODUCERS}, a verdict and blocks")
    for block in spec["blocks"]:
        if not any(key in block for key in BLOCKS):
            raise ValueError(f"{kind}: unknown block {sorted(block)}")
    return spec


# ---- DOCX (LibreOffice) --------------------------------------------------------------------------

def set_columns(section: Any, count: int) -> None:
    """Newspaper columns for a section (w:cols; one column when ``count`` is 1)."""
    sect_pr = section._sectPr
    for old in sect_pr.findall(xml_el("w:cols").tag):
        sect_pr.remove(old)
    sect_pr.append(xml_el("w:cols", num=count, space=425))


def docx_table(doc: Any, block: dict[str, Any]) -> None:
    rows = block["table"]
    widths = block.get("widths") or [17.0 / len(rows[0])] * len(rows[0])
    table = make_table(doc, widths, style="Table Grid" if block.get("borders", True) else None,
                       borderless=not block.get("borders", True))
    body = rows
    if block.get("header", True):
        header_row(table, rows[0])
        body = rows[1:]
    for values in body:
        if len(values) == 1:  # a row of one cell spans the table (a group's heading)
            span_row(table, values[0], fill="D9D9D9")
            continue
        for cell, value in zip(table.add_row().cells, values):
            fill_cell(cell, value, space_after_last=0 if block.get("borders", True) else 4)
            if block.get("rag") and value.lower() in RAG_FILLS:
                shade(cell, RAG_FILLS[value.lower()])
    add_par(doc, "")


def docx_list(doc: Any, block: dict[str, Any]) -> None:
    if block.get("labels"):  # a hanging indent: the label, a tab, the text wrapped at the indent
        for label, item in zip(block["labels"], block["list"]):
            par = add_par(doc, f"{label}\t{item}", space_after=6)
            fmt = par.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(HANGING_CM), Cm(-HANGING_CM)
            fmt.tab_stops.add_tab_stop(Cm(HANGING_CM))
        return
    for k, item in enumerate(block["list"], 1):
        add_par(doc, f"{k}. {item}" if block.get("numbered") else f"• {item}", space_after=4)


def build_docx(spec: dict[str, Any], path: Path) -> None:
    doc = new_document(spec.get("landscape", False), spec["what"], "Community Safety Partnership", size=10)
    if spec.get("page_header"):
        set_header_text(doc, spec["page_header"], align="center")
    set_columns(doc.sections[0], spec.get("columns", 1))
    for block in spec["blocks"]:
        if "heading" in block:
            add_par(doc, block["heading"], bold=True, size=13, space_after=6)
        elif "para" in block:
            add_par(doc, block["para"], space_after=6)
        elif "list" in block:
            docx_list(doc, block)
        elif "table" in block:
            docx_table(doc, block)
        elif "page_break" in block:
            doc.add_section(WD_SECTION.NEW_PAGE)
    if spec.get("columns", 1) > 1:  # a continuous break after the text balances its columns, as a newsletter's
        set_columns(doc.add_section(WD_SECTION.CONTINUOUS), 1)
    save_docx(doc, path)


# ---- HTML (Chromium) -----------------------------------------------------------------------------

CSS = """@page { size: A4%s; margin: 15mm; }
body { font-family: Arial, sans-serif; font-size: 10pt; %s }
h1 { font-size: 13pt; column-span: all; }
table { border-collapse: collapse; width: 100%%; margin-bottom: 8pt; }
td, th { vertical-align: top; text-align: left; padding: 3pt 4pt; }
table.ruled td, table.ruled th { border: 0.75pt solid #000; }
.break { break-before: page; }
.running { text-align: center; font-size: 8pt; }"""


def html_cell(text: str, rag: bool) -> str:
    fill = RAG_FILLS.get(text.lower()) if rag else None
    style = f' style="background:#{fill}"' if fill else ""
    return f"<td{style}>" + html.escape(text).replace("\n", "<br>") + "</td>"


def html_table(block: dict[str, Any]) -> str:
    rows = block["table"]
    widths = block.get("widths") or [1.0] * len(rows[0])
    cols = "".join(f'<col style="width:{100 * w / sum(widths):.1f}%">' for w in widths)
    head = rows[0] if block.get("header", True) else None
    lines = [f'<table class="{"ruled" if block.get("borders", True) else "plain"}">{cols}']
    if head:
        lines.append("<thead><tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in head) + "</tr></thead>")
    for values in rows[1:] if head else rows:
        if len(values) == 1:  # a row of one cell spans the table (a group's heading)
            lines.append(f'<tr><td colspan="{len(rows[0])}" style="background:#D9D9D9">'
                         f"<b>{html.escape(values[0])}</b></td></tr>")
            continue
        cells = "".join(html_cell(c, block.get("rag", False)) for c in values)
        lines.append(f"<tr>{cells}</tr>")
    return "\n".join(lines) + "</table>"


def html_block(block: dict[str, Any]) -> str:
    if "heading" in block:
        return f"<h1>{html.escape(block['heading'])}</h1>"
    if "para" in block:
        return f"<p>{html.escape(block['para'])}</p>"
    if "list" in block and block.get("labels"):
        return "".join(f'<div style="display:flex"><span style="flex:none;width:{HANGING_CM}cm">{html.escape(k)}</span>'
                       f"<span>{html.escape(i)}</span></div>" for k, i in zip(block["labels"], block["list"]))
    if "list" in block:
        tag = "ol" if block.get("numbered") else "ul"
        return f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in block["list"]) + f"</{tag}>"
    if "table" in block:
        return html_table(block)
    return '<div class="break"></div>'


def build_html(spec: dict[str, Any], path: Path) -> None:
    columns = spec.get("columns", 1)
    css = CSS % (" landscape" if spec.get("landscape") else "",
                 f"column-count: {columns}; column-gap: 8mm;" if columns > 1 else "")
    running = f'<div class="running">{html.escape(spec["page_header"])}</div>' if spec.get("page_header") else ""
    body = "\n".join(html_block(b) for b in spec["blocks"])
    path.write_text(f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{html.escape(spec["what"])}'
                    f"</title><style>{css}</style></head><body>{running}{body}</body></html>", encoding="utf-8")


# ---- PDF -----------------------------------------------------------------------------------------

def env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}


def libreoffice_pdf(docx: Path, pdf: Path, tmp: Path) -> None:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp / 'profile'}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(tmp), str(docx)], check=True, capture_output=True, env=env())
    shutil.move(tmp / f"{docx.stem}.pdf", pdf)


def chromium_pdf(page: Path, pdf: Path) -> None:
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", page.as_uri()], check=True, capture_output=True, env=env())


def wkhtmltopdf_pdf(page: Path, pdf: Path, landscape: bool) -> None:
    subprocess.run(["wkhtmltopdf", "--quiet", "--page-size", "A4", "--orientation",
                    "Landscape" if landscape else "Portrait", "--enable-local-file-access", str(page), str(pdf)],
                   check=True, capture_output=True, env=env())


def make(kind: str, spec: dict[str, Any], tmp: Path, pdf: Path) -> Path:
    if spec["producer"] == "libreoffice":
        source = tmp / f"{pdf.stem}.docx"
        build_docx(spec, source)
        libreoffice_pdf(source, pdf, tmp)
    elif spec["producer"] == "reportlab":
        from non_plan_reportlab import build_reportlab  # only this producer needs reportlab
        build_reportlab(spec, pdf, RAG_FILLS)
    else:
        source = tmp / f"{pdf.stem}.html"
        build_html(spec, source)
        if spec["producer"] == "chromium":
            chromium_pdf(source, pdf)
        else:
            wkhtmltopdf_pdf(source, pdf, spec.get("landscape", False))
    pin_pdf(pdf)  # fixed dates and /ID: a rerun gives the same bytes
    return pdf


def main(args: list[str]) -> int:
    heldout = "--heldout" in args
    specs = load_specs([a for a in args if a != "--heldout"], HELDOUT_SPECS if heldout else SPECS)
    found = {p for p in PRODUCERS if p == "reportlab" or shutil.which("soffice" if p == "libreoffice" else p)}
    missing = {s["producer"] for s in specs.values()} - found
    if missing:
        print(f"not found: {', '.join(sorted(missing))} (apt-get install libreoffice-writer-nogui chromium "
              "wkhtmltopdf)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        for kind, spec in specs.items():
            pdf = HELDOUT_OUT / f"{kind}.pdf" if heldout else OUT / f"non_plan_{kind}.pdf"
            print(make(kind, spec, Path(tmp), pdf))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))  # optional kinds: make only those; --heldout: the held-out set
