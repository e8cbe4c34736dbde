"""Drawing of the fourteenth round of held-out plans (content in tools/heldout_plans_round14.py).

Each plan names its columns as functions of (recommendation, index of the action in it, action), as the
earlier rounds do (tools/heldout_drawing.py); what is new here: the agency the first column, written only
as a code in a coloured badge, with a key of the codes below the plan; the action's number the first
column and the unnumbered recommendation only in the last, merged over its actions; a plan in two tables
on separate pages, single agency and multi-agency, with different columns; superseded targets struck
through beside a revised target column and a ``Comments from CSP`` column after the progress; and a
small dated table nested in every progress cell."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.shared import Cm

from heldout_drawing import (REC_NUMBER, REC_TEXT, action_rows, field, footer, horizontal_rules_only,
                             write_rows)
from heldout_drawing_round4 import page
from heldout_plans_round14 import AGENCY_CODES, CSP_COMMENT, MULTI_COLUMNS, ORIGINAL_TARGET
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text

BADGE_COLOURS = {"CMP": "#1d3f8f", "ICB": "#005eb8", "ASC": "#6b2c91", "CSC": "#b0196e", "NPS": "#4a4a4a",
                 "CBC": "#00703c", "CSP": "#c05600"}
CODES_STYLE = ("body{font-family:'Lucida Sans','Lucida Grande',sans-serif;font-size:9.5pt;color:#1a1a1a}"
               "table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #9a9a9a;padding:4px 5px;vertical-align:top;text-align:left}"
               "th{background:#e8e8e8}td.code{text-align:center;width:4em}"
               "span.badge{display:inline-block;color:#fff;font-weight:bold;padding:2px 5px;border-radius:3px}"
               "table.key{width:auto;margin-top:6px}p{margin:0 0 5px 0}")


def codes_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    colour = BADGE_COLOURS[a["lead"]]
    cells = [f'<td class="code"><span class="badge" style="background:{colour}">{h(a["lead"])}</span></td>']
    if i == 0:
        span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
    cells += [f"<td>{h(a[k])}</td>" for k in ("action", "target", "progress")]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_agency_codes_html(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    key = [f"<tr><td><b>{h(code)}</b></td><td>{h(name)}</td></tr>" for code, name in AGENCY_CODES.items()]
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{CODES_STYLE}</style></head><body>",
             "<p>Carrowmere Borough Council › Community safety › Domestic homicide reviews</p>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>The agency responsible for each action is shown by its code; the codes are listed below "
             "the plan.</p>",
             "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
             *(codes_row(r, i, a) for r, i, a in action_rows(plan)), "</tbody></table>",
             "<h2>Agency codes</h2>",
             '<table class="key"><thead><tr><th>Code</th><th>Agency</th></tr></thead><tbody>', *key,
             "</tbody></table>", "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def draw_action_no_first_rec_last(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Wrayford CSP", font="Garamond", size=10),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Wrayford Community Safety Partnership", align="left", color="404040")
    footer(doc, "DHR 'Helen' – action plan, October 2025")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    t = make_table(doc, [1.6, 5.6, 3.2, 2.2, 6.4, 7.6])
    header_row(t, plan["columns"], fill="DBE5F1")
    number = lambda r, i, a: f"{r['number']}.{i + 1}"  # noqa: E731
    write_rows(t, plan, [number, field("action"), field("lead"), field("target"), field("progress"), REC_TEXT],
               merged=(5,))
    save_docx(doc, path)


def part_table(doc: Any, title: str, columns: list[str], widths: list[float], recs: list[dict[str, Any]],
               cells: list[Callable[[dict[str, Any], int, dict[str, Any]], str]], merged: tuple[int, ...]) -> None:
    """A bold heading and a table of ``recs``, horizontal rules only, header repeated."""
    add_par(doc, title, bold=True, size=11, space_after=4, color="1F3864")
    t = make_table(doc, widths, style=None)
    horizontal_rules_only(t)
    header_row(t, columns, fill="DDE4EE")
    write_rows(t, dict(sections=[dict(recs=recs)]), cells, merged=merged)


def draw_single_multi_agency_pages(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Bramcote CSP", font="Arial", size=9),
               letter=False, margin_cm=2.0)
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Bramcote DHR 'Nadia'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "The review's recommendations are in two parts: those for one agency (Part A) and those "
                 "for several agencies together (Part B).", space_after=8)
    single, multi = plan["sections"]  # the owners are the parts' headings
    lead = lambda r, i, a: a["lead"] if i == 0 else ""  # noqa: E731
    part_table(doc, single["owner"], plan["columns"], [1.0, 2.6, 4.4, 3.8, 2.0, 3.2],
               single["recs"], [REC_NUMBER, lead, REC_TEXT, field("action"), field("target"), field("progress")],
               merged=(0, 1, 2))
    doc.add_page_break()
    part_table(doc, multi["owner"], MULTI_COLUMNS, [1.0, 4.2, 3.8, 2.8, 2.0, 3.2],
               multi["recs"], [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress")],
               merged=(0, 1))
    save_docx(doc, path)


STRUCK_STYLE = ("body{font-family:Carlito,Calibri,sans-serif;font-size:10pt}"
                "table.plan{border-collapse:collapse;width:100%}"
                "table.plan th,table.plan td{border:1px solid #595959;padding:3px 4px;vertical-align:top}"
                "table.plan th{background:#fbe4d5}td.csp{background:#f2f2f2;font-style:italic}"
                "s{color:#7f7f7f}p{margin:0 0 4px 0}")


def opening(table: dict[str, str], a: dict[str, Any]) -> str:
    return next((v for k, v in table.items() if a["action"].startswith(k)), "")


def struck_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    h = html.escape
    cells = []
    if i == 0:
        span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
        cells += [f"<td{span}><b>{h(r['number'])}</b></td>", f"<td{span}>{h(r['text'])}</td>"]
    original = opening(ORIGINAL_TARGET, a)
    target = f"<s>{h(original)}</s>" if original else h(a["target"])
    revised = h(a["target"]) if original else ""
    cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{target}</td>",
              f"<td>{revised}</td>", f"<td>{h(a['progress'])}</td>",
              f'<td class="csp">{h(opening(CSP_COMMENT, a))}</td>']
    return "<tr>" + "".join(cells) + "</tr>"


def draw_struck_target_csp_comments(plan: dict[str, Any], path: Path) -> None:
    h = html.escape
    lines = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             f"<title>{h(plan['meta']['title'])}</title><style>{STRUCK_STYLE}</style></head><body>",
             f"<h1>{h(plan['meta']['title'])}</h1>",
             "<p>Where the board has agreed a new target date, the original date is struck through and the "
             "new date given under <i>Revised target</i>.</p>",
             '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
             + "</tr></thead><tbody>", *(struck_row(r, i, a) for r, i, a in action_rows(plan)),
             "</tbody></table>", "<p>Elmhurst Community Safety Partnership · Town Hall · Elmhurst</p>",
             "</body></html>"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def progress_with_log(cell: Any, progress: str) -> None:
    """The status sentence, then a nested ``Date / Update`` table of the dated entries (none: no table)."""
    first_word = progress.split(".")[0] + "."  # the status sentence (the dates hold no full stop)
    entries = progress[len(first_word):].strip()
    fill_cell(cell, first_word, bold=True)
    if not entries:
        return
    log_table = cell.add_table(rows=0, cols=2)
    log_table.style = cell.part.document.styles["Table Grid"]
    header = log_table.add_row().cells
    for c, text in zip(header, ("Date", "Update")):
        fill_cell(c, text, bold=True)
    for line in entries.split("\n"):
        date, _, text = line.partition(" ")
        row = log_table.add_row().cells
        fill_cell(row[0], date)
        fill_cell(row[1], text)
    for col, w in zip(log_table.columns, (1.9, 5.3)):
        for c in col.cells:
            c.width = Cm(w)


def draw_nested_progress_table_docx(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(True, plan["meta"]["title"], "Linthorpe CSP", font="Georgia", size=9),
               letter=True, margin_cm=1.27)
    set_header_text(doc, "Linthorpe CSP – DHR 'Amira'", align="right")
    footer(doc, "Action plan – version 3")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=6)
    t = make_table(doc, [1.0, 5.2, 4.6, 3.0, 2.0, 9.6])
    header_row(t, plan["columns"], fill="E2EFD9")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         lambda r, i, a: ""], merged=(0, 1))
    for row, (r, i, a) in zip(t.rows[1:], action_rows(plan)):
        progress_with_log(row.cells[5], a["progress"])
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "agency_codes_html": draw_agency_codes_html, "action_no_first_rec_last": draw_action_no_first_rec_last,
    "single_multi_agency_pages": draw_single_multi_agency_pages,
    "struck_target_csp_comments": draw_struck_target_csp_comments,
    "nested_progress_table_docx": draw_nested_progress_table_docx,
}
