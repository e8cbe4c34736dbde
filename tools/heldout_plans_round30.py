"""The thirtieth round of held-out plans' content (tools/heldout_drawing_round30.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Priority column of High / Medium / Low beside references written ``DHR7/R3``; a recommendation in
sub-points (a), (b), (c) on lines of their own, one action per sub-point; recommendations and actions
numbered in one column as a two-level list, 1 then 1.1 and 1.2; a summary row of totals closing the
table; an Outcome / evidence of completion and a Date completed column right of progress, mostly empty).
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

PRIORITY: dict[str, str] = {}  # recommendation text -> its priority word (drawn, not annotated)
SUBPOINTS: dict[str, list[str]] = {}  # recommendation text -> its sub-point lines as drawn
COMPLETION: dict[str, str] = {}  # action text -> its date completed, drawn only


def PR(ref: str, text: str, actions: list[dict[str, Any]], priority: str) -> dict[str, Any]:
    """A recommendation referenced as ``DHR7/R3``: annotated by its number, ``3``."""
    PRIORITY[text] = priority
    return R(ref.rsplit("R", 1)[1], text, actions, label=ref)


def SR(number: str, lead_in: str, points: list[str], actions: list[dict[str, Any]]) -> dict[str, Any]:
    """A recommendation written as a lead-in line and sub-points (a), (b), ... on lines of their own."""
    lines = [lead_in] + [f"({chr(97 + i)}) {p}" for i, p in enumerate(points)]
    text = " ".join(lines)
    SUBPOINTS[text] = lines
    return R(number, text, actions)


def CA(agency: str, action: str, target: str, progress: str, status: str, outcome: str = "",
       done: str = "") -> dict[str, Any]:
    """An action whose outcome is its evidence (annotated) and whose completion date is drawn only."""
    if done:
        COMPLETION[action] = done
    return A(agency, action, target, progress, status, evidence=outcome)


def priority_refs_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 9 pt, ruled: references written ``DHR7/R1``; a Priority column (High,
    Medium, Low) between the recommendation and the action, merged with the recommendation over its
    actions; dates as ``Mar-26``."""
    w = "Wrexford"
    recs = [
        PR("DHR7/R1", f"{w} Police to carry out a DASH risk assessment at every domestic incident where a "
                      "child is present, including where the victim declines to answer.", [
            A(f"{w} Police", "Change the incident log so that a declined DASH is recorded with the officer's "
              "own grading.", "Jan-26", "Log changed.", "complete"),
            A(f"{w} Police", "Dip-sample forty incidents with a child present each quarter.", "Jun-26",
              "First sample taken; results to the CSP in April.", "in_progress"),
        ], "High"),
        PR("DHR7/R2", f"{w} Health Board to make sure that emergency department staff ask about domestic "
                      "abuse when a patient attends with a head injury.", [
            A(f"{w} Health Board", "Add routine enquiry to the head injury triage prompt.", "Mar-26", "",
              "not_started"),
        ], "High"),
        PR("DHR7/R3", f"{w} County Borough Council Housing to share a tenant's disclosure of abuse with the "
                      "tenancy officer.", [
            A(f"{w} Housing", "Update the tenancy management procedure.", "Feb-26",
              "Draft with the service manager.", "in_progress"),
            A(f"{w} Housing", "Brief tenancy officers at the team meeting.", "Apr-26", "", "not_started"),
        ], "Medium"),
        PR("DHR7/R4", f"{w} Specialist Domestic Abuse Service to offer a follow-up call to every victim "
                      "whose case is closed at MARAC.", [
            A(f"{w} Domestic Abuse Service", "Introduce a follow-up call at six weeks.", "Dec-25",
              "Calls made since November.", "complete"),
        ], "Medium"),
        PR("DHR7/R5", f"{w} Community Safety Partnership to translate the summary of the review into Welsh.", [
            A(f"{w} CSP", "Commission the translation and publish both versions.", "May-26", "",
              "not_started"),
        ], "Low"),
    ]
    return dict(
        name="priority_refs_docx", formats=["docx"],
        meta=dict(title="Wrexford Community Safety Partnership – Domestic Homicide Review 7 – Action Plan",
                  review_id_hint="Wrexford DHR7", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Priority", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def subpoint_actions_html() -> dict[str, Any]:
    """HTML, Arial 10 pt, CSS borders: a recommendation written as a lead-in line and sub-points (a), (b),
    (c) each on a line of its own (``<br>``), in a ``rowspan`` cell beside one action per sub-point whose
    text opens with the sub-point's letter; dates as ``31 March 2026``."""
    g = "Glanafon"
    recs = [
        SR("1", f"{g} Police to improve the response to repeat victims:", [
            "flag an address with three or more calls in a year;",
            "send a neighbourhood officer to visit after the third call;",
            "tell the IDVA service of every repeat victim."], [
            A(f"{g} Police", "(a) Add a repeat-address flag to the control room system.", "31 January 2026",
              "Flag live.", "complete"),
            A(f"{g} Police", "(b) Set a visit standard for neighbourhood teams.", "31 March 2026",
              "Standard drafted.", "in_progress"),
            A(f"{g} Police", "(c) Send a weekly list of repeat victims to the IDVA service.", "30 April 2026",
              "", "not_started"),
        ]),
        SR("2", f"{g} University Health Board to strengthen safeguarding in maternity services:", [
            "see every pregnant woman alone at least once;",
            "record a disclosure in the maternity and the GP record."], [
            A(f"{g} Health Board", "(a) Book one appointment per pregnancy at which the woman is seen alone.",
              "28 February 2026", "Booking template changed.", "complete"),
            A(f"{g} Health Board", "(b) Send a coded disclosure letter to the GP.", "31 May 2026",
              "Letter agreed with primary care.", "in_progress"),
        ]),
        R("3", f"{g} Adult Services to include coercive control in carer's assessments.", [
            A(f"{g} Adult Services", "Add coercive control to the carer's assessment guidance.", "31 March 2026",
              "", "not_started"),
        ]),
        SR("4", f"{g} Community Safety Partnership to make the review's learning known:", [
            "hold a learning event for practitioners;",
            "publish a seven-minute briefing."], [
            A(f"{g} CSP", "(a) Hold the learning event.", "30 June 2026", "Venue booked.", "in_progress"),
            A(f"{g} CSP", "(b) Publish the seven-minute briefing.", "31 July 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="subpoint_actions_html", formats=["html"],
        meta=dict(title="Glanafon Community Safety Partnership – Domestic Homicide Review 'Nia' – Action Plan",
                  review_id_hint="Glanafon DHR Nia", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def two_level_numbers_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 9.5 pt, ruled: recommendations and actions numbered in one ``No.`` column
    as a two-level list, a recommendation's row ``1`` (its text in the second column, the rest of the row
    empty, shaded) followed by its actions' rows ``1.1``, ``1.2``; dates as ``30/06/2026``."""
    b = "Brackenby"
    recs = [
        R("1", f"{b} Police to consider stalking when a former partner repeatedly contacts a victim.", [
            A(f"{b} Police", "Add stalking indicators to the domestic abuse risk briefing.", "31/01/2026",
              "Briefing updated.", "complete"),
            A(f"{b} Police", "Train response officers on the stalking indicators.", "31/05/2026",
              "Half of response teams trained.", "in_progress"),
        ]),
        R("2", f"{b} Probation Service to check police call-out records before a licence address is agreed.", [
            A(f"{b} Probation Service", "Make the call-out check part of the address approval.", "31/03/2026",
              "", "not_started"),
        ]),
        R("3", f"{b} Integrated Care Board to make sure that GP practices follow up a missed appointment by a "
               "patient known to be at risk.", [
            A(f"{b} ICB", "Issue guidance on following up missed appointments.", "28/02/2026",
              "Guidance issued.", "complete"),
            A(f"{b} ICB", "Audit follow-up in five practices.", "31/07/2026", "", "not_started"),
            A(f"{b} ICB", "Report the audit to the safeguarding board.", "30/09/2026", "", "not_started"),
        ]),
        R("4", f"{b} Community Safety Partnership to promote the domestic abuse helpline in workplaces.", [
            A(f"{b} CSP", "Send helpline posters to the twenty largest employers.", "30/04/2026",
              "Posters printed.", "in_progress"),
        ]),
    ]
    return dict(
        name="two_level_numbers_docx", formats=["docx"],
        meta=dict(title="Brackenby Community Safety Partnership – Domestic Homicide Review 'Holly' – "
                        "Action Plan",
                  review_id_hint="Brackenby DHR Holly", as_at="", documents=[]),
        columns=["No.", "Recommendation / action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def totals_summary_row_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: a last row spanning the table with the plan's totals (``Total
    actions: 9, complete 3, in progress 3, not started 3``); number and recommendation in ``rowspan`` cells;
    dates as ``Sept 2026``."""
    k = "Kingsmere"
    recs = [
        R("1", f"{k} Police to refer every high-risk victim to the MARAC within two working days.", [
            A(f"{k} Police", "Set a two-day referral standard.", "Dec 2025", "Standard in place.", "complete"),
            A(f"{k} Police", "Report referral times to the MARAC steering group.", "Mar 2026",
              "First report in February.", "in_progress"),
        ]),
        R("2", f"{k} Mental Health Trust to ask about domestic abuse at every first assessment.", [
            A(f"{k} Mental Health Trust", "Add routine enquiry to the assessment form.", "Jan 2026",
              "Form changed.", "complete"),
            A(f"{k} Mental Health Trust", "Audit twenty first assessments.", "June 2026", "", "not_started"),
        ]),
        R("3", f"{k} Borough Council to train its housing options staff in recognising economic abuse.", [
            A(f"{k} Borough Council", "Commission economic abuse training.", "Apr 2026", "Provider chosen.",
              "in_progress"),
        ]),
        R("4", f"{k} Children's Social Care to involve the non-abusing parent in safety planning.", [
            A(f"{k} Children's Social Care", "Change the safety plan template.", "Feb 2026",
              "Template changed.", "complete"),
            A(f"{k} Children's Social Care", "Brief team managers on the template.", "May 2026",
              "Briefings under way.", "in_progress"),
        ]),
        R("5", f"{k} Community Safety Partnership to review the plan's progress every six months.", [
            A(f"{k} CSP", "Add the plan to the board's forward plan.", "Sept 2026", "", "not_started"),
            A(f"{k} CSP", "Publish a progress summary.", "Sept 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="totals_summary_row_html", formats=["html"],
        meta=dict(title="Kingsmere Community Safety Partnership – Domestic Homicide Review 'Tara' – Action Plan",
                  review_id_hint="Kingsmere DHR Tara", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def completion_columns_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 8.5 pt, ruled: two columns right of progress, ``Outcome / evidence of
    completion`` (annotated as the evidence) and ``Date completed`` (not annotated), filled only for the
    completed actions and empty elsewhere; number and recommendation merged over the actions; dates as ``31.03.26``."""
    p = "Pentre"
    recs = [
        R("1", f"{p} Police to record the children present at every domestic incident.", [
            CA(f"{p} Police", "Add a children-present field to the incident form.", "31.12.25",
               "Field added.", "complete", "Form v4 live; audit of 30 incidents shows 29 recorded.",
               "15.12.25"),
            CA(f"{p} Police", "Share the children's details with Children's Services the next day.",
               "31.03.26", "Process agreed.", "in_progress"),
        ]),
        R("2", f"{p} Health Board to include domestic abuse in its safeguarding supervision for "
               "district nurses.", [
            CA(f"{p} Health Board", "Add domestic abuse to the supervision template.", "28.02.26", "",
               "not_started"),
        ]),
        R("3", f"{p} County Council to check for domestic abuse before a family is referred for "
               "parenting support.", [
            CA(f"{p} County Council", "Add a screening question to the referral form.", "31.01.26",
               "Question added.", "complete", "Referral form reissued to all referrers.", "20.01.26"),
            CA(f"{p} County Council", "Train parenting practitioners on the question.", "30.04.26", "",
               "not_started"),
        ]),
        R("4", f"{p} Community Safety Partnership to write to the family with the plan's outcome.", [
            CA(f"{p} CSP", "Send the family a letter when the plan is closed.", "30.09.26", "",
               "not_started"),
        ]),
    ]
    return dict(
        name="completion_columns_docx", formats=["docx"], evidence=True,
        meta=dict(title="Pentre Community Safety Partnership – Domestic Homicide Review 'Carys' – Action Plan",
                  review_id_hint="Pentre DHR Carys", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress",
                 "Outcome / evidence of completion", "Date completed"],
        sections=[S("", recs)],
    )


PLANS = [priority_refs_docx, subpoint_actions_html, two_level_numbers_docx, totals_summary_row_html,
         completion_columns_docx]
