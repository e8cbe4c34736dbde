#!/usr/bin/env python3
"""Build the sample action plans in ``samples/`` and their reference annotations.

Each plan is ONE spec, ``tools/sample_specs/<name>.json``: the reference annotation itself
(``meta``, ``columns``, ``recommendations``, ``actions``, exactly as in ``<name>.truth.json``)
plus what the document shows beyond it (a recommendation's ``label`` as written, an action's
``lead`` cell, ``prefix``, ``status_word``, ``rag``...) and a ``layout`` block naming the
template that draws it (``sample_templates.py`` for DOCX, ``sample_html.py`` for HTML) with the
layout's own tables (contributors, glossary...) and the README's feature note.  The truth file
is the spec without those extras, so the document and its annotation cannot disagree.

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
from itertools import groupby
from pathlib import Path
from typing import Any, Callable

import sample_html
import sample_templates

ROOT = Path(__file__).resolve().parent.parent
SPECS = Path(__file__).resolve().parent / "sample_specs"
OUT = ROOT / "samples"

STATUSES = {"complete", "in_progress", "not_started", "overdue", "partially_complete", "unknown"}
TRUTH_REC_KEYS = ("number", "text", "scope", "owner")
TRUTH_ACTION_KEYS = ("rec", "agency", "scope", "action", "evidence", "target", "progress", "status")
# The order of the plans in samples/README.md (a spec not listed here comes after, by name).
README_ORDER = ["home_office_7col", "r_labels_status", "theme_numbered_borderless", "autonumbered",
                "recommendation_colon", "repeated_rec_text", "unnumbered_recs", "two_header_rows_vmerge",
                "theme_sections_ruled", "portrait_narrow", "rec_spanning_rows", "rec_headings_html",
                "agency_first_columns", "theme_numbered_sections", "word_style_pdf"]

Template = Callable[[dict, Path], None]
TEMPLATES: dict[str, Template] = {
    fn.__name__.removeprefix("build_"): fn
    for module in (sample_templates, sample_html)
    for name, fn in vars(module).items() if name.startswith("build_")
}


# ============================================================== specs
def load_spec(path: Path) -> dict[str, Any]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    spec["name"] = path.stem
    return spec


def load_specs(names: list[str] | None = None) -> list[dict[str, Any]]:
    """The specs in README order, or only the ``names`` asked for."""
    found = {p.stem: p for p in SPECS.glob("*.json")}
    order = [n for n in README_ORDER if n in found] + sorted(set(found) - set(README_ORDER))
    unknown = set(names or ()) - set(found)
    if unknown:
        raise SystemExit(f"no spec for {', '.join(sorted(unknown))} in {SPECS}")
    return [load_spec(found[n]) for n in order if not names or n in names]


def formats(spec: dict[str, Any]) -> list[str]:
    return [doc.rsplit(".", 1)[1] for doc in spec["meta"]["documents"]]


def truth_for(spec: dict[str, Any]) -> dict[str, Any]:
    """The reference annotation: the spec without what only the document shows."""
    return dict(meta=spec["meta"], columns=spec["columns"],
                recommendations=[{k: r[k] for k in TRUTH_REC_KEYS} for r in spec["recommendations"]],
                actions=[{k: a[k] for k in TRUTH_ACTION_KEYS} for a in spec["actions"]])


def shown_action(a: dict[str, Any]) -> dict[str, Any]:
    """An action as the templates draw it: the document's cells default to the truth's values."""
    return dict(agency=a["agency"], lead=a.get("lead", a["agency"]), prefix=a.get("prefix", ""),
                action=a["action"], evidence=a["evidence"], target=a["target"], progress=a["progress"],
                status_word=a.get("status_word", ""), rag=a.get("rag", ""), status=a["status"],
                u1=a.get("u1", ""), u2=a.get("u2", ""))  # u1, u2: two dated update columns


def plan_from_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """The nested form the templates walk: sections (one per run of owners) -> recs -> actions."""
    actions = {number: [shown_action(a) for a in group]
               for number, group in groupby(spec["actions"], key=lambda a: a["rec"])}
    sections = []
    for owner, recs in groupby(spec["recommendations"], key=lambda r: r["owner"]):
        sections.append(dict(owner=owner, recs=[
            dict(number=r["number"], label=r.get("label"), text=r["text"], scope=r["scope"],
                 actions=actions.get(r["number"], []), **({"short": r["short"]} if "short" in r else {}))
            for r in recs]))
    return dict(spec["layout"], name=spec["name"], meta=spec["meta"], columns=spec["columns"],
                sections=sections)


def check_spec(spec: dict[str, Any]) -> None:
    recs, acts = spec["recommendations"], spec["actions"]
    name = spec["name"]
    assert 6 <= len(recs) <= 12, (name, len(recs))
    assert 12 <= len(acts) <= 30, (name, len(acts))
    numbers = [r["number"] for r in recs]
    assert len(set(numbers)) == len(numbers), name
    assert [a["rec"] for a in acts] == sorted((a["rec"] for a in acts), key=numbers.index), \
        f"{name}: actions not in the order of their recommendations"
    for r in recs:
        assert any(a["rec"] == r["number"] for a in acts), (name, r["number"])
    for a in acts:
        assert a["status"] in STATUSES, (name, a["status"])
        assert a["scope"] == recs[numbers.index(a["rec"])]["scope"], (name, a["rec"])
    assert spec["layout"]["template"] in TEMPLATES, (name, spec["layout"]["template"])


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
        tp.write_text(json.dumps(truth_for(spec), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
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
