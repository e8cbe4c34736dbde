"""The twenty-first round of held-out plans' content (tools/heldout_drawing_round21.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

CODE_OF = {"complete": "C", "in_progress": "IP", "not_started": "NS"}


def C(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose status is shown only as a code (``C`` / ``IP`` / ``NS``), the update not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=CODE_OF[status])


def T(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose status is shown only by a tick in one of three status columns."""
    return plain_action(agency, action, target, progress, status)


def status_letter_codes_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: a narrow last ``Status`` column of codes (``C`` / ``IP`` /
    ``NS``) explained by a key line above the table, the update cells not stating the status; targets
    as ends of financial years or quarters in words (``By end of 2025/26``)."""
    b = "Brindlemoor"
    recs = [
        R("1", f"{b} Police to make sure that call handlers ask whether there are weapons in the home when "
               "a domestic abuse call is received.", [
            C(f"{b} Police", "Add a weapons question to the call handling script.", "By end of Q1 2025/26",
              "Question added to the script in May 2025.", "complete"),
            C(f"{b} Police", "Sample fifty calls to check the question is asked.", "By end of 2025/26",
              "Thirty calls sampled; the question was asked in twenty-six.", "in_progress"),
        ]),
        R("2", f"{b} Integrated Care Board to make sure that a pregnant woman who misses two antenatal "
               "appointments is followed up by the midwife in person.", [
            C(f"{b} Integrated Care Board", "Change the maternity did-not-attend policy.",
              "By end of Q2 2025/26", "Policy changed and approved by the maternity board.", "complete"),
        ]),
        R("3", f"{b} Housing Partnership to give a victim who reports abuse by a lodger the same advice as a "
               "tenant.", [
            C(f"{b} Housing Partnership", "Write guidance for officers on lodgers and licensees.",
              "By end of Q3 2025/26", "First draft with the legal team.", "in_progress"),
            C(f"{b} Housing Partnership", "Brief the housing advice team on the guidance.", "By end of 2025/26",
              "", "not_started"),
        ]),
        R("4", f"{b} Adult Social Care to check for coercive control when an older person's relative asks to "
               "manage their money.", [
            C(f"{b} Adult Social Care", "Add a coercive control prompt to the appointeeship assessment.",
              "By end of Q2 2025/26", "Prompt live on the case system since August 2025.", "complete"),
            C(f"{b} Adult Social Care", "Train appointeeship staff on financial abuse.", "By end of Q4 2025/26",
              "", "not_started"),
        ]),
        R("5", f"{b} Community Safety Partnership to make the review's learning known to local employers.", [
            C(f"{b} CSP", "Send a domestic abuse workplace briefing to the fifty largest employers.",
              "By end of Q3 2025/26", "Briefing written; twelve employers have received it so far.",
              "in_progress"),
        ]),
    ]
    return dict(
        name="status_letter_codes_docx", formats=["docx"],
        meta=dict(title="Brindlemoor Community Safety Partnership – Domestic Homicide Review 'Annika' – "
                        "Action Plan",
                  review_id_hint="Brindlemoor DHR Annika", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target", "Update", "Status"],
        sections=[S("", recs)],
    )


def P(agency: str, action: str, target: str, progress: str, status: str, superseded: str = "") -> dict[str, Any]:
    """An action whose progress cell also shows a superseded entry struck through (carried as ``u1``,
    which only the document shows)."""
    return dict(A(agency, action, target, progress, status), **({"u1": superseded} if superseded else {}))


def struck_progress_html() -> dict[str, Any]:
    """HTML, Source Sans 10 pt, CSS borders: each progress cell opens with the status, then an older
    dated entry struck through (``<del>``, grey) where it has been superseded, then the newer dated
    entry; the annotation's progress is the status and the entry in force."""
    c = "Corrieford"
    recs = [
        R("1", f"{c} Police to check the bail conditions of a perpetrator before a victim is told the case "
               "has been closed.", [
            P(f"{c} Police", "Add a bail check to the case closure procedure.", "30/06/2025",
              "18/06/2025: Procedure amended and published on the intranet.", "complete",
              superseded="03/03/2025: Amendment drafted; due for sign-off in April."),
            P(f"{c} Police", "Remind investigators of the check through a briefing.", "30/09/2025",
              "29/09/2025: Briefing given to three of the four investigation teams.", "in_progress",
              superseded="14/05/2025: Briefing planned for July."),
        ]),
        R("2", f"{c} NHS Foundation Trust to ask about domestic abuse when a patient attends the fracture "
               "clinic with an unexplained injury.", [
            P(f"{c} NHS Foundation Trust", "Add the routine enquiry to the fracture clinic assessment.",
              "31/08/2025", "22/08/2025: Enquiry added; staff trained.", "complete",
              superseded="10/04/2025: Waiting for the new assessment form to be printed."),
        ]),
        R("3", f"{c} Borough Council to make sure that its debt recovery team does not contact a victim at "
               "the address of the perpetrator.", [
            P(f"{c} Borough Council", "Add a safe contact flag to the revenues system.", "31/10/2025",
              "07/10/2025: Supplier has built the flag; testing under way.", "in_progress",
              superseded="20/06/2025: Supplier asked to quote for the flag."),
            P(f"{c} Borough Council", "Write a safe contact procedure for the debt recovery team.",
              "31/01/2026", "", "not_started"),
        ]),
        R("4", f"{c} Probation Service to share a perpetrator's programme attendance with the victim's "
               "IDVA.", [
            P(f"{c} Probation Service", "Agree an information sharing protocol with the IDVA service.",
              "30/09/2025", "15/09/2025: Protocol signed by both services.", "complete"),
        ]),
        R("5", f"{c} Community Safety Partnership to hold a learning event on the review for front-line "
               "staff.", [
            P(f"{c} CSP", "Hold the learning event.", "30/11/2025",
              "02/10/2025: Venue booked for 19 November; 80 places offered.", "in_progress",
              superseded="11/07/2025: Event planned for September."),
            P(f"{c} CSP", "Publish a seven-minute briefing on the review.", "31/12/2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="struck_progress_html", formats=["html"],
        meta=dict(title="Corrieford Community Safety Partnership – Domestic Homicide Review 'Marguerite' – "
                        "Action Plan",
                  review_id_hint="Corrieford DHR Marguerite", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def totals_table_abutting_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Georgia 9 pt, ruled: the plan table followed at once, with no paragraph
    between (so the two tables touch), by a summary table of two columns counting the actions by
    status (``Status / Number of actions``, a ``Total`` row); ``Rec / Recommendation / Action / Lead
    agency / Due / Progress``."""
    d = "Dunstanmere"
    recs = [
        R("1", f"{d} Police to record the relationship between the parties correctly on every domestic "
               "abuse crime.", [
            A(f"{d} Police", "Make the relationship field mandatory on the crime recording system.",
              "31/05/2025", "The field has been mandatory since May 2025.", "complete"),
            A(f"{d} Police", "Audit forty crimes for the relationship recorded.", "31/12/2025",
              "Twenty-five crimes audited, four wrongly recorded.", "in_progress"),
        ]),
        R("2", f"{d} Mental Health Trust to include the patient's partner in the risk assessment when the "
               "patient is discharged home.", [
            A(f"{d} Mental Health Trust", "Update the discharge risk assessment template.", "30/06/2025",
              "Template updated in June 2025.", "complete"),
        ]),
        R("3", f"{d} District Council to tell the domestic abuse service when a homeless application "
               "names domestic abuse as the reason.", [
            A(f"{d} District Council", "Agree a referral route with the domestic abuse service.", "31/08/2025",
              "Route agreed; referrals to start in November.", "in_progress"),
            A(f"{d} District Council", "Report the number of referrals to the partnership each quarter.",
              "31/03/2026", "", "not_started"),
        ]),
        R("4", f"{d} GP practices to record a patient's disclosure of abuse with a code that other "
               "clinicians can see.", [
            A(f"{d} ICB", "Issue guidance to practices on coding disclosures.", "31/07/2025",
              "Guidance sent to all practices in July 2025.", "complete"),
        ]),
        R("5", f"{d} Community Safety Partnership to check that the plan's actions make a difference.", [
            A(f"{d} CSP", "Ask each agency for evidence of the change its actions made.", "31/01/2026", "",
              "not_started"),
            A(f"{d} CSP", "Review the evidence at the partnership board.", "31/03/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="totals_table_abutting_docx", formats=["docx"],
        meta=dict(title="Dunstanmere Community Safety Partnership – Domestic Homicide Review 'Celeste' – "
                        "Action Plan and Progress Summary",
                  review_id_hint="Dunstanmere DHR Celeste", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Due", "Progress"],
        sections=[S("", recs)],
    )


def bold_rec_rows_unnumbered_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Cambria 10 pt, horizontal rules only: no number anywhere; the first column
    ``Recommendation and actions`` holds each recommendation in bold on a row of its own (the other
    cells of that row empty, nothing merged), then its actions in plain text on the rows below, each
    with its lead agency, target and progress beside it."""
    e = "Evenlode Cross"
    recs = [
        R("1", f"{e} Police to refer every victim of a repeat domestic abuse incident to the MARAC "
               "coordinator for a review of the risk.", [
            A(f"{e} Police", "Add an automatic repeat-victim alert for the MARAC coordinator.", "30/04/2025",
              "Alert live since April 2025.", "complete"),
            A(f"{e} Police", "Report the number of repeat referrals to the MARAC steering group.",
              "31/10/2025", "First report given in October 2025.", "complete"),
        ]),
        R("2", f"{e} Ambulance Service to pass on safeguarding concerns raised by crews at domestic "
               "incidents on the same day.", [
            A(f"{e} Ambulance Service", "Set a same-day standard for safeguarding referrals.", "30/06/2025",
              "Standard agreed; compliance reporting being built.", "in_progress"),
        ]),
        R("3", f"{e} Children's Services to speak to children alone when assessing a family where there is "
               "domestic abuse.", [
            A(f"{e} Children's Services", "Revise the assessment practice standard.", "31/07/2025",
              "Standard revised in July 2025.", "complete"),
            A(f"{e} Children's Services", "Audit twenty assessments against the revised standard.",
              "31/01/2026", "", "not_started"),
        ]),
        R("4", f"{e} Borough Council to make sure that its licensing officers know how to report domestic "
               "abuse they see at licensed premises.", [
            A(f"{e} Borough Council", "Give licensing officers domestic abuse awareness training.",
              "30/11/2025", "Training booked for November 2025.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to tell the victim's family when each action is finished.", [
            A(f"{e} CSP", "Write to the family every six months with the plan's progress.", "31/12/2025",
              "First letter sent in June 2025.", "in_progress"),
        ]),
    ]
    return dict(
        name="bold_rec_rows_unnumbered_docx", formats=["docx"],
        meta=dict(title="Evenlode Cross Community Safety Partnership – Domestic Homicide Review 'Yvette' – "
                        "Action Plan",
                  review_id_hint="Evenlode Cross DHR Yvette", as_at="", documents=[]),
        columns=["Recommendation and actions", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def tick_status_columns_html() -> dict[str, Any]:
    """HTML, Arial 9.5 pt, CSS grid: the status given only by a tick (``✓``) in one of three narrow
    columns under a grouped ``Status`` header (``Complete / Ongoing / Not started``), the others empty;
    the comments not stating the status; ``Ref`` and recommendation in ``rowspan`` cells; dates
    ``Jun 2025``."""
    t = "Tarrowby"
    recs = [
        R("1", f"{t} Police to make sure that officers attending a domestic abuse incident check for "
               "previous incidents involving either party in other force areas.", [
            T(f"{t} Police", "Give officers access to the national police database from their phones.",
              "Jun 2025", "Access rolled out to all response officers.", "complete"),
            T(f"{t} Police", "Check twenty incident records for the search.", "Dec 2025",
              "Eleven records checked; the search was made in nine.", "in_progress"),
        ]),
        R("2", f"{t} ICB to make sure that practice nurses know the local domestic abuse referral "
               "pathway.", [
            T(f"{t} ICB", "Include the pathway in practice nurse induction.", "Sep 2025",
              "Pathway added to the induction pack.", "complete"),
        ]),
        R("3", f"{t} Council Housing to offer a sanctuary scheme assessment to every victim who wishes to "
               "stay in her home.", [
            T(f"{t} Council Housing", "Commission a sanctuary scheme provider.", "Oct 2025",
              "Tender issued; two bids received.", "in_progress"),
            T(f"{t} Council Housing", "Tell victims about the scheme in the housing advice letter.", "Mar 2026",
              "", "not_started"),
        ]),
        R("4", f"{t} Drug and Alcohol Service to share risk information with the IDVA service when a "
               "client discloses abuse.", [
            T(f"{t} Drug and Alcohol Service", "Sign the IDVA information sharing agreement.", "Jul 2025",
              "Agreement signed in July 2025.", "complete"),
        ]),
        R("5", f"{t} Community Safety Partnership to commission a review of the local domestic abuse "
               "helpline.", [
            T(f"{t} CSP", "Agree the terms of reference for the review.", "Nov 2025",
              "Draft terms of reference circulated to partners.", "in_progress"),
            T(f"{t} CSP", "Report the review's findings to the board.", "Jun 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="tick_status_columns_html", formats=["html"],
        meta=dict(title="Tarrowby Community Safety Partnership – Domestic Homicide Review 'Ingrid' – "
                        "Action Plan",
                  review_id_hint="Tarrowby DHR Ingrid", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "By", "Complete", "Ongoing", "Not started",
                 "Comments"],
        sections=[S("", recs)],
    )


PLANS = [status_letter_codes_docx, struck_progress_html, totals_table_abutting_docx,
         bold_rec_rows_unnumbered_docx, tick_status_columns_html]
