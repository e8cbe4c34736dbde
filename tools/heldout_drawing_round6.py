"""Drawing of the sixth round of held-out plans (content in tools/heldout_plans_round6.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
second round does (tools/heldout_drawing.py); what is new here is the page around the rows: a RAG cell
with no word, a table per agency under its heading, two-column labelled blocks instead of a plan table,
a report whose plan sits in a landscape section after portrait narrative, and a web page whose header
has two levels, with a totals table after the plan."""
from __future__ import annotations

import html
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm

from heldout_drawing import (REC_NUMBER, REC_TEXT, action_rows, field, first, footer, horizontal_rules_only,
                             label, rag_fill, write_rows)
from heldout_drawing_round3 import bullet_lines
from heldout_drawing_round4 import page
from heldout_plans_round6 import CHRONOLOGY, GLOSSARY, PANEL
from sample_docx import (add_bullet_numbering, add_par, fill_cell, header_row, make_table, new_document,
                         save_docx, set_header_text, shade)
from sample_html import html_cell

LABEL_OWN_LINE = first(lambda r, i, a: f"{label(r)}\n{r['text']}")


def bold_first_line(column: int) -> Callable[[Any, int, dict[str, Any], int, dict[str, Any]], None]:
    """The label on the recommendation cell's first line set in bold, as it is typed."""
    def style(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        for run in row[column].paragraphs[0].runs:
            run.bold = True
    return style


def draw_rag_colour_evidence(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Kelbrook CSP", font="Calibri", size=9),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Kelbrook Community Safety Partnership – OFFICIAL", align="right", color="404040")
    footer(doc, "DHR 'Nadia' – action plan v2.3")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Position as reported to the CSP Board on 18 September 2025. The RAG column is shaded: green "
                 "complete, amber in progress, red not started.", size=9, space_after=6)
    bullets = add_bullet_numbering(doc)
    t = make_table(doc, [5.6, 3.0, 5.0, 2.0, 4.2, 5.6, 1.3])
    header_row(t, plan["columns"], fill="44546A", color="FFFFFF")
    bold, rag = bold_first_line(0), rag_fill(6)

    def style(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if i == 0:
            bold(row, n, r, i, a)
        rag(row, n, r, i, a)
        bullet_lines(row[5], bullets)
    write_rows(t, plan, [LABEL_OWN_LINE, field("lead"), field("action"), field("target"), field("evidence"),
                         field("progress"), lambda r, i, a: ""], merged=(0,), style=style)
    save_docx(doc, path)


def draw_agency_heading_tables(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Harlow Vale Safer Partnership", font="Arial", size=8),
               letter=False, margin_cm=1.6)
    set_header_text(doc, "Harlow Vale Safer Partnership", align="left", color="1F4E79")
    footer(doc, "DHR Rose – agency action plans")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Each agency's recommendations are set out in its own table. References are the agency number "
                 "followed by the recommendation number.", size=8, space_after=8)
    for sec in plan["sections"]:
        add_par(doc, sec["owner"], bold=True, size=11, color="1F4E79", space_after=3)
        t = make_table(doc, [1.2, 5.4, 5.0, 2.0, 4.2], style=None)
        horizontal_rules_only(t, color="1F4E79")
        header_row(t, plan["columns"], fill="D6E3F0")

        def bands(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
            if int(r["number"].split(".")[1]) % 2 == 0:
                for cell in row:
                    shade(cell, "F2F2F2")
        write_rows(t, {"sections": [sec]}, [first(lambda r, i, a: label(r)), REC_TEXT, field("action"),
                                            field("target"), field("progress")], merged=(0, 1), style=bands)
        add_par(doc, "", space_after=8)
    save_docx(doc, path)


KEY_FILL = "D9E2F3"


def key_row(table: Any, key: str, value: str) -> None:
    """A labelled row: the key bold in the shaded left cell, the value in the right."""
    cells = table.add_row().cells
    fill_cell(cells[0], key, bold=True)
    shade(cells[0], KEY_FILL)
    fill_cell(cells[1], value)


def draw_key_value_blocks(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Morden Cross CSP", font="Cambria", size=10),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "Morden Cross CSP – DHR 'Elise'", align="right", color="7F7F7F")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "The action plan below records, for each recommendation of the overview report, the lead "
                 "agency, the actions agreed and the latest update (December 2025).", size=10, space_after=10)
    rec_key, lead, action, target, update = plan["columns"]
    for sec in plan["sections"]:
        for r in sec["recs"]:
            t = make_table(doc, [4.2, 12.8])
            key_row(t, label(r), r["text"])
            for a in r["actions"]:
                key_row(t, lead, a["lead"])
                key_row(t, action, a["action"])
                key_row(t, target, a["target"])
                key_row(t, update, a["progress"])
            add_par(doc, "", space_after=8)
    save_docx(doc, path)


NARRATIVE = [
    ("1. Introduction", [
        "This report of a Domestic Homicide Review examines the contact that agencies had with Jade, a resident "
        "of Fenwick, before her death in October 2022. The review was commissioned by the Fenwick Community "
        "Safety Partnership under section 9 of the Domestic Violence, Crime and Victims Act 2004.",
        "The review panel met seven times between February 2023 and March 2024. Agencies provided chronologies "
        "and individual management reviews, and Jade's sister and mother contributed to the review. The panel "
        "thanks them for their help and offers its condolences.",
        "The purpose of the review is to establish what lessons are to be learned about the way in which "
        "professionals and organisations work individually and together to safeguard victims, to apply those "
        "lessons to service responses, and to prevent domestic abuse homicide by improving service responses "
        "for all victims and their children through improved intra- and inter-agency working.",
    ]),
    ("2. The review panel", []),
    ("3. Chronology of agency contact", [
        "The table below summarises the contact each agency had with Jade and Craig in the ten months before "
        "Jade's death. It is drawn from the agencies' combined chronology.",
    ]),
    ("4. Analysis", [
        "Jade had contact with six agencies in the ten months before her death. Each contact on its own "
        "appeared low in risk; taken together, they show a pattern of escalating abuse that no agency saw "
        "whole. Craig was present at most of Jade's health appointments and answered for her.",
        "The police response to the disconnected call in August 2022 followed the procedure then in force, "
        "but the procedure did not consider the history of the address. The panel considers that attendance "
        "would have given Jade an opportunity to disclose.",
        "The IDVA service closed Jade's case after six months without engagement, without speaking to the "
        "referring officer. The Probation Service accepted Craig's account that he lived alone.",
        "The emergency department did not record who accompanied Jade in September 2022, and her account of "
        "a fall was not explored. Adult Social Care closed a safeguarding concern at triage without contact.",
    ]),
    ("5. Conclusions and recommendations", [
        "The panel makes six recommendations, which are set out with the agencies' actions in the action plan "
        "at Appendix A:",
    ]),
]


def narrative_pages(doc: Any, plan: dict[str, Any]) -> None:
    """The report's portrait pages: headed sections of prose, the panel, the chronology, a glossary, and
    the recommendations as numbered paragraphs."""
    for heading, paragraphs in NARRATIVE:
        add_par(doc, heading, bold=True, size=12, space_after=4)
        for text in paragraphs:
            add_par(doc, text, space_after=6)
        if heading.startswith("2."):
            grid(doc, ["Name", "Role", "Agency"], PANEL, [5.0, 6.5, 5.5])
        if heading.startswith("3."):
            grid(doc, ["Date", "Agency", "Event"], CHRONOLOGY, [2.4, 4.4, 10.2])
        if heading.startswith("5."):
            for sec in plan["sections"]:
                for r in sec["recs"]:
                    add_par(doc, f"{r['number']}. {r['text']}", space_after=4)
    add_par(doc, "Glossary", bold=True, size=12, space_after=4)
    grid(doc, ["Abbreviation", "Meaning"], GLOSSARY, [3.0, 14.0])


def grid(doc: Any, columns: list[str], rows: list[tuple[str, ...]], widths: list[float]) -> None:
    t = make_table(doc, widths)
    header_row(t, columns, fill="E7E6E6")
    for values in rows:
        for cell, text in zip(t.add_row().cells, values):
            fill_cell(cell, text)
    add_par(doc, "", space_after=6)


def draw_mixed_orientation_report(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Fenwick CSP", font="Arial", size=10),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "OFFICIAL – Fenwick DHR 'Jade' – Overview Report", align="center", color="595959")
    footer(doc, "Final version – April 2024")
    add_par(doc, "Fenwick Community Safety Partnership", bold=True, size=18, space_after=4)
    add_par(doc, "Domestic Homicide Review: Overview Report", bold=True, size=15, space_after=4)
    add_par(doc, "Into the death of Jade in October 2022", size=12, space_after=4)
    add_par(doc, "Independent Chair and Author: Ruth Ambler. Completed: March 2024.", italic=True, space_after=14)
    narrative_pages(doc, plan)
    plan_section = doc.add_section(WD_SECTION.NEW_PAGE)
    plan_section.orientation = WD_ORIENT.LANDSCAPE
    plan_section.page_width, plan_section.page_height = Cm(29.7), Cm(21.0)
    add_par(doc, "Appendix A – Action plan", bold=True, size=12, space_after=4)
    t = make_table(doc, [1.0, 6.4, 5.6, 3.6, 2.4, 6.7])
    header_row(t, plan["columns"], fill="DDEBF7")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(0, 1))
    save_docx(doc, path)


BANDED_STYLE = ("body{font-family:Arial,'Liberation Sans',sans-serif;font-size:7pt;color:#1a1a1a;margin:0}"
                "h1{font-size:12pt;margin:0 0 4px 0}h2{font-size:9pt;margin:10px 0 4px 0}"
                "p{margin:0 0 2px 0}ul{margin:1px 0 0 0;padding-left:10px}"
                "table.plan{border-collapse:collapse;width:100%;table-layout:fixed}"
                "table.plan th,table.plan td{padding:2px 3px;vertical-align:top;text-align:left}"
                "table.plan thead th{background:#3b3b3b;color:#fff;font-weight:bold}"
                "table.plan thead tr:last-child th{border-bottom:2px solid #000}"
                "tr.band td{background:#ececec}"
                "table.totals{border-collapse:collapse;width:40%}"
                "table.totals td,table.totals th{border:1px solid #999;padding:2px 4px;text-align:left}")

WIDTHS = ("5%", "22%", "20%", "13%", "6%", "26%", "8%")


def closed(a: dict[str, Any]) -> str:
    """The date closed: the due date of a completed action, nothing otherwise."""
    return a["target"] if a["status"] == "complete" else ""


def banded_rows(plan: dict[str, Any]) -> list[str]:
    """The plan's rows, ``Ref`` and ``Recommendation`` in ``rowspan`` cells; every other recommendation shaded."""
    h = html.escape
    rows, k = [], -1
    for r, i, a in action_rows(plan):
        k += i == 0
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(label(r))}</td>", f"<td{span}>{html_cell(r['text'], 'p')}</td>"]
        cells += [f"<td>{html_cell(a['action'], 'p')}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{html_cell(a['progress'], 'p')}</td>", f"<td>{h(closed(a))}</td>"]
        opening = '<tr class="band">' if k % 2 else "<tr>"
        rows.append(opening + "".join(cells) + "</tr>")
    return rows


