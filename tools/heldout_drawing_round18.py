"""Drawing of the eighteenth round of held-out plans (content in tools/heldout_plans_round18.py).

What is new here: a responsive table whose print style sheet stacks each row into a card of labelled
lines (no header row in print); a CMS page (cookie banner, navigation, many-link footer) with a ``<dl>``
per action; an exported tracker with an emoji status column, a legend and the action a row header in
the middle of the row; a Word report in two newspaper columns with the plan flowing down both; and a
Word plan with floating text boxes beside the title and introduction."""
from __future__ import annotations

import html
from pathlib import Path
from typing import Any, Callable

from docx.oxml import parse_xml

from heldout_drawing import REC_NUMBER, REC_TEXT, action_rows, field, footer, horizontal_rules_only, write_rows
from heldout_drawing_round4 import page
from heldout_plans_round18 import STATUS_ICON
from sample_docx import add_par, header_row, make_table, new_document, save_docx, set_header_text, xml_el

h = html.escape


def page_html(title: str, style: str, body: list[str]) -> str:
    return "\n".join(["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
                      '<meta name="viewport" content="width=device-width, initial-scale=1">',
                      f"<title>{h(title)}</title><style>{style}</style></head><body>", *body,
                      "</body></html>"]) + "\n"


CARD_STYLE = ("body{font-family:'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;font-size:10pt;color:#1d1d1b}"
              "table.plan{border-collapse:collapse;width:100%}"
              "table.plan th,table.plan td{border:1px solid #b1b4b6;padding:4px 6px;vertical-align:top;"
              "text-align:left}table.plan th{background:#0b0c0c;color:#fff}"
              "@media print, (max-width:640px){"
              "table.plan thead{display:none}table.plan,table.plan tbody,table.plan tr,table.plan td"
              "{display:block;width:auto}"
              "table.plan tr{border:2px solid #005a30;margin:0 0 10px 0;padding:4px 8px;break-inside:avoid}"
              "table.plan td{border:none;border-bottom:1px dotted #b1b4b6;padding:3px 0}"
              "table.plan td:last-child{border-bottom:none}"
              "table.plan td::before{content:attr(data-label) ': ';font-weight:bold;color:#005a30}}")


def draw_stacked_cards_print_html(plan: dict[str, Any], path: Path) -> None:
    cols = plan["columns"]
    rows = []
    for r, i, a in action_rows(plan):
        values = [r["number"], r["text"], a["action"], a["lead"], a["target"], a["progress"]]
        rows.append("<tr>" + "".join(f'<td data-label="{h(c)}">{h(v)}</td>' for c, v in zip(cols, values))
                    + "</tr>")
    body = ['<p><a href="#main">Skip to main content</a></p>',
            "<p>Kestrelford District Council › Community safety › Domestic homicide reviews</p>",
            f'<main id="main"><h1>{h(plan["meta"]["title"])}</h1>',
            "<p>The partnership agreed this action plan in March 2025. Dates are shown as year-month-day. "
            "Progress is as reported to the board on 2025-10-14.</p>",
            '<table class="plan"><thead><tr>' + "".join(f"<th>{h(c)}</th>" for c in cols) + "</tr></thead>",
            "<tbody>", *rows, "</tbody></table>",
            "<p>Page last updated: 2025-10-15</p></main>"]
    path.write_text(page_html(plan["meta"]["title"], CARD_STYLE, body), encoding="utf-8")


CMS_STYLE = ("body{font-family:'Open Sans',Arial,sans-serif;font-size:11pt;color:#222;margin:0}"
             ".cookie{background:#f3f2f1;border-bottom:4px solid #1d70b8;padding:8px 16px;font-size:9.5pt}"
             "nav.site ul{list-style:none;margin:0;padding:6px 16px;background:#1d70b8}"
             "nav.site li{display:inline;margin-right:18px}nav.site a{color:#fff}"
             "main{padding:0 16px}h2{font-size:14pt;color:#1d70b8;margin:18px 0 4px 0}"
             "dl.action{display:grid;grid-template-columns:9em 1fr;gap:2px 12px;margin:8px 0 10px 0;"
             "padding:6px 8px;border-left:4px solid #b1b4b6;background:#fafafa}"
             "dl.action dt{font-weight:bold;color:#505a5f}dl.action dd{margin:0}"
             "footer{margin-top:24px;padding:10px 16px;border-top:2px solid #1d70b8;font-size:9pt}"
             "footer ul{list-style:none;padding:0;columns:3}")
