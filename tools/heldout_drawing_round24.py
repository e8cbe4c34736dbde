"""Drawing of the twenty-fourth round of held-out plans (content in tools/heldout_plans_round24.py).

What is new here: a Word plan whose single table holds a shaded band row per agency, its recommendations
numbered within the agency (`Police 1`, `Council 1`); a web plan whose recommendations are a numbered list
above the action table, which names them only as `See rec 3`; a Word plan in three tables, one a page,
each with its columns in another order; a web newsletter in two columns whose plan table spans both; and
a Word tracker on US Letter whose rows are sorted by due date, a recommendation's actions apart."""
from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer, horizontal_rules_only
from heldout_drawing_round4 import page
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round22 import merged_rows
from sample_docx import (add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text,
                         span_row, v_merge)

h = html.escape


# ---------------------------------------------------------------- agency bands, numbered per agency
def draw_agency_band_numbered_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Marrowby CSP", font="Calibri", size=9)
    margins(doc, 1.5)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Marrowby CSP – DHR 'Rosalind' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Recommendations are grouped by the agency that leads them and numbered within each agency.",
            space_after=8)
    t = make_table(doc, [2.1, 6.2, 5.4, 3.8, 2.4, 6.7])
    header_row(t, plan["columns"], fill="B4C6E7")
    for sec in plan["sections"]:
        span_row(t, sec["owner"], fill="D9E1F2")
        merged_rows(t, {"sections": [sec]}, lambda a: [a["action"], a["lead"], a["target"], a["progress"]])
    save_docx(doc, path)


# ---------------------------------------------------------------- a numbered list, the table refers back
LIST_STYLE = ("body{font-family:Georgia,'Times New Roman',serif;font-size:10pt;color:#222}"
              "ol.recs li{margin-bottom:4px}table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #555;padding:4px 6px;vertical-align:top;text-align:left}"
              "th{background:#e7e6e6}")


def draw_see_rec_list_html(plan: dict[str, Any], path: Path) -> None:
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells.append(f"<td{span}>See rec {h(r['number'])}</td>")
        cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<h2>Recommendations</h2>", '<ol class="recs">', *(f"<li>{h(r['text'])}</li>" for r in recs), "</ol>",
            "<h2>Action plan</h2>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], LIST_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- a table a page, the columns reordered
ORDERS = [["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
          ["No.", "Recommendation", "Lead", "Action", "Progress", "Target"],
          ["No.", "Lead", "Target", "Recommendation", "Action", "Progress"]]
WIDTHS = {"No.": 1.0, "Recommendation": 3.6, "Action": 3.4, "Lead": 2.6, "Target": 2.3, "Progress": 4.1}
KEY = {"Action": "action", "Lead": "lead", "Target": "target", "Progress": "progress"}


def draw_column_order_per_page_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Wychbold CSP", font="Georgia", size=9)
    margins(doc, 2.0)
    footer(doc, "Wychbold CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    for k, order in enumerate(ORDERS):
        if k:
            doc.add_page_break()
        t = make_table(doc, [WIDTHS[c] for c in order])
        header_row(t, order, fill="FCE4D6")
        for r in recs[2 * k: 2 * k + 2]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                for j, name in enumerate(order):
                    if name in ("No.", "Recommendation"):
                        fill_cell(c[j], (r["number"] if name == "No." else r["text"]) if i == 0 else "")
                        if len(r["actions"]) > 1:
                            v_merge(c[j], i == 0)
                    else:
                        fill_cell(c[j], a[KEY[name]])
    save_docx(doc, path)


# ---------------------------------------------------------------- two newspaper columns, the table spans both
NEWS_STYLE = ("body{font-family:'Trebuchet MS',Helvetica,sans-serif;font-size:9pt;color:#1a1a1a}"
              "div.news{column-count:2;column-gap:14pt;column-rule:1px solid #999}"
              "div.news h1{column-span:all;font-size:15pt}div.news p{margin:0 0 6pt 0;text-align:justify}"
              "table{column-span:all;border-collapse:collapse;width:100%;margin:8pt 0}"
              "th,td{border:1px solid #666;padding:3px 5px;vertical-align:top;text-align:left}"
              "th{background:#fde9d9}")
NEWS_ABOVE = [
    "Issue 14 · Autumn 2025. The Kelderby Community Safety Partnership publishes this newsletter each season "
    "for its member agencies and the public.",
    "This issue reports on the domestic homicide review of Beatrix, which the Home Office quality assurance "
    "panel accepted in June 2025. The review made five recommendations to local agencies.",
    "The family asked that the review be remembered for the changes it brings. The table below shows what "
    "each agency has agreed to do and how far it has got.",
    "The partnership's board will next look at the plan in January 2026.",
]
NEWS_BELOW = [
    "Training on the review's learning is open to every member agency. Places can be booked through the "
    "partnership's learning portal.",
    "If you are worried about someone, the domestic abuse helpline is open day and night.",
]


def draw_newsletter_span_table_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a[k])}</td>" for k in ("action", "lead", "target", "progress")]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    body = ['<div class="news">', f"<h1>{h(plan['meta']['title'])}</h1>",
            *(f"<p>{h(p)}</p>" for p in NEWS_ABOVE),
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>", *(f"<p>{h(p)}</p>" for p in NEWS_BELOW), "</div>"]
    path.write_text(page_html(plan["meta"]["title"], NEWS_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- rows sorted by due date
def due(a: dict[str, Any]) -> datetime:
    return datetime.strptime(a["target"], "%d-%b-%Y")


def draw_due_date_sorted_rows_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Saltmarsh CSP", font="Corbel", size=9)
    page(doc, letter=True, margin_cm=1.5)
    footer(doc, "Saltmarsh CSP – DHR 'Eleanor' tracker")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Rows are sorted by due date, earliest first; a recommendation with several actions appears "
                 "on several rows.", italic=True, space_after=6)
    t = make_table(doc, [1.4, 6.4, 5.4, 3.6, 2.6, 5.5], style=None)
    horizontal_rules_only(t, color="595959")
    header_row(t, plan["columns"], fill="DEEAF6")
    for r, _, a in sorted(action_rows(plan), key=lambda row: due(row[2])):
        c = t.add_row().cells
        for cell, text in zip(c, [r["number"], r["text"], a["action"], a["lead"], a["target"], a["progress"]]):
            fill_cell(cell, text)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "agency_band_numbered_docx": draw_agency_band_numbered_docx,
    "see_rec_list_html": draw_see_rec_list_html,
    "column_order_per_page_docx": draw_column_order_per_page_docx,
    "newsletter_span_table_html": draw_newsletter_span_table_html,
    "due_date_sorted_rows_docx": draw_due_date_sorted_rows_docx,
}
