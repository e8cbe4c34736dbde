#!/usr/bin/env python3
"""Build the sample action plans in ``samples/`` and their reference annotations.

Each plan is ONE spec, ``tools/sample_specs/<name>.json``: the reference annotation itself
(``meta``, ``columns``, ``recommendations``, ``actions``, exactly as in ``<name>.truth.json``)
plus what the document shows beyond it (a recommendation's ``label`` as written, an action's
``lead`` cell, ``prefix``, ``status_word``, ``rag``...) and a ``layout`` block: the template
that draws the plan table (``sample_templates.py`` for DOCX, ``sample_html.py`` for HTML), and
as data everything around it (DOCX: ``document`` page / author / page header and footer,
``before`` / ``after`` paragraphs and side tables, column ``widths``, ``header`` shading; HTML:
the ``page`` lines), the side tables' rows (contributors, glossary...) and the README's feature
note.  The truth file is the spec without the extras (``sample_spec.truth_for``), so the
document and its annotation cannot disagree.

    python tools/make_samples.py            # writes samples/*
    python tools/make_samples.py --no-pdf   # skip the LibreOffice step
    python tools/make_samples.py --out DIR  # write elsewhere (to compare with samples/)

Runs are reproducible: DOCX zip entries and core properties carry fixed dates and
the PDF CreationDate / ModDate / ID are pinned after conversion.  If ``soffice`` is
not on PATH the PDFs are skipped with a message (the committed PDFs stay as they are).

All content is invented.  Agencies are named for realism only; the victims are
pseudonyms ("Adult B", "Maya"...).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Callable

import sample_html
import sample_templates
from sample_docx import (add_page_number_footer, add_par, fill_cell, header_row, make_table, new_document, save_docx,
                         set_header_text, v_merge)
from sample_spec import A, R, S, check_spec, formats, load_specs, plan_from_spec, spec_from_plan
from sample_spec import truth_for as spec_truth

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples"

# For the tools that build a plan in Python and write it with this script's helpers
# (tools/make_overview_sample.py).
__all__ = ["OUT", "A", "R", "S", "add_page_number_footer", "add_par", "fill_cell", "header_row", "main", "make_pdfs",
           "make_table", "new_document", "save_docx", "set_header_text", "spec_from_plan", "truth_for", "v_merge"]


def truth_for(plan_or_spec: dict[str, Any]) -> dict[str, Any]:
    """The reference annotation of a spec, or of a nested plan written in Python."""
    return spec_truth(spec_from_plan(plan_or_spec) if "sections" in plan_or_spec else plan_or_spec)


Template = Callable[[dict, Path], None]
TEMPLATES: dict[str, Template] = {**sample_templates.TEMPLATES, **sample_html.TEMPLATES}



# ============================================================== PDF
def pin_pdf(path):
    """Pin the volatile bits of a LibreOffice PDF (dates, /ID) without moving any byte offsets."""
    data = path.read_bytes()

    def fix_date(mo):
        tz = re.sub(rb"[0-9]", b"0", mo.group(3)).replace(b"-", b"+")
        return mo.group(1) + b"20220301093000" + tz

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})([^)]*)", fix_date, data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda mo: re.sub(rb"<[0-9A-Fa-f]+>",
                                    lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">", mo.group(0)),
                  data)
    data = re.sub(rb"/DocChecksum\s*/[0-9A-Fa-f]+",
                  lambda mo: re.sub(rb"/[0-9A-Fa-f]+$", lambda h: b"/" + b"0" * (len(h.group(0)) - 1),
                                    mo.group(0)), data)
    path.write_bytes(data)


def make_pdfs(docx_paths):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice (LibreOffice) not found: PDFs NOT regenerated; committed PDFs left as they are.")
        return []
    made = []
    with tempfile.TemporaryDirectory(prefix="make_samples_") as tmp:
        profile = Path(tmp) / "lo_profile"
        outdir = Path(tmp) / "pdf"
        outdir.mkdir()
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in docx_paths]
        env = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1646127000")
        res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
        for p in docx_paths:
            pdf = outdir / (p.stem + ".pdf")
            if not pdf.exists():
                print(f"LibreOffice did not produce {pdf.name}:\n{res.stdout}\n{res.stderr}")
                continue
            target = p.with_suffix(".pdf")
            shutil.copyfile(pdf, target)
            pin_pdf(target)
            made.append(target)
    return made


# ============================================================== README
README = """# Sample action plans

Sample documents for tests, each with a reference annotation `<name>.truth.json` in the
format of `nuneaton_dhr1.truth.json` (see `/work/shared/corpus/dev/README.md`; score with
`python /work/shared/tools/score.py samples/<name>.truth.json OUTDIR --source <file>`).
Everything except the nuneaton_dhr1 files is generated by `tools/make_samples.py`
(document and truth from the same spec; PDFs are the DOCX converted by LibreOffice).
All content is invented; agencies are named for realism only; victims are pseudonyms.

| file(s) | layout features |
|---|---|
| `nuneaton_dhr1.{pdf,docx,html}` | copy of the dev corpus (seed plan): 6 columns, `1.` labels in the text, agency section rows spanning the table, `POLICE:`/`CWPT:` action prefixes, rows split across PDF pages |
{rows}
"""



def write_readme(specs: list[dict[str, Any]], out: Path) -> None:
    rows = []
    for spec in specs:
        name = spec["name"]
        files = ", ".join(f"`{name}.{f}`" for f in formats(spec))
        rows.append(f"| {files} + `{name}.truth.json` | {spec['layout']['features']} "
                    f"({len(spec['recommendations'])} recommendations, {len(spec['actions'])} actions) |")
    (out / "README.md").write_text(README.replace("{rows}", "\n".join(rows)), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-pdf", action="store_true", help="do not run LibreOffice")
    ap.add_argument("--only", nargs="*", help="plan names to build (default: all)")
    ap.add_argument("--out", type=Path, default=OUT, help="output folder (default: samples/)")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    specs = load_specs(args.only)
    to_pdf = []
    # a plan published as PDF only: its DOCX is built in a scratch folder and not kept
    scratch = Path(tempfile.mkdtemp(prefix="make_samples_docx_"))
    for spec in specs:
        check_spec(spec)
        assert spec["layout"]["template"] in TEMPLATES, (spec["name"], spec["layout"]["template"])
        name, fmts = spec["name"], formats(spec)
        main_fmt = "html" if "html" in fmts else "docx"
        folder = out if main_fmt in fmts else scratch
        path = folder / f"{name}.{main_fmt}"
        TEMPLATES[spec["layout"]["template"]](plan_from_spec(spec), path)
        if folder == out:
            print("wrote", path)
        if "pdf" in fmts:
            to_pdf.append(path)
        tp = out / f"{name}.truth.json"
        tp.write_text(json.dumps(spec_truth(spec), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", tp)
    if to_pdf and not args.no_pdf:
        for pdf in make_pdfs(to_pdf):
            if pdf.parent != out:
                pdf = Path(shutil.move(str(pdf), str(out / pdf.name)))
            print("wrote", pdf)
    shutil.rmtree(scratch, ignore_errors=True)
    if not args.only:
        write_readme(specs, out)
        print("wrote", out / "README.md")


if __name__ == "__main__":
    main()
