"""The fourth round of held-out plans' content (tools/heldout_drawing_round4.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented or named for realism
only."""
from __future__ import annotations

from typing import Any

from heldout_plans import STATED, A
from sample_spec import A as plain_action
from sample_spec import R, S

REVIEWS = ("Update (panel 12/03/2024)", "Update (panel 09/07/2024)", "Update (panel 05/11/2024)")
UPDATES: dict[str, tuple[str, str, str]] = {}  # action text -> its three review cells, as written
EXPORTED: dict[str, tuple[str, str, str]] = {}  # action text -> the tracker's lead officer, start and closed dates


def U(agency: str, action: str, target: str, *updates: tuple[str, str]) -> dict[str, Any]:
    """An action updated at each review meeting: one (status, text) per meeting that reported on it, each
    cell opening with the status in words; the progress is the cells in order, the status the last one's."""
    cells = [f"{STATED[status]} {text}".strip() for status, text in updates]
    UPDATES[action] = tuple(cells + [""] * (len(REVIEWS) - len(cells)))  # type: ignore[assignment]
    return plain_action(agency, action, target, " ".join(cells), updates[-1][0])


def three_dated_updates() -> dict[str, Any]:
    """US Letter landscape, ruled, 8 pt: three progress columns side by side, one per review meeting, dated
    in the header; an action completed early leaves the later columns empty."""
    recs = [
        R("1", "Harlow Vale Police to ensure that a DASH risk assessment refused by the victim is followed by "
               "the officer's own assessment of the risk, recorded on the same occurrence.", [
            U("Harlow Vale Police", "Amend the domestic abuse occurrence template so that an officer "
              "assessment is mandatory when the DASH is refused.", "31/05/2024",
              ("in_progress", "Change request raised with the systems team."),
              ("complete", "Template amended on 20 May 2024.")),
            U("Harlow Vale Police", "Dip sample refused assessments each quarter and report compliance to "
              "the Domestic Abuse Board.", "Quarterly from July 2024",
              ("not_started", ""),
              ("in_progress", "First dip sample: officer assessment present in 14 of 20."),
              ("in_progress", "Second dip sample: 18 of 20. Reporting continues.")),
        ]),
        R("2", "Harlow Vale Council Housing to ask about domestic abuse at every tenancy sign-up and at the "
               "annual tenancy visit, and to record the answer.", [
            U("Harlow Vale Council Housing", "Add the routine enquiry question to the sign-up checklist and "
              "the annual visit form.", "30/04/2024",
              ("complete", "Question added to both forms in March 2024.")),
            U("Harlow Vale Council Housing", "Train housing officers to ask the question and to respond to a "
              "disclosure.", "30/09/2024",
              ("in_progress", "Training commissioned from the local specialist service."),
              ("in_progress", "Four of seven sessions delivered."),
              ("complete", "All 63 officers trained by September 2024.")),
        ]),
        R("3", "The ICB to remind GP practices that a patient's repeated requests for sleeping tablets "
               "or pain relief after injuries may be a sign of domestic abuse.", [
            U("Harlow Vale ICB", "Publish a practice briefing through the safeguarding newsletter.",
              "30/06/2024",
              ("in_progress", "Briefing drafted by the Named GP."),
              ("complete", "Briefing published in the June newsletter.")),
            U("Harlow Vale ICB", "Cover the briefing at the practice safeguarding leads forum.", "31/10/2024",
              ("not_started", ""),
              ("not_started", "Forum date moved to October."),
              ("complete", "Presented at the forum on 17 October 2024.")),
        ]),
        R("4", "The Probation Service to tell the police offender manager within two working days when a "
               "person on licence for a domestic abuse offence reports a new relationship.", [
            U("Probation Service", "Issue a practice direction setting the two-day standard.", "31/03/2024",
              ("complete", "Practice direction issued on 1 March 2024.")),
            U("Probation Service", "Audit ten cases with a new relationship and check the notification "
              "time.", "31/12/2024",
              ("not_started", ""),
              ("not_started", ""),
              ("in_progress", "Cases identified; audit to be completed in December.")),
        ]),
        R("5", "Harlow Vale Hospitals NHS Trust to make sure that the independent domestic violence adviser "
               "based in the emergency department is told of every patient who discloses domestic abuse.", [
            U("Harlow Vale Hospitals NHS Trust", "Add an automatic notification to the adviser from the "
              "emergency department record.", "31/08/2024",
              ("in_progress", "Specification agreed with the clinical systems team."),
              ("complete", "Notification live since 1 July 2024.")),
        ]),
        R("6", "The Community Safety Partnership to review this plan at every meeting of the DHR standing "
               "panel until all actions are complete.", [
            U("Harlow Vale CSP", "Keep the plan as a standing item on the panel agenda.", "Ongoing",
              ("in_progress", "Reviewed at this meeting."),
              ("in_progress", "Reviewed at this meeting."),
              ("in_progress", "Reviewed; two actions remain open.")),
        ]),
    ]
    return dict(
        name="three_dated_updates", formats=["docx"],
        meta=dict(title="Harlow Vale Community Safety Partnership – Domestic Homicide Review 'Sunita' – "
                        "Action Plan", review_id_hint="Harlow Vale DHR Sunita", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", *REVIEWS],
        sections=[S("", recs)],
    )


def legend_box_totals() -> dict[str, Any]:
    """A4 portrait, ruled, Georgia 8 pt: a RAG key table of coloured cells above the plan table, and a
    summary row at the plan table's foot counting the actions by status."""
    recs = [
        R("1", "Merefield Borough Council to make sure that its anti-social behaviour team considers "
               "domestic abuse when neighbours report repeated shouting from the same home.", [
            A("Merefield Borough Council", "Add a domestic abuse prompt to the anti-social behaviour case "
              "triage.", "31/07/2025", "Prompt added to the triage form in June 2025.", "complete",
              rag="Green"),
            A("Merefield Borough Council", "Brief the anti-social behaviour officers on making a referral to "
              "MARAC.", "31/08/2025", "Briefing booked for the August team meeting.", "in_progress",
              rag="Amber"),
        ]),
        R("2", "Merefield Police to record the relationship between the parties on every domestic incident, "
               "including where they are former partners who do not live together.", [
            A("Merefield Police", "Make the relationship field mandatory on the incident record.",
              "30/09/2025", "Change approved; awaiting the September system release.", "in_progress",
              rag="Amber"),
        ]),
        R("3", "Adult Social Care to offer a carer's assessment to a relative who cares for the victim, and "
               "to see the victim alone as part of it.", [
            A("Adult Social Care", "Revise the carer's assessment guidance.", "31/05/2025",
              "Guidance revised and issued in May 2025.", "complete", rag="Green"),
            A("Adult Social Care", "Audit twenty carer's assessments for evidence that the cared-for person "
              "was seen alone.", "31/12/2025", "", "not_started", rag="Red"),
        ]),
        R("4", "The ICB and GP practices to record a patient's carer and to check that the carer is not the "
               "person the patient fears.", [
            A("Merefield ICB", "Add a carer field review to the annual health check template.",
              "31/10/2025", "Template change discussed with the GP clinical system supplier.", "in_progress",
              rag="Amber"),
        ]),
        R("5", "The specialist domestic abuse service to follow up every victim who declines support "
               "after a high-risk referral within one month.", [
            A("Merefield Women's Aid", "Add a one-month follow-up call to the case closure process.",
              "30/06/2025", "Follow-up calls in place since June 2025.", "complete", rag="Green"),
            A("Merefield Women's Aid", "Report the number of follow-ups and re-engagements to the "
              "partnership each quarter.", "Quarterly", "First quarterly report taken in July 2025.",
              "complete", rag="Green"),
        ]),
        R("6", "The Community Safety Partnership to publish a summary of this review's learning for "
               "frontline staff of every agency.", [
            A("Merefield CSP", "Write a two-page learning brief.", "31/07/2025",
              "Learning brief published on the partnership website.", "complete", rag="Green"),
            A("Merefield CSP", "Hold a learning event for frontline staff.", "30/11/2025", "",
              "not_started", rag="Red"),
        ]),
    ]
    return dict(
        name="legend_box_totals", formats=["docx"],
        meta=dict(title="Merefield Community Safety Partnership – Domestic Homicide Review 'Grace' – Action Plan",
                  review_id_hint="Merefield DHR Grace", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Responsible", "Target", "Progress", "RAG"],
        sections=[S("", recs)],
    )


def excel_export_sheet() -> dict[str, Any]:
    """A spreadsheet tracker saved as a web page: gridlines, 7 pt, eleven columns, every row complete in
    itself (the recommendation's number and text repeated on each of its actions), a Status column."""
    def X(agency: str, officer: str, action: str, start: str, due: str, progress: str, status: str,
          closed: str = "") -> dict[str, Any]:
        EXPORTED[action] = (officer, start, closed)
        return A(agency, action, due, progress, status, status_word=STATED[status].rstrip("."))
    recs = [
        R("1", "Agencies to use the same definition of 'high risk' when referring to MARAC, and to refer on "
               "professional judgement where the risk assessment score is lower.", [
            X("Westby Police", "DI Public Protection", "Re-issue the MARAC referral criteria to all "
              "response officers.", "01/04/2024", "30/06/2024", "Criteria re-issued by the force lead in "
              "May 2024.", "complete", "24/05/2024"),
            X("Westby Adult Social Care", "Principal Social Worker", "Add referral on professional "
              "judgement to the adult safeguarding procedure.", "01/04/2024", "30/09/2024",
              "Procedure redrafted; with the Safeguarding Adults Board for sign-off.", "in_progress"),
            X("Westby ICB", "Designated Nurse", "Brief GP safeguarding leads on the criteria.", "01/05/2024",
              "31/10/2024", "", "not_started"),
        ]),
        R("2", "Westby Police to check for previous incidents involving either party at any address before "
               "grading a domestic call.", [
            X("Westby Police", "Control Room Manager", "Add an address-and-name history check to the call "
              "grading script.", "01/04/2024", "31/07/2024", "Script changed on 3 July 2024.", "complete",
              "03/07/2024"),
        ]),
        R("3", "Westby Probation Delivery Unit to review a perpetrator's risk management plan whenever he "
               "is arrested for a new domestic abuse offence.", [
            X("Probation Service", "Senior Probation Officer", "Add an arrest trigger to the risk "
              "management plan review guidance.", "01/05/2024", "31/08/2024",
              "Guidance updated and briefed to all case managers.", "complete", "29/08/2024"),
            X("Probation Service", "Senior Probation Officer", "Check twelve cases with a new arrest for a "
              "review within five days.", "01/09/2024", "31/12/2024", "Six of twelve cases checked; all "
              "reviewed in time.", "in_progress"),
        ]),
        R("4", "Westby Hospitals NHS Trust to train maternity staff to ask about domestic abuse at every "
               "antenatal appointment where the woman is seen alone.", [
            X("Westby Hospitals NHS Trust", "Named Midwife for Safeguarding", "Add routine enquiry to the "
              "antenatal booking and follow-up templates.", "01/04/2024", "30/06/2024",
              "Templates changed in June 2024.", "complete", "17/06/2024"),
            X("Westby Hospitals NHS Trust", "Named Midwife for Safeguarding", "Deliver refresher training to "
              "community midwives.", "01/07/2024", "31/01/2025", "Training plan agreed; first sessions in "
              "November.", "in_progress"),
        ]),
        R("5", "Westby Council to include domestic abuse in the induction of all staff who visit homes.", [
            X("Westby Council", "Head of Organisational Development", "Add a domestic abuse module to the "
              "corporate induction.", "01/06/2024", "31/03/2025", "", "not_started"),
        ]),
        R("6", "The Community Safety Partnership to receive a report on this tracker every quarter.", [
            X("Westby CSP", "Community Safety Manager", "Report the tracker to the partnership board.",
              "01/04/2024", "Quarterly", "Reported to the board in June and September 2024.", "in_progress"),
        ]),
    ]
    return dict(
        name="excel_export_sheet", formats=["html"],
        meta=dict(title="Westby Community Safety Partnership – Domestic Homicide Review 'Ruth' – Action Tracker",
                  review_id_hint="Westby DHR Ruth", as_at="", documents=[]),
        columns=["Rec ID", "Recommendation", "Action ID", "Action", "Lead agency", "Lead officer", "Start date",
                 "Due date", "Status", "Progress update", "Date closed"],
        sections=[S("", recs)],
    )


LONG_1 = ("Merrow Police, Adult Social Care and the ICB to agree and put into practice a joint approach to "
          "older victims of domestic abuse whose abuser is also their carer.\n"
          "The review found that each agency saw part of the picture. Officers attended four times in eighteen "
          "months and recorded each call as a verbal argument between a married couple; the adult social care "
          "team assessed the victim's needs twice and spoke to her each time with her husband present; and her "
          "GP recorded bruising on two occasions, accepting on both that she had fallen. No agency asked the "
          "victim, alone, whether she was afraid of the man who cared for her, and no agency knew what the "
          "others had seen.\n"
          "The joint approach should set out how each agency recognises that a carer may also be an abuser, "
          "including where the carer is an elderly spouse who is himself frail; how and when the victim is "
          "seen alone, and what staff should do when the carer will not leave the room; which agency takes the "
          "lead when more than one is involved, and how the others are told; how the risk is assessed where the "
          "usual risk assessment questions do not fit the victim's circumstances, for example where she does "
          "not go out alone or has no access to a telephone; and how a referral to MARAC or to adult "
          "safeguarding is made, so that a pattern of low-level incidents is seen as a whole.\n"
          "The approach should be written with the Safeguarding Adults Board, agreed by each agency's senior "
          "leadership, and be supported by training for frontline staff in all three agencies. It should be "
          "reviewed after twelve months, with an audit of cases in which an older person was both cared for "
          "and abused, so that the partnership can be assured that the approach has changed practice.")
LONG_4 = ("Merrow Borough Council to review how its housing options service responds to a person who gives "
          "domestic abuse as the reason they are homeless or at risk of homelessness.\n"
          "The victim approached the housing options service twice. On the first occasion she was given a list "
          "of private landlords and told to return if she received a notice; on the second she was placed in "
          "temporary accommodation forty miles away, which she left after three nights to return to the family "
          "home. Neither contact led to a referral to the specialist domestic abuse service, and the service "
          "did not ask whether she was safe to return.\n"
          "The review should examine the service's first-contact script, its use of the Domestic Abuse Act "
          "2021 priority need duty, the availability of safe temporary accommodation within the borough, and "
          "the training given to housing options officers, and should include the views of women who have "
          "used the service. Its findings and an improvement plan should be reported to the partnership.")


def long_rec_ref_right() -> dict[str, Any]:
    """US Letter portrait, ruled, Times 11 pt: the recommendation cell carries no number; the number sits in
    a narrow Ref column at the right; two recommendations of several paragraphs run over a page break."""
    recs = [
        R("1", LONG_1, [
            A("Merrow Police", "Agree the joint approach with Adult Social Care and the ICB and present it to "
              "the Safeguarding Adults Board.", "31/03/2025", "Draft agreed by the three agencies; to the "
              "Board in March.", "in_progress"),
            A("Adult Social Care", "Add seeing the adult alone to the assessment standard, with guidance on "
              "what to do when the carer will not leave.", "31/03/2025", "Standard revised and issued in "
              "February 2025.", "complete"),
            A("Merrow ICB", "Deliver training on carers who abuse to GP practices and community nurses.",
              "30/09/2025", "", "not_started"),
        ]),
        R("2", "Merrow Police to ensure that every domestic incident involving a person aged over 65 is "
               "reviewed by the safeguarding hub.", [
            A("Merrow Police", "Add an age trigger to the hub's daily review list.", "31/01/2025",
              "Trigger in place since January 2025.", "complete"),
        ]),
        R("3", "Merrow ICB to remind GPs to consider domestic abuse when an older patient presents with an "
               "injury explained as a fall.", [
            A("Merrow ICB", "Include the reminder in the quarterly safeguarding bulletin.", "28/02/2025",
              "Included in the February 2025 bulletin.", "complete"),
        ]),
        R("4", LONG_4, [
            A("Merrow Borough Council", "Commission an independent review of the housing options service.",
              "30/06/2025", "Reviewer appointed; fieldwork started in May 2025.", "in_progress"),
            A("Merrow Borough Council", "Report the findings and improvement plan to the partnership.",
              "30/09/2025", "", "not_started"),
        ]),
        R("5", "The Community Safety Partnership to share this review's learning with the Safeguarding Adults "
               "Board and the Health and Wellbeing Board.", [
            A("Merrow CSP", "Present the learning to both boards.", "30/04/2025", "Presented to the Safeguarding "
              "Adults Board in March and the Health and Wellbeing Board in April 2025.", "complete"),
        ]),
        R("6", "The Community Safety Partnership to monitor this plan until all actions are complete.", [
            A("Merrow CSP", "Review progress at each quarterly partnership meeting.", "Quarterly",
              "Reviewed in January and April 2025.", "in_progress"),
        ]),
    ]
    return dict(
        name="long_rec_ref_right", formats=["docx"],
        meta=dict(title="Merrow Community Safety Partnership – Domestic Homicide Review 'Irene' – Action Plan",
                  review_id_hint="Merrow DHR Irene", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Owner", "By when", "Progress", "Ref"],
        sections=[S("", recs)],
    )


FINDINGS = {  # the Finding cell of each recommendation, by number: the learning it answers
    "1": "F1. The victim's GP was not told of the three police call-outs, so her presentations with low mood "
         "were not linked to domestic abuse.",
    "2": "F2. The perpetrator's drug treatment worker knew of his threats to his partner but did not share "
         "them, believing consent was needed.",
    "3": "F3. The victim's employer noticed injuries and absences but did not know where to turn.",
    "4": "F4. The MARAC action to fit a door alarm was recorded as complete before it was fitted.",
    "5": "F5. The family told the review that they did not know where to get help for their daughter.",
    "6": "F6. No agency had a way to flag the victim's home as a risk address for visiting staff.",
}


def finding_column_first() -> dict[str, Any]:
    """A4 landscape, light grid, Verdana 9 pt: a Finding column before the recommendation, merged over its
    actions (learning, not a recommendation), and `R1`-style labels opening the recommendation cell."""
    recs = [
        R("1", "Merton Fields Police to notify the victim's GP practice of every domestic abuse incident "
               "where the victim consents or the risk is high.", [
            A("Merton Fields Police", "Agree a notification route to GP practices with the ICB.", "30/06/2025",
              "Route agreed; notifications sent through the safeguarding hub since June 2025.", "complete"),
            A("Merton Fields ICB", "Tell practices how to code and act on a notification.", "31/07/2025",
              "Guidance drafted with the Named GP.", "in_progress"),
        ], label="R1"),
        R("2", "The drug and alcohol service to share information about threats to a partner without consent "
               "where there is a risk of serious harm.", [
            A("Merton Fields Recovery Service", "Revise the information sharing policy and train keyworkers.",
              "31/08/2025", "Policy revised; training dates set for August.", "in_progress"),
        ], label="R2"),
        R("3", "The Community Safety Partnership to promote the employers' domestic abuse toolkit to local "
               "businesses.", [
            A("Merton Fields CSP", "Launch the toolkit at the business breakfast.", "31/05/2025",
              "Launched on 14 May 2025; 38 employers attended.", "complete"),
            A("Merton Fields CSP", "Follow up with the ten largest employers.", "30/09/2025", "",
              "not_started"),
        ], label="R3"),
        R("4", "The MARAC chair to check that a safety action is confirmed by the agency that carried it out "
               "before it is closed.", [
            A("MARAC Coordinator, Merton Fields Council", "Add a confirmation field to the MARAC action "
              "tracker.", "30/04/2025", "Field added in April 2025.", "complete"),
            A("MARAC Coordinator, Merton Fields Council", "Audit closed actions at the next two meetings.",
              "31/07/2025", "First audit found all closed actions confirmed.", "in_progress"),
        ], label="R4"),
        R("5", "The Community Safety Partnership to run a campaign telling friends and families where to "
               "get advice when they are worried about someone.", [
            A("Merton Fields CSP", "Run the campaign in local media and at GP surgeries.", "31/10/2025",
              "Campaign materials designed with the victim's family.", "in_progress"),
        ], label="R5"),
        R("6", "Merton Fields Council to set up a shared warning marker for addresses where visiting staff "
               "may be at risk from a perpetrator.", [
            A("Merton Fields Council", "Scope the marker with the housing, social care and environmental "
              "health teams.", "30/09/2025", "", "not_started"),
        ], label="R6"),
    ]
    return dict(
        name="finding_column_first", formats=["docx"],
        meta=dict(title="Merton Fields Community Safety Partnership – Domestic Homicide Review 'Chloe' – "
                        "Action Plan", review_id_hint="Merton Fields DHR Chloe", as_at="", documents=[]),
        columns=["Finding", "Recommendation", "Action", "Lead", "Timescale", "Progress update"],
        sections=[S("", recs)],
    )


PLANS = [three_dated_updates, legend_box_totals, excel_export_sheet, long_rec_ref_right, finding_column_first]
