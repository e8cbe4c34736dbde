"""Footnote markers are no part of a recommendation's text; the notes they cite are kept as residue."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from dhr_extract.extract.html import read_html
from dhr_extract.extract.pdf.footnotes import may_open_note, page_footnotes, without_markers
from dhr_extract.model import Footnote
from dhr_extract.normalise.records import document_to_dataset
from tests.test_extract_docx import W, make_docx, read, tc, tr, tbl
from tests.test_normalise import document, table

# --------------------------------------------------------------------- PDF characters


def char(text: str, x0: float, bottom: float, size: float = 10.0) -> dict:
    """A character as the PDF reader's records give it: ``size`` points, its baseline at ``bottom``."""
    return {"text": text, "x0": x0, "x1": x0 + size * 0.5, "top": bottom - size, "bottom": bottom,
            "doctop": bottom - size, "size": size, "upright": True, "fontname": "Arial"}


def typeset(text: str, x0: float, bottom: float, size: float = 10.0) -> list[dict]:
    return [char(ch, x0 + i * size * 0.5, bottom, size) for i, ch in enumerate(text)]


def text_of(chars: list[dict]) -> str:
    return "".join(c["text"] for c in chars)


def test_a_small_raised_number_after_a_word_is_a_marker_and_dropped() -> None:
    line = typeset("to the MARAC.", 50, 100)
    marker = char("1", line[-1]["x1"], 96, size=6)  # 6 pt, its baseline 4 pt up
    after = typeset(" Staff", marker["x1"], 100)
    assert text_of(without_markers([*line, marker, *after])) == "to the MARAC. Staff"


def test_digits_of_the_texts_own_size_on_its_baseline_stay() -> None:
    for text in ("within 28 days", "Section 11", "R2", "MARAC.1"):
        chars = typeset(text, 50, 100)
        assert text_of(without_markers(chars)) == text


def test_a_small_number_on_the_baseline_is_no_marker() -> None:
    line = typeset("Section", 50, 100)
    small = char("2", line[-1]["x1"], 100, size=6)  # small type, but not raised
    assert text_of(without_markers([*line, small])) == "Section2"


def test_notes_are_small_lines_opening_with_a_marker() -> None:
    body = [*typeset("Police to refer to the MARAC.", 50, 100), *typeset("Action plan", 50, 140)]
    first = [char("¹", 50, 780, size=8), *typeset(" Multi-Agency Risk", 56, 780, size=8)]
    wrapped = typeset("Assessment Conference.", 56, 790, size=8)
    second = [char("2", 50, 797, size=5), *typeset("See paragraph 7.14.", 56, 800, size=8)]
    footer = typeset("Page 1 of 2", 50, 830)
    assert page_footnotes([*body, *first, *wrapped, *second, *footer]) == [
        ("1", "Multi-Agency Risk Assessment Conference."), ("2", "See paragraph 7.14.")]


def test_a_page_of_one_type_size_has_no_notes() -> None:
    assert page_footnotes([*typeset("1 Police to refer", 50, 100), *typeset("2 Council to act", 50, 120)]) == []


def test_a_page_without_a_small_digit_is_not_searched_for_notes() -> None:
    """A note opens with a digit no larger than ``note_size_ratio`` of the body type, which is at most
    the page's largest type: a page whose digits are all larger cannot hold a note."""
    heading = typeset("Action plan", 50, 60, size=14)
    assert not may_open_note([*heading, *typeset("R1 within 28 days", 50, 100, size=12.8)])  # 12.8 > 0.9 x 14
    assert may_open_note([*heading, *typeset("R1 within 28 days", 50, 100, size=12.6)])
    assert may_open_note([*heading, char("¹", 50, 780, size=8)])
    assert not may_open_note([])


# ------------------------------------------------------------------------------ DOCX

SUPERSCRIPT = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'


