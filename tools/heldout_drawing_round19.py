"""Drawing of the nineteenth round of held-out plans (content in tools/heldout_plans_round19.py).

What is new here: a US Legal landscape Word plan with a very small left margin, a ``Partner(s)`` column
listing several agencies, the recommendation repeated on each action row and the target and progress
in one ``Due: … — Update: …`` cell; a web plan of alternating white and grey rows with no vertical
rules and the agency bold at the start of the action cell; and a Word plan behind a cover page (a large
dark title block) and a contents page with dot leaders and page numbers; a transposed Word table (the
column names down the first column, a column per action); and a Word plan saved as a filtered web page."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm, Pt

from heldout_drawing import REC_NUMBER, REC_TEXT, action_rows, field, footer, write_rows
from heldout_drawing_round18 import page_html
from sample_docx import add_par, fill_cell, header_row, make_table, new_document, save_docx, set_header_text, shade

h = html.escape


def legal_landscape(doc: Any, left_cm: float, other_cm: float) -> Any:
    """US Legal paper (8.5 × 14 in) turned landscape, a narrow left margin."""
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(35.56), Cm(21.59)
    sec.left_margin = Cm(left_cm)
    for side in ("right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(other_cm))
    return doc


def draw_partner_list_due_update_legal(plan: dict[str, Any], path: Path) -> None:
    doc = legal_landscape(new_document(True, plan["meta"]["title"], "Brackenholt CSP", font="Arial Narrow",
                                       size=9), 0.6, 1.5)
    set_header_text(doc, "OFFICIAL", align="right", bold=True)
    footer(doc, "Brackenholt CSP – DHR 'Imogen' – action plan v2")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Where an action has more than one partner, the first named leads. Progress as reported "
                 "to the partnership board in October 2025.", italic=True, space_after=6)
    t = make_table(doc, [1.2, 9.0, 8.5, 5.6, 9.0])
    header_row(t, plan["columns"], fill="C9D9C3")
    cells = [lambda r, i, a: r["number"], lambda r, i, a: r["text"], field("action"), field("lead"),
             lambda r, i, a: f"Due: {a['target']} — Update: {a['progress']}"]
    write_rows(t, plan, cells)
    save_docx(doc, path)


ZEBRA_STYLE = ("body{font-family:Calibri,Carlito,Arial,sans-serif;font-size:10pt;color:#222;max-width:62em}"
               "table{border-collapse:collapse;width:100%}"
               "th{background:#fff;border-bottom:2px solid #333;text-align:left;padding:4px 6px}"
               "td{border:none;padding:4px 6px;vertical-align:top}"
               "tr.odd td{background:#ffffff}tr.even td{background:#e8e8e8}")


def draw_zebra_bold_agency_html(plan: dict[str, Any], path: Path) -> None:
    rows = []
    for n, (r, i, a) in enumerate(action_rows(plan)):
        cls = "odd" if n % 2 == 0 else "even"
        cells = []
        if i == 0:
            span = f' rowspan="{len(r["actions"])}"' if len(r["actions"]) > 1 else ""
            cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
        cells += [f"<td><strong>{h(a['lead'])}</strong> – {h(a['action'])}</td>", f"<td>{h(a['target'])}</td>",
                  f"<td>{h(a['progress'])}</td>"]
        rows.append(f'<tr class="{cls}">' + "".join(cells) + "</tr>")
    body = ["<p>Thornbury Vale District Council · Community safety · Domestic homicide reviews</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The partnership agreed this plan in April 2025. Progress is updated after each partnership board.</p>",
            "<table><thead><tr>" + "".join(f"<th>{h(c)}</th>" for c in plan["columns"]) + "</tr></thead><tbody>",
            *rows, "</tbody></table>",
            "<p>If you have a question about this plan, email community.safety@thornburyvale.example.</p>"]
    path.write_text(page_html(plan["meta"]["title"], ZEBRA_STYLE, body), encoding="utf-8")


CONTENTS = [("1. Introduction", "3"), ("2. The review", "3"), ("3. Action plan", "3"),
            ("4. Monitoring and governance", "3")]


def cover(doc: Any, plan: dict[str, Any]) -> None:
    """A cover page: a large dark one-cell block holding the title, the review's details under it."""
    add_par(doc, "", space_after=60)
    block = make_table(doc, [17.0], style=None)
    cell = block.add_row().cells[0]
    fill_cell(cell, "Wyndleigh Community Safety Partnership\nDomestic Homicide Review\n'Rachel'\nAction Plan",
              bold=True, color="FFFFFF")
    for p in cell.paragraphs:
        p.runs[0].font.size = Pt(26)
        p.paragraph_format.space_after = Pt(10)
    shade(cell, "1B2A41")
    add_par(doc, "", space_after=24)
    for text in ("Report author: Independent Chair", "Version 1.2 – published November 2025",
                 "Protective marking: OFFICIAL"):
        add_par(doc, text, size=12, space_after=4)
    doc.add_page_break()


