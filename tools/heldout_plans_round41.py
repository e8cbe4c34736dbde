"""The forty-first round of held-out plans' content (tools/heldout_drawing_round41.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan whose progress cells hold dated entries, each entry's date on a line of its own *after* its
text; a Word plan with one ``Lead – by when`` column, the agency and the target on one line joined by a
dash, ``Rookfield Police – March 2026``; a web page saved from an online tracker, the status a disabled
``<select>`` whose chosen ``<option>`` is the status; a Word plan whose whole table sits nested inside a
one-cell bordered frame table with the title; a web page with a ``Last updated`` date column after the
progress, beside the target date).  Written once and never tuned against.  Places, agencies and people are
invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A, STATED
from sample_spec import A as plain_action
from sample_spec import R, S

WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def worded(agency: str, action: str, target: str, progress: str, status: str, **shown: str) -> dict[str, Any]:
    """An action whose status is a word in a column of its own, the update not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=WORDS[status], **shown)


def dated(agency: str, action: str, target: str, status: str, entries: list[tuple[str, str]]) -> dict[str, Any]:
    """An action whose progress is the status, then each entry's text followed by its date."""
    log = " ".join(f"{text} {date}" for text, date in entries)
    made = plain_action(agency, action, target, f"{STATED[status]} {log}".strip(), status)
    made["_entries"] = [list(e) for e in entries]  # the drawing's paragraphs, taken out before annotating
    return made


