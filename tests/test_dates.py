"""Target-date cells as DHR action plans write them (see docs FIELD_GUIDE "Dates")."""
from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhr_extract.model import TargetKind
from dhr_extract.normalise.dates import ParsedDate, parse_date_text, plan_years

D = datetime.date

# (text, default_year, date, precision, kind, year_inferred)
CASES = [
    # numeric, day-first
    ("31/12/2019", None, D(2019, 12, 31), "day", "date", False),
    ("31.12.18", None, D(2018, 12, 31), "day", "date", False),
    ("31/05/14", None, D(2014, 5, 31), "day", "date", False),
    ("By 30/06/2020", None, D(2020, 6, 30), "day", "date", False),
    ("04/05/2014", None, D(2014, 5, 4), "day", "date", False),
    ("01/04/2012", None, D(2012, 4, 1), "day", "date", False),
    ("20.07.2015", None, D(2015, 7, 20), "day", "date", False),
    ("c)31/05/14", None, D(2014, 5, 31), "day", "date", False),
    ("29/02/2016", None, D(2016, 2, 29), "day", "date", False),
    ("2019-12-31", None, D(2019, 12, 31), "day", "date", False),
    ("31/03/99", None, D(1999, 3, 31), "day", "date", False),
    ("01/04/70", None, D(1970, 4, 1), "day", "date", False),
    ("31.12.69", None, D(2069, 12, 31), "day", "date", False),
    # day + month name
    ("31st December 2014", None, D(2014, 12, 31), "day", "date", False),
    ("31 st March 2015", None, D(2015, 3, 31), "day", "date", False),
    ("21 st may 2014", None, D(2014, 5, 21), "day", "date", False),
    ("31<sup>st</sup> December 2014", None, D(2014, 12, 31), "day", "date", False),
    ("31 December 2014", None, D(2014, 12, 31), "day", "date", False),
    ("30th June 2014", None, D(2014, 6, 30), "day", "date", False),
    ("1-Apr-19", None, D(2019, 4, 1), "day", "date", False),
    ("March 31st 2015", None, D(2015, 3, 31), "day", "date", False),
    ("NABSCOP 24th August 2017", None, D(2017, 8, 24), "day", "date", False),
    ("1st April 2015 - 31st March 2016", None, D(2016, 3, 31), "day", "date", False),
    ("12th-14th May 2015", None, D(2015, 5, 14), "day", "date", False),
    ("06/2015", None, D(2015, 6, 30), "month", "date", False),
    # month + year
    ("Dec-18", None, D(2018, 12, 31), "month", "date", False),
    ("Dec'18", None, D(2018, 12, 31), "month", "date", False),
    ("Sept 2018", None, D(2018, 9, 30), "month", "date", False),
    ("Sept. 2018", None, D(2018, 9, 30), "month", "date", False),
    ("December 14", None, D(2014, 12, 31), "month", "date", False),
    ("October 2014", None, D(2014, 10, 31), "month", "date", False),
    ("Feb 2014", None, D(2014, 2, 28), "month", "date", False),
    ("Feb 2016", None, D(2016, 2, 29), "month", "date", False),
    ("Dec 2014", None, D(2014, 12, 31), "month", "date", False),
    ("By end of March 2017", None, D(2017, 3, 31), "month", "date", False),
    ("Achieved May 2014", None, D(2014, 5, 31), "month", "date", False),
    ("Already in place April 2014", None, D(2014, 4, 30), "month", "date", False),
    ("August 2014 (to allow for final recruiting of staff)", None, D(2014, 8, 31), "month", "date", False),
    ("July 2015 (this may be sooner in the multi-agency arena)", None, D(2015, 7, 31), "month", "date", False),
    ("Jan-Mar 2016", None, D(2016, 3, 31), "month", "date", False),
    ("December 2014 (revised to March 2015)", None, D(2015, 3, 31), "month", "date", False),
    # quarters, financial years, years, seasons
    ("Q2 2020/21", None, D(2020, 9, 30), "quarter", "date", False),
    ("Q4 2020/21", None, D(2021, 3, 31), "quarter", "date", False),
    ("Q1 2019/20", None, D(2019, 6, 30), "quarter", "date", False),
    ("Q3 2019-20", None, D(2019, 12, 31), "quarter", "date", False),
    ("Q1 2020/2021", None, D(2020, 6, 30), "quarter", "date", False),
    ("2020/21 Q3", None, D(2020, 12, 31), "quarter", "date", False),
    ("Q2 2020", None, D(2020, 6, 30), "quarter", "date", False),
    ("Spring 2016", None, D(2016, 5, 31), "quarter", "date", False),
    ("2014/15", None, D(2015, 3, 31), "year", "date", False),
    ("2014-15", None, D(2015, 3, 31), "year", "date", False),
    ("2014-2015", None, D(2015, 3, 31), "year", "date", False),
    ("End of 2015/16", None, D(2016, 3, 31), "year", "date", False),
    ("2015", None, D(2015, 12, 31), "year", "date", False),
    # a word before a period names a third of it, whose last day is the deadline (``date_parts``)
    ("Mid 2015", None, D(2015, 8, 31), "quarter", "date", False),
    ("Early 2026", None, D(2026, 4, 30), "quarter", "date", False),
    ("beginning of 2026", None, D(2026, 4, 30), "quarter", "date", False),
    ("late 2025", None, D(2025, 12, 31), "quarter", "date", False),
    ("By the end of 2025", None, D(2025, 12, 31), "year", "date", False),
    ("Autumn 2025", None, D(2025, 11, 30), "quarter", "date", False),
    ("Winter 2025/26", None, D(2026, 2, 28), "quarter", "date", False),
    ("Winter 2027", None, D(2028, 2, 29), "quarter", "date", False),
    ("late summer 2025", None, D(2025, 8, 31), "month", "date", False),
    ("Early spring 2026", None, D(2026, 3, 31), "month", "date", False),
    ("Mid-June 2025", None, D(2025, 6, 20), "month", "date", False),
    ("early Sept 2025", None, D(2025, 9, 10), "month", "date", False),
    ("Late February 2025", None, D(2025, 2, 28), "month", "date", False),
    ("End of March 2026", None, D(2026, 3, 31), "month", "date", False),
    ("by mid-June", 2025, D(2025, 6, 20), "month", "date", True),
    ("Summer 2025/26", None, D(2026, 3, 31), "year", "date", False),  # a financial year, no season
    ("Early Help plan 2025", None, D(2025, 12, 31), "year", "date", False),  # no word right before the year
    # several dates: the latest is the deadline
    ("June 2014 April 2015 July 2014", None, D(2015, 4, 30), "month", "date", False),
    ("June 2014\nOctober 2014\nApril 2015", None, D(2015, 4, 30), "month", "date", False),
    ("a) October 2012 b) December 2014", None, D(2014, 12, 31), "month", "date", False),
    ("24th April 2014, July 2014, September 2014, December 2014", None, D(2014, 12, 31), "month", "date", False),
    ("31st March 2014 21st May 2014", None, D(2014, 5, 21), "day", "date", False),
    ("July 2014 October 2014- April 2015", None, D(2015, 4, 30), "month", "date", False),
    ("a) TNA completed: October 2014\nTNA and plan presented to steering group: December 14\n"
     "Training Programme in place March 2015\nb) December 2014", None, D(2015, 3, 31), "month", "date", False),
    ("a) Completed\nb)Completed\nc)31/05/14", None, D(2014, 5, 31), "day", "date", False),
    # a date plus a word: still a date
    ("March 2015\nApril 2014 On-going", None, D(2015, 3, 31), "month", "date", False),
    ("June 2014\nOngoing training in place", None, D(2014, 6, 30), "month", "date", False),
    ("Ongoing - review March 2016", None, D(2016, 3, 31), "month", "date", False),
    # words instead of a date
    ("Ongoing", None, None, "", "ongoing", False),
    ("On-going", None, None, "", "ongoing", False),
    ("On going", None, None, "", "ongoing", False),
    ("Continuous", None, None, "", "ongoing", False),
    ("Immediate", None, None, "", "immediate", False),
    ("Immediately", None, None, "", "immediate", False),
    ("With immediate effect", None, None, "", "immediate", False),
    ("April each year", None, None, "", "recurring", False),
    ("Reminder to be sent April each year", 2014, None, "", "recurring", False),
    ("Annually", None, None, "", "recurring", False),
    ("Quarterly", None, None, "", "recurring", False),
    ("Annually from April 2015", None, D(2015, 4, 30), "month", "recurring", False),
    ("a) October 2012\nb) December 2014\nf) Reminder to be sent April each year", None, D(2014, 12, 31), "month",
     "date", False),
    ("Action completed", None, None, "", "complete", False),
    ("Completed", None, None, "", "complete", False),
    ("Achieved", None, None, "", "complete", False),
    ("TBC", None, None, "", "tbc", False),
    ("TBA", None, None, "", "tbc", False),
    ("To be confirmed", None, None, "", "tbc", False),
    ("TBC - subject to funding", None, None, "", "tbc", False),
    ("", None, None, "", "none", False),
    ("NA", None, None, "", "none", False),
    ("N/A", None, None, "", "none", False),
    ("n/a", None, None, "", "none", False),
    ("-", None, None, "", "none", False),
    ("Within one month of sign-off", None, None, "", "other", False),
    ("Within 3 months", None, None, "", "other", False),
    ("Significant holiday dates", None, None, "", "other", False),
    ("Action plan developed as above", None, None, "", "other", False),
    ("To be completed once funding agreed", None, None, "", "other", False),
    # year-less dates: only with a plan year, and flagged
    ("31st March", None, None, "", "other", False),
    ("31st March", 2015, D(2015, 3, 31), "day", "date", True),
    ("31/03", None, None, "", "other", False),
    ("31/03", 2016, D(2016, 3, 31), "day", "date", True),
    ("by end of March", 2015, D(2015, 3, 31), "month", "date", True),
    ("31st March and June 2015", 2014, D(2015, 6, 30), "month", "date", True),
    ("this may be sooner", 2015, None, "", "other", False),
    ("31st December 2014", 2020, D(2014, 12, 31), "day", "date", False),
    # invalid dates and numbers that are not dates
    ("31/02/2019", None, None, "", "other", False),
    ("30th February 2015", None, None, "", "other", False),
    ("Q26", None, None, "", "other", False),
    ("99.97%", None, None, "", "other", False),
    ("18 questions of the 27", None, None, "", "other", False),
    ("Version 3.1", None, None, "", "other", False),
    ("See paragraph 6.1.1", None, None, "", "other", False),
    ("Available 24/7", None, None, "", "other", False),
]