FOOTER_LINKS = ["Accessibility statement", "Cookies", "Privacy notice", "Contact us", "Complaints",
                "Jobs and careers", "Newsroom", "Site map", "Terms and conditions", "Freedom of information",
                "Council tax", "Bins and recycling", "Facebook", "X (Twitter)", "LinkedIn"]


def action_dl(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    pairs = [("Action", a["action"]), ("Lead agency", a["lead"]), ("Target date", a["target"]),
             ("Progress", a["progress"])]
    heading = f"<h3>Action {r['number']}.{i + 1}</h3>" if len(r["actions"]) > 1 else ""
    return heading + '<dl class="action">' + "".join(f"<dt>{h(t)}</dt><dd>{h(d)}</dd>" for t, d in pairs) + "</dl>"


def draw_dl_actions_cms_html(plan: dict[str, Any], path: Path) -> None:
    body = ['<div class="cookie"><p><strong>Cookies on the Marlowe Vale Council website</strong></p>'
            "<p>We use some essential cookies to make this website work. We'd like to set additional cookies to "
            "understand how you use the site and improve our services.</p>"
            "<p>Accept additional cookies · Reject additional cookies · View cookies</p></div>",
            '<nav class="site"><ul><li><a href="#">Home</a></li><li><a href="#">Services</a></li>'
            '<li><a href="#">Your council</a></li><li><a href="#">News</a></li><li><a href="#">Contact</a></li>'
            "</ul></nav>", "<main>",
            "<p>Home › Your council › Community safety › Domestic homicide reviews › DHR 'Sophie'</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            "<p>The review made five recommendations. The actions agreed for each, and the progress made as at "
            "30 September 2025, are set out below.</p>"]
    for sec in plan["sections"]:
        for r in sec["recs"]:
            body.append(f"<h2>Recommendation {h(r['number'])}</h2><p>{h(r['text'])}</p>")
            body += [action_dl(r, i, a) for i, a in enumerate(r["actions"])]
    body += ["<p>Was this page helpful? Yes · No</p></main>",
             "<footer><ul>" + "".join(f'<li><a href="#">{h(t)}</a></li>' for t in FOOTER_LINKS) + "</ul>"
             "<p>© Marlowe Vale Borough Council 2025. Town Hall, Market Street, Marlowe MV1 2AB.</p></footer>"]
    path.write_text(page_html(plan["meta"]["title"], CMS_STYLE, body), encoding="utf-8")


EMOJI_STYLE = ("body{font-family:Inter,'Segoe UI',Arial,sans-serif;font-size:9pt;color:#242424}"
               "table{border-collapse:separate;border-spacing:0;width:100%}"
               "thead th{position:sticky;top:0;background:#f0f4f8;border-bottom:2px solid #4a6fa5;"
               "text-align:left;padding:5px}"
               "td,tbody th{border-bottom:1px solid #d9e1ea;padding:5px;vertical-align:top;text-align:left}"
               "tbody th{font-weight:600;background:#fbfcfe}td.icon{text-align:center;font-size:12pt}"
               ".legend{border:1px solid #d9e1ea;padding:4px 8px;display:inline-block;margin-bottom:8px}")


def emoji_row(r: dict[str, Any], i: int, a: dict[str, Any]) -> str:
    n = len(r["actions"])
    span = f' rowspan="{n}"' if n > 1 else ""
    cells = [f'<td class="icon">{STATUS_ICON[a["status"]]}</td>']
    if i == 0:
        cells += [f"<td{span}>{h(r['number'])}</td>", f"<td{span}>{h(r['text'])}</td>"]
    cells += [f'<th scope="row">{h(a["action"])}</th>', f"<td>{h(a['lead'])}</td>", f"<td>{h(a['target'])}</td>",
              f"<td>{h(a['progress'])}</td>"]
    return "<tr>" + "".join(cells) + "</tr>"


def draw_emoji_status_rowth_html(plan: dict[str, Any], path: Path) -> None:
    rows = [emoji_row(r, i, a) for r, i, a in action_rows(plan)]
    body = ["<p>Exported from the Quarrington CSP action tracker on 10/02/2025 at 09:14</p>",
            f"<h1>{h(plan['meta']['title'])}</h1>",
            '<p class="legend">Legend: ✅ Complete &nbsp; ⚠️ In progress &nbsp; ❌ Not started</p>',
            "<table><thead><tr>" + "".join(f'<th scope="col">{h(c)}</th>' for c in plan["columns"])
            + "</tr></thead><tbody>", *rows, "</tbody></table>",
            "<p>9 actions · 4 complete · 3 in progress · 2 not started</p>"]
    path.write_text(page_html(plan["meta"]["title"], EMOJI_STYLE, body), encoding="utf-8")


ROW_CELLS = [REC_NUMBER, REC_TEXT, field("action"), field("lead"), field("target"), field("progress")]


def two_columns(doc: Any, space_cm: float) -> None:
    """The section set in two newspaper columns, a rule between them."""
    cols = xml_el("w:cols", num=2, space=int(space_cm * 567), sep=1)
    sect = doc.sections[0]._sectPr
    old = sect.find(cols.tag)
    if old is not None:
        sect.remove(old)
    sect.append(cols)


REPORT_TEXT = [
    "C.1 The partnership commissioned a Domestic Homicide Review after the death of Megan, aged 34, in "
    "October 2023. The review was chaired by an independent author and met six times. Its overview report "
    "was sent to the Home Office in November 2024 and published in February 2025.",
    "C.2 The review found that Megan had contact with the police, her GP practice, the council's housing "
    "service and the ambulance service in the two years before her death. Each agency saw a part of what "
    "was happening to her; none of them saw the whole. Her family told the review that she had stopped "
    "seeing friends and that her partner controlled the household's money.",
    "C.3 The review made six recommendations. Each agency has agreed the actions set out below and reports "
    "its progress to the partnership's performance group every quarter. Actions are closed only when the "
    "group has seen the evidence.",
    "C.4 This appendix reports progress to the end of September 2025. Four actions are complete; the "
    "others are on track except for the ambulance service's coding change, which waits for a new version "
    "of the patient care record.",
]


def draw_two_text_columns_docx(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Fallowmere CSP", font="Lato", size=7),
               letter=False, margin_cm=1.5)
    set_header_text(doc, "Fallowmere Community Safety Partnership – Annual Report 2024/25", align="left",
                    color="7F7F7F")
    footer(doc, "Annual report – appendix C")
    two_columns(doc, 1.0)  # two 8.5 cm columns
    add_par(doc, "Appendix C – DHR 'Megan' action plan", bold=True, size=12, space_after=4, color="2E5E4E")
    for text in REPORT_TEXT:
        add_par(doc, text, space_after=4)
    add_par(doc, "The plan below was agreed in February 2025; progress is as at 30 September 2025.",
            italic=True, space_after=4)
    t = make_table(doc, [0.6, 2.1, 1.9, 1.3, 1.0, 1.6])  # one text column wide (8.5 cm)
    header_row(t, plan["columns"], fill="2E5E4E", color="FFFFFF")
    write_rows(t, plan, ROW_CELLS, merged=(0, 1))
    add_par(doc, "", space_after=2)
    add_par(doc, "Agreed by the partnership board, 20 February 2025.", italic=True)
    save_docx(doc, path)


def text_box(top_cm: float, width_cm: float, height_cm: float, fill: str,
             lines: list[tuple[str, bool]], shape_id: int) -> Any:
    """A floating text box (a Word shape, square wrapping) set against the right margin, ``top_cm`` below its top."""
    emu = 360000
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
        f'<w:sz w:val="17"/></w:rPr><w:t xml:space="preserve">{h(text)}</w:t></w:r></w:p>'
        for text, bold in lines)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    cx, cy = int(width_cm * emu), int(height_cm * emu)
    return parse_xml(
        f'<w:r {ns}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="margin"><wp:posOffset>{int(top_cm * emu)}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="7B2C5F"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</w:r>')


