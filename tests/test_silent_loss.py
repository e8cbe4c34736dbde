"""Nothing read disappears silently, and no plan wording is mistaken for structure.

Each test is named after the problem it guards against.  Plans are built on the fly (DOCX with
python-docx through ``make_docx``, HTML as text) so that every row kind can be put in one document.
"""
from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from dhr_extract.api import extract_document
from dhr_extract.model import Dataset
from dhr_extract.normalise.labels import split_agency_prefix, split_label
from dhr_extract.normalise.records import document_to_dataset
from tests.test_bad_inputs import make_docx, write
from tests.test_normalise import document, table

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TOKEN = re.compile(r"\w+")
HEADER = ["Recommendation", "Action", "Lead agency", "Target date", "Progress", "Notes for panel"]


def output_words(dataset: Dataset) -> set[str]:
    """Every word of every text the dataset holds (records, residue, warnings)."""
    words: set[str] = set()
    for table_field in dataclasses.fields(dataset):
        for record in getattr(dataset, table_field.name):
            for value in vars(record).values():
                if isinstance(value, str):
                    words.update(TOKEN.findall(value.lower()))
    return words


def lost_words(rows: list[list[str]], dataset: Dataset) -> list[str]:
    """Words of the given (non-header) rows that reach no output table."""
    found = output_words(dataset)
    return sorted({w for row in rows for cell in row for w in TOKEN.findall(cell.lower())} - found)


# ------------------------------------------------------------------ 1. nothing read disappears

def test_action_numbered_first_row_is_not_lost(tmp_path: Path) -> None:
    """A first row whose cells say "Action 1: ..." and "Update: ..." is data, not a second header row."""
    rows = [HEADER[:5],
            ["1. Train all staff in coercive control", "Action 1: Deliver DASH training to staff",
             "Police", "March 2021", "Update: training delivered to 80 officers"],
            ["2. Review the referral policy", "Action 2: Update the policy", "Council", "April 2021", "In progress"]]
    data = extract_document(write(tmp_path / "plan.docx", make_docx([rows])))
    assert [r.rec_number for r in data.recommendations] == ["1", "2"]
    assert [a.action_text for a in data.actions] == ["Action 1: Deliver DASH training to staff",
                                                      "Action 2: Update the policy"]
    assert data.progress[0].progress_text == "Update: training delivered to 80 officers"
    assert data.reviews[0].status == "ok" and not data.residue


# Every kind of row a plan table has, in one table; the words of each must reach an output table.
ROW_KINDS: list[tuple[str, list[str]]] = [
    ("title row above the header", ["Action plan for the review of Quentin", "", "", "", "", ""]),
    ("header", HEADER),
    ("guidance row", ["What is the recommendation?", "How will it be achieved?", "Who?", "When?",
                      "What has been done?", ""]),
    ("section with no record under it", ["Ambulance trust", "", "", "", "", ""]),
    ("section", ["Police", "", "", "", "", ""]),
    ("labelled recommendation, numbered action, update",
     ["1. Train staff on coercive control", "Action 1: Deliver training", "Police Force Alpha", "March 2021",
      "Update: delivered to sergeants", "Chair to chase"]),
    ("action row", ["", "Step 2: Audit case files", "Police Force Alpha", "June 2021", "Audit underway", ""]),
    ("unlabelled recommendation text", ["Further quokka wording for the recommendation", "", "", "", "", ""]),
    ("unmapped column only", ["", "", "", "", "", "Remember the wombat"]),
    ("header repeated", HEADER),
    ("four-digit label", ["R1000 Review the zebra crossing policy", "Part 3: Publish the review", "Council",
                          "2022", "Not started", ""]),
    ("lettered labels", ["2a. Share the kestrel protocol", "Brief the teams", "Health", "May 2022", "Done", ""]),
    ("lettered labels", ["2b. Audit the kestrel protocol", "Run the audit", "Health", "June 2022", "", ""]),
    ("section at the end", ["Closing theme of narwhals", "", "", "", "", ""]),
]
DATA_ROWS = [cells for kind, cells in ROW_KINDS if kind not in ("header", "header repeated")]


