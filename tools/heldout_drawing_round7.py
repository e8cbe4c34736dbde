"""Drawing of the seventh round of held-out plans (content in tools/heldout_plans_round7.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: a ``Date agreed`` column before the action
and targets in financial quarters; a recommendation and its numbered actions in one cell, one row per
recommendation; a web page numbered on from an earlier review with status badges and dated ``<br>``
updates; ALL-CAPS coloured theme rows over rows of alternating heights with a wide progress column; and a
borderless template plan followed by an approval block and a glossary."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Pt

from heldout_drawing import (REC_NUMBER, REC_TEXT, LABELLED_REC, action_rows, field, first, footer,
                             horizontal_rules_only, label, rule_set, write_rows)
from heldout_drawing_round4 import page
from heldout_plans import STATED
from heldout_plans_round7 import APPROVALS, GLOSSARY
from sample_docx import (TCPR_ORDER, TRPR_ORDER, add_par, fill_cell, header_row, insert_ordered, make_table,
                         new_document, save_docx, set_header_text, shade, xml_el)

AGREED = {"1": "12/03/2025", "2": "12/03/2025", "3": "09/04/2025", "4": "09/04/2025", "5": "14/05/2025",
          "6": "14/05/2025"}


def draw_outcome_date_agreed(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Brackenford CSP", font="Tahoma", size=9),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Brackenford CSP – DHR 'Iris' – Action Plan (OFFICIAL)", align="left", color="595959")
    footer(doc, "Targets are financial quarters (April to March)")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=2)
    add_par(doc, "Each recommendation was agreed by the CSP board on the date shown. Progress as at October 2025.",
            size=9, space_after=6)
    t = make_table(doc, [1.0, 5.2, 2.0, 4.6, 2.8, 4.2, 1.9, 5.0])
    header_row(t, plan["columns"], fill="C5E0B3")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, first(lambda r, i, a: AGREED[r["number"]]), field("action"),
                         field("lead"), field("evidence"), field("target"), field("progress")], merged=(0, 1, 2))
    save_docx(doc, path)


def numbered(values: list[str]) -> str:
    """One numbered line per action (``1. …``) when there are several, the value alone when there is one."""
    return values[0] if len(values) == 1 else "\n".join(f"{k}. {v}" for k, v in enumerate(values, 1))


def draw_rec_action_one_cell(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Thornleigh CSP", font="Calibri", size=10),
               letter=False, margin_cm=1.8)
    set_header_text(doc, "Thornleigh Community Safety Partnership", align="right", color="2F5496")
    footer(doc, "DHR Beth – action plan – v1.2")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Each recommendation is followed by the numbered actions agreed to meet it. Target dates and "
                 "progress are given against the action numbers.", size=10, space_after=8)
    t = make_table(doc, [8.0, 2.8, 2.4, 4.2], style=None)
    horizontal_rules_only(t, color="2F5496")
    header_row(t, plan["columns"], fill="D9E2F3")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            acts = r["actions"]
            c = t.add_row().cells
            p = c[0].paragraphs[0]
            p.add_run(f"{label(r)} {r['text']}").bold = True
            p.paragraph_format.space_after = Pt(3)
            for k, a in enumerate(acts, 1):
                c[0].add_paragraph().add_run(f"{k}. {a['action']}")
            fill_cell(c[1], acts[0]["lead"])
            fill_cell(c[2], numbered([a["target"] for a in acts]))
            fill_cell(c[3], numbered([a["progress"] for a in acts]), space_between=3)
    save_docx(doc, path)


BADGE = {"complete": "#2e7d32", "in_progress": "#ef6c00", "not_started": "#c62828"}
CONTINUED_STYLE = ("@page{size:A4 portrait;margin:1.2cm}"
                   "body{font-family:'Segoe UI',Arial,'Liberation Sans',sans-serif;font-size:10.5pt;color:#222}"
                   "h1{font-size:14pt;margin:0 0 4px 0}p{margin:0 0 6px 0}"
                   "table.plan{border-collapse:collapse;width:100%}"
                   "table.plan th,table.plan td{border:0.5px solid #b0b0b0;padding:3px 5px;vertical-align:top;"
                   "text-align:left}table.plan thead th{background:#e8eef7;color:#1b3a66}"
                   "thead{display:table-header-group}tr{page-break-inside:avoid}"
                   ".badge{display:inline-block;color:#fff;font-weight:bold;font-size:7.5pt;padding:0 4px;"
                   "border-radius:3px;margin-right:4px}")


def progress_html(a: dict[str, Any]) -> str:
    """The status as a coloured badge, then the dated updates, newest first, one per ``<br>`` line."""
    word = STATED[a["status"]]
    rest = a["progress"][len(word):].strip()
    badge = f'<span class="badge" style="background:{BADGE[a["status"]]}">{html.escape(word)}</span>'
    return badge + ("<br>" + "<br>".join(html.escape(line) for line in rest.split("\n")) if rest else "")


def reach(r: dict[str, Any]) -> str:
    """``Single`` when one agency carries every action, ``Multi`` otherwise."""
    return "Single" if len({a["lead"] for a in r["actions"]}) == 1 else "Multi"


def draw_continued_numbering_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}><b>{h(label(r))}</b></td>", f"<td{span}>{h(r['text'])}</td>",
                      f"<td{span}>{reach(r)}</td>"]
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{progress_html(a)}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{CONTINUED_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>This review follows an earlier review into the death of the same victim's mother, whose action "
             "plan held recommendations 1 to 13. The recommendations below are numbered on from that plan. "
             "Updates are listed newest first.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>", *rows, "</tbody></table>",
             "<p>Wyndham Borough Council · Community Safety · Updated November 2025</p>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def theme_row(table: Any, text: str, fill: str) -> None:
    """A theme row: one cell spanning the table, white bold capitals on a coloured band."""
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    fill_cell(cell, text, bold=True, color="FFFFFF")
    shade(cell, fill)


def alternate_heights(column: int) -> Callable[[Any, int, dict[str, Any], int, dict[str, Any]], None]:
    """Every other action row given a tall minimum height; a vertical rule at the left of ``column``."""
    def style(row: Any, n: int, r: dict[str, Any], i: int, a: dict[str, Any]) -> None:
        if n % 2:
            trpr = row[0]._tc.getparent().get_or_add_trPr()
            insert_ordered(trpr, xml_el("w:trHeight", val=1700, hRule="atLeast"), TRPR_ORDER)
        insert_ordered(row[column]._tc.get_or_add_tcPr(), rule_set("w:tcBorders", ("left", "top", "bottom"),
                                                                   color="7F7F7F"), TCPR_ORDER)
    return style


def draw_theme_caps_wide_progress(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Fernhill CSP", font="Georgia", size=10),
               letter=False, margin_cm=1.4)
    set_header_text(doc, "Fernhill Community Safety Partnership", align="center", color="385623")
    footer(doc, "Fernhill DHR 'Holly'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [1.0, 5.0, 4.0, 2.8, 1.9, 12.2], style=None)
    horizontal_rules_only(t, color="7F7F7F")
    header_row(t, plan["columns"], fill="E2EFD9")
    fills = ["385623", "7030A0", "C55A11"]
    style = alternate_heights(5)
    for k, sec in enumerate(plan["sections"]):
        theme_row(t, sec["owner"], fills[k % len(fills)])
        write_rows(t, {"sections": [sec]}, [REC_NUMBER, REC_TEXT, field("action"), field("lead"),
                                            field("target"), field("progress")], merged=(0, 1), style=style)
    save_docx(doc, path)


def small_table(doc: Any, columns: list[str], rows: list[tuple[str, ...]], widths: list[float]) -> None:
    t = make_table(doc, widths)
    header_row(t, columns, fill="F2F2F2", repeat=False)
    for values in rows:
        for cell, text in zip(t.add_row().cells, values):
            fill_cell(cell, text)


def draw_borderless_approval_glossary(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Ashcombe CSP", font="Arial", size=8),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Ashcombe CSP – DHR 'Ruby'", align="right", color="808080")
    footer(doc, "Action plan agreed November 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=6)
    t = make_table(doc, [3.6, 1.5, 2.9, 2.0, 2.8, 1.7, 3.5], style=None, borderless=True)
    header_row(t, plan["columns"], fill="D0CECE")
    write_rows(t, plan, [LABELLED_REC, first(lambda r, i, a: r["scope"]), field("action"), field("lead"),
                         field("evidence"), field("target"), field("progress")], merged=(0, 1))
    doc.add_page_break()
    add_par(doc, "Approval of the action plan", bold=True, size=11, space_after=4)
    add_par(doc, "The action plan above was approved by the Ashcombe Community Safety Partnership board.",
            space_after=6)
    small_table(doc, ["Role", "Name", "Signature", "Date"], [(role, name, "", date) for role, name, date in APPROVALS],
                [6.5, 4.0, 4.0, 2.5])
    add_par(doc, "", space_after=8)
    add_par(doc, "Glossary", bold=True, size=11, space_after=4)
    small_table(doc, ["Abbreviation", "Meaning"], GLOSSARY, [3.0, 14.0])
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "outcome_date_agreed": draw_outcome_date_agreed, "rec_action_one_cell": draw_rec_action_one_cell,
    "continued_numbering_html": draw_continued_numbering_html,
    "theme_caps_wide_progress": draw_theme_caps_wide_progress,
    "borderless_approval_glossary": draw_borderless_approval_glossary,
}