@pytest.mark.parametrize("text,default_year,date,precision,kind,inferred", CASES)
def test_parse_date_text(text, default_year, date, precision, kind, inferred):
    parsed = parse_date_text(text, default_year)
    assert (parsed.date, parsed.precision, parsed.kind, parsed.year_inferred) == (date, precision, kind, inferred)
    assert parsed.text == text
    if date is None:
        assert parsed.dates == ()
    else:
        assert date in parsed.dates and max(parsed.dates) == date


def test_case_count():
    assert len(CASES) >= 60


def test_all_dates_in_order_of_appearance():
    assert parse_date_text("June 2014 April 2015 July 2014").dates == (D(2014, 6, 30), D(2015, 4, 30), D(2014, 7, 31))
    assert parse_date_text("March 2014\n24th April 2014, July 2014, September 2014, December 2014").dates == (
        D(2014, 3, 31), D(2014, 4, 24), D(2014, 7, 31), D(2014, 9, 30), D(2014, 12, 31))
    assert parse_date_text("April 2014 31st March 2014 21st may 2014 30th June 2014").dates == (
        D(2014, 4, 30), D(2014, 3, 31), D(2014, 5, 21), D(2014, 6, 30))


def test_tie_takes_the_most_precise_reading():
    parsed = parse_date_text("2014/15, by 31st March 2015")
    assert (parsed.date, parsed.precision) == (D(2015, 3, 31), "day")


