"""DOCX parser: exact grids from small hand-built packages (and one python-docx build)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from dhr_extract.extract import docx as docx_mod
from dhr_extract.extract.docx import package as docx_package
from dhr_extract.extract.docx import read_docx
from dhr_extract.model import ExtractError

DEV_DOCX = Path("/work/shared/corpus/dev/nuneaton_dhr1.docx")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"""


def make_docx(body: str, numbering: str = "", styles: str = "", doctype: str = "") -> bytes:
    """A minimal .docx: ``body`` is the inner XML of ``w:body`` (prefix ``w:`` bound)."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
                f'<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f"<w:body>{body}</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", PACKAGE_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        if numbering:
            z.writestr("word/numbering.xml", f'<w:numbering xmlns:w="{W}">{numbering}</w:numbering>')
        if styles:
            z.writestr("word/styles.xml", f'<w:styles xmlns:w="{W}">{styles}</w:styles>')
    return buf.getvalue()


def p(text: str = "", ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(*paragraphs: str, tcpr: str = "") -> str:
    inner = "".join(paragraphs) or "<w:p/>"
    return f"<w:tc>{f'<w:tcPr>{tcpr}</w:tcPr>' if tcpr else ''}{inner}</w:tc>"


def tbl(*rows: str, cols: int) -> str:
    grid = "".join('<w:gridCol w:w="1000"/>' for _ in range(cols))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def tr(*cells: str, trpr: str = "") -> str:
    return f"<w:tr>{f'<w:trPr>{trpr}</w:trPr>' if trpr else ''}{''.join(cells)}</w:tr>"


def read(data: bytes):
    return read_docx(Path("plan.docx"), data, "sha")


def grid(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


def spans(table) -> list[list[str]]:
    return [[c.span for c in r.cells] for r in table.rows]


# ------------------------------------------------------------------ grids


def test_gridspan_section_row_and_vmerge_over_three_rows():
    body = (p("Action plan") + p("Agency responses") + tbl(
        tr(tc(p("Recommendation")), tc(p("Agency")), tc(p("Action"))),
        tr(tc(p("Warwickshire Police"), tcpr='<w:gridSpan w:val="3"/>')),
        tr(tc(p("1. All agencies to review"), tcpr='<w:vMerge w:val="restart"/>'), tc(p("POLICE")), tc(p("Review"))),
        tr(tc(tcpr="<w:vMerge/>"), tc(p("CWPT")), tc(p("Train staff"))),
        tr(tc(tcpr='<w:vMerge w:val="continue"/>'), tc(p("GEH")), tc(p("Audit"))),
        tr(tc(p("2. Short row"))),
        cols=3))
    doc = read(make_docx(body))
    assert doc.format == "docx" and doc.n_pages is None and doc.source_file == "plan.docx" and doc.sha256 == "sha"
    assert doc.text_lines == ["Action plan", "Agency responses"]
    (table,) = doc.tables
    assert table.heading == "Agency responses" and table.strategy == "docx" and table.index == 0
    assert grid(table) == [
        ["Recommendation", "Agency", "Action"],
        ["Warwickshire Police", "", ""],
        ["1. All agencies to review", "POLICE", "Review"],
        ["", "CWPT", "Train staff"],
        ["", "GEH", "Audit"],
        ["2. Short row", "", ""],
    ]
    assert spans(table) == [
        ["", "", ""],
        ["", "left", "left"],
        ["", "", ""],
        ["above", "", ""],
        ["above", "", ""],
        ["", "", ""],
    ]
    assert [r.index for r in table.rows] == list(range(6))


def test_grid_before_after_wide_vmerge_and_vmerge_without_restart():
    body = tbl(
        tr(tc(p("A"), tcpr='<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), tc(p("B")), tc(p("C"))),
        tr(tc(tcpr='<w:gridSpan w:val="2"/><w:vMerge/>'), tc(p("b2")), tc(p("c2"))),
        tr(tc(p("x")), tc(p("y")), trpr='<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
        tr(tc(p("orphan"), tcpr="<w:vMerge/>"), tc(p("z"))),  # nothing above to merge into: kept
        cols=4)
    (table,) = read(make_docx(body)).tables
    assert grid(table) == [["A", "", "B", "C"], ["", "", "b2", "c2"], ["", "x", "y", ""], ["orphan", "z", "", ""]]
    assert spans(table) == [["", "left", "", ""], ["above", "above", "", ""], ["", "", "", ""], ["", "", "", ""]]


def test_python_docx_merged_cells():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Title of the plan")
    document.add_heading("Theme 1", level=2)
    table = document.add_table(rows=4, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 2))  # section row: gridSpan 3
    table.cell(1, 0).merge(table.cell(3, 0))  # vMerge over 3 rows
    buf = io.BytesIO()
    document.save(buf)
    (raw,) = read(buf.getvalue()).tables
    assert raw.heading == "Theme 1"
    # python-docx merges the texts of merged cells into the first one, as Word does
    assert grid(raw) == [["r0c0\nr0c1\nr0c2", "", ""], ["r1c0\nr2c0\nr3c0", "r1c1", "r1c2"],
                         ["", "r2c1", "r2c2"], ["", "r3c1", "r3c2"]]
    assert spans(raw) == [["", "left", "left"], ["", "", ""], ["above", "", ""], ["above", "", ""]]


def test_nested_table_text_goes_to_parent_cell_and_wrapper_table_is_unwrapped():
    nested = tbl(tr(tc(p("Jan 2022")), tc(p("Done"))), tr(tc(p("Feb 2022")), tc(p("Started"), p("more"))), cols=2)
    body = tbl(tr(tc(p("Rec")), tc(p("Progress"))), tr(tc(p("1. Do it")), tc(p("History:"), nested)), cols=2)
    (table,) = read(make_docx(body)).tables
    assert grid(table) == [["Rec", "Progress"], ["1. Do it", "History:\nJan 2022 Done\nFeb 2022\nStarted\nmore"]]

    inner = tbl(tr(tc(p("h1")), tc(p("h2"))), cols=2)
    wrapper = tbl(tr(tc(p("Boxed heading"), inner)), cols=1)
    doc = read(make_docx(p("Title") + wrapper + p("Glossary") + tbl(tr(tc(p("g"))), cols=1)))
    assert [grid(t) for t in doc.tables] == [[["h1", "h2"]], [["g"]]]
    assert [t.heading for t in doc.tables] == ["Boxed heading", "Glossary"]
    assert [t.index for t in doc.tables] == [0, 1]
    assert doc.text_lines == ["Title", "Boxed heading", "Glossary"]


# ------------------------------------------------------------------ numbering

NUMBERING = """
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="R%3:"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="0"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>
"""
STYLES = """
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="RecNumber"><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="RecNumber2"><w:basedOn w:val="RecNumber"/>
  <w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
