"""Parsed values beside the text: sort keys, scope levels, parts, review metadata, and no silent nulls."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from dhr_extract.api import extract_paths
from dhr_extract.normalise.parts import rec_sort_key, scope_level, split_parts
from dhr_extract.normalise.review_meta import csp_name, document_date, review_name, review_type

pytestmark = pytest.mark.usefixtures("cached_corpus_reads")  # corpus documents read once a process (conftest)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
MONTH_YEAR = re.compile(r"\b(jan(uary)?|feb(ruary)?|march|april|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|"
                        r"nov(ember)?|dec(ember)?)\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", re.I)


def test_sort_keys_sort_labels_naturally() -> None:
    labels = ["10", "9", "3.10", "3.2", "10.2b", "10.2a", "1"]
    ordered = sorted(labels, key=lambda n: rec_sort_key(n, 0))
    assert ordered == ["1", "3.2", "3.10", "9", "10", "10.2a", "10.2b"]
    assert rec_sort_key("", 7) > rec_sort_key("99", 1)  # unlabelled after labelled, by position


@pytest.mark.parametrize("scope, level", [
    ("Local", "local"), ("local", "local"), ("Regional – Area Team (Arden)", "regional"),
    ("Local - CCG", "local"), ("National", "national"), ("Local and national", "national"), ("", ""),
    ("Area team", "regional"), ("County-wide", ""),
])
def test_scope_levels(scope: str, level: str) -> None:
    assert scope_level(scope) == level


def test_recommendation_parts_nest_romans_under_letters() -> None:
    text = ("The board to direct MARAC to:\na. Develop training that is\ni. in line with guidance\n"
            "ii. repeated when circumstances change\nb. Explore options\nfor perpetrators")
    assert split_parts(text) == [
        ("a", "Develop training that is"), ("a.i", "in line with guidance"),
        ("a.ii", "repeated when circumstances change"), ("b", "Explore options\nfor perpetrators")]
    assert split_parts("• one\n• two") == [("•1", "one"), ("•2", "two")]
    assert split_parts("No items here.") == []


def test_review_metadata_from_title_lines() -> None:
    lines = ["Nuneaton Domestic Homicide Review (DHR1) Agency Action Plan",
             "FINAL DOCUMENT ALL ACTIONS COMPLETE – NABSCOP 24th August 2017"]
    assert (review_name(lines), csp_name(lines), review_type(lines)) == ("DHR1", "Nuneaton", "DHR")
    dated = document_date(lines)
    assert dated is not None and dated.date.isoformat() == "2017-08-24"
    lines = ["Reading Community Safety Partnership — Domestic Homicide Review: Adult D — Action Plan",
             "Progress as at 31st January 2023"]
    assert (review_name(lines), csp_name(lines)) == ("Adult D", "Reading Community Safety Partnership")
    assert document_date(lines) is None  # an "as at" date dates the progress, not the document
    assert review_type(["Joint Safeguarding Adults Review and Domestic Homicide Review"]) == "joint SAR/DHR"
    assert review_type(["Domestic Abuse Related Death Review: Jo"]) == "DARDR"


@pytest.fixture(scope="module")
def dataset():
    return extract_paths([SAMPLES])


def test_no_date_is_left_as_a_silent_null(dataset) -> None:
    for action in dataset.actions:
        text = action.target_date_text
        if text.strip():
            assert action.target_kind, text
        else:
            assert action.target_kind == "none" and action.target_date is None
        if action.target_kind == "date" or MONTH_YEAR.search(text):
            assert action.target_date is not None, text
    for progress in dataset.progress:
        if progress.as_of:
            assert progress.as_of_date is not None, progress.as_of
    for review in dataset.reviews:
        if review.progress_as_of:
            assert review.progress_as_of_date is not None, review.progress_as_of


def test_every_action_with_an_agency_has_a_canonical_one(dataset) -> None:
    for action in dataset.actions:
        if action.agency.strip():
            assert action.agency_canonical and action.agency_type, action.agency
    by_action = {}
    for row in dataset.action_agencies:
        by_action.setdefault(row.action_id, []).append(row)
    assert all(rows[0].agency_canonical == a.agency_canonical for a in dataset.actions
               if (rows := by_action.get(a.action_id)))