def test_plan_years():
    assert plan_years(["31st December 2014", "March 2015", "June 2015", "2014/15", "31/05/14"]) == 2015
    assert plan_years(["Ongoing", "31st March", ""]) is None
    assert plan_years([]) is None
    assert plan_years(["2014", "2015"]) == 2015  # tie: the later year
    assert plan_years(["99.97% of staff", "Version 2015.1", "2016"]) == 2016


# ------------------------------------------------------------------ properties

_FRAGMENTS = st.sampled_from([
    "31", "1", "12", "2014", "14", "99", "00", "69", "70", "2020/21", "2014-15", "Q2", "Q4", "st", "th", " st",
    "March", "may", "Dec", "Sept", "June", "of", "/", ".", "-", "'", " ", "\n", "ongoing", "TBC", "N/A",
    "each year", "<sup>st</sup>", "\u2013", "Spring", "and", ",", "by", "end", "0", "29/02", "31.12",
])
_DATEISH = st.lists(st.one_of(_FRAGMENTS, st.text(max_size=4)), max_size=12).map("".join)
_YEARS = st.one_of(st.none(), st.integers(min_value=1990, max_value=2060))


def _year_visible(year: int, text: str) -> bool:
    return str(year) in text or str(year)[2:] in text


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), _DATEISH), _YEARS)
def test_never_raises_and_is_consistent(text, default_year):
    parsed = parse_date_text(text, default_year)
    assert isinstance(parsed, ParsedDate)
    assert isinstance(parsed.kind, TargetKind)
    assert parsed.precision in ("day", "month", "quarter", "year", "")
    assert (parsed.date is None) == (parsed.dates == ()) == (parsed.precision == "")
    if parsed.date is not None:
        assert parsed.date == max(parsed.dates)
    if parsed.year_inferred:
        assert default_year is not None


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), _DATEISH), _YEARS)
def test_invisible_year_is_flagged_inferred(text, default_year):
    parsed = parse_date_text(text, default_year)
    for date in parsed.dates:
        if not _year_visible(date.year, text):
            assert parsed.year_inferred


@settings(max_examples=200, deadline=None)
@given(st.text().map(lambda t: re.sub(r"\d", "", t)))
def test_no_digits_no_date_without_default_year(text):
    parsed = parse_date_text(text)
    assert parsed.date is None and parsed.dates == () and not parsed.year_inferred


_MONTHS = ["January", "Feb", "march", "APRIL", "May", "June", "Jul", "Aug", "Sept", "October", "Nov", "Dec"]


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=28), st.sampled_from(_MONTHS), st.sampled_from(["st", "nd", "th", " st", ""]),
       st.sampled_from(["{d}{o} {m}", "{d}{o} of {m}", "By {d}{o} {m}", "{m} {d}th", "{d:02}/{n:02}"]),
       st.integers(min_value=1990, max_value=2060))
def test_year_less_day_month(day, month, ordinal, template, year):
    text = template.format(d=day, o=ordinal, m=month, n=_MONTHS.index(month) + 1)
    assert parse_date_text(text).date is None  # never today's year
    parsed = parse_date_text(text, year)
    assert parsed.date is not None and parsed.date.year == year and parsed.year_inferred


def test_plan_years_never_raises():
    assert plan_years([None, 3, "2015"]) == 2015  # type: ignore[list-item]
