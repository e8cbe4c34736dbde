"""Column names written short, often in capitals: their abbreviations written out before the header
roles are matched (``normalise/header_words.py``)."""
from __future__ import annotations

import pytest

from dhr_extract.normalise.header_words import expand_header_words
from dhr_extract.normalise.headers import fold_header, header_role
from dhr_extract.normalise.records import document_to_dataset
from tests.test_normalise import document, table


def test_abbreviated_words_are_written_out() -> None:
    assert expand_header_words(fold_header("RESP. AGENCY")) == "responsible agency"
    assert expand_header_words(fold_header("Tgt date")) == "target date"
    assert expand_header_words(fold_header("Est. comp. date")) == "estimated completion date"
    # a whole word only: a field name or a numbered code is none
    assert expand_header_words("rec_text rec1 recs") == "rec_text rec1 recommendations"


@pytest.mark.parametrize(("written", "role"), [
    ("RESP. AGENCY", "agency"), ("Respons. officer", "agency"), ("Person resp.", "agency"), ("Lead Org.", "agency"),
    ("Org.", "agency"), ("Organization", "agency"), ("Dept.", "agency"), ("Resp. Dept.", "agency"),
    ("RECS", "rec"), ("Rec.", "rec"), ("REC NO.", "number"), ("Ref.", "number"),
    ("TGT DATE", "target"), ("Comp. date", "target"), ("Est. completion", "target"),
    ("Upd.", "progress"), ("Latest upd.", "progress"), ("Prog. / RAG", "rag"),
])
def test_abbreviated_headers_name_their_roles(written: str, role: str) -> None:
    assert header_role(written) == role


def test_headers_as_written_keep_their_roles() -> None:
    """The words as written are matched first: a word broken by a narrow column ("Compl" / "etion") is
    no abbreviation, and "Rec #" is the number column it always was."""
    assert header_role("Compl\netion\ndate") == "target"
    assert header_role("Rec #") == "number"
    assert header_role("DATE SIGNED OFF") is None


def test_caps_abbreviated_header_with_empty_template_columns() -> None:
    """ALL-CAPS short column names, and two sign-off columns the plan never filled in: the agency column is
    read, and the empty columns leave nothing behind (no residue, no reason to review)."""
    plan = table([["REC NO.", "RECOMMENDATION", "ACTION(S)", "RESP. AGENCY", "TGT DATE", "PROG. UPDATE",
                   "DATE SIGNED OFF", "PANEL ASSURANCE"],
                  ["1", "The hospital trust to audit its triage notes.", "Audit forty sets of notes.",
                   "Eastmoor Hospitals Trust", "31/03/2026", "In progress. Half audited.", "", ""],
                  ["2", "The council to brief its housing staff.", "Hold two briefings.", "Eastmoor Council",
                   "30/06/2026", "Not started.", "", ""]])
    data = document_to_dataset(document(plan))
    assert [(a.rec_number, a.agency, a.target_date_text) for a in data.actions] == [
        ("1", "Eastmoor Hospitals Trust", "31/03/2026"), ("2", "Eastmoor Council", "30/06/2026")]
    assert data.residue == []
    assert data.reviews[0].review_reasons == ""