def run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def with_footnotes(data: bytes, notes: dict[str, str]) -> bytes:
    """The package with a ``word/footnotes.xml`` holding ``notes`` by id."""
    body = "".join(f'<w:footnote w:id="{i}"><w:p>{run(text)}</w:p></w:footnote>' for i, text in notes.items())
    src, buf = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("word/footnotes.xml", f'<w:footnotes xmlns:w="{W}">{body}</w:footnotes>')
    return buf.getvalue()


def test_docx_superscript_numbers_and_word_footnotes() -> None:
    cited = (f"<w:p>{run('Refer to the MARAC.')}{run('1', SUPERSCRIPT)}</w:p>",
             f'<w:p>{run("Attend the panel.")}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
             f'<w:footnoteReference w:id="7"/></w:r></w:p>',
             f"<w:p>{run('Review within 28 days, as 1')}{run('st', SUPERSCRIPT)}{run(' set out.')}</w:p>")
    body = tbl(tr(tc(f"<w:p>{run('Recommendation')}</w:p>")), *(tr(tc(c)) for c in cited), cols=1)
    doc = read(with_footnotes(make_docx(body), {"7": "A panel of the partnership."}))
    assert [r.cells[0].text for r in doc.tables[0].rows[1:]] == [
        "Refer to the MARAC.", "Attend the panel.", "Review within 28 days, as 1st set out."]
    assert doc.footnotes == [Footnote("1", "A panel of the partnership.", table=0)]


# ------------------------------------------------------------------------- normalise


def test_notes_of_the_plans_pages_are_residue_with_their_marker() -> None:
    plan = table([["No.", "Recommendation", "Action"], ["1", "Refer to the MARAC.", "Add a pathway."]], page=2)
    doc = document(plan, fmt="pdf")
    doc.footnotes.extend([Footnote("1", "Multi-Agency Risk Assessment Conference.", page=2),
                          Footnote("4", "A note of the overview report.", page=9)])
    residue = document_to_dataset(doc).residue
    assert [(r.page, r.table, r.column_header, r.text, r.reason) for r in residue] == [
        (2, 0, "1", "Multi-Agency Risk Assessment Conference.", "footnote")]


# ------------------------------------------------------------------------------ HTML

FOOTNOTED_PAGE = b"""<html><body><h1>Plan</h1><table>
<tr><th>No.</th><th>Recommendation</th><th>Action</th></tr>
<tr><td>1</td><td>Refer victims to the MARAC.<sup>1</sup></td><td>Add a pathway within 28 days.</td></tr>
<tr><td>2</td><td>Attend every panel.<sup><a href="#fn2" id="r2">2</a></sup></td>
<td>Explain to the board.<a href="#footnote-3">[3]</a></td></tr>
<tr><td><a href="#rec3">3</a></td><td>Review Section 11.</td><td>Audit R2.</td></tr>
</table>
<p><sup>1</sup> Multi-Agency Risk Assessment Conference.</p>
<ol><li id="fn2">A panel of the partnership. <a href="#r2">&#8617;</a></li>
<li id="footnote-3">The Domestic Abuse Act 2021, section 1.</li></ol>
<h2 id="rec3">Recommendation 3</h2></body></html>"""


def test_html_sup_numbers_and_note_links_are_markers_and_their_notes_kept() -> None:
    doc = read_html(Path("plan.html"), FOOTNOTED_PAGE, "ab" * 32)
    # a link to a section that is no note ("#rec3") stays the number it shows
    assert [[c.text for c in r.cells] for r in doc.tables[0].rows[1:]] == [
        ["1", "Refer victims to the MARAC.", "Add a pathway within 28 days."],
        ["2", "Attend every panel.", "Explain to the board."],
        ["3", "Review Section 11.", "Audit R2."]]
    assert doc.footnotes == [Footnote("1", "Multi-Agency Risk Assessment Conference.", table=0),
                             Footnote("2", "A panel of the partnership.", table=0),
                             Footnote("3", "The Domestic Abuse Act 2021, section 1.", table=0)]
    residue = document_to_dataset(doc).residue
    assert [(r.table, r.column_header, r.reason) for r in residue] == [(1, "1", "footnote"), (1, "2", "footnote"),
                                                                        (1, "3", "footnote")]