def html_plan(rows: list[list[str]]) -> str:
    """The rows as an HTML table; a row with one filled cell spans the table, as section rows do."""
    out = []
    for cells in rows:
        filled = [c for c in cells if c]
        if len(filled) == 1 and cells[0]:
            out.append(f"<tr><td colspan='{len(cells)}'><strong>{cells[0]}</strong></td></tr>")
        else:
            out.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f"<html><body><h1>Domestic Homicide Review</h1><table>{''.join(out)}</table></body></html>"


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_nothing_read_is_lost_for_any_row_kind(tmp_path: Path, fmt: str) -> None:
    rows = [cells for _, cells in ROW_KINDS]
    data = make_docx([rows]) if fmt == "docx" else html_plan(rows)
    dataset = extract_document(write(tmp_path / f"plan.{fmt}", data))
    assert dataset.recommendations, "no plan read"
    assert lost_words(DATA_ROWS, dataset) == []
    reasons = {r.reason for r in dataset.residue}
    assert {"above_header", "guidance_row", "empty_section", "unmapped_column"} <= reasons


@pytest.mark.parametrize("kind, cells", [(k, c) for k, c in ROW_KINDS if k not in ("header", "header repeated")],
                         ids=[k for k, _ in ROW_KINDS if k not in ("header", "header repeated")])
def test_each_row_kind_alone_under_a_header_is_kept(kind: str, cells: list[str]) -> None:
    """One row of each kind under a plain header (and a first recommendation): its words are kept."""
    first = ["1. Keep this plan", "Read it", "Police", "May 2021", "Done", ""]
    rows = [HEADER, first, cells] if kind != "title row above the header" else [cells, HEADER, first]
    dataset = document_to_dataset(document(table(rows)))
    assert lost_words([cells], dataset) == []


# ------------------------------------------------------------------ 2. numbered words are not agencies

def test_action_numbered_prefix_is_not_an_agency() -> None:
    for text in ("Action 1: Deliver training", "Step 2: Audit files", "Part 3: Publish", "Phase II: Review",
                 "Action 1.2: Brief staff", "Stage 4b: Report"):
        assert split_agency_prefix(text) == ("", text)
    # Agencies still are: acronyms, proper names, names in the agency table.
    assert split_agency_prefix("CWPT: Review the policy") == ("CWPT", "Review the policy")
    assert split_agency_prefix("Children's Services: Audit") == ("Children's Services", "Audit")
    plan = table([["Recommendation", "Action", "Lead agency"],
                  ["1. Train staff", "Action 1: Deliver training", "Police"],
                  ["", "POLICE: Brief officers", "Police"]])
    data = document_to_dataset(document(plan))
    assert [(a.agency, a.action_text) for a in data.actions] == [("Police", "Action 1: Deliver training"),
                                                                  ("Police", "Brief officers")]
    assert [w.code for w in data.warnings if w.code == "agency_prefix_differs"] == []


# ------------------------------------------------------------------ 3. labels of any length

def test_labels_of_four_digits_or_more_are_labels() -> None:
    assert split_label("R1000 Review the policy")[0].number == "1000"
    assert split_label("1000. Review the policy")[0].number == "1000"
    assert split_label("Recommendation 12345: Review")[0].number == "12345"
    # Years, dates and counts opening a sentence are not labels.
    for text in ("2021 saw a rise in referrals", "2014. The council agreed", "12.03.2021 The panel met",
                 "250 staff were trained", "1999 – the first review"):
        assert split_label(text) == (None, text)
    rows = [["Recommendation", "Action"]] + [[f"R{n} Review policy {n}", f"Do task {n}"] for n in range(998, 1003)]
    data = document_to_dataset(document(table(rows)))
    assert [r.rec_number for r in data.recommendations] == ["998", "999", "1000", "1001", "1002"]
    assert [r.rec_text for r in data.recommendations][2] == "Review policy 1000"
    assert not [w for w in data.warnings if w.code == "unlabelled_recommendation_text"]
    # A number that continues the plan's numbering is a label even where it could be a year.
    rows = [["Recommendation", "Action"]] + [[f"{n}. Review policy {n}", f"Do task {n}"] for n in range(1, 2031)]
    data = document_to_dataset(document(table(rows)))
    assert [r.rec_number for r in data.recommendations] == [str(n) for n in range(1, 2031)]


# ------------------------------------------------------------------ 5. recommendation headings over tables

def rec_headings_page(owner: str, label: str, title: str, paragraphs: list[str]) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<h2>{owner}</h2><h3>{label} – {title}</h3>{text}"
            "<table><tr><th>Action</th><th>Lead</th><th>By when</th></tr>"
            f"<tr><td>Act on {title.lower()}</td><td>{owner}</td><td>March 2022</td></tr></table>")


REC_HEADINGS = [("Borough Police", "Recommendation 1", "Repeat calls",
                 ["Borough Police to review repeat calls.", "And to report on them."]),
                ("Borough Council", "Recommendation 2", "Housing", ["Borough Council to offer a risk assessment."])]


