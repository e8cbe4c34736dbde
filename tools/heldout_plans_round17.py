"""The seventeenth round of held-out plans' content (tools/heldout_drawing_round17.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

RAG_BY_STATUS = {"complete": "Green", "in_progress": "Amber", "not_started": "Red"}


def guidance_row_autonumber() -> dict[str, Any]:
    """A4 landscape, ruled, Calibri 9 pt: the Home Office seven columns with the template's shaded italic
    guidance row under the header (not data); the recommendation numbers supplied by Word auto-numbering
    (in numbering.xml, not in the text); recommendation and scope merged over the actions."""
    k = "Kestrelford"
    recs = [
        R("1", f"{k} Police to make sure that officers attending a domestic abuse incident check for previous "
               "incidents at the address as well as for the people present.", [
            A(f"{k} Police", "Add an address history check to the attending officer's briefing script.",
              "30/06/2025", "Script changed in June 2025; dip sample shows the check made in 88% of cases.",
              "complete", evidence="Revised briefing script; dip sample of 50 incidents."),
            A(f"{k} Police", "Include address history in the domestic abuse refresher training.", "31/12/2025",
              "Training module drafted; first sessions booked for November.", "in_progress",
              evidence="Training attendance records."),
        ], scope="Local"),
        R("2", f"{k} Clinical Commissioning Group to make sure that GP practices record a disclosure of abuse "
               "in a way that is visible to every clinician at the practice.", [
            A(f"{k} ICB", "Agree a coded entry and alert for a disclosure of domestic abuse.", "31/05/2025",
              "Code and alert agreed with the clinical system supplier in May 2025.", "complete",
              evidence="Practice guidance note."),
        ], scope="Local"),
        R("3", "The Department for Work and Pensions to consider how work coaches can respond when a claimant "
               "discloses financial control by a partner.", [
            A(f"{k} CSP", "Write to the Department with the review's findings on economic abuse.", "31/07/2025",
              "Letter sent July 2025; acknowledgement received.", "complete",
              evidence="Copy of the letter and reply."),
            A("Department for Work and Pensions", "Consider guidance for work coaches on economic abuse.",
              "31/03/2026", "", "not_started", evidence="Response to the CSP."),
        ], scope="National"),
        R("4", f"{k} Adult Social Care to make sure that a carer's assessment asks the carer about their own "
               "safety.", [
            A(f"{k} Adult Social Care", "Add a safety question to the carer's assessment form.", "30/09/2025",
              "Form changed; awaiting the next release of the case recording system.", "in_progress",
              evidence="Revised assessment form."),
        ], scope="Local"),
        R("5", f"{k} Community Safety Partnership to commission training for faith leaders on recognising "
               "domestic abuse.", [
            A(f"{k} CSP", "Commission a training provider through the faith forum.", "31/10/2025",
              "Provider chosen; contract being signed.", "in_progress", evidence="Contract award notice."),
            A(f"{k} CSP", "Deliver four sessions across the district.", "31/03/2026", "", "not_started",
              evidence="Session registers and feedback."),
        ], scope="Regional"),
        R("6", f"{k} Housing Association to train repairs staff to report signs of abuse seen in a home.", [
            A(f"{k} Housing Association", "Train all repairs operatives and add a reporting route to their app.",
              "31/08/2025", "All 46 operatives trained; reporting button live since August 2025.", "complete",
              evidence="Training records; app release note."),
        ], scope="Local"),
    ]
    return dict(
        name="guidance_row_autonumber", formats=["docx"], evidence=True,
        meta=dict(title="Kestrelford Community Safety Partnership – Domestic Homicide Review 'Tamsin' – "
                        "Action Plan",
                  review_id_hint="Kestrelford DHR Tamsin", as_at="", documents=[]),
        columns=["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
                 "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
                 "Date of completion and Outcome"],
        sections=[S("", recs)],
    )


def owner_three_lines_tiny() -> dict[str, Any]:
    """A4 portrait, horizontal rules only, Segoe UI 6 pt, cell padding 0: an ``Action owner (name, role,
    agency)`` column whose cells hold three lines (name / role / agency; the agency in the annotation);
    targets written as quarter ends, ``Ongoing`` and ``Completed May 2024``."""
    h = "Hollinsby"
    recs = [
        R("1", f"{h} Police to make sure that a victim is told when a perpetrator is released from custody.", [
            A(f"{h} Police", "Add a release notification task to the custody record.", "Completed May 2024",
              "Task live since May 2024; checked in the quarterly custody audit.", "complete",
              lead=f"DS Kerry Ames\nCustody Review Sergeant\n{h} Police"),
            A(f"{h} Police", "Report notification times to the domestic abuse board.", "Ongoing",
              "Reported each quarter since July 2024.", "in_progress",
              lead=f"DCI Owen Marsh\nHead of Public Protection\n{h} Police"),
        ]),
        R("2", f"{h} NHS Foundation Trust to ask every adult attending the emergency department with an injury "
               "whether they feel safe at home.", [
            A(f"{h} NHS Foundation Trust", "Add the question to the triage record.", "End of Q2 2025/26",
              "Question added; completion rate 71% in September.", "in_progress",
              lead=f"Amira Shah\nNamed Nurse Safeguarding Adults\n{h} NHS Foundation Trust"),
        ]),
        R("3", f"{h} Borough Council to include domestic abuse in the council tax arrears procedure.", [
            A(f"{h} Borough Council", "Rewrite the arrears procedure with a domestic abuse section.",
              "End of Q1 2025/26", "Procedure rewritten and approved in June 2025.", "complete",
              lead=f"Gareth Lowe\nRevenues Manager\n{h} Borough Council"),
            A(f"{h} Borough Council", "Brief the revenues team on the new procedure.", "End of Q3 2025/26", "",
              "not_started", lead=f"Gareth Lowe\nRevenues Manager\n{h} Borough Council"),
        ]),
        R("4", f"{h} Children's Services to invite the victim's IDVA to the child protection conference.", [
            A(f"{h} Children's Services", "Change the conference invitation list.", "Completed May 2024",
              "Invitation list changed in May 2024.", "complete",
              lead=f"Jo Pearce\nConference Chair Manager\n{h} Children's Services"),
        ]),
        R("5", "The Community Safety Partnership to hold a learning event on this review for front-line staff.", [
            A(f"{h} CSP", "Hold two learning events, one in the north and one in the south of the borough.",
              "End of Q4 2025/26", "Venues booked for February and March 2026.", "in_progress",
              lead=f"Leanne Oduya\nCSP Coordinator\n{h} CSP"),
            A(f"{h} CSP", "Publish a seven-minute briefing on the review.", "End of Q2 2025/26",
              "Briefing published September 2025.", "complete",
              lead=f"Leanne Oduya\nCSP Coordinator\n{h} CSP"),
        ]),
        R("6", f"{h} Drug and Alcohol Service to screen every new client for domestic abuse.", [
            A(f"{h} Drug and Alcohol Service", "Add a screening tool to the assessment.", "Ongoing", "",
              "not_started", lead=f"Dr Simon Reyes\nClinical Lead\n{h} Drug and Alcohol Service"),
        ]),
    ]
    return dict(
        name="owner_three_lines_tiny", formats=["docx"],
        meta=dict(title="Hollinsby Community Safety Partnership – Domestic Homicide Review 'Megan' – "
                        "Action Plan",
                  review_id_hint="Hollinsby DHR Megan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Action owner (name, role, agency)", "Target",
                 "Progress"],
        sections=[S("", recs)],
    )


LONG_AGENCIES = ["Westmarsh Police", "Westmarsh ICB", "Westmarsh Council", "Westmarsh Hospitals Trust",
                 "Westmarsh Children's Services", "Westmarsh Probation Service"]
LONG_TOPICS = [
    ("record the victim's preferred contact method on every referral", "Add the contact method field"),
    ("ask about coercive control at each contact", "Brief staff on questions about coercive control"),
    ("share risk information with the MARAC within two working days", "Set up a MARAC referral tracker"),
    ("offer an interpreter who is not a family member", "Issue guidance on independent interpreters"),
    ("check for children in the household at every incident", "Add a children present prompt"),
    ("follow up a missed appointment by a patient known to be at risk", "Write a missed appointment protocol"),
    ("record the perpetrator's name on the victim's file", "Change the case recording template"),
    ("review the case of a victim who withdraws from support", "Introduce a withdrawal review"),
    ("refer victims over sixty to the older people's IDVA", "Agree a referral route with the IDVA service"),
    ("train reception staff to recognise a caller in distress", "Commission reception staff training"),
    ("tell the victim when a case is closed", "Add a closure letter to the procedure"),
    ("record disclosures made by friends and family", "Create a third-party disclosure form"),
    ("audit domestic abuse cases each quarter", "Set up a quarterly audit of ten cases"),
    ("include economic abuse in the risk assessment", "Add economic abuse questions to the assessment"),
    ("make sure that supervisors review high-risk cases weekly", "Add a weekly supervision check"),
    ("publish information on stalking for the public", "Publish a stalking page on the website"),
    ("assess the risk to pets when a victim leaves home", "Agree a pet fostering scheme"),
    ("report progress on this review to the partnership board", "Add this plan to the board's forward plan"),
]
LONG_WHY = [", so that the risk to the victim is seen by everyone who works with the family",
            ", because the review found that this information was held by one agency and not acted on",
            ", as the victim's contact with services was not used to offer her support",
            ", in line with the partnership's domestic abuse strategy for 2024 to 2027"]
LONG_LOGS = [
    ("complete", "07/25: Checked in the quarterly audit; no gaps found.\n05/25: Change made and in use."),
    ("in_progress", "09/25: Awaiting sign-off by the director.\n06/25: Draft agreed by the managers' group."),
    ("not_started", "09/25: Delayed by the restructure; to start in the new year."),
    ("in_progress", "10/25: Pilot evaluation under way; roll-out planned.\n08/25: Pilot in one team."),
]


def long_title_header_rows() -> dict[str, Any]:
    """A4 portrait, ruled, Trebuchet MS 11 pt: eighteen recommendations over six pages; two repeated header
    rows, a title row spanning the table above the column names; ``Rec 1`` labels in the number column."""
    recs = []
    for n, (topic, act) in enumerate(LONG_TOPICS, start=1):
        agency = LONG_AGENCIES[(n - 1) % len(LONG_AGENCIES)]
        acts = []
        for j in range(2 if n % 4 == 1 else 1):
            status, log = LONG_LOGS[(n + j) % len(LONG_LOGS)]
            what = act if j == 0 else "Check that the change is used, by a dip sample of twenty cases"
            month = ["31/03/2025", "30/06/2025", "30/09/2025", "31/12/2025", "31/03/2026"][(n + 2 * j) % 5]
            action = A(agency, what + ".", month, log, status)
            if "Delayed" in log:  # lateness in words: overdue by the codebook (overdue.slipped, step.past_due)
                action = dict(action, status="overdue")
            acts.append(action)
        recs.append(R(str(n), f"{agency} to {topic}{LONG_WHY[n % len(LONG_WHY)]}.", acts, label=f"Rec {n}"))
    return dict(
        name="long_title_header_rows", formats=["docx"],
        meta=dict(title="Westmarsh Community Safety Partnership – Domestic Homicide Review 'Holly' – "
                        "Action Plan",
                  review_id_hint="Westmarsh DHR Holly", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def agency_prefix_actions_html() -> dict[str, Any]:
    """HTML, Gill Sans 10 pt, CSS borders: no agency column; every action opens with its agency as a bold
    prefix (``Police:``, ``ICB:``, ``Children's Services:``), one row per agency under a multi-agency
    recommendation; targets include ``Continuous`` and ``TBC``."""
    recs = [
        R("1", "All agencies to make sure that staff know how to make a referral to the MARAC.", [
            A("Police", "Include the MARAC referral route in the probationer course.", "31/07/2025",
              "Added to the course from the July 2025 intake.", "complete"),
            A("ICB", "Publish the referral route in the GP safeguarding handbook.", "30/09/2025",
              "Handbook updated; circulated to practices in September.", "complete"),
            A("Children's Services", "Brief social work teams on the referral route.", "Continuous",
              "Briefings given to four of seven teams.", "in_progress"),
        ]),
        R("2", "The Council to review how it responds to anti-social behaviour reports that may hide domestic "
               "abuse.", [
            A("Council", "Add a domestic abuse question to the anti-social behaviour triage.", "31/10/2025",
              "Question drafted; system change requested.", "in_progress"),
        ]),
        R("3", "Health partners to make sure that a pregnant woman is seen alone at least once.", [
            A("Hospitals Trust", "Add a seen-alone prompt to the maternity booking record.", "30/06/2025",
              "Prompt live since June 2025.", "complete"),
            A("ICB", "Remind GP practices of the seen-alone standard.", "TBC", "", "not_started"),
        ]),
        R("4", "The Police to review the use of Domestic Violence Protection Notices when a suspect is "
               "released without charge.", [
            A("Police", "Audit twenty releases without charge for the use of a notice.", "31/12/2025",
              "Ten cases audited so far.", "in_progress"),
        ]),
        R("5", "All agencies to record the victim's own words about risk in their assessments.", [
            A("Police", "Change the risk assessment form to hold the victim's account.", "31/08/2025",
              "Form changed in August 2025.", "complete"),
            A("Adult Social Care", "Add a victim's voice section to the safeguarding enquiry record.",
              "Continuous", "", "not_started"),
        ]),
    ]
    return dict(
        name="agency_prefix_actions_html", formats=["html"],
        meta=dict(title="Fenwold Community Safety Partnership – Domestic Homicide Review 'Zara' – Action Plan",
                  review_id_hint="Fenwold DHR Zara", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


def a3_section_blue_rag() -> dict[str, Any]:
    """A4 portrait report section, then an A3 landscape section with the plan, Cambria 9 pt: a short table
    of the agencies that contributed above the plan; a RAG column with four colours, ``Blue`` (complete and
    assured) as well as Green, Amber and Red, each word in a cell shaded its colour, with a key."""
    m = "Marlcombe"
    recs = [
        R("1", f"{m} Police to make sure that every domestic abuse incident with a child present is shared with "
               "the school the next working day.", [
            A(f"{m} Police", "Join Operation Encompass and share incidents with schools.", "30/04/2025",
              "Live since April 2025; assured by the CSP in July.", "complete", rag="Blue"),
            A(f"{m} Police", "Report the number of notifications to the board each quarter.", "31/03/2026",
              "First report made in October 2025.", "in_progress", rag="Amber"),
        ]),
        R("2", f"{m} Council to give housing officers guidance on joint tenancies where one tenant is abusive.", [
            A(f"{m} Council", "Write and publish the guidance.", "31/07/2025",
              "Guidance published in July 2025.", "complete", rag="Green"),
        ]),
        R("3", f"{m} ICB to audit how GP practices respond to a patient's disclosure of domestic abuse.", [
            A(f"{m} ICB", "Audit forty records in eight practices.", "30/11/2025",
              "Audit tool agreed; records requested.", "in_progress", rag="Amber"),
            A(f"{m} ICB", "Report the findings to the safeguarding group.", "31/01/2026", "", "not_started",
              rag="Red"),
        ]),
        R("4", f"{m} Mental Health Trust to ask about domestic abuse when a patient's partner is their carer.", [
            A(f"{m} Mental Health Trust", "Add the question to the carer section of the assessment.",
              "30/06/2025", "Question added in June 2025; assured by audit.", "complete", rag="Blue"),
        ]),
        R("5", f"{m} Community Safety Partnership to raise awareness of coercive control among older people.", [
            A(f"{m} CSP", "Run a campaign through GP surgeries, pharmacies and libraries.", "31/03/2026",
              "Campaign materials designed.", "in_progress", rag="Amber"),
            A(f"{m} CSP", "Evaluate the campaign.", "30/06/2026", "", "not_started", rag="Red"),
        ]),
        R("6", f"{m} Probation Service to share a perpetrator's licence conditions with the victim's IDVA.", [
            A(f"{m} Probation Service", "Agree the sharing with the IDVA service.", "31/05/2025",
              "Agreed in May 2025.", "complete", rag="Green"),
        ]),
    ]
    return dict(
        name="a3_section_blue_rag", formats=["docx"],
        meta=dict(title="Marlcombe Community Safety Partnership – Domestic Homicide Review 'Louise' – "
                        "Action Plan",
                  review_id_hint="Marlcombe DHR Louise", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress", "RAG"],
        sections=[S("", recs)],
    )


PLANS = [guidance_row_autonumber, owner_three_lines_tiny, long_title_header_rows, agency_prefix_actions_html,
         a3_section_blue_rag]
