"""Status from progress / status / RAG cells (see docs FIELD_GUIDE "Status words")."""
from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dhr_extract.model import Rag, Status
from dhr_extract.normalise.status import STATUSES, StatusReading, default_codebook, parse_rag, read_status

D = datetime.date

# (progress_text, expected status)
PROGRESS = [
    # complete
    ("COMPLETED", "complete"),
    ("Complete", "complete"),
    ("This action is now complete", "complete"),
    ("COMPLETED \u2013 April 2015", "complete"),
    ("Complete - see minutes 12/09/2018", "complete"),
    ("ACTIONS COMPLETED", "complete"),
    ("Achieved", "complete"),
    ("Completed and embedded", "complete"),
    ("Action closed", "complete"),
    ("Referrals policies, their content and feedback included in service requirements for WCC "
     "commissioned domestic violence and abuse services and built into MASH Domestic Abuse Operating "
     "Procedures.\nCOMPLETED", "complete"),
    ("Draft policy awaiting ratification\nCOMPLETED", "complete"),
    ("Ongoing through 2015. COMPLETED", "complete"),
    ("Complete \u2013 ongoing monitoring through audit", "complete"),
    ("COMPLETED \u2013 will continue to be monitored under monthly contract performance reviews", "complete"),
    ("Audit sent to all GP's to be completed by the end of April 2014 DV information was shared with all "
     "practices. COMPLETED", "complete"),
    ("COMPLETED\nOctober 2016 \u2013 Training programmes in all areas have been revised and are being rolled out "
     "to social workers.", "complete"),
    ("a) COMPLETED\nb) COMPLETED\nd) Handover meeting scheduled. CRC DHR and CSP representation confirmed.\n"
     "COMPLETED", "complete"),
    ("Following a public consultation a new model of service delivery was implemented from 01/04/2012.", "complete"),
    ("Jan 2022: completed", "complete"),
    ("Closed", "complete"),
    # not complete, whatever the words look like
    ("Not yet complete \u2013 awaiting sign-off", "in_progress"),
    ("Incomplete", "in_progress"),
    ("Action not completed", "in_progress"),
    ("Policy has not been implemented", "in_progress"),
    ("Nearly complete", "in_progress"),
    ("Training to complete by March", "unknown"),
    ("To be completed by the end of April 2014", "unknown"),
    ("Will be complete by June 2015", "unknown"),
    ("Once completed, the policy will be published on the website", "unknown"),
    ("Staff to complete training annually", "unknown"),
    ("A complete review of the policy has been commissioned", "unknown"),
    # in progress
    ("Ongoing", "in_progress"),
    ("On-going", "in_progress"),
    ("On going", "in_progress"),
    ("In progress", "in_progress"),
    ("Work is underway with partners", "in_progress"),
    ("Policy being developed", "in_progress"),
    ("Communications company being recruited to undertake research. New website built and being populated.",
     "in_progress"),
    ("Awaiting ratification by the Board", "in_progress"),
    ("Open", "in_progress"),
    # not started / overdue / partial
    ("Not started", "not_started"),
    ("Not yet started", "not_started"),
    ("Work has not yet commenced", "not_started"),
    ("Overdue", "overdue"),
    ("Delayed past target date", "overdue"),
    ("Off track", "overdue"),
    ("Partially complete", "partially_complete"),
    ("Partially achieved \u2013 training delivered, audit outstanding", "partially_complete"),
    ("a) COMPLETED b) ongoing", "partially_complete"),
    ("a) Policy COMPLETED\nb) Training programme being developed", "partially_complete"),
    ("\u2022 Policy ratified: complete\n\u2022 Training: not started", "partially_complete"),
    # histories: the latest entry decides
    ("Oct 2021: Draft policy complete.\nJan 2022: Consultation ongoing.", "in_progress"),
    ("Oct 2021: policy drafted. Jan 2022: consultation underway. Ongoing", "in_progress"),
    ("Jan 2022: Ongoing\nOct 2021: Completed", "in_progress"),
    ("Jan 2022: Completed\nOct 2021: Ongoing", "complete"),
    ("Ongoing.\nReviewed at Board in March.\nCompleted", "complete"),
    ("Complete.\nReopened after the audit: in progress", "in_progress"),
    # nothing to go on
    ("", "unknown"),
    ("   \n  ", "unknown"),
    ("Letters sent to the Home Office. No response to date.", "unknown"),
    ("Discussed at MARAC Steering Group Development Day November 2014.", "unknown"),
]


