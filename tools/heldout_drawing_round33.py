"""Drawing of the thirty-third round of held-out plans (content in tools/heldout_plans_round33.py).

What is new here: a Word plan whose agency cells name two agencies joined by ``/`` or ``&``, the lead in
bold; a web plan whose updates open with their RAG word in square brackets; a Word plan with a
``Rationale`` column between the recommendation and its actions; a web plan whose last column
``Evidence / link`` holds document titles; and a Word plan whose action rows are grouped under sector
sub-headings inside each recommendation."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round33 import JOINT, RATIONALE, SECTOR
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, shade, v_merge

h = html.escape


def agency_cell(cell: Any, agency: str, action: str) -> None:
    """The lead agency in bold, then the partner (`` / partner``) in plain text."""
    partner = JOINT[action]
    p = cell.paragraphs[0]
    p.add_run(agency[: -len(partner)]).bold = True
    p.add_run(partner)


def merged_rows(t: Any, plan: dict[str, Any], lead_cells: int, write: Callable[[Any, dict[str, Any]], None]) -> None:
    """A row per action, the first ``lead_cells`` cells written on a recommendation's first row and
    merged down over its actions; ``write`` fills the rest of the row."""
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
            if lead_cells == 3:
                fill_cell(c[2], RATIONALE[r["number"]], italic=True)
        if len(r["actions"]) > 1:
            for k in range(lead_cells):
                v_merge(c[k], i == 0)
        write(c, a)


def draw_joint_agency_bold_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Kestrelford CSP", font="Calibri", size=9.5)
    margins(doc, 1.8)
    footer(doc, "Kestrelford CSP – DHR 'Denise'")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=6)
    add_par(doc, "Where two agencies share an action, the lead agency is shown in bold.", space_after=8)
    t = make_table(doc, [1.2, 6.0, 6.0, 5.0, 2.6, 5.0])
    header_row(t, plan["columns"], fill="D9E2F3")

    def write(c: Any, a: dict[str, Any]) -> None:
        fill_cell(c[2], a["action"])
        agency_cell(c[3], a["lead"], a["action"])
        fill_cell(c[4], a["target"])
        fill_cell(c[5], a["progress"])
    merged_rows(t, plan, 2, write)
    save_docx(doc, path)


BRACKET_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:9.5pt;color:#1a1a1a}"
                 "table{border-collapse:collapse;width:100%}"
                 "th,td{border:1px solid #7a7a7a;padding:4px 6px;vertical-align:top;text-align:left}"
                 "th{background:#dde4ee}h1{font-size:14pt}")


def bracket_update(progress: str) -> str:
    """The update with its opening ``[WORD]`` in bold."""
    word, _, rest = progress.partition(" ")
    return f"<b>{h(word)}</b> {h(rest)}".rstrip()


def draw_rag_bracket_progress_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells.append(f"<td>{bracket_update(a['progress'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each update opens with the action's RAG rating: [GREEN] complete, [AMBER] in progress, "
            "[RED] not started.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], BRACKET_STYLE, body), encoding="utf-8")


def draw_rationale_column_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Glenmarsh CSP", font="Verdana", size=8.5)
    margins(doc, 1.6)
    footer(doc, "Glenmarsh CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.0, 4.6, 4.4, 4.8, 3.0, 2.2, 4.5])
    header_row(t, plan["columns"], fill="E2EFD9")

    def write(c: Any, a: dict[str, Any]) -> None:
        for cell, text in zip(c[3:], (a["action"], a["lead"], a["target"], a["progress"])):
            fill_cell(cell, text)
    merged_rows(t, plan, 3, write)
    save_docx(doc, path)


EVIDENCE_STYLE = ("body{font-family:Georgia,'Times New Roman',serif;font-size:9.5pt;color:#222}"
                  "table{border-collapse:collapse;width:100%}"
                  "th,td{border:1px solid #999;padding:4px 5px;vertical-align:top;text-align:left}"
                  "th{background:#efe9dc}a{color:#1f4e9c}h1{font-size:14pt}")


def evidence_link(title: str) -> str:
    """The document's title written as a link (to the partnership's document store)."""
    if not title:
        return ""
    slug = "-".join(title.lower().replace("(", "").replace(")", "").replace(",", "").split())
    return f'<a href="https://documents.pellingham.gov.uk/csp/{h(slug)}">{h(title)}</a>'


def draw_evidence_link_titles_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        cells.append(f"<td>{evidence_link(a['evidence'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], EVIDENCE_STYLE, body), encoding="utf-8")


def draw_sector_subheadings_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Wrenbridge CSP", font="Arial", size=9)
    margins(doc, 2.0)
    footer(doc, "Wrenbridge CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    t = make_table(doc, [6.4, 3.8, 2.4, 4.4])
    header_row(t, plan["columns"], fill="D9D9D9")
    for sec in plan["sections"]:
        for r in sec["recs"]:
            row = t.add_row()
            cell = row.cells[0].merge(row.cells[-1])
            fill_cell(cell, f"Recommendation {r['number']}: {r['text']}", bold=True)
            shade(cell, "DEEAF6")
            sector = ""
            for a in r["actions"]:
                if SECTOR[a["action"]] != sector:
                    sector = SECTOR[a["action"]]
                    sub = t.add_row()
                    fill_cell(sub.cells[0].merge(sub.cells[-1]), sector, bold=True, italic=True)
                c = t.add_row().cells
                for cell, text in zip(c, (a["action"], a["lead"], a["target"], a["progress"])):
                    fill_cell(cell, text)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "joint_agency_bold_docx": draw_joint_agency_bold_docx,
    "rag_bracket_progress_html": draw_rag_bracket_progress_html,
    "rationale_column_docx": draw_rationale_column_docx,
    "evidence_link_titles_html": draw_evidence_link_titles_html,
    "sector_subheadings_docx": draw_sector_subheadings_docx,
}