"""


def num(text: str, num_id: int, ilvl: int = 0) -> str:
    return p(text, f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def styled(text: str, style: str) -> str:
    return p(text, f'<w:pStyle w:val="{style}"/>')


def test_auto_numbering_continues_across_tables_with_lettered_sub_levels():
    body = (
        num("Introduction", 4)  # its own list: starts at 3
        + tbl(tr(tc(p("Rec")), tc(p("Action"))),
              tr(tc(num("Police to review", 1), num("policy", 1, 1), num("training", 1, 1)),
                 tc(num("Set out policy", 3), num("Train staff", 3))),
              tr(tc(num("Health to audit", 1), num("records", 1, 1)), tc(p("Audit"))),
              cols=2)
        + p("Theme 2")
        + tbl(tr(tc(styled("Council to fund", "RecNumber"), styled("services", "RecNumber2"),
                    num("detail", 1, 2), num("more detail", 1, 2), styled("staff", "RecNumber2")),
                 tc(p("Fund"))),
              tr(tc(num("All agencies share learning", 2)), tc(p("Share"))),  # numId 2 shares abstractNum 0
              tr(tc(num("Restarted list", 5), num("sub", 5, 1)), tc(num("x", 4, 1), num("y", 4, 2))),
              tr(tc(p("no number", '<w:pStyle w:val="RecNumber"/><w:numPr><w:numId w:val="0"/></w:numPr>')),
                 tc(num("unknown num", 99))),
              cols=2))
    doc = read(make_docx(body, NUMBERING, STYLES))
    assert doc.text_lines == ["3. Introduction", "Theme 2"]
    first, second = doc.tables
    assert second.heading == "Theme 2"
    assert grid(first) == [
        ["Rec", "Action"],
        ["1. Police to review\na) policy\nb) training", "• Set out policy\n• Train staff"],
        ["2. Health to audit\na) records", "Audit"],
    ]
    assert grid(second) == [
        ["3. Council to fund\na) services\ni. detail\nii. more detail\nb) staff", "Fund"],
        ["4. All agencies share learning", "Share"],
        ["10. Restarted list\na) sub", "3.1 x\nRA: y"],
        ["no number", "unknown num"],
    ]


def test_number_formats():
    fmt = docx_mod.format_number
    assert [fmt(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert [fmt(n, "upperRoman") for n in (4, 9, 14, 40)] == ["IV", "IX", "XIV", "XL"]
    assert fmt(3, "decimalZero") == "03" and fmt(2, "ordinal") == "2nd" and fmt(5, "bullet") == "•"


# ------------------------------------------------------------------ run-level content


def test_content_controls_tracked_changes_breaks_and_hidden_text():
    cell = (
        "<w:p>"
        "<w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r>"
        "<w:ins w:id=\"1\" w:author=\"a\"><w:r><w:t>inserted</w:t></w:r></w:ins>"
        "<w:del w:id=\"2\" w:author=\"a\"><w:r><w:delText>deleted</w:delText></w:r></w:del>"
        "<w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>second line</w:t><w:cr/><w:t>third</w:t></w:r>"
        "</w:p>"
        "<w:p><w:sdt><w:sdtPr><w:alias w:val=\"Status\"/></w:sdtPr><w:sdtContent>"
        "<w:r><w:t>COMPLETED</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
        "<w:hyperlink r:id=\"rId3\"><w:r><w:t xml:space=\"preserve\"> see link</w:t></w:r></w:hyperlink></w:p>"
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Click here to enter text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        "<w:p><w:pPr><w:rPr><w:del w:id=\"3\" w:author=\"a\"/></w:rPr></w:pPr>"
        "<w:del w:id=\"4\" w:author=\"a\"><w:r><w:delText>gone paragraph</w:delText></w:r></w:del></w:p>"
    )
    block_sdt = ("<w:sdt><w:sdtPr/><w:sdtContent>" + p("Title in a control") + "</w:sdtContent></w:sdt>")
    row_sdt = "<w:sdt><w:sdtContent>" + tr(tc(p("row in control")), tc(p("r2"))) + "</w:sdtContent></w:sdt>"
    cell_sdt = "<w:sdt><w:sdtContent>" + tc(p("cell in control")) + "</w:sdtContent></w:sdt>"
    deleted_row = tr(tc(p("deleted row")), tc(p("x")), trpr='<w:del w:id="9" w:author="a"/>')
    body = block_sdt + tbl(tr(tc(cell), cell_sdt), row_sdt, deleted_row, cols=2)
    doc = read(make_docx(body))
    assert doc.text_lines == ["Title in a control"]
    assert grid(doc.tables[0]) == [
        ["Kept inserted after tab\nsecond line\nthird\nCOMPLETED see link\n7", "cell in control"],
        ["row in control", "r2"],
    ]


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    data = make_docx(tbl(tr(tc("<w:p><w:r><w:t>a&xxe;b</w:t></w:r></w:p>")), cols=1), doctype=doctype)
    text = grid(read(data).tables[0])[0][0]
    assert "SECRET" not in text and text.startswith("a")


# ------------------------------------------------------------------ errors


@pytest.mark.parametrize("data, error_type, words", [
    (b"just some text", "not_docx", "not a zip"),
    (b"", "not_docx", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "legacy_format", "save it as .docx"),
    (b"{\\rtf1\\ansi hello}", "legacy_format", "save it as .docx"),
    (b"%PDF-1.7\n...", "not_docx", "PDF"),
    (b"PK\x03\x04 truncated garbage", "corrupt_docx", "corrupt"),
])
def test_not_a_docx(data, error_type, words):
    with pytest.raises(ExtractError) as info:
        read(data)
    assert info.value.error_type == error_type
    assert words in info.value.message and "\n" not in info.value.message


def test_zip_without_document_xml_and_corrupt_xml():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ExtractError) as info:
        read(buf.getvalue())
    assert info.value.error_type == "not_docx" and "word/document.xml" in info.value.message

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document xmlns:w='x'><unclosed>")
    with pytest.raises(ExtractError) as info:
        read(buf.getvalue())
    assert info.value.error_type == "corrupt_docx"


def test_zip_bomb_guard(monkeypatch):
    data = make_docx(tbl(tr(tc(p("x" * 5000))), cols=1))
    monkeypatch.setattr(docx_package, "MAX_MEMBER_BYTES", 2000)
    with pytest.raises(ExtractError) as info:
        read(data)
    assert info.value.error_type == "zip_bomb"


# ------------------------------------------------------------------ the dev document


@pytest.mark.skipif(not DEV_DOCX.exists(), reason="dev corpus not available")
def test_dev_document():
    doc = read_docx(DEV_DOCX, DEV_DOCX.read_bytes(), "sha")
    assert doc.text_lines[0] == "Nuneaton Domestic Homicide Review (DHR1) Agency Action Plan"
    (table,) = doc.tables
    assert len(table.rows) == 80 and table.n_cols == 6
    assert all(len(r.cells) == 6 for r in table.rows)
    assert table.rows[0].texts[0] == "Recommendation"
    sections = [r for r in table.rows if [c.span for c in r.cells] == ["", "left", "left", "left", "left", "left"]]
    assert len(sections) == 10
    assert sections[0].texts[0] == "Safer Warwickshire Partnership Board"
    assert all(r.texts[1:] == [""] * 5 for r in sections)
    assert table.rows[2].texts[0].startswith("1. Safer Warwickshire Partnership Board to develop")
    assert table.rows[2].texts[0].split("\n")[1].startswith("a. Clear, written policies")


# ------------------------------------------------------------------ struck-through text


def struck_run(text: str, mark: str = "<w:strike/>") -> str:
    return f"<w:r><w:rPr>{mark}</w:rPr><w:t xml:space=\"preserve\">{text}</w:t></w:r>"


def test_struck_through_progress_entry_is_superseded_and_dropped() -> None:
    older = f"<w:p>{struck_run('03/03/2025: Amendment drafted.')}</w:p>"
    double = f"<w:p>{struck_run('14/05/2025: Briefing planned.', '<w:dstrike/>')}</w:p>"
    switched_off = "<w:p>" + struck_run("Kept: strike off.", '<w:strike w:val="0"/>') + "</w:p>"
    body = tbl(tr(tc(p("Action")), tc(p("Progress"))),
               tr(tc(p("Amend the procedure")), tc(p("Complete."), older, double, switched_off,
                                                    p("18/06/2025: Procedure published."))),
               cols=2)
    (table,) = read(make_docx(body)).tables
    assert grid(table) == [["Action", "Progress"],
                           ["Amend the procedure",
                            "Complete.\nKept: strike off.\n18/06/2025: Procedure published."]]


def test_a_cell_struck_through_as_a_whole_is_kept_with_a_warning() -> None:
    body = tbl(tr(tc(p("Action")), tc(p("Agency"))),
               tr(tc(f"<w:p>{struck_run('Withdrawn action')}</w:p>"), tc(p("Police"))),
               cols=2)
    doc = read(make_docx(body))
    assert grid(doc.tables[0]) == [["Action", "Agency"], ["Withdrawn action", "Police"]]
    assert doc.warnings == ["table 0: every word of a cell is struck through, kept: 'Withdrawn action'"]


def test_soft_hyphens_in_a_word_are_no_part_of_it() -> None:
    """A soft hyphen typed into the text (U+00AD) only marks where Word may break the word; Word's own
    ``w:softHyphen`` element is no text either."""
    run = '<w:r><w:t>Safe\u00adguarding</w:t><w:softHyphen/><w:t xml:space="preserve"> lead</w:t></w:r>'
    body = tbl(tr(tc(p("Action")), tc(p("Agency"))), tr(tc(f"<w:p>{run}</w:p>"), tc(p("Po\u00adlice"))), cols=2)
    (table,) = read(make_docx(body)).tables
    assert grid(table) == [["Action", "Agency"], ["Safeguarding lead", "Police"]]


def test_the_text_under_a_heading_over_the_tables_heading_is_kept_with_the_table() -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Action plan", level=1)
    document.add_heading("Recommendation 1", level=2)
    document.add_paragraph("The police to record the relationship at every incident.")
    for heading in ("Action 1.1", "Action 1.2"):
        document.add_heading(heading, level=3)
        document.add_table(rows=2, cols=2).cell(0, 0).text = "Action"
    buf = io.BytesIO()
    document.save(buf)
    first, second = read(buf.getvalue()).tables
    assert (first.heading, first.outer_heading, first.outer_intro) == (
        "Action 1.1", "Recommendation 1", "The police to record the relationship at every incident.")
    assert (second.heading, second.outer_heading, second.outer_intro) == ("Action 1.2", "Recommendation 1", "")
