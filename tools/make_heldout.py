"""Build the held-out plans (tools/heldout_plans.py) into tests/fixtures/heldout/ and print them to PDF.

Plans in layouts no sample has, in rounds of five (content in tools/heldout_plans.py and
tools/heldout_plans_round2.py to tools/heldout_plans_round43.py; the second round's drawing in
tools/heldout_drawing.py, the third's to forty-third's in tools/heldout_drawing_round3.py to
tools/heldout_drawing_round43.py), each
drawn here once and written as DOCX or HTML with its annotation, then printed by the producers
of tools/render_pdfs.py (LibreOffice portrait, landscape, borderless / ruled; Chromium;
Ghostscript; stored rotated).  They are a held-out
set: measure the reader on them, do not tune it to them.

    python tools/make_heldout.py            # documents, annotations and PDFs
    python tools/make_heldout.py --no-pdf   # documents and annotations only
    python tools/make_heldout.py banded_no_rules   # one plan only
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from pathlib import Path
from typing import Any, Callable

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))
import render_pdfs  # noqa: E402
import heldout_drawing  # noqa: E402
import heldout_plans_round2  # noqa: E402
import heldout_drawing_round3  # noqa: E402
import heldout_drawing_round4  # noqa: E402
import heldout_drawing_round5  # noqa: E402
import heldout_drawing_round6  # noqa: E402
import heldout_drawing_round7  # noqa: E402
import heldout_drawing_round8  # noqa: E402
import heldout_drawing_round9  # noqa: E402
import heldout_drawing_round10  # noqa: E402
import heldout_drawing_round11  # noqa: E402
import heldout_drawing_round12  # noqa: E402
import heldout_drawing_round13  # noqa: E402
import heldout_drawing_round14  # noqa: E402
import heldout_drawing_round15  # noqa: E402
import heldout_drawing_round16  # noqa: E402
import heldout_drawing_round17  # noqa: E402
import heldout_drawing_round18  # noqa: E402
import heldout_drawing_round19  # noqa: E402
import heldout_drawing_round20  # noqa: E402
import heldout_drawing_round21  # noqa: E402
import heldout_drawing_round22  # noqa: E402
import heldout_drawing_round23  # noqa: E402
import heldout_drawing_round24  # noqa: E402
import heldout_drawing_round25  # noqa: E402
import heldout_drawing_round26  # noqa: E402
import heldout_drawing_round27  # noqa: E402
import heldout_drawing_round28  # noqa: E402
import heldout_drawing_round29  # noqa: E402
import heldout_drawing_round30  # noqa: E402
import heldout_drawing_round31  # noqa: E402
import heldout_drawing_round32  # noqa: E402
import heldout_drawing_round33  # noqa: E402
import heldout_drawing_round34  # noqa: E402
import heldout_drawing_round35  # noqa: E402
import heldout_drawing_round36  # noqa: E402
import heldout_drawing_round37  # noqa: E402
import heldout_drawing_round38  # noqa: E402
import heldout_drawing_round39  # noqa: E402
import heldout_drawing_round40  # noqa: E402
import heldout_drawing_round41  # noqa: E402
import heldout_drawing_round42  # noqa: E402
import heldout_drawing_round43  # noqa: E402
import heldout_plans_round3  # noqa: E402
import heldout_plans_round4  # noqa: E402
import heldout_plans_round5  # noqa: E402
import heldout_plans_round6  # noqa: E402
import heldout_plans_round7  # noqa: E402
import heldout_plans_round8  # noqa: E402
import heldout_plans_round9  # noqa: E402
import heldout_plans_round10  # noqa: E402
import heldout_plans_round11  # noqa: E402
import heldout_plans_round12  # noqa: E402
import heldout_plans_round13  # noqa: E402
import heldout_plans_round14  # noqa: E402
import heldout_plans_round15  # noqa: E402
import heldout_plans_round16  # noqa: E402
import heldout_plans_round17  # noqa: E402
import heldout_plans_round18  # noqa: E402
import heldout_plans_round19  # noqa: E402
import heldout_plans_round20  # noqa: E402
import heldout_plans_round21  # noqa: E402
import heldout_plans_round22  # noqa: E402
import heldout_plans_round23  # noqa: E402
import heldout_plans_round24  # noqa: E402
import heldout_plans_round25  # noqa: E402
import heldout_plans_round26  # noqa: E402
import heldout_plans_round27  # noqa: E402
import heldout_plans_round28  # noqa: E402
import heldout_plans_round29  # noqa: E402
import heldout_plans_round30  # noqa: E402
import heldout_plans_round31  # noqa: E402
import heldout_plans_round32  # noqa: E402
import heldout_plans_round33  # noqa: E402
import heldout_plans_round34  # noqa: E402
import heldout_plans_round35  # noqa: E402
import heldout_plans_round36  # noqa: E402
import heldout_plans_round37  # noqa: E402
import heldout_plans_round38  # noqa: E402
import heldout_plans_round39  # noqa: E402
import heldout_plans_round40  # noqa: E402
import heldout_plans_round41  # noqa: E402
import heldout_plans_round42  # noqa: E402
import heldout_plans_round43  # noqa: E402
from heldout_drawing import footer, horizontal_rules_only, label  # noqa: E402
from heldout_plans import COMPLETED, PLANS, RAG_KEY  # noqa: E402
from sample_docx import (RAG_FILL, add_par, fill_cell, header_row, make_table, new_document,  # noqa: E402
                         save_docx, set_header_text, shade, span_row, v_merge)
from sample_html import html_cell  # noqa: E402
from sample_spec import plan_from_spec, spec_from_plan, truth_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "heldout"


def draw_doc_control_above(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Eastbrook CSP", size=9)
    set_header_text(doc, "OFFICIAL", align="right", bold=True)
    footer(doc)
    add_par(doc, "Eastbrook Community Safety Partnership", bold=True, size=16)
    add_par(doc, "Domestic Homicide Review – 'Coral'", bold=True, size=13)
    add_par(doc, "Action plan: progress to 31 October 2024", size=11, space_after=6)
    control = make_table(doc, [3.0, 3.0, 6.0, 14.7])
    header_row(control, ["Version", "Date", "Author", "Summary of changes"], fill="D9D9D9", repeat=False)
    for values in (("0.1", "14/02/2024", "DHR Coordinator", "First draft for the review panel"),
                   ("1.0", "20/03/2024", "DHR Coordinator", "Agreed by the CSP board"),
                   ("1.1", "31/10/2024", "CSP Business Manager", "Progress updated for the October board")):
        for cell, text in zip(control.add_row().cells, values):
            fill_cell(cell, text)
    t = make_table(doc, [7.0, 6.5, 3.6, 2.6, 5.0, 2.0])  # directly under the control table
    header_row(t, plan["columns"], fill="1F3864", color="FFFFFF")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=label(r) + " ")
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                fill_cell(c[1], a["action"])
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"])
                fill_cell(c[5], a["status_word"])
    save_docx(doc, path)


def draw_shaded_rec_agency_rows(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Northmoor SCP", size=9)
    set_header_text(doc, "Northmoor Safer Communities Partnership", align="left")
    footer(doc, "DHR Adult K – action plan v3")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    add_par(doc, RAG_KEY, italic=True, space_after=6)
    t = make_table(doc, [3.3, 5.0, 2.4, 5.7, 1.6])
    header_row(t, plan["columns"], fill="BFBFBF")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            row = span_row(t, "", fill="DEEAF6")
            cell = row.cells[0]
            cell.paragraphs[0].add_run(f"Recommendation {label(r)} ").bold = True
            cell.paragraphs[0].add_run(r["text"]).bold = True
            for a in r["actions"]:
                c = t.add_row().cells
                fill_cell(c[0], a["lead"], bold=True)
                fill_cell(c[1], a["action"])
                fill_cell(c[2], a["target"])
                fill_cell(c[3], a["progress"], space_between=3)
                fill_cell(c[4], a["rag"])
                if a["rag"]:
                    shade(c[4], RAG_FILL[a["rag"]])
    save_docx(doc, path)


def draw_nine_columns(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Westvale CSP", size=8)
    set_header_text(doc, "Westvale CSP – DHR Bethan – Action Plan", align="center")
    footer(doc, "Version 4 – January 2024")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, RAG_KEY, size=8, space_after=6)
    t = make_table(doc, [1.0, 4.6, 4.2, 2.6, 3.2, 2.0, 4.0, 2.1, 1.4])
    header_row(t, plan["columns"], fill="D9E2F3")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["number"])
                    fill_cell(c[1], r["text"])
                if len(acts) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                fill_cell(c[2], a["action"])
                fill_cell(c[3], a["lead"])
                fill_cell(c[4], a["evidence"])
                fill_cell(c[5], a["target"])
                fill_cell(c[6], a["progress"])
                done = next((d for opening, d in COMPLETED.items() if a["action"].startswith(opening)), "")
                fill_cell(c[7], done)
                fill_cell(c[8], a["rag"])
                if a["rag"]:
                    shade(c[8], RAG_FILL[a["rag"]])
    save_docx(doc, path)


def draw_split_mid_cell(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Lowmarsh CSP", size=10)
    set_header_text(doc, "OFFICIAL – SENSITIVE", align="center", bold=True)
    footer(doc, "Version 2.1 – June 2024")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    t = make_table(doc, [4.6, 3.6, 2.6, 2.0, 5.2], style=None)
    horizontal_rules_only(t)
    header_row(t, plan["columns"], fill="E7E6E6")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["text"], label=label(r) + " ")
                fill_cell(c[1], a["action"])
                fill_cell(c[2], a["lead"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"], space_between=6)
    for p in doc.paragraphs:
        p.paragraph_format.space_after = p.paragraph_format.space_after or Pt(0)
    save_docx(doc, path)


HTML_STYLE = ("body{font-family:Arial,sans-serif;font-size:10pt}"
              "table.plan{border-collapse:collapse;width:100%}"
              "table.plan th,table.plan td{border:1px solid #444;padding:3px;vertical-align:top}"
              "table.plan th{background:#d9d9d9}tr.theme td{background:#203864;color:#fff;font-weight:bold}"
              "p{margin:0 0 4px 0}")


def draw_lettered_actions(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    ncols = len(plan["columns"])
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{HTML_STYLE}</style></head><body>",
             '<header><p>Southfield Council · Community safety</p></header>',
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>This action plan was agreed by the Southfield Community Safety Partnership in January 2024. "
             "Updates are given as at 30 September 2024.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>"]
    for sec in plan["sections"]:
        lines.append(f'<tr class="theme"><td colspan="{ncols}">{h(sec["owner"])}</td></tr>')
        for r in sec["recs"]:
            acts = r["actions"]
            for i, a in enumerate(acts):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(acts)}"' if len(acts) > 1 else ""
                    cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{html_cell(r['text'], 'p')}</td>"]
                cells += [f"<td>{r['number']}{'abcdefgh'[i]}</td>", f"<td>{html_cell(a['action'], 'p')}</td>",
                          f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                          f"<td>{html_cell(a['progress'], 'p')}</td>"]
                lines.append("<tr>" + "".join(cells) + "</tr>")
    lines += ["</tbody></table>", "<footer><p>© Southfield Council</p></footer>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "doc_control_above": draw_doc_control_above, "shaded_rec_agency_rows": draw_shaded_rec_agency_rows,
    "nine_columns": draw_nine_columns, "lettered_actions": draw_lettered_actions,
    "split_mid_cell": draw_split_mid_cell, **heldout_drawing.DRAW, **heldout_drawing_round3.DRAW,
    **heldout_drawing_round4.DRAW, **heldout_drawing_round5.DRAW, **heldout_drawing_round6.DRAW,
    **heldout_drawing_round7.DRAW, **heldout_drawing_round8.DRAW, **heldout_drawing_round9.DRAW,
    **heldout_drawing_round10.DRAW, **heldout_drawing_round11.DRAW, **heldout_drawing_round12.DRAW,
    **heldout_drawing_round13.DRAW, **heldout_drawing_round14.DRAW, **heldout_drawing_round15.DRAW,
    **heldout_drawing_round16.DRAW, **heldout_drawing_round17.DRAW,
    **heldout_drawing_round18.DRAW, **heldout_drawing_round19.DRAW, **heldout_drawing_round20.DRAW,
    **heldout_drawing_round21.DRAW, **heldout_drawing_round22.DRAW, **heldout_drawing_round23.DRAW,
    **heldout_drawing_round24.DRAW, **heldout_drawing_round25.DRAW, **heldout_drawing_round26.DRAW,
    **heldout_drawing_round27.DRAW, **heldout_drawing_round28.DRAW, **heldout_drawing_round29.DRAW,
    **heldout_drawing_round30.DRAW, **heldout_drawing_round31.DRAW, **heldout_drawing_round32.DRAW,
    **heldout_drawing_round33.DRAW, **heldout_drawing_round34.DRAW, **heldout_drawing_round35.DRAW,
    **heldout_drawing_round36.DRAW, **heldout_drawing_round37.DRAW, **heldout_drawing_round38.DRAW,
    **heldout_drawing_round39.DRAW, **heldout_drawing_round40.DRAW, **heldout_drawing_round41.DRAW,
    **heldout_drawing_round42.DRAW, **heldout_drawing_round43.DRAW,
}
ALL_PLANS = PLANS + heldout_plans_round2.PLANS + heldout_plans_round3.PLANS  # the rounds in order
ALL_PLANS += heldout_plans_round4.PLANS + heldout_plans_round5.PLANS + heldout_plans_round6.PLANS
ALL_PLANS += heldout_plans_round7.PLANS + heldout_plans_round8.PLANS + heldout_plans_round9.PLANS
ALL_PLANS += heldout_plans_round10.PLANS + heldout_plans_round11.PLANS + heldout_plans_round12.PLANS
ALL_PLANS += heldout_plans_round13.PLANS + heldout_plans_round14.PLANS + heldout_plans_round15.PLANS
ALL_PLANS += heldout_plans_round16.PLANS + heldout_plans_round17.PLANS
ALL_PLANS += heldout_plans_round18.PLANS + heldout_plans_round19.PLANS + heldout_plans_round20.PLANS
ALL_PLANS += heldout_plans_round21.PLANS + heldout_plans_round22.PLANS + heldout_plans_round23.PLANS
ALL_PLANS += heldout_plans_round24.PLANS + heldout_plans_round25.PLANS + heldout_plans_round26.PLANS
ALL_PLANS += heldout_plans_round27.PLANS + heldout_plans_round28.PLANS + heldout_plans_round29.PLANS
ALL_PLANS += heldout_plans_round30.PLANS + heldout_plans_round31.PLANS + heldout_plans_round32.PLANS
ALL_PLANS += heldout_plans_round33.PLANS + heldout_plans_round34.PLANS + heldout_plans_round35.PLANS
ALL_PLANS += heldout_plans_round36.PLANS + heldout_plans_round37.PLANS + heldout_plans_round38.PLANS
ALL_PLANS += heldout_plans_round39.PLANS + heldout_plans_round40.PLANS
ALL_PLANS += heldout_plans_round41.PLANS + heldout_plans_round42.PLANS
ALL_PLANS += heldout_plans_round43.PLANS


def build(nested: dict[str, Any]) -> render_pdfs.Plan:
    """Write one plan's document and annotation; the plan as render_pdfs takes it."""
    name, fmt = nested["name"], nested["formats"][0]
    spec = spec_from_plan(nested)
    spec["meta"]["documents"] = [f"{name}.{fmt}"]
    document = OUT / f"{name}.{fmt}"
    DRAW[name](plan_from_spec(spec), document)
    truth = truth_for(spec)
    return render_pdfs.Plan(name, truth, docx=document if fmt == "docx" else None,
                            html=document if fmt == "html" else None)


