"""The sixth round of held-out plans' content (tools/heldout_drawing_round6.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# The narrative around the plan of ``mixed_orientation_report``: chronology rows (date, agency, event).
CHRONOLOGY: list[tuple[str, str, str]] = [
    ("03/01/2022", "Fenwick Police", "Neighbour reports shouting at the flat; officers attend, no offences disclosed."),
    ("17/01/2022", "Fenwick ICB (GP)", "Jade attends her GP with low mood; partner present throughout."),
    ("02/02/2022", "Fenwick Housing", "Repair request for a broken internal door; completed 9 February."),
    ("21/02/2022", "Fenwick Police", "Jade calls 999 reporting an assault; Craig arrested and released on bail."),
    ("22/02/2022", "Fenwick Police", "DASH risk assessment completed: medium risk. Referral to the IDVA service."),
    ("24/02/2022", "Fenwick IDVA Service", "Three attempts to call Jade; no answer. Letter sent."),
    ("10/03/2022", "Crown Prosecution Service", "No further action: victim withdraws support for prosecution."),
    ("28/03/2022", "Fenwick ICB (GP)", "Telephone consultation; Jade asks for sleeping tablets."),
    ("14/04/2022", "Fenwick Adult Social Care", "Safeguarding concern from the ambulance service closed at triage."),
    ("02/05/2022", "Fenwick Ambulance Service", "Called to the flat for a fall; bruising to the face noted."),
    ("19/05/2022", "Fenwick Housing", "Tenancy visit; Craig answers the door and says Jade is at work."),
    ("06/06/2022", "Fenwick Police", "Third-party report from Jade's sister; welfare check, Jade says she is fine."),
    ("30/06/2022", "Fenwick ICB (GP)", "Missed appointment; no follow-up recorded."),
    ("18/07/2022", "Probation Service", "Craig begins a community order for an unrelated offence."),
    ("01/08/2022", "Probation Service", "Induction: Craig says he lives alone. No check made with the police."),
    ("23/08/2022", "Fenwick Police", "Call from the flat disconnected; call-back unanswered; no attendance."),
    ("12/09/2022", "Fenwick Hospitals NHS Trust", "Jade attends the emergency department with a wrist fracture."),
    ("13/09/2022", "Fenwick Hospitals NHS Trust", "Discharged; the accompanying partner is not recorded."),
    ("04/10/2022", "Fenwick IDVA Service", "Case closed after no engagement for six months."),
    ("27/10/2022", "Fenwick Police", "Jade found dead at the flat. Craig arrested."),
]

GLOSSARY: list[tuple[str, str]] = [
    ("CSP", "Community Safety Partnership"), ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
    ("ICB", "Integrated Care Board"), ("IDVA", "Independent Domestic Violence Adviser"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"), ("NFA", "No further action"),
]

PANEL: list[tuple[str, str, str]] = [
    ("Ruth Ambler", "Independent Chair and author", "Independent"),
    ("Detective Inspector Mark Holm", "Review officer", "Fenwick Police"),
    ("Anita Shaw", "Designated Nurse, Safeguarding Adults", "Fenwick ICB"),
    ("Owen Price", "Head of Service", "Fenwick Adult Social Care"),
    ("Leanne Cole", "Service Manager", "Fenwick IDVA Service"),
    ("Tom Reyes", "Senior Probation Officer", "Probation Service"),
]


def rag_colour_evidence() -> dict[str, Any]:
    """A4 landscape, ruled, Calibri 9 pt: no number column; the label ``DHR-01`` on its own first line in the
    recommendation cell (merged over its actions); the agency second; an ``Evidence of completion`` column;
    a RAG cell shaded in its colour with no word; update cells with Word bullets after the status sentence."""
    recs = [
        R("1", "Kelbrook Police to make sure that every domestic abuse incident where the caller hangs up is "
               "followed by a call-back and, where that fails, by attendance.", [
            A("Kelbrook Police", "Amend the abandoned call procedure in the control room.", "31/03/2025",
              "Procedure amended.\n• Published on 4 March 2025\n• Briefed to all control room supervisors",
              "complete", evidence="Revised procedure; briefing register", rag="Green"),
            A("Kelbrook Police", "Audit abandoned domestic abuse calls each quarter.", "Quarterly",
              "First audit done.\n• Q1: 41 of 45 calls followed up\n• Four cases fed back to supervisors",
              "in_progress", evidence="Quarterly audit reports to the CSP", rag="Amber"),
        ], label="DHR-01"),
        R("2", "Kelbrook ICB to ensure that GP practices offer a patient who discloses domestic abuse an "
               "appointment without her partner present.", [
            A("Kelbrook ICB", "Issue guidance to practices on seeing patients alone.", "30/04/2025",
              "Guidance issued to all 23 practices.", "complete", evidence="Guidance note and circulation list",
              rag="Green"),
            A("Kelbrook ICB", "Add the question to the practice safeguarding self-assessment.", "30/09/2025",
              "", "not_started", evidence="Self-assessment returns", rag="Red"),
        ], label="DHR-02"),
        R("3", "Kelbrook Hospitals NHS Trust to record who accompanies a patient with an unexplained injury.", [
            A("Kelbrook Hospitals NHS Trust", "Add an accompanying person field to the emergency department record.",
              "31/07/2025", "Field designed.\n• Testing in the July release\n• Go-live planned for August",
              "in_progress", evidence="System change note", rag="Amber"),
        ], label="DHR-03"),
        R("4", "Kelbrook Adult Social Care to follow up a closed safeguarding concern when a second concern "
               "about the same adult arrives within six months.", [
            A("Kelbrook Adult Social Care", "Add a repeat-concern check to the triage workflow.", "30/06/2025",
              "Check live since June 2025.", "complete", evidence="Workflow screenshot; audit of ten cases",
              rag="Green"),
            A("Kelbrook Adult Social Care", "Train triage staff in the repeat-concern check.", "31/08/2025",
              "Two of three sessions held.", "in_progress", evidence="Training attendance", rag="Amber"),
        ], label="DHR-04"),
        R("5", "The Probation Service to verify a person's stated address and household with the police at "
               "the start of every community order.", [
            A("Probation Service", "Add a police household check to the induction checklist.", "31/05/2025",
              "Checklist amended.\n• Checks recorded in 38 of 40 inductions sampled", "complete",
              evidence="Induction checklist; dip sample", rag="Green"),
        ], label="DHR-05"),
        R("6", "The Community Safety Partnership to raise awareness of coercive control among employers in "
               "Kelbrook.", [
            A("Kelbrook CSP", "Run a workplace awareness campaign with the Chamber of Commerce.", "31/12/2025",
              "", "not_started", evidence="Campaign materials; number of employers reached", rag="Red"),
        ], label="DHR-06"),
    ]
    return dict(
        name="rag_colour_evidence", formats=["docx"], evidence=True,
        meta=dict(title="Kelbrook Community Safety Partnership – Domestic Homicide Review 'Nadia' – Action Plan",
                  review_id_hint="Kelbrook DHR Nadia", as_at="", documents=[]),
        columns=["Recommendation", "Agency", "Action", "Date", "Evidence of completion", "Update", "RAG"],
        sections=[S("", recs)],
    )


def agency_heading_tables() -> dict[str, Any]:
    """A4 portrait, horizontal rules and shaded bands, Arial 8 pt: each agency's recommendations in a table
    of their own under the agency's name as a coloured heading; no agency column (the heading names it);
    ``R1.1``-style references
    in a ``Ref`` column, the first part the agency's number."""
    police = [
        R("1.1", "Harlow Vale Police to attend every domestic abuse call from an address with a previous "
                 "high-risk assessment within the emergency response time.", [
            A("Harlow Vale Police", "Flag high-risk addresses in the command and control system.", "31/03/2025",
              "Flags applied to all current high-risk addresses.", "complete"),
            A("Harlow Vale Police", "Audit response times to flagged addresses every six months.", "30/09/2025",
              "First audit under way.", "in_progress"),
        ], label="R1.1"),
        R("1.2", "Harlow Vale Police to refer every repeat victim to the IDVA service regardless of the "
                 "assessed risk.", [
            A("Harlow Vale Police", "Change the referral rule in the vulnerability hub.", "30/04/2025",
              "Rule changed on 14 April 2025.", "complete"),
        ], label="R1.2"),
    ]
    health = [
        R("2.1", "Harlow Vale ICB to remind practices to ask about domestic abuse when a patient presents "
                 "with anxiety or low mood.", [
            A("Harlow Vale ICB", "Publish a bulletin item and a prompt in the clinical system.", "31/05/2025",
              "Bulletin published; prompt awaiting the supplier.", "in_progress"),
            A("Harlow Vale ICB", "Include routine enquiry in the annual practice audit.", "31/03/2026", "",
              "not_started"),
        ], label="R2.1"),
    ]
    social_care = [
        R("3.1", "Harlow Vale Adult Social Care to hold a strategy discussion when a safeguarding concern "
                 "names a partner as the source of harm.", [
            A("Harlow Vale Adult Social Care", "Amend the safeguarding procedures.", "30/06/2025",
              "Procedures amended and published.", "complete"),
        ], label="R3.1"),
        R("3.2", "Harlow Vale Adult Social Care to offer a carer's assessment to a partner who says he is "
                 "the victim's carer, and to see the victim alone first.", [
            A("Harlow Vale Adult Social Care", "Update the carer's assessment guidance.", "31/08/2025",
              "Draft with the principal social worker.", "in_progress"),
            A("Harlow Vale Adult Social Care", "Brief assessment staff on seeing the cared-for person alone.",
              "31/10/2025", "", "not_started"),
        ], label="R3.2"),
    ]
    housing = [
        R("4.1", "Harlow Vale Homes to treat repeated repairs of internal doors and walls as a possible sign "
                 "of domestic abuse.", [
            A("Harlow Vale Homes", "Add a trigger to the repairs system for three such repairs in a year.",
              "30/09/2025", "Trigger live since September 2025.", "complete"),
        ], label="R4.1"),
    ]
    return dict(
        name="agency_heading_tables", formats=["docx"],
        meta=dict(title="Harlow Vale Safer Partnership – Domestic Homicide Review 'Rose' – Action Plan",
                  review_id_hint="Harlow Vale DHR Rose", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Target", "Progress"],
        sections=[S("Harlow Vale Police", police), S("Harlow Vale ICB", health),
                  S("Harlow Vale Adult Social Care", social_care), S("Harlow Vale Homes", housing)],
    )


def key_value_blocks() -> dict[str, Any]:
    """A4 portrait, ruled, Cambria 10 pt: no plan table; each recommendation a small two-column table of
    labelled rows (``Recommendation 2`` / text, then ``Lead agency`` / ``Action`` / ``Target date`` /
    ``Update`` for each of its actions), the labels in a shaded left column, a blank line between tables."""
    recs = [
        R("1", "Morden Cross Police to complete a DASH risk assessment with the victim at every domestic "
               "abuse incident, and to record why when one is not completed.", [
            A("Morden Cross Police", "Add a mandatory reason field to the incident record.", "31/03/2025",
              "Field added in March 2025.", "complete"),
            A("Morden Cross Police", "Dip sample incidents without a DASH each month.", "Monthly",
              "Dip sampling started in April; findings go to the quarterly board.", "in_progress"),
        ], label="Recommendation 1"),
        R("2", "Morden Cross ICB to make sure that the victim's health visitor is told when her GP learns of "
               "domestic abuse.", [
            A("Morden Cross ICB", "Agree an information sharing route between practices and health visiting.",
              "30/06/2025", "Route agreed and in use.", "complete"),
        ], label="Recommendation 2"),
        R("3", "Morden Cross Council to include domestic abuse questions in its council tax support "
               "assessments when a household's make-up changes.", [
            A("Morden Cross Council", "Add the questions to the change of circumstances form.", "30/09/2025",
              "Form drafted.", "in_progress"),
            A("Morden Cross Council", "Train benefits officers to refer to the IDVA service.", "31/12/2025", "",
              "not_started"),
        ], label="Recommendation 3"),
        R("4", "The Probation Service to share the risk management plan of a perpetrator with the MARAC "
               "coordinator before each meeting that discusses his partner.", [
            A("Probation Service", "Add the step to the MARAC preparation checklist.", "31/05/2025",
              "Checklist amended.", "complete"),
        ], label="Recommendation 4"),
        R("5", "The Community Safety Partnership to make the learning from this review available to every "
               "agency's staff.", [
            A("Morden Cross CSP", "Publish a seven-minute briefing.", "31/07/2025", "Briefing published.",
              "complete"),
            A("Morden Cross CSP", "Hold a learning event for frontline staff.", "30/11/2025", "", "not_started"),
        ], label="Recommendation 5"),
    ]
    return dict(
        name="key_value_blocks", formats=["docx"],
        meta=dict(title="Morden Cross Community Safety Partnership – Domestic Homicide Review 'Elise' – "
                        "Action Plan",
                  review_id_hint="Morden Cross DHR Elise", as_at="", documents=[]),
        columns=["Recommendation", "Lead agency", "Action", "Target date", "Update"],
        sections=[S("", recs)],
    )


def mixed_orientation_report() -> dict[str, Any]:
    """An overview report in Word: portrait narrative pages (review panel table, a chronology table over two
    pages, a glossary, the recommendations as numbered paragraphs), then a landscape section holding the
    action plan (``No. / Recommendation / Action / Lead agency / Target date / Progress``)."""
    recs = [
        R("1", "Fenwick Police to attend, or make a further call-back, whenever a call from an address with a "
               "domestic abuse history is disconnected and the call-back is not answered.", [
            A("Fenwick Police", "Amend the disconnected call procedure.", "31/03/2024",
              "Procedure amended and briefed in March 2024.", "complete"),
            A("Fenwick Police", "Audit disconnected calls from flagged addresses.", "30/09/2024",
              "Audit found attendance or call-back in 46 of 50 calls.", "complete"),
        ]),
        R("2", "The Probation Service to check a person's household with the police at the induction of every "
               "community order.", [
            A("Probation Service", "Add the check to the induction checklist.", "30/04/2024",
              "Checklist amended; compliance monitored monthly.", "in_progress"),
        ]),
        R("3", "Fenwick IDVA Service to discuss a case with the referrer before closing it for non-engagement.", [
            A("Fenwick IDVA Service", "Amend the case closure policy.", "31/05/2024", "Policy amended.",
              "complete"),
        ]),
        R("4", "Fenwick Hospitals NHS Trust to ask about domestic abuse when a patient attends with a fracture "
               "and gives an account of a fall.", [
            A("Fenwick Hospitals NHS Trust", "Add routine enquiry prompts to the emergency department triage "
              "record.", "31/08/2024", "Prompts designed; release delayed to the new year.", "in_progress"),
            A("Fenwick Hospitals NHS Trust", "Train emergency department nurses in routine enquiry.",
              "31/12/2024", "", "not_started"),
        ]),
        R("5", "Fenwick ICB to follow up a missed appointment by a patient who has disclosed domestic abuse.", [
            A("Fenwick ICB", "Issue guidance on missed appointments to practices.", "31/07/2024",
              "Guidance issued in July 2024.", "complete"),
        ]),
        R("6", "Fenwick Adult Social Care to review a safeguarding concern closed at triage when another "
               "agency raises a second concern about the same adult.", [
            A("Fenwick Adult Social Care", "Add a repeat-concern review to the triage procedure.", "30/09/2024",
              "", "not_started"),
        ]),
    ]
    return dict(
        name="mixed_orientation_report", formats=["docx"],
        meta=dict(title="Fenwick Community Safety Partnership – Domestic Homicide Review 'Jade' – Overview "
                        "Report", review_id_hint="Fenwick DHR Jade", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def banded_two_level_html() -> dict[str, Any]:
    """A web page, Arial 7 pt: a header of two levels (``Ref`` and ``Recommendation`` spanning both, then
    ``Action plan`` over ``Action / Lead agency / Due`` and ``Monitoring`` over ``Update / Date closed``);
    no rules but a heavy one under the header; shaded bands per recommendation; a very narrow ``Due``
    column whose dates wrap; bullet lists in the update cells; a summary table of totals after the plan."""
    recs = [
        R("1", "Oakhurst Police to review every domestic abuse case closed as 'no further action' where the "
               "victim withdrew support, to see whether an evidence-led prosecution was possible.", [
            A("Oakhurst Police", "Set up a monthly review panel for withdrawn cases.", "31 March 2025",
              "Panel meets monthly.\n• 14 cases reviewed so far\n• Two cases re-opened", "complete"),
            A("Oakhurst Police", "Report the panel's findings to the CSP each quarter.", "30 June 2025",
              "First report due in July.", "in_progress"),
        ], label="1"),
        R("2", "Oakhurst Children's Services to see the non-abusing parent alone during every child and family "
               "assessment where domestic abuse is known.", [
            A("Oakhurst Children's Services", "Amend the assessment practice standards.", "30 April 2025",
              "Standards amended.", "complete"),
        ], label="2"),
        R("3", "Oakhurst ICB to improve how GP records link the records of partners living at the same "
               "address.", [
            A("Oakhurst ICB", "Pilot household linking in four practices.", "30 September 2025",
              "Pilot started in two practices.\n• Two more to join in October", "in_progress"),
            A("Oakhurst ICB", "Evaluate the pilot.", "31 March 2026", "", "not_started"),
        ], label="3"),
        R("4", "The domestic abuse service to offer outreach in the victim's workplace or another safe place "
               "when home visits are not safe.", [
            A("Oakhurst Domestic Abuse Service", "Agree safe outreach venues with three large employers.",
              "31 July 2025", "Venues agreed with two employers.", "in_progress"),
        ], label="4"),
        R("5", "The Community Safety Partnership to publish this review's learning in a form suitable for the "
               "public.", [
            A("Oakhurst CSP", "Publish a learning leaflet.", "31 May 2025", "Leaflet published on the council "
              "website.", "complete"),
            A("Oakhurst CSP", "Share the leaflet through community groups.", "31 August 2025", "", "not_started"),
        ], label="5"),
    ]
    return dict(
        name="banded_two_level_html", formats=["html"],
        meta=dict(title="Oakhurst Community Safety Partnership – Domestic Homicide Review 'Megan' – Action Plan",
                  review_id_hint="Oakhurst DHR Megan", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Due", "Update", "Date closed"],
        sections=[S("", recs)],
    )


PLANS = [rag_colour_evidence, agency_heading_tables, key_value_blocks, mixed_orientation_report,
         banded_two_level_html]
