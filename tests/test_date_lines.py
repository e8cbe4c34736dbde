"""``date_lines``: dates a line each that a narrow PDF column wrapped word by word stay a paragraph each;
dates written on one line stay one line.  ``date_run``: a text that is only dates, one after another."""
from __future__ import annotations

from dhr_extract.extract.pdf.date_lines import date_lines, dates_a_line
from dhr_extract.normalise.date_phrases import date_run


def test_dates_wrapped_word_by_word_keep_a_line_each() -> None:
    assert date_lines("Dec 2025 Mar 2026", ["Dec", "2025", "Mar", "2026"]) == ["Dec 2025", "Mar 2026"]
    assert date_lines("Dec 2025 Mar 2026", ["Dec 2025", "Mar 2026"]) == ["Dec 2025", "Mar 2026"]


def test_dates_sharing_a_line_stay_together() -> None:
    assert date_lines("June 2014 April 2015", ["June 2014 April", "2015"]) == ["June 2014 April 2015"]
    assert date_lines("June 2014 April 2015", ["June 2014 April 2015"]) == ["June 2014 April 2015"]


def test_a_paragraph_with_words_besides_dates_is_left_alone() -> None:
    assert date_lines("Dec 2025 or sooner", ["Dec 2025", "or sooner"]) == ["Dec 2025 or sooner"]
    assert date_lines("Dec 2025 - Mar 2026", ["Dec 2025 -", "Mar 2026"]) == ["Dec 2025 - Mar 2026"]


def test_dates_a_line_finds_each_paragraphs_lines() -> None:
    lines = ["Complete.", "Dec", "2025", "Mar", "2026"]
    assert dates_a_line(["Complete.", "Dec 2025 Mar 2026"], lines) == ["Complete.", "Dec 2025", "Mar 2026"]
    assert dates_a_line(["Add the", "Dec 2025"], ["Add", "the", "Dec 2025"]) == ["Add the", "Dec 2025"]


def test_date_run_reads_dates_one_after_another() -> None:
    assert date_run("Dec 2025\nMar 2026") == ["Dec 2025", "Mar 2026"]
    assert date_run("31/03/2024 30/06/2024 Q3 2024") == ["31/03/2024", "30/06/2024", "Q3 2024"]
    assert date_run("Dec 2025") == []
    assert date_run("Dec 2025 or sooner") == []
    assert date_run("Dec 2025, Mar 2026") == []