def render(plans: list[render_pdfs.Plan]) -> list[str]:
    """The producers' PDFs of every plan, beside its document (render_pdfs' steps, into OUT)."""
    render_pdfs.OUT = OUT  # the producers write into the module's folder
    for plan in plans:
        for old in OUT.glob(f"{plan.name}.*.pdf"):
            old.unlink()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        bases = render_pdfs.base_documents(plans, tmp)
        edited = tmp / "edited"
        edited.mkdir()
        skips = render_pdfs.render_docx(plans, {n: d for n, (d, _) in bases.items()}, edited)
        for plan in plans:
            render_pdfs.render_html(plan, bases[plan.name][1], tmp)
            render_pdfs.render_copies(plan)
    return skips


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-pdf", action="store_true")
    parser.add_argument("plans", nargs="*", help="only these plans (default: all)")
    args = parser.parse_args(argv)
    unknown = set(args.plans) - {make.__name__ for make in ALL_PLANS}
    if unknown:
        parser.error(f"no held-out plan named {', '.join(sorted(unknown))}")
    OUT.mkdir(parents=True, exist_ok=True)
    plans = []
    for make in (m for m in ALL_PLANS if not args.plans or m.__name__ in args.plans):
        plan = build(make())
        (OUT / f"{plan.name}.truth.json").write_text(
            json.dumps(plan.truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        plans.append(plan)
    if not args.no_pdf:
        for skip in render(plans):
            print("skipped", skip)
    print(f"{len(list(OUT.glob('*.pdf')))} PDFs in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
