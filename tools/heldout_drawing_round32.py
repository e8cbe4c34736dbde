"""Drawing of the thirty-second round of held-out plans (content in tools/heldout_plans_round32.py).

What is new here: a web plan with a progress bar drawn above each progress cell's text; a Word plan with a
diagonal watermark in its page header, behind the table on every page; a borderless Word plan whose
paragraphs are set at 1.5 line spacing with space after them; a web plan with header and theme rows in
letter-spaced small capitals; and a tracker export with the column names repeated in a table foot and long web
addresses in the update cells."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.oxml import parse_xml
from docx.shared import Pt

from heldout_drawing import action_rows, footer
from heldout_drawing_round18 import page_html
from heldout_drawing_round21 import margins
from heldout_plans_round32 import DONE, LINKS
from sample_docx import (TBLPR_ORDER, add_par, fill_cell, header_row, insert_ordered,
                         make_table, new_document, save_docx, v_merge, xml_el)

h = html.escape
BARS_STYLE = ("body{font-family:Verdana,Geneva,sans-serif;font-size:9pt;color:#222}"
              "table{border-collapse:collapse;width:100%}"
              "th,td{border:1px solid #888;padding:5px 6px;vertical-align:top;text-align:left}"
              "th{background:#e7eef6}"
              ".track{border:1px solid #9a9a9a;height:7px;width:90%;margin:2px 0 5px 0;background:#fff}"
              ".fill{height:7px;background:#2e8b57;print-color-adjust:exact;-webkit-print-color-adjust:exact}")


def progress_bar(done: int) -> str:
    """An outlined track with a green fill ``done`` per cent of its width (none at 0)."""
    fill = f'<div class="fill" style="width:{done}%"></div>' if done else ""
    return f'<div class="track" role="img" aria-label="{done}% done">{fill}</div>'


def draw_progress_bars_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells.append(f"<td>{progress_bar(DONE[a['action']])}{h(a['progress'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The bar in each progress cell shows how much of the action the lead agency reports done.</p>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], BARS_STYLE, body), encoding="utf-8")


WATERMARK = "DRAFT – OFFICIAL-SENSITIVE"
VML = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def watermark(text: str, width_pt: float, height_pt: float, degrees: int) -> Any:
    """Word's own watermark: a WordArt text path in the page header (so on every page), centred on the
    margins, behind the text (negative z-index), turned ``degrees`` clockwise and filled light grey."""
    return parse_xml(
        f'<w:r {VML}><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/>'
        '<v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
        '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
        '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
        '<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" '
        'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
        '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/>'
        '</v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
        '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt}pt;height:{height_pt}pt;'
        f'rotation:{degrees};z-index:-251657216;mso-position-horizontal:center;'
        'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
        '<v:fill opacity=".5"/>'
        f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{h(text)}"/>'
        '</v:shape></w:pict></w:r>')


def draw_watermark_draft_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Caldermouth CSP", font="Georgia", size=10)
    margins(doc, 2.0)
    doc.sections[0].header.paragraphs[0]._p.append(watermark(WATERMARK, 480, 60, 315))
    footer(doc, "Caldermouth CSP – DHR 'Mary' – DRAFT")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=8)
    add_par(doc, "Draft for the partnership board. Not for circulation beyond the review panel until the Home "
                 "Office quality assurance panel has agreed the report.", italic=True, space_after=10)
    t = make_table(doc, [1.1, 3.9, 3.8, 2.8, 2.4, 3.0])
    insert_ordered(t._tbl.tblPr, grey_grid("808080", 4), TBLPR_ORDER)
    header_row(t, plan["columns"])
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


def spaced(cell: Any) -> None:
    """Every paragraph of the cell at 1.5 lines with 8 pt after it."""
    for p in cell.paragraphs:
        p.paragraph_format.line_spacing = 1.5
        p.paragraph_format.space_after = Pt(8)


def draw_spaced_paragraphs_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Westerholt CSP", font="Calibri", size=10)
    margins(doc, 2.0)
    footer(doc, "Westerholt CSP")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=10)
    add_par(doc, "The partnership will review this plan at each board meeting until every action is "
                 "complete.", space_after=10)
    t = make_table(doc, [1.1, 4.1, 3.9, 2.8, 2.1, 3.0], style=None, borderless=True)
    insert_ordered(t._tbl.tblPr, cell_margins(0), TBLPR_ORDER)
    head = header_row(t, plan["columns"])
    for cell in head.cells:
        spaced(cell)
    for r, i, a in action_rows(plan):
        c = t.add_row().cells
        if i == 0:
            fill_cell(c[0], r["number"])
            fill_cell(c[1], r["text"])
        for cell, text in zip(c[2:], (a["action"], a["lead"], a["target"], a["progress"])):
            fill_cell(cell, text)
        for cell in c:
            spaced(cell)
    save_docx(doc, path)


def cell_margins(twips: int) -> Any:
    """A ``w:tblCellMar`` with no margin above or below a cell's text and the usual 0.19 cm at the sides."""
    mar = xml_el("w:tblCellMar")
    for side, width in (("top", twips), ("left", 108), ("bottom", twips), ("right", 108)):
        mar.append(xml_el("w:" + side, w=width, type="dxa"))
    return mar


