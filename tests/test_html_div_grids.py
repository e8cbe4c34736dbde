"""Plans laid out without ``<table>``: a CSS grid of ``<div>``s, ARIA table roles, ``display: table``
divs, read as the ``<table>`` they stand for (same rows, same row and column spans); page layout
grids (a sidebar, a nav bar, cards) are not tables."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.extract.html import read_html, text_to_soup
from dhr_extract.extract.html.css import RuleIndex, css_to_rules, element_style
from dhr_extract.extract.html.div_grids import auto_place, item_area, line_pair, template_to_column_count
from dhr_extract.model import RawDocument
from tests.test_html_subgrids import cells


def read(html: str) -> RawDocument:
    return read_html(Path("plan.html"), html.encode(), "ab" * 32)


def page(body: str, css: str = "") -> str:
    return f"<html><head><title>Plan</title><style>{css}</style></head><body>{body}</body></html>"


def divs(*texts: str, style: str = "") -> str:
    return "".join(f'<div style="{style}">{t}</div>' if style else f"<div>{t}</div>" for t in texts)


# ---- pure conversions ------------------------------------------------------------------------------

def test_template_to_column_count() -> None:
    assert template_to_column_count("repeat(6, 1fr)") == 6
    assert template_to_column_count("2.2em 3fr 3fr 1.6fr 1.2fr 3fr") == 6
    assert template_to_column_count("[start] minmax(4em, 1fr) repeat(2, 2fr 1fr) [end]") == 5
    assert template_to_column_count("repeat(auto-fill, minmax(200px, 1fr))") is None  # cards: the window decides
    assert template_to_column_count("none") is None


def test_line_pair_reads_numbers_spans_and_lines_from_the_end() -> None:
    assert line_pair("span 2", "auto", 7) == (None, 2)
    assert line_pair("2", "4", 7) == (1, 2)
    assert line_pair("1", "-1", 7) == (0, 6)  # 1 / -1 across six columns
    assert line_pair("3", "span 2", 7) == (2, 2)
    assert line_pair("span 2", "5", 7) == (2, 2)
    assert line_pair("auto", "auto", 7) == (None, 1)


def test_item_area_from_longhands_shorthand_and_grid_area() -> None:
    assert item_area({"grid-row": "span 2"}, 3) == (None, 2, None, 1)
    assert item_area({"grid-column": "1 / -1"}, 3) == (None, 1, 0, 3)
    assert item_area({"grid-area": "2 / 1 / 4 / 2"}, 3) == (1, 2, 0, 1)
    assert item_area({"grid-row-start": "2", "grid-row-end": "span 3"}, 3) == (1, 3, None, 1)


def test_auto_place_flows_around_row_spans_and_explicit_cells() -> None:
    # three columns: A spans two rows, B and C fill row 1, D lands beside A in row 2
    assert auto_place([(None, 2, None, 1), (None, 1, None, 1), (None, 1, None, 1), (None, 1, None, 1)], 3) == [
        (0, 0, 2, 1), (0, 1, 1, 1), (0, 2, 1, 1), (1, 1, 1, 1)]
    # an explicitly placed cell is placed first; auto items flow around it
    assert auto_place([(None, 1, None, 1), (0, 1, 1, 1), (None, 1, None, 1)], 2) == [
        (0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1)]
    # a full-width item starts a new row
    assert auto_place([(None, 1, None, 1), (None, 1, 0, 2), (None, 1, None, 1)], 2) == [
        (0, 0, 1, 1), (1, 0, 1, 2), (2, 0, 1, 1)]


def test_style_rules_by_class_id_and_child_selector() -> None:
    rules = RuleIndex(css_to_rules(".plan{display:grid} #p > div.th{background:#dce6f0} div p{color:red} "
                         "@media print{.plan{display:block}} @media (min-width: 40em){.wide{grid-column:span 2}}"))
    dom = text_to_soup('<div id="p" class="plan"><div class="th wide">No.</div></div>')
    outer = dom.find(id="p")
    inner = outer.find("div")
    assert element_style(outer, rules) == {"display": "grid"}  # the print block is not read
    assert element_style(inner, rules) == {"background": "#dce6f0", "grid-column": "span 2"}


# ---- CSS grid --------------------------------------------------------------------------------------

GRID_CSS = ".plan{display:grid;grid-template-columns:3em repeat(2, 2fr) 1fr}.plan>div.head{background:#e0e0e0}"


def test_css_grid_with_row_spans_and_a_full_width_section_row() -> None:
    body = ('<div class="plan">' + "".join(f'<div class="head">{h}</div>' for h in ("No", "Recommendation",
                                                                                     "Action", "Lead"))
            + '<div style="grid-column: 1 / -1">Theme 1: sharing information</div>'
            + divs("1", "Share referrals.", style="grid-row: span 2") + divs("Agree a protocol.", "Police",
                                                                              "Train staff.", "Council")
            + divs("2", "Audit files.", "Sample ten files.", "ICB") + "</div>")
    [table] = read(page(body, GRID_CSS)).tables
    assert cells(table) == [
        ["No", "Recommendation", "Action", "Lead"],
        ["Theme 1: sharing information", "^l", "^l", "^l"],
        ["1", "Share referrals.", "Agree a protocol.", "Police"],
        ["^a", "^a", "Train staff.", "Council"],
        ["2", "Audit files.", "Sample ten files.", "ICB"],
    ]
    assert [c.fill for c in table.rows[0].cells] == ["#e0e0e0"] * 4


def test_css_grid_with_explicit_lines_and_row_wrappers_as_display_contents() -> None:
    # rows wrapped in role="row" elements that do not box (display: contents); the rec spans rows 2 to 4
    css = ".g{display:grid;grid-template-columns:1fr 1fr 1fr}.r{display:contents}"
    body = ('<div class="g" role="table"><div class="r" role="row">' + divs("Rec", "Action", "Lead") + "</div>"
            '<div class="r" role="row"><div style="grid-row: 2 / 4; grid-column: 1">Train staff.</div>'
            + divs("Book a course.", "Police") + '</div><div class="r" role="row">' + divs("Run it.", "Police")
            + "</div></div>")
    [table] = read(page(body, css)).tables
    assert cells(table) == [["Rec", "Action", "Lead"], ["Train staff.", "Book a course.", "Police"],
                            ["^a", "Run it.", "Police"]]


GRID_PLAN = """<h1>Ashby Community Safety Partnership: Domestic Homicide Review "Anna" action plan</h1>
<p>Updated March 2025.</p>
<div class="actions">
<div class="h">Rec</div><div class="h">Recommendation</div><div class="h">Action</div>
<div class="h">Agency</div><div class="h">Deadline</div><div class="h">Update</div>
<div class="n" style="grid-row: span 2">1</div>
<div style="grid-row: span 2">Ashby Police to record the name of every child present at a domestic abuse incident.</div>
<div>Add a mandatory children field to the incident form.</div><div>Ashby Police</div><div>31/05/2025</div>
<div>Complete. The field went live in May.</div>
<div>Check a sample of forms every quarter.</div><div>Ashby Police</div><div>30/09/2025</div>
<div>Ongoing. First sample checked.</div>
<div class="n">2</div>
<div>Ashby GP practices to ask patients about domestic abuse when they report an injury.</div>
<div>Circulate a routine enquiry prompt to every practice.</div><div>Ashby ICB</div><div>31/07/2025</div>
<div>Not started.</div>
</div>"""
GRID_PLAN_CSS = ".actions{display:grid;grid-template-columns:minmax(3em,auto) 3fr 3fr 2fr 1fr 3fr}.h{font-weight:bold}"


def test_full_plan_laid_out_as_a_css_grid(tmp_path: Path) -> None:
    path = tmp_path / "grid_plan.html"
    path.write_text(page(GRID_PLAN, GRID_PLAN_CSS), encoding="utf-8")
    data = extract_document(path)
    assert data.reviews[0].status != "no_action_plan"
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Ashby Police to record the name of every child present at a domestic abuse incident."),
        ("2", "Ashby GP practices to ask patients about domestic abuse when they report an injury."),
    ]
    assert [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Add a mandatory children field to the incident form.", "Ashby Police", "31/05/2025"),
        ("1", "Check a sample of forms every quarter.", "Ashby Police", "30/09/2025"),
        ("2", "Circulate a routine enquiry prompt to every practice.", "Ashby ICB", "31/07/2025"),
    ]
    assert [p.progress_text for p in data.progress] == [
        "Complete. The field went live in May.", "Ongoing. First sample checked.", "Not started."]


# ---- ARIA roles and display: table -----------------------------------------------------------------

def test_aria_role_table_with_row_groups_headers_and_aria_rowspan() -> None:
    body = ('<div role="table" aria-label="Action plan"><div role="rowgroup"><div role="row">'
            '<span role="columnheader">Recommendation</span><span role="columnheader">Action</span>'
            '<span role="columnheader">Lead</span></div></div><div role="rowgroup">'
            '<div role="row"><span role="cell" aria-rowspan="2">Review closed cases.</span>'
            '<span role="cell">Set up a weekly review.</span><span role="cell">Police</span></div>'
            '<div role="row"><span role="cell">Report each quarter.</span><span role="cell">Police</span></div>'
            "</div></div>")
    [table] = read(page(body)).tables
    assert cells(table) == [["Recommendation", "Action", "Lead"],
                            ["Review closed cases.", "Set up a weekly review.", "Police"],
                            ["^a", "Report each quarter.", "Police"]]


def test_display_table_divs_with_a_header_group() -> None:
    css = (".t{display:table}.thead{display:table-header-group}.tr{display:table-row}"
           ".tr>div{display:table-cell}")
    body = ('<div class="t"><div class="thead"><div class="tr">' + divs("No.", "Recommendation", "Progress")
            + '</div></div><div class="tr">' + divs("1", "Train staff.", "Complete.") + '</div><div class="tr">'
            + divs("2", "Audit files.", "Not started.") + "</div></div>")
    [table] = read(page(body, css)).tables
    assert cells(table) == [["No.", "Recommendation", "Progress"], ["1", "Train staff.", "Complete."],
                            ["2", "Audit files.", "Not started."]]


# ---- nesting ---------------------------------------------------------------------------------------

def test_grid_of_actions_inside_a_table_cell_becomes_sub_rows() -> None:
    def actions(*rows: tuple[str, str]) -> str:
        return ('<div style="display:grid;grid-template-columns:2fr 1fr">' + divs("Action", "Lead")
                + "".join(divs(a, b) for a, b in rows) + "</div>")
    body = ("<table><tr><th>Rec</th><th>Recommendation</th><th>Actions</th></tr>"
            f"<tr><td>1</td><td>Train staff.</td><td>{actions(('Book a course.', 'Police'), ('Run it.', 'Police'))}"
            f"</td></tr><tr><td>2</td><td>Audit files.</td><td>{actions(('Sample ten.', 'ICB'))}</td></tr></table>")
    [table] = read(page(body)).tables
    assert cells(table) == [["Rec", "Recommendation", "Action", "Lead"],
                            ["1", "Train staff.", "Book a course.", "Police"],
                            ["^a", "^a", "Run it.", "Police"],
                            ["2", "Audit files.", "Sample ten.", "ICB"]]


def test_table_inside_a_grid_cell_is_a_table_of_its_own() -> None:
    inner = "<table><tr><th>Date</th><th>Update</th></tr><tr><td>May</td><td>Done.</td></tr></table>"
    body = ('<div style="display:grid;grid-template-columns:1fr 1fr">' + divs("Recommendation", "Progress")
            + divs("Train staff.", f"Summary below.{inner}") + divs("Audit files.", "Not started.") + "</div>")
    outer, nested = read(page(body)).tables
    assert cells(outer)[0] == ["Recommendation", "Progress"] and len(outer.rows) == 3
    assert cells(nested) == [["Date", "Update"], ["May", "Done."]] and nested.parent == outer.index


# ---- layout grids are not tables -------------------------------------------------------------------

NEWS_PAGE = """<div class="page"><header><a href="/">Ashby Council</a></header>
<nav><a href="/news">News</a> <a href="/bins">Bins</a> <a href="/council-tax">Council tax</a></nav>
<main><h1>New recycling centre opens</h1><p>The centre on Mill Lane opens on Monday. Residents can
bring garden waste, electricals and furniture.</p><p>The council recommends booking a slot online.</p></main>
<footer>© Ashby Council</footer></div>
<div class="links">""" + divs("Contact us", "Jobs", "Accessibility") + "</div>"
NEWS_CSS = (".page{display:grid;grid-template-columns:14em 1fr;grid-template-areas:'head head' 'nav main' 'foot foot'}"
            "header,footer{grid-column:1 / -1}.links{display:grid;grid-template-columns:repeat(3,1fr)}")


def test_news_page_with_a_sidebar_grid_has_no_tables_and_no_plan(tmp_path: Path) -> None:
    assert read(page(NEWS_PAGE, NEWS_CSS)).tables == []  # landmarks lay out a page; one row of links is no table
    path = tmp_path / "news.html"
    path.write_text(page(NEWS_PAGE, NEWS_CSS), encoding="utf-8")
    data = extract_document(path)
    assert (data.reviews[0].status, len(data.recommendations)) == ("no_action_plan", 0)


PLAN_TABLE = ("<table><tr><th>No</th><th>Recommendation</th><th>Action</th><th>Lead</th><th>Target date</th></tr>"
              "<tr><td>1</td><td>Police to record children present at incidents.</td><td>Add a children field."
              "</td><td>Police</td><td>31/05/2025</td></tr><tr><td>2</td><td>GPs to ask about domestic abuse.</td>"
              "<td>Circulate a prompt.</td><td>ICB</td><td>31/07/2025</td></tr><tr><td>3</td><td>Council to share "
              "risk assessments.</td><td>Agree a procedure.</td><td>Council</td><td>30/09/2025</td></tr></table>")


def test_plan_table_inside_a_sidebar_layout_grid_is_still_the_plan(tmp_path: Path) -> None:
    # the grid frames the page (the plan table in its cell is longer than it): read as body, as a
    # <table> page frame is, and the plan table in it is the plan
    body = ('<div class="wrap"><div><a href="/">Home</a> <a href="/news">News</a></div>'
            f'<div><p>Domestic Homicide Review "Anna": action plan</p>{PLAN_TABLE}</div>'
            '<div class="foot">Ashby Council</div></div>')
    path = tmp_path / "framed.html"
    path.write_text(page(body, ".wrap{display:grid;grid-template-columns:12em 1fr}.foot{grid-column:1/-1}"))
    data = extract_document(path)
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Police to record children present at incidents."), ("2", "GPs to ask about domestic abuse."),
        ("3", "Council to share risk assessments.")]
    assert [(a.action_text, a.agency) for a in data.actions] == [
        ("Add a children field.", "Police"), ("Circulate a prompt.", "ICB"), ("Agree a procedure.", "Council")]


def test_plain_div_layout_with_headings_and_card_grids_are_not_tables() -> None:
    sidebar = ('<div style="display:grid;grid-template-columns:12em 1fr">' + divs("Menu", "<h1>Our services</h1>")
               + divs("Links", "<h2>Housing</h2><p>Apply for housing.</p>") + "</div>")
    cards = ('<div style="display:grid;grid-template-columns:repeat(auto-fill, minmax(12em, 1fr))">'
             + divs("Bins", "Parking", "Libraries", "Schools") + "</div>")
    assert read(page(sidebar + cards)).tables == []


def test_grid_flowing_down_its_columns_is_left_as_text() -> None:
    body = ('<div style="display:grid;grid-template-columns:1fr 1fr;grid-auto-flow:column">'
            + divs("Recommendation", "Train staff.", "Progress", "Complete.") + "</div>")
    doc = read(page(body))
    assert doc.tables == [] and "Train staff." in doc.text_lines


def test_grids_wider_than_any_plan_or_spans_past_the_items_are_bounded() -> None:
    wide = '<div style="display:grid;grid-template-columns:repeat(5000, 1fr)">' + divs(*"abcdef") + "</div>"
    assert read(page(wide)).tables == []
    tall = ('<div style="display:grid;grid-template-columns:1fr 1fr">' + divs("a", style="grid-row: span 100000")
            + divs("b", "c", "d") + "</div>")
    assert cells(read(page(tall)).tables[0]) == [["a", "b"], ["^a", "c"], ["^a", "d"]]
    print_only = '<style media="print">.g{display:grid;grid-template-columns:1fr 1fr}</style>'
    assert read(page(print_only + '<div class="g">' + divs(*"abcd") + "</div>")).tables == []


def test_table_looking_css_on_real_table_elements_changes_nothing() -> None:
    html = page("<table><thead><tr><th>A</th><th>B</th></tr></thead><tr><td>1</td><td>2</td></tr></table>",
                "thead{display:table-header-group}tr{display:table-row}")
    [table] = read(html).tables
    assert cells(table) == [["A", "B"], ["1", "2"]]
