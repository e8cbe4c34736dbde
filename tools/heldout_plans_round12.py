"""The twelfth round of held-out plans' content (tools/heldout_drawing_round12.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def bullet_actions_one_agency() -> dict[str, Any]:
    """A4 landscape, ruled, Corbel 9 pt: one row per recommendation; the action cell a bullet list of
    several actions, with ONE lead agency, target and progress cell for them all."""
    def acts(agency: str, actions: list[str], target: str, progress: str, status: str) -> list[Any]:
        return [A(agency, action, target, progress, status) for action in actions]

    b = "Brackenfold"
    recs = [
        R("1", f"{b} Police to improve the way officers gather evidence at domestic abuse incidents so that "
               "prosecutions do not rely on the victim's statement alone.",
          acts(f"{b} Police", ["Issue body-worn video to every response officer.",
                               "Add an evidence-led prosecution prompt to the incident log.",
                               "Brief supervisors on reviewing the evidence before a case is filed."],
               "31/03/2025", "All three actions completed by March 2025; audit planned for the autumn.",
               "complete")),
        R("2", f"{b} ICB to make sure that GPs know how to respond when a patient discloses domestic abuse.",
          acts(f"{b} ICB", ["Commission IRIS training for every practice.",
                            "Name a domestic abuse champion in each practice."],
               "31/12/2025", "Training delivered in 14 of 22 practices; champions named in 9.", "in_progress")),
        R("3", f"{b} Council to review how its housing team responds to a tenant who asks for a transfer "
               "because of a violent partner.",
          acts(f"{b} Council", ["Rewrite the management transfer procedure.",
                                "Train housing officers on the revised procedure.",
                                "Give victims a single named officer throughout the transfer."],
               "30/06/2026", "", "not_started")),
        R("4", f"{b} Adult Social Care to consider domestic abuse in every safeguarding enquiry where the "
               "person alleged to cause harm is a family member.",
          acts(f"{b} Adult Social Care", ["Add a domestic abuse question to the enquiry template.",
                                          "Audit twenty enquiries to check that the question is answered."],
               "30/11/2025", "Template changed in July 2025; audit starts in November.", "in_progress")),
        R("5", "The Community Safety Partnership to publish this review and share its learning with the "
               "public.",
          acts(f"{b} CSP", ["Publish the overview report and executive summary.",
                            "Run a social media campaign on coercive control."],
               "31/08/2025", "Report published on 4 August 2025; campaign ran for four weeks.", "complete")),
    ]
    return dict(
        name="bullet_actions_one_agency", formats=["docx"],
        meta=dict(title="Brackenfold Community Safety Partnership – Domestic Homicide Review 'Leah' – Action Plan",
                  review_id_hint="Brackenfold DHR Leah", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Actions", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


# ``footnoted_refs_accepted``'s notes, printed at the foot of every page, each keyed by a superscript marker
# at the end of a recommendation's text (by recommendation number).
FOOTNOTES = {
    "2": "Multi-Agency Risk Assessment Conference: the meeting that plans the safety of high-risk victims.",
    "4": "See paragraph 7.14 of the overview report.",
    "5": "The Domestic Abuse Act 2021, section 1.",
}
# Its ``Accepted? Y/N`` column, by recommendation number.
ACCEPTED = {"1": "Y", "2": "Y", "3": "Y", "4": "N", "5": "Y", "6": "Y"}


def footnoted_refs_accepted() -> dict[str, Any]:
    """A4 portrait, ruled in thin grey, Times New Roman 10 pt: references ``DHR/MB/2022/03-R4``; an
    ``Accepted? Y/N`` column; footnote markers in the recommendation text and the notes at the page foot."""
    ref = "DHR/MB/2022/03-R{}"
    m = "Marlowbridge"
    recs = [
        R("1", f"{m} Police to treat a report of stalking by a former partner as domestic abuse in every "
               "case.", [
            A(f"{m} Police", "Amend the stalking crime recording guidance.", "30/04/2025",
              "Guidance amended in April 2025.", "complete"),
            A(f"{m} Police", "Deliver stalking awareness training to the public protection unit.", "30/09/2025",
              "Two of three sessions delivered.", "in_progress"),
        ], label=ref.format(1)),
        R("2", f"{m} Hospital Trust to refer high-risk victims seen in the emergency department to the "
               "MARAC.", [
            A(f"{m} Hospital Trust", "Add a MARAC referral pathway to the emergency department's safeguarding "
              "procedure.", "31/07/2025", "Pathway written; sign-off due in the autumn.", "in_progress"),
        ], label=ref.format(2)),
        R("3", f"{m} Council to make sure that its homelessness assessments ask whether the applicant is "
               "fleeing abuse.", [
            A(f"{m} Council", "Add the question to the homelessness assessment.", "31/01/2025",
              "Question added in January 2025.", "complete"),
            A(f"{m} Council", "Check twenty assessments for the question.", "31/03/2026", "", "not_started"),
        ], label=ref.format(3)),
        R("4", f"{m} Probation Service to attend every MARAC where a person on probation is discussed.", [
            A(f"{m} Probation Service", "Explain to the board why attendance cannot be guaranteed, and "
              "agree written submissions instead.", "31/05/2025",
              "Written submission process agreed with the MARAC chair.", "complete"),
        ], label=ref.format(4)),
        R("5", "The Community Safety Partnership to raise awareness of economic abuse among bank and "
               "building society staff.", [
            A(f"{m} CSP", "Hold a briefing for local bank branch managers.", "31/12/2025", "",
              "not_started"),
            A(f"{m} CSP", "Share the national economic abuse toolkit with branches.", "30/11/2025",
              "Toolkit shared with six of ten branches.", "in_progress"),
        ], label=ref.format(5)),
        R("6", f"{m} Children's Services to speak to a child alone during every assessment where domestic "
               "abuse is known.", [
            A(f"{m} Children's Services", "Add the requirement to the assessment practice standard.",
              "31/03/2025", "Standard revised in March 2025.", "complete"),
        ], label=ref.format(6)),
    ]
    return dict(
        name="footnoted_refs_accepted", formats=["docx"],
        meta=dict(title="Marlowbridge Community Safety Partnership – Domestic Homicide Review 'Carys' "
                        "(DHR/MB/2022/03) – Action Plan",
                  review_id_hint="Marlowbridge DHR Carys", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Accepted? Y/N", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def css_grid_html() -> dict[str, Any]:
    """HTML, Helvetica 9.5 pt: no ``<table>`` at all; each row a ``<div>`` laid out by a CSS grid, the header a
    grid row of bold cells on a tinted band, rules under the rows only; the recommendation's number and text
    spanning its actions' rows (``grid-row: span N``)."""
    t = "Thornvale"
    recs = [
        R("1", f"{t} Police to review every domestic abuse case closed as 'no further action' within a week "
               "of closure.", [
            A(f"{t} Police", "Set up a weekly review of closed cases by a detective sergeant.", "30/06/2025",
              "Weekly review running since June 2025.", "complete"),
            A(f"{t} Police", "Report the review's findings to the domestic abuse board each quarter.",
              "31/12/2025", "First report given in October.", "in_progress"),
        ]),
        R("2", f"{t} ICB to make sure that health visitors ask about domestic abuse at every contact.", [
            A(f"{t} ICB", "Update the health visiting service specification.", "31/03/2026", "", "not_started"),
        ]),
        R("3", f"{t} Council to give the victim a copy of any risk assessment completed about her family.", [
            A(f"{t} Council", "Agree a procedure for sharing risk assessments with victims.", "30/09/2025",
              "Draft procedure with the legal team.", "in_progress"),
            A(f"{t} Council", "Train social workers on the procedure.", "31/01/2026", "", "not_started"),
        ]),
        R("4", f"{t} Domestic Abuse Service to keep in touch with a victim for three months after a case "
               "is closed.", [
            A(f"{t} Domestic Abuse Service", "Add a three-month follow-up call to the case closure process.",
              "31/05/2025", "Follow-up calls made since May 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to check that agencies have acted on this plan.", [
            A(f"{t} CSP", "Hold a review meeting six months after publication.", "31/10/2025",
              "Meeting held on 21 October 2025.", "complete"),
            A(f"{t} CSP", "Ask each agency for evidence of its completed actions.", "31/12/2025",
              "Evidence received from four of six agencies.", "in_progress"),
        ]),
    ]
    return dict(
        name="css_grid_html", formats=["html"],
        meta=dict(title="Thornvale Community Safety Partnership – Domestic Homicide Review 'Megan' – Action Plan",
                  review_id_hint="Thornvale DHR Megan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def small_type_rag_counts() -> dict[str, Any]:
    """A4 landscape, ruled, Arial Narrow 7 pt, 1 cm margins: thirteen recommendations in small type; the
    header a dark band of white bold text repeated on each page; a RAG key above the table; a RAG column of
    colour words in shaded cells; a last row spanning the table counting the actions by RAG."""
    w, c, i, n = "Wyndham Cross", "complete", "in_progress", "not_started"
    g, a, r = "Green", "Amber", "Red"

    def one(number: str, text: str, agency: str, action: str, target: str, progress: str, status: str,
            rag: str) -> Any:
        return R(number, text, [A(agency, action, target, progress, status, rag=rag)])

    recs = [
        one("1", f"{w} Police to check the history of both parties before attending a domestic incident.",
            f"{w} Police", "Add a history check to the dispatch script.", "31/03/2025",
            "Check in the script since March 2025.", c, g),
        one("2", f"{w} Police to make a referral to children's services whenever a child is present at an "
                 "incident.", f"{w} Police", "Remind officers of the referral duty in daily briefings.",
            "30/06/2025", "Reminders given through June.", c, g),
        R("3", f"{w} ICB to give GPs a simple guide to coercive control.", [
            A(f"{w} ICB", "Write the guide with the domestic abuse service.", "31/10/2025",
              "Guide drafted.", i, rag=a),
            A(f"{w} ICB", "Send the guide to every practice.", "31/12/2025", "", n, rag=r),
        ]),
        one("4", f"{w} Hospital Trust to train midwives to ask about abuse in private.", f"{w} Hospital Trust",
            "Add the topic to mandatory midwifery training.", "30/09/2025", "Training module written.", i, a),
        one("5", f"{w} Mental Health Trust to record a patient's disclosure of abuse on the crisis plan.",
            f"{w} Mental Health Trust", "Change the crisis plan template.", "31/01/2026", "", n, r),
        one("6", f"{w} Council to make sure that its anti-social behaviour team can refer to the MARAC.",
            f"{w} Council", "Give the team access to the MARAC referral form.", "31/05/2025",
            "Access given in May 2025.", c, g),
        one("7", f"{w} Council to review the support offered to victims in temporary accommodation.",
            f"{w} Council", "Review the temporary accommodation support offer.", "31/03/2026",
            "Review scoped.", i, a),
        one("8", f"{w} Children's Services to include the father in every child protection plan where he "
                 "poses a risk.", f"{w} Children's Services", "Revise the child protection practice guidance.",
            "31/07/2025", "Guidance revised in July 2025.", c, g),
        one("9", f"{w} Probation Service to tell the police when a perpetrator starts a new relationship.",
            f"{w} Probation Service", "Add the step to the risk management plan template.", "30/11/2025",
            "Template change requested.", i, a),
        one("10", f"{w} Domestic Abuse Service to offer support to the family of a homicide victim.",
            f"{w} Domestic Abuse Service", "Agree a referral route with the national advocacy service.",
            "28/02/2026", "", n, r),
        one("11", f"{w} Fire and Rescue Service to look for signs of abuse during home fire safety visits.",
            f"{w} Fire and Rescue Service", "Train home safety advisers on the signs of abuse.", "30/04/2025",
            "All advisers trained by April 2025.", c, g),
        one("12", f"{w} Housing Association to share concerns about abuse with the police.",
            f"{w} Housing Association", "Sign the local information sharing agreement.", "31/08/2025",
            "Agreement signed in August 2025.", c, g),
        one("13", "The Community Safety Partnership to report on this plan to the board twice a year.",
            f"{w} CSP", "Add the plan to the board's forward plan.", "31/12/2025",
            "First report given in September.", i, a),
    ]
    return dict(
        name="small_type_rag_counts", formats=["docx"],
        meta=dict(title="Wyndham Cross Community Safety Partnership – Domestic Homicide Review 'Anya' – "
                        "Action Plan",
                  review_id_hint="Wyndham Cross DHR Anya", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress", "RAG"],
        sections=[S("", recs)],
    )


# ``outcome_evidence_links``'s ``Outcome measure`` column, by (recommendation number, action index).
OUTCOMES = {("1", 0): "All call handlers use the new script.", ("1", 1): "90% of calls audited meet the standard.",
            ("2", 0): "Every eligible patient is offered an IDVA.", ("3", 0): "Policy in force.",
            ("3", 1): "Staff can describe the policy.", ("4", 0): "Fewer repeat referrals to the MARAC.",
            ("5", 0): "Families are told of the review in writing.", ("5", 1): "Families are offered advocacy."}


def outcome_evidence_links() -> dict[str, Any]:
    """A4 portrait, dotted horizontal rules only, Liberation Sans 8 pt: both an ``Outcome measure`` and an
    ``Evidence`` column; evidence cells hyperlinks (underlined blue text) to the documents that show the work."""
    e = "Ellesmoor"
    recs = [
        R("1", f"{e} Police to improve how call handlers identify domestic abuse on a first call.", [
            A(f"{e} Police", "Introduce a domestic abuse question set for call handlers.", "31/03/2025",
              "Question set in use since March 2025.", "complete", evidence="Call handling script v3"),
            A(f"{e} Police", "Audit forty calls each quarter against the standard.", "31/03/2026",
              "Two audits done; 86% met the standard.", "in_progress", evidence="Q2 audit report"),
        ]),
        R("2", f"{e} Hospital Trust to offer every victim seen in maternity services the support of an "
               "IDVA.", [
            A(f"{e} Hospital Trust", "Fund a maternity IDVA post.", "30/09/2025", "Post advertised.",
              "in_progress", evidence="Business case"),
        ]),
        R("3", f"{e} Council to adopt a domestic abuse policy for its own staff.", [
            A(f"{e} Council", "Write and adopt the staff policy.", "30/06/2025",
              "Policy adopted by the council in June 2025.", "complete", evidence="Staff domestic abuse policy"),
            A(f"{e} Council", "Brief managers on the policy.", "31/12/2025", "", "not_started"),
        ]),
        R("4", "The MARAC to review the cases of victims referred three times or more in a year.", [
            A(f"{e} MARAC Steering Group", "Add a repeat-referral review to the MARAC agenda.", "31/07/2025",
              "Standing item since July 2025.", "complete", evidence="MARAC operating protocol"),
        ]),
        R("5", "The Community Safety Partnership to improve the way families are involved in reviews.", [
            A(f"{e} CSP", "Write to every family at the start of a review.", "31/05/2025",
              "Letter template in use.", "complete", evidence="Family letter template"),
            A(f"{e} CSP", "Refer every family to a specialist advocacy service.", "30/11/2025",
              "Referral route agreed with the advocacy service.", "in_progress",
              evidence="Referral agreement"),
        ]),
    ]
    return dict(
        name="outcome_evidence_links", formats=["docx"], evidence=True,
        meta=dict(title="Ellesmoor Community Safety Partnership – Domestic Homicide Review 'Hannah' – Action Plan",
                  review_id_hint="Ellesmoor DHR Hannah", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Outcome measure", "Evidence", "Due", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [bullet_actions_one_agency, footnoted_refs_accepted, css_grid_html, small_type_rag_counts,
         outcome_evidence_links]
