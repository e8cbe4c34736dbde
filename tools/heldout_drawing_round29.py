"""Drawing of the twenty-ninth round of held-out plans (content in tools/heldout_plans_round29.py).

What is new here: a Word plan published with its tracked changes unaccepted; a Word template form whose
cells are content controls, the empty ones showing the placeholder prompt; a Word plan with the template's
empty rows left in; an old web page laid out in tables with the plan nested in its content cell; and a web
plan writing the lead agency and the target date in one cell on two lines."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round29 import INSERTED, PLACEHOLDER, REVISED_TARGET, SUPERSEDED
from sample_docx import (TRPR_ORDER, fill_cell, header_row, insert_ordered, make_table, new_document,
                         add_par, save_docx, v_merge, xml_el)

h = html.escape


# ---------------------------------------------------------------- tracked changes left in
AUTHOR, WHEN = "J. Okafor", "2026-01-14T10:02:00Z"


class Revisions:
    """Numbered ``w:ins`` / ``w:del`` marks (each revision needs its own id)."""

    def __init__(self) -> None:
        self.next_id = 100

    def mark(self, kind: str, text: str) -> Any:
        el = xml_el("w:" + kind, id=self.next_id, author=AUTHOR, date=WHEN)
        self.next_id += 1
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        el.append(run)
        return el

    def write(self, cell: Any, plain: str, deleted: str = "", inserted: str = "") -> None:
        """One paragraph: ``deleted`` struck out first, then the kept text, then ``inserted``."""
        p = cell.paragraphs[0]._p
        if deleted:
            p.append(self.mark("del", deleted + " "))
        if plain:
            run = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = plain
            run.append(t)
            p.append(run)
        if inserted:
            p.append(self.mark("ins", (" " if plain else "") + inserted))


def draw_tracked_changes_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Thornleigh CSP", font="Calibri", size=9.5)
    margins(doc, 1.6)
    footer(doc, "Thornleigh CSP – DHR 'Esme' – draft for panel")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Changes since the last panel meeting are shown as tracked changes.", italic=True,
            space_after=8)
    t = make_table(doc, [1.2, 6.6, 6.0, 3.6, 2.6, 6.4])
    header_row(t, plan["columns"], fill="DEEBF7")
    marks = Revisions()
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        for j, text in enumerate([r["number"], r["text"]]):
            fill_cell(c[j], text if i == 0 else "")
            if len(r["actions"]) > 1:
                v_merge(c[j], i == 0)
        fill_cell(c[2], a["action"])
        fill_cell(c[3], a["lead"])
        marks.write(c[4], a["target"], deleted=REVISED_TARGET.get(a["action"], ""))
        added = INSERTED.get(a["action"], "")
        kept = a["progress"][: len(a["progress"]) - len(added)].rstrip() if added else a["progress"]
        marks.write(c[5], kept, deleted=SUPERSEDED.get(a["action"], ""), inserted=added)
    save_docx(doc, path)


# ---------------------------------------------------------------- a form of content controls
def sdt_props(tag: str, placeholder: bool) -> Any:
    pr = OxmlElement("w:sdtPr")
    pr.append(xml_el("w:alias", val=tag))
    pr.append(xml_el("w:tag", val=tag.lower().replace(" ", "_")))
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    return pr


def control_run(text: str, placeholder: bool) -> Any:
    run = OxmlElement("w:r")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        rpr.append(xml_el("w:color", val="808080"))
        run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def run_control(cell: Any, tag: str, text: str) -> None:
    """A run-level plain-text control inside the cell's paragraph; Word's prompt when ``text`` is empty."""
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_props(tag, not text))
    content = OxmlElement("w:sdtContent")
    content.append(control_run(text or PLACEHOLDER, not text))
    sdt.append(content)
    cell.paragraphs[0]._p.append(sdt)


def block_control(cell: Any, tag: str, text: str) -> None:
    """A block-level control round the cell's paragraph (the paragraph moved into it)."""
    p = cell.paragraphs[0]._p
    p.append(control_run(text, False))
    sdt = OxmlElement("w:sdt")
    sdt.append(sdt_props(tag, False))
    content = OxmlElement("w:sdtContent")
    p.addprevious(sdt)
    content.append(p)
    sdt.append(content)


def draw_content_controls_form_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Caerwen CSP", font="Arial", size=9)
    margins(doc, 1.7)
    footer(doc, "Caerwen CSP – DHR action plan form v2")
    add_par(doc, plan["meta"]["title"], bold=True, size=12, space_after=4)
    add_par(doc, "Complete the grey fields. Do not change the column headings.", italic=True, space_after=8)
    t = make_table(doc, [1.1, 4.4, 4.2, 2.6, 2.0, 3.3])
    header_row(t, plan["columns"], fill="E2EFD9")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            run_control(c[0], "Rec number", r["number"])
            block_control(c[1], "Recommendation", r["text"])
        if len(r["actions"]) > 1:
            v_merge(c[0], i == 0)
            v_merge(c[1], i == 0)
        for cell, tag, text in zip(c[2:], ("Action", "Lead", "Target", "Progress"),
                                   (a["action"], a["lead"], a["target"], a["progress"])):
            run_control(cell, tag, text)
    save_docx(doc, path)