def rec_headings_docx() -> bytes:
    """The same as a Word document: Heading 2 owners, Heading 3 recommendations, paragraphs, tables."""
    import io

    import docx

    document = docx.Document()
    document.add_heading("Domestic Homicide Review – action plan", level=1)
    document.add_paragraph("Intro to the page.")
    for owner, label, title, paragraphs in REC_HEADINGS:
        document.add_heading(owner, level=2)
        document.add_heading(f"{label} – {title}", level=3)
        for text in paragraphs:
            document.add_paragraph(text)
        rows = [["Action", "Lead", "By when"], [f"Act on {title.lower()}", owner, "March 2022"]]
        grid = document.add_table(rows=2, cols=3)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["html", "docx"])
def test_recommendation_heading_text_reaches_rec_text(tmp_path: Path, fmt: str) -> None:
    """Text between a recommendation heading and its table is the recommendation; the heading over it
    is its owner; the heading's short title is kept as residue."""
    page = ("<html><body><h1>Domestic Homicide Review – action plan</h1><p>Intro to the page.</p>"
            + "".join(rec_headings_page(*spec) for spec in REC_HEADINGS) + "</body></html>")
    data = extract_document(write(tmp_path / f"plan.{fmt}", page if fmt == "html" else rec_headings_docx()))
    assert [(r.rec_number, r.owner, r.rec_text) for r in data.recommendations] == [
        ("1", "Borough Police", "Borough Police to review repeat calls.\nAnd to report on them."),
        ("2", "Borough Council", "Borough Council to offer a risk assessment."),
    ]
    assert [(r.text, r.reason) for r in data.residue] == [("Repeat calls", "heading_title"),
                                                          ("Housing", "heading_title")]


def test_rec_headings_sample_has_full_text_and_owners() -> None:
    truth = json.loads((SAMPLES / "rec_headings_html.truth.json").read_text(encoding="utf-8"))
    data = extract_document(SAMPLES / "rec_headings_html.html")
    assert [(r.rec_number, r.owner, r.rec_text) for r in data.recommendations] == [
        (t["number"], t["owner"], t["text"]) for t in truth["recommendations"]]


# ------------------------------------------------------------------ 6. lettered numbers and gaps

def test_lettered_numbers_make_no_false_number_gap() -> None:
    def gaps(numbers: list[str]) -> list[str]:
        rows = [["Rec No.", "Recommendation", "Action"]] + [[n, f"Text {n}", f"Act {n}"] for n in numbers]
        data = document_to_dataset(document(table(rows)))
        return [w.message for w in data.warnings if w.code == "recommendation_number_gap"]

    assert gaps(["1", "2a", "2b", "3"]) == []
    assert gaps(["1", "2a", "2b", "4"]) == ["recommendation 4 follows 2"]
    assert gaps(["1", "3"]) == ["recommendation 3 follows 1"]


# ------------------------------------------------------------------ 7. plans inside layout tables

def layout_versions(sample: Path) -> tuple[str, str]:
    """The sample's page body laid out with divs, and the same laid out with tables (the plan inside a
    layout table's cell, beside a sidebar with its own small table, a footer table below)."""
    source = sample.read_text(encoding="utf-8")
    head, rest = re.split(r"<body[^>]*>", source, maxsplit=1)
    body = rest.split("</body>")[0]
    banner = "Borough Council | Home | Contact us"
    side = ("<h3>Related pages</h3><table><tr><td>Opening hours</td><td>9am to 5pm</td></tr>"
            "<tr><td>Telephone</td><td>01234 567890</td></tr></table>")
    footer = "<table><tr><td>© Borough Council</td><td>Privacy</td><td>Accessibility</td></tr></table>"
    divs = (f"{head}<body><div>{banner}</div><div class='main'>{body}</div><div class='side'>{side}</div>"
            f"{footer}</body></html>")
    tables = (f"{head}<body><table width='100%'><tr><td colspan='2'>{banner}</td></tr>"
              f"<tr><td valign='top'>{body}</td><td valign='top'>{side}</td></tr></table>{footer}</body></html>")
    return divs, tables


def comparable(data: Dataset) -> dict[str, list]:
    return {
        "recommendations": [(r.rec_number, r.owner, r.rec_text) for r in data.recommendations],
        "actions": [(a.rec_number, a.agency, a.action_text, a.target_date_text) for a in data.actions],
        "progress": [(p.progress_text, p.status) for p in data.progress],
        "residue": [(r.text, r.reason) for r in data.residue],
        "review": [(r.status, r.title, r.csp, r.review_name) for r in data.reviews],
    }


