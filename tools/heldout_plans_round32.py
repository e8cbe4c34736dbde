"""The thirty-second round of held-out plans' content (tools/heldout_drawing_round32.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a progress bar drawn above each progress cell's text, a filled bar in an outlined track; Word's light
diagonal ``DRAFT – OFFICIAL-SENSITIVE`` watermark behind the table on every printed page; a borderless table whose cells'
paragraphs are set at 1.5 line spacing with space after, so the gaps inside a cell are as tall as those
between rows; header and theme rows in small capitals with wide letter-spacing; a tracker export with
the column names repeated in a table foot and long web addresses breaking inside the update cells).
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

LINKS: dict[str, str] = {}  # action text -> the web address its update cites (drawn as a link)
DONE: dict[str, int] = {}  # action text -> the per cent done its progress bar shows (drawn only)


def LA(agency: str, action: str, target: str, progress: str, status: str, url: str) -> dict[str, Any]:
    """An action whose update ends with a web address, written as a link after the progress text."""
    LINKS[action] = url
    return A(agency, action, target, f"{progress} {url}".strip(), status)


def BA(agency: str, action: str, target: str, progress: str, status: str, done: int) -> dict[str, Any]:
    """An action whose progress cell shows a bar ``done`` per cent filled above its text."""
    DONE[action] = done
    return A(agency, action, target, progress, status)


def progress_bars_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: each progress cell opens with a progress bar, an outlined track
    (1 px grey border, 7 px high) with a green fill as wide as the share done (100 % complete, 0 %
    not started), above the status and update text; number and recommendation in ``rowspan`` cells;
    targets as financial quarters ``Q4 2025/26``."""
    f = "Fernleigh"
    recs = [
        R("1", f"{f} Police to make sure that officers attending a domestic incident check for previous "
               "call-outs to the address and to the people involved, not only to the caller.", [
            BA(f"{f} Police", "Add a prompt to the mobile data terminal to search linked names and "
               "addresses before arrival.", "Q4 2025/26", "Prompt added in the January release.", "complete",
               100),
            BA(f"{f} Police", "Check fifty incident logs for the search and report to the CSP.", "Q1 2026/27",
               "First twenty-five logs checked.", "in_progress", 60),
        ]),
        R("2", f"{f} NHS Foundation Trust to give midwives access to the safeguarding team's advice "
               "line out of hours.", [
            BA(f"{f} NHS Foundation Trust", "Extend the advice line to evenings and weekends.", "Q2 2026/27",
               "", "not_started", 0),
        ]),
        R("3", f"{f} Borough Council to include domestic abuse in the training of its customer service "
               "advisers, so that a disclosure at the front desk is passed on the same day.", [
            BA(f"{f} Borough Council", "Write a short e-learning module for advisers.", "Q4 2025/26",
               "Module written and tested.", "complete", 100),
            BA(f"{f} Borough Council", "Set a same-day referral route to the domestic abuse service.",
               "Q1 2026/27", "Route agreed; form being built.", "in_progress", 40),
            BA(f"{f} Borough Council", "Audit front-desk referrals after six months.", "Q3 2026/27", "",
               "not_started", 0),
        ]),
        R("4", f"{f} Drug and Alcohol Service to ask every client in treatment about domestic abuse "
               "at review.", [
            BA(f"{f} Drug and Alcohol Service", "Add the question to the three-monthly review form.",
               "Q4 2025/26", "Form changed in February.", "complete", 100),
        ]),
        R("5", f"{f} Community Safety Partnership to hold a learning event on the review.", [
            BA(f"{f} CSP", "Run the event for frontline practitioners.", "Q2 2026/27", "Date set for June.",
               "in_progress", 25),
        ]),
    ]
    return dict(
        name="progress_bars_html", formats=["html"],
        meta=dict(title="Fernleigh Community Safety Partnership – Domestic Homicide Review 'Ruth' – "
                        "Action Plan", review_id_hint="Fernleigh DHR Ruth", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def watermark_draft_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Georgia 10 pt, ruled in grey, two pages: Word's watermark, a WordArt text path in
    the page header (so on every page), centred, behind the text, turned 45 degrees, ``DRAFT –
    OFFICIAL-SENSITIVE`` in silver at half opacity across the table's rows; number and recommendation
    merged over the actions; dates as ``31st March 2026``."""
    c = "Caldermouth"
    recs = [
        R("1", f"{c} Police to review how the force responds when a victim withdraws a complaint of "
               "domestic abuse, so that the risk to the victim is assessed again before the case is closed "
               "and the victim is offered support from a specialist service.", [
            A(f"{c} Police", "Change the case closure checklist so that a withdrawn complaint cannot be "
              "closed without a fresh risk assessment signed by a sergeant.", "31st January 2026",
              "Checklist changed and in use since December; supervisors briefed at the tasking meeting.",
              "complete"),
            A(f"{c} Police", "Refer every victim who withdraws a complaint to the independent domestic "
              "violence advisers, with consent.", "31st March 2026",
              "Referral route agreed with the IDVA service; numbers to be reported each quarter.",
              "in_progress"),
        ]),
        R("2", f"{c} Hospitals NHS Trust to make sure that staff in the emergency department know how to "
               "refer a patient who discloses domestic abuse to the hospital IDVA, including at night.", [
            A(f"{c} Hospitals NHS Trust", "Publish the referral pathway on the department's intranet page "
              "and on posters in the staff areas.", "28th February 2026",
              "Pathway published; posters printed and displayed.", "complete"),
            A(f"{c} Hospitals NHS Trust", "Add a night-time route through the on-call safeguarding nurse.",
              "30th April 2026", "", "not_started"),
        ]),
        R("3", f"{c} Council Adult Social Care to consider domestic abuse when an older person's carer is "
               "also their partner, and to record the carer's relationship in the assessment.", [
            A(f"{c} Adult Social Care", "Add the carer's relationship to the assessment form as a "
              "required field.", "31st March 2026", "Form change requested from the systems team.",
              "in_progress"),
            A(f"{c} Adult Social Care", "Run two workshops for social workers on abuse by a partner who "
              "cares.", "30th June 2026", "", "not_started"),
        ]),
        R("4", f"{c} Housing Partnership to offer a victim a management move without waiting for the "
               "perpetrator to be convicted.", [
            A(f"{c} Housing Partnership", "Amend the allocations policy so that a management move can be "
              "offered on the advice of the MARAC.", "31st May 2026",
              "Amendment drafted and sent to the board for approval in April.", "in_progress"),
        ]),
        R("5", f"{c} Community Safety Partnership to make sure that the employer of a victim or a "
               "perpetrator is invited to contribute to a review where the employer had contact with either.", [
            A(f"{c} CSP", "Add employers to the review's scoping checklist.", "31st December 2025",
              "Checklist updated.", "complete"),
            A(f"{c} CSP", "Write to the ten largest local employers about the review's learning.",
              "31st July 2026", "", "not_started"),
        ]),
        R("6", f"{c} Community Safety Partnership to publish a seven-minute briefing on the review's "
               "learning for all partner agencies.", [
            A(f"{c} CSP", "Write and publish the briefing once the Home Office has agreed the report.",
              "30th September 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="watermark_draft_docx", formats=["docx"],
        meta=dict(title="Caldermouth Community Safety Partnership – Domestic Homicide Review 'Mary' – "
                        "Action Plan", review_id_hint="Caldermouth DHR Mary", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def spaced_paragraphs_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 10 pt, no rules at all: every paragraph of the table set at 1.5 line
    spacing with 8 pt after it and no cell margin above or below, so that the gap between two paragraphs
    of one cell is as tall as the gap between two rows; several action and progress cells of two
    paragraphs; the number written on a recommendation's first row only; dates as ``31/03/26``."""
    w = "Westerholt"
    recs = [
        R("1", f"{w} Police to make sure that a victim's request for a call back is recorded and the call "
               "is made by the end of the next shift.", [
            A(f"{w} Police", "Add a call-back task to the incident record.\nReport overdue call-backs to "
              "the duty inspector each morning.", "31/01/26",
              "Task added in December.\nThe morning report started in January.", "complete"),
            A(f"{w} Police", "Check a month of call-backs for timeliness.", "30/04/26",
              "January and February checked.\nMarch to follow.", "in_progress"),
        ]),
        R("2", f"{w} GP practices to record a patient's disclosure of domestic abuse with a code that "
               "flags the record for every clinician.", [
            A(f"{w} Integrated Care Board", "Issue the coding guidance to all practices.", "28/02/26",
              "Guidance issued to 41 practices.", "complete"),
            A(f"{w} Integrated Care Board", "Audit the coding in ten practices.\nShare the results at the "
              "practice managers' forum.", "31/07/26", "", "not_started"),
        ]),
        R("3", f"{w} Children's Services to involve a child's father in the assessment even when he does "
               "not live with the child.", [
            A(f"{w} Children's Services", "Change the assessment template.", "31/03/26",
              "Template out for consultation.\nComments due by the end of February.", "in_progress"),
        ]),
        R("4", f"{w} Community Safety Partnership to tell the family what has changed as a result of the "
               "review.", [
            A(f"{w} CSP", "Meet the family when the plan is complete.", "31/10/26", "", "not_started"),
        ]),
    ]
    return dict(
        name="spaced_paragraphs_docx", formats=["docx"],
        meta=dict(title="Westerholt Community Safety Partnership – Domestic Homicide Review 'Alison' – "
                        "Action Plan", review_id_hint="Westerholt DHR Alison", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def smallcaps_spaced_header_html() -> dict[str, Any]:
    """HTML, Cambria 9.5 pt, thin grey CSS grid: the header row and two theme rows spanning the table set
    in small capitals (``font-variant: small-caps``) with the letters spaced 0.25 em apart
    (``letter-spacing``), not bold; the theme rows (the owners) on a pale fill; ``Ref`` and recommendation
    in ``rowspan`` cells; dates as ``March 2026``."""
    m = "Mallowby"
    info = [
        R("1", f"{m} Police to share the record of a domestic incident with the victim's GP within three "
               "working days.", [
            A(f"{m} Police", "Set up a secure email route to the practices.", "January 2026",
              "Route in use.", "complete"),
            A(f"{m} Police", "Check that notifications reach the practice.", "April 2026",
              "Test with six practices under way.", "in_progress"),
        ]),
        R("2", f"{m} Probation Service to tell the MARAC when a perpetrator on licence moves address.", [
            A(f"{m} Probation Service", "Add the MARAC to the change-of-address notification.", "March 2026",
              "", "not_started"),
        ]),
    ]
    training = [
        R("3", f"{m} Schools to train designated safeguarding leads in spotting a child living with "
               "domestic abuse.", [
            A(f"{m} Education Service", "Run a half-day course each term.", "July 2026",
              "Spring course held.", "in_progress"),
        ]),
        R("4", f"{m} Community Safety Partnership to train faith leaders to recognise coercive control.", [
            A(f"{m} CSP", "Commission a training provider.", "February 2026", "Provider commissioned.",
              "complete"),
            A(f"{m} CSP", "Hold two sessions for faith leaders.", "September 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="smallcaps_spaced_header_html", formats=["html"],
        meta=dict(title="Mallowby Community Safety Partnership – Domestic Homicide Review 'Gwen' – Action Plan",
                  review_id_hint="Mallowby DHR Gwen", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("Information sharing", info), S("Training and awareness", training)],
    )


def tfoot_links_html() -> dict[str, Any]:
    """HTML, Segoe UI 10 pt, CSS grid: a tracker export with the column names in a ``<thead>`` and again
    in a ``<tfoot>``, which the browser prints at the foot of every page as well as the head; several
    update cells ending with a long web address (a link) that breaks anywhere in the narrow column;
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``2026-03-31``."""
    b = "Brindlecombe"
    site = "https://www.brindlecombe.gov.uk/community-safety/domestic-homicide-reviews"
    recs = [
        R("1", f"{b} Police to record the relationship between a victim and a suspect in every domestic "
               "abuse crime.", [
            LA(f"{b} Police", "Make the relationship field mandatory in the crime recording system.",
               "2026-01-31", "Field mandatory since January; see the change note at", "complete",
               f"{site}/dhr-lucy/police-change-note-2026.pdf"),
            A(f"{b} Police", "Report the field's completion rate to the CSP each quarter.", "2026-06-30",
              "First report due in April.", "in_progress"),
        ]),
        R("2", f"{b} NHS Trust to give community nurses a domestic abuse screening question for home "
               "visits.", [
            LA(f"{b} NHS Trust", "Publish the question and guidance for community nurses.", "2026-03-31",
               "Guidance published on the Trust's safeguarding pages:", "complete",
               "https://www.brindlecombe-nhs.uk/safeguarding/domestic-abuse/community-nursing-guidance"),
            A(f"{b} NHS Trust", "Audit the question's use in twenty home visits.", "2026-09-30", "",
              "not_started"),
        ]),
        R("3", f"{b} Council to fund a specialist worker for older victims of domestic abuse.", [
            A(f"{b} Council", "Bid for the post in the next budget round.", "2026-02-28",
              "Bid submitted; decision expected in March.", "in_progress"),
        ]),
        R("4", f"{b} Community Safety Partnership to publish the review with its action plan and keep the "
               "plan's progress up to date online.", [
            LA(f"{b} CSP", "Publish the overview report, the executive summary and this plan.", "2025-12-31",
               "All three published:", "complete", f"{site}/dhr-lucy"),
            A(f"{b} CSP", "Update the plan's progress online every six months.", "2026-12-31", "",
              "not_started"),
        ]),
        R("5", f"{b} Housing Association to tell tenants how to report abuse in confidence.", [
            LA(f"{b} Housing Association", "Add a confidential reporting page to the tenants' website.",
               "2026-04-30", "Draft page in testing at", "in_progress",
               "https://tenants.brindlecombe-homes.org.uk/support/report-abuse-in-confidence"),
        ]),
        R("6", f"{b} Safeguarding Adults Board to check that the review's learning has reached staff a year "
               "after publication.", [
            A(f"{b} Safeguarding Adults Board", "Survey practitioners in the partner agencies about the "
              "learning.", "2026-11-30", "", "not_started"),
            LA(f"{b} Safeguarding Adults Board", "Publish the survey's findings in the board's annual "
               "report.", "2027-03-31", "Last year's report for comparison:", "not_started",
               "https://www.brindlecombe-sab.org.uk/publications/annual-report-2024-25.pdf"),
        ]),
    ]
    return dict(
        name="tfoot_links_html", formats=["html"],
        meta=dict(title="Brindlecombe Community Safety Partnership – Domestic Homicide Review 'Lucy' – "
                        "Action Plan", review_id_hint="Brindlecombe DHR Lucy", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Due date", "Update"],
        sections=[S("", recs)],
    )


PLANS = [progress_bars_html, watermark_draft_docx, spaced_paragraphs_docx, smallcaps_spaced_header_html,
         tfoot_links_html]
