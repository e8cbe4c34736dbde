"""The "reportlab" producer of tools/make_non_plans.py: a non-plan spec drawn directly by
reportlab's platypus (as a council's reporting system or a web application generates its PDFs),
not through a word processor or a browser.  Same blocks as the other producers; ``invariant``
pins dates and the document /ID so a rerun gives the same bytes."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, ListFlowable, ListItem, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import Flowable

MARGIN = 1.5 * cm
GAP = 0.8 * cm
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=12.5, spaceAfter=6)
CELL = ParagraphStyle("cell", parent=BODY, spaceAfter=0)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Helvetica-Bold")
HEADING = ParagraphStyle("heading", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=4)


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def table_flowable(block: dict[str, Any], width: float, fills: dict[str, str]) -> Table:
    rows = block["table"]
    widths = block.get("widths") or [1.0] * len(rows[0])
    header = block.get("header", True)
    data = [[Paragraph(escape(c), HEAD if header and r == 0 or len(row) == 1 else CELL) for c in row]
            + [""] * (len(rows[0]) - len(row)) for r, row in enumerate(rows)]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if block.get("borders", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    style += [s for r, row in enumerate(rows) if len(row) == 1  # a row of one cell spans the table
              for s in (("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#D9D9D9")))]
    if block.get("rag"):
        style += [("BACKGROUND", (c, r), (c, r), colors.HexColor("#" + fills[v.lower()]))
                  for r, row in enumerate(rows) for c, v in enumerate(row) if v.lower() in fills]
    return Table(data, colWidths=[width * w / sum(widths) for w in widths], style=TableStyle(style),
                 repeatRows=1 if header else 0, spaceAfter=8)


def flowables(block: dict[str, Any], width: float, fills: dict[str, str]) -> list[Flowable]:
    if "heading" in block:
        return [Paragraph(escape(block["heading"]), HEADING)]
    if "para" in block:
        return [Paragraph(escape(block["para"]), BODY)]
    if "list" in block and block.get("labels"):  # a hanging indent: the label in the margin of its text
        hanging = ParagraphStyle("hanging", parent=BODY, leftIndent=3 * cm, bulletIndent=0)
        return [Paragraph(escape(i), hanging, bulletText=k) for k, i in zip(block["labels"], block["list"])]
    if "list" in block:
        items = [ListItem(Paragraph(escape(i), CELL)) for i in block["list"]]
        return [ListFlowable(items, bulletType="1" if block.get("numbered") else "bullet", start=None
                             if block.get("numbered") else "•", leftIndent=14, bulletFontSize=9), Spacer(1, 6)]
    if "table" in block:
        return [table_flowable(block, width, fills)]
    return [PageBreak()]


def build_reportlab(spec: dict[str, Any], pdf: Path, fills: dict[str, str]) -> None:
    size = landscape(A4) if spec.get("landscape") else A4
    count = spec.get("columns", 1)
    width = (size[0] - 2 * MARGIN - (count - 1) * GAP) / count
    frames = [Frame(MARGIN + k * (width + GAP), MARGIN, width, size[1] - 2 * MARGIN, id=f"c{k}") for k in range(count)]
    running = spec.get("page_header")

    def furniture(canvas: Any, doc: Any) -> None:
        canvas.setFont("Helvetica", 8)
        if running:
            canvas.drawCentredString(size[0] / 2, size[1] - MARGIN / 2, running)
        canvas.drawRightString(size[0] - MARGIN, MARGIN / 2, f"Page {doc.page}")

    doc = BaseDocTemplate(str(pdf), pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=spec["what"], author="Community Safety Partnership",
                          invariant=1)
    doc.addPageTemplates([PageTemplate(id="page", frames=frames, onPage=furniture)])
    story: list[Flowable] = []
    for block in spec["blocks"]:
        story += flowables(block, width, fills)
    doc.build(story)