def grey_grid(color: str = "A6A6A6", size: int = 2) -> Any:
    """Thin grey rules on every side and between every cell (``size`` in eighths of a point)."""
    borders = xml_el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(xml_el("w:" + side, val="single", sz=size, space=0, color=color))
    return borders


SMALLCAPS_STYLE = ("body{font-family:Cambria,Georgia,serif;font-size:9.5pt;color:#222}"
                   "table{border-collapse:collapse;width:100%}"
                   "th,td{border:0.5px solid #a6a6a6;padding:4px 6px;vertical-align:top;text-align:left}"
                   "th,tr.theme td{font-weight:normal;font-variant:small-caps;letter-spacing:0.25em}"
                   "tr.theme td{background:#f2efe6}h1{font-size:14pt}")


def draw_smallcaps_spaced_header_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for sec in plan["sections"]:
        rows.append(f'<tr class="theme"><td colspan="{len(plan["columns"])}">{h(sec["owner"])}</td></tr>')
        for r in sec["recs"]:
            for i, a in enumerate(r["actions"]):
                cells = []
                if i == 0:
                    span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
                    cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
                cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"], a["progress"])]
                rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    body = ['<p style="text-align:right;color:#7f7f7f">Mallowby Community Safety Partnership</p>',
            f"<h1>{h(plan['meta']['title'])}</h1>",
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], SMALLCAPS_STYLE, body), encoding="utf-8")


TFOOT_STYLE = ("body{font-family:'Segoe UI',Tahoma,Arial,sans-serif;font-size:10pt;color:#212529}"
               "table{border-collapse:collapse;width:100%;table-layout:fixed}"
               "th,td{border:1px solid #dee2e6;padding:6px;vertical-align:top;text-align:left}"
               "thead th,tfoot th{background:#f8f9fa;font-weight:600}"
               "col.ref{width:6%}col.rec{width:22%}col.act{width:22%}col.lead{width:14%}col.due{width:11%}"
               "a{color:#0d6efd;overflow-wrap:anywhere;word-break:break-all}")


def update_cell(a: dict[str, Any]) -> str:
    """The update, its closing web address written as a link."""
    url = LINKS.get(a["action"])
    if not url:
        return h(a["progress"])
    text = a["progress"][: -len(url)].rstrip()
    return f'{h(text)} <a href="{h(url)}">{h(url)}</a>'


def draw_tfoot_links_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for r, i, a in action_rows(plan):
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td>{h(x)}</td>" for x in (a["action"], a["lead"], a["target"])]
        cells.append(f"<td>{update_cell(a)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    names = "".join(f"<th>{h(c)}</th>" for c in plan["columns"])
    cols = "".join(f'<col class="{k}">' for k in ("ref", "rec", "act", "lead", "due", "upd"))
    body = [f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>Exported from the partnership's action tracker on 2026-02-16. Showing 1 to "
            f"{len(rows)} of {len(rows)} entries.</p>",
            f"<table><colgroup>{cols}</colgroup><thead><tr>{names}</tr></thead>"
            f"<tfoot><tr>{names}</tr></tfoot><tbody>{''.join(rows)}</tbody></table>"]
    path.write_text(page_html(plan["meta"]["title"], TFOOT_STYLE, body), encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "progress_bars_html": draw_progress_bars_html,
    "watermark_draft_docx": draw_watermark_draft_docx,
    "spaced_paragraphs_docx": draw_spaced_paragraphs_docx,
    "smallcaps_spaced_header_html": draw_smallcaps_spaced_header_html,
    "tfoot_links_html": draw_tfoot_links_html,
}