@pytest.mark.parametrize("text,expected", PROGRESS)
def test_progress_text(text, expected):
    reading = read_status(text)
    assert reading.status == expected
    assert (reading.evidence == "") == (reading.rule == "")
    if expected != "unknown":
        assert reading.evidence and reading.rule


def test_case_count():
    assert len(PROGRESS) >= 40


@pytest.mark.parametrize("text,expected", [
    ("COMPLETED \u2013 April 2015", D(2015, 4, 30)),
    ("Complete - see minutes 12/09/2018", D(2018, 9, 12)),
    ("Completed 3rd June 2019", D(2019, 6, 3)),
    ("April 2015 \u2013 completed", D(2015, 4, 30)),
    ("Achieved May 2014", D(2014, 5, 31)),
    ("COMPLETE AS OF APRIL 2014 ON THE WARWICKSHIRE INTERNET SITE & THE PCC. COMPLETED", D(2014, 4, 30)),
    ("COMPLETED", None),
    ("WMAS Update Jan 2015: the system went live in Oct 2015. COMPLETED", None),
    ("Ongoing \u2013 April 2015", None),
])
def test_completed_on(text, expected):
    assert read_status(text).completed_on == expected


@pytest.mark.parametrize("progress,rag,status_text,legend,expected", [
    # the Status column decides first when it has a status word
    ("Policy being developed", "", "Complete", None, "complete"),
    ("COMPLETED", "", "Ongoing", None, "in_progress"),
    ("COMPLETED", "", "See progress", None, "complete"),
    ("", "", "Not started", None, "not_started"),
    ("", "", "Green", None, "complete"),  # a Status column holding only a colour
    # then the progress text, then the RAG colour
    ("Ongoing", "Green", "", None, "in_progress"),
    ("Letters sent; no response.", "Amber", "", None, "in_progress"),
    ("", "Blue", "", None, "complete"),
    ("", "Green", "", None, "complete"),
    ("", "Amber", "", None, "in_progress"),
    ("", "Red", "", None, "in_progress"),  # open, but neither overdue nor not started is known
    ("", "R", "", {"Red": "Overdue"}, "overdue"),
    ("", "Red", "", {"R": "Not started"}, "not_started"),
    ("", "Green", "", {"Green": "On track", "Blue": "Complete and embedded"}, "in_progress"),
    ("", "Blue", "", {"Green": "in_progress", "Blue": "complete"}, "complete"),
    ("", "Amber", "", {"Amber": "gibberish"}, "in_progress"),  # unreadable legend entry: default
    ("", "", "", None, "unknown"),
    ("", "purple", "", None, "unknown"),
])
def test_decision_order(progress, rag, status_text, legend, expected):
    assert read_status(progress, rag=rag, status_text=status_text, legend=legend).status == expected


def test_status_column_date_falls_back_to_progress():
    reading = read_status("COMPLETED \u2013 April 2015", status_text="Complete")
    assert (reading.status, reading.completed_on) == ("complete", D(2015, 4, 30))


def test_evidence_names_the_words():
    assert read_status("Not yet complete \u2013 awaiting sign-off").evidence == "Not yet complete"
    assert read_status("", rag="G").evidence == "RAG: Green"
    assert "COMPLETED" in read_status("a) COMPLETED b) ongoing").evidence


@pytest.mark.parametrize("text,expected", [
    ("R", "Red"), ("A", "Amber"), ("G", "Green"), ("B", "Blue"),
    ("Green", "Green"), ("GREEN - complete", "Green"), ("Amber/Green", "Green"), ("Red / Amber", "Amber"),
    ("RAG: Red", "Red"), ("RAG status: A", "Amber"), ("A/G", "Green"), ("G - complete", "Green"),
    ("Blue (complete and assured)", "Blue"), ("red", "Red"),
    ("", ""), ("RAG", ""), ("a) policy agreed", ""), ("Complete", ""), ("N/A", ""),
])
def test_parse_rag(text, expected):
    assert parse_rag(text) == expected


