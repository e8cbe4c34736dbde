"""Drawing of the thirty-first round of held-out plans (content in tools/heldout_plans_round31.py).

What is new here: a Word plan with a ``Rec 1`` label alone in a merged left cell beside an ``Action no.``
column (``1a``, ``1b``); a Word plan whose lead and target cells are merged down over every run of
actions sharing them, across recommendations; a Word plan drawn as a table per recommendation, each with
its own header row; a web plan writing ``As above`` in the Lead column where the agency repeats; and a
web plan with a ``#`` column counting the rows beside the recommendation's number."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, v_merge

h = html.escape


def draw_rec_label_action_no_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Thornbury Vale CSP", font="Calibri", size=9)
    margins(doc, 1.7)
    footer(doc, "Thornbury Vale CSP – DHR 'Ruth'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.3, 4.4, 1.4, 4.0, 2.2, 1.9, 2.4])
    header_row(t, plan["columns"], fill="D5DCE4")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["label"], bold=True)
            fill_cell(c[1], r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for cell, text in zip(c[2:], (f"{r['number']}{'abcdefgh'[i]}", a["action"], a["lead"], a["target"],
                                      a["progress"])):
            fill_cell(cell, text)
    save_docx(doc, path)


def runs_of(values: list[str]) -> list[bool]:
    """For each row, whether it opens a run of equal values (False: it repeats the row above)."""
    return [i == 0 or v != values[i - 1] for i, v in enumerate(values)]


def in_run(opens: list[bool]) -> list[bool]:
    """For each row, whether its cell is part of a merged run (it repeats, or the next row repeats it)."""
    return [not o or (k + 1 < len(opens) and not opens[k + 1]) for k, o in enumerate(opens)]


def draw_shared_target_merged_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Calderford CSP", font="Georgia", size=9)
    margins(doc, 1.6)
    footer(doc, "Calderford CSP – DHR 'Joanne' action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.2, 6.2, 6.4, 3.6, 2.4, 5.6])
    header_row(t, plan["columns"], fill="E2EFDA")
    rows = list(action_rows(plan))
    lead_opens = runs_of([a["lead"] for _, _, a in rows])
    target_opens = runs_of([a["target"] for _, _, a in rows])
    merged_lead, merged_target = in_run(lead_opens), in_run(target_opens)
    for k, (r, i, a) in enumerate(rows):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"], bold=True)
            fill_cell(c[1], r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        fill_cell(c[2], a["action"])
        for col, opens, merged, text in ((3, lead_opens[k], merged_lead[k], a["lead"]),
                                         (4, target_opens[k], merged_target[k], a["target"])):
            if opens:
                fill_cell(c[col], text)
            if merged:
                v_merge(c[col], opens)
        fill_cell(c[5], a["progress"])
    save_docx(doc, path)


def draw_per_rec_tables_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Moorhaven CSP", font="Verdana", size=8.5)
    margins(doc, 2.0)
    footer(doc, "Moorhaven CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Each recommendation is set out in a table of its own.", italic=True, space_after=8)
    for sec in plan["sections"]:
        for n, r in enumerate(sec["recs"]):
            if n:
                add_par(doc, "", space_after=0)  # one empty paragraph between the tables
            t = make_table(doc, [1.0, 4.2, 4.2, 2.4, 1.9, 3.3])
            header_row(t, plan["columns"], fill="F2F2F2", repeat=False)
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                if i == 0:
                    fill_cell(c[0], r["number"], bold=True)
                    fill_cell(c[1], r["text"])
                if len(r["actions"]) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"])):
                    fill_cell(cell, text)
    save_docx(doc, path)


DITTO_STYLE = ("body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#111}"
               "table{border-collapse:collapse;width:100%}"
               "th,td{border:1px solid #666;padding:4px 6px;vertical-align:top;text-align:left}"
               "th{background:#e6e0ec}td.ditto{font-style:italic;color:#555}")


def draw_ditto_lead_html(plan: dict[str, Any], path: Path) -> None:
    rows, above = [], ""
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        lead = ('<td class="ditto">As above</td>' if a["lead"] == above else f"<td>{h(a['lead'])}</td>")
        above = a["lead"]
        cells += [f"<td>{h(a['action'])}</td>", lead, f"<td>{h(a['target'])}</td>",
                  f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The plan was agreed by the partnership in October 2025.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], DITTO_STYLE, body), encoding="utf-8")


SERIAL_STYLE = ("body{font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:9.5pt;color:#222}"
                "table{border-collapse:collapse;width:100%}"
                "th,td{border:1px solid #c8c8c8;padding:4px 5px;vertical-align:top;text-align:left}"
                "th{background:#f0f0f0}td.n{color:#777;text-align:right}")


def draw_row_serial_column_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for k, (r, i, a) in enumerate(action_rows(plan), start=1):
        cells = [f'<td class="n">{k}</td>']
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Rows are numbered for reference at partnership meetings.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], SERIAL_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "rec_label_action_no_docx": draw_rec_label_action_no_docx,
    "shared_target_merged_docx": draw_shared_target_merged_docx,
    "per_rec_tables_docx": draw_per_rec_tables_docx,
    "ditto_lead_html": draw_ditto_lead_html,
    "row_serial_column_html": draw_row_serial_column_html,
}
