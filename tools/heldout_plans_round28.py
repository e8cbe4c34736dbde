"""The twenty-eighth round of held-out plans' content (tools/heldout_drawing_round28.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(agencies as column headers, each action's lead ticked in a matrix; a long progress entry carried on into a
second row whose number cell says ``cont.``; the target date as the first column, ahead of the number;
the header row repeated inside the table as a row of its own every few recommendations; the
recommendation in a row spanning the table above its actions, with a thin coloured rule under it and no
other rule).  Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

MATRIX_AGENCIES = ["Police", "Health Board", "Council", "Probation", "CSP"]  # the matrix's agency columns


def agency_tick_matrix_html() -> dict[str, Any]:
    """HTML, Tahoma 9 pt, ruled: the agencies are column headers (`Police / Health Board / Council /
    Probation / CSP`, narrow, headed under a grouped ``Lead (✓)``), each action row ticking (``✓``) the one
    column of its lead and leaving the others empty (the annotation's agency is the ticked column's header);
    `Ref` and recommendation in ``rowspan`` cells; dates as ``Q3 2025/26``."""
    recs = [
        R("1", "Wrexley Police to make sure that officers attending a domestic incident where a child lives "
               "at the address speak to the child where it is safe to do so.", [
            A("Police", "Add a prompt to speak to the child to the attending officer's risk form.", "Q3 2025/26",
              "Prompt live on the mobile form from October.", "complete"),
            A("Police", "Sample forty attended incidents for a record of the child's voice.", "Q1 2026/27", "",
              "not_started"),
        ]),
        R("2", "Wrexley University Health Board to follow up a missed mental health appointment by a patient "
               "known to be a victim of domestic abuse.", [
            A("Health Board", "Change the did-not-attend policy to require a call to the patient.", "Q4 2025/26",
              "Policy redrafted; at the clinical governance group in February.", "in_progress"),
        ]),
        R("3", "Wrexley County Borough Council to tell the IDVA service when a tenancy is ended because of "
               "abuse by a partner.", [
            A("Council", "Set up a notification from the tenancy team to the IDVA service.", "Q3 2025/26",
              "Notifications sent since November.", "complete"),
            A("Council", "Add the notification to the tenancy officers' procedure notes.", "Q4 2025/26", "",
              "not_started"),
        ]),
        R("4", "The Probation Service in Wrexley to check the address of a perpetrator's new partner before "
               "approving a move on licence.", [
            A("Probation", "Brief offender managers on address checks with the police.", "Q3 2025/26",
              "Briefings given in two of three teams.", "in_progress"),
        ]),
        R("5", "Wrexley Community Safety Partnership to report progress on the plan to the regional "
               "VAWDASV board.", [
            A("CSP", "Send a six-monthly progress summary to the regional board.", "Q2 2026/27", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="agency_tick_matrix_html", formats=["html"],
        meta=dict(title="Wrexley Community Safety Partnership – Domestic Homicide Review 'Nia' – Action Plan",
                  review_id_hint="Wrexley DHR Nia", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", *MATRIX_AGENCIES, "By when", "Progress"],
        sections=[S("", recs)],
    )


def cont_marked_rows_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 10 pt, ruled: where an action's progress runs long, its second half is
    written in a row of its own below, the number cell reading ``cont.`` (italic) and every other cell but
    Progress empty; number and recommendation on a recommendation's first row only; dates as
    ``31st March 2026``."""
    p = "Penhallow"
    recs = [
        R("1", f"{p} Police to record whether a domestic abuse suspect holds a firearms or shotgun licence.", [
            A(f"{p} Police", "Add a licence check to the domestic abuse investigation checklist.",
              "31st December 2025", "The check was added to the checklist in September and officers were "
              "told of it at briefings. A dip sample in November found the check recorded in 27 of 30 cases.",
              "complete"),
            A(f"{p} Police", "Refer every suspect holding a licence to the firearms licensing unit.",
              "31st March 2026", "Referrals begun.", "in_progress"),
        ]),
        R("2", f"{p} Hospital Trust to give a patient who discloses abuse in the emergency department the "
               "number of the local domestic abuse service.", [
            A(f"{p} Hospital Trust", "Print cards with the service's number for every cubicle.",
              "30th November 2025", "Cards printed and placed.", "complete"),
            A(f"{p} Hospital Trust", "Train triage nurses to give the card in private.", "28th February 2026",
              "Two of the four training sessions have taken place, reaching 41 nurses. The remaining sessions "
              "are booked for January and February and the ward managers will release staff to attend.",
              "in_progress"),
        ]),
        R("3", f"{p} Adult Social Care to ask about domestic abuse at every carer's assessment.", [
            A(f"{p} Adult Social Care", "Add the question to the carer's assessment form.", "31st January 2026",
              "", "not_started"),
        ]),
        R("4", f"{p} Housing Services to keep a victim's new address off any letter sent to the old one.", [
            A(f"{p} Housing Services", "Change the housing system so that a protected address is never "
              "printed on correspondence to a former address.", "31st March 2026",
              "The supplier has costed the change and the budget was approved in October. Testing is planned "
              "for February, after which the change will go live for all housing officers.", "in_progress"),
        ]),
        R("5", f"{p} Community Safety Partnership to hold a learning event on the review for all partners.", [
            A(f"{p} CSP", "Hold a half-day learning event.", "30th April 2026", "", "not_started"),
            A(f"{p} CSP", "Publish a seven-minute briefing on the review.", "31st May 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="cont_marked_rows_docx", formats=["docx"],
        meta=dict(title="Penhallow Community Safety Partnership – Domestic Homicide Review 'Tamsin' – "
                        "Action Plan",
                  review_id_hint="Penhallow DHR Tamsin", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress update"],
        sections=[S("", recs)],
    )


def target_first_column_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Cambria 10 pt, ruled: the target date is the first column, ahead of the number
    (``Target / No. / Recommendation / Action / Lead agency / Progress``), bold, with the number and the
    recommendation merged over the actions after it; dates as ``Dec-25``."""
    s = "Stourmere"
    recs = [
        R("1", f"{s} Police to tell a victim's IDVA when a perpetrator on bail is arrested again.", [
            A(f"{s} Police", "Add the IDVA to the bail breach notification list.", "Dec-25",
              "List updated.", "complete"),
            A(f"{s} Police", "Check that IDVAs were told in each breach over three months.", "Mar-26",
              "", "not_started"),
        ]),
        R("2", f"{s} Integrated Care Board to make sure that GPs see a MARAC flag on the patient record.", [
            A(f"{s} Integrated Care Board", "Agree with practices how the MARAC flag is shown.", "Jan-26",
              "Agreed with the clinical system supplier; roll-out under way.", "in_progress"),
        ]),
        R("3", f"{s} Children's Social Care to record the name of each adult living in a child's home.", [
            A(f"{s} Children's Social Care", "Make household members a required field in the assessment.",
              "Feb-26", "Field required from January.", "complete"),
            A(f"{s} Children's Social Care", "Audit twenty assessments for the household field.", "Jun-26",
              "", "not_started"),
        ]),
        R("4", f"{s} District Council to train its customer service staff to recognise economic abuse.", [
            A(f"{s} District Council", "Commission economic abuse training for the contact centre.", "Mar-26",
              "Provider chosen; dates being set.", "in_progress"),
        ]),
        R("5", f"{s} Community Safety Partnership to check the plan's progress at every board meeting.", [
            A(f"{s} CSP", "Add the plan as a standing item on the board's agenda.", "Oct-25",
              "Standing item since October.", "complete"),
        ]),
    ]
    return dict(
        name="target_first_column_docx", formats=["docx"],
        meta=dict(title="Stourmere Community Safety Partnership – Domestic Homicide Review 'Olive' – "
                        "Action Plan",
                  review_id_hint="Stourmere DHR Olive", as_at="", documents=[]),
        columns=["Target", "No.", "Recommendation", "Action", "Lead agency", "Progress"],
        sections=[S("", recs)],
    )


def header_rows_midtable_html() -> dict[str, Any]:
    """HTML, Open Sans 9.5 pt, light rules: one table, its header row repeated inside the body as an
    ordinary shaded row after every second recommendation (as a plan pasted together from a paged export
    has it), falling mid-page once printed; number and recommendation written on a recommendation's first
    row only; dates as ``March 2026``."""
    b = "Bryngarth"
    recs = [
        R("1", f"{b} Police to check a caller's history of domestic abuse reports before grading a call.", [
            A(f"{b} Police", "Show previous domestic abuse reports on the call handler's screen.", "December 2025",
              "Screen change live.", "complete"),
        ]),
        R("2", f"{b} Mental Health Service to include the patient's partner in discharge planning where "
               "abuse is known.", [
            A(f"{b} Mental Health Service", "Revise the discharge planning guidance.", "January 2026",
              "Guidance revised and out for comment.", "in_progress"),
            A(f"{b} Mental Health Service", "Audit six discharges against the guidance.", "June 2026", "",
              "not_started"),
        ]),
        R("3", f"{b} Drug and Alcohol Service to ask every client in treatment about abuse at each review.", [
            A(f"{b} Drug and Alcohol Service", "Add the question to the treatment review template.",
              "November 2025", "Template changed.", "complete"),
        ]),
        R("4", f"{b} County Council to make sure a victim's housing application is not closed while she is in "
               "a refuge.", [
            A(f"{b} County Council", "Change the application closure rules.", "February 2026",
              "Rules change drafted.", "in_progress"),
            A(f"{b} County Council", "Tell refuge staff about the change.", "March 2026", "", "not_started"),
        ]),
        R("5", f"{b} Community Safety Partnership to publish the review in English and Welsh.", [
            A(f"{b} CSP", "Have the report translated into Welsh.", "April 2026", "Translation commissioned.",
              "in_progress"),
            A(f"{b} CSP", "Publish both versions on the council website.", "May 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="header_rows_midtable_html", formats=["html"],
        meta=dict(title="Bryngarth Community Safety Partnership – Domestic Homicide Review 'Carys' – "
                        "Action Plan",
                  review_id_hint="Bryngarth DHR Carys", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Actions", "Responsible", "Completion date", "Update"],
        sections=[S("", recs)],
    )


def rec_row_coloured_rule_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Franklin Gothic Book 9.5 pt, no grid: each recommendation a row of its own, the
    number in the first column and the text (bold) in a cell spanning the other four, with a thin teal rule
    under that row and no other rule anywhere; its actions in the rows below with the number cell empty;
    the header ``Ref / Recommendation and actions / Lead agency / Timescale / Progress``; dates as
    ``By 30/06/2026``."""
    o = "Ottercombe"
    recs = [
        R("1", f"{o} Police to offer a victim a named officer for the whole of an investigation.", [
            A(f"{o} Police", "Set the named officer standard in the investigation policy.", "By 31/12/2025",
              "Policy amended.", "complete"),
            A(f"{o} Police", "Ask victims in the satisfaction survey whether they had one officer.",
              "By 30/06/2026", "", "not_started"),
        ]),
        R("2", f"{o} Ambulance Service to pass on a concern for a patient's safety at home to the "
               "safeguarding team the same day.", [
            A(f"{o} Ambulance Service", "Add a same-day safeguarding referral route to the crew app.",
              "By 31/01/2026", "Route in testing.", "in_progress"),
        ]),
        R("3", f"{o} Borough Council to name a domestic abuse lead in each housing team.", [
            A(f"{o} Borough Council", "Appoint a lead in each of the four housing teams.", "By 30/11/2025",
              "Leads appointed.", "complete"),
            A(f"{o} Borough Council", "Give the leads a day's specialist training.", "By 31/03/2026",
              "Training booked.", "in_progress"),
        ]),
        R("4", f"{o} Probation Service to consider the victim's view before a perpetrator's licence "
               "conditions are varied.", [
            A(f"{o} Probation Service", "Add the victim liaison officer to the variation process.",
              "By 28/02/2026", "", "not_started"),
        ]),
        R("5", f"{o} Community Safety Partnership to measure whether the plan has changed practice.", [
            A(f"{o} CSP", "Commission a follow-up audit a year after the plan closes.", "By 30/09/2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="rec_row_coloured_rule_docx", formats=["docx"],
        meta=dict(title="Ottercombe Community Safety Partnership – Domestic Homicide Review 'June' – "
                        "Action Plan",
                  review_id_hint="Ottercombe DHR June", as_at="", documents=[]),
        columns=["Ref", "Recommendation and actions", "Lead agency", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [agency_tick_matrix_html, cont_marked_rows_docx, target_first_column_docx, header_rows_midtable_html,
         rec_row_coloured_rule_docx]