# ---------------------------------------------------------------- the template's empty rows left in
SPARE_AT_FOOT = 5  # empty rows under the last recommendation


def empty_row(table: Any) -> None:
    row = table.add_row()
    insert_ordered(row._tr.get_or_add_trPr(), xml_el("w:trHeight", val=int(Cm(0.7).twips), hRule="atLeast"),
                   TRPR_ORDER)


def draw_blank_template_rows_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Marshby CSP", font="Arial", size=9)
    margins(doc, 1.8)
    footer(doc, "Marshby CSP – DHR 'Agnes'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=8)
    t = make_table(doc, [1.6, 6.4, 6.0, 3.6, 2.6, 5.6])
    header_row(t, plan["columns"], fill="F2F2F2")
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        texts = [r["number"] if i == 0 else "", r["text"] if i == 0 else "", a["action"], a["lead"],
                 a["target"], a["progress"]]
        for cell, text in zip(c, texts):
            fill_cell(cell, text)
        if i == len(r["actions"]) - 1:
            empty_row(t)
    for _ in range(SPARE_AT_FOOT - 1):
        empty_row(t)
    save_docx(doc, path)


# ---------------------------------------------------------------- an old page laid out in tables
def font(text: str, size: int = 2, color: str = "", bold: bool = False) -> str:
    inner = f"<b>{text}</b>" if bold else text
    colour = f' color="{color}"' if color else ""
    return f'<font face="Verdana, Arial" size="{size}"{colour}>{inner}</font>'


NAV = ["Home", "Community safety", "Domestic abuse", "Domestic Homicide Reviews", "Contact us"]


def draw_layout_table_wrapper_html(plan: dict[str, Any], path: Path) -> None:
    head = "".join(f'<td bgcolor="#003366" valign="top">{font(h(c), color="#ffffff", bold=True)}</td>'
                   for c in plan["columns"])
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f'<td valign="top"{span}>{font(h(r["number"]))}</td>',
                      f'<td valign="top"{span}>{font(h(r["text"]))}</td>']
        cells += [f'<td valign="top">{font(h(x) or "&nbsp;")}</td>'
                  for x in (a["action"], a["lead"], a["target"], a["progress"])]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    nav = "<br>".join(f'<a href="#">{font(h(n), color="#003366")}</a>' for n in NAV)
    plan_table = ('<table border="1" cellpadding="4" cellspacing="0" width="100%" bordercolor="#666666">'
                  f"<tr>{head}</tr>{''.join(rows)}</table>")
    intro = font("The action plan below was agreed by the partnership board. Progress is reported to the "
                 "board every six months.")
    content = (f'<h2>{font(h(plan["meta"]["title"]), size=4, color="#003366", bold=True)}</h2>'
               f"<p>{intro}</p>{plan_table}")
    page = ('<table width="100%" border="0" cellpadding="6" cellspacing="0">'
            f'<tr><td colspan="2" bgcolor="#003366">{font("Ashcombe Borough Council", 5, "#ffffff", True)}'
            "</td></tr>"
            f'<tr><td width="17%" valign="top" bgcolor="#e6ecf2">{nav}<br><br>'
            f'{font("Community Safety Team<br>01632 960 418", 1)}</td>'
            f'<td valign="top">{content}</td></tr>'
            f'<tr><td colspan="2" align="center">{font("© Ashcombe Borough Council · Accessibility · Privacy", 1)}'
            "</td></tr></table>")
    text = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f"<title>{h(plan['meta']['title'])}</title></head>"
            f'<body bgcolor="#ffffff" leftmargin="0" topmargin="0">{page}</body></html>\n')
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- lead and target in one cell
LEAD_DATE_STYLE = ("body{font-family:Calibri,Carlito,Arial,sans-serif;font-size:10pt;color:#222}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border:1px solid #9aa5b1;padding:4px 6px;vertical-align:top;text-align:left}"
                   "th{background:#e9edf2}td.who{width:17%}td.who span{color:#555}")


def draw_lead_date_one_cell_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(a['action'])}</td>",
                  f'<td class="who"><strong>{h(a["lead"])}</strong><br><span>{h(a["target"])}</span></td>',
                  f"<td>{h(a['progress'])}</td>"]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Each action names the agency leading it and the month by which it should be done.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], LEAD_DATE_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "tracked_changes_docx": draw_tracked_changes_docx,
    "content_controls_form_docx": draw_content_controls_form_docx,
    "blank_template_rows_docx": draw_blank_template_rows_docx,
    "layout_table_wrapper_html": draw_layout_table_wrapper_html,
    "lead_date_one_cell_html": draw_lead_date_one_cell_html,
}
