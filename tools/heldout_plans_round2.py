"""The second round of held-out plans' content (tools/make_heldout.py draws them): five more invented
plans in layouts neither the samples, the producer corpus nor the first held-out round has.  Written
once and never tuned against.  Places, agencies and people are invented or named for realism only."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def banded_no_rules() -> dict[str, Any]:
    """Word-style portrait plan: no rules at all, alternate rows shaded; a Ref column; RAG as a colour word."""
    recs = [
        R("1", "Adult Social Care to make sure that a safeguarding enquiry is opened whenever a carer is "
               "named as the alleged abuser, even where the adult says they do not want any action.", [
            A("Head of Adult Safeguarding, Adult Social Care", "Revise the safeguarding triage guidance and "
              "brief the front door team.", "31/05/2025",
              "Guidance revised and briefings delivered to all front door staff in April 2025.", "complete",
              rag="Green"),
            A("Head of Adult Safeguarding, Adult Social Care", "Audit a sample of concerns about carers "
              "closed without an enquiry.", "Q2 2025/26",
              "Audit sample of 30 concerns drawn; findings due in September.", "in_progress", rag="Amber"),
        ]),
        R("2", "The Police to ensure that officers attending a domestic incident at the home of an older "
               "person speak to the person alone.", [
            A("Detective Chief Inspector, Public Protection, Police", "Add the expectation to the domestic "
              "abuse attendance checklist.", "30/06/2025", "Checklist updated on 2 June 2025.", "complete",
              rag="Green"),
        ]),
        R("3", "The ICB to ensure that GP practices offer a double appointment when a patient discloses "
               "domestic abuse, so that there is time for a risk assessment.", [
            A("Designated Nurse for Safeguarding Adults, ICB", "Write to all practices setting out the "
              "expectation.", "31/07/2025", "Letter drafted; awaiting approval by the ICB safeguarding "
              "committee.", "in_progress", rag="Amber"),
            A("Designated Nurse for Safeguarding Adults, ICB", "Include the standard in the practice "
              "safeguarding audit.", "31/03/2026", "", "not_started", rag="Red"),
        ]),
        R("4", "The Probation Service to check with the police for call-outs to the address of any person "
               "on licence who has a history of domestic abuse.", [
            A("Head of Public Protection, Probation Service", "Agree a monthly address check with the "
              "police public protection unit.", "30/09/2025",
              "Monthly checks running since August 2025.", "complete", rag="Green"),
        ]),
        R("5", "Kingsford Borough Council to make sure that its housing staff know how to refer a tenant "
               "to the specialist domestic abuse service.", [
            A("Housing Services Manager, Kingsford Borough Council", "Publish the referral route on the staff "
              "intranet.", "Immediate", "Referral route published.", "complete", rag="Green"),
            A("Housing Services Manager, Kingsford Borough Council", "Deliver a briefing to every housing "
              "team.", "31/10/2025", "Three of five teams briefed.", "in_progress", rag="Amber"),
        ]),
        R("6", "The Community Safety Partnership to report progress on this plan to its board every six "
               "months until all actions are complete.", [
            A("Community Safety Manager, Kingsford CSP", "Add the plan to the board's forward plan.",
              "30/04/2025", "Added; first report taken on 24 April 2025.", "complete", rag="Green"),
        ]),
    ]
    return dict(
        name="banded_no_rules", formats=["docx"],
        meta=dict(title="Kingsford Community Safety Partnership – Domestic Homicide Review 'Anna' – Action Plan",
                  review_id_hint="Kingsford DHR Anna", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Key actions", "Lead officer", "Timescale", "Outcome", "RAG"],
        sections=[S("", recs)],
    )


POLICE_PROBATION = "Police\nProbation Service"
FOUR_AGENCIES = "Police\nProbation Service\nAdult Social Care\nICB"


def agency_list_merged() -> dict[str, Any]:
    """Landscape ruled plan whose Agencies cell lists several agencies, merged over the actions they share."""
    recs = [
        R("1", "Agencies to share information about a perpetrator who moves between areas, so that the "
               "new area knows the risk he poses to a new partner.", [
            A(POLICE_PROBATION, "Agree a protocol for notifying the receiving area when a high risk "
              "perpetrator moves.", "31/03/2025", "Protocol agreed by both agencies in February 2025.",
              "complete"),
            A(POLICE_PROBATION, "Test the protocol on the next three transfers and report to the "
              "partnership.", "30/09/2025", "One transfer made under the protocol so far.", "in_progress"),
        ]),
        R("2", "Agencies working with the victim to hold a joint professionals meeting when two or more "
               "of them hold concerns about coercive control.", [
            A(FOUR_AGENCIES, "Write a short guide on when to call a professionals meeting and who chairs "
              "it.", "30/06/2025", "Guide in draft; comments received from three agencies.", "in_progress"),
            A(FOUR_AGENCIES, "Add the guide to each agency's safeguarding training.", "31/12/2025", "",
              "not_started"),
        ]),
        R("3", "Ashbury Council Housing to record a tenant's disclosure of domestic abuse on the housing "
               "management system with a warning marker.", [
            A("Ashbury Council Housing", "Create the warning marker and train housing officers in its use.",
              "31/05/2025", "Marker live since May 2025; 41 officers trained.", "complete"),
        ]),
        R("4", "Health agencies to make sure that a victim's children are identified and their school "
               "nurse told when a parent is admitted to hospital after an assault.", [
            A("ICB\nAshbury Hospitals NHS Trust\nAshbury Community Health", "Add a question about children "
              "to the emergency department safeguarding form.", "31/08/2025",
              "Form change tested; going live in September.", "in_progress"),
            A("ICB\nAshbury Hospitals NHS Trust\nAshbury Community Health", "Agree how the school nursing "
              "team is told of the admission.", "31/08/2025", "Pathway agreed in July 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to commission training on economic abuse for "
               "frontline staff of all agencies.", [
            A("Ashbury CSP", "Commission the training from a specialist provider.", "31/07/2025",
              "Provider appointed; twelve sessions booked.", "complete"),
        ]),
        R("6", "Agencies to make sure that a victim who does not speak English is offered an independent "
               "interpreter at every contact, and that a family member or the suspect is never asked to "
               "interpret.", [
            A(FOUR_AGENCIES, "Issue a joint statement of the standard to all frontline staff.", "30/06/2025",
              "Statement agreed by the four agencies and issued on 9 June 2025. Each agency has placed it "
              "on its intranet and added it to its interpreting policy.", "complete"),
            A(FOUR_AGENCIES, "Audit twenty cases in each agency where an interpreter was needed.",
              "31/01/2026", "Audit tool agreed; the police and Adult Social Care have drawn their samples. "
              "The Probation Service and the ICB will draw theirs in October.", "in_progress"),
        ]),
    ]
    return dict(
        name="agency_list_merged", formats=["docx"],
        meta=dict(title="Ashbury Community Safety Partnership – Domestic Homicide Review 'Lena' – Action Plan",
                  review_id_hint="Ashbury DHR Lena", as_at="", documents=[]),
        columns=["Recommendation", "Agencies", "Action", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def smart_header_group() -> dict[str, Any]:
    """Landscape plan with two header rows: a SMART group over four action columns, a Progress group over two."""
    recs = [
        R("1", "Mental health services to ask about domestic abuse when a patient is assessed after self-harm.", [
            A("Coldmere Mental Health Trust", "Add a routine enquiry question to the self-harm assessment.",
              "30/04/2025", "Question added to the assessment form in March 2025.", "complete",
              evidence="Revised form in use; audit of 20 assessments", rag="Green"),
            A("Coldmere Mental Health Trust", "Train liaison psychiatry staff in routine enquiry.",
              "30/06/2025", "Two of four training sessions delivered.", "in_progress",
              evidence="Training attendance above 90%", rag="Amber"),
        ]),
        R("2", "The Police to review how they respond to breaches of non-molestation orders.", [
            A("Police", "Dip sample twenty breaches reported in the last year.", "31/05/2025",
              "Dip sample completed; report with the head of public protection.", "in_progress",
              evidence="Dip sample report and recommendations", rag="Amber"),
        ]),
        R("3", "The Probation Service to refer every person on licence for a domestic abuse offence to an "
               "accredited perpetrator programme unless there is a recorded reason not to.", [
            A("Probation Service", "Issue a practice instruction to all probation practitioners.",
              "31/03/2025", "Instruction issued on 14 March 2025.", "complete",
              evidence="Instruction on the intranet", rag="Green"),
            A("Probation Service", "Report referral rates to the partnership every quarter.", "Quarterly",
              "", "not_started", evidence="Quarterly referral figures", rag="Red"),
        ]),
        R("4", "Coldmere Council to include domestic abuse in the assessment of every homeless applicant "
               "aged over 60.", [
            A("Coldmere Council Housing Options", "Revise the homelessness assessment form.", "30/09/2025",
              "Revised form agreed; IT change requested.", "in_progress",
              evidence="Form change live", rag="Amber"),
        ]),
        R("5", "The ICB to assure the partnership that community pharmacies know how to respond to a "
               "disclosure of domestic abuse.", [
            A("ICB", "Circulate the safe spaces guidance to every community pharmacy.", "31/07/2025",
              "Guidance circulated in June 2025.", "complete",
              evidence="Circulation record", rag="Green"),
            A("ICB", "Survey pharmacies on their use of the guidance.", "31/01/2026", "", "not_started",
              evidence="Survey results reported", rag="Red"),
        ]),
        R("6", "Adult Social Care and the Police to agree how they respond together when an adult with "
               "care and support needs is repeatedly reported missing from a home shared with a partner.", [
            A("Adult Social Care", "Agree a joint protocol with the police missing persons unit.",
              "31/08/2025", "Protocol drafted and discussed at the July safeguarding adults board; "
              "comments from the police legal team awaited.", "in_progress",
              evidence="Signed protocol", rag="Amber"),
            A("Police", "Add a prompt to the missing person report to check for domestic abuse at the "
              "address.", "31/08/2025", "Prompt added to the report in August 2025.", "complete",
              evidence="Report template", rag="Green"),
            A("Adult Social Care", "Review the first ten cases handled under the protocol.", "31/03/2026",
              "", "not_started", evidence="Review report to the board", rag="Red"),
        ]),
    ]
    return dict(
        name="smart_header_group", formats=["docx"], evidence=True,
        meta=dict(title="Coldmere Safer Partnership – Domestic Homicide Review 'Jean' – SMART Action Plan",
                  review_id_hint="Coldmere DHR Jean", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Specific – action", "Measurable – evidence",
                 "Achievable – lead", "Time-bound – by when", "Update", "RAG"],
        sections=[S("", recs)],
    )


UPDATED = {"1": "14/04/2025", "2": "16/06/2025", "3": "20/05/2025", "4": "30/06/2025",  # the Date of each
           "5": "28/04/2025"}  # recommendation's progress table, by recommendation number


def progress_table_per_rec() -> dict[str, Any]:
    """HTML page: each recommendation a heading, its text, an actions table and a separate dated progress table."""
    recs = [
        R("1", "The Police to make sure that every domestic abuse incident is checked for previous "
               "incidents involving either party at any address.", [
            A("Police", "Change the incident search so that it covers both parties at every address.",
              "31/03/2025", "The search change went live on 10 March 2025.", "complete"),
            A("Police", "Brief control room supervisors on the change.", "30/04/2025",
              "Supervisors briefed at the April training day.", "complete"),
        ]),
        R("2", "Adult Social Care to offer a carer's assessment to any adult caring for a partner with "
               "dementia, and to see the carer alone.", [
            A("Adult Social Care", "Add a prompt to see the carer alone to the carer's assessment.",
              "30/06/2025", "Prompt designed; waiting for the case system release in July.", "in_progress"),
        ]),
        R("3", "The ICB and GP practices to record a patient's carer on the patient's record and flag "
               "concerns about the carer.", [
            A("ICB", "Issue guidance to practices on recording carers.", "31/05/2025",
              "Guidance issued on 19 May 2025.", "complete"),
            A("ICB", "Audit ten practices for carer records.", "30/11/2025", "", "not_started"),
        ]),
        R("4", "Fenwick Homes to train its repairs staff to recognise and report signs of domestic "
               "abuse during home visits.", [
            A("Fenwick Homes", "Add domestic abuse awareness to the repairs staff induction.", "31/08/2025",
              "Module written and piloted with one team.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to publish a summary of the learning from this review for "
               "practitioners.", [
            A("Fenwick CSP", "Write and publish a seven-minute briefing.", "30/04/2025",
              "Briefing published on the partnership website.", "complete"),
        ]),
    ]
    return dict(
        name="progress_table_per_rec", formats=["html"],
        meta=dict(title="Fenwick Community Safety Partnership – Domestic Homicide Review 'Mrs P' – Action Plan "
                        "and Progress", review_id_hint="Fenwick DHR Mrs P", as_at="", documents=[]),
        columns=["No.", "Action", "Lead agency", "Target date", "Date", "Update"],
        sections=[S("", recs)],
    )


def group_rules_only() -> dict[str, Any]:
    """Portrait plan ruled only between recommendations; long i./ii./iii. sub-items in the recommendation cell."""
    recs = [
        R("1", "Agencies to improve how they identify coercive control in relationships between older "
               "people. In particular:\n"
               "i. the Safeguarding Adults Board should include coercive control by a partner in its "
               "multi-agency training on self-neglect and carer stress;\n"
               "ii. Adult Social Care should ask the adult, when seen alone, who makes decisions about "
               "money, medication and visitors; and\n"
               "iii. GP practices should consider coercive control when an older patient stops attending "
               "appointments after a new partner moves in.", [
            A("Safeguarding Adults Board", "Add coercive control to the multi-agency training programme.",
              "30/06/2025", "Module added and first session held in June 2025.", "complete"),
            A("Adult Social Care", "Add the three questions to the adult's assessment.", "31/08/2025",
              "Questions agreed; change scheduled for the August system release.", "in_progress"),
            A("ICB", "Raise awareness with GP practices through the safeguarding leads forum.",
              "30/09/2025", "", "not_started"),
        ], label="Recommendation 1"),
        R("2", "The Police to review the use of bail conditions in domestic abuse cases where the suspect "
               "lives with the victim. The review should cover:\n"
               "i. how often bail with conditions is used rather than release under investigation; and\n"
               "ii. whether victims are told of the conditions and of a change to them.", [
            A("Police", "Carry out the review and report to the partnership.", "31/07/2025",
              "Data gathered for 2024; analysis under way.", "in_progress"),
        ], label="Recommendation 2"),
        R("3", "Bramwell Council to ensure that staff in its customer contact centre can recognise and "
               "respond to a disclosure of domestic abuse by telephone.", [
            A("Bramwell Council", "Deliver a short course to contact centre staff.", "31/05/2025",
              "Course delivered to 58 staff in April and May 2025.", "complete"),
            A("Bramwell Council", "Add a domestic abuse script to the contact centre knowledge base.",
              "31/05/2025", "Script added on 28 May 2025.", "complete"),
        ], label="Recommendation 3"),
        R("4", "The Probation Service and the Police to agree how they share information about a "
               "perpetrator's new relationships. The agreement should set out:\n"
               "i. who records a new relationship and where;\n"
               "ii. how quickly the other agency is told; and\n"
               "iii. who decides whether a disclosure is made to the new partner.", [
            A("Probation Service", "Draft the agreement with the police.", "31/10/2025",
              "First draft shared with the police in August.", "in_progress"),
        ], label="Recommendation 4"),
        R("5", "Bramwell Hospitals NHS Trust to improve the response to patients who attend the emergency "
               "department with injuries from a fall at home. The Trust should:\n"
               "i. ask every patient seen alone whether anyone at home has hurt them or made them afraid;\n"
               "ii. record the answer, and the reason where the question could not be asked; and\n"
               "iii. refer any disclosure to the hospital independent domestic violence adviser on the "
               "same day.", [
            A("Bramwell Hospitals NHS Trust", "Add the question to the falls assessment in the emergency "
              "department record.", "31/07/2025", "Question added to the electronic record in July 2025.",
              "complete"),
            A("Bramwell Hospitals NHS Trust", "Report monthly on the number of patients asked and the "
              "referrals made.", "31/12/2025", "First monthly report due in October.", "in_progress"),
        ], label="Recommendation 5"),
        R("6", "The Community Safety Partnership to monitor this plan at each quarterly meeting.", [
            A("Bramwell CSP", "Add the plan as a standing item.", "30/04/2025", "Standing item since April 2025.",
              "complete"),
        ], label="Recommendation 6"),
    ]
    return dict(
        name="group_rules_only", formats=["docx"],
        meta=dict(title="Bramwell Community Safety Partnership – Domestic Homicide Review 'Edith' – Action Plan",
                  review_id_hint="Bramwell DHR Edith", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Owner", "Due", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [banded_no_rules, agency_list_merged, smart_header_group, progress_table_per_rec, group_rules_only]
