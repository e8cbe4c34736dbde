"""Drawing of the sixteenth round of held-out plans (content in tools/heldout_plans_round16.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: a ``Lead officer`` and an ``Agency``
column side by side with one RAG word per recommendation merged over its actions; a plan split by hand
into one table a page, each under an ``Action plan (continued)`` line with its header typed again; labels
on two levels (``R2a``) in a borderless table; one agency's page of labelled blocks with no table; and a
long executive summary before a plan whose progress and RAG are written once per recommendation."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import REC_NUMBER, REC_TEXT, field, first, footer, horizontal_rules_only, write_rows
from heldout_drawing_round4 import page
from sample_docx import (RAG_FILL, add_par, fill_cell, header_row, make_table, new_document, save_docx,
                         set_header_text, shade)

OFFICERS = {"Brackenford Police": "DI Sarah Okafor, Public Protection",
            "Brackenford and District ICB": "Dr Ian Pryce, Named GP",
            "Brackenford Borough Council": "Tom Hales, Housing Options Manager",
            "Northern Vale Probation Service": "Ruth Delaney, Head of Public Protection",
            "Brackenford CSP": "Priya Sandhu, CSP Manager",
            "Brackenford Adult Social Care": "Mark Ellery, Principal Social Worker"}


def draw_officer_agency_rag_merged(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Brackenford CSP", font="Arial", size=8),
               letter=False, margin_cm=1.27)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Brackenford DHR 'Nadia' – action plan – version 3, October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "RAG (one per recommendation): Green – all actions complete; Amber – in progress; Red – an "
                 "action not started.", size=8, space_after=6)
    t = make_table(doc, [1.0, 4.4, 1.5, 3.8, 2.9, 2.5, 3.2, 1.8, 4.6, 1.4])
    header_row(t, plan["columns"], fill="BDD7EE")
    cells = [REC_NUMBER, REC_TEXT, first(lambda r, i, a: r["scope"]), field("action"),
             lambda r, i, a: OFFICERS[a["agency"]], field("agency"), field("evidence"), field("target"),
             field("progress"), first(lambda r, i, a: a["rag"])]

    def rag_cell(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if i == 0:
            shade(row[9], RAG_FILL[a["rag"]])
    write_rows(t, plan, cells, merged=(0, 1, 2, 9), style=rag_cell)
    save_docx(doc, path)


def table_part(doc: Any, plan: dict[str, Any], rows: list[tuple[dict[str, Any], int, dict[str, Any]]]) -> None:
    """One hand-made part of the plan: a table whose header is an ordinary first row (not repeated)."""
    t = make_table(doc, [1.0, 4.2, 4.0, 2.4, 1.9, 3.5], style=None)
    horizontal_rules_only(t, color="404040")
    header_row(t, plan["columns"], fill="E7E6E6", repeat=False)
    for r, i, a in rows:
        c = t.add_row().cells
        values = [r["number"] if i == 0 else "", r["text"] if i == 0 else "", a["action"], a["lead"],
                  a["target"], a["progress"]]
        for cell, text in zip(c, values):
            fill_cell(cell, text)


def draw_manual_continued_tables(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Coldharbour CSP", font="Century Schoolbook",
                            size=10), letter=False, margin_cm=2.0)
    set_header_text(doc, "Coldharbour CSP – DHR 'Alison'", align="right", color="595959")
    footer(doc, "Action plan – progress to October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    add_par(doc, "Action plan", bold=True, size=11, space_after=4)
    rows = [(r, i, a) for sec in plan["sections"] for r in sec["recs"] for i, a in enumerate(r["actions"])]
    parts = [rows[:5], rows[5:8], rows[8:]]  # split by hand, within recommendations 3 and 5
    for k, part in enumerate(parts):
        if k:
            p = add_par(doc, "Action plan (continued)", bold=True, size=11, space_after=4)
            p.paragraph_format.page_break_before = True
        table_part(doc, plan, part)
    add_par(doc, "", space_after=4)
    add_par(doc, "Agreed by the Coldharbour Community Safety Partnership board, 9 April 2025.", italic=True)
    save_docx(doc, path)


def draw_sublabel_recs_borderless(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Pellingford SCP", font="Bookman Old Style", size=9),
               letter=True, margin_cm=1.5)
    set_header_text(doc, "Pellingford Safer Communities Partnership", align="left", color="404040")
    footer(doc, "DHR 'Grace' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Recommendations R2 and R4 of the overview report are in parts, each part a recommendation "
                 "of its own (R2a, R2b; R4a to R4c).", italic=True, space_after=6)
    t = make_table(doc, [1.2, 6.4, 5.6, 3.4, 2.2, 5.8], style=None, borderless=True)
    header_row(t, plan["columns"], fill="D0CECE")
    write_rows(t, plan, [first(lambda r, i, a: r["label"]), REC_TEXT, field("action"), field("lead"),
                         field("target"), field("progress")])
    save_docx(doc, path)


BLOCK_STYLE = ("body{font-family:Arial,sans-serif;font-size:10.5pt;max-width:46em;margin:1em auto;color:#1b1b1b}"
               "section.rec{border-top:3px solid #00594f;margin:0 0 18px 0;padding-top:4px}"
               "h2{font-size:14pt;color:#00594f;margin:4px 0 8px 0}"
               "p.label{font-weight:bold;margin:8px 0 2px 0}p{margin:0 0 4px 0}ol{margin:0 0 4px 0}")


def block_section(r: dict[str, Any], issue: str) -> str:
    h = html.escape
    a0 = r["actions"][0]
    if len(r["actions"]) > 1:
        actions = "<ol>" + "".join(f"<li>{h(a['action'])}</li>" for a in r["actions"]) + "</ol>"
    else:
        actions = f"<p>{h(a0['action'])}</p>"
    blocks = [("Recommendation", f"<p>{h(r['text'])}</p>"), ("Issues identified", f"<p>{h(issue)}</p>"),
              ("Actions to be taken", actions), ("Person responsible", f"<p>{h(a0['lead'])}</p>"),
              ("Target completion date", f"<p>{h(a0['target'])}</p>"),
              ("Evidence", "<p>Held by the safeguarding lead.</p>"),
              ("Progress to date", f"<p>{h(a0['progress'])}</p>")]
    body = "".join(f'<p class="label">{label}</p>{content}' for label, content in blocks)
    return f'<section class="rec"><h2>Recommendation {h(r["number"])}</h2>{body}</section>'


ISSUES = ["The victim told her housing officer twice that she was frightened of her partner; neither "
          "conversation led to an offer of specialist support.",
          "Officers visiting the property did not know that the perpetrator had moved in.",
          "Repairs operatives saw damage to internal doors on three visits and did not report it.",
          "The victim's request to remove the perpetrator from the joint tenancy took eleven months.",
          "The housing record held information that was not shared with the MARAC."]


def draw_labelled_blocks_no_table_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{BLOCK_STYLE}</style></head><body>",
             "<p>Home › About us › Safeguarding › Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The review made twelve recommendations. Five of them concern Westcombe Housing; this page sets "
             "out what we are doing about each of them. The other recommendations are for partner agencies "
             "and are reported by the Community Safety Partnership.</p>",
             *(block_section(r, issue) for r, issue in zip(recs, ISSUES)),
             "<p>Last updated 14 October 2025. Contact: safeguarding@westcombe-housing.example</p>",
             "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


NARRATIVE_STYLE = ("body{font-family:Calibri,Carlito,sans-serif;font-size:10pt;color:#222}"
                   "h2{font-size:13pt;color:#5b2a86;margin:14px 0 6px 0}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border:1px solid #9a9a9a;padding:3px 5px;vertical-align:top;text-align:left}"
                   "th{background:#e8e0f0}p{margin:0 0 6px 0}td.rag{font-weight:bold;text-align:center}")
RAG_CSS = {"Green": "#a9d18e", "Amber": "#ffd966", "Red": "#f4b183"}

NARRATIVE = [
    ("1. Introduction", [
        "1.1 This executive summary sets out the findings of the Domestic Homicide Review into the death of "
        "Rebecca, a 41-year-old woman who lived in Thornwick. Rebecca was killed by her husband in March 2023. "
        "He was convicted of her murder and sentenced to life imprisonment with a minimum term of 19 years.",
        "1.2 The review was commissioned by the Thornwick Community Safety Partnership in May 2023, in line "
        "with the statutory guidance. The panel met seven times between July 2023 and June 2024.",
        "1.3 The review panel offers its condolences to Rebecca's family and thanks them for their "
        "contribution to the review."]),
    ("2. The review process", [
        "2.1 Eleven agencies were asked whether they had contact with Rebecca or her husband. Six had, and "
        "each provided an individual management review and a chronology of its contact.",
        "2.2 The chair met Rebecca's sister and two of her friends. Rebecca's employer also contributed. "
        "The perpetrator was invited to take part and declined.",
        "2.3 The review covered the period from January 2018 to Rebecca's death."]),
    ("3. Summary of events", [
        "3.1 Rebecca and her husband had been married for fourteen years. Friends described a controlling "
        "relationship in which he managed the family's money and checked her phone.",
        "3.2 In 2021 Rebecca told her GP that she was stressed at home and was prescribed medication. The "
        "consultation did not explore the cause of the stress. In 2022 police were called twice to the home "
        "by neighbours; on the second occasion a protection notice was issued and later breached.",
        "3.3 In the months before her death Rebecca sought advice about benefits and debts from the council's "
        "advice service. She did not disclose the abuse and was not asked."]),
    ("4. Key findings", [
        "4.1 Agencies saw parts of the picture but no agency saw all of it. Economic abuse was not recognised "
        "by any agency.",
        "4.2 The breach of the protection notice was not acted on, which told Rebecca that reporting made no "
        "difference.",
        "4.3 Friends and family knew more than any agency but did not know what to do with what they knew."]),
    ("5. Recommendations", [
        "5.1 The review makes five recommendations. They are set out in full in the action plan below, "
        "with the actions agreed by each agency and the progress made as at 30 September 2025.",
        "5.2 Recommendation 1 concerns the police response to breaches; recommendations 2 to 4 concern "
        "routine enquiry by health, advice and mental health services; recommendation 5 asks the "
        "partnership to reach friends and family."]),
]


def merged_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    n = len(r["actions"])
    span = f' rowspan="{n}"' if n > 1 else ""
    cells = []
    if i == 0:
        cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
    cells += [f"<td>{i + 1}. {h(a['action'])}</td>" if n > 1 else f"<td>{h(a['action'])}</td>"]
    if i == 0:
        cells += [f"<td{span}>{h(a['lead'])}</td>", f"<td{span}>{h(a['target'])}</td>",
                  f"<td{span}>{h(a['progress'])}</td>",
                  f'<td{span} class="rag" style="background:{RAG_CSS[a["rag"]]}">{h(a["rag"])}</td>']
    return "<tr>" + "".join(cells) + "</tr>"


def draw_narrative_merged_progress_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = [merged_row(r, i, a) for sec in plan["sections"] for r in sec["recs"]
            for i, a in enumerate(r["actions"])]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{NARRATIVE_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>"]
    for heading, paras in NARRATIVE:
        lines.append(f"<h2>{h(heading)}</h2>")
        lines += [f"<p>{h(p)}</p>" for p in paras]
    lines += ["<h2>6. Action plan</h2>",
              "<p>The lead agency, target date and progress are given once for all the actions of a "
              "recommendation; the progress names the actions by number.</p>",
              "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead>",
              "<tbody>", *rows, "</tbody></table>",
              "<p>Thornwick Community Safety Partnership, October 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "officer_agency_rag_merged": draw_officer_agency_rag_merged,
    "manual_continued_tables": draw_manual_continued_tables,
    "sublabel_recs_borderless": draw_sublabel_recs_borderless,
    "labelled_blocks_no_table_html": draw_labelled_blocks_no_table_html,
    "narrative_merged_progress_html": draw_narrative_merged_progress_html,
}
