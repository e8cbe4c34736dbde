"""Drawing of the forty-second round of held-out plans (content in tools/heldout_plans_round42.py).

What is new here: a Word plan with ``R1`` in a narrow first column and each action's ``R1.1`` in a second;
a Word plan whose revised targets are printed as a tracked change (old date struck through in red, new
date underlined); a Word plan whose targets are school terms; a web page of one table per agency under
``<h3>`` headings; and a web page whose lead cell names the supporting agencies on a second line."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.text import WD_UNDERLINE
from docx.shared import RGBColor
from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_drawing_round41 import merged_action_rows
from heldout_drawing_round38 import recs_of
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape
CHANGE_RED = "C00000"


def draw_rec_action_subnumbers_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Thornbury CSP", font="Calibri", size=9)
    margins(doc, 1.6)
    footer(doc, "Thornbury CSP – DHR 'Sandra' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.1, 1.3, 6.0, 6.2, 3.4, 2.2, 6.3])
    header_row(t, plan["columns"], fill="DEEAF6")
    for r in recs_of(plan):
        acts = r["actions"]
        for i, a in enumerate(acts):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["label"], bold=True)
                fill_cell(c[2], r["text"])
            if len(acts) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[2], i == 0)
            fill_cell(c[1], f"{r['label']}.{i + 1}")
            for cell, text in zip(c[3:], (a["action"], a["lead"], a["target"], a["progress"])):
                fill_cell(cell, text)
    save_docx(doc, path)


def revised_target(cell: Any, old: str, new: str) -> None:
    """The old date struck through in red, then the new one underlined in red, as Word prints a change."""
    if not old:
        fill_cell(cell, new)
        return
    p = cell.paragraphs[0]
    gone = p.add_run(old)
    gone.font.strike = True
    gone.font.color.rgb = RGBColor.from_string(CHANGE_RED)
    p.add_run(" ")
    added = p.add_run(new)
    added.font.underline = WD_UNDERLINE.SINGLE
    added.font.color.rgb = RGBColor.from_string(CHANGE_RED)


def draw_struck_old_target_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Wychcombe CSP", font="Georgia", size=9)
    margins(doc, 1.8)
    footer(doc, "Wychcombe CSP – DHR 'Joan' – action plan, revision 2")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Target dates revised by the board in June 2026 are shown as changes: the old date struck "
                 "through, the new date after it.", italic=True, space_after=8)
    t = make_table(doc, [1.0, 4.2, 3.9, 2.6, 2.3, 3.4])
    header_row(t, plan["columns"], fill="E7E6E6")
    old = plan["old_targets"]
    merged_action_rows(t, plan, lambda n, a: [a["action"], a["lead"], "", a["progress"]],
                       lambda cell, n, a: revised_target(t.rows[-1].cells[4], old[n], a["target"]))
    save_docx(doc, path)


def draw_school_term_targets_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Elmstead CSP", font="Verdana", size=8.5)
    margins(doc, 1.7)
    footer(doc, "Elmstead CSP – DHR 'Kelly'")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Targets are given as school terms, as agreed with the education partners.", size=8.5,
            space_after=8)
    t = make_table(doc, [0.9, 3.9, 3.6, 2.6, 2.1, 2.9, 1.6])
    header_row(t, plan["columns"], fill="1F5C5C", color="FFFFFF")
    merged_action_rows(t, plan, lambda n, a: [a["action"], a["lead"], a["target"], a["progress"],
                                              a["status_word"]])
    save_docx(doc, path)


H3_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#0b0c0c}"
            "table{border-collapse:collapse;width:100%;margin-bottom:14px}"
            "th,td{border:1px solid #8c8c8c;padding:4px 6px;vertical-align:top;text-align:left}"
            "th{background:#e8eef4}h1{font-size:15pt}h2{font-size:12.5pt}h3{font-size:11pt;color:#1d4f91;"
            "margin:16px 0 6px}")


def agency_table(sec: dict[str, Any], columns: list[str]) -> str:
    """One agency's recommendations under an ``<h3>`` naming it, its own header row, no lead column."""
    rows = []
    for r in sec["recs"]:
        for i, a in enumerate(r["actions"]):
            cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
            cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["target"], a["progress"])]
            rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in columns)
    return (f"<h3>{h(sec['owner'])}</h3>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def draw_agency_h3_tables_html(plan: dict[str, Any], path: Path) -> None:
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The recommendations are grouped by the agency that leads on them.</p>",
            "<h2>Action plan</h2>", *(agency_table(sec, plan["columns"]) for sec in plan["sections"])]
    path.write_text(page_html(plan["meta"]["title"], H3_STYLE, body), encoding="utf-8")


SUPPORT_STYLE = ("body{font-family:'Trebuchet MS',Helvetica,sans-serif;font-size:9.5pt;color:#222}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #999;padding:3px 5px;vertical-align:top;text-align:left}"
                 "th{background:#dfe7d5}h1{font-size:14pt}")


def lead_cell(lead: str, support: str) -> str:
    """The lead agency on the first line, the supporting agencies on a second, each after a bold label."""
    cell = f"<b>Lead:</b> {h(lead)}"
    return cell + (f"<br><b>Supporting:</b> {h(support)}" if support else "")


def draw_lead_support_agencies_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for n, (r, i, a) in enumerate(action_rows(plan)):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{lead_cell(a['lead'], plan['support'][n])}</td>",
                  f"<td>{h(a['target'])}</td>", f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each action names its lead agency and the agencies supporting it.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], SUPPORT_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "rec_action_subnumbers_docx": draw_rec_action_subnumbers_docx,
    "struck_old_target_docx": draw_struck_old_target_docx,
    "school_term_targets_docx": draw_school_term_targets_docx,
    "agency_h3_tables_html": draw_agency_h3_tables_html,
    "lead_support_agencies_html": draw_lead_support_agencies_html,
}
