"""The third round of held-out plans' content (tools/heldout_drawing_round3.py draws them): five more
invented plans in layouts that neither the samples, the producer corpus, the problem fixtures nor
the first two held-out rounds have.  Written once and never tuned against.  Places, agencies and
people are invented or named for realism only; the Welsh is the plan's own translation."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# The Welsh text of each recommendation of bilingual_columns, by number (the plan prints it beside the English).
WELSH = {
    "1": "Dylai Heddlu Dyfed Caerwern sicrhau bod swyddogion sy'n mynychu digwyddiad o gam-drin domestig "
         "yn cynnig cyfle i'r dioddefwr siarad yn Gymraeg.",
    "2": "Dylai Bwrdd Iechyd Prifysgol Caerwern sicrhau bod meddygon teulu yn gofyn am gam-drin domestig "
         "pan fydd claf yn dychwelyd gydag anafiadau heb esboniad.",
    "3": "Dylai Cyngor Sir Caerwern adolygu sut mae'r gwasanaeth tai yn ymateb i denant sy'n datgelu "
         "cam-drin domestig.",
    "4": "Dylai'r Gwasanaeth Prawf rannu gwybodaeth am gyflawnwr gyda'r heddlu cyn iddo gael ei ryddhau.",
    "5": "Dylai'r Bartneriaeth Diogelwch Cymunedol gyhoeddi crynodeb o'r gwersi a ddysgwyd o'r adolygiad "
         "hwn yn Gymraeg ac yn Saesneg.",
}


def bilingual_columns() -> dict[str, Any]:
    """Welsh CSP plan: the recommendation in Welsh and in English in two columns side by side, Welsh first;
    every header cell bilingual; the rest of the row in English."""
    recs = [
        R("1", "Dyfed Caerwern Police to ensure that officers attending a domestic abuse incident offer the "
               "victim the chance to speak in Welsh.", [
            A("Dyfed Caerwern Police", "Add the active offer of Welsh to the domestic abuse attendance "
              "checklist.", "31/03/2025", "Checklist updated in February 2025.", "complete"),
            A("Dyfed Caerwern Police", "Record the language used by the victim on the risk assessment.",
              "30/06/2025", "Field added to the form; system change due in June.", "in_progress"),
        ]),
        R("2", "Caerwern University Health Board to ensure that GPs ask about domestic abuse when a patient "
               "returns with unexplained injuries.", [
            A("Caerwern University Health Board", "Issue a practice bulletin with the routine enquiry "
              "questions.", "30/04/2025", "Bulletin issued on 11 April 2025.", "complete"),
            A("Caerwern University Health Board", "Audit twenty records in four practices.", "31/12/2025",
              "", "not_started"),
        ]),
        R("3", "Caerwern County Council to review how its housing service responds to a tenant who discloses "
               "domestic abuse.", [
            A("Caerwern County Council Housing", "Review the tenancy management procedure with the "
              "specialist domestic abuse service.", "30/09/2025",
              "Review started; two workshops held with housing officers.", "in_progress"),
        ]),
        R("4", "The Probation Service to share information about a perpetrator with the police before his "
               "release.", [
            A("Probation Service Wales", "Add a pre-release information sharing step to the release "
              "checklist.", "31/05/2025", "Step added and in use since May 2025.", "complete"),
            A("Dyfed Caerwern Police", "Name a single point of contact for pre-release notifications.",
              "31/05/2025", "Detective sergeant in the public protection unit named.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to publish a summary of the lessons learned from this review "
               "in Welsh and in English.", [
            A("Caerwern CSP", "Write the summary and have it translated.", "31/07/2025",
              "Summary written; translation commissioned.", "in_progress"),
            A("Caerwern CSP", "Publish the summary on the partnership website and send it to partners.",
              "30/09/2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="bilingual_columns", formats=["docx"],
        meta=dict(title="Caerwern Community Safety Partnership – Domestic Homicide Review 'Rhian' – Action Plan",
                  review_id_hint="Caerwern DHR Rhian", as_at="", documents=[]),
        columns=["Rhif\nNo.", "Argymhelliad", "Recommendation", "Cam gweithredu\nAction",
                 "Asiantaeth arweiniol\nLead agency", "Dyddiad targed\nTarget date", "Cynnydd\nProgress"],
        sections=[S("", recs)],
    )


OVERVIEW = "Overview report recommendations"


def past_target(action: dict[str, Any]) -> dict[str, Any]:
    """An action still open after its target date, as at the plan's progress date: overdue in the
    project's status codebook (its as-of rule), whatever the progress cell's opening word."""
    return dict(action, status="overdue")
IMR = "Individual management review recommendations"


def overview_and_imr_tables() -> dict[str, Any]:
    """Two plan tables on the same pages under their own headings, with different column sets: the overview
    report's recommendations, then the agencies' own (IMR) recommendations, numbered on from the first."""
    overview = [
        R("1", "All agencies to make sure that practitioners know how to make a referral to the MARAC, and "
               "that a referral is made whenever the risk assessment reaches the threshold.", [
            A("Hartley Safeguarding Partnership", "Publish a one-page MARAC referral guide and circulate it "
              "to all agencies.", "31/03/2025", "Guide published and circulated in March 2025.", "complete"),
            A("Hartley Safeguarding Partnership", "Audit referrals that did not meet the threshold.",
              "30/09/2025", "Audit of 25 referrals under way.", "in_progress"),
        ]),
        R("2", "The Community Safety Partnership to commission a specialist service for older victims of "
               "domestic abuse.", [
            A("Hartley CSP", "Carry out a needs assessment for older victims.", "30/06/2025",
              "Needs assessment completed and reported to the board.", "complete"),
        ]),
        R("3", "The Community Safety Partnership to make sure that the learning from this review reaches "
               "frontline staff.", [
            A("Hartley CSP", "Hold two learning events for practitioners.", "31/10/2025",
              "First event held in June 2025; second booked.", "in_progress"),
        ]),
    ]
    imr = [
        R("4", "Officers to record the children present at every domestic abuse incident.", [
            A("Hartley Police", "Make the children present field mandatory on the incident record.",
              "31/03/2025", "Field made mandatory on 1 March 2025.", "complete"),
        ]),
        R("5", "Supervisors to review every standard risk case with three or more previous incidents.", [
            past_target(A("Hartley Police", "Add the review to the supervisors' daily management meeting.",
                          "30/04/2025", "Reviews started; compliance checked monthly.", "in_progress")),
        ]),
        R("6", "Practice staff to record a patient's disclosure of domestic abuse with the agreed clinical "
               "code.", [
            A("Riverside Medical Practice", "Train all reception and clinical staff in the coding.",
              "31/05/2025", "All staff trained at the May learning session.", "complete"),
        ]),
        R("7", "Social workers to see an adult with care and support needs alone when a partner is the "
               "carer.", [
            A("Hartley Adult Social Care", "Revise the assessment guidance and brief all teams.", "30/06/2025",
              "", "not_started"),
            A("Hartley Adult Social Care", "Dip sample ten assessments each quarter.", "Quarterly",
              "", "not_started"),
        ]),
        R("8", "Call handlers to ask whether there are weapons at the address when a caller reports "
               "domestic abuse.", [
            A("Hartley Police", "Add the weapons question to the call handling script.", "31/01/2025",
              "Question added to the script in January 2025.", "complete"),
        ]),
        R("9", "The practice to follow up a patient at risk of domestic abuse who misses two appointments "
               "in a row.", [
            A("Riverside Medical Practice", "Set up an alert in the practice system for missed appointments "
              "by patients with the domestic abuse code.", "30/04/2025",
              "Alert set up; the practice manager checks it weekly.", "complete"),
            A("Riverside Medical Practice", "Review the alerts raised in the first six months.", "31/10/2025",
              "Review due in October.", "in_progress"),
        ]),
        R("10", "Adult Social Care to record the carer's relationship to the adult on every assessment.", [
            A("Hartley Adult Social Care", "Make the relationship field mandatory in the case system.",
              "31/08/2025", "System change requested; the supplier has given a date in August.", "in_progress"),
        ]),
    ]
    return dict(
        name="overview_and_imr_tables", formats=["docx"],
        meta=dict(title="Hartley Community Safety Partnership – Domestic Homicide Review 'Sarah' – Action Plan",
                  review_id_hint="Hartley DHR Sarah", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        imr_columns=["Agency", "Ref", "IMR recommendation", "Action to be taken", "Completion date",
                     "Progress update"],
        sections=[S(OVERVIEW, overview), S(IMR, imr)],
    )


def rec_row_composite_refs() -> dict[str, Any]:
    """HTML: each recommendation a full-width row with its number inside the text ("R3 – …"); its actions
    below with composite references (DHR05/3.1) in a column of their own."""
    recs = [
        R("1", "Greyhaven Council to ensure that its anti-social behaviour team considers domestic abuse when "
               "neighbours report repeated disturbances at the same address.", [
            A("Greyhaven Council Community Safety", "Add a domestic abuse prompt to the anti-social behaviour "
              "case form.", "31/03/2025", "Prompt added on 3 March 2025.", "complete"),
            A("Greyhaven Council Community Safety", "Brief the anti-social behaviour officers on the "
              "prompt.", "30/04/2025", "Briefing given at the April team meeting.", "complete"),
        ], label="R1 –"),
        R("2", "The Police to ensure that a domestic abuse risk assessment is completed at every incident, "
               "including where the victim declines to answer the questions.", [
            A("Greyhaven Police", "Change the incident closing rules so that an incident cannot be closed "
              "without a risk assessment.", "30/06/2025", "Change specified; awaiting the supplier.",
              "in_progress"),
        ], label="R2 –"),
        R("3", "Greyhaven Hospitals NHS Trust to ensure that the maternity service asks every pregnant woman "
               "about domestic abuse when she is seen alone.", [
            A("Greyhaven Hospitals NHS Trust", "Add the question to the booking appointment record.",
              "31/05/2025", "Question added to the record in May 2025.", "complete"),
            A("Greyhaven Hospitals NHS Trust", "Audit the recording of the question at booking.",
              "30/11/2025", "", "not_started"),
        ], label="R3 –"),
        R("4", "The Probation Service to ensure that home visits are made to the address of any person on "
               "licence who lives with a partner.", [
            A("Probation Service", "Issue a practice direction on home visits.", "31/03/2025",
              "Direction issued in March 2025.", "complete"),
            A("Probation Service", "Check compliance through the quarterly case audit.", "30/09/2025",
              "First quarterly audit completed; 14 of 20 cases compliant.", "in_progress"),
        ], label="R4 –"),
        R("5", "The Community Safety Partnership to review the support available to the families of victims "
               "of domestic homicide.", [
            A("Greyhaven CSP", "Map the support available and report to the board.", "31/10/2025",
              "Mapping started with the voluntary sector forum.", "in_progress"),
        ], label="R5 –"),
    ]
    return dict(
        name="rec_row_composite_refs", formats=["html"],
        meta=dict(title="Greyhaven Community Safety Partnership – Domestic Homicide Review 05 – Action Plan",
                  review_id_hint="Greyhaven DHR05", as_at="", documents=[]),
        columns=["Ref", "Action", "Owner", "Deadline", "Update"],
        sections=[S("", recs)],
    )


def dated(status_opener: str, *entries: str) -> str:
    """A progress cell: the status in words, then one bulleted line per dated entry."""
    return "\n".join([status_opener] + [f"• {e}" for e in entries])


def dense_dated_bullets() -> dict[str, Any]:
    """Portrait plan in 7 pt with eight columns and very small cell margins; the progress cell holds several
    dated entries, each a bullet."""
    def act(agency: str, action: str, target: str, status: str, evidence: str, *entries: str) -> dict[str, Any]:
        opener = {"complete": "Complete.", "in_progress": "In progress.", "not_started": "Not started."}[status]
        a = A(agency, action, target, "", status, evidence=evidence)
        a["progress"] = dated(opener, *entries)
        return a
    recs = [
        R("1", "Ashvale Police to improve the quality of the domestic abuse risk assessments completed by "
               "response officers.", [
            act("Ashvale Police", "Deliver refresher training on the risk assessment to all response "
                "officers.", "31/03/2025", "complete", "Training records; 90% attendance",
                "14/01/2025: training plan agreed with the learning team.",
                "21/02/2025: 412 of 450 officers trained.", "28/03/2025: remaining officers trained; closed."),
            act("Ashvale Police", "Dip sample fifty risk assessments each quarter.", "Quarterly",
                "in_progress", "Quarterly dip sample report",
                "30/04/2025: Q1 sample found 41 of 50 complete.", "31/07/2025: Q2 sample found 46 of 50 complete."),
        ], label="1."),
        R("2", "Ashvale Mental Health Trust to ask about domestic abuse at every assessment of a patient who "
               "lives with a partner.", [
            act("Ashvale Mental Health Trust", "Add routine enquiry to the assessment template.", "30/04/2025",
                "complete", "Template change live",
                "03/03/2025: wording agreed with the safeguarding team.", "15/04/2025: template change live."),
        ], label="2."),
        R("3", "Ashvale Council Children's Services to make sure that a child's school is told when the "
               "police attend a domestic abuse incident at the child's home.", [
            act("Ashvale Children's Services", "Join the Operation Encompass scheme for all schools.",
                "30/06/2025", "in_progress", "Schools signed up",
                "10/02/2025: scheme explained to head teachers.",
                "12/05/2025: 38 of 52 schools signed up.", "30/06/2025: target date extended to September."),
            act("Ashvale Children's Services", "Train a key adult in each school.", "30/09/2025", "not_started",
                "Key adults trained"),
        ], label="3."),
        R("4", "Ashvale Housing Association to train its neighbourhood officers to recognise economic abuse.", [
            act("Ashvale Housing Association", "Commission training from a specialist charity.", "31/05/2025",
                "complete", "Training delivered",
                "20/01/2025: provider chosen.", "16/05/2025: two sessions delivered to 34 officers."),
        ], label="4."),
        R("5", "The Community Safety Partnership to report on this plan to every board meeting until all "
               "actions are complete.", [
            act("Ashvale CSP", "Add the plan to the board's standing agenda.", "31/01/2025", "complete",
                "Board minutes", "23/01/2025: added to the agenda.", "24/04/2025: first progress report taken."),
            act("Ashvale CSP", "Close the plan once every action is complete.", "31/03/2026", "not_started",
                "Closure report"),
        ], label="5."),
    ]
    return dict(
        name="dense_dated_bullets", formats=["docx"], evidence=True,
        meta=dict(title="Ashvale Community Safety Partnership – Domestic Homicide Review 'Joanne' – Action Plan",
                  review_id_hint="Ashvale DHR Joanne", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Evidence of achievement",
                 "Progress log", "Status"],
        sections=[S("", recs)],
    )


def theme_column_no_repeat() -> dict[str, Any]:
    """Landscape plan whose first column is a bold Theme cell merged over several recommendations; the
    header row printed on the first page only."""
    information = [
        R("1", "Agencies to share information about previous domestic abuse when a case is transferred "
               "between areas.", [
            A("Marlow Police", "Include previous domestic abuse in the transfer notification to the receiving "
              "force.", "30/04/2025", "Notification template changed in April 2025.", "complete"),
            A("Marlow Adult Social Care", "Request the previous area's records at every case transfer.",
              "30/06/2025", "Request letter drafted.", "in_progress"),
        ]),
        R("2", "GP practices to be told when a patient is discussed at the MARAC.", [
            A("Marlow ICB", "Agree a secure route for sending MARAC notifications to practices.",
              "31/07/2025", "Route agreed with the MARAC coordinator in July 2025.", "complete"),
        ]),
        R("3", "The MARAC to record the action taken by each agency after a meeting.", [
            A("Marlow MARAC", "Add an action tracker to the MARAC minutes.", "31/05/2025",
              "Tracker in use since the May 2025 meeting.", "complete"),
        ]),
    ]
    training = [
        R("4", "Frontline staff of all agencies to be trained to recognise coercive and controlling "
               "behaviour, including where the victim is an older person.", [
            A("Marlow Safeguarding Adults Board", "Add coercive control in later life to the multi-agency "
              "training programme.", "30/09/2025", "Course written; first session booked for September.",
              "in_progress"),
            A("Marlow Police", "Include coercive control in later life in the response officers' "
              "training.", "31/12/2025", "", "not_started"),
        ]),
        R("5", "Housing staff to be trained to respond to a disclosure of domestic abuse.", [
            A("Marlow Homes", "Deliver training to all housing officers.", "31/08/2025",
              "Training delivered to 52 of 60 officers.", "in_progress"),
        ]),
    ]
    health = [
        R("6", "The ICB to assure the partnership that GP practices ask an older patient about domestic abuse "
               "when the patient attends with a partner who answers for them.", [
            A("Marlow ICB", "Include the question in the older people's annual health check template.",
              "31/10/2025", "Template change agreed with the practices' clinical system supplier; the "
              "change will be released with the October update, after which practices will be briefed "
              "at the safeguarding leads forum.", "in_progress"),
            A("Marlow ICB", "Audit the use of the question in five practices.", "31/03/2026", "",
              "not_started"),
        ]),
        R("7", "Marlow Hospitals NHS Trust to make sure that the emergency department asks about domestic "
               "abuse when an older patient attends after a fall.", [
            A("Marlow Hospitals NHS Trust", "Add the question to the falls pathway in the emergency "
              "department.", "30/09/2025", "The question was added to the falls pathway on 2 September "
              "2025. The safeguarding team has briefed the emergency department nurses at three team "
              "meetings and will brief the doctors at their teaching session in October.", "complete"),
        ]),
    ]
    governance = [
        R("8", "The Community Safety Partnership to monitor this plan until all actions are complete.", [
            A("Marlow CSP", "Report progress on the plan to each meeting of the board.", "Ongoing",
              "Reported to the board in April and July 2025.", "in_progress"),
        ]),
    ]
    return dict(
        name="theme_column_no_repeat", formats=["docx"],
        meta=dict(title="Marlow Community Safety Partnership – Domestic Homicide Review 'Margaret' – Action Plan",
                  review_id_hint="Marlow DHR Margaret", as_at="", documents=[]),
        columns=["Theme", "No.", "Recommendation", "Action", "Lead", "Target date", "Progress update"],
        sections=[S("Information sharing", information), S("Training and awareness", training),
                  S("Health services", health), S("Governance", governance)],
    )


PLANS = [bilingual_columns, overview_and_imr_tables, rec_row_composite_refs, dense_dated_bullets,
         theme_column_no_repeat]