# ------------------------------------------------------------------ properties

_WORDS = st.sampled_from([
    "COMPLETED", "complete", "not", "yet", "to be", "by", "Ongoing", "a)", "b)", "\u2022", "Jan 2022:", "Oct 2021:",
    "partially", "overdue", "started", "Not started", "being developed", "\n", " ", ".", "\u2013", "Red", "Green",
    "Amber", "Blue", "R", "G", "12/09/2018", "April 2015", "Achieved", "incomplete", "awaiting", "closed",
])
_STATUSY = st.lists(st.one_of(_WORDS, st.text(max_size=4)), max_size=15).map(" ".join)
_ANY = st.one_of(st.text(), _STATUSY)


@settings(max_examples=150, deadline=None)
@given(_ANY, _ANY, _ANY, st.one_of(st.none(), st.dictionaries(_ANY, _ANY, max_size=3)))
def test_never_raises(progress, rag, status_text, legend):
    reading = read_status(progress, rag=rag, status_text=status_text, legend=legend)
    assert isinstance(reading, StatusReading)
    assert isinstance(reading.status, Status) and reading.status in STATUSES
    assert (reading.evidence == "") == (reading.rule == "")
    if reading.status != "unknown":
        assert reading.rule
    elif reading.rule:  # an unknown with a rule: a text that only asks for an update
        assert default_codebook().rule(reading.rule).status == "unknown"
    if reading.completed_on is not None:
        assert reading.status == "complete"
    colour = parse_rag(rag)
    assert colour == "" or isinstance(colour, Rag)


@settings(max_examples=100, deadline=None)
@given(_ANY)
def test_rag_only_cell_is_never_unknown(text):
    colour = parse_rag(text)
    if colour:
        assert read_status("", rag=text).status != "unknown"


def test_non_string_inputs():
    assert read_status(None).status == "unknown"  # type: ignore[arg-type]
    assert parse_rag(None) == ""  # type: ignore[arg-type]


@pytest.mark.parametrize("text, rag, expected", [
    ("Training delivered to 112 of 150 community midwives. Remaining sessions booked for February 2022.", "",
     "in_progress"),
    ("Audit not completed by the target date because MARAC moved to virtual meetings. Revised target December 2020.",
     "", "overdue"),
    ("Event held 25/11/2022 – 40 employers attended.\nA further event is planned for autumn 2023.", "Green",
     "in_progress"),
    ("a) Complete – script live 06/06/2022.\nb) 31 of 40 clinicians trained; remaining sessions booked.", "Amber",
     "partially_complete"),
    ("40 of 40 staff trained. COMPLETED", "", "complete"),
    ("Audit postponed because of COVID-19.", "", "in_progress"),
])
def test_what_is_left_and_partial_counts(text: str, rag: str, expected: str) -> None:
    assert read_status(text, rag=rag).status == expected


@pytest.mark.parametrize("text, rag, expected", [
    ("First audit completed October 2020; findings shared and a re-audit is planned.", "Amber", "in_progress"),
    ("Audit done.\nCOMPLETED", "Red", "complete"),
    ("169 practitioners have completed the module. Delivery continues.", "", "in_progress"),
    ("The analysis asked how many staff had completed training.", "", "unknown"),
    ("Training completed in March.", "Green", "complete"),
])
def test_colour_and_people_counts_do_not_fake_completion(text: str, rag: str, expected: str) -> None:
    assert read_status(text, rag=rag).status == expected


