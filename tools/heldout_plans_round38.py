"""The thirty-eighth round of held-out plans' content (tools/heldout_drawing_round38.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan with no target column, the recommendations grouped under band rows naming their timescale,
``Short term – by 30 September 2026``, so that the table's order is not the report's; a web page whose
status is only the fill colour of each action's row, keyed above the table; a Word plan of two columns,
``Recommendation`` and ``Action and update``, the second cell holding the action's fields as paragraphs
opened by bold run-in labels, ``Action:``, ``Lead:``, ``Target date:``, ``Update:``; a Word plan whose
header row is a one-row table of its own, set just above the body's table with columns a little off it,
so that the header is printed on the first page only; a web page whose multi-agency actions are one row
naming every agency in the lead cell, each agency's progress a paragraph opened by its name in bold).
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

IMMEDIATE = "Immediate – by 31 March 2026"
SHORT = "Short term – by 30 September 2026"
MEDIUM = "Medium term – by 31 March 2027"


def timescale_bands_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9.5 pt, ruled: no target column; the recommendations grouped under
    shaded band rows spanning the table that name the timescale (``Immediate – by 31 March 2026``,
    ``Short term – by 30 September 2026``, ``Medium term – by 31 March 2027``), every action under a band
    due by it (the band's text the annotation's target), so the numbers run 2, 5, 1, 4, 3, 6 down the
    table; number and recommendation merged over the actions; progress opens with the status."""
    w = "Wrenbury Vale"
    recs = [
        R("2", f"{w} Police to make sure that a domestic abuse incident at a property with a firearms "
               "licence is referred to the firearms licensing team on the same day.", [
            A(f"{w} Police", "Add a firearms licence check to the domestic abuse attendance checklist.",
              IMMEDIATE, "Checklist changed and issued on 9 February 2026.", "complete"),
            A(f"{w} Police", "Set up a daily referral from the domestic abuse unit to firearms licensing.",
              IMMEDIATE, "Referral agreed; the inbox is being set up.", "in_progress"),
        ]),
        R("5", f"{w} Community Safety Partnership to send the review's learning briefing to every partner "
               "agency.", [
            A(f"{w} CSP", "Circulate the seven-minute briefing to the partnership's members.", IMMEDIATE,
              "Briefing sent to 23 partner agencies on 2 March 2026.", "complete"),
        ]),
        R("1", f"{w} Integrated Care Board to make sure that GP practices record a patient's disclosure "
               "of domestic abuse with a code that every clinician can see.", [
            A(f"{w} Integrated Care Board", "Issue coding guidance for domestic abuse disclosures to every "
              "practice.", SHORT, "Guidance drafted with the named GP for safeguarding.", "in_progress"),
            A(f"{w} Integrated Care Board", "Audit the coding in six practices.", SHORT, "", "not_started"),
        ]),
        R("4", f"{w} Housing Services to ask about domestic abuse when a tenant asks to add a new partner "
               "to the tenancy.", [
            A(f"{w} Housing Services", "Add a domestic abuse question to the joint tenancy application.",
              SHORT, "Question added to the form in April 2026.", "complete"),
            A(f"{w} Housing Services", "Train the lettings officers to ask the question in private.", SHORT,
              "Nine of fourteen lettings officers trained.", "in_progress"),
        ]),
        R("3", f"{w} Adult Social Care to make sure that a safeguarding enquiry into domestic abuse "
               "considers the risk to the carer as well as the cared-for person.", [
            A(f"{w} Adult Social Care", "Revise the section 42 enquiry template to include the carer.",
              MEDIUM, "", "not_started"),
            A(f"{w} Adult Social Care", "Hold a practice development session for the safeguarding team.",
              MEDIUM, "Session booked for October 2026.", "in_progress"),
        ]),
        R("6", f"{w} Probation Service to share a perpetrator's risk management plan with the MARAC "
               "coordinator before each meeting.", [
            A(f"{w} Probation Service", "Agree a secure route for sending risk management plans to the "
              "MARAC coordinator.", MEDIUM, "Secure email route tested in June 2026.", "complete"),
        ]),
    ]
    return dict(
        name="timescale_bands_docx", formats=["docx"],
        meta=dict(title="Wrenbury Vale Community Safety Partnership – Domestic Homicide Review 'Irene' – "
                        "Action Plan", review_id_hint="Wrenbury Vale DHR Irene", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Progress"],
        sections=[S("", recs)],
    )


def row_fill_status_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, thin grey CSS grid: the status only as the fill of each action's row (its
    action, lead, target and update cells; pale green complete, pale amber in progress, pale red not
    started), keyed by three filled swatches in a line above the table; no status column and the update
    not stating the status; ``Ref`` and recommendation in ``rowspan`` cells, unfilled; dates as
    ``31/03/2026``."""
    c = "Culverdale"
    recs = [
        R("1", f"{c} Police to make sure that officers attending a domestic abuse incident speak to the "
               "victim away from the suspect.", [
            plain_action(f"{c} Police", "Add the requirement to the domestic abuse attendance policy.",
                         "31/03/2026", "Policy reissued on 16 March 2026.", "complete"),
            plain_action(f"{c} Police", "Check body-worn video from twenty incidents for the separate "
                         "conversation.", "30/09/2026", "Eight incidents reviewed so far.", "in_progress"),
        ]),
        R("2", f"{c} NHS Foundation Trust to make sure that maternity staff ask about domestic abuse at "
               "every antenatal appointment when the partner is not present.", [
            plain_action(f"{c} NHS Foundation Trust", "Change the antenatal record so that it prompts the "
                         "question.", "30/06/2026", "Change requested from the system supplier.",
                         "in_progress"),
            plain_action(f"{c} NHS Foundation Trust", "Brief community midwives on asking when the partner "
                         "is absent.", "31/05/2026", "", "not_started"),
        ]),
        R("3", f"{c} Borough Council to include domestic abuse in the induction of its housing "
               "options officers.", [
            plain_action(f"{c} Borough Council", "Add a domestic abuse module to the housing options "
                         "induction.", "28/02/2026", "Module in use since February 2026.", "complete"),
        ]),
        R("4", f"{c} Drug and Alcohol Service to work with the IDVA service when a client discloses "
               "domestic abuse.", [
            plain_action(f"{c} Drug and Alcohol Service", "Agree a joint working protocol with the IDVA "
                         "service.", "31/07/2026", "Protocol drafted and with both managers.",
                         "in_progress"),
            plain_action(f"{c} Drug and Alcohol Service", "Place an IDVA in the service's hub one day a "
                         "week.", "31/10/2026", "", "not_started"),
        ]),
        R("5", f"{c} Community Safety Partnership to check the plan's progress at each board meeting.", [
            plain_action(f"{c} CSP", "Add the plan to the board's standing agenda.", "31/01/2026",
                         "On the agenda since January 2026.", "complete"),
        ]),
    ]
    return dict(
        name="row_fill_status_html", formats=["html"],
        meta=dict(title="Culverdale Community Safety Partnership – Domestic Homicide Review 'Hannah' – "
                        "Action Plan", review_id_hint="Culverdale DHR Hannah", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Update"],
        sections=[S("", recs)],
    )


def run_in_labels_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Verdana 9 pt, ruled: a table of two columns only, ``Recommendation`` (``1.``
    bold before the text, merged over the actions) and ``Action and update``, one row per action, its
    cell four paragraphs opened by bold run-in labels, ``Action:``, ``Lead:``, ``Target date:`` and
    ``Update:`` (the update opening with the status); the header row repeated; dates as
    ``31 March 2026``."""
    p = "Pennington"
    recs = [
        R("1", f"{p} Police to make sure that a victim who withdraws support for a prosecution is referred "
               "to a specialist domestic abuse service.", [
            A(f"{p} Police", "Add a referral prompt to the victim withdrawal statement process.",
              "31 March 2026", "Prompt added to the case file system on 4 March 2026.", "complete"),
            A(f"{p} Police", "Brief the criminal justice unit on the referral.", "30 April 2026",
              "Two of the three unit teams briefed.", "in_progress"),
        ]),
        R("2", f"{p} City Council Children's Services to make sure that the other parent is contacted when "
               "a child in need assessment identifies domestic abuse.", [
            A(f"{p} Children's Services", "Amend the assessment guidance to require contact with the other "
              "parent.", "30 June 2026", "Guidance amended; awaiting sign-off by the principal social "
              "worker.", "in_progress"),
        ]),
        R("3", f"{p} Integrated Care Board to make sure that the domestic abuse lead for primary care "
               "receives the MARAC minutes for each practice.", [
            A(f"{p} Integrated Care Board", "Agree the sharing of MARAC minutes with the MARAC chair.",
              "31 January 2026", "Sharing agreement signed in January 2026.", "complete"),
            A(f"{p} Integrated Care Board", "Set up a secure mailbox for the minutes.", "28 February 2026",
              "Mailbox in use since February 2026.", "complete"),
        ]),
        R("4", f"{p} Housing Association to record domestic abuse as a reason for a tenancy ending.", [
            A(f"{p} Housing Association", "Add domestic abuse to the tenancy termination reasons.",
              "31 August 2026", "", "not_started"),
            A(f"{p} Housing Association", "Report the number of tenancies ended by domestic abuse to the "
              "CSP each year.", "31 March 2027", "", "not_started"),
        ]),
        R("5", f"{p} Community Safety Partnership to publish the review and the action plan.", [
            A(f"{p} CSP", "Publish the overview report, executive summary and action plan.", "31 May 2026",
              "Home Office quality assurance letter received; publication date agreed with the family.",
              "in_progress"),
        ]),
    ]
    return dict(
        name="run_in_labels_docx", formats=["docx"],
        meta=dict(title="Pennington Community Safety Partnership – Domestic Homicide Review 'Sylvia' – "
                        "Action Plan", review_id_hint="Pennington DHR Sylvia", as_at="", documents=[]),
        columns=["Recommendation", "Action and update"],
        sections=[S("", recs)],
    )


