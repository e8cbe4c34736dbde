"""Drawing of the twentieth round of held-out plans (content in tools/heldout_plans_round20.py).

What is new here: a spreadsheet tracker printed from Excel whose right-hand columns print on a later
page (down, then over); a web page with the recommendations in one table and the actions in another,
listed by agency and tied to the recommendations only by number; a B5 Word plan of two columns whose
response cells are multi-level bullet lists (``•`` / ``o`` / ``▪``); a web plan numbered ``6.1`` /
``6.1a`` whose RAG is only a cell's fill colour; and a Word plan of one table per agency, the agency
named only in its table's header (``<Agency> actions``)."""
from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any, Callable

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm

from heldout_drawing import action_rows, footer, rule_set
from heldout_drawing_round18 import page_html
from sample_docx import (RAG_FILL, TBLPR_ORDER, TRPR_ORDER, add_par, fill_cell, header_row, insert_ordered,
                         make_table, new_document, save_docx, set_header_text, shade, v_merge, xml_el)

h = html.escape

# ---------------------------------------------------------------- Excel, down then over
LEFT_WIDTHS = [1.4, 9.6, 1.8, 11.5]  # Rec ID, Recommendation, Action ID, Action
RIGHT_WIDTHS = [5.0, 2.4, 1.6, 13.0]  # Lead agency, Target date, RAG, Progress update
GRID = "A6A6A6"


def gridlines(table: Any) -> None:
    """Excel's printed gridlines: a thin grey rule round every cell."""
    drawn = ("top", "left", "bottom", "right", "insideH", "insideV")
    insert_ordered(table._tbl.tblPr, rule_set("w:tblBorders", drawn, GRID, 2), TBLPR_ORDER)


def lines_needed(text: str, width_cm: float) -> int:
    """How many lines Calibri 10 pt takes for ``text`` in a cell ``width_cm`` wide (about 5 characters a cm)."""
    return max(1, math.ceil(len(text) / max(1.0, (width_cm - 0.3) * 5.0)))


def sheet_row_heights(plan: dict[str, Any]) -> list[float]:
    """One height per action row, the same in both page ranges, as a sheet's rows are."""
    heights = []
    for r, i, a in action_rows(plan):
        share = lines_needed(r["text"], LEFT_WIDTHS[1]) / len(r["actions"])  # a merged cell spreads its lines
        cells = [(a["action"], LEFT_WIDTHS[3]), (a["lead"], RIGHT_WIDTHS[0]), (a["progress"], RIGHT_WIDTHS[3])]
        n = max([share] + [lines_needed(t, w) for t, w in cells])
        heights.append(0.2 + 0.45 * math.ceil(n))
    return heights


def fixed_height(row: Any, cm: float) -> None:
    insert_ordered(row._tr.get_or_add_trPr(), xml_el("w:trHeight", val=int(cm * 567), hRule="atLeast"), TRPR_ORDER)


def sheet_range(doc: Any, plan: dict[str, Any], widths: list[float], names: list[str],
                cells: list[Callable[[dict[str, Any], int, dict[str, Any]], str]], merged: tuple[int, ...],
                rag: int | None) -> None:
    t = make_table(doc, widths, style=None)
    gridlines(t)
    header_row(t, names, fill="DDEBF7")  # the print title row, repeated on each page
    for (r, i, a), height in zip(action_rows(plan), sheet_row_heights(plan)):
        row = t.add_row()
        fixed_height(row, height)
        for k, cell in enumerate(cells):
            fill_cell(row.cells[k], cell(r, i, a))
            if k in merged and len(r["actions"]) > 1:
                v_merge(row.cells[k], i == 0)
        if rag is not None and a["rag"]:
            shade(row.cells[rag], RAG_FILL[a["rag"]])


