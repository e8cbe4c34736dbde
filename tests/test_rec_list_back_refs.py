"""Recommendations written only as a numbered list above the plan table, whose recommendation cells
point back to them by number ("See rec 3", "Recommendation 3 (see above)", "R3", a bare number)."""
from __future__ import annotations

from pathlib import Path

import pytest

from dhr_extract.extract.docx import read_docx
from dhr_extract.extract.html import read_html
from dhr_extract.extract.pdf import read_pdf
from dhr_extract.model import Dataset
from dhr_extract.normalise.labels import Label, split_label
from dhr_extract.normalise.rec_lists import lines_to_numbered_lists
from dhr_extract.normalise.records import document_to_dataset
from tests.test_extract_docx import NUMBERING, make_docx, num, p, styled, tbl, tc, tr

RECS = ("Police to share the call history of an address with the attending officer before arrival.",
        "The Council to give domestic abuse victims priority for a housing transfer.",
        "Probation to check with the police before approving a release address.")
ACTIONS = (("1", "Show the address history on the officer's device.", "Police"),
           ("2", "Change the allocations policy.", "Council"),
           ("2", "Train the housing officers.", "Council"),
           ("3", "Add a police check to the procedure.", "Probation"))


def recs_of(data: Dataset) -> list[tuple[str, str, str]]:
    return [(r.rec_number, r.rec_label, r.rec_text) for r in data.recommendations]


@pytest.mark.parametrize("cell, label", [
    ("See rec 3", Label("See rec 3", "3")), ("Recommendation 3 (see above)", Label("Recommendation 3 (see above)", "3")),
    ("Rec 3 – see above", Label("Rec 3 – see above", "3")), ("See R3", Label("See R3", "3")),
    ("See\nrecommendation 3", Label("See recommendation 3", "3")),
])
def test_a_cell_pointing_back_is_the_number_with_no_text(cell: str, label: Label) -> None:
    assert split_label(cell) == (label, "")


def test_a_reference_inside_a_sentence_is_no_label() -> None:
    assert split_label("See rec 3 for the wider aim") == (None, "See rec 3 for the wider aim")


def test_numbered_list_runs_on_over_wrapped_lines_and_needs_a_recommendations_heading() -> None:
    lines = ["Contents", "1. Introduction", "2. Background", "Recommendations", "1. Police to share the call",
             "history before arrival.", "2. The Council to act.", "Action plan"]
    runs = lines_to_numbered_lists(lines)
    assert [{n: text for n, (_, text) in run.items()} for run in runs] == [
        {"1": "Police to share the call history before arrival.", "2": "The Council to act."}]


def test_items_labelled_as_recommendations_need_no_heading() -> None:
    runs = lines_to_numbered_lists(["Recommendation 1: Police to act.", "Recommendation 2", "The Council to act."])
    assert [(label.label, text) for run in runs for label, text in run.values()] == [
        ("Recommendation 1:", "Police to act."), ("Recommendation 2", "The Council to act.")]


def html_plan(refs: tuple[str, ...], list_heading: str = "Recommendations") -> bytes:
    items = "".join(f"<li>{text}</li>" for text in RECS)
    rows, seen = "", set()
    for (number, action, agency), ref in zip(ACTIONS, refs):
        rows += f"<tr><td>{'' if number in seen else ref}</td><td>{action}</td><td>{agency}</td></tr>"
        seen.add(number)
    return (f"<html><body><h1>DHR action plan</h1><h2>{list_heading}</h2><ol>{items}</ol><h2>Action plan</h2>"
            f"<table><tr><th>Rec</th><th>Action</th><th>Lead agency</th></tr>{rows}</table></body></html>").encode()


@pytest.mark.parametrize("refs", [
    ("See rec 1", "See rec 2", "", "See rec 3"),
    ("Recommendation 1 (see above)", "Recommendation 2 (see above)", "", "Recommendation 3 (see above)"),
    ("R1", "R2", "", "R3"),
    ("1", "2", "", "3"),
])
def test_html_rec_cells_pointing_to_the_list_above_take_its_text(refs: tuple[str, ...]) -> None:
    data = document_to_dataset(read_html(Path("plan.html"), html_plan(refs), "sha"))
    assert recs_of(data) == [("1", "1.", RECS[0]), ("2", "2.", RECS[1]), ("3", "3.", RECS[2])]
    assert [a.action_text for a in data.actions] == [action for _, action, _ in ACTIONS]


def test_a_numbered_list_under_another_heading_is_not_the_recommendations() -> None:
    data = document_to_dataset(read_html(Path("plan.html"), html_plan(("R1", "R2", "", "R3"), "Contents"), "sha"))
    assert recs_of(data) == [("1", "R1", ""), ("2", "R2", ""), ("3", "R3", "")]


def test_docx_numbered_paragraphs_above_the_table() -> None:
    rows = [tr(tc(p("Rec")), tc(p("Action")), tc(p("Lead agency")))]
    seen: set[str] = set()
    for number, action, agency in ACTIONS:
        rows.append(tr(tc(p("" if number in seen else f"See rec {number}")), tc(p(action)), tc(p(agency))))
        seen.add(number)
    body = (styled("DHR action plan", "Title") + p("Recommendations") + "".join(num(text, 1) for text in RECS)
            + p("Action plan") + tbl(*rows, cols=3))
    data = document_to_dataset(read_docx(Path("plan.docx"), make_docx(body, NUMBERING), "sha"))
    assert recs_of(data) == [("1", "1.", RECS[0]), ("2", "2.", RECS[1]), ("3", "3.", RECS[2])]


def test_pdf_list_lines_above_a_ruled_table(tmp_path: Path) -> None:
    """The list's first item wraps on the page: its second line is more of its text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    story = [Paragraph("DHR action plan", styles["Title"]), Paragraph("Recommendations", styles["Heading2"])]
    story += [Paragraph(f"{i}. {text}", styles["BodyText"]) for i, text in enumerate(RECS, 1)]
    story[2] = Paragraph(f"1. {RECS[0]} Its officers to read it on the way.", styles["BodyText"])
    story.append(Paragraph("Action plan", styles["Heading2"]))
    rows, seen = [["Rec", "Action", "Lead agency"]], set()
    for number, action, agency in ACTIONS:
        rows.append(["" if number in seen else f"See rec {number}", action, agency])
        seen.add(number)
    story.append(Table(rows, colWidths=[60, 280, 100], style=[("GRID", (0, 0), (-1, -1), 0.5, "black"),
                                                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    path = tmp_path / "plan.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    data = document_to_dataset(read_pdf(path, path.read_bytes(), "sha"))
    assert recs_of(data) == [("1", "1.", f"{RECS[0]} Its officers to read it on the way."),
                             ("2", "2.", RECS[1]), ("3", "3.", RECS[2])]
    assert [a.action_text for a in data.actions] == [action for _, action, _ in ACTIONS]


def test_a_list_after_the_first_text_lines_is_still_read() -> None:
    """A report's list comes after pages of text: the reader keeps all the text outside the tables."""
    preface = "".join(f"<p>Paragraph {i} of the report's summary, which says what happened.</p>" for i in range(30))
    html = html_plan(("See rec 1", "See rec 2", "", "See rec 3")).replace(b"<h2>Recommendations", preface.encode()
                                                                        + b"<h2>Recommendations")
    doc = read_html(Path("plan.html"), html, "sha")
    assert len(doc.text_lines) < 30 and doc.body_lines[-1] == "Action plan"
    assert recs_of(document_to_dataset(doc)) == [("1", "1.", RECS[0]), ("2", "2.", RECS[1]), ("3", "3.", RECS[2])]
