"""The eleventh round of held-out plans' content (tools/heldout_drawing_round11.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# ``roman_status_at_lines``'s ``Status at 30/09/2025`` cell: the status word, then the date of the last
# update on a line of its own, by (recommendation number, action index).
STATUS_AT = {("i", 0): "Complete\nClosed 14/03/2025", ("i", 1): "In progress\nUpdated 09/09/2025",
             ("ii", 0): "In progress\nUpdated 22/08/2025", ("iii", 0): "Not started\nDue to start 01/11/2025",
             ("iii", 1): "Complete\nClosed 30/06/2025", ("iv", 0): "In progress\nUpdated 17/09/2025",
             ("v", 0): "Complete\nClosed 28/02/2025", ("v", 1): "Not started\nDue to start 01/01/2026",
             ("vi", 0): "In progress\nUpdated 03/09/2025"}

# ``agency_response_html``'s ``Agency response`` cell, by recommendation number: the response quoted as the
# agency gave it, then an italic note of when it was received.
RESPONSES = {
    "1": ("Accepted. The force will make the DASH risk assessment the first task of the attending officer.",
          "Response received 14/01/2025."),
    "2": ("Accepted in part. The trust agrees to ask, but cannot fund a dedicated worker this year.",
          "Response received 20/01/2025; discussed at the February board."),
    "3": ("Accepted. The council will revise its allocation policy.", "Response received 03/02/2025."),
    "4": ("Accepted.", "Response received 11/02/2025."),
    "5": ("Accepted. The partnership will lead this recommendation itself.", "Agreed at the March board."),
}


def roman_status_at_lines() -> dict[str, Any]:
    """A4 landscape, ruled, Lucida Sans 8 pt: recommendations numbered in lower-case roman numerals
    (``(iv)``); a ``Status at 30/09/2025`` column holding the status word and, on a line below, the date of
    the last update; a ``Progress narrative`` column after it; number and recommendation merged."""
    recs = [
        R("i", "Castlemere Police to check the bail conditions of a domestic abuse suspect before any officer "
               "closes a call from the victim's address.", [
            A("Castlemere Police", "Add a bail conditions check to the call closure screen.", "31/03/2025",
              "Check added to the screen in March 2025.", "complete"),
            A("Castlemere Police", "Dip-sample thirty closed calls each quarter.", "31/12/2025",
              "Two quarterly samples taken; a third due in December.", "in_progress"),
        ], label="(i)"),
        R("ii", "Castlemere ICB to make sure that a patient who misses three appointments in a row is asked "
                "about their safety at the next contact.", [
            A("Castlemere ICB", "Issue practice guidance on missed appointments and safety.", "31/10/2025",
              "Guidance drafted with the named GP.", "in_progress"),
        ], label="(ii)"),
        R("iii", "Castlemere Council to tell a tenant's support worker when the tenant reports anti-social "
                 "behaviour that may be domestic abuse.", [
            A("Castlemere Council", "Train the anti-social behaviour team to spot domestic abuse.", "31/03/2026",
              "", "not_started"),
            A("Castlemere Council", "Add the support worker's details to the case system.", "30/06/2025",
              "Field added to the case system in June 2025.", "complete"),
        ], label="(iii)"),
        R("iv", "Castlemere Mental Health Trust to involve the family in discharge planning when a patient has "
                "a history of abusing a partner.", [
            A("Castlemere Mental Health Trust", "Revise the discharge planning policy.", "30/11/2025",
              "Policy out for consultation with clinicians.", "in_progress"),
        ], label="(iv)"),
        R("v", "The Community Safety Partnership to publish a directory of local domestic abuse services for "
               "professionals.", [
            A("Castlemere CSP", "Compile and publish the directory.", "28/02/2025",
              "Directory published on the partnership website.", "complete"),
            A("Castlemere CSP", "Review the directory every six months.", "31/03/2026", "", "not_started"),
        ], label="(v)"),
        R("vi", "Castlemere Probation Service to tell the victim liaison unit when a perpetrator's licence "
                "conditions change.", [
            A("Castlemere Probation Service", "Add the victim liaison unit to the licence variation checklist.",
              "31/10/2025", "Checklist updated; staff briefing in October.", "in_progress"),
        ], label="(vi)"),
    ]
    return dict(
        name="roman_status_at_lines", formats=["docx"],
        meta=dict(title="Castlemere Community Safety Partnership – Domestic Homicide Review 'Nadia' – Action Plan",
                  review_id_hint="Castlemere DHR Nadia", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status at 30/09/2025",
                 "Progress narrative"],
        sections=[S("", recs)],
    )


def agency_bold_in_action_cell() -> dict[str, Any]:
    """A4 portrait, Segoe UI 9 pt, only an outer box and a rule under the header: no agency column, the
    agency a bold line at the top of each action cell (``Agency and action``), the action under it."""
    recs = [
        R("1", "Agencies to make sure that a victim's wish to drop a complaint is discussed with an IDVA "
               "before the case is closed.", [
            A("Ravensford Police", "Refer every withdrawing victim to the IDVA service before closure.",
              "30/06/2025", "Referral step added to the closure checklist.", "complete"),
            A("Ravensford IDVA Service", "Offer a call within two working days of each referral.", "30/09/2025",
              "Calls made within two days in 80% of referrals.", "in_progress"),
        ]),
        R("2", "Ravensford Hospital Trust to record the name of anyone who accompanies a patient disclosing "
               "abuse.", [
            A("Ravensford Hospital Trust", "Add an accompanying person field to the emergency department record.",
              "31/12/2025", "", "not_started"),
        ]),
        R("3", "Agencies to share information about a perpetrator's firearms licence.", [
            A("Ravensford Police", "Check the firearms register at every domestic abuse incident.", "31/03/2025",
              "Register check built into the incident log.", "complete"),
            A("Ravensford ICB", "Remind GPs to tell the police of concerns about a licence holder.", "30/09/2025",
              "Reminder drafted for the GP bulletin.", "in_progress"),
            A("Ravensford Council", "Tell licensing staff how to pass on concerns.", "31/01/2026", "",
              "not_started"),
        ]),
        R("4", "Ravensford Children's Services to hold a strategy discussion when a child discloses abuse "
               "between their parents.", [
            A("Ravensford Children's Services", "Revise the threshold guidance.", "31/05/2025",
              "Guidance revised and published in May 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to check that this plan's training actions reach frontline "
               "staff.", [
            A("Ravensford CSP", "Survey frontline staff on the training received.", "31/03/2026", "",
              "not_started"),
            A("Ravensford CSP", "Report the survey results to the board.", "30/06/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="agency_bold_in_action_cell", formats=["docx"],
        meta=dict(title="Ravensford Community Safety Partnership – Domestic Homicide Review 'Sophie' – Action Plan",
                  review_id_hint="Ravensford DHR Sophie", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Agency and action", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


def vertical_header_portrait() -> dict[str, Any]:
    """A4 portrait, ruled, Gill Sans MT 8 pt, 1 cm margins: a tall header row whose narrow columns' names
    run vertically (bottom to top): ``Ref``, ``Lead agency``, ``Target date``, ``RAG``; the RAG word in a cell
    shaded its colour; number and recommendation merged over the actions."""
    recs = [
        R("1", "Oakhurst Police to give every victim of a domestic abuse crime a written note of the next "
               "steps and a named contact.", [
            A("Oakhurst Police", "Design the victim's next steps leaflet.", "31/03/2025",
              "Leaflet printed and issued to all response teams.", "complete", rag="Green"),
            A("Oakhurst Police", "Check in a monthly audit that the leaflet was given.", "30/11/2025",
              "Audit form agreed; first audit in October.", "in_progress", rag="Amber"),
        ]),
        R("2", "Oakhurst ICB to fund a domestic abuse lead in each primary care network.", [
            A("Oakhurst ICB", "Write the business case for the posts.", "30/09/2025",
              "Business case with the finance committee.", "in_progress", rag="Amber"),
        ]),
        R("3", "Oakhurst Council to make sure that social workers check the police record of a new partner "
               "of a parent.", [
            A("Oakhurst Council", "Add the check to the assessment procedure.", "30/04/2025",
              "Procedure updated in April 2025.", "complete", rag="Green"),
            A("Oakhurst Council", "Audit fifteen assessments for the check.", "31/01/2026", "", "not_started",
              rag="Red"),
        ]),
        R("4", "Oakhurst Drug and Alcohol Service to see a client's partner alone at least once during "
               "treatment.", [
            A("Oakhurst Drug and Alcohol Service", "Change the care pathway to include a partner contact.",
              "31/08/2025", "Pathway changed; staff briefed.", "complete", rag="Green"),
        ]),
        R("5", "The Community Safety Partnership to hold a learning event on this review for all partner "
               "agencies.", [
            A("Oakhurst CSP", "Run the learning event.", "31/12/2025", "Venue booked for 4 December.",
              "in_progress", rag="Amber"),
            A("Oakhurst CSP", "Publish a seven-minute briefing.", "31/01/2026", "", "not_started", rag="Red"),
        ]),
    ]
    return dict(
        name="vertical_header_portrait", formats=["docx"],
        meta=dict(title="Oakhurst Community Safety Partnership – Domestic Homicide Review 'Grace' – Action Plan",
                  review_id_hint="Oakhurst DHR Grace", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "RAG", "Progress update"],
        sections=[S("", recs)],
    )


def agency_response_html() -> dict[str, Any]:
    """HTML, Segoe UI 10 pt, light grey grid: references ``DHR 2023/04 R1``; an ``Agency response`` column
    holding the response in quotation marks and an italic note under it, beside the agreed action."""
    ref = "DHR 2023/04 R{}"
    recs = [
        R("1", "Greyhaven Police to complete a risk assessment with the victim at every domestic abuse "
               "incident, before officers leave.", [
            A("Greyhaven Police", "Make the risk assessment a mandatory step before the incident is closed.",
              "31/03/2025", "Mandatory step live since March 2025.", "complete"),
            A("Greyhaven Police", "Brief all response officers on the change.", "30/06/2025",
              "Briefings given to 430 of 450 officers.", "in_progress"),
        ], label=ref.format(1)),
        R("2", "Greyhaven Hospital Trust to ask every pregnant woman about domestic abuse when she is seen "
               "alone.", [
            A("Greyhaven Hospital Trust", "Add a prompt to the maternity booking record.", "31/10/2025",
              "Prompt designed; awaiting system release.", "in_progress"),
        ], label=ref.format(2)),
        R("3", "Greyhaven Council to give priority to a victim who has to leave a tenancy because of abuse.", [
            A("Greyhaven Council", "Amend the housing allocation policy.", "31/12/2025", "", "not_started"),
            A("Greyhaven Council", "Train the housing options team on the change.", "31/03/2026", "",
              "not_started"),
        ], label=ref.format(3)),
        R("4", "Greyhaven Probation Service to check with children's services before a perpetrator is "
               "released to an address with children.", [
            A("Greyhaven Probation Service", "Add the check to the release planning checklist.", "30/04/2025",
              "Checklist updated in April 2025.", "complete"),
        ], label=ref.format(4)),
        R("5", "The Community Safety Partnership to review the local domestic abuse strategy in the light "
               "of this review.", [
            A("Greyhaven CSP", "Hold a strategy review workshop.", "30/09/2025",
              "Workshop held on 18 September 2025.", "complete"),
            A("Greyhaven CSP", "Publish the revised strategy.", "31/03/2026", "Drafting under way.",
              "in_progress"),
        ], label=ref.format(5)),
    ]
    return dict(
        name="agency_response_html", formats=["html"],
        meta=dict(title="Greyhaven Community Safety Partnership – Domestic Homicide Review 'Ruth' (DHR 2023/04) – "
                        "Action Plan",
                  review_id_hint="Greyhaven DHR Ruth", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Agency response", "Action agreed", "Lead agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


# ``long_a5_plan``'s progress log: the dated entries written under the latest update, by recommendation.
LOG = {
    "1": "12/02/2025: change approved by the force's systems board.\n03/03/2025: officers told by email.",
    "2": "14/04/2025: draft policy shared with the MARAC steering group.\n20/06/2025: policy signed off.",
    "3": "09/05/2025: first meeting with the local medical committee.\n18/09/2025: second meeting; paper "
         "to be revised.",
    "4": "02/05/2025: guide agreed with the coding lead.\n27/05/2025: guide sent to all 34 practices.",
    "5": "10/06/2025: funding agreed for evening cover.\n04/08/2025: evening sessions started.",
    "6": "15/05/2025: form wording agreed with the housing register team.",
    "7": "No update: the training budget for 2025/26 is still to be agreed.",
    "8": "21/03/2025: practice standard agreed at the senior leadership team.",
    "9": "11/07/2025: template change agreed with the case system team; release due in October.",
    "10": "30/06/2025: form drafted.\n22/09/2025: testing with two community teams.",
    "11": "No update: the procedure is due for review in January 2026.",
    "12": "28/03/2025: briefings given in all three probation offices.",
    "13": "19/06/2025: request logged with the supplier.\n01/09/2025: supplier has given a release date.",
    "14": "06/06/2025: checklist updated and crews briefed at station meetings.",
    "15": "01/07/2025: role description agreed.\n15/09/2025: two area leads named; two posts advertised.",
    "16": "04/03/2025: plan added to the forward plan; first report in September.",
}


def _one(number: str, text: str, agency: str, action: str, target: str, progress: str, status: str) -> Any:
    """A recommendation with one action, as most of a long plan's are, its progress log under the update."""
    return R(number, text, [A(agency, action, target, f"{progress}\n{LOG[number]}", status)])