def header_table_apart_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 10 pt, ruled: the header row (``Rec / Recommendation / Action / Lead
    agency / Target date / Progress``, dark fill, white bold) a one-row table of its own, then a 1 pt
    paragraph, then the body's table, its columns a few millimetres off the header's, so that the header
    is printed on the first page only and the body's second page has none; number and recommendation
    merged over the actions; progress opens with the status; dates as ``31 Mar 2026``."""
    r = "Redgrave"
    recs = [
        R("1", f"{r} Police to make sure that officers consider coercive and controlling behaviour at every "
               "domestic abuse incident, not only the incident reported.", [
            A(f"{r} Police", "Add a coercive control question set to the incident attendance record.",
              "31 Mar 2026", "Question set live on the mobile devices since 23 February 2026.", "complete"),
            A(f"{r} Police", "Deliver coercive control training to every response officer.", "30 Sep 2026",
              "Training delivered to 180 of 310 response officers; the rest are booked for the summer.",
              "in_progress"),
            A(f"{r} Police", "Review twenty closed domestic abuse incidents for the coercive control "
              "questions.", "31 Dec 2026", "", "not_started"),
        ]),
        R("2", f"{r} NHS Trust to make sure that mental health staff ask a patient about their own "
               "abusive behaviour when a partner has raised concerns.", [
            A(f"{r} NHS Trust", "Include questions on the patient's abusive behaviour in the mental health "
              "assessment guidance.", "30 Jun 2026", "Guidance drafted and shared with the clinical leads "
              "for comment.", "in_progress"),
            A(f"{r} NHS Trust", "Add the review's case study to the trust's safeguarding training.",
              "31 Mar 2026", "Case study added to the level 3 training in January 2026.", "complete"),
        ]),
        R("3", f"{r} District Council to make sure that a homelessness application that mentions domestic "
               "abuse is checked against the MARAC list.", [
            A(f"{r} District Council", "Give the housing options team read access to the MARAC list.",
              "31 May 2026", "Access agreed by the MARAC steering group; accounts being set up.",
              "in_progress"),
        ]),
        R("4", f"{r} Adult Social Care to make sure that a carer's assessment asks about the carer's "
               "safety.", [
            A(f"{r} Adult Social Care", "Add a safety question to the carer's assessment.", "31 Jan 2026",
              "Question added to the assessment in January 2026.", "complete"),
            A(f"{r} Adult Social Care", "Audit fifteen carer's assessments for the safety question.",
              "31 Oct 2026", "", "not_started"),
        ]),
        R("5", f"{r} Probation Service to check with the police for domestic abuse call-outs before "
               "approving a change of address.", [
            A(f"{r} Probation Service", "Make the police check a step in the change of address procedure.",
              "30 Apr 2026", "Procedure changed in April 2026 and briefed to every probation officer.",
              "complete"),
        ]),
        R("6", f"{r} Community Safety Partnership to report on the plan to the family every six months.", [
            A(f"{r} CSP", "Write to the family with a progress summary.", "30 Sep 2026",
              "First letter sent in March 2026.", "in_progress"),
            A(f"{r} CSP", "Offer the family a meeting with the chair of the partnership.", "31 Dec 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="header_table_apart_docx", formats=["docx"],
        meta=dict(title="Redgrave Community Safety Partnership – Domestic Homicide Review 'Pauline' – "
                        "Action Plan", review_id_hint="Redgrave DHR Pauline", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def joint_agency_progress_html() -> dict[str, Any]:
    """HTML, Georgia 9.5 pt, CSS borders: a multi-agency action written once, on one row, the ``Lead
    agency`` cell naming each agency on a line of its own (``<br>``) and the ``Progress`` cell holding a
    paragraph per agency opened by its name in bold (``Silverbeck Police:``), each agency an action of
    its own in the annotation with the shared action text and target and its own progress (without the
    name); single-agency actions one row each; ``No.`` and recommendation in ``rowspan`` cells; dates as
    ``30 Sep 2026``."""
    s = "Silverbeck"
    joint_1 = "Train front-line staff to recognise economic abuse."
    joint_3 = "Nominate a named contact for the MARAC and tell the coordinator."
    recs = [
        R("1", "All agencies to make sure that their front-line staff recognise economic abuse as domestic "
               "abuse.", [
            A(f"{s} Police", joint_1, "30 Sep 2026", "Economic abuse added to the response officers' "
              "training in March 2026.", "complete"),
            A(f"{s} Borough Council", joint_1, "30 Sep 2026", "Training booked for the revenues and "
              "benefits team in July.", "in_progress"),
            A(f"{s} Citizens Advice", joint_1, "30 Sep 2026", "", "not_started"),
        ]),
        R("2", f"{s} Police to make sure that a report of a breach of a non-molestation order is "
               "investigated as a crime.", [
            A(f"{s} Police", "Issue a force instruction on breaches of non-molestation orders.",
              "31 Mar 2026", "Instruction issued on 11 February 2026.", "complete"),
        ]),
        R("3", "All agencies to make sure that the MARAC has a named contact in each of them.", [
            A(f"{s} NHS Foundation Trust", joint_3, "31 May 2026", "Named contact: the head of "
              "safeguarding.", "complete"),
            A(f"{s} Adult Social Care", joint_3, "31 May 2026", "Contact nominated; the coordinator not yet "
              "told.", "in_progress"),
        ]),
        R("4", f"{s} Integrated Care Board to include domestic abuse in the GP practices' safeguarding "
               "self-assessment.", [
            A(f"{s} Integrated Care Board", "Add domestic abuse questions to the self-assessment.",
              "31 Dec 2026", "", "not_started"),
        ]),
        R("5", f"{s} Community Safety Partnership to check that each agency has done what the plan asks.", [
            A(f"{s} CSP", "Ask each agency for evidence of its actions.", "31 Mar 2027",
              "Evidence requested from every agency in April 2026.", "in_progress"),
        ]),
    ]
    return dict(
        name="joint_agency_progress_html", formats=["html"],
        meta=dict(title="Silverbeck Community Safety Partnership – Domestic Homicide Review 'Lorraine' – "
                        "Action Plan", review_id_hint="Silverbeck DHR Lorraine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [timescale_bands_docx, row_fill_status_html, run_in_labels_docx, header_table_apart_docx,
         joint_agency_progress_html]