def progress_date_after_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Arial 9 pt, ruled: the ``Progress`` cell the status sentence, then one to three
    entries, each a paragraph of text followed by its date alone on the next line in grey italics
    (``Protocol drafted with the housing service.`` / ``14 January 2026``), oldest first; number and
    recommendation merged over the actions; targets as ``31/03/2026``."""
    b = "Brackenford"
    recs = [
        R("1", f"{b} Police to make sure that officers attending a domestic abuse incident check for "
               "previous incidents at the address before they arrive.", [
            dated(f"{b} Police", "Add an address history check to the attendance checklist.", "31/03/2026",
                  "complete", [("Checklist revised and sent to response teams.", "14 January 2026"),
                               ("Checklist in use in every district.", "2 March 2026")]),
            dated(f"{b} Police", "Dip-sample forty attended incidents for the check.", "30/09/2026",
                  "in_progress", [("Twenty incidents sampled, the check recorded in seventeen.", "5 May 2026")]),
        ]),
        R("2", f"{b} Integrated Care Board to make sure that a patient's disclosure of domestic abuse to a "
               "community pharmacist is passed to the patient's GP.", [
            dated(f"{b} Integrated Care Board", "Agree a referral route from pharmacies to GP practices.",
                  "30/06/2026", "in_progress", [("Route discussed with the local pharmaceutical committee.",
                                                 "20 February 2026"),
                                                ("Draft route out for comment.", "17 April 2026")]),
        ]),
        R("3", f"{b} Borough Council Housing to offer a victim a sanctuary scheme assessment within ten "
               "working days of a referral.", [
            dated(f"{b} Borough Council Housing", "Set the ten-day standard in the sanctuary scheme policy.",
                  "30/04/2026", "complete", [("Policy approved by the cabinet member.", "23 April 2026")]),
            dated(f"{b} Borough Council Housing", "Report the time to assessment to the partnership each "
                  "quarter.", "31/10/2026", "not_started", []),
        ]),
        R("4", f"{b} Probation Service to check the victim's address is not disclosed in a perpetrator's "
               "licence conditions.", [
            dated(f"{b} Probation Service", "Remind report writers to keep the victim's address out of the "
                  "licence.", "31/05/2026", "complete", [("Reminder issued at the team meeting.", "9 April 2026"),
                                                          ("Reminder added to the licence template.",
                                                           "11 May 2026"),
                                                          ("Ten licences checked, none with an address.",
                                                           "29 May 2026")]),
        ]),
        R("5", f"{b} Community Safety Partnership to tell the family when each recommendation is complete.", [
            dated(f"{b} CSP", "Write to the family after each board meeting that closes an action.",
                  "31/03/2027", "in_progress", [("First letter sent.", "12 March 2026")]),
        ]),
    ]
    return dict(
        name="progress_date_after_docx", formats=["docx"],
        meta=dict(title="Brackenford Community Safety Partnership – Domestic Homicide Review 'Margaret' – "
                        "Action Plan", review_id_hint="Brackenford DHR Margaret", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
        entries=[a.pop("_entries") for rec in recs for a in rec["actions"]],
    )


def lead_dash_target_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Segoe UI 9 pt, ruled: no lead or target column of its own but one ``Lead – by
    when`` column, the agency and the target on one line joined by an en dash (``Rookfield Police – March
    2026``); ``Ref`` and recommendation merged over the actions; a ``Status`` column in words before the
    update; targets as month and year."""
    r = "Rookfield"
    recs = [
        R("1", f"{r} Police to make sure that a victim's withdrawal from a prosecution prompts a new risk "
               "assessment.", [
            worded(f"{r} Police", "Add the risk assessment to the withdrawal procedure.", "March 2026",
                   "Procedure amended and published.", "complete"),
            worded(f"{r} Police", "Audit twenty withdrawals for the new assessment.", "September 2026",
                   "Audit scheduled for the summer.", "in_progress"),
        ]),
        R("2", f"{r} Hospitals NHS Trust to ask every patient attending with an injury from an assault who "
               "caused it.", [
            worded(f"{r} Hospitals NHS Trust", "Add the question to the emergency department triage record.",
                   "June 2026", "Change requested from the system supplier.", "in_progress"),
        ]),
        R("3", f"{r} Children's Services to hold a strategy discussion when a child discloses abuse of a "
               "parent.", [
            worded(f"{r} Children's Services", "Revise the strategy discussion threshold guidance.", "April 2026",
                   "Guidance revised.", "complete"),
            worded(f"{r} Children's Services", "Brief the front door team on the revised guidance.", "May 2026",
                   "", "not_started"),
        ]),
        R("4", f"{r} Mental Health Trust to share a patient's risk to a partner with the police when the "
               "patient is discharged.", [
            worded(f"{r} Mental Health Trust", "Add the police to the discharge notification list.",
                   "July 2026", "", "not_started"),
        ]),
        R("5", f"{r} Community Safety Partnership to check the plan's progress at each board meeting.", [
            worded(f"{r} CSP", "Make the plan a standing item on the board's agenda.", "February 2026",
                   "On the agenda since February 2026.", "complete"),
            worded(f"{r} CSP", "Report the plan's completion to the Home Office.", "March 2027", "",
                   "not_started"),
        ]),
    ]
    return dict(
        name="lead_dash_target_docx", formats=["docx"],
        meta=dict(title="Rookfield Community Safety Partnership – Domestic Homicide Review 'Christine' – "
                        "Action Plan", review_id_hint="Rookfield DHR Christine", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead – by when", "Status", "Update"],
        sections=[S("", recs)],
    )


def select_status_form_html() -> dict[str, Any]:
    """HTML saved from an online tracker, Segoe UI 9.5 pt, CSS borders: the status a disabled
    ``<select>`` in each row whose three ``<option>`` elements are ``Not started``, ``In progress`` and
    ``Complete``, the action's status ``selected``, a small ``Saved from the tracker on …`` line above;
    number and recommendation on the first row only (not spanned); targets as ``31 Mar 2026``."""
    k = "Kingsmere"
    recs = [
        R("1", f"{k} Police to make sure that a domestic abuse protection notice is considered at every "
               "arrest for a domestic abuse offence.", [
            worded(f"{k} Police", "Add the notice to the custody officer's checklist.", "31 Mar 2026",
                   "Checklist updated in February 2026.", "complete"),
            worded(f"{k} Police", "Report the number of notices issued each quarter.", "30 Sep 2026",
                   "First quarter's figures collected.", "in_progress"),
        ]),
        R("2", f"{k} Integrated Care Board to make sure that GP practices ask about domestic abuse when a "
               "patient is pregnant.", [
            worded(f"{k} Integrated Care Board", "Add a routine enquiry prompt to the antenatal booking "
                   "template.", "30 Jun 2026", "", "not_started"),
        ]),
        R("3", f"{k} District Council to make sure that a homelessness application from a victim is not "
               "refused for a lack of local connection.", [
            worded(f"{k} District Council", "Remind housing options officers of the local connection "
                   "exemption.", "30 Apr 2026", "Briefing held on 14 April 2026.", "complete"),
            worded(f"{k} District Council", "Audit refused applications for the exemption.", "31 Oct 2026",
                   "", "not_started"),
        ]),
        R("4", f"{k} Substance Misuse Service to ask every client about domestic abuse at assessment.", [
            worded("Substance Misuse Service", "Add the question to the assessment form.", "31 May 2026",
                   "Form in testing.", "in_progress"),
        ]),
        R("5", f"{k} Community Safety Partnership to publish the review and the plan together.", [
            worded(f"{k} CSP", "Publish the review and plan on the council website.", "31 Jul 2026",
                   "Waiting for the Home Office's quality assurance letter.", "in_progress"),
        ]),
    ]
    return dict(
        name="select_status_form_html", formats=["html"],
        meta=dict(title="Kingsmere Community Safety Partnership – DHR 'Beverley' – Action Plan tracker",
                  review_id_hint="Kingsmere DHR Beverley", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Update"],
        sections=[S("", recs)],
    )


def framed_nested_table_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Garamond 10 pt: the whole plan a Word table *nested* inside a one-cell outer
    table drawn as a 1.5 pt dark green frame, whose cell also holds the title and a sentence above the
    plan table; the inner table ruled in grey, its header shaded; number and recommendation merged over
    the actions; progress opening with the status; dates as ``31 March 2026``."""
    a = "Ashcombe"
    recs = [
        R("1", f"{a} Police to make sure that a victim is told when a perpetrator is released from "
               "custody.", [
            A(f"{a} Police", "Add the victim notification to the custody release procedure.", "31 March 2026",
              "Procedure changed in March 2026.", "complete"),
        ]),
        R("2", f"{a} Integrated Care Board and {a} Hospitals NHS Trust to share a domestic abuse marker "
               "between primary and hospital care.", [
            A(f"{a} Integrated Care Board", "Agree the marker's wording with the GP practices.", "30 April 2026",
              "Wording agreed.", "complete"),
            A(f"{a} Hospitals NHS Trust", "Show the GP marker in the hospital's patient record.",
              "30 September 2026", "Technical change being scoped.", "in_progress"),
        ]),
        R("3", f"{a} Adult Social Care to consider domestic abuse in every safeguarding enquiry about an "
               "older person.", [
            A(f"{a} Adult Social Care", "Add a domestic abuse question to the enquiry template.", "31 May 2026",
              "", "not_started"),
            A(f"{a} Adult Social Care", "Train enquiry officers in coercive control in later life.",
              "31 October 2026", "Training booked for September.", "in_progress"),
        ]),
        R("4", f"{a} Housing Association to check on a tenant's safety when a joint tenancy ends after "
               "domestic abuse.", [
            A(f"{a} Housing Association", "Write the safety check into the tenancy termination procedure.",
              "30 June 2026", "Procedure in draft.", "in_progress"),
        ]),
        R("5", f"{a} Community Safety Partnership to share the review's learning with the faith "
               "communities.", [
            A(f"{a} CSP", "Hold a learning session with the faith leaders' forum.", "30 November 2026", "",
              "not_started"),
            A(f"{a} CSP", "Send a summary of the learning to every place of worship.", "31 December 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="framed_nested_table_docx", formats=["docx"],
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Doreen' – "
                        "Action Plan", review_id_hint="Ashcombe DHR Doreen", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def last_updated_column_html() -> dict[str, Any]:
    """HTML, Lato 9.5 pt, CSS borders: a ``Last updated`` column after the progress holding the date the
    update was written (``12/05/2026``, not annotated), in the same form as the ``Target date`` column
    before it; a ``Status`` word column between them; number and recommendation in ``rowspan`` cells."""
    m = "Millbrook"
    updated = ["03/03/2026", "12/05/2026", "12/05/2026", "", "28/04/2026", "12/05/2026", "", "19/05/2026"]
    recs = [
        R("1", f"{m} Police to check the domestic abuse history of both parties at every call to a "
               "domestic incident.", [
            worded(f"{m} Police", "Build the history check into the control room's screening.", "31/03/2026",
                   "Screening question added to the control room system.", "complete"),
            worded(f"{m} Police", "Review a month's calls for the check.", "31/08/2026", "Review begun.",
                   "in_progress"),
        ]),
        R("2", f"{m} Integrated Care Board to make sure that domestic abuse training is part of every GP "
               "practice's safeguarding training.", [
            worded(f"{m} Integrated Care Board", "Add a domestic abuse module to the practice training "
                   "programme.", "30/06/2026", "Module written.", "in_progress"),
            worded(f"{m} Integrated Care Board", "Report the practices that have completed the module.",
                   "31/12/2026", "", "not_started"),
        ]),
        R("3", f"{m} Borough Council to make sure that its customer service staff know how to refer a "
               "domestic abuse disclosure.", [
            worded(f"{m} Borough Council", "Publish a referral guide on the staff intranet.", "30/04/2026",
                   "Guide published on 22 April 2026.", "complete"),
        ]),
        R("4", f"{m} Probation Service to tell the IDVA service when a perpetrator breaches a licence "
               "condition.", [
            worded(f"{m} Probation Service", "Add the IDVA service to the breach notification procedure.",
                   "31/05/2026", "Procedure amended; awaiting sign-off.", "in_progress"),
        ]),
        R("5", f"{m} Community Safety Partnership to commission a review of the local domestic abuse "
               "support offer.", [
            worded(f"{m} CSP", "Agree the review's terms of reference.", "31/07/2026", "", "not_started"),
            worded(f"{m} CSP", "Appoint an independent reviewer.", "30/09/2026", "Quotes being sought.",
                   "in_progress"),
        ]),
    ]
    return dict(
        name="last_updated_column_html", formats=["html"],
        meta=dict(title="Millbrook Community Safety Partnership – Domestic Homicide Review 'Valerie' – "
                        "Action Plan", review_id_hint="Millbrook DHR Valerie", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Progress",
                 "Last updated"],
        sections=[S("", recs)],
        updated=updated,
    )


PLANS = [progress_date_after_docx, lead_dash_target_docx, select_status_form_html, framed_nested_table_docx,
         last_updated_column_html]