def long_a5_plan() -> dict[str, Any]:
    """A5 portrait, horizontal rules only, Constantia 8 pt, 1.27 cm margins: a long plan of sixteen
    recommendations running over many pages, the header repeated on each."""
    p, c, n, i = "Pendleby", "complete", "not_started", "in_progress"
    recs = [
        _one("1", f"{p} Police to record the relationship between the parties at every domestic incident.",
             f"{p} Police", "Make the relationship field mandatory.", "31/03/2025",
             "Field mandatory since March 2025.", c),
        _one("2", f"{p} Police to refer repeat victims to the MARAC after a third incident in twelve months.",
             f"{p} Police", "Add the repeat-victim trigger to the referral policy.", "30/06/2025",
             "Policy amended in June 2025.", c),
        _one("3", f"{p} ICB to make domestic abuse training part of GP appraisal.", f"{p} ICB",
             "Agree the appraisal change with the local medical committee.", "31/12/2025",
             "Proposal tabled at the committee.", i),
        _one("4", f"{p} ICB to make sure that practices code a MARAC notification.", f"{p} ICB",
             "Send practices the coding guide.", "31/05/2025", "Guide sent in May 2025.", c),
        R("5", f"{p} Hospital Trust to offer an IDVA to every patient who discloses abuse in the emergency "
               "department.", [
            A(f"{p} Hospital Trust", "Extend the hospital IDVA's hours to evenings.", "30/09/2025",
              "Evening cover started in August on two days a week.\n" + LOG["5"], i),
            A(f"{p} Hospital Trust", "Report referrals to the IDVA each quarter.", "31/03/2026", "", n),
        ]),
        _one("6", f"{p} Council to check the safety of a victim who asks to be rehoused.", f"{p} Council",
             "Add a safety question to the housing application.", "31/07/2025",
             "Question added in July 2025.", c),
        _one("7", f"{p} Council to train its benefits staff to recognise economic abuse.", f"{p} Council",
             "Commission economic abuse training.", "31/01/2026", "", n),
        _one("8", f"{p} Children's Services to see both parents when domestic abuse is reported.",
             f"{p} Children's Services", "Revise the assessment practice standard.", "30/04/2025",
             "Standard revised in April 2025.", c),
        _one("9", f"{p} Children's Services to ask schools for their view before closing a case.",
             f"{p} Children's Services", "Add the school's view to the closure template.", "31/10/2025",
             "Template change agreed.", i),
        _one("10", f"{p} Mental Health Trust to ask every new patient about domestic abuse.",
             f"{p} Mental Health Trust", "Add routine enquiry to the assessment form.", "30/11/2025",
             "Form in testing.", i),
        _one("11", f"{p} Mental Health Trust to tell the GP when a patient discloses abuse.",
             f"{p} Mental Health Trust", "Add a GP letter to the disclosure procedure.", "28/02/2026", "", n),
        _one("12", f"{p} Probation Service to share a perpetrator's risk assessment with the MARAC.",
             f"{p} Probation Service", "Brief probation officers on MARAC information sharing.", "31/03/2025",
             "Briefings given in March 2025.", c),
        _one("13", f"{p} Ambulance Service to record domestic abuse concerns on the patient record.",
             f"{p} Ambulance Service", "Add a domestic abuse concern code.", "31/08/2025",
             "Code requested from the system supplier.", i),
        _one("14", f"{p} Fire and Rescue Service to refer a household where abuse is suspected after a "
                   "home safety visit.", f"{p} Fire and Rescue Service",
             "Add domestic abuse to the home safety visit checklist.", "30/06/2025",
             "Checklist updated in June 2025.", c),
        _one("15", f"{p} Housing Association to name a domestic abuse lead in each area office.",
             f"{p} Housing Association", "Appoint the area leads.", "31/12/2025", "Two of four leads named.", i),
        _one("16", "The Community Safety Partnership to report this plan's progress to the board every six "
                   "months.", f"{p} CSP", "Add the plan to the board's forward plan.", "31/03/2025",
             "On the forward plan for March and September.", c),
    ]
    return dict(
        name="long_a5_plan", formats=["docx"],
        meta=dict(title="Pendleby Community Safety Partnership – Domestic Homicide Review 'Esther' – Action Plan",
                  review_id_hint="Pendleby DHR Esther", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Owner", "By", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [roman_status_at_lines, agency_bold_in_action_cell, vertical_header_portrait, agency_response_html,
         long_a5_plan]
