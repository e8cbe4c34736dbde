"""The thirty-first round of held-out plans' content (tools/heldout_drawing_round31.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a ``Rec 1`` label alone in a merged left cell beside an ``Action no.`` column of ``1a``, ``1b``; lead and
target cells merged down over runs of actions that share them, across recommendations; a table of its
own per recommendation, each with the full header row; a Lead column writing ``As above`` where the
agency repeats; a ``#`` column counting the rows beside the recommendation's number).  Written once and
never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def rec_label_action_no_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 9 pt, ruled: the recommendation's label ``Rec 1`` (bold) alone in a narrow
    left cell merged over its action rows, the recommendation merged beside it, then an ``Action no.``
    column numbering the actions ``1a``, ``1b`` (``2a`` where there is one); dates as ``31/03/2026``."""
    t = "Thornbury Vale"
    recs = [
        R("1", f"{t} Police to make sure that officers attending a domestic incident check for previous "
               "calls to the address before they leave.", [
            A(f"{t} Police", "Add a previous-calls prompt to the attending officer's mobile form.", "31/03/2026",
              "Prompt added to the form.", "complete"),
            A(f"{t} Police", "Dip-sample twenty incidents a month for use of the prompt.", "30/06/2026",
              "Sampling started in April.", "in_progress"),
        ], label="Rec 1"),
        R("2", f"{t} Health and Care Trust to offer a domestic abuse screening question at every health "
               "visitor contact.", [
            A(f"{t} Health and Care Trust", "Build the screening question into the health visiting record.",
              "31/01/2026", "Question live on the record.", "complete"),
        ], label="Rec 2"),
        R("3", f"{t} District Council to check with the police before it closes a homelessness case "
               "opened after domestic abuse.", [
            A(f"{t} District Council", "Write the police check into the case closure procedure.", "28/02/2026",
              "Procedure in draft.", "in_progress"),
            A(f"{t} District Council", "Train housing options officers on the new step.", "31/05/2026", "",
              "not_started"),
            A(f"{t} District Council", "Audit ten closed cases after six months.", "30/11/2026", "",
              "not_started"),
        ], label="Rec 3"),
        R("4", f"{t} Probation Delivery Unit to share an offender's release address with the IDVA service "
               "where the victim is known to it.", [
            A(f"{t} Probation", "Agree an information sharing protocol with the IDVA service.", "30/04/2026",
              "Protocol agreed in principle.", "in_progress"),
        ], label="Rec 4"),
        R("5", f"{t} Community Safety Partnership to publish the review's learning in a briefing for "
               "practitioners.", [
            A(f"{t} CSP", "Write and circulate a practitioner briefing.", "31/07/2026", "", "not_started"),
            A(f"{t} CSP", "Hold two lunchtime learning sessions.", "30/09/2026", "", "not_started"),
        ], label="Rec 5"),
    ]
    return dict(
        name="rec_label_action_no_docx", formats=["docx"],
        meta=dict(title="Thornbury Vale Community Safety Partnership – Domestic Homicide Review 'Ruth' – "
                        "Action Plan",
                  review_id_hint="Thornbury Vale DHR Ruth", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action no.", "Action", "Lead agency", "Due", "Progress"],
        sections=[S("", recs)],
    )


def shared_target_merged_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Georgia 9 pt, ruled: the lead agency and target date cells merged down over every
    run of consecutive actions that share them, across recommendations as well as within one; number and
    recommendation merged over the actions; dates as ``31 Mar 2026``."""
    c = "Calderford"
    recs = [
        R("1", f"{c} Police to record every breach of a non-molestation order as a crime.", [
            A(f"{c} Police", "Issue a force instruction on recording breaches.", "31 Mar 2026",
              "Instruction issued.", "complete"),
            A(f"{c} Police", "Check breach recording in the monthly crime data audit.", "31 Mar 2026",
              "First audit done.", "in_progress"),
        ]),
        R("2", f"{c} Police to refer stalking cases to the stalking clinic within five days.", [
            A(f"{c} Police", "Add the clinic referral to the stalking investigation checklist.", "31 Mar 2026",
              "Checklist changed.", "complete"),
        ]),
        R("3", f"{c} NHS Foundation Trust to give emergency department staff access to the MARAC list.", [
            A(f"{c} NHS Foundation Trust", "Set up secure access to the MARAC list for senior nurses.",
              "30 Jun 2026", "Access agreed with the MARAC chair.", "in_progress"),
            A(f"{c} NHS Foundation Trust", "Train senior nurses in using the list.", "30 Jun 2026", "",
              "not_started"),
        ]),
        R("4", f"{c} Council Adult Social Care to consider domestic abuse in every safeguarding enquiry "
               "about an older person.", [
            A(f"{c} Adult Social Care", "Add domestic abuse to the enquiry template.", "30 Sep 2026", "",
              "not_started"),
            A(f"{c} Adult Social Care", "Brief social workers on abuse by adult children.", "30 Sep 2026",
              "Briefing written.", "in_progress"),
        ]),
        R("5", f"{c} Community Safety Partnership to review the plan after twelve months.", [
            A(f"{c} CSP", "Take a progress report to the partnership board.", "31 Dec 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="shared_target_merged_docx", formats=["docx"],
        meta=dict(title="Calderford Community Safety Partnership – Domestic Homicide Review 'Joanne' – "
                        "Action Plan",
                  review_id_hint="Calderford DHR Joanne", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def per_rec_tables_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Verdana 8.5 pt, ruled grey: a small table of its own for each recommendation, every
    one with the full header row, one empty paragraph between them, several to a page; number and
    recommendation merged over the actions; dates as ``June 2026``."""
    m = "Moorhaven"
    recs = [
        R("1", f"{m} Police to offer a named officer to every victim of a repeat domestic incident.", [
            A(f"{m} Police", "Set up a named-officer rota in each neighbourhood team.", "April 2026",
              "Rota in place in two of four teams.", "in_progress"),
            A(f"{m} Police", "Write to victims with their named officer's details.", "June 2026", "",
              "not_started"),
        ]),
        R("2", f"{m} Integrated Care Board to remind GP practices to record a domestic abuse disclosure in "
               "the coded record.", [
            A(f"{m} ICB", "Send a reminder and the code list to every practice.", "January 2026",
              "Reminder sent.", "complete"),
        ]),
        R("3", f"{m} Children's Services to include the father in assessments where he is known to have "
               "been abusive.", [
            A(f"{m} Children's Services", "Change the assessment guidance.", "March 2026", "Guidance changed.",
              "complete"),
            A(f"{m} Children's Services", "Audit fifteen assessments for the father's involvement.",
              "September 2026", "", "not_started"),
        ]),
        R("4", f"{m} Housing Association to train its repairs staff to recognise signs of domestic abuse.", [
            A(f"{m} Housing Association", "Deliver a one-hour session to repairs staff.", "May 2026",
              "Sessions booked.", "in_progress"),
        ]),
        R("5", f"{m} Community Safety Partnership to share the review with the neighbouring partnerships.", [
            A(f"{m} CSP", "Send the overview report to the three neighbouring CSPs.", "February 2026",
              "Sent.", "complete"),
            A(f"{m} CSP", "Present the learning at the regional DHR network.", "October 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="per_rec_tables_docx", formats=["docx"],
        meta=dict(title="Moorhaven Community Safety Partnership – Domestic Homicide Review 'Elaine' – "
                        "Action Plan",
                  review_id_hint="Moorhaven DHR Elaine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def ditto_lead_html() -> dict[str, Any]:
    """HTML, Arial 10 pt, CSS borders: the ``Lead`` cell written ``As above`` wherever the agency is the one
    in the row above (the annotation's agency is the agency meant); reference and recommendation in
    ``rowspan`` cells; dates as ``31/12/2025``."""
    f = "Fernleigh"
    recs = [
        R("1", f"{f} Police to improve how call handlers identify repeat victims.", [
            A(f"{f} Police", "Show previous calls from the caller's number on the call handler's screen.",
              "31/12/2025", "Screen change made.", "complete"),
            A(f"{f} Police", "Train call handlers on the repeat victim script.", "31/03/2026",
              "Training half delivered.", "in_progress"),
        ]),
        R("2", f"{f} Police to review the use of voluntary attendance interviews in domestic abuse cases.", [
            A(f"{f} Police", "Audit voluntary attendance interviews over three months.", "30/06/2026", "",
              "not_started"),
        ]),
        R("3", f"{f} Borough Council to name a domestic abuse lead in each of its front-line services.", [
            A(f"{f} Borough Council", "Appoint a lead in each service.", "31/01/2026", "Leads appointed.",
              "complete"),
            A(f"{f} Borough Council", "Hold a quarterly meeting of the leads.", "31/03/2026",
              "First meeting held.", "in_progress"),
        ]),
        R("4", f"{f} Borough Council and {f} Mental Health Trust to agree how they share a tenant's mental "
               "health crisis plan.", [
            A(f"{f} Borough Council", "Draft a joint protocol for crisis plans.", "30/04/2026",
              "Draft with legal services.", "in_progress"),
            A(f"{f} Mental Health Trust", "Sign the protocol and brief crisis teams.", "31/07/2026", "",
              "not_started"),
        ]),
        R("5", f"{f} Community Safety Partnership to tell the family when the plan is complete.", [
            A(f"{f} CSP", "Write to the family with the plan's outcome.", "30/09/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="ditto_lead_html", formats=["html"],
        meta=dict(title="Fernleigh Community Safety Partnership – Domestic Homicide Review 'Gemma' – Action Plan",
                  review_id_hint="Fernleigh DHR Gemma", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


def row_serial_column_html() -> dict[str, Any]:
    """HTML, Segoe UI 9.5 pt, light grey CSS grid: a first ``#`` column counting the table's rows, 1 to 10,
    one a row, beside a ``Rec no.`` column with the recommendation's own number (``rowspan``, with the
    recommendation); dates as ``Dec 2025``."""
    s = "Saltmarsh"
    recs = [
        R("1", f"{s} Police to make a referral to the IDVA service for every high-risk victim on the day of "
               "the assessment.", [
            A(f"{s} Police", "Change the referral form so that it is sent on completion of the DASH.", "Dec 2025",
              "Form changed.", "complete"),
            A(f"{s} Police", "Monitor same-day referrals monthly.", "Mar 2026", "Monitoring under way.",
              "in_progress"),
        ]),
        R("2", f"{s} Ambulance Service to pass domestic abuse concerns to the police when a crew attends an "
               "injury at home.", [
            A(f"{s} Ambulance Service", "Add domestic abuse to the crew's safeguarding referral app.",
              "Feb 2026", "App updated.", "complete"),
        ]),
        R("3", f"{s} City Council to offer a safety plan to every tenant who reports domestic abuse.", [
            A(f"{s} City Council", "Write a safety planning guide for housing officers.", "Apr 2026",
              "Guide drafted.", "in_progress"),
            A(f"{s} City Council", "Train housing officers to use the guide.", "Jul 2026", "", "not_started"),
            A(f"{s} City Council", "Check fifteen tenancy files for a safety plan.", "Oct 2026", "",
              "not_started"),
        ]),
        R("4", f"{s} Drug and Alcohol Service to ask about domestic abuse at every review.", [
            A(f"{s} Drug and Alcohol Service", "Add the question to the review form.", "Jan 2026",
              "Question added.", "complete"),
            A(f"{s} Drug and Alcohol Service", "Train keyworkers in responding to a disclosure.", "May 2026",
              "Training booked.", "in_progress"),
        ]),
        R("5", f"{s} Community Safety Partnership to publish the review and its action plan.", [
            A(f"{s} CSP", "Publish the overview report and plan on the council website.", "Jun 2026", "",
              "not_started"),
            A(f"{s} CSP", "Report progress to the partnership board each quarter.", "Sep 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="row_serial_column_html", formats=["html"],
        meta=dict(title="Saltmarsh Community Safety Partnership – Domestic Homicide Review 'Leanne' – "
                        "Action Plan",
                  review_id_hint="Saltmarsh DHR Leanne", as_at="", documents=[]),
        columns=["#", "Rec no.", "Recommendation", "Action", "Owner", "Due", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [rec_label_action_no_docx, shared_target_merged_docx, per_rec_tables_docx, ditto_lead_html,
         row_serial_column_html]
