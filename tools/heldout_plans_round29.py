"""The twenty-ninth round of held-out plans' content (tools/heldout_drawing_round29.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan published with its tracked changes unaccepted, revised dates and updates shown as deletions
and insertions; a Word template form whose cells are content controls, the never-filled ones still showing
the placeholder prompt; a Word plan with the template's empty rows left in between recommendations and at
the foot; an old council web page laid out in tables, the plan nested in the content cell; the lead agency
and the target date written in one cell on two lines).  Written once and never tuned against.  Places,
agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

REVISED_TARGET: dict[str, str] = {}  # action text -> the target date it had before, shown deleted
SUPERSEDED: dict[str, str] = {}  # action text -> an earlier update sentence, shown deleted
INSERTED: dict[str, str] = {}  # action text -> the tail of its progress, shown as an insertion
PLACEHOLDER = "Click or tap here to enter text."  # Word's prompt in an empty plain-text content control


def TA(agency: str, action: str, target: str, progress: str, status: str, old_target: str = "",
       struck: str = "", added: str = "") -> dict[str, Any]:
    """An action of the tracked-changes plan: ``old_target`` and ``struck`` drawn as deletions (not in the
    annotation), ``added`` drawn as an insertion at the end of the progress (in the annotation)."""
    if old_target:
        REVISED_TARGET[action] = old_target
    if struck:
        SUPERSEDED[action] = struck
    if added:
        INSERTED[action] = added
        progress = f"{progress} {added}".strip()
    return A(agency, action, target, progress, status)


def tracked_changes_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9.5 pt, ruled: published with its tracked changes unaccepted (as saved
    from a review round): revised target dates are the old date deleted (``w:del``) followed by the new
    one inserted (``w:ins``), superseded update sentences deleted and new ones inserted after them; the
    annotation is the document with every change accepted; dates as ``31/03/2026``."""
    t = "Thornleigh"
    recs = [
        R("1", f"{t} Police to make sure that a victim who withdraws support for a prosecution is referred "
               "to an IDVA before the case is closed.", [
            TA(f"{t} Police", "Add an IDVA referral step to the victim withdrawal procedure.", "31/01/2026",
               "Procedure rewritten.", "complete", old_target="30/11/2025",
               added="Published to all investigators on 12/01/2026."),
            TA(f"{t} Police", "Check thirty withdrawn cases for a referral.", "30/06/2026", "", "not_started"),
        ]),
        R("2", f"{t} Primary Care Network to record a disclosure of abuse in a coded entry that every "
               "clinician in the practice can see.", [
            TA(f"{t} Primary Care Network", "Agree the clinical codes to use for a disclosure.", "31/12/2025",
               "Codes agreed by the practice leads.", "complete",
               struck="Meeting with practice leads arranged."),
            TA(f"{t} Primary Care Network", "Run a coding session at the protected learning time.",
               "31/03/2026", "Session booked for February.", "in_progress", old_target="31/01/2026"),
        ]),
        R("3", f"{t} Housing Partnership to give a tenant fleeing abuse a single named officer for the move.", [
            TA(f"{t} Housing Partnership", "Name a move officer for each team.", "28/02/2026",
               "Officers named in three of four teams.", "in_progress",
               struck="Job description under discussion.", added="The fourth will be named in March."),
        ]),
        R("4", f"{t} Youth Justice Service to screen young people in its care for abuse between their "
               "parents.", [
            TA(f"{t} Youth Justice Service", "Add a parental abuse question to the screening tool.",
               "31/03/2026", "", "not_started", old_target="31/12/2025"),
            TA(f"{t} Youth Justice Service", "Train case managers in asking the question.", "30/04/2026",
               "Training designed with the IDVA service.", "in_progress"),
        ]),
        R("5", f"{t} Community Safety Partnership to tell the family when each recommendation is closed.", [
            TA(f"{t} CSP", "Write to the family at each closure with what was done.", "31/07/2026", "",
               "not_started"),
        ]),
    ]
    return dict(
        name="tracked_changes_docx", formats=["docx"],
        meta=dict(title="Thornleigh Community Safety Partnership – Domestic Homicide Review 'Esme' – "
                        "Action Plan",
                  review_id_hint="Thornleigh DHR Esme", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def content_controls_form_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Arial 9 pt, ruled: a template form whose every cell is a plain-text content
    control (``w:sdt``; the recommendation's a block-level control round its paragraph, the others
    run-level inside the paragraph); the progress cells nobody filled in still show Word's grey placeholder
    prompt (``showingPlcHdr``), which is no progress; number and recommendation merged over the actions;
    dates as ``March 2026``."""
    c = "Caerwen"
    recs = [
        R("1", f"{c} Police to check the history of both parties when a counter-allegation is made at a "
               "domestic incident.", [
            A(f"{c} Police", "Issue guidance on identifying the primary aggressor.", "January 2026",
              "Guidance issued in December.", "complete"),
            plain_action(f"{c} Police", "Review twenty counter-allegation cases with the IDVA service.",
                         "June 2026"),
        ]),
        R("2", f"{c} Health Board to ask about domestic abuse at every antenatal booking appointment held "
               "without the partner present.", [
            A(f"{c} Health Board", "Make the booking appointment a time when the woman is seen alone.",
              "March 2026", "Agreed by the maternity service; letters changed.", "in_progress"),
        ]),
        R("3", f"{c} County Council Adult Services to consider coercive control when assessing an older "
               "person's carer.", [
            plain_action(f"{c} Adult Services", "Add coercive control to the carer assessment guidance.",
                         "February 2026"),
            A(f"{c} Adult Services", "Brief social work teams on the change.", "April 2026",
              "Two of five teams briefed.", "in_progress"),
        ]),
        R("4", f"{c} Substance Misuse Service to share a client's disclosure of abuse with the MARAC "
               "coordinator.", [
            A(f"{c} Substance Misuse Service", "Set out when a disclosure is shared in the information "
              "sharing agreement.", "December 2025", "Agreement signed.", "complete"),
        ]),
        R("5", f"{c} Community Safety Partnership to publish the review in Welsh and English together.", [
            plain_action(f"{c} CSP", "Publish the bilingual report and summary.", "May 2026"),
        ]),
    ]
    return dict(
        name="content_controls_form_docx", formats=["docx"],
        meta=dict(title="Caerwen Community Safety Partnership – Domestic Homicide Review 'Lowri' – Action Plan",
                  review_id_hint="Caerwen DHR Lowri", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def blank_template_rows_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 9 pt, ruled: the Word template's spare rows left in, one empty ruled row
    (every cell empty, at least 0.7 cm high) after each recommendation's actions and four more under the
    last (five at the table's foot); number and recommendation written on a recommendation's first row only; dates as
    ``30 Jun 2026``."""
    m = "Marshby"
    recs = [
        R("1", f"{m} Police to make sure that a domestic abuse protection notice is served on every eligible "
               "perpetrator arrested at a repeat address.", [
            A(f"{m} Police", "Add the notice to the custody sergeant's checklist.", "31 Dec 2025",
              "Checklist amended.", "complete"),
            A(f"{m} Police", "Report the number of notices served to the CSP each quarter.", "31 Mar 2026",
              "First report due in April.", "in_progress"),
        ]),
        R("2", f"{m} Hospital NHS Trust to refer a patient with injuries consistent with strangulation to "
               "the hospital IDVA.", [
            A(f"{m} Hospital NHS Trust", "Add non-fatal strangulation to the IDVA referral triggers.",
              "31 Jan 2026", "", "not_started"),
        ]),
        R("3", f"{m} Borough Council to include domestic abuse in its debt recovery policy.", [
            A(f"{m} Borough Council", "Pause recovery action where a debtor discloses economic abuse.",
              "28 Feb 2026", "Policy drafted; with legal services.", "in_progress"),
            A(f"{m} Borough Council", "Train revenues officers on economic abuse.", "30 Apr 2026", "",
              "not_started"),
        ]),
        R("4", f"{m} Children's Services to ask a parent about abuse by a new partner at every child in need "
               "review.", [
            A(f"{m} Children's Services", "Add the question to the review agenda.", "30 Nov 2025",
              "Agenda changed.", "complete"),
        ]),
        R("5", f"{m} Community Safety Partnership to commission a specialist service for older victims.", [
            A(f"{m} CSP", "Map what older victims can use today.", "31 Mar 2026",
              "Mapping half done.", "in_progress"),
            A(f"{m} CSP", "Tender for a service.", "30 Jun 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="blank_template_rows_docx", formats=["docx"],
        meta=dict(title="Marshby Community Safety Partnership – Domestic Homicide Review 'Agnes' – Action Plan",
                  review_id_hint="Marshby DHR Agnes", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def layout_table_wrapper_html() -> dict[str, Any]:
    """An old council web page (HTML 4, Verdana via ``<font>``): the whole page laid out in a table, a
    banner row spanning it, a left cell of links and contacts and a right content cell in which the plan
    table is nested (``border="1" cellpadding="4"``, header cells dark with white text); the page's footer a
    last layout row; number and recommendation in ``rowspan`` cells; dates as ``31.03.2026``."""
    a = "Ashcombe"
    recs = [
        R("1", f"{a} Police to visit the victim within 24 hours when a perpetrator is released from custody "
               "without charge.", [
            A(f"{a} Police", "Set a 24-hour visit standard for neighbourhood officers.", "31.12.2025",
              "Standard in force.", "complete"),
            A(f"{a} Police", "Record the visit on the crime report.", "31.03.2026",
              "System change requested.", "in_progress"),
        ]),
        R("2", f"{a} Mental Health Trust to share a risk assessment with the GP when a patient with a history "
               "of abusing partners is discharged.", [
            A(f"{a} Mental Health Trust", "Add the risk assessment to the discharge letter template.",
              "28.02.2026", "", "not_started"),
        ]),
        R("3", f"{a} Borough Council to check with the police before placing a family in temporary "
               "accommodation near a known perpetrator.", [
            A(f"{a} Borough Council", "Agree a placement check with the police.", "31.01.2026",
              "Check agreed and in use.", "complete"),
            A(f"{a} Borough Council", "Include the check in the placement procedure.", "31.03.2026",
              "Procedure being updated.", "in_progress"),
        ]),
        R("4", f"{a} Domestic Abuse Service to offer support by text message to a victim who cannot speak "
               "on the phone safely.", [
            A(f"{a} Domestic Abuse Service", "Start a text support line.", "30.04.2026",
              "Supplier chosen.", "in_progress"),
        ]),
        R("5", f"{a} Community Safety Partnership to report the plan's progress in its annual report.", [
            A(f"{a} CSP", "Include a section on the review in the annual report.", "30.06.2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="layout_table_wrapper_html", formats=["html"],
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Beth' – Action Plan",
                  review_id_hint="Ashcombe DHR Beth", as_at="", documents=[]),
        columns=["No", "Recommendation", "Action", "Agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


def lead_date_one_cell_html() -> dict[str, Any]:
    """HTML, Calibri 10 pt, CSS borders: no lead or target column of its own but one ``Lead and
    timescale`` cell per action holding two lines, the agency (bold) and under it the target date;
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``End of March 2026``."""
    hf = "Hallowfield"
    recs = [
        R("1", f"{hf} Police to ask every victim reporting stalking whether the suspect is a former "
               "partner.", [
            A(f"{hf} Police", "Add the question to the stalking report form.", "End of December 2025",
              "Form updated.", "complete"),
            A(f"{hf} Police", "Refer stalking by a former partner to the MARAC when the risk is high.",
              "End of March 2026", "Referral route agreed; not yet audited.", "in_progress"),
        ]),
        R("2", f"{hf} Integrated Care Board to make sure that practice nurses know how to refer to the "
               "domestic abuse service.", [
            A(f"{hf} Integrated Care Board", "Send the referral pathway to every practice nurse.",
              "End of January 2026", "Sent to 38 of 41 practices.", "in_progress"),
        ]),
        R("3", f"{hf} Adult Social Care to hold a strategy meeting when a person with care needs is "
               "abused by a family member.", [
            A(f"{hf} Adult Social Care", "Change the safeguarding procedure to require the meeting.",
              "End of February 2026", "", "not_started"),
            A(f"{hf} Adult Social Care", "Audit ten enquiries for a strategy meeting.", "End of June 2026",
              "", "not_started"),
        ]),
        R("4", f"{hf} Citizens Advice to ask clients with debts about control of their money by a partner.", [
            A(f"{hf} Citizens Advice", "Add an economic abuse prompt to the debt advice checklist.",
              "End of November 2025", "Prompt in use.", "complete"),
        ]),
        R("5", f"{hf} Community Safety Partnership to share the review's learning with faith groups.", [
            A(f"{hf} CSP", "Hold a learning session with the faith forum.", "End of May 2026",
              "Session date set.", "in_progress"),
        ]),
    ]
    return dict(
        name="lead_date_one_cell_html", formats=["html"],
        meta=dict(title="Hallowfield Community Safety Partnership – Domestic Homicide Review 'Rose' – "
                        "Action Plan",
                  review_id_hint="Hallowfield DHR Rose", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead and timescale", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [tracked_changes_docx, content_controls_form_docx, blank_template_rows_docx, layout_table_wrapper_html,
         lead_date_one_cell_html]