@pytest.mark.parametrize("sample", ["nuneaton_dhr1.html", "rec_headings_html.html", "r_labels_status.html"])
def test_plan_inside_layout_tables_reads_as_with_divs(tmp_path: Path, sample: str) -> None:
    divs, tables = layout_versions(SAMPLES / sample)
    with_divs = extract_document(write(tmp_path / "divs.html", divs))
    with_tables = extract_document(write(tmp_path / "tables.html", tables))
    assert with_divs.reviews[0].status == "ok"
    assert comparable(with_tables) == comparable(with_divs)


def test_plan_with_a_table_in_a_cell_is_still_the_plan() -> None:
    """A small table inside a plan cell stays that cell's text, and is not read as a plan of its own."""
    from tests.test_extract_html import read

    doc = read("""<table><tr><th>Recommendation</th><th>Action</th><th>Progress</th></tr>
      <tr><td>1. Do it</td><td>Act</td><td>History:<table><tr><td>Action</td><td>Recommendation</td></tr>
      <tr><td>Jan 2022</td><td>Done</td></tr></table></td></tr></table>""")
    data = document_to_dataset(doc)
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [("1", "Do it")]
    assert [p.progress_text for p in data.progress] == ["History:\nAction Recommendation\nJan 2022 Done"]


# ------------------------------------------------------------------ 8. review metadata

def metadata(lines: list[str]) -> dict[str, object]:
    doc = dataclasses.replace(document(table([["Recommendation", "Action"], ["1. Train", "Do"]])),
                              text_lines=lines)
    review = document_to_dataset(doc).reviews[0]
    return {k: getattr(review, k) for k in ("title", "document_date_text", "document_date", "progress_as_of",
                                            "csp", "review_name")}


def test_review_metadata_is_not_read_from_page_furniture() -> None:
    meta = metadata([
        "OFFICIAL-SENSITIVE",
        "OFFICIAL – Safer Newport DHR – Action Plan",
        "Safer Newport — Domestic Homicide Review: Maya — Action Plan",
        "Progress as at 31 March 2021. RAG key: Red – not started; Amber – in progress; Green – complete.",
        "Version 3 – March 2021 Page 1",
        "OFFICIAL – Safer Newport DHR – Action Plan",
        "Version 3 – March 2021 Page 2",
    ])
    assert meta["title"] == "Safer Newport — Domestic Homicide Review: Maya — Action Plan"
    assert meta["progress_as_of"] == "31 March 2021"
    assert (meta["document_date_text"], meta["document_date"]) == ("", None)  # only a footer dates it
    assert (meta["csp"], meta["review_name"]) == ("Safer Newport", "Maya")


def test_review_metadata_date_is_the_date_phrase_and_names_come_from_the_title() -> None:
    meta = metadata([
        "Plymouth Domestic Homicide Review 'Maya' – Action Plan",
        "Agreed by the partnership board on 14th October 2019 after consultation with the family.",
        "The review of Adult K was commissioned by the Community Safety Partnership.",
        "Page 1 of 3",
    ])
    assert meta["title"] == "Plymouth Domestic Homicide Review 'Maya' – Action Plan"
    assert meta["document_date_text"] == "14th October 2019"
    assert str(meta["document_date"]) == "2019-10-14"
    assert (meta["csp"], meta["review_name"]) == ("Plymouth", "Maya")
    # A running header with the marking last is furniture too; the title is the document's own line.
    meta = metadata(["Safer Vale | DHR 'Ffion' | OFFICIAL", "Safer Vale — Domestic Homicide Review 'Ffion'",
                     "Safer Vale | DHR 'Ffion' | OFFICIAL", "Page 2 of 2"])
    assert (meta["title"], meta["csp"], meta["review_name"]) == (
        "Safer Vale — Domestic Homicide Review 'Ffion'", "Safer Vale", "Ffion")


def test_numbered_column_names_are_still_a_header() -> None:
    """A sentence after a label is data; a short numbered column name is still a column name."""
    from dhr_extract.normalise.headers import find_header

    plan = table([["1. Recommendation", "2. Action", "Update 1 – June 2020", "Update 2 – December 2020"],
                  ["1. Train staff", "Deliver it", "Started", "Done"]])
    header = find_header(plan)
    assert header is not None and header.roles == ("rec", "action", "progress", "progress")
    data = document_to_dataset(document(plan))
    assert [p.progress_text for p in data.progress] == ["Started", "Done"]