def totals(plan: dict[str, Any]) -> list[str]:
    """The summary table after the plan: actions by status, and the total."""
    count = Counter(a["status"] for _, _, a in action_rows(plan))
    names = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}
    rows = [f"<tr><td>{names[s]}</td><td>{count[s]}</td></tr>" for s in names]
    return ["<h2>Summary of progress</h2>", '<table class="totals"><thead><tr><th>Status</th><th>Number of actions'
            "</th></tr></thead><tbody>", *rows, f"<tr><td><b>Total</b></td><td><b>{sum(count.values())}</b></td></tr>",
            "</tbody></table>"]


def draw_banded_two_level_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    ref, rec, action, lead, due, update, date_closed = plan["columns"]
    head = ["<thead><tr>", f'<th rowspan="2">{h(ref)}</th>', f'<th rowspan="2">{h(rec)}</th>',
            '<th colspan="3">Action plan</th>', '<th colspan="2">Monitoring</th></tr>',
            "<tr>" + "".join(f"<th>{h(c)}</th>" for c in (action, lead, due, update, date_closed)) + "</tr></thead>"]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{BANDED_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>Progress against the action plan as at 30 June 2025, as reported to the Oakhurst Community Safety "
             "Partnership Board.</p>",
             '<table class="plan"><colgroup>' + "".join(f'<col style="width:{w}">' for w in WIDTHS) + "</colgroup>",
             *head, "<tbody>", *banded_rows(plan), "</tbody></table>", *totals(plan),
             "<p>Oakhurst Borough Council · Community Safety Team · July 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "rag_colour_evidence": draw_rag_colour_evidence, "agency_heading_tables": draw_agency_heading_tables,
    "key_value_blocks": draw_key_value_blocks, "mixed_orientation_report": draw_mixed_orientation_report,
    "banded_two_level_html": draw_banded_two_level_html,
}