def test_plan_legend_is_read_from_its_key_and_maps_colours() -> None:
    from dhr_extract.normalise.status import legend_from_text

    legend = legend_from_text(["RAG: Green – action complete; Amber – action in progress; "
                               "Red – action not started or overdue."])
    assert legend == {"Green": "action complete", "Amber": "action in progress",
                      "Red": "action not started or overdue"}
    assert legend_from_text(["The Green Party: a view"]) == {}  # one colour is not a key
    wrapped = ["Each update opens with the action's RAG rating: [GREEN] complete, [AMBER] in progress, [RED] not",
               "started.", "Rec Recommendation"]  # a key line a narrow page wrapped mid-entry
    assert legend_from_text(wrapped) == {"Green": "complete", "Amber": "in progress", "Red": "not started"}
    assert read_status("", rag="Red", legend=legend).status == "overdue"
    # a colour the key calls overdue refines an open narrative
    assert read_status("Audit not yet completed; now scheduled for February.", rag="Red",
                       legend=legend).status == "overdue"
    # a green "on track" never undoes a plain completion label
    assert read_status("Completed – procedure approved.", rag="Green",
                       legend={"Green": "on track", "Blue": "complete"}).status == "complete"


def test_an_update_tagged_with_its_colour_is_rated_by_the_tag_and_the_plan_s_key() -> None:
    from dhr_extract.normalise.status import legend_from_text

    legend = legend_from_text(["Each update opens with the action's RAG rating: [GREEN] complete, "
                               "[AMBER] in progress, [RED] not started."])
    assert legend == {"Green": "complete", "Amber": "in progress", "Red": "not started"}
    assert read_status("[RED]", legend=legend).status == "not_started"
    assert read_status("[AMBER] Content drafted with the IDVA service.", legend=legend).status == "in_progress"
    assert read_status("(Green) Guidance rewritten.").status == "complete"
    assert read_status("Briefed the red team.").status != "overdue"  # a colour word inside an update is no tag
    assert read_status("[AMBER] Drafted.", rag="Green").status == "complete"  # a RAG column wins over the tag


@pytest.mark.parametrize("fill, colour", [
    ("#92d050", "Green"), ("#00b050", "Green"), ("#ffc000", "Amber"), ("#ffff00", "Amber"), ("#ff0000", "Red"),
    ("#c00000", "Red"), ("#00b0f0", "Blue"), ("#0070c0", "Blue"),
    ("#d9e2f3", ""), ("#1f4e79", ""), ("#808080", ""), ("", ""), ("not a colour", ""),
])
def test_rag_from_cell_shading(fill: str, colour: str) -> None:
    from dhr_extract.normalise.status import rag_from_fill

    assert rag_from_fill(fill) == colour


@pytest.mark.parametrize("bar, colour", [
    ("#2e8b3d", "Green"), ("#f0a30a", "Amber"), ("#c8102e", "Red"),  # a deep green too dark for a cell's shading
    ("#1f4e79", ""), ("#bbbbbb", ""), ("", ""),  # a blue accent, a grey rule: no RAG
])
def test_rag_from_a_coloured_bar_at_a_cell_s_left_edge(bar: str, colour: str) -> None:
    from dhr_extract.normalise.status import rag_from_bar

    assert rag_from_bar(bar) == colour


@pytest.mark.parametrize("text, expected", [
    ("a) Mosaic form amended 10/01/2022.\nb) Audit planned for April 2022.", "partially_complete"),
    ("a) Guidance issued in May.\nb) Training delivered to all teams.", "complete"),
    ("a) Guidance will be issued in May.\nb) Audit planned for June.", "in_progress"),
])
def test_sub_items_reported_done_in_the_past_tense(text: str, expected: str) -> None:
    assert read_status(text).status == expected


def test_percentage_alone_in_a_completion_cell_reads_as_status():
    # A "% complete" column: all done, none done, or part done.
    cases = {"100%": ("complete", "label.percent_done"), "0%": ("not_started", "label.percent_none"),
             "40%": ("in_progress", "label.percent_part"), "5 %": ("in_progress", "label.percent_part")}
    for cell, (status, rule) in cases.items():
        reading = read_status("Eight records audited so far.", status_text=cell)
        assert (reading.status.value, reading.rule, reading.evidence) == (status, rule, cell)


def test_percentage_over_100_or_inside_a_sentence_is_no_percent_label():
    assert read_status("", status_text="150%").status.value == "unknown"
    assert read_status("", status_text="%").status.value == "unknown"
    assert read_status("40% of staff trained").rule != "label.percent_part"
