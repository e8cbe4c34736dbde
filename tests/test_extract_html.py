"""HTML parser: exact grids from small inline pages."""
from __future__ import annotations

import logging

from pathlib import Path

import pytest

from dhr_extract.extract.html import bytes_to_text, read_html
from dhr_extract.model import ExtractError, ParseNote, WarningCode

DEV_HTML = Path("/work/shared/corpus/dev/nuneaton_dhr1.html")


def read(data: bytes | str):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return read_html(Path("plan.html"), data, "sha")


def grid(table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


def spans(table) -> list[list[str]]:
    return [[c.span for c in r.cells] for r in table.rows]


def test_rowspan_and_colspan_together():
    doc = read("""<html><head><title>Plan</title></head><body>
    <h2>Action plan</h2>
    <table>
      <thead><tr><th>Rec</th><th>Agency</th><th>Action</th><th>Date</th></tr></thead>
      <tbody>
        <tr><td colspan="4"><strong>Warwickshire Police</strong></td></tr>
        <tr><td rowspan="3" colspan="2">1. All agencies</td><td>Review</td><td>May</td></tr>
        <tr><td>Train</td><td rowspan="0">June</td></tr>
        <tr><td>Audit</td></tr>
        <tr><td colspan="0">zero colspan</td><td colspan="x">bad</td><td rowspan="-2">neg</td></tr>
      </tbody>
      <tfoot><tr><td>foot</td><td rowspan="5">clipped to its group</td></tr></tfoot>
    </table></body></html>""")
    assert doc.format == "html" and doc.n_pages is None and doc.sha256 == "sha" and doc.source_file == "plan.html"
    (table,) = doc.tables
    assert table.heading == "Action plan" and table.strategy == "html"
    assert grid(table) == [
        ["Rec", "Agency", "Action", "Date"],
        ["Warwickshire Police", "", "", ""],
        ["1. All agencies", "", "Review", "May"],
        ["", "", "Train", "June"],
        ["", "", "Audit", ""],
        ["zero colspan", "bad", "neg", ""],  # rowspan=0 ran to the end of the tbody
        ["foot", "clipped to its group", "", ""],
    ]
    assert spans(table) == [
        ["", "", "", ""],
        ["", "left", "left", "left"],
        ["", "left", "", ""],
        ["above", "above", "", ""],
        ["above", "above", "", "above"],
        ["", "", "", "above"],
        ["", "", "", ""],
    ]


def test_cell_text_breaks_lists_and_entities():
    doc = read("""<table><tr><td>
      <p>First&nbsp;&nbsp;paragraph
         wrapped in source</p><p>Second</p>line one<br>line two<br/><div>in a div</div>
      <ul><li>bullet one</li><li><p>bullet in p</p></li><li></li></ul>
      <ol><li>one</li><li>two<ul><li>nested</li></ul></li></ol>
      <ol start="3" type="a"><li>c item</li><li value="7">g item</li></ol>
      <ol type="I"><li>roman</li></ol>
      <script>var x = "<p>no</p>";</script><style>p {color: red}</style>
      <span style="display:none">hidden</span>31<sup>st</sup> May
    </td><td>&#8226;already bulleted<br>&amp; more</td></tr></table>""")
    assert grid(doc.tables[0]) == [[
        "First paragraph wrapped in source\nSecond\nline one\nline two\nin a div\n"
        "• bullet one\n• bullet in p\n1. one\n2. two\n• nested\nc. c item\ng. g item\nI. roman\n31st May",
        "• already bulleted\n& more",
    ]]


def test_cp1252_without_charset():
    data = (b"<html><body><table><tr><td>Police \x96 it\x92s \x93done\x94 \x80 5</td>"
            b"<td>caf\xe9 \x81</td></tr></table></body></html>")
    doc = read(data)
    assert grid(doc.tables[0]) == [["Police \u2013 it\u2019s \u201cdone\u201d \u20ac 5", "caf\u00e9"]]
    assert doc.warnings == [ParseNote(WarningCode.UNDECLARED_CHARSET, "no usable charset declared: decoded as cp1252")]


def test_meta_charset_and_bom():
    cyrillic = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'></head>" \
               "<body><table><tr><td>Привет</td></tr></table></body></html>"
    koi8 = read(cyrillic.encode("koi8-r"))
    assert grid(koi8.tables[0]) == [["Привет"]] and koi8.warnings == []
    latin = b"<meta charset='ISO-8859-1'><table><tr><td>\x96 caf\xe9</td></tr></table>"
    assert grid(read(latin).tables[0]) == [["\u2013 caf\u00e9"]]  # latin-1 labels mean windows-1252
    wrong = b"<meta charset='utf-8'><table><tr><td>it\x92s</td></tr></table>"  # declared utf-8, is cp1252
    assert grid(read(wrong).tables[0]) == [["it\u2019s"]]
    utf16 = "\ufeff<table><tr><td>Ünïcode – ok</td></tr></table>".encode("utf-16-le")
    assert grid(read(utf16).tables[0]) == [["Ünïcode – ok"]]
    assert bytes_to_text("\ufeffx".encode("utf-8")) == ("x", "utf-8")


def test_nested_table_belongs_to_parent_cell_and_tables_in_order():
    doc = read("""<html><head><title>  Nuneaton
      DHR </title></head><body>
    <p>Intro text</p>
    <p><b>Theme 1 – Processes</b></p>
    <table><tr><td>Rec</td><td>Progress</td></tr>
      <tr><td>1. Do it</td><td>History:<table><tr><td>Jan 2022</td><td>Done</td></tr>
                                             <tr><td>Feb 2022</td><td>Started</td></tr></table></td></tr></table>
    <p>Between <strong>the</strong> tables</p>
    <table><caption>Glossary</caption><tr><th>Term</th><th>Meaning</th></tr></table>
    <table><tr><td>third</td></tr></table>
    </body></html>""")
    assert [grid(t) for t in doc.tables] == [
        [["Rec", "Progress"], ["1. Do it", "History:\nJan 2022 Done\nFeb 2022 Started"]],
        [["Jan 2022", "Done"], ["Feb 2022", "Started"]],  # also a table of its own, inside table 0
        [["Term", "Meaning"]],
        [["third"]],
    ]
    assert [t.index for t in doc.tables] == [0, 1, 2, 3]
    assert [t.parent for t in doc.tables] == [None, 0, None, None]
    assert [t.heading for t in doc.tables] == ["Theme 1 – Processes", "Theme 1 – Processes", "Glossary",
                                               "Theme 1 – Processes"]
    assert doc.text_lines == ["Nuneaton DHR", "Intro text", "Theme 1 – Processes", "Between the tables"]


def test_layout_wrapper_table_is_unwrapped():
    doc = read("""<table><tr><td><h3>Police</h3>
      <table><tr><td>a</td><td>b</td></tr></table></td></tr></table>""")
    assert [grid(t) for t in doc.tables] == [[["a", "b"]]]
    assert doc.tables[0].heading == "Police"


def test_short_rows_padded_and_no_tables():
    doc = read("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr><tr></tr></table>")
    assert grid(doc.tables[0]) == [["a", "b", "c"], ["d", "", ""], ["", "", ""]]
    assert read(b"\x00\xff\xfe garbage <p>text</p>").tables == []
    assert read(b"").tables == []


def test_not_html():
    with pytest.raises(ExtractError) as info:
        read(b"PK\x03\x04rest of a docx")
    assert info.value.error_type == "not_html"


@pytest.mark.skipif(not DEV_HTML.exists(), reason="dev corpus not available")
def test_dev_document():
    doc = read_html(DEV_HTML, DEV_HTML.read_bytes(), "sha")
    assert doc.text_lines[:3] == ["Nuneaton Domestic Homicide Review (DHR1) Agency Action Plan"] * 2 + [
        "FINAL DOCUMENT ALL ACTIONS COMPLETE – NABSCOP 24th August 2017"]
    (table,) = doc.tables
    assert len(table.rows) == 80 and table.n_cols == 6
    sections = [r for r in table.rows if [c.span for c in r.cells] == ["", "left", "left", "left", "left", "left"]]
    assert len(sections) == 10 and sections[0].texts[0] == "Safer Warwickshire Partnership Board"
    assert table.rows[2].texts[0].split("\n")[1].startswith("a. Clear, written policies")


def test_cell_shading_is_kept_as_fill() -> None:
    from dhr_extract.extract.html import read_html

    page = (b"<table><tr><td>RAG</td><td bgcolor='#FF0000'></td>"
            b"<td style='color: black; background-color: rgb(0, 176, 80)'></td><td style='background:#fff'></td>"
            b"</tr></table>")
    doc = read_html(Path("shaded.html"), page, "0" * 64)
    assert [c.fill for c in doc.tables[0].rows[0].cells] == ["", "#ff0000", "#00b050", ""]


# Each action's RAG shown only as the colour of its cell's thick left border (a class in the style
# sheet draws the border, the cell's own style colours it).
LEFT_BARS = """<style>td{border-bottom:1px solid #bbb} td.rag{border-left:6px solid}</style>
<table><tr><th>No.</th><th>Recommendation</th><th>Action</th><th>Progress</th></tr>
<tr><td>1</td><td>Police to flag the address.</td><td class="rag" style="border-left-color:#2e8b3d">Add a marker.</td>
<td>Marker added.</td></tr>
<tr><td>2</td><td>ICB to follow up patients.</td><td class="rag" style="border-left-color:#c8102e">Set up a task.</td>
<td>Nothing yet.</td></tr>
<tr><td>3</td><td>Council to ask tenants.</td><td style="border-left:1px solid #c8102e">Add a question.</td>
<td>Drafted.</td></tr></table>"""


def test_a_thick_coloured_left_border_is_the_cell_s_bar() -> None:
    (table,) = read(LEFT_BARS).tables
    assert [[c.bar for c in r.cells] for r in table.rows] == [
        ["", "", "", ""], ["", "", "#2e8b3d", ""], ["", "", "#c8102e", ""], ["", "", "", ""]]  # a 1px rule is no bar


@pytest.mark.parametrize("style, colour", [
    ({"border-left": "6px solid", "border-left-color": "#2e8b3d"}, "#2e8b3d"),
    ({"border": "1px solid #bbb", "border-left": "4.5pt solid #f0a30a"}, "#f0a30a"),
    ({"border-left": "thick solid red"}, "#ff0000"),
    ({"border-left": "1px solid #c8102e"}, ""),  # a rule
    ({"border-left-color": "#2e8b3d"}, ""),  # no style: nothing drawn
    ({"border-left": "6px none #2e8b3d"}, ""),
])
def test_left_bar_colour_from_a_cell_s_style(style: dict[str, str], colour: str) -> None:
    from dhr_extract.extract.html.grid import left_bar_colour

    assert left_bar_colour(style) == colour


def test_a_coloured_left_bar_is_the_action_s_rag() -> None:
    from dhr_extract.normalise.records import document_to_dataset

    data = document_to_dataset(read(LEFT_BARS))
    assert [p.rag for p in data.progress] == ["Green", "Red", ""]


# A table's notes in a <tfoot> written before its <tbody> (as HTML 4 asked): spanning rows.
FOOT_FIRST = """<table><thead><tr><th>Ref</th><th>Recommendation</th><th>Action</th><th>Lead agency</th></tr></thead>
<tfoot><tr><td colspan="4">Progress as reported to the board on 16 October 2025.</td></tr>
<tr><td colspan="4">IDVA – Independent Domestic Violence Adviser.</td></tr></tfoot>
<tbody><tr><td>1</td><td>Police to flag the address.</td><td>Add a marker.</td><td>Police</td></tr>
<tr><td>2</td><td>ICB to follow up patients.</td><td>Set up a task.</td><td>ICB</td></tr></tbody></table>"""


def test_a_tfoot_written_before_the_tbody_is_read_at_the_table_s_end() -> None:
    (table,) = read(FOOT_FIRST).tables
    assert grid(table) == [
        ["Ref", "Recommendation", "Action", "Lead agency"],
        ["1", "Police to flag the address.", "Add a marker.", "Police"],
        ["2", "ICB to follow up patients.", "Set up a task.", "ICB"],
        ["Progress as reported to the board on 16 October 2025.", "", "", ""],
        ["IDVA – Independent Domestic Violence Adviser.", "", "", ""],
    ]


def test_a_table_s_foot_notes_are_no_section_heading_or_owner() -> None:
    from dhr_extract.normalise.records import document_to_dataset

    data = document_to_dataset(read(FOOT_FIRST))
    assert [(r.rec_label, r.owner) for r in data.recommendations] == [("1", ""), ("2", "")]
    assert [a.agency for a in data.actions] == ["Police", "ICB"]
    assert [(r.text, r.reason) for r in data.residue] == [
        ("Progress as reported to the board on 16 October 2025.", "guidance_row"),
        ("IDVA – Independent Domestic Violence Adviser.", "guidance_row")]


# A heading-like element heads the table inside or after it, whatever its style: an accordion
# section's <summary>, a <dt>, role="heading", a table's <caption>, a bold line alone before a table.
FOLDED_SECTIONS = """<h1>Safeguarding board – review of actions</h1>
<details open><summary>Priority A: Share records with the school nurse.</summary>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Agree a sharing protocol.</td><td>Health</td></tr></table>
</details>
<details><summary>Priority B: Train reception staff.</summary>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Book two sessions.</td><td>Surgery</td></tr></table>
</details>
<dl><dt>Priority C: Review the referral form.</dt><dd>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Redraft it.</td><td>Council</td></tr></table></dd></dl>
<div role="heading" aria-level="3">Priority D: Audit cases.</div>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Pick ten cases.</td><td>Board</td></tr></table>
<div><strong>Priority E: Publish the learning.</strong><br>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Write a briefing.</td><td>Board</td></tr></table></div>
<p>Mixed <strong>bold</strong> words in a paragraph</p>
<table><tr><th>Step</th><th>Owner</th></tr><tr><td>Tidy up.</td><td>Board</td></tr></table>
"""


def test_heading_like_elements_head_the_table_inside_or_after_them():
    doc = read(FOLDED_SECTIONS)
    assert [t.heading for t in doc.tables] == [
        "Priority A: Share records with the school nurse.", "Priority B: Train reception staff.",
        "Priority C: Review the referral form.", "Priority D: Audit cases.", "Priority E: Publish the learning.",
        "Priority E: Publish the learning.",  # a bold word inside a sentence heads nothing
    ]
    assert [grid(t)[1] for t in doc.tables][:2] == [["Agree a sharing protocol.", "Health"],
                                                     ["Book two sessions.", "Surgery"]]


def test_a_summary_labelled_recommendation_heads_its_own_actions_table():
    from dhr_extract.normalise.records import document_to_dataset
    sections = "".join(
        f"<details open><summary>Recommendation {n}: {text}</summary><table>"
        "<tr><th>Action</th><th>Who</th><th>By when</th><th>Progress</th></tr>"
        f"<tr><td>{action}</td><td>{who}</td><td>31/03/2026</td><td>Not started.</td></tr></table></details>"
        for n, text, action, who in [(1, "Improve triage of calls.", "Rewrite the call script.", "Police"),
                                     (2, "Record abuse in GP notes.", "Add a coding prompt.", "ICB")])
    data = document_to_dataset(read(f"<h1>Review action plan</h1>{sections}"))
    assert [(r.rec_label, r.rec_text) for r in data.recommendations] == [
        ("Recommendation 1:", "Improve triage of calls."), ("Recommendation 2:", "Record abuse in GP notes.")]
    texts = {r.rec_id: r.rec_label for r in data.recommendations}
    assert [(texts[a.rec_id], a.action_text, a.agency) for a in data.actions] == [
        ("Recommendation 1:", "Rewrite the call script.", "Police"), ("Recommendation 2:", "Add a coding prompt.", "ICB")]


def test_struck_through_progress_entries_are_superseded_and_dropped() -> None:
    doc = read("""<table><tr><th>Action</th><th>Progress</th></tr>
    <tr><td>Amend the procedure</td><td><strong>Complete.</strong><br><del>03/03/2025: Amendment drafted.</del><br>
    <s>1 April: Sign-off planned.</s> <strike>2 April</strike><br>
    <span style="color:grey; text-decoration: line-through">10 May: Delayed.</span><br>
    18/06/2025: Procedure <span style="text-decoration:underline">published</span>.</td></tr></table>""")
    assert grid(doc.tables[0]) == [["Action", "Progress"],
                                   ["Amend the procedure", "Complete.\n18/06/2025: Procedure published."]]


def test_progress_entries_a_style_sheet_strikes_through_are_superseded_and_dropped() -> None:
    doc = read("""<style>.old, td .was { text-decoration: line-through grey } p.kept { text-decoration: none }
    .note { text-decoration: underline }</style>
    <table><tr><th>Action</th><th>Progress</th></tr>
    <tr><td>Amend the procedure</td><td><p>Complete.</p><p class="old">03/03/2025: Amendment drafted.</p>
    <p><span class="was">1 April:</span> <span class="note">Published</span>.</p>
    <p class="old" style="text-decoration: none">18/06/2025: Signed off.</p></td></tr></table>""")
    assert grid(doc.tables[0]) == [["Action", "Progress"],
                                   ["Amend the procedure", "Complete.\nPublished.\n18/06/2025: Signed off."]]


def test_soft_hyphens_are_no_part_of_the_words_they_may_break() -> None:
    doc = read("""<title>Action plan for Brack&shy;enholt</title><table><tr><th>Action</th><th>Lead</th></tr>
    <tr><td>Commis&shy;sion the train&shy;ing<!-- re&shy;view --></td><td>Brackenholt Bor&shy;ough Council</td></tr>
    </table>""")
    assert grid(doc.tables[0]) == [["Action", "Lead"], ["Commission the training", "Brackenholt Borough Council"]]
    assert doc.text_lines[0] == "Action plan for Brackenholt"


def test_a_cell_struck_through_as_a_whole_is_kept(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        doc = read("""<table><tr><th>Action</th><th>Agency</th></tr>
        <tr><td><del>Withdrawn action</del></td><td>Police</td></tr></table>""")
    assert grid(doc.tables[0]) == [["Action", "Agency"], ["Withdrawn action", "Police"]]
    assert "every word of a table cell is struck through" in caplog.text


def test_the_text_under_a_heading_over_the_tables_heading_is_kept_with_the_table():
    doc = read("""<html><body><h1>Action plan</h1>
    <h2>Recommendation 1</h2><p>The police to record the relationship</p><p>at every incident.</p>
    <h3>Action 1.1</h3><table><tr><td>Action</td><td>Audit records.</td></tr></table>
    <h3>Action 1.2</h3><table><tr><td>Action</td><td>Train officers.</td></tr></table>
    </body></html>""")
    first, second = doc.tables
    assert (first.heading, first.outer_heading, first.outer_intro) == (
        "Action 1.1", "Recommendation 1", "The police to record the relationship\nat every incident.")
    assert (second.heading, second.outer_heading, second.outer_intro) == ("Action 1.2", "Recommendation 1", "")


def test_text_a_style_sheet_clips_to_nothing_for_screen_readers_is_left_out():
    doc = read("""<html><head><style>.sr{position:absolute!important;width:1px;height:1px;overflow:hidden;
    clip:rect(0 0 0 0)!important}.gone{clip-path:inset(50%)}.note{clip:rect(0, 5px, 5px, 0)}</style></head><body>
    <table><tr><th>Action</th><th>Status</th></tr>
    <tr><td><span class="sr">Action for recommendation 1: </span>Audit the files.</td>
    <td><span class="gone">Status: </span>COMPLETE <span class="note">(see note)</span></td></tr></table></body></html>""")
    assert grid(doc.tables[0])[1] == ["Audit the files.", "COMPLETE (see note)"]


def test_a_saved_forms_fields_read_as_what_they_show():
    doc = read("""<html><body><form><table><tr><th>Action</th><th>Status</th><th>Update</th><th>Done</th></tr>
    <tr><td>Audit the files.</td><td><select disabled><option>Not started</option><option selected>Complete
    </option></select></td><td><textarea>Twenty files audited.</textarea></td><td><input type="checkbox" checked></td></tr>
    <tr><td>Train staff.</td><td><select><option>Not started</option><option>Complete</option></select></td>
    <td><input type="text" value=" Sessions  booked "></td><td><button>Save</button></td></tr>
    </table></form></body></html>""")
    assert grid(doc.tables[0])[1:] == [["Audit the files.", "Complete", "Twenty files audited.", ""],
                                       ["Train staff.", "Not started", "Sessions booked", ""]]


def test_an_icon_in_a_cell_reads_as_its_text_alternative():
    doc = read("""<html><body><p><img src="logo.png" alt="Borough Council logo"> Action plan</p>
    <table><tr><th>Action</th><th>Status</th></tr>
    <tr><td>Audit the files.</td><td><img src="tick.svg" alt="Complete"></td></tr>
    <tr><td>Train staff.<img src="spacer.gif" alt=""></td><td><img src="clock.svg" alt=" In  progress "></td></tr>
    </table></body></html>""")
    assert grid(doc.tables[0])[1:] == [["Audit the files.", "Complete"], ["Train staff.", "In progress"]]
    assert "Borough Council logo" not in " ".join(doc.text_lines)  # outside a table an image names no text