def contents(doc: Any) -> None:
    """A contents page: entries running to their page numbers along dot leaders."""
    add_par(doc, "Contents", bold=True, size=16, space_after=12)
    for entry, number in CONTENTS:
        p = add_par(doc, f"{entry}\t{number}", size=11, space_after=6)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    doc.add_page_break()


INTRO = [
    ("1. Introduction", "This document sets out the actions agreed by the partnership in response to the "
     "Domestic Homicide Review into the death of Rachel, who was killed by her husband in 2023."),
    ("2. The review", "The review panel met five times and heard from Rachel's sister and her friends. It "
     "made five recommendations, each accepted in full by the agencies named."),
]


def draw_cover_contents_leaders_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(False, plan["meta"]["title"], "Wyndleigh CSP", font="Georgia", size=9.5)
    sec = doc.sections[0]
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    footer(doc, "DHR 'Rachel' – action plan")
    cover(doc, plan)
    contents(doc)
    for heading, text in INTRO:
        add_par(doc, heading, bold=True, size=13, space_after=4, color="1B2A41")
        add_par(doc, text, space_after=8)
    add_par(doc, "3. Action plan", bold=True, size=13, space_after=4, color="1B2A41")
    t = make_table(doc, [1.0, 4.2, 3.7, 2.6, 1.9, 3.6])
    header_row(t, plan["columns"], fill="D5DCE6")
    write_rows(t, plan, [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"),
                         field("progress")], merged=(0, 1))
    add_par(doc, "", space_after=6)
    add_par(doc, "4. Monitoring and governance", bold=True, size=13, space_after=4, color="1B2A41")
    add_par(doc, "The partnership's performance group reviews the plan every quarter and reports to the board.")
    save_docx(doc, path)


