"""The held-out plans' content (tools/make_heldout.py draws them): five invented plans, written
once and never tuned against.  Each is a nested plan (``sample_spec.S`` / ``R`` / ``A``) whose
annotation comes from the same data as its document.  Places, agencies and people are invented
or named for realism only."""
from __future__ import annotations

from typing import Any

from sample_spec import A as plain_action
from sample_spec import R, S

RAG_KEY = "RAG key: Red = not started; Amber = in progress; Green = complete."
STATED = {"complete": "Complete.", "in_progress": "In progress.", "not_started": "Not started."}


def A(agency: str, action: str, target: str = "", progress: str = "", status: str = "unknown",
      **shown: str) -> dict[str, Any]:
    """An action whose progress cell opens with its status in words, as most plans write it, so that
    the plans measure the reading of the table and not the coding of an unstated status."""
    return plain_action(agency, action, target, f"{STATED[status]} {progress}".strip(), status, **shown)


def doc_control_above() -> dict[str, Any]:
    """Word-style plan: title block, then a document-control table directly on top of the plan table."""
    recs = [
        R("1", "Harrowgate Police to review how call handlers record repeat calls from the same address "
               "so that a pattern of domestic abuse reports is visible to the attending officer.", [
            A("Harrowgate Police", "Add a repeat-caller flag to the command and control system and brief all "
              "call handlers on its use.", "31/03/2024",
              "The flag went live in February 2024. Briefings delivered to 92% of call handlers.", "complete",
              status_word="Complete"),
            A("Harrowgate Police", "Audit twenty incidents each quarter to check that the flag was seen and "
              "acted on.", "Quarterly from April 2024",
              "First audit (Q1 2024/25) found the flag acted on in 17 of 20 incidents.", "in_progress",
              status_word="In progress"),
        ]),
        R("2", "Eastbrook Housing Trust to make domestic abuse a standing item in tenancy sustainment "
               "reviews, and to record any disclosure on the tenancy file.", [
            A("Eastbrook Housing Trust", "Revise the tenancy sustainment review template to include a "
              "domestic abuse question.", "30/06/2024", "Template revised and in use since May 2024.",
              "complete", status_word="Complete"),
        ]),
        R("3", "All agencies to ensure that practitioners ask about the welfare of pets when assessing "
               "risk, since fear for an animal can stop a victim from leaving.", [
            A("Harrowgate Police", "Add a pets question to the risk assessment guidance notes.",
              "September 2024", "Guidance notes updated; awaiting sign-off by the force policy lead.",
              "in_progress", status_word="In progress"),
            A("Eastbrook Council Adult Social Care", "Include the question in the adult safeguarding "
              "assessment form.", "September 2024", "", "not_started", status_word="Not started"),
            A("Brightwater Domestic Abuse Service", "Agree a foster scheme for pets with a local animal "
              "charity.", "December 2024", "Meeting held with two charities; draft agreement circulated.",
              "in_progress", status_word="In progress"),
        ]),
        R("4", "Eastbrook Clinical Commissioning Group to assure the partnership that GP practices follow "
               "up missed appointments by patients known to be at risk of domestic abuse.", [
            A("Eastbrook CCG", "Issue a practice bulletin on following up missed appointments, with a "
              "template letter.", "31/05/2024", "Bulletin issued 12 April 2024.", "complete",
              status_word="Complete"),
            A("Eastbrook CCG", "Include the follow-up standard in the annual safeguarding self-assessment "
              "for practices.", "31/03/2025", "", "not_started", status_word="Not started"),
        ]),
        R("5", "Brightwater Domestic Abuse Service to offer outreach support to victims who decline refuge "
               "accommodation.", [
            A("Brightwater Domestic Abuse Service", "Recruit two outreach workers funded by the partnership.",
              "30/09/2024", "Both posts filled; caseloads opened in August 2024.", "complete",
              status_word="Complete"),
        ]),
        R("6", "Eastbrook Community Safety Partnership to publish a leaflet for friends, family and "
               "neighbours on how to recognise coercive control and where to get advice.", [
            A("Eastbrook CSP", "Co-produce the leaflet with survivors and translate it into the four most "
              "spoken community languages.", "31/12/2024", "First draft reviewed by the survivor panel.",
              "in_progress", status_word="In progress"),
            A("Eastbrook CSP", "Distribute the leaflet through libraries, pharmacies and faith groups.",
              "31/03/2025", "", "not_started", status_word="Not started"),
        ]),
    ]
    return dict(
        name="doc_control_above", formats=["docx"],
        meta=dict(title="Eastbrook Community Safety Partnership – Domestic Homicide Review 'Coral' – Action Plan",
                  review_id_hint="Eastbrook DHR Coral", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Lead agency", "Target date", "Progress update", "Status"],
        sections=[S("", recs)],
    )


def shaded_rec_agency_rows() -> dict[str, Any]:
    """Each recommendation a shaded full-width row, then agency-first action rows with a dated progress log."""
    recs = [
        R("1", "Agencies to share information about a perpetrator's previous partners when a new "
               "relationship is identified, using the disclosure scheme where the threshold is met.", [
            A("Northmoor Police", "Refresh the disclosure scheme guidance and deliver it at every team "
              "briefing.", "31 January 2024",
              "12/10/2023 – Guidance refreshed and approved by the force lead.\n"
              "08/12/2023 – Briefings delivered to four of six teams.\n"
              "26/01/2024 – All teams briefed; action complete.", "complete", rag="Green"),
            A("Northmoor Probation Delivery Unit", "Check for new relationships at every supervision "
              "appointment and record the outcome.", "31 March 2024",
              "15/11/2023 – Recording field added to the case management system.\n"
              "20/02/2024 – Compliance audit planned for April.", "in_progress", rag="Amber"),
        ], label="1."),
        R("2", "The Hospital Trust to ensure that emergency department staff ask about domestic abuse when "
               "a patient attends with an injury that does not fit the account given.", [
            A("Northmoor Hospitals NHS Trust", "Add a prompt to the emergency department triage screen.",
              "30 April 2024",
              "04/01/2024 – Change request raised with the clinical systems team.\n"
              "19/03/2024 – Prompt tested; go-live planned for May.", "in_progress", rag="Amber"),
        ], label="2."),
        R("3", "All agencies to ensure that interpreters used with victims are independent of the family "
               "and community of the victim.", [
            A("Northmoor Police", "Issue an instruction that family members are never used to interpret "
              "in domestic abuse cases.", "31 December 2023",
              "30/11/2023 – Instruction issued on the force intranet.", "complete", rag="Green"),
            A("Northmoor Hospitals NHS Trust", "Remind all ward managers of the interpreting policy.",
              "31 December 2023",
              "14/12/2023 – Reminder sent by the chief nurse.", "complete", rag="Green"),
            A("Northmoor Council Children's Services", "Add the interpreting standard to the case audit "
              "tool.", "31 March 2024", "", "not_started", rag="Red"),
        ], label="3."),
        R("4", "Northmoor Council to review how homelessness officers assess the risk to a victim who "
               "presents as homeless after leaving an abusive partner.", [
            A("Northmoor Council Housing Options", "Train homelessness officers in the DASH risk checklist.",
              "29 February 2024",
              "09/11/2023 – Training commissioned from the local domestic abuse service.\n"
              "17/01/2024 – First session held, 14 officers attended.\n"
              "28/02/2024 – Second session held; all officers now trained.", "complete", rag="Green"),
        ], label="4."),
        R("5", "The Mental Health Trust to ensure that a carer's assessment is offered when a patient's "
               "partner is the main carer, and that the carer is seen alone.", [
            A("Northmoor Mental Health Foundation Trust", "Audit twenty case files for carer's assessments.",
              "31 May 2024",
              "22/02/2024 – Audit sample drawn.\n"
              "10/04/2024 – Audit under way; findings due in June.", "in_progress", rag="Amber"),
            A("Northmoor Mental Health Foundation Trust", "Revise the carers policy to require that the "
              "carer is offered time alone with the worker.", "30 June 2024", "", "not_started", rag="Red"),
        ], label="5."),
        R("6", "Northmoor Safer Communities Partnership to monitor the delivery of this plan at each "
               "quarterly board meeting until every action is complete.", [
            A("Northmoor Safer Communities Partnership", "Add the plan to the board's forward plan.",
              "31 October 2023",
              "05/10/2023 – Added; first report taken in October.", "complete", rag="Green"),
        ], label="6."),
    ]
    return dict(
        name="shaded_rec_agency_rows", formats=["docx"],
        meta=dict(title="Northmoor Safer Communities Partnership – DHR 'Adult K' – Action Plan and Progress Log",
                  review_id_hint="Northmoor DHR Adult K", as_at="", documents=[]),
        columns=["Agency", "Action", "Target date", "Progress log", "RAG"],
        sections=[S("", recs)],
    )


def nine_columns() -> dict[str, Any]:
    """Landscape plan with nine narrow columns: number, milestones, date completed and RAG."""
    recs = [
        R("1", "Westvale Police to ensure that officers complete a risk assessment at every domestic "
               "abuse incident, including where the victim declines to answer.", [
            A("Westvale Police", "Change the incident form so that a refused assessment is recorded with "
              "the officer's own view of the risk.", "31/03/2023", "Form changed in March 2023.",
              "complete", evidence="Form live; monthly compliance report", rag="Green"),
            A("Westvale Police", "Dip sample refused assessments each quarter.", "Quarterly",
              "Two dip samples completed; compliance 88%.", "in_progress",
              evidence="Dip sample reports to the DA board", rag="Amber"),
        ]),
        R("2", "Westvale GP Federation to ensure that practices record a patient's disclosure of "
               "domestic abuse with a coded entry.", [
            A("Westvale GP Federation", "Circulate the coding guidance to every practice manager.",
              "30/06/2023", "Guidance circulated May 2023.", "complete",
              evidence="Circulation list", rag="Green"),
        ]),
        R("3", "Westvale Council to ensure that the adult safeguarding front door checks police "
               "domestic abuse records when a concern names a partner as the alleged abuser.", [
            A("Westvale Council Adult Social Care", "Agree read-only access to police records for two "
              "front door staff.", "30/09/2023", "Information sharing agreement in draft.", "in_progress",
              evidence="Signed agreement", rag="Amber"),
            A("Westvale Police", "Provide vetting and training for the two staff.", "30/09/2023",
              "Waiting for the agreement to be signed.", "not_started", evidence="Training record",
              rag="Red"),
        ]),
        R("4", "All agencies to include economic abuse in their domestic abuse training.", [
            A("Westvale Police", "Add an economic abuse module to the annual training.", "31/12/2023",
              "Module written.", "in_progress", evidence="Training plan", rag="Amber"),
            A("Westvale Council Adult Social Care", "Add economic abuse to the safeguarding course.",
              "31/12/2023", "Done.", "complete", evidence="Course materials", rag="Green"),
            A("Westvale GP Federation", "Run a lunchtime session for practice staff.", "31/12/2023",
              "Session held October 2023.", "complete", evidence="Attendance list", rag="Green"),
        ]),
        R("5", "Westvale Community Safety Partnership to commission a perpetrator programme that "
               "accepts self-referrals.", [
            A("Westvale CSP", "Complete a procurement for the programme.", "31/03/2024",
              "Tender published January 2024.", "in_progress", evidence="Contract award", rag="Amber"),
        ]),
        R("6", "Westvale Hospital Trust to make sure that the safeguarding team is told when a patient "
               "with a domestic abuse marker is admitted.", [
            A("Westvale Hospital Trust", "Set up an automatic alert from the patient administration system.",
              "31/01/2024", "Alert working since December 2023.", "complete", evidence="System test log",
              rag="Green"),
            A("Westvale Hospital Trust", "Audit the response to alerts after three months.", "30/04/2024",
              "", "not_started", evidence="Audit report", rag="Red"),
        ]),
    ]
    return dict(
        name="nine_columns", formats=["docx"], evidence=True,
        meta=dict(title="Westvale Community Safety Partnership – Domestic Homicide Review 'Bethan' – Action Plan",
                  review_id_hint="Westvale DHR Bethan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Milestones", "Target date", "Progress",
                 "Date completed", "RAG"],
        sections=[S("", recs)],
    )


COMPLETED = {  # the 'Date completed' cell of each completed action, by action text opening
    "Change the incident form": "14/03/2023", "Circulate the coding": "22/05/2023",
    "Add economic abuse to the": "30/11/2023", "Run a lunchtime": "18/10/2023",
    "Set up an automatic": "08/12/2023",
}


def lettered_actions() -> dict[str, Any]:
    """HTML plan under theme rows: number in a column of its own, actions lettered 1a / 1b in their own column."""
    theme1 = [
        R("1", "Southfield Police and Southfield Council to agree a joint protocol for responding to "
               "reports of stalking by a former partner.", [
            A("Southfield Police", "Draft the joint stalking protocol.", "June 2024",
              "Draft agreed at the May meeting of the domestic abuse board.", "complete"),
            A("Southfield Council", "Train community safety officers in the protocol.", "September 2024",
              "Training dates booked for July and August.", "in_progress"),
        ]),
        R("2", "Southfield Council to ensure that anti-social behaviour case reviews consider whether "
               "domestic abuse lies behind neighbour complaints.", [
            A("Southfield Council", "Add a domestic abuse screening question to the case review form.",
              "April 2024", "Question added and in use.", "complete"),
        ]),
    ]
    theme2 = [
        R("3", "The Integrated Care Board to ensure that health visitors ask about domestic abuse at every "
               "contact when the mother is seen alone.", [
            A("Southfield Integrated Care Board", "Issue a practice note to all health visiting teams.",
              "March 2024", "Practice note issued February 2024.", "complete"),
            A("Southfield Community Health Services", "Audit records for evidence of routine enquiry.",
              "December 2024", "Audit tool being designed.", "in_progress"),
        ]),
        R("4", "Southfield Community Health Services to provide domestic abuse supervision for school "
               "nurses.", [
            A("Southfield Community Health Services", "Set up quarterly group supervision led by the "
              "safeguarding nurse.", "March 2025", "No progress to date.", "not_started"),
        ]),
    ]
    theme3 = [
        R("5", "Southfield Domestic Abuse Partnership to review the referral pathway to the specialist "
               "service for older victims.", [
            A("Southfield Domestic Abuse Partnership", "Map the current pathway with older people's "
              "services.", "May 2024", "Mapping workshop held; report written.", "complete"),
            A("Southfield Domestic Abuse Partnership", "Publish a revised pathway.", "October 2024",
              "Revised pathway out for consultation.", "in_progress"),
        ]),
        R("6", "Southfield Council Adult Social Care to ensure that carers' assessments ask whether the "
               "carer feels safe.", [
            A("Southfield Council Adult Social Care", "Add the question to the carers' assessment.",
              "June 2024", "Question added in June 2024.", "complete"),
            A("Southfield Council Adult Social Care", "Brief the carers' team on how to respond to a "
              "disclosure.", "June 2024", "Briefing held 20 June 2024.", "complete"),
        ]),
    ]
    return dict(
        name="lettered_actions", formats=["html"],
        meta=dict(title="Southfield Community Safety Partnership – Domestic Homicide Review 'Irene' – Action Plan",
                  review_id_hint="Southfield DHR Irene", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Action ref", "Action", "Owner", "By when", "Update"],
        sections=[S("Theme A: Community safety and policing", theme1),
                  S("Theme B: Health", theme2),
                  S("Theme C: Adult safeguarding and specialist services", theme3)],
    )


def split_mid_cell() -> dict[str, Any]:
    """Portrait plan whose long update cells split across pages, with a running header and footer."""
    long1 = ("Quarter 1: the review of the referral form was started by the safeguarding adults board's "
             "practice subgroup, which agreed terms of reference and a membership drawn from every "
             "statutory agency and the two commissioned domestic abuse services.\n"
             "Quarter 2: the subgroup met four times. It compared the current form with forms used in "
             "three neighbouring areas and took advice from the board's legal adviser on the questions "
             "about consent and on what may be shared without consent where there is a risk of serious "
             "harm.\n"
             "Quarter 3: a revised form was tested by twelve practitioners from police, health and social "
             "care over six weeks. Their feedback led to shorter guidance notes and a clearer question on "
             "coercive and controlling behaviour.\n"
             "Quarter 4: the revised form was approved by the board and published on its website, with a "
             "seven-minute briefing for managers to use in team meetings. Use of the form will be checked "
             "in the board's annual multi-agency audit.")
    long2 = ("The training needs analysis was carried out across all partner agencies between September and "
             "November. It found that most frontline staff had completed basic domestic abuse awareness "
             "training, but that fewer than half had been trained in recognising coercive control in older "
             "people or in people with care and support needs.\n"
             "A new half-day course was designed with the local domestic abuse service and two people with "
             "lived experience. It covers the signs of coercive control, how carers can be abusers, the "
             "legal options available, and how to make a safeguarding referral.\n"
             "Eight sessions were delivered between January and March, reaching 146 staff. Evaluation "
             "forms showed that confidence in recognising coercive control rose from an average of 2.9 to "
             "4.3 on a five-point scale.\n"
             "A further eight sessions are planned for the coming year, and the course has been added to "
             "the induction programme for new adult social care staff.")
    long3 = ("The information sharing agreement was redrafted to cover the disclosure of domestic abuse "
             "history between the ambulance service, the hospital trust and the police.\n"
             "The draft was considered by each agency's data protection officer. The ambulance service "
             "asked for changes to the retention period, which were agreed in principle.\n"
             "The hospital trust's information governance committee will consider the agreement at its "
             "October meeting, after which it can be signed.")
    recs = [
        R("1", "The Safeguarding Adults Board to revise the multi-agency referral form so that it asks "
               "about domestic abuse and coercive control by a carer.", [
            A("Lowmarsh Safeguarding Adults Board", "Review and revise the referral form and its guidance.",
              "March 2024", long1, "complete"),
        ], label="1)"),
        R("2", "All agencies to ensure that staff who work with adults with care and support needs are "
               "trained to recognise coercive control, including by carers.", [
            A("Lowmarsh Safeguarding Adults Board", "Carry out a training needs analysis and commission "
              "training to meet the gaps.", "March 2024", long2, "complete"),
            A("Lowmarsh Council Adult Social Care", "Add the course to the induction programme.",
              "June 2024", "Added to the induction programme from April.", "complete"),
        ], label="2)"),
        R("3", "The Ambulance Service, the Hospital Trust and the Police to agree how domestic abuse history "
               "is shared when a patient is taken to hospital with injuries.", [
            A("East Lowmarsh Ambulance Service", "Redraft the information sharing agreement.",
              "September 2024", long3, "in_progress"),
            A("Lowmarsh Hospitals NHS Trust", "Sign the agreement and brief emergency department staff.",
              "December 2024", "Awaiting the agreement.", "not_started"),
        ], label="3)"),
        R("4", "Lowmarsh Council to ensure that Disabled Facilities Grant officers know how to respond to "
               "a disclosure of domestic abuse during a home visit.", [
            A("Lowmarsh Council Housing", "Brief the grant officers and give them the referral pathway.",
              "June 2024", "Briefing delivered to all six officers on 3 May 2024.", "complete"),
        ], label="4)"),
        R("5", "Lowmarsh Community Safety Partnership to review the availability of accessible refuge "
               "places for disabled victims.", [
            A("Lowmarsh Community Safety Partnership", "Survey refuge providers in the region on accessible "
              "places.", "October 2024", "Survey sent to nine providers; five replies so far.", "in_progress"),
            A("Lowmarsh Community Safety Partnership", "Report the findings and options to the partnership "
              "board.", "January 2025", "", "not_started"),
        ], label="5)"),
        R("6", "Lowmarsh Integrated Care Board to ensure that GP practices review the safeguarding record "
               "of a patient whose carer is also registered with the practice.", [
            A("Lowmarsh Integrated Care Board", "Issue guidance on linking the records of patients and "
              "their carers.", "August 2024", "Guidance issued in July 2024.", "complete"),
        ], label="6)"),
    ]
    return dict(
        name="split_mid_cell", formats=["docx"],
        meta=dict(title="Lowmarsh Community Safety Partnership – Domestic Homicide Review 'Mr D' – Action Plan",
                  review_id_hint="Lowmarsh DHR Mr D", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Responsible agency", "Timescale", "Update"],
        sections=[S("", recs)],
    )


PLANS = [doc_control_above, shaded_rec_agency_rows, nine_columns, lettered_actions, split_mid_cell]
