"""Drawing of the thirty-fourth round of held-out plans (content in tools/heldout_plans_round34.py).

What is new here: a Word plan whose one progress cell per recommendation, merged over its numbered
actions, reports on them by number; a web page whose non-breaking spaces were mis-decoded when it was
copied between systems (``Â`` before the space, ``Ā`` in its place); a Word plan whose target dates are
impossible, two-digit or carry a stray prefix; a web plan whose updates say what was done with negation
and scope and no status word; and a Word plan whose dates carry superscript ordinals."""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round34 import REC_PROGRESS
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape
NBSP = "\u00a0"
ORDINAL = re.compile(r"(\d{1,2})(st|nd|rd|th)\b")


def rowspan_cells(r: dict[str, Any], i: int, number: str, text: str) -> list[str]:
    """The number and recommendation cells, on a recommendation's first row only, spanning its rows."""
    if i:
        return []
    span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
    return [f"<td{span}>{number}</td>", f"<td{span}>{text}</td>"]


def draw_action_refs_progress_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Orlestone CSP", font="Calibri", size=9)
    margins(doc, 1.7)
    footer(doc, "Orlestone CSP – DHR 'Maureen' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Progress is reported once for each recommendation, by action number.", italic=True,
            space_after=8)
    t = make_table(doc, [1.1, 5.4, 1.5, 5.6, 3.2, 2.2, 7.2])
    header_row(t, plan["columns"], fill="DDEBF7")
    for n, (r, i, a) in enumerate(action_rows(plan), start=1):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
            fill_cell(c[6], REC_PROGRESS[r["number"]])
        if len(r["actions"]) > 1:
            for k in (0, 1, 6):
                v_merge(c[k], i == 0)
        fill_cell(c[2], str(n))
        fill_cell(c[3], a["action"])
        fill_cell(c[4], a["lead"])
        fill_cell(c[5], a["target"])
    save_docx(doc, path)


MOJIBAKE_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#202020}"
                  "table{border-collapse:collapse;width:100%}"
                  "th,td{border:1px solid #8c8c8c;padding:4px 5px;vertical-align:top;text-align:left}"
                  "th{background:#e4ecf4}h1{font-size:13pt}")


def misdecoded(text: str, shown: str = "Â" + NBSP) -> str:
    """The text with a non-breaking space after each number, as the author typed it, shown as the
    copy between systems left it."""
    return h(re.sub(r"(\d) ", lambda m: m.group(1) + shown, text))


def misdecoded_agency(agency: str) -> str:
    """The place and the agency joined by a non-breaking space, shown mis-decoded."""
    place, _, rest = agency.partition(" ")
    return h(f"{place}Â{NBSP}{rest}")


def draw_mojibake_nbsp_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), misdecoded(r["text"]))
        cells += [f"<td>{misdecoded(a['action'])}</td>", f"<td>{misdecoded_agency(a['lead'])}</td>",
                  f"<td>{misdecoded(a['target'])}</td>", f"<td>{misdecoded(a['progress'], 'Ā')}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>This plan is updated by the CSP's business support team after each partnership meeting.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>",
            "<p>Last updated: 20Â" + NBSP + "March 2026</p>"]
    path.write_text(page_html(plan["meta"]["title"], MOJIBAKE_STYLE, body), encoding="utf-8")


def draw_odd_target_dates_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Oxcombe CSP", font="Tahoma", size=8.5)
    margins(doc, 1.8)
    footer(doc, "Oxcombe CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.0, 4.2, 4.0, 2.6, 2.4, 3.2])
    header_row(t, plan["columns"], fill="FCE4D6")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"])):
            fill_cell(cell, text)
    save_docx(doc, path)


NEGATED_STYLE = ("body{font-family:Calibri,Carlito,'Segoe UI',sans-serif;font-size:10pt;color:#1b1b1b}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #c8c8c8;padding:4px 6px;vertical-align:top;text-align:left}"
                 "th{background:#f0f0f0}h1{font-size:15pt;font-weight:normal}")


def draw_negated_progress_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Updates are as given by each agency to the partnership's review group.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], NEGATED_STYLE, body), encoding="utf-8")


def ordinal_cell(cell: Any, text: str) -> None:
    """The text with each date's ordinal (``st``, ``nd``, ``rd``, ``th``) set as a superscript."""
    p = cell.paragraphs[0]
    at = 0
    for m in ORDINAL.finditer(text):
        p.add_run(text[at: m.start(2)])
        p.add_run(m.group(2)).font.superscript = True
        at = m.end()
    if text[at:]:
        p.add_run(text[at:])


def draw_superscript_ordinals_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Marstow CSP", font="Times New Roman", size=10)
    margins(doc, 2.0)
    footer(doc, "Marstow CSP – DHR 'Yvonne'")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    t = make_table(doc, [1.1, 6.2, 5.6, 3.6, 2.9, 6.2])
    header_row(t, plan["columns"], fill="E7E6E6")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        fill_cell(c[2], a["action"])
        fill_cell(c[3], a["lead"])
        ordinal_cell(c[4], a["target"])
        ordinal_cell(c[5], a["progress"])
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "action_refs_progress_docx": draw_action_refs_progress_docx,
    "mojibake_nbsp_html": draw_mojibake_nbsp_html,
    "odd_target_dates_docx": draw_odd_target_dates_docx,
    "negated_progress_html": draw_negated_progress_html,
    "superscript_ordinals_docx": draw_superscript_ordinals_docx,
}
