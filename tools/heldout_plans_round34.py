"""The thirty-fourth round of held-out plans' content (tools/heldout_drawing_round34.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(one progress cell per recommendation, merged over its numbered actions, that refers to them by number,
``Actions 1 and 2 complete``; a web page copied between systems, its non-breaking spaces mis-decoded as
``Â`` and ``Ā``; target dates that are impossible, two-digit or carry a stray prefix, ``31 September
2026``, ``14/09/26``, ``-20/01/2026``; progress written with negation and scope and no status column,
``No progress to date``, ``Completed for adult services; …``, ``Awaiting update from the agency``; dates
with their ordinals set as superscripts, ``31st March 2026``).  Written once and never tuned against.
Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

REC_PROGRESS: dict[str, str] = {}  # recommendation number -> its one progress cell (drawn once, merged)


def NA(rec: str, agency: str, action: str, target: str, status: str) -> dict[str, Any]:
    """An action whose progress is its recommendation's one cell, which names the actions by number."""
    return plain_action(agency, action, target, REC_PROGRESS[rec], status)


def action_refs_progress_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: actions numbered through the plan in an ``Action no.``
    column; one ``Progress`` cell per recommendation, merged over its actions with number and
    recommendation, that reports on them by number (``Actions 1 and 2 complete …``, ``Actions 4-5``);
    dates as ``31/01/2026``."""
    o = "Orlestone"
    REC_PROGRESS.update({
        "1": "Actions 1 and 2 complete: devices issued in January and the checklist changed in February. "
             "Action 3 under way; twenty of the forty records audited so far.",
        "2": "Actions 4-5 complete. The intake form was changed in March and all twelve neighbourhood "
             "officers were trained by May.",
        "3": "Action 6 complete. Action 7 in progress: guidance sent to half of the practices. "
             "Action 8 not started.",
        "4": "Action 9 complete: the CSP's review officer is now the family's named contact.",
        "5": "Action 10 in progress; the process has been drafted with the police. Action 11 not started.",
    })
    recs = [
        R("1", f"{o} Police to make sure that officers attending a domestic abuse incident check the "
               "history of incidents at the address and between the same people.", [
            NA("1", f"{o} Police", "Give response officers the incident history on their mobile devices.",
               "31/01/2026", "complete"),
            NA("1", f"{o} Police", "Add the history check to the attendance checklist.", "28/02/2026",
               "complete"),
            NA("1", f"{o} Police", "Audit forty incident records for the check.", "30/06/2026", "in_progress"),
        ]),
        R("2", f"{o} District Council to ask about domestic abuse when a tenant reports anti-social "
               "behaviour by a partner or former partner.", [
            NA("2", f"{o} District Council", "Add a domestic abuse question to the anti-social behaviour "
               "intake form.", "31/03/2026", "complete"),
            NA("2", f"{o} District Council", "Train the neighbourhood officers to use the question.",
               "31/05/2026", "complete"),
        ]),
        R("3", f"{o} Integrated Care Board to make sure that a disclosure of abuse recorded by a GP can be "
               "seen by every clinician at the practice.", [
            NA("3", f"{o} Integrated Care Board", "Agree a single clinical code for a disclosure.",
               "30/04/2026", "complete"),
            NA("3", f"{o} Integrated Care Board", "Send every practice guidance on using the code.",
               "30/06/2026", "in_progress"),
            NA("3", f"{o} Integrated Care Board", "Check the use of the code in ten practices.", "31/10/2026",
               "not_started"),
        ]),
        R("4", f"{o} Community Safety Partnership to give the victim's family one named contact for the "
               "whole of a review.", [
            NA("4", f"{o} CSP", "Name a family contact at the start of every review.", "31/03/2026",
               "complete"),
        ]),
        R("5", f"{o} Probation Service to check with the police before a perpetrator moves to a new "
               "address.", [
            NA("5", f"{o} Probation Service", "Add a police check to the move-on process from approved "
               "premises.", "31/07/2026", "in_progress"),
            NA("5", f"{o} Probation Service", "Report the checks made to the CSP each quarter.", "31/12/2026",
               "not_started"),
        ]),
    ]
    return dict(
        name="action_refs_progress_docx", formats=["docx"],
        meta=dict(title="Orlestone Community Safety Partnership – Domestic Homicide Review 'Maureen' – "
                        "Action Plan", review_id_hint="Orlestone DHR Maureen", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action no.", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def mojibake_nbsp_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: text pasted between systems, so every non-breaking space the
    author typed (in agency names, dates, numbers and units) shows as ``Â`` before the space, and in the
    progress cells as ``Ā`` in place of the space; the annotation holds the text meant (a space);
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``31 March 2026``."""
    w = "Ashwick"
    recs = [
        R("1", f"{w} Police to refer every high-risk victim to the MARAC within 48 hours of the risk "
               "assessment.", [
            A(f"{w} Police", "Add the 48 hour referral deadline to the public protection unit's procedure.",
              "31 January 2026", "Procedure reissued on 14 January 2026.", "complete"),
            A(f"{w} Police", "Report late referrals to the MARAC steering group each month.", "30 June 2026",
              "Reports from February 2026; 3 late referrals so far.", "in_progress"),
        ]),
        R("2", f"{w} Borough Council to record domestic abuse as a reason for a homelessness application "
               "in its case management system.", [
            A(f"{w} Borough Council", "Add the reason code to the housing case management system.",
              "31 March 2026", "Code live since 2 March 2026.", "complete"),
        ]),
        R("3", f"{w} NHS Foundation Trust to give maternity staff 2 hours of training on coercive control.", [
            A(f"{w} NHS Foundation Trust", "Write a 2 hour course with the IDVA service.", "30 April 2026",
              "Course written; first session on 9 May 2026.", "in_progress"),
            A(f"{w} NHS Foundation Trust", "Train 90 per cent of midwives.", "31 December 2026", "",
              "not_started"),
        ]),
        R("4", f"{w} Community Safety Partnership to publish a 1 page summary of the review for local "
               "employers.", [
            A(f"{w} CSP", "Write the summary with the Chamber of Commerce.", "31 May 2026",
              "Draft with the Chamber since 20 March 2026.", "in_progress"),
        ]),
        R("5", f"{w} Adult Social Care to ask about domestic abuse at every carer's assessment.", [
            A(f"{w} Adult Social Care", "Add the question to the carer's assessment form.", "28 February 2026",
              "Form updated.", "complete"),
            A(f"{w} Adult Social Care", "Audit 25 carer's assessments for the question.", "30 September 2026",
              "", "not_started"),
        ]),
    ]
    return dict(
        name="mojibake_nbsp_html", formats=["html"],
        meta=dict(title="Ashwick Community Safety Partnership – Domestic Homicide Review 'Tina' – "
                        "Action Plan", review_id_hint="Ashwick DHR Tina", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def odd_target_dates_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Tahoma 8.5 pt, ruled: target dates as typed into a tracker over two years,
    impossible ones among them (``31 September 2026``, ``29/02/2026``, ``31.06.26``), two-digit years
    beside four-digit ones (``14/09/26``), stray prefixes (``-20/01/2026``, ``.30/04/2026``) and
    ``On-going``, all annotated as written; number and recommendation merged over the actions."""
    x = "Oxcombe"
    recs = [
        R("1", f"{x} Police to make sure that a victim is told when a suspect is released from custody.", [
            A(f"{x} Police", "Add the victim update to the custody release checklist.", "-20/01/2026",
              "Checklist changed.", "complete"),
            A(f"{x} Police", "Dip-sample twenty releases each quarter.", "31 September 2026",
              "First sample taken.", "in_progress"),
        ]),
        R("2", f"{x} Children's Services to record who a child lives with at every assessment.", [
            A(f"{x} Children's Services", "Make the household section of the assessment mandatory.",
              "29/02/2026", "Section mandatory from February.", "complete"),
            A(f"{x} Children's Services", "Brief social workers on recording new partners.", "14/09/26",
              "", "not_started"),
        ]),
        R("3", f"{x} Integrated Care Board to make routine enquiry part of every health visitor contact.", [
            A(f"{x} Integrated Care Board", "Update the health visiting standard operating procedure.",
              ".30/04/2026", "Procedure in consultation.", "in_progress"),
            A(f"{x} Integrated Care Board", "Audit routine enquiry in health visiting records.", "31.06.26",
              "", "not_started"),
        ]),
        R("4", f"{x} Community Safety Partnership to keep the review's learning in its training offer.", [
            A(f"{x} CSP", "Include the case in the multi-agency domestic abuse course.", "On-going",
              "Included in the spring courses.", "in_progress"),
        ]),
        R("5", f"{x} District Council to check for domestic abuse before closing a rent arrears case.", [
            A(f"{x} District Council", "Add a domestic abuse prompt to the arrears closure form.",
              "31/11/2026", "", "not_started"),
            A(f"{x} District Council", "Train the income team on the prompt.", "Dec-26",
              "Training booked for the autumn.", "in_progress"),
        ]),
    ]
    return dict(
        name="odd_target_dates_docx", formats=["docx"],
        meta=dict(title="Oxcombe Community Safety Partnership – Domestic Homicide Review 'Lorraine' – "
                        "Action Plan", review_id_hint="Oxcombe DHR Lorraine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def negated_progress_html() -> dict[str, Any]:
    """HTML, Calibri 10 pt, light grey CSS grid: no status column and no status word opening the update:
    the progress written with negation and scope (``No progress to date.``, ``Not yet begun …``,
    ``Completed for adult services; children's services still to complete.``, ``Outstanding – past its
    target date …``, ``Awaiting update from the agency.``), its status the one the words mean;
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``31/03/2026``."""
    b = "Brantwood"
    recs = [
        R("1", f"{b} Council to make sure that adult and children's services share a referral that names the "
               "same household.", [
            plain_action(f"{b} Council", "Link adult and children's referrals for the same address.",
                         "31/03/2026", "Completed for adult services; children's services still to complete.",
                         "partially_complete"),
            plain_action(f"{b} Council", "Audit twenty linked referrals.", "30/09/2026",
                         "Not yet begun; it waits for the link to be finished.", "not_started"),
        ]),
        R("2", f"{b} Police to check the firearms licensing record at every domestic abuse incident.", [
            plain_action(f"{b} Police", "Give control room staff access to the licensing record.",
                         "31/01/2026", "Complete – see minutes of the board, 12/02/2026.", "complete"),
            plain_action(f"{b} Police", "Add the check to the incident log.", "28/02/2026",
                         "Outstanding – past its target date; the new log is delayed.", "overdue"),
        ]),
        R("3", f"{b} Hospital Trust to ask about domestic abuse at every attendance for a head injury.", [
            plain_action(f"{b} Hospital Trust", "Add the question to the emergency department's head injury "
                         "pathway.", "30/04/2026", "Awaiting update from the agency.", "unknown"),
        ]),
        R("4", f"{b} Community Safety Partnership to fund a specialist worker for older victims.", [
            plain_action(f"{b} CSP", "Agree the funding with the Police and Crime Commissioner.", "31/05/2026",
                         "No progress to date.", "not_started"),
            plain_action(f"{b} CSP", "Recruit the worker.", "30/11/2026",
                         "Not complete: the post has been advertised twice.", "in_progress"),
        ]),
        R("5", f"{b} Probation Service to share a perpetrator's address history with the MARAC.", [
            plain_action(f"{b} Probation Service", "Add the address history to the MARAC research form.",
                         "31/03/2026", "Achieved in March; used at every MARAC since.", "complete"),
        ]),
    ]
    return dict(
        name="negated_progress_html", formats=["html"],
        meta=dict(title="Brantwood Community Safety Partnership – Domestic Homicide Review 'Bernadette' – "
                        "Action Plan", review_id_hint="Brantwood DHR Bernadette", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Agency", "Target", "Update"],
        sections=[S("", recs)],
    )


def superscript_ordinals_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Times New Roman 10 pt, ruled: every date written with its ordinal set as a
    superscript (``31st March 2026``, ``22nd``, ``3rd``), in the target column and inside the updates;
    number and recommendation merged over the actions; annotated as written (``31st March 2026``)."""
    m = "Marstow"
    recs = [
        R("1", f"{m} Police to review every domestic abuse case closed with no further action in which the "
               "victim withdrew support.", [
            A(f"{m} Police", "Set up a monthly panel to review the closed cases.", "31st March 2026",
              "Panel met first on 12th February 2026.", "complete"),
            A(f"{m} Police", "Report the panel's findings to the CSP.", "30th September 2026",
              "First report due on 22nd July 2026.", "in_progress"),
        ]),
        R("2", f"{m} Integrated Care Board to give GP receptionists guidance on a caller who cannot "
               "speak freely.", [
            A(f"{m} Integrated Care Board", "Write the guidance with the IDVA service.", "1st May 2026",
              "Guidance agreed on 23rd April 2026.", "complete"),
            A(f"{m} Integrated Care Board", "Send the guidance to every practice.", "3rd August 2026", "",
              "not_started"),
        ]),
        R("3", f"{m} Borough Council to offer a sanctuary scheme to every high-risk victim who wants to stay "
               "at home.", [
            A(f"{m} Borough Council", "Agree the scheme's funding for two years.", "22nd June 2026",
              "Funding bid submitted on 2nd March 2026.", "in_progress"),
        ]),
        R("4", f"{m} Community Safety Partnership to hold a learning event on the review.", [
            A(f"{m} CSP", "Hold the event for frontline practitioners.", "21st October 2026", "",
              "not_started"),
            A(f"{m} CSP", "Publish a seven-minute briefing after the event.", "31st December 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="superscript_ordinals_docx", formats=["docx"],
        meta=dict(title="Marstow Community Safety Partnership – Domestic Homicide Review 'Yvonne' – "
                        "Action Plan", review_id_hint="Marstow DHR Yvonne", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [action_refs_progress_docx, mojibake_nbsp_html, odd_target_dates_docx, negated_progress_html,
         superscript_ordinals_docx]