def draw_excel_page_ranges_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Marrowdene CSP", font="Calibri", size=10)
    sec = doc.sections[0]
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    for side in ("top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.9))
    set_header_text(doc, "DHR Leonie tracker", align="center")
    footer(doc)
    add_par(doc, plan["meta"]["title"], bold=True, size=12)
    add_par(doc, "Tracker last saved 17/10/2025", size=10, space_after=12)
    ids: dict[int, str] = {}
    for r, i, a in action_rows(plan):
        ids[id(a)] = f"{r['number']}.{i + 1}"
    sheet_range(doc, plan, LEFT_WIDTHS, plan["columns"][:4],
                [lambda r, i, a: r["number"] if i == 0 else "", lambda r, i, a: r["text"] if i == 0 else "",
                 lambda r, i, a: ids[id(a)], lambda r, i, a: a["action"]], merged=(0, 1), rag=None)
    doc.add_page_break()  # the next page range: the same rows, the right-hand columns
    add_par(doc, "", size=12)
    add_par(doc, "", size=10, space_after=12)
    sheet_range(doc, plan, RIGHT_WIDTHS, plan["columns"][4:],
                [lambda r, i, a: a["lead"], lambda r, i, a: a["target"], lambda r, i, a: a["rag"],
                 lambda r, i, a: a["progress"]], merged=(), rag=2)
    save_docx(doc, path)


# ---------------------------------------------------------------- two tables tied by number
TWO_TABLE_STYLE = ("body{font-family:'Noto Sans',Arial,sans-serif;font-size:10pt;color:#1b1b1b;max-width:64em}"
                   "table{border-collapse:collapse;width:100%;margin-bottom:1.2em}"
                   "th,td{border:1px solid #9a9a9a;padding:4px 6px;vertical-align:top;text-align:left}"
                   "th{background:#eef1f4}h2{font-size:13pt;margin:1.2em 0 .4em}")


def draw_recs_then_actions_html(plan: dict[str, Any], path: Path) -> None:
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    rec_rows = [f"<tr><td>{h(r['number'])}</td><td>{h(r['text'])}</td></tr>" for r in recs]
    acts = sorted(((r, a) for r, i, a in action_rows(plan)), key=lambda ra: ra[1]["lead"])  # by agency
    act_rows = [f"<tr><td>A{n}</td><td>{h(r['number'])}</td><td>{h(a['lead'])}</td><td>{h(a['action'])}</td>"
                f"<td>{h(a['target'])}</td><td>{h(a['progress'])}</td></tr>" for n, (r, a) in enumerate(acts, 1)]
    body = ["<p>Fellbridge Borough Council › Community safety › Domestic homicide reviews</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The review made five recommendations. The agencies named in them agreed the actions in the "
            "second table; each action gives the number of the recommendation it answers.</p>",
            "<h2>Recommendations</h2>",
            "<table><thead><tr><th>No.</th><th>Recommendation</th></tr></thead><tbody>", *rec_rows,
            "</tbody></table>",
            "<h2>Actions agreed by the agencies</h2>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *act_rows, "</tbody></table>",
            "<p>Updates were given by each agency in October 2025.</p>"]
    path.write_text(page_html(plan["meta"]["title"], TWO_TABLE_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- multi-level bullets, B5
BULLETS_NUM_ID = 93
LEVELS = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings")]  # Word's default bullets


def add_multilevel_bullets(doc: Any) -> int:
    """Word's three-level bullet list (``•`` Symbol, ``o`` Courier New, ``▪`` Wingdings)."""
    numbering = doc.part.numbering_part.element
    absn = xml_el("w:abstractNum", abstractNumId=BULLETS_NUM_ID)
    absn.append(xml_el("w:multiLevelType", val="hybridMultilevel"))
    for level, (glyph, font) in enumerate(LEVELS):
        lvl = xml_el("w:lvl", ilvl=level)
        for tag, val in (("w:start", 1), ("w:numFmt", "bullet"), ("w:lvlText", glyph), ("w:lvlJc", "left")):
            lvl.append(xml_el(tag, val=val))
        ppr = xml_el("w:pPr")
        ppr.append(xml_el("w:ind", left=300 + 300 * level, hanging=240))
        lvl.append(ppr)
        rpr = xml_el("w:rPr")
        rpr.append(xml_el("w:rFonts", ascii=font, hAnsi=font, hint="default"))
        lvl.append(rpr)
        absn.append(lvl)
    numbering.find(qn("w:num")).addprevious(absn)
    num = xml_el("w:num", numId=BULLETS_NUM_ID)
    num.append(xml_el("w:abstractNumId", val=BULLETS_NUM_ID))
    numbering.append(num)
    return BULLETS_NUM_ID


def bullet(cell: Any, text: str, level: int, first: bool) -> None:
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.style = "List Paragraph"
    p.add_run(text)
    numpr = p._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = level
    numpr.get_or_add_numId().val = BULLETS_NUM_ID
    p.paragraph_format.space_after = 0


def response_cell(cell: Any, r: dict[str, Any]) -> None:
    """Each action a first-level bullet, its lead, timescale and progress nested under it."""
    for k, a in enumerate(r["actions"]):
        bullet(cell, a["action"], 0, k == 0)
        bullet(cell, f"Lead: {a['lead']}", 1, False)
        bullet(cell, f"Timescale: {a['target']}", 1, False)
        bullet(cell, "Progress", 1, False)
        bullet(cell, a["progress"], 2, False)


def draw_nested_bullets_b5_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Hollin Cross SCP", font="Bahnschrift", size=9)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(17.6), Cm(25.0)  # B5 (ISO)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.6))
    doc.styles["List Paragraph"].paragraph_format.space_after = 0
    add_multilevel_bullets(doc)
    set_header_text(doc, "Hollin Cross Safer Communities Partnership", align="left", color="5B3F8C")
    footer(doc, "DHR 'Rosalind'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4, color="5B3F8C")
    add_par(doc, "Timescales are financial quarters (April to March). Progress as reported in October 2025.",
            space_after=8)
    t = make_table(doc, [5.0, 9.4])
    header_row(t, plan["columns"], fill="E4DCF0")
    for s in plan["sections"]:
        for r in s["recs"]:
            row = t.add_row().cells
            fill_cell(row[0], f"Recommendation {r['number']}\n{r['text']}", space_between=3)
            row[0].paragraphs[0].runs[0].bold = True
            response_cell(row[1], r)
    save_docx(doc, path)


# ---------------------------------------------------------------- 6.1a, RAG only as fill
RAG_CSS = {"Green": "#00a651", "Amber": "#ffbf00", "Red": "#e0301e"}
FILL_STYLE = ("body{font-family:Palatino,'Palatino Linotype','Book Antiqua',serif;font-size:9.5pt;color:#111}"
              "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
              "table.plan{border-collapse:collapse;width:100%}"
              "table.plan th,table.plan td{border:1px solid #555;padding:3px 5px;vertical-align:top}"
              "table.plan th{background:#d8e4ec;text-align:left}td.rag{width:2.2em}"
              ".sw{display:inline-block;width:1.4em;height:.9em;border:1px solid #555;vertical-align:middle;"
              "margin:0 .3em 0 1em}"
              + "".join(f".{c.lower()}{{background:{v}}}" for c, v in RAG_CSS.items()))


def draw_rag_fill_sublettered_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = [f"<td>{h(r['number'])}{'abcdefgh'[i]}</td>"]
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells.append(f"<td{span}>{h(r['text'])}</td>")
        cells += [f"<td>{h(a['action'])}</td>", f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{h(a['progress'])}</td>", f'<td class="rag {a["rag"].lower()}"></td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    key = ('<p>Key:<span class="sw green"></span>complete<span class="sw amber"></span>in progress'
           '<span class="sw red"></span>not started</p>')
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Section 6 of the overview report made the recommendations below; each action is numbered "
            "from the paragraph of its recommendation.</p>", key,
            '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
            + "</tr></thead><tbody>", *rows, "</tbody></table>",
            "<p>Quarrydown Community Safety Partnership, October 2025.</p>"]
    path.write_text(page_html(plan["meta"]["title"], FILL_STYLE, body), encoding="utf-8")


# ---------------------------------------------------------------- a table per agency, named in its header
def draw_agency_header_tables_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Kestlewick CSP", font="Verdana", size=8.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    set_header_text(doc, "OFFICIAL", align="center", bold=True)
    footer(doc, "Kestlewick CSP – DHR 'Philippa'")
    add_par(doc, plan["meta"]["title"], bold=True, size=13, space_after=4)
    add_par(doc, "Each agency's actions are set out in a table of their own. The numbers are those of the "
                 "recommendations in the overview report.", space_after=10)
    for s in plan["sections"]:
        t = make_table(doc, [1.0, 4.6, 4.6, 2.4, 4.8])
        names = list(plan["columns"])
        names[2] = f"{s['owner']} actions"
        header_row(t, names, fill="D0CECE")
        for r in s["recs"]:
            for i, a in enumerate(r["actions"]):
                c = t.add_row().cells
                fill_cell(c[0], r["number"] if i == 0 else "")
                fill_cell(c[1], r["text"] if i == 0 else "")
                if len(r["actions"]) > 1:
                    v_merge(c[0], i == 0)
                    v_merge(c[1], i == 0)
                fill_cell(c[2], a["action"])
                fill_cell(c[3], a["target"])
                fill_cell(c[4], a["progress"])
        add_par(doc, "", space_after=10)
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "excel_page_ranges_docx": draw_excel_page_ranges_docx,
    "recs_then_actions_html": draw_recs_then_actions_html,
    "nested_bullets_b5_docx": draw_nested_bullets_b5_docx,
    "rag_fill_sublettered_html": draw_rag_fill_sublettered_html,
    "agency_header_tables_docx": draw_agency_header_tables_docx,
}
