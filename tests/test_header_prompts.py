"""A template's prompts under its column names, each a phrase in brackets ("(what will be done: specific
and measurable)"), printed unruled as a row of their own under the header: the row is the template's
guidance, not a recommendation (``headers.is_guidance_row``)."""
from __future__ import annotations

from pathlib import Path

from dhr_extract.api import extract_document
from dhr_extract.model import Cell, Row
from dhr_extract.normalise.headers import is_guidance_row

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def row(*texts: str) -> Row:
    return Row(tuple(Cell(t) for t in texts), 1)


def test_a_row_of_bracketed_prompts_is_guidance() -> None:
    assert is_guidance_row(row(".", "(as worded in the overview report)", "(what will be done: specific and measurable)",
                               "(the agency, not a named officer)", "date (dd/mm/yyyy)"))
    assert is_guidance_row(row("agency\n(the agency, not a named officer)", "(what has changed, with evidence)"))


def test_a_data_row_with_a_qualifier_in_brackets_is_not() -> None:
    assert not is_guidance_row(row("1", "Police to train staff.", "Run training.", "Police (lead)", "March 2026 (Q4)"))
    assert not is_guidance_row(row("1", "Police to review the policy (see paragraph 4.2 of the report).",
                                   "Revise the policy.", "Police"))
    # the rest of a row cut by a page, sentences in brackets: no template's prompts
    assert not is_guidance_row(row("", "(always assume the victim will not support the prosecution.)",
                                   "(the second audit was done in May.)"))


def test_the_prompts_printed_unruled_under_the_header_open_no_recommendation() -> None:
    data = extract_document(HELDOUT / "header_prompts_docx.lo_borderless.pdf")
    assert [r.rec_number for r in data.recommendations] == ["1", "2", "3", "4", "5"]
    assert data.recommendations[0].rec_text.startswith("Colverton Police to check")
