"""Drawing of the thirty-seventh round of held-out plans (content in tools/heldout_plans_round37.py).

What is new here: a Word plan whose recommendations carry the report's paragraph numbers and whose
actions are numbered a level below them in a column of their own (``3.1.2``); a web page whose targets are
financial-year quarters beside a ``RAG`` column of words; an accessible Word document of headings, each
action a two-column ``Field`` / ``Detail`` table; a Word plan whose lead agency and target date are
written once, merged down over a recommendation's actions where they share them; and a landscape web
page in 7.5 pt whose very wide progress column is a bulleted log, each entry's date in bold."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_drawing_round34 import rowspan_cells
from heldout_plans_round37 import RAG_WORDS
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape


def draw_three_level_refs_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Brackenford CSP", font="Calibri", size=9)
    margins(doc, 1.8)
    footer(doc, "Brackenford CSP – DHR 'Carol'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "The paragraph numbers are those of the overview report.", italic=True, space_after=8)
    t = make_table(doc, [1.1, 4.2, 1.3, 4.0, 2.4, 1.9, 2.5])
    header_row(t, plan["columns"], fill="D9E2F3")
    for r in (r for s in plan["sections"] for r in s["recs"]):
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            if i == 0:
                fill_cell(c[0], r["number"], bold=True)
                fill_cell(c[1], r["text"])
            if len(r["actions"]) > 1:
                v_merge(c[0], i == 0)
                v_merge(c[1], i == 0)
            fill_cell(c[2], f"{r['number']}.{i + 1}")
            for cell, text in zip(c[3:], (a["action"], a["lead"], a["target"], a["progress"])):
                fill_cell(cell, text)
    save_docx(doc, path)


RAG_STYLE = ("body{font-family:Arial,'Liberation Sans',sans-serif;font-size:9pt;color:#111}"
             "table{border-collapse:collapse;width:100%}"
             "th,td{border:1px solid #666;padding:4px 5px;vertical-align:top;text-align:left}"
             "th{background:#e7e6e6}h1{font-size:14pt}"
             ".rag{font-weight:bold}.Green{color:#00703c}.Amber{color:#b35900}.Red{color:#c00000}")


def draw_quarter_rag_words_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        word = RAG_WORDS[a["status"]]
        cells.append(f'<td class="rag {word}">{word}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Targets are quarters of the financial year (April to March). RAG: Green – complete; "
            "Amber – in progress; Red – not started.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], RAG_STYLE, body), encoding="utf-8")


FIELDS = [("Action", "action"), ("Lead agency", "lead"), ("Target date", "target"), ("Progress", "progress"),
          ("Status", "status_word")]


def field_table(doc: Any, a: dict[str, Any]) -> None:
    """One action's two-column table: a repeated header row, then a labelled row per field."""
    t = make_table(doc, [4.0, 13.0])
    header_row(t, ["Field", "Detail"], fill="D0CECE")
    for label, key in FIELDS:
        c = t.add_row().cells
        fill_cell(c[0], label, bold=True)
        fill_cell(c[1], a[key])


def draw_heading_field_tables_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Kestermoor CSP", font="Arial", size=10)
    margins(doc, 2.0)
    footer(doc, "Kestermoor CSP")
    doc.add_heading(plan["meta"]["title"], level=1)
    add_par(doc, "This action plan is set out as headings and tables so that it can be read with a screen "
                 "reader.", space_after=8)
    for r in (r for s in plan["sections"] for r in s["recs"]):
        doc.add_heading(f"Recommendation {r['number']}", level=2)
        add_par(doc, r["text"], space_after=6)
        for i, a in enumerate(r["actions"], start=1):
            doc.add_heading(f"Action {r['number']}.{i}", level=3)
            field_table(doc, a)
            add_par(doc, "", space_after=4)
    save_docx(doc, path)


def shared(actions: list[dict[str, Any]], key: str) -> bool:
    """Whether a recommendation's actions (more than one) all have the same ``key``: written once."""
    return len(actions) > 1 and len({a[key] for a in actions}) == 1


def draw_merged_lead_target_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Fallowfield CSP", font="Georgia", size=9)
    margins(doc, 1.5)
    footer(doc, "Fallowfield CSP – DHR 'Janet'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.0, 6.0, 6.2, 3.6, 2.6, 7.3])
    header_row(t, plan["columns"], fill="E7E6E6")
    for r in (r for s in plan["sections"] for r in s["recs"]):
        several = len(r["actions"]) > 1
        merge = {0: several, 1: several, 3: shared(r["actions"], "lead"), 4: shared(r["actions"], "target")}
        for i, a in enumerate(r["actions"]):
            c = t.add_row().cells
            values = [r["number"], r["text"], a["action"], a["lead"], a["target"], a["progress"]]
            for col, (cell, text) in enumerate(zip(c, values)):
                merged = merge.get(col, False)
                if not merged or i == 0:
                    fill_cell(cell, text)
                if merged:
                    v_merge(cell, i == 0)
    save_docx(doc, path)


WIDE_STYLE = ("@page{size:A4 landscape;margin:1.2cm}"
              "body{font-family:Arial,'Liberation Sans',sans-serif;font-size:7.5pt;color:#000}"
              "table{border-collapse:collapse;table-layout:fixed;width:100%}"
              "th,td{border:0.75pt solid #444;padding:2px 4px;vertical-align:top;text-align:left}"
              "th{background:#dbe5f1}h1{font-size:11pt;margin:0 0 4px 0}"
              "ul{margin:0;padding-left:12px}li{margin:0 0 1px 0}")
WIDE_WIDTHS = [4, 15, 14, 8, 5, 46, 8]  # per cent: the progress log half the table


def bullet_log(progress: str) -> str:
    """The dated entries as a bulleted list, each entry's date in bold."""
    if not progress:
        return ""
    items = []
    for entry in progress.split("\n"):
        when, text = entry.split(" – ", 1)
        items.append(f"<li><strong>{h(when)}</strong> – {h(text)}</li>")
    return f"<ul>{''.join(items)}</ul>"


def draw_wide_bullet_log_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = rowspan_cells(r, i, h(r["number"]), h(r["text"]))
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells += [f"<td>{bullet_log(a['progress'])}</td>", f"<td>{h(a['status_word'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    cols = "".join(f'<col style="width:{w}%">' for w in WIDE_WIDTHS)
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], WIDE_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "three_level_refs_docx": draw_three_level_refs_docx,
    "quarter_rag_words_html": draw_quarter_rag_words_html,
    "heading_field_tables_docx": draw_heading_field_tables_docx,
    "merged_lead_target_docx": draw_merged_lead_target_docx,
    "wide_bullet_log_html": draw_wide_bullet_log_html,
}
