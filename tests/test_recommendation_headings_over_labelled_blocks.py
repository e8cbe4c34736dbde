"""A plan with no table and no label naming the recommendation: a heading per recommendation
("Recommendation 3", its text in a paragraph under it or after the label on its own line), then a
block of labels naming plan columns per action (a ``<dl>`` of "Action / Lead agency / Target date /
Progress" on a council's web page, or its print).  Read as a table of one row per action, the
recommendation's heading and text written once and merged down over its actions."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.extract.html import read_html
from dhr_extract.extract.labelled_text import Para, paras_to_rows
from dhr_extract.extract.pdf.labelled_text import add_page_paras, is_terms_list, lines_to_paras
from dhr_extract.extract.pdf.lines import Line
from dhr_extract.normalise.records import document_to_dataset

FIELDS = ("Action", "Lead agency", "Target date", "Progress")


def action(heading: str, *texts: str) -> list[Para]:
    paras = [Para(heading, True)] if heading else []
    for label, text in zip(FIELDS, texts):
        paras += [Para(label, True), Para(text)]
    return paras


PAGE = [Para("Cookies on this website", True), Para("We use some essential cookies."), Para("Home"),
        Para("Recommendation 1", True), Para("Police to speak to the victim alone."),
        *action("Action 1.1", "Add a prompt.", "Police", "30 June 2025", "Complete."),
        *action("Action 1.2", "Check forty logs.", "Police", "31 December 2025", "In progress."),
        Para("Recommendation 2: Hospital staff to ask about", True), Para("abuse.", True),
        *action("", "Add a triage question.", "Hospital Trust", "30 September 2025", "Not started."),
        Para("Was this page helpful? Yes · No"), Para("Accessibility statement"), Para("Privacy notice")]


def texts(rows: list) -> list[list[tuple[str, str]]]:
    return [[(c.text, c.span) for c in cells] for cells, _ in rows]


def test_recommendation_headings_over_labelled_action_blocks_are_a_table_of_one_row_per_action() -> None:
    above = ("", "above")
    assert texts(paras_to_rows(PAGE)) == [
        [("Ref", ""), ("Recommendation", ""), *((label, "") for label in FIELDS)],
        [("Recommendation 1", ""), ("Police to speak to the victim alone.", ""), ("Add a prompt.", ""),
         ("Police", ""), ("30 June 2025", ""), ("Complete.", "")],
        [above, above, ("Check forty logs.", ""), ("Police", ""), ("31 December 2025", ""), ("In progress.", "")],
        [("Recommendation 2:", ""), ("Hospital staff to ask about abuse.", ""), ("Add a triage question.", ""),
         ("Hospital Trust", ""), ("30 September 2025", ""), ("Not started.", "")]]


def test_headings_without_plan_labels_or_labels_without_headings_make_no_table() -> None:
    glossary = [p for n in (1, 2, 3) for p in (Para(f"Recommendation {n}", True), Para("Police to act."),
                                                Para("MARAC", True), Para("A meeting."), Para("IDVA", True),
                                                Para("An advocate."))]
    no_headings = [p for k in range(3) for p in action(f"Item {k}", "Do it.", "Police", "31/03/2025", "Done.")]
    one_heading = [Para("Recommendation 1", True), Para("Police to act."),
                   *action("", "Do it.", "Police", "31/03/2025", "Done."), *action("", "Do more.", "Police", "", "")]
    assert paras_to_rows(glossary) == paras_to_rows(no_headings) == paras_to_rows(one_heading) == []


def test_a_council_page_of_definition_lists_under_recommendation_headings_reads_as_a_plan(tmp_path: Path) -> None:
    def dl(*texts: str) -> str:
        return '<dl class="action">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in zip(FIELDS, texts)) + "</dl>"

    page = ("<html><head><style>dl.action{display:grid;grid-template-columns:9em 1fr}</style></head><body>"
            '<div class="cookie"><p><strong>Cookies on the council website</strong></p><p>We use cookies.</p></div>'
            "<nav><ul><li><a href='#'>Home</a></li><li><a href='#'>Services</a></li></ul></nav><main><h1>Action plan</h1>"
            "<h3>Recommendation 1</h3><p>Police to speak to the victim alone.</p>"
            f"<h4>Action 1.1</h4>{dl('Add a prompt.', 'Police', '30 June 2025', 'Complete.')}"
            f"<h4>Action 1.2</h4>{dl('Check forty logs.', 'Police', '31 December 2025', 'In progress.')}"
            "<p><b>Recommendation 2:</b> Hospital staff to ask about abuse.</p>"
            f"<dl>{''.join(f'<dt>{k}</dt><dd>{v}</dd>' for k, v in zip(FIELDS, ('Add a triage question.', 'Hospital Trust', '30 September 2025', 'Not started.')))}</dl>"
            "<p>Was this page helpful?</p></main><footer><ul><li>Accessibility</li><li>Cookies</li></ul>"
            "<p>© The council 2025.</p></footer></body></html>").encode()
    data = document_to_dataset(read_html(tmp_path / "plan.html", page, "cd" * 32))
    assert [(r.rec_number, r.rec_text) for r in data.recommendations] == [
        ("1", "Police to speak to the victim alone."), ("2", "Hospital staff to ask about abuse.")]
    assert [(a.rec_number, a.action_text, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Add a prompt.", "Police", "30 June 2025"), ("1", "Check forty logs.", "Police", "31 December 2025"),
        ("2", "Add a triage question.", "Hospital Trust", "30 September 2025")]
    assert [p.progress_text for p in data.progress] == ["Complete.", "In progress.", "Not started."]


def line(text: str, top: float, bold: str = "", x0: float = 56.8, gap: float = 2.5) -> Line:
    """A line of 10 pt words; the words of ``bold`` (its opening run) bold, ``gap`` after that run."""
    words, x = [], x0
    n_bold = len(bold.split())
    for i, w in enumerate(text.split()):
        font = "Arial-Bold" if i < n_bold else "Arial"
        words.append({"text": w, "x0": x, "x1": x + 5.0 * len(w), "top": top, "bottom": top + 10.0, "fontname": font})
        x += 5.0 * len(w) + (gap if i + 1 == n_bold else 2.5)
    return Line(words)


def test_a_bold_label_opening_its_line_is_a_label_with_its_text_beside_it() -> None:
    cards = [line("Ref: 1", 100.0, "Ref:"), line("Recommendation: Police to check the victim's previous reports to the police before a risk", 112.0,
                  "Recommendation:"), line("assessment.", 124.0), line("Lead agency: Police", 136.0, "Lead agency:"),
             line("Action   Add a prompt.", 148.0, "Action", gap=60.0), line("Note that the police", 160.0, "Note")]
    assert [(p.text, p.emphasised) for p in lines_to_paras(cards, 1, 526.0)] == [
        ("Ref:", True), ("1", False), ("Recommendation:", True),
        ("Police to check the victim's previous reports to the police before a risk assessment.", False),
        ("Lead agency:", True), ("Police", False), ("Action", True), ("Add a prompt.", False),
        ("Note that the police", False)]  # a bold word opening a sentence is no label: no colon, no gap


def test_a_column_name_over_an_indented_definition_is_a_label_also_at_a_page_foot() -> None:
    page1 = [line("Action", 100.0), line("Add a prompt.", 112.0, x0=90.0), line("Target date", 124.0)]
    page2 = [line("30 June 2025", 40.0, x0=90.0), line("Progress", 52.0), line("Complete.", 64.0, x0=90.0)]
    paras = lines_to_paras(page1, 1, 595.0)
    add_page_paras(paras, lines_to_paras(page2, 2, 595.0))
    assert [(p.text, p.emphasised) for p in paras] == [
        ("Action", True), ("Add a prompt.", False), ("Target date", True), ("30 June 2025", False),
        ("Progress", True), ("Complete.", False)]
    # flush with the text under it, a line naming a column is running text
    flush = lines_to_paras([line("Action", 100.0), line("was taken.", 112.0)], 1, 595.0)
    assert [(p.text, p.emphasised) for p in flush] == [("Action", False), ("was taken.", False)]
    # at a page's foot, a column's name closing a paragraph (no definition above it) runs on overleaf
    paras = lines_to_paras([line("We have made", 100.0), line("progress", 112.0)], 1, 120.0)
    add_page_paras(paras, lines_to_paras([line("in the year.", 40.0)], 2, 120.0))
    assert [(p.text, p.emphasised) for p in paras] == [("We have made progress in the year.", False)]
    # a table's header row in columns (wide gaps) over its rows is no term, whatever it names
    header = Line(line("Action", 100.0).words + line("Lead agency", 100.0, x0=200.0).words)
    rows = lines_to_paras([header, line("Add a prompt. Police", 112.0, x0=90.0)], 1, 595.0)
    assert [(p.text, p.emphasised) for p in rows] == [("Action Lead agency", False), ("Add a prompt. Police", False)]


def test_terms_beside_their_definitions_are_running_text_not_a_borderless_table() -> None:
    gap = 40.0
    block = [line("Action Add a routine enquiry question to the emergency department", 676.0, "Action", x0=64.0, gap=gap),
             line("triage.", 688.0, x0=64.0 + 30.0 + gap),
             line("Lead agency Hospital Trust", 700.0, "Lead agency", x0=64.0, gap=gap - 25.0),
             line("Progress Complete.", 712.0, "Progress", x0=64.0, gap=gap)]
    assert is_terms_list(block)
    # a block naming the recommendation is a key-value table a plan may be read from
    assert not is_terms_list([line("Recommendation 1 Police to check.", 100.0, "Recommendation 1", gap=gap), *block])
    # a line flush with the terms that is no label (a table's data row) makes it a table
    assert not is_terms_list([*block, line("Police Check forty logs.", 724.0, x0=64.0)])
    # one label is not a list of terms
    assert not is_terms_list(block[:2])
