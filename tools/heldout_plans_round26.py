"""The twenty-sixth round of held-out plans' content (tools/heldout_drawing_round26.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(each recommendation's rows marked only by a thick coloured bar at their left, no other rule; rows drawn as
separate rounded boxes with a gap between them and each number in a dark circle; a grid of double lines;
banded columns, every other column shaded and no rule; recommendations numbered `1.1`, `1.2` under
numbered section rows).  Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def left_bar_groups_html() -> dict[str, Any]:
    """HTML, Arial 9.5 pt: no rule in the table but a 2 px line under the header; each recommendation's
    rows marked by a thick (5 px) coloured bar down the left edge of its ``rowspan`` number cell, a
    different colour for each recommendation, and a wider space above each recommendation than between its
    actions; dates as ``31 Mar 2026``."""
    w = "Wetherlow"
    recs = [
        R("1", f"{w} Police to check the history of both parties before closing a domestic incident log.", [
            A(f"{w} Police", "Add a history check to the closure checklist.", "31 Dec 2025",
              "Checklist changed in December 2025.", "complete"),
            A(f"{w} Police", "Dip-sample fifty closed logs.", "31 Mar 2026", "Twenty logs sampled.",
              "in_progress"),
        ]),
        R("2", f"{w} Adult Social Care to offer a carer's assessment to a carer who discloses abuse.", [
            A(f"{w} Adult Social Care", "Change the carer's assessment guidance.", "30 Nov 2025", "",
              "not_started"),
        ]),
        R("3", f"{w} Integrated Care Board to remind GPs to ask about abuse at a patient's medication "
               "review.", [
            A(f"{w} Integrated Care Board", "Send a practice bulletin on the question.", "31 Oct 2025",
              "Bulletin sent on 14 October 2025.", "complete"),
            A(f"{w} Integrated Care Board", "Add the question to the review template.", "31 Jan 2026",
              "Template with the system supplier.", "in_progress"),
        ]),
        R("4", f"{w} Housing Partnership to give victims a named housing officer.", [
            A(f"{w} Housing Partnership", "Name an officer for each area.", "28 Feb 2026", "", "not_started"),
        ]),
        R("5", f"{w} Community Safety Partnership to share the review's learning with faith groups.", [
            A(f"{w} CSP", "Hold a learning session with faith leaders.", "30 Apr 2026",
              "Session booked for April.", "in_progress"),
        ]),
    ]
    return dict(
        name="left_bar_groups_html", formats=["html"],
        meta=dict(title="Wetherlow Community Safety Partnership – Domestic Homicide Review 'Iris' – "
                        "Action Plan",
                  review_id_hint="Wetherlow DHR Iris", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Due", "Progress"],
        sections=[S("", recs)],
    )


def boxed_rows_circle_numbers_html() -> dict[str, Any]:
    """HTML, Trebuchet MS 9 pt: the table's rows drawn as separate boxes with rounded ends and a 6 px gap
    between them (``border-collapse: separate``, ``border-spacing: 0 6px``), one box an action; the number
    white in a dark filled circle; number and recommendation written on a recommendation's first action
    only (its further boxes start empty); dates as ``31st October 2025``."""
    k = "Kilnmoor"
    recs = [
        R("1", f"{k} Police to ask a victim about stalking at every domestic abuse risk assessment.", [
            A(f"{k} Police", "Add the stalking questions to the risk form.", "31st October 2025",
              "Questions added.", "complete"),
            A(f"{k} Police", "Train response officers in the questions.", "31st March 2026",
              "Half of the officers trained.", "in_progress"),
        ]),
        R("2", f"{k} Children's Services to see each child alone during an assessment where abuse is known.", [
            A(f"{k} Children's Services", "Audit twenty assessments for a child seen alone.", "31st January 2026",
              "", "not_started"),
        ]),
        R("3", f"{k} Hospital Trust to refer a patient disclosing abuse in the emergency department to the "
               "hospital IDVA.", [
            A(f"{k} Hospital Trust", "Put the IDVA referral in the department's pathway.", "30th November 2025",
              "Pathway changed in November 2025.", "complete"),
        ]),
        R("4", f"{k} Probation Service to tell the police when a perpetrator moves address.", [
            A(f"{k} Probation Service", "Issue an instruction to offender managers.", "31st December 2025",
              "Instruction drafted.", "in_progress"),
            A(f"{k} Police", "Record the notifications on the police system.", "28th February 2026", "",
              "not_started"),
        ]),
        R("5", f"{k} Community Safety Partnership to publish a leaflet on economic abuse.", [
            A(f"{k} CSP", "Write and print the leaflet.", "30th June 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="boxed_rows_circle_numbers_html", formats=["html"],
        meta=dict(title="Kilnmoor Community Safety Partnership – Domestic Homicide Review 'Edith' – "
                        "Action Plan",
                  review_id_hint="Kilnmoor DHR Edith", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def double_rules_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Times New Roman 10 pt, 2 cm margins: every border of the table a double line
    (``w:val="double"``, two thin rules with a gap), outside and inside; ``Ref`` and recommendation
    merged over the actions; dates as ``30/09/2025``."""
    m = "Marlcombe"
    recs = [
        R("1", f"{m} Police to record whether children were present at every domestic incident.", [
            A(f"{m} Police", "Make the field mandatory in the incident record.", "30/09/2025",
              "Field mandatory since September 2025.", "complete"),
            A(f"{m} Police", "Report the figures to the partnership each quarter.", "31/03/2026",
              "First report given.", "in_progress"),
        ]),
        R("2", f"{m} Schools to receive a notification the morning after a child has witnessed abuse.", [
            A(f"{m} County Council", "Join the notification scheme.", "31/12/2025", "", "not_started"),
        ]),
        R("3", f"{m} Mental Health Trust to involve the family in the care plan of a patient at risk of "
               "harming a partner.", [
            A(f"{m} Mental Health Trust", "Change the care planning policy.", "31/01/2026",
              "Policy out for consultation.", "in_progress"),
            A(f"{m} Mental Health Trust", "Audit the change after six months.", "31/07/2026", "",
              "not_started"),
        ]),
        R("4", f"{m} Ambulance Service to share a concern about abuse with the patient's GP.", [
            A(f"{m} Ambulance Service", "Add GP notification to the safeguarding referral.", "30/11/2025",
              "Notification live.", "complete"),
        ]),
        R("5", f"{m} Community Safety Partnership to hold a learning event on the review.", [
            A(f"{m} CSP", "Hold the learning event.", "31/10/2025", "Event held on 22 October 2025.",
              "complete"),
        ]),
    ]
    return dict(
        name="double_rules_docx", formats=["docx"],
        meta=dict(title="Marlcombe Community Safety Partnership – Domestic Homicide Review 'Lilian' – "
                        "Action Plan",
                  review_id_hint="Marlcombe DHR Lilian", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def banded_columns_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, no rule anywhere: Word's banded columns, every other column shaded
    pale grey from the header down (``Recommendation``, ``Lead``, ``Progress``), the header row dark with
    white bold text; number and recommendation merged over the actions; dates as ``Q3 2025/26``."""
    f = "Fellbrook"
    recs = [
        R("1", f"{f} Police to make a referral to the IDVA service after every high-risk incident.", [
            A(f"{f} Police", "Automate the IDVA referral from the risk form.", "Q3 2025/26",
              "Automated referral live.", "complete"),
            A(f"{f} Police", "Check that every referral is received.", "Q4 2025/26", "Checks begun.",
              "in_progress"),
        ]),
        R("2", f"{f} Drug and Alcohol Service to ask every client about domestic abuse.", [
            A(f"{f} Drug and Alcohol Service", "Add the question to the assessment.", "Q3 2025/26", "",
              "not_started"),
        ]),
        R("3", f"{f} District Council to tell a victim's landlord of a need for repairs after abuse.", [
            A(f"{f} District Council", "Agree a protocol with social landlords.", "Q4 2025/26",
              "Protocol drafted.", "in_progress"),
        ]),
        R("4", f"{f} GP practices to flag the records of both partners when abuse is disclosed.", [
            A(f"{f} Integrated Care Board", "Write the flagging guidance.", "Q2 2025/26",
              "Guidance written and issued.", "complete"),
            A(f"{f} Integrated Care Board", "Audit flag use in five practices.", "Q1 2026/27", "",
              "not_started"),
        ]),
        R("5", f"{f} Community Safety Partnership to report the plan's progress to the board twice a year.", [
            A(f"{f} CSP", "Give the first progress report.", "Q4 2025/26", "", "not_started"),
        ]),
    ]
    return dict(
        name="banded_columns_docx", formats=["docx"],
        meta=dict(title="Fellbrook Community Safety Partnership – Domestic Homicide Review 'Nora' – "
                        "Action Plan",
                  review_id_hint="Fellbrook DHR Nora", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def section_decimal_recs_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Arial 9 pt, horizontal rules only: numbered section rows (``1`` in the number
    column, ``Information sharing`` bold across the rest, shaded; the sections are the owners) and under
    them the recommendations numbered within their section (``1.1``, ``1.2``, ``2.1``); number and
    recommendation merged over the actions; dates as ``December 2025``."""
    s = "Stonegate"
    sec1 = [
        R("1.1", f"{s} Police to share a perpetrator's bail conditions with the victim's IDVA.", [
            A(f"{s} Police", "Send bail conditions to the IDVA service on the day set.", "December 2025",
              "Sharing in place.", "complete"),
        ]),
        R("1.2", f"{s} Health and social care agencies to share concerns about coercive control at MARAC.", [
            A(f"{s} Integrated Care Board", "Brief health MARAC representatives.", "January 2026",
              "Briefing given to two of three.", "in_progress"),
            A(f"{s} Adult Social Care", "Brief the social care representative.", "January 2026", "",
              "not_started"),
        ]),
    ]
    sec2 = [
        R("2.1", f"{s} Agencies to train front-line staff in recognising economic abuse.", [
            A(f"{s} CSP", "Commission economic abuse training.", "March 2026", "Provider chosen.",
              "in_progress"),
        ]),
        R("2.2", f"{s} Jobcentre staff to know how to refer a claimant who discloses abuse.", [
            A(f"{s} Jobcentre Plus", "Add the referral route to staff guidance.", "November 2025",
              "Guidance updated.", "complete"),
            A(f"{s} Jobcentre Plus", "Check staff awareness in a survey.", "May 2026", "", "not_started"),
        ]),
    ]
    sec3 = [
        R("3.1", f"{s} Community Safety Partnership to check the plan's actions are done within a year.", [
            A(f"{s} CSP", "Review the plan at the board.", "September 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="section_decimal_recs_docx", formats=["docx"],
        meta=dict(title="Stonegate Community Safety Partnership – Domestic Homicide Review 'Violet' – "
                        "Action Plan",
                  review_id_hint="Stonegate DHR Violet", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target", "Progress"],
        sections=[S("Information sharing", sec1), S("Training and awareness", sec2), S("Governance", sec3)],
    )


PLANS = [left_bar_groups_html, boxed_rows_circle_numbers_html, double_rules_docx, banded_columns_docx,
         section_decimal_recs_docx]