def transposed_table(doc: Any, plan: dict[str, Any], recs: list[dict[str, Any]]) -> None:
    """One transposed table: the column names down the first column, a column per action."""
    acts = [(r, i, a) for r in recs for i, a in enumerate(r["actions"])]
    t = make_table(doc, [3.2] + [23.5 / len(acts)] * len(acts))
    values = [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress")]
    for name, value in zip(plan["columns"], values):
        row = t.add_row()
        fill_cell(row.cells[0], name, bold=True)
        shade(row.cells[0], "DDE5D0")
        k = 1
        for r in recs:
            n = len(r["actions"])
            if value in (REC_NUMBER, REC_TEXT):  # the recommendation spans its actions' columns
                cell = row.cells[k].merge(row.cells[k + n - 1]) if n > 1 else row.cells[k]
                fill_cell(cell, value(r, 0, r["actions"][0]), bold=value is REC_NUMBER)
            else:
                for i, a in enumerate(r["actions"]):
                    fill_cell(row.cells[k + i], value(r, i, a))
            k += n


def draw_transposed_rec_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = new_document(True, plan["meta"]["title"], "Calderbrook CSP", font="Calibri", size=9)
    set_header_text(doc, "Calderbrook Community Safety Partnership", align="left", color="4F6228")
    footer(doc, "DHR 'Natalie' – action plan")
    add_par(doc, plan["meta"]["title"], bold=True, size=14, space_after=4)
    add_par(doc, "Each column below is one action; read down the column for its recommendation, lead agency, "
                 "target date and progress.", space_after=6)
    recs = [r for sec in plan["sections"] for r in sec["recs"]]
    transposed_table(doc, plan, recs[:3])
    add_par(doc, "", space_after=10)
    transposed_table(doc, plan, recs[3:])
    save_docx(doc, path)


WORD_HTML_HEAD = ("<!--\n /* Font Definitions */\n @font-face\n\t{font-family:Cambria;}\n"
                  "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:10.0pt;font-family:\"Cambria\",serif;}\n"
                  "@page WordSection1\n\t{size:841.9pt 595.3pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
                  "div.WordSection1\n\t{page:WordSection1;}\n-->")
WORD_WIDTHS = [48, 180, 170, 100, 80, 190]
WORD_TD = ("style='border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'")


def word_p(text: str, bold: bool = False) -> str:
    inner = h(text) if text else "&nbsp;"
    inner = f"<b><span lang=EN-GB>{inner}</span></b>" if bold else f"<span lang=EN-GB>{inner}</span>"
    return f"<p class=MsoNormal>{inner}</p>"


def draw_word_filtered_html(plan: dict[str, Any], path: Path) -> None:
    rows = ["<tr>" + "".join(f"<td width={w} valign=top style='border:solid windowtext 1.0pt;background:#D9D9D9;"
                             f"padding:0cm 5.4pt 0cm 5.4pt'>{word_p(c, True)}</td>"
                             for w, c in zip(WORD_WIDTHS, plan["columns"])) + "</tr>"]
    for r, i, a in action_rows(plan):
        cells = []
        span = f" rowspan={len(r['actions'])}" if len(r["actions"]) > 1 else ""
        if i == 0:
            cells += [f"<td width={WORD_WIDTHS[0]}{span} valign=top {WORD_TD}>{word_p(r['number'], True)}</td>",
                      f"<td width={WORD_WIDTHS[1]}{span} valign=top {WORD_TD}>{word_p(r['text'])}</td>"]
        for w, v in zip(WORD_WIDTHS[2:], (a["action"], a["lead"], a["target"], a["progress"])):
            cells.append(f"<td width={w} valign=top {WORD_TD}>{word_p(v)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    rows.append("<tr height=0>" + "".join(f"<td width={w} style='border:none'></td>" for w in WORD_WIDTHS)
                + "</tr>")
    title = plan["meta"]["title"]
    text = "\n".join([
        "<html>", "<head>", "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
        "<meta name=Generator content=\"Microsoft Word 15 (filtered)\">", f"<title>{h(title)}</title>",
        f"<style>{WORD_HTML_HEAD}</style>", "</head>", "<body lang=EN-GB style='word-wrap:break-word'>",
        "<div class=WordSection1>", f"<p class=MsoNormal><b><span style='font-size:14.0pt'>{h(title)}</span></b></p>",
        word_p(""), word_p("Progress as reported to the partnership's performance group on 15 October 2025."),
        word_p(""),
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        *rows, "</table>", word_p(""), word_p("Gorsemoor CSP – OFFICIAL"), "</div>", "</body>", "</html>"])
    path.write_text(text + "\n", encoding="utf-8")


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "partner_list_due_update_legal": draw_partner_list_due_update_legal,
    "zebra_bold_agency_html": draw_zebra_bold_agency_html,
    "cover_contents_leaders_docx": draw_cover_contents_leaders_docx,
    "transposed_rec_columns_docx": draw_transposed_rec_columns_docx,
    "word_filtered_html": draw_word_filtered_html,
}
