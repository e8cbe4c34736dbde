"""The seventh round of held-out plans' content (tools/heldout_drawing_round7.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# The approval block and glossary after the plan of ``borderless_approval_glossary``.
APPROVALS: list[tuple[str, str, str]] = [
    ("Chair, Ashcombe Community Safety Partnership", "Cllr Joan Metcalfe", "14/11/2025"),
    ("Independent Chair of the review", "Peter Landry", "14/11/2025"),
    ("Head of Community Safety, Ashcombe Council", "Sunita Rao", "17/11/2025"),
]

GLOSSARY: list[tuple[str, str]] = [
    ("ASC", "Adult Social Care"), ("CSP", "Community Safety Partnership"),
    ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"), ("ED", "Emergency department"),
    ("IDVA", "Independent Domestic Violence Adviser"), ("MARAC", "Multi-Agency Risk Assessment Conference"),
    ("NPS", "National Probation Service"), ("SLA", "Service level agreement"),
]


def outcome_date_agreed() -> dict[str, Any]:
    """A4 landscape, ruled, Tahoma 9 pt: ``Ref / Recommendation / Date agreed / Action / Lead agency /
    Outcome / impact / Target / Progress``; a ``Date agreed`` column (a date per recommendation, merged
    with it over its actions) before the action; an ``Outcome / impact`` column; targets written as
    financial quarters and years only (``Q3 2025/26``, ``2026/27``)."""
    recs = [
        R("1", "Brackenford Police to make sure that officers attending a domestic abuse incident record the "
               "presence and views of any child in the household.", [
            A("Brackenford Police", "Add a mandatory child section to the domestic abuse attendance form.",
              "Q2 2025/26", "Form changed in August 2025.", "complete",
              evidence="Every attendance record names the children present"),
            A("Brackenford Police", "Include the voice of the child in the domestic abuse refresher course.",
              "Q4 2025/26", "Course material drafted; first sessions booked.", "in_progress",
              evidence="Officers can describe how to record a child's views"),
        ]),
        R("2", "Brackenford ICB to make sure that a patient's disclosure of domestic abuse to a pharmacist is "
               "passed to her GP.", [
            A("Brackenford ICB", "Agree a referral route from community pharmacies to practices.", "Q3 2025/26",
              "Route agreed with the local pharmaceutical committee.", "in_progress",
              evidence="Disclosures reach the GP within two working days"),
        ]),
        R("3", "Brackenford Homes to contact the other joint tenant when one tenant asks to be removed from a "
               "joint tenancy.", [
            A("Brackenford Homes", "Amend the tenancy change procedure.", "Q1 2025/26",
              "Procedure amended and staff briefed.", "complete",
              evidence="Both tenants are spoken to, separately, in every case"),
            A("Brackenford Homes", "Audit tenancy changes for the first year.", "2026/27", "",
              "not_started", evidence="Audit report to the CSP"),
        ]),
        R("4", "The Probation Service to tell the police of any new relationship disclosed by a person "
               "subject to licence with a history of domestic abuse.", [
            A("Probation Service", "Issue a practice direction on relationship disclosures.", "Q2 2025/26",
              "Practice direction issued.", "complete",
              evidence="Police notified of every new relationship disclosed"),
        ]),
        R("5", "Brackenford Council to commission specialist support for older victims of domestic abuse.", [
            A("Brackenford Council", "Include older victims in the domestic abuse support tender.", "2025/26",
              "Tender specification agreed by the board.", "in_progress",
              evidence="A service for older victims in place"),
            A("Brackenford Council", "Report uptake by victims over 60 to the CSP each year.", "2026/27", "",
              "not_started", evidence="Annual uptake figures"),
        ]),
        R("6", "The Community Safety Partnership to check that the learning from this review has reached "
               "frontline staff.", [
            A("Brackenford CSP", "Survey frontline staff a year after publication.", "Q4 2026/27", "",
              "not_started", evidence="Survey results show awareness of the learning"),
        ]),
    ]
    return dict(
        name="outcome_date_agreed", formats=["docx"], evidence=True,
        meta=dict(title="Brackenford Community Safety Partnership – Domestic Homicide Review 'Iris' – Action Plan",
                  review_id_hint="Brackenford DHR Iris", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Date agreed", "Action", "Lead agency", "Outcome / impact", "Target",
                 "Progress"],
        sections=[S("", recs)],
    )


def rec_action_one_cell() -> dict[str, Any]:
    """A4 portrait, horizontal rules only, Calibri 10 pt: one row per recommendation; the first cell holds
    the recommendation in bold (``Recommendation 2:``), then its actions as a numbered list (``1.``, ``2.``);
    the lead agency once per row; the target and progress cells carry one numbered line per action."""
    recs = [
        R("1", "Thornleigh Police to make sure that every domestic abuse arrest is followed by a review of "
               "bail conditions with the victim before release.", [
            A("Thornleigh Police", "Amend the custody release checklist to include contact with the victim.",
              "31/03/2025", "Checklist amended in March 2025.", "complete"),
            A("Thornleigh Police", "Audit twenty releases each quarter.", "30/09/2025",
              "Two audits done; 37 of 40 releases compliant.", "in_progress"),
        ], label="Recommendation 1:"),
        R("2", "Thornleigh ICB to ensure that practices record the name of the person who accompanies a "
               "patient to appointments.", [
            A("Thornleigh ICB", "Add a field for the accompanying person to the practice system template.",
              "30/06/2025", "Template released to all practices.", "complete"),
        ], label="Recommendation 2:"),
        R("3", "Thornleigh Adult Social Care to make sure that a carer's assessment of a partner considers "
               "whether the partner is a source of harm.", [
            A("Thornleigh Adult Social Care", "Revise the carer's assessment form.", "31/07/2025",
              "Revised form in testing.", "in_progress"),
            A("Thornleigh Adult Social Care", "Train assessors in the revised form.", "31/10/2025", "",
              "not_started"),
            A("Thornleigh Adult Social Care", "Audit ten assessments after six months.", "30/04/2026", "",
              "not_started"),
        ], label="Recommendation 3:"),
        R("4", "Thornleigh Domestic Abuse Service to offer a follow-up call to every victim whose case is "
               "closed because she could not be contacted.", [
            A("Thornleigh Domestic Abuse Service", "Introduce a follow-up call at three months.", "31/05/2025",
              "Follow-up calls started in May 2025.", "complete"),
        ], label="Recommendation 4:"),
        R("5", "The Community Safety Partnership to publish a summary of this review for the public.", [
            A("Thornleigh CSP", "Publish a one-page summary on the council website.", "30/09/2025",
              "Summary drafted; with the family for comment.", "in_progress"),
            A("Thornleigh CSP", "Share the summary with the local domestic abuse forum.", "31/12/2025", "",
              "not_started"),
        ], label="Recommendation 5:"),
    ]
    return dict(
        name="rec_action_one_cell", formats=["docx"],
        meta=dict(title="Thornleigh Community Safety Partnership – Domestic Homicide Review 'Beth' – Action Plan",
                  review_id_hint="Thornleigh DHR Beth", as_at="", documents=[]),
        columns=["Recommendation and actions", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def continued_numbering_html() -> dict[str, Any]:
    """A web page (A4 portrait when printed), Segoe UI / Arial 10.5 pt, thin grey CSS borders: recommendations numbered on from an
    earlier review (``Rec 14`` to ``Rec 19``) in a ``Rec`` column; a ``Single / Multi agency`` column;
    ``Rec``, ``Recommendation`` and ``Single / Multi agency`` in ``rowspan`` cells; the header in a
    ``<thead>`` (repeated on every printed page); the progress cell a coloured status badge, then dated
    updates separated by ``<br>``, newest first."""
    recs = [
        R("14", "Wyndham Police to share information about a perpetrator's previous partners with the MARAC "
                "when a new partner is referred.", [
            A("Wyndham Police", "Add a previous-partners search to the MARAC research template.", "31/03/2025",
              "12/05/2025 – Template in use at every MARAC.\n02/04/2025 – Template agreed by the MARAC steering "
              "group.", "complete"),
            A("Wyndham Police", "Brief MARAC researchers on the search.", "30/04/2025",
              "28/04/2025 – All six researchers briefed.", "complete"),
        ], label="Rec 14"),
        R("15", "Wyndham Hospitals NHS Trust and Wyndham ICB to agree how the emergency department tells a "
                "patient's GP about an injury that may be caused by domestic abuse.", [
            A("Wyndham Hospitals NHS Trust", "Add a domestic abuse flag to the discharge letter.", "30/06/2025",
              "20/06/2025 – Flag built; release date awaited.\n14/03/2025 – Specification agreed.",
              "in_progress"),
            A("Wyndham ICB", "Tell practices how to act on the flag.", "31/08/2025", "", "not_started"),
        ], label="Rec 15"),
        R("16", "Wyndham Adult Social Care to make domestic abuse training mandatory for care managers.", [
            A("Wyndham Adult Social Care", "Add the course to the mandatory training list.", "31/05/2025",
              "30/05/2025 – Course mandatory from June 2025.", "complete"),
        ], label="Rec 16"),
        R("17", "All agencies to check that their safeguarding policies name coercive control as a form of "
                "domestic abuse.", [
            A("Wyndham Police", "Review the force safeguarding policy.", "30/09/2025",
              "15/09/2025 – Policy reviewed; no change needed.", "complete"),
            A("Wyndham Housing", "Review the tenancy management policy.", "30/09/2025",
              "10/10/2025 – Draft out to consultation.\n01/08/2025 – Review started.", "in_progress"),
            A("Wyndham Adult Social Care", "Review the adult safeguarding policy.", "30/09/2025", "",
              "not_started"),
        ], label="Rec 17"),
        R("18", "Wyndham Housing to offer a management transfer to a tenant who discloses domestic abuse "
                "without requiring a police report.", [
            A("Wyndham Housing", "Amend the allocations policy.", "31/12/2025",
              "03/11/2025 – Amendment goes to cabinet in December.\n18/07/2025 – Wording agreed with the "
              "domestic abuse service.", "in_progress"),
        ], label="Rec 18"),
        R("19", "The Community Safety Partnership to review progress on recommendations 14 to 18 six months "
                "after publication.", [
            A("Wyndham CSP", "Hold a progress review at the CSP board.", "31/03/2026", "", "not_started"),
        ], label="Rec 19"),
    ]
    return dict(
        name="continued_numbering_html", formats=["html"],
        meta=dict(title="Wyndham Community Safety Partnership – Domestic Homicide Review 'Grace' (second review) – "
                        "Action Plan", review_id_hint="Wyndham DHR Grace", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Single / Multi agency", "Action", "Lead", "Deadline", "Progress"],
        sections=[S("", recs)],
    )


def theme_caps_wide_progress() -> dict[str, Any]:
    """A4 landscape, Georgia 10 pt, horizontal rules and one vertical rule before the progress column: theme
    rows in ALL CAPS, white on a coloured band, spanning the table (the owners); rows of alternating heights
    (every other action row given a tall minimum height); a very wide progress column on the right."""
    sharing = [
        R("1", "Fernhill Police and Fernhill Children's Services to share domestic abuse notifications about a "
               "household within one working day.", [
            A("Fernhill Police", "Move notifications to the secure shared inbox.", "31/03/2025",
              "Notifications sent through the shared inbox since February 2025. Timeliness is reported to the "
              "safeguarding partnership each month and was 96% in September.", "complete"),
            A("Fernhill Children's Services", "Screen every notification within one working day.", "30/06/2025",
              "Screening within one day reached 88% in September; a second screener joins the front door team "
              "in November to close the gap.", "in_progress"),
        ]),
        R("2", "Fernhill ICB to make sure that GP practices receive MARAC outcomes for their patients.", [
            A("Fernhill ICB", "Agree a route for MARAC outcomes with the MARAC coordinator.", "31/05/2025",
              "Route agreed; outcomes sent to practices from June 2025.", "complete"),
        ]),
    ]
    practice = [
        R("3", "Fernhill Adult Social Care to see an adult alone when a safeguarding concern names a family "
               "member as the source of harm.", [
            A("Fernhill Adult Social Care", "Amend the safeguarding practice guidance.", "31/07/2025",
              "Guidance amended and published on the staff intranet in July 2025.", "complete"),
            A("Fernhill Adult Social Care", "Audit twenty safeguarding enquiries.", "31/12/2025", "",
              "not_started"),
        ]),
        R("4", "Fernhill Homes to train repairs staff to recognise signs of domestic abuse.", [
            A("Fernhill Homes", "Deliver a short course to all repairs operatives.", "30/09/2025",
              "Four of six sessions held; 71 of 104 operatives trained. The last two sessions are booked for "
              "October.", "in_progress"),
        ]),
    ]
    governance = [
        R("5", "The Community Safety Partnership to receive a report on this action plan every six months "
               "until every action is complete.", [
            A("Fernhill CSP", "Add the plan to the board's forward plan.", "31/03/2025",
              "Added; first report taken in April 2025.", "complete"),
            A("Fernhill CSP", "Close the plan when every action is complete.", "31/03/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="theme_caps_wide_progress", formats=["docx"],
        meta=dict(title="Fernhill Community Safety Partnership – Domestic Homicide Review 'Holly' – Action Plan",
                  review_id_hint="Fernhill DHR Holly", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Agency", "By", "Progress update (October 2025)"],
        sections=[S("INFORMATION SHARING", sharing), S("PRACTICE AND TRAINING", practice),
                  S("GOVERNANCE", governance)],
    )


def borderless_approval_glossary() -> dict[str, Any]:
    """A4 portrait, no rules at all, Arial 8 pt: the Home Office template's seven columns (with Scope) in a
    borderless table, only the header shaded; recommendation and scope cells merged over the actions, one
    such merged cell running over a page break; after the plan an approval block (``Approved by`` with
    names, roles, signatures and dates) and a glossary table on a last page of its own."""
    long_progress = ("Guidance on the review of bail conditions was issued to custody sergeants in January 2025.\n"
                     "A review of forty cases in March 2025 found that the victim had been contacted before "
                     "release in thirty-one of them; the nine others were discussed with the sergeants "
                     "concerned.\nA further review is planned for the autumn, and the results will be "
                     "reported to the CSP board in December 2025.")
    recs = [
        R("1", "Ashcombe Police to contact the victim before a perpetrator of domestic abuse is released from "
               "custody, to tell her of the release and of any bail conditions, and to review her safety plan "
               "with her.", [
            A("Ashcombe Police", "Issue guidance to custody sergeants on contacting the victim before release.",
              "31/01/2025", long_progress, "in_progress",
              evidence="Guidance note; case review of forty releases"),
            A("Ashcombe Police", "Add a victim contact field to the custody record.", "31/03/2025",
              "The field was added in February 2025 and is now mandatory.", "complete",
              evidence="Custody system change record"),
        ], scope="Local"),
        R("2", "Ashcombe ICB to make sure that GPs ask about domestic abuse when a patient asks for repeat "
               "prescriptions of sleeping tablets or anti-depressants, and that they see the patient alone "
               "when they do.", [
            A("Ashcombe ICB", "Add a prompt to the repeat prescribing template.", "30/06/2025",
              "The prompt was designed with two practices.\nThe supplier has scheduled it for the autumn "
              "release; the ICB is chasing an earlier date.", "in_progress",
              evidence="Prompt live in every practice"),
            A("Ashcombe ICB", "Deliver a learning session to practice safeguarding leads.", "30/09/2025",
              "The session was held on 11 September 2025 and attended by leads from 19 of 21 practices.",
              "complete", evidence="Attendance list; session slides"),
        ], scope="Local"),
        R("3", "The Probation Service to make sure that probation officers check with the police and "
               "children's services whether a person on licence is in a relationship, at the start of the "
               "licence and whenever his address changes.", [
            A("Probation Service", "Amend the licence induction procedure.", "31/03/2025",
              "The induction procedure was amended in March 2025.\nCompliance is checked in monthly "
              "supervision and reported to the regional head of public protection.", "complete",
              evidence="Amended procedure; supervision audit"),
            A("Probation Service", "Share the learning with the other probation delivery units in the "
              "region.", "30/06/2025", "", "not_started", evidence="Regional learning bulletin"),
        ], scope="Regional"),
        R("4", "Ashcombe Adult Social Care to consider domestic abuse in every safeguarding enquiry "
               "concerning an older adult cared for by a partner.", [
            A("Ashcombe Adult Social Care", "Revise the safeguarding enquiry template to prompt the question.",
              "31/05/2025", "The template was revised in May 2025.\nAn audit of twenty enquiries in August "
              "found the prompt answered in eighteen.", "complete",
              evidence="Template; audit of twenty enquiries"),
        ], scope="Local"),
        R("5", "Ashcombe IDVA Service to offer a face-to-face meeting in a safe place to every high-risk victim "
               "who does not answer telephone contact.", [
            A("Ashcombe IDVA Service", "Agree safe meeting places with the libraries and health centres.",
              "31/07/2025", "Safe places were agreed with four libraries and two health centres.\nThe "
              "service is now in talks with the two largest supermarkets in the town.", "in_progress",
              evidence="List of agreed safe places"),
            A("Ashcombe IDVA Service", "Report the number of face-to-face meetings to the CSP each quarter.",
              "30/09/2025", "", "not_started", evidence="Quarterly performance report"),
        ], scope="Local"),
        R("6", "The Community Safety Partnership to write to the Home Office about the need for national "
               "guidance on contacting victims before a perpetrator's release from custody.", [
            A("Ashcombe CSP", "Send the letter and report the reply to the board.", "31/12/2025", "",
              "not_started", evidence="Letter and reply"),
        ], scope="National"),
    ]
    return dict(
        name="borderless_approval_glossary", formats=["docx"], evidence=True,
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Ruby' – Action Plan",
                  review_id_hint="Ashcombe DHR Ruby", as_at="", documents=[]),
        columns=["Recommendation", "Scope of recommendation i.e. local or regional", "Action to take",
                 "Lead Agency", "Key milestones achieved in enacting recommendation", "Target Date",
                 "Date of completion and Outcome"],
        sections=[S("", recs)],
    )


PLANS = [outcome_date_agreed, rec_action_one_cell, continued_numbering_html, theme_caps_wide_progress,
         borderless_approval_glossary]
