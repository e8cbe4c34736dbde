"""DOCX building blocks for the sample plans: a document with fixed metadata, tables, merged and
shaded cells, Word numbering, page header/footer fields, and a save with fixed zip timestamps so
that repeated runs give identical bytes."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

FIXED_DATE = dt.datetime(2022, 3, 1, 9, 30, 0)
ZIP_DATE = (2022, 3, 1, 9, 30, 0)


TCPR_ORDER = ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap",
               "tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"]
TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
                "tblLayout", "tblCellMar", "tblLook"]
TRPR_ORDER = ["cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
               "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden"]


def insert_ordered(parent, el, order):
    """Insert ``el`` into ``parent`` respecting the schema child order, replacing a namesake."""
    name = el.tag.split("}")[1]
    for old in parent.findall(qn("w:" + name)):
        parent.remove(old)
    idx = order.index(name)
    for i, child in enumerate(parent):
        cname = child.tag.split("}")[1]
        if cname in order and order.index(cname) > idx:
            parent.insert(i, el)
            return el
    parent.append(el)
    return el


def xml_el(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn("w:" + k), str(v))
    return el


def new_document(landscape, title, author, font="Arial", size=9):
    doc = Document()
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.5))
    sec.header_distance = sec.footer_distance = Cm(0.8)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for k in ("ascii", "hAnsi", "cs", "eastAsia"):
        rfonts.set(qn("w:" + k), font)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.revision = 3
    return doc


def add_par(container, text, bold=False, italic=False, size=None, style=None, space_after=None,
            align=None, color=None):
    p = container.add_paragraph(style=style)
    if text:
        run = p.add_run(text)
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def fill_cell(cell, text, bold=False, italic=False, color=None, space_after_last=None,
              space_between=None, numbering=None, label=None):
    """Write ``text`` (paragraphs separated by "\\n") into an empty cell.

    numbering: numId to put on the first paragraph (Word auto-numbering).
    label: text run written before the first paragraph (e.g. "1. ").
    """
    paras = text.split("\n") if text else [""]
    for i, line in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if i == 0 and label:
            r = p.add_run(label)
            r.bold = True
        if line:
            r = p.add_run(line)
            r.bold = bold or None
            r.italic = italic or None
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        if i == 0 and numbering is not None:
            p.style = "List Paragraph"
            numpr = p._p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = 0
            numpr.get_or_add_numId().val = numbering
        if space_between is not None and i < len(paras) - 1:
            p.paragraph_format.space_after = Pt(space_between)
        if space_after_last is not None and i == len(paras) - 1:
            p.paragraph_format.space_after = Pt(space_after_last)
    return cell


def shade(cell, fill):
    insert_ordered(cell._tc.get_or_add_tcPr(), xml_el("w:shd", val="clear", color="auto", fill=fill),
                    TCPR_ORDER)


def v_merge(cell, restart):
    el = xml_el("w:vMerge", val="restart") if restart else xml_el("w:vMerge")  # bare = continue (as Word)
    insert_ordered(cell._tc.get_or_add_tcPr(), el, TCPR_ORDER)


def make_table(doc, widths_cm, style="Table Grid", borderless=False):
    t = doc.add_table(rows=0, cols=len(widths_cm))
    if style:
        t.style = doc.styles[style]
    t.autofit = False
    tblpr = t._tbl.tblPr
    insert_ordered(tblpr, xml_el("w:tblW", w=int(sum(widths_cm) * 567), type="dxa"), TBLPR_ORDER)
    insert_ordered(tblpr, xml_el("w:tblLayout", type="fixed"), TBLPR_ORDER)
    if borderless:
        borders = xml_el("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(xml_el("w:" + side, val="nil"))
        insert_ordered(tblpr, borders, TBLPR_ORDER)
    for col, w in zip(t.columns, widths_cm):
        col.width = Cm(w)
    return t


def header_row(table, texts, fill=None, repeat=True, bold=True, color=None, italic=False):
    row = table.add_row()
    if repeat:
        trpr = row._tr.get_or_add_trPr()
        insert_ordered(trpr, xml_el("w:cantSplit"), TRPR_ORDER)
        insert_ordered(trpr, xml_el("w:tblHeader"), TRPR_ORDER)
    for cell, text in zip(row.cells, texts):
        fill_cell(cell, text, bold=bold, italic=italic, color=color)
        if fill:
            shade(cell, fill)
    return row


def span_row(table, text, fill=None, bold=True, space_after=None):
    """A section / theme row: one cell spanning the whole table (w:gridSpan)."""
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[-1])
    fill_cell(cell, text, bold=bold, space_after_last=space_after)
    if fill:
        shade(cell, fill)
    return row


def add_field(p, code, shown):
    """A Word field run (PAGE, NUMPAGES) showing ``shown`` until Word or LibreOffice updates it."""
    run = p.add_run()
    run._r.append(xml_el("w:fldChar", fldCharType="begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run._r.append(instr)
    run._r.append(xml_el("w:fldChar", fldCharType="separate"))
    t = OxmlElement("w:t")
    t.text = shown
    run._r.append(t)
    run._r.append(xml_el("w:fldChar", fldCharType="end"))


def add_page_number_footer(doc, lead_text):
    """Footer "<lead_text>   Page N", right-aligned."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(lead_text + "   Page ")
    add_field(p, "PAGE", "1")


