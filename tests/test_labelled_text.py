"""A plan written as labelled blocks in running text, with no table (a web page, or its print): a
heading per recommendation, then the same emphasised labels in each block, each with its text below.
Read as a table of one row per block (one per action where the actions are a list)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.html import read_html
from dhr_extract.extract.labelled_text import Para, paras_to_rows
from dhr_extract.extract.pdf.labelled_text import add_page_paras, lines_to_paras
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.normalise.records import document_to_dataset

LABELS = ("Recommendation", "Issues identified", "Actions to be taken", "Person responsible",
          "Target completion date", "Progress to date")


def block(number: str, rec: str, actions: list[str], person: str, date: str, progress: str) -> list[Para]:
    fields = (rec, "Nobody asked.", actions, person, date, progress)
    paras = [Para(f"Recommendation {number}", True)]
    for label, text in zip(LABELS, fields):
        paras.append(Para(label, True))
        paras.extend(Para(t) for t in (text if isinstance(text, list) else [text]))
    return paras


PAGE = [Para("Home › About us", False), Para("Our response to the review", True), Para("Five recommendations concern us."),
        *block("2", "Offer a referral.", ["1. Change the procedure.", "2. Brief the officers."], "Tenancy Manager",
               "30/06/2025", "Complete."),
        *block("5", "Record the household.", ["Add a section to the form."], "Head of Housing", "31/08/2025",
               "Not started."),
        Para("Last updated 14 October 2025.")]


def texts(rows: list) -> list[list[tuple[str, str]]]:
    return [[(c.text, c.span) for c in cells] for cells, _ in rows]


def test_labelled_blocks_are_a_table_of_one_row_per_block_and_one_per_listed_action() -> None:
    assert texts(paras_to_rows(PAGE)) == [
        [("Ref", ""), *((label, "") for label in LABELS)],
        [("Recommendation 2", ""), ("Offer a referral.", ""), ("Nobody asked.", ""), ("Change the procedure.", ""),
         ("Tenancy Manager", ""), ("30/06/2025", ""), ("Complete.", "")],
        [("", "above"), ("", "above"), ("", "above"), ("Brief the officers.", ""), ("", "above"), ("", "above"),
         ("", "above")],
        [("Recommendation 5", ""), ("Record the household.", ""), ("Nobody asked.", ""),
         ("Add a section to the form.", ""), ("Head of Housing", ""), ("31/08/2025", ""), ("Not started.", "")]]


def test_bold_terms_written_once_or_labels_naming_no_recommendation_make_no_table() -> None:
    faq = [p for k in range(4) for p in (Para(f"How do I report question {k}?", True), Para("Call us."))]
    glossary = [p for term in ("MARAC", "IDVA", "DHR", "CSP") for p in (Para(term, True), Para("A meeting."))]
    no_rec = [p for k in range(3) for p in (Para("Action", True), Para(f"Do {k}."), Para("Target date", True),
                                            Para("31/03/2025"), Para("Progress", True), Para("Done."))]
    once = block("1", "Offer a referral.", ["Change it."], "Manager", "30/06/2025", "Complete.")
    assert paras_to_rows(faq) == paras_to_rows(glossary) == paras_to_rows(no_rec) == paras_to_rows(once) == []


def test_a_web_page_of_labelled_blocks_reads_as_a_plan(tmp_path: Path) -> None:
    blocks = "".join(
        f'<section><h2>Recommendation {n}</h2><p class="label">Recommendation</p><p>{rec}</p>'
        f'<p class="label">Actions to be taken</p>{actions}'
        f'<p><strong>Person responsible:</strong> {person}</p><p><b>Target completion date</b><br>{date}</p>'
        f'<p class="label">Progress to date</p><p>{progress}</p></section>'
        for n, rec, actions, person, date, progress in (
            ("2", "Offer a referral.", "<ol><li>Change the procedure.</li><li>Brief the officers.</li></ol>",
             "Tenancy Manager", "30/06/2025", "Complete."),
            ("5", "Record the household.", "<p>Add a section to the form.</p>", "Head of Housing", "31/08/2025",
             "Not started.")))
    page = (f"<html><head><style>p.label{{font-weight:bold}}</style></head><body><h1>Our response</h1>{blocks}"
            "<p>Last updated 14 October 2025.</p></body></html>").encode()
    data = document_to_dataset(read_html(tmp_path / "plan.html", page, "ab" * 32))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [("2", "Offer a referral."),
                                                                        ("5", "Record the household.")]
    assert [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("2", "Change the procedure.", "Tenancy Manager", "30/06/2025"),
        ("2", "Brief the officers.", "Tenancy Manager", "30/06/2025"),
        ("5", "Add a section to the form.", "Head of Housing", "31/08/2025")]
    assert [p.progress_text for p in data.progress] == ["Complete.", "Complete.", "Not started."]


def line(text: str, top: float, bold: bool = False, x0: float = 56.8) -> Line:
    font = "Arial-Bold" if bold else "Arial"
    words, x = [], x0
    for w in text.split():
        words.append({"text": w, "x0": x, "x1": x + 5.0 * len(w), "top": top, "bottom": top + 10.0, "fontname": font})
        x += 5.0 * len(w) + 2.5
    return Line(words)


def test_bold_lines_of_a_printed_page_are_labels_and_the_lines_between_their_paragraphs() -> None:
    page = [line("Recommendation 2", 100.0, True), line("Recommendation", 114.0, True),
            line("Offer a referral to the specialist", 126.0), line("service.", 138.0), line("Actions to be taken", 152.0, True),
            line("1. Change the procedure.", 164.0), line("2. Brief the officers.", 176.0)]
    assert lines_to_paras(page, 1, 120.0) == [
        Para("Recommendation 2", True, 1), Para("Recommendation", True, 1),
        Para("Offer a referral to the specialist service.", False, 1), Para("Actions to be taken", True, 1),
        Para("1. Change the procedure.", False, 1), Para("2. Brief the officers.", False, 1)]
    # a bold line in columns is a table's header row, no label
    header = line("Action", 200.0, True).words + line("Lead agency", 200.0, True, x0=300.0).words
    assert lines_to_paras([Line(header)], 1, 595.0) == [Para("Action Lead agency", False, 1)]


def test_a_paragraph_cut_by_a_page_break_runs_on_overleaf() -> None:
    paras = [Para("Progress to date", True, 1), Para("Sixty of eighty operatives", False, 1)]
    add_page_paras(paras, [Para("trained.", False, 2), Para("Recommendation 9", True, 2)])
    assert paras == [Para("Progress to date", True, 1), Para("Sixty of eighty operatives trained.", False, 1),
                     Para("Recommendation 9", True, 2)]
    add_page_paras(paras, [Para("Next page.", False, 3)])  # after a label: a new paragraph
    assert paras[-1] == Para("Next page.", False, 3)