GLANCE = [("At a glance", True), ("6 recommendations, 9 actions", False),
          ("Complete: 4   In progress: 3   Not started: 2", False), ("Progress as at", True),
          ("September 30, 2025", False), ("Contact", True), ("dhr@hawksmoor-scp.example", False)]
HOW_TO = [("How to read this plan", True),
          ("Each recommendation is numbered as in the overview report. Its actions follow it, one a row, "
           "with the agency that leads them.", False),
          ("Dates are month, day, year.", False)]


MORE_INTRO = [
    "The review found that Joanne had told her GP, a debt adviser and a drug and alcohol worker about parts "
    "of what was happening to her. No one agency knew enough to see the risk, and the information that "
    "would have shown it was not shared. Her children's school knew that the family was under strain.",
    "The recommendations ask agencies to refer repeat victims without waiting for a high-risk grading, to "
    "record disclosures so that they can be found again, and to recognise economic abuse. The last "
    "recommendation asks the partnership to report its progress in public.",
]


def draw_text_box_key_facts_docx(plan: dict[str, Any], path: Path) -> None:
    doc = page(new_document(False, plan["meta"]["title"], "Hawksmoor SCP", font="Open Sans", size=9),
               letter=False, margin_cm=1.8)
    set_header_text(doc, "Hawksmoor Safer Communities Partnership", align="right", color="7B2C5F")
    footer(doc, "DHR 'Joanne' – action plan")
    title = add_par(doc, "", space_after=6)
    title._p.append(text_box(0.0, 5.8, 4.4, "F4E8EF", GLANCE, 1))
    run = title.add_run(plan["meta"]["title"])
    run.bold = True
    intro = add_par(doc, "", space_after=6)
    intro._p.append(text_box(4.7, 5.8, 3.0, "EEEEEE", HOW_TO, 2))
    intro.add_run("This plan sets out the partnership's response to the review of the death of Joanne, who was "
                  "killed by her former partner in 2023. The review panel agreed six recommendations. Each "
                  "agency named below has agreed the actions against its recommendations and reports "
                  "progress to the partnership board every quarter. The board will close the plan when every "
                  "action is complete and the evidence has been seen. Joanne's family were told of the "
                  "recommendations before publication and have been sent a copy of this plan.")
    for text in MORE_INTRO:
        add_par(doc, text, space_after=6)
    clear = add_par(doc, "")
    clear.runs or clear.add_run()
    clear.runs[0]._r.append(xml_el("w:br", type="textWrapping", clear="all"))  # the table starts below the boxes
    t = make_table(doc, [1.0, 4.3, 3.8, 2.5, 2.2, 3.6], style=None)
    horizontal_rules_only(t, color="7B2C5F")
    header_row(t, plan["columns"], fill="F4E8EF")
    write_rows(t, plan, ROW_CELLS, merged=(0, 1))
    save_docx(doc, path)


DRAW: dict[str, Callable[[dict[str, Any], Path], None]] = {
    "stacked_cards_print_html": draw_stacked_cards_print_html,
    "dl_actions_cms_html": draw_dl_actions_cms_html,
    "emoji_status_rowth_html": draw_emoji_status_rowth_html,
    "two_text_columns_docx": draw_two_text_columns_docx,
    "text_box_key_facts_docx": draw_text_box_key_facts_docx,
}