def set_header_text(doc, text, align=None, bold=False, color=None):
    """The page header: one run of text ("OFFICIAL – ..."), aligned, bold or coloured as asked."""
    p = doc.sections[0].header.paragraphs[0]
    if align:
        p.alignment = ALIGN[align]
    r = p.add_run(text)
    if bold:
        r.bold = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)


def save_docx(doc, path):
    """Save with fixed zip timestamps so that repeated runs give identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def action_text(a):
    return (a["prefix"] + ": " + a["action"]) if a["prefix"] else a["action"]


ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}
RAG_FILL = {"Red": "FF7C80", "Amber": "FFC000", "Green": "92D050", "Blue": "00B0F0"}


DECIMAL_NUM_ID = 71
BULLET_NUM_ID = 72


def add_list_numbering(doc, num_id, fmt, lvl_text, run_props):
    """A one-level list definition (w:abstractNum, same id) and a w:num pointing to it; returns the numId."""
    numbering = doc.part.numbering_part.element
    absn = xml_el("w:abstractNum", abstractNumId=num_id)
    absn.append(xml_el("w:multiLevelType", val="hybridMultilevel"))
    lvl = xml_el("w:lvl", ilvl=0)
    lvl.append(xml_el("w:start", val=1))
    lvl.append(xml_el("w:numFmt", val=fmt))
    lvl.append(xml_el("w:lvlText", val=lvl_text))
    lvl.append(xml_el("w:lvlJc", val="left"))
    ppr = xml_el("w:pPr")
    ppr.append(xml_el("w:ind", left=360, hanging=360))
    lvl.append(ppr)
    rpr = xml_el("w:rPr")
    rpr.append(run_props)
    lvl.append(rpr)
    absn.append(lvl)
    numbering.find(qn("w:num")).addprevious(absn)
    num = xml_el("w:num", numId=num_id)
    num.append(xml_el("w:abstractNumId", val=num_id))
    numbering.append(num)
    return num_id


def add_decimal_numbering(doc):
    """Bold "%1." decimal numbering (the recommendation numbers of a Word auto-numbered plan)."""
    return add_list_numbering(doc, DECIMAL_NUM_ID, "decimal", "%1.", xml_el("w:b"))


def add_bullet_numbering(doc):
    """Word's default bullet list: lvlText U+F0B7 in the Symbol font."""
    return add_list_numbering(doc, BULLET_NUM_ID, "bullet", "\uf0b7",
                              xml_el("w:rFonts", ascii="Symbol", hAnsi="Symbol", hint="default"))


def add_page_x_of_y_footer(doc):
    """Footer "Page X of Y" (PAGE and NUMPAGES fields), centred."""
    p = doc.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Page ")
    add_field(p, "PAGE", "1")
    p.add_run(" of ")
    add_field(p, "NUMPAGES", "1")


# ============================================================== a layout's frame, from its spec
def open_document(plan):
    """The document the layout's ``document`` block describes: page, author, page header and footer."""
    d = plan["document"]
    doc = new_document(d["landscape"], plan["meta"]["title"], d["author"], size=d.get("size", 9))
    if "page_header" in d:
        set_header_text(doc, **d["page_header"])
    if d.get("page_footer") == "Page X of Y":
        add_page_x_of_y_footer(doc)
    elif d.get("page_footer"):
        add_page_number_footer(doc, d["page_footer"])
    return doc


def add_blocks(doc, plan, blocks):
    """Paragraphs and side tables around the plan: ``{"text": ..., add_par options}`` ("{title}" and
    "{subtitle}" are the meta's), or ``{"table": layout key, "columns", "widths", "fill"}``."""
    for block in blocks:
        if "table" in block:
            t = make_table(doc, block["widths"])
            header_row(t, block["columns"], fill=block["fill"], repeat=False)
            for values in plan[block["table"]]:
                for cell, text in zip(t.add_row().cells, values):
                    fill_cell(cell, text)
        else:
            options = {k: v for k, v in block.items() if k != "text"}
            text = block["text"].replace("{title}", plan["meta"]["title"]).replace("{subtitle}", plan["meta"].get("subtitle", ""))
            add_par(doc, text, **options)
