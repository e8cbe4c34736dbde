"""The thirteenth round of held-out plans' content (tools/heldout_drawing_round13.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def number_row_text_below() -> dict[str, Any]:
    """US Letter portrait, ruled, Calibri 9 pt: no recommendation column; each recommendation a shaded
    number row (``Recommendation 3`` in the ``Ref`` cell, the rest of the row empty), then its text in a
    full-width italic row BELOW it, then its action rows with an empty ``Ref`` cell."""
    k = "Kestrel Bay"
    recs = [
        R("1", f"{k} Police to make sure that officers record the risk to children at every domestic abuse "
               "incident where a child lives at the address.", [
            A(f"{k} Police", "Add a mandatory child-risk field to the incident record.", "31/05/2025",
              "Field live on the records system since May 2025.", "complete"),
            A(f"{k} Police", "Dip-sample fifty incident records for the field each quarter.", "31/03/2026",
              "First dip sample found 88% of records complete.", "in_progress"),
        ]),
        R("2", f"{k} ICB to commission domestic abuse training for practice nurses.", [
            A(f"{k} ICB", "Commission a half-day course from the local specialist service.", "30/09/2025",
              "Course commissioned; first dates set for October.", "in_progress"),
        ]),
        R("3", f"{k} Council to review how its housing officers respond when a tenant reports damage "
               "caused by a partner.", [
            A(f"{k} Council", "Revise the repairs reporting procedure to prompt a domestic abuse question.",
              "31/07/2025", "Procedure revised and issued in July 2025.", "complete"),
            A(f"{k} Council", "Brief all housing officers on the revised procedure.", "31/10/2025",
              "Briefings held in three of four area teams.", "in_progress"),
        ]),
        R("4", f"{k} Adult Social Care to consider carer's assessments for people caring for an abusive "
               "partner.", [
            A(f"{k} Adult Social Care", "Add a question about abuse to the carer's assessment.", "31/01/2026",
              "", "not_started"),
        ]),
        R("5", f"{k} Probation Service to share the risk management plan with the victim's IDVA where "
               "the victim agrees.", [
            A(f"{k} Probation Service", "Agree an information sharing protocol with the IDVA service.",
              "30/06/2025", "Protocol signed in June 2025.", "complete"),
        ]),
        R("6", "The Community Safety Partnership to publish a summary of the lessons from this review.", [
            A(f"{k} CSP", "Write a two-page learning brief.", "31/08/2025", "Learning brief published.",
              "complete"),
            A(f"{k} CSP", "Hold a learning event for frontline staff.", "30/11/2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="number_row_text_below", formats=["docx"],
        meta=dict(title="Kestrel Bay Community Safety Partnership – Domestic Homicide Review 'Imogen' – "
                        "Action Plan",
                  review_id_hint="Kestrel Bay DHR Imogen", as_at="", documents=[]),
        columns=["Ref", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


# ``month_name_priority``'s ``Priority`` column, by recommendation number.
PRIORITY = {"1": "High", "2": "High", "3": "Medium", "4": "Medium", "5": "Low", "6": "High", "7": "Low"}


def month_name_priority() -> dict[str, Any]:
    """A4 landscape, horizontal rules only, Aptos 9 pt: a ``Priority`` column (``High`` / ``Medium`` /
    ``Low``) beside the recommendation; targets written in words as months and seasons (``End of March
    2026``, ``Mid-June 2025``, ``Autumn 2025``); number, recommendation and priority merged."""
    a = "Ashcombe"
    recs = [
        R("1", f"{a} Police to refer every victim assessed as high risk to the IDVA service within one "
               "working day.", [
            A(f"{a} Police", "Automate the referral from the risk assessment form.", "End of March 2025",
              "Automatic referral in place since March 2025.", "complete"),
            A(f"{a} Police", "Monitor the time taken to refer each month.", "Mid-June 2025",
              "Monthly report produced; 94% referred within a day.", "complete"),
        ]),
        R("2", f"{a} Hospital Trust to ask every patient attending with an injury about domestic abuse "
               "when it is safe to do so.", [
            A(f"{a} Hospital Trust", "Add routine enquiry to the emergency department triage record.",
              "Autumn 2025", "Change approved by the clinical records group.", "in_progress"),
        ]),
        R("3", f"{a} Council to make sure that its customer contact staff know how to respond to a "
               "disclosure of abuse.", [
            A(f"{a} Council", "Include a disclosure module in the customer service induction.",
              "End of September 2025", "Module drafted with the specialist service.", "in_progress"),
            A(f"{a} Council", "Give existing staff a short refresher session.", "Early 2026", "",
              "not_started"),
        ]),
        R("4", f"{a} Children's Services to record the details of both parents in every assessment.", [
            A(f"{a} Children's Services", "Make both parents' details mandatory in the case system.",
              "End of July 2025", "Change made in July 2025.", "complete"),
        ]),
        R("5", f"{a} Drug and Alcohol Service to ask new clients about their relationships.", [
            A(f"{a} Drug and Alcohol Service", "Add relationship questions to the assessment.",
              "Spring 2026", "", "not_started"),
        ]),
        R("6", f"{a} Probation Service to check with the police before a perpetrator's licence ends.", [
            A(f"{a} Probation Service", "Add a police check to the end-of-licence procedure.",
              "End of May 2025", "Procedure updated in May 2025.", "complete"),
            A(f"{a} Police", "Nominate a single point of contact for these checks.", "End of May 2025",
              "Detective inspector nominated.", "complete"),
        ]),
        R("7", "The Community Safety Partnership to review progress on this plan at each board meeting.", [
            A(f"{a} CSP", "Add the plan to the board's standing agenda.", "Summer 2025",
              "Standing item since the July board.", "complete"),
        ]),
    ]
    return dict(
        name="month_name_priority", formats=["docx"],
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Rosa' – Action Plan",
                  review_id_hint="Ashcombe DHR Rosa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Priority", "Action", "Lead agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


def accordion_details_html() -> dict[str, Any]:
    """HTML, Arial 10 pt: a council page of accordion sections, one ``<details open>`` per recommendation,
    its ``<summary>`` the bold heading ``Recommendation 3: …``, its actions in a small table of their own
    (``Action / Who / By when / Progress``) inside the section."""
    d = "Denholm"
    recs = [
        R("1", f"{d} Police to improve the quality of the information passed to the MARAC.", [
            A(f"{d} Police", "Introduce a MARAC referral quality checklist.", "30/04/2025",
              "Checklist in use since April 2025.", "complete"),
            A(f"{d} Police", "Audit ten referrals each quarter against the checklist.", "31/03/2026",
              "Two audits completed.", "in_progress"),
        ]),
        R("2", f"{d} ICB to make sure that GP practices code domestic abuse on the patient record.", [
            A(f"{d} ICB", "Issue coding guidance to every practice.", "31/07/2025",
              "Guidance issued in July 2025.", "complete"),
        ]),
        R("3", f"{d} Council to offer victims a safe way to contact housing services.", [
            A(f"{d} Council", "Set up a dedicated phone line and email address.", "30/09/2025",
              "Phone line live; email address being set up.", "in_progress"),
            A(f"{d} Council", "Publicise the contact routes with the domestic abuse service.", "31/12/2025",
              "", "not_started"),
        ]),
        R("4", f"{d} Mental Health Trust to consider domestic abuse in every crisis assessment.", [
            A(f"{d} Mental Health Trust", "Add a domestic abuse prompt to the crisis assessment tool.",
              "31/10/2025", "Prompt being tested in one team.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to raise awareness of domestic abuse among older people.", [
            A(f"{d} CSP", "Run a campaign with the local Age UK branch.", "28/02/2026", "", "not_started"),
            A(f"{d} CSP", "Give talks at community centres for older residents.", "31/03/2026",
              "Four talks booked.", "in_progress"),
        ]),
    ]
    return dict(
        name="accordion_details_html", formats=["html"],
        meta=dict(title="Denholm Community Safety Partnership – Domestic Homicide Review 'Paula' – Action Plan",
                  review_id_hint="Denholm DHR Paula", as_at="", documents=[]),
        columns=["Action", "Who", "By when", "Progress"],
        sections=[S("", recs)],
    )


def caps_header_empty_signoff() -> dict[str, Any]:
    """A4 landscape, ruled, Verdana 8 pt: ALL-CAPS abbreviated headers (``REC NO. / RECOMMENDATION /
    ACTION(S) / RESP. AGENCY / TARGET / PROGRESS / UPDATE``) and two template columns on the right that are
    never filled in (``DATE SIGNED OFF``, ``CSP ASSURANCE``); number and recommendation merged."""
    p = "Pennacott"
    recs = [
        R("1", f"{p} Police to make sure that bail conditions are explained to the victim before the "
               "suspect is released.", [
            A(f"{p} Police", "Add the step to the custody release checklist.", "31/03/2025",
              "Checklist updated in March 2025.", "complete"),
            A(f"{p} Police", "Check compliance in a sample of released cases.", "30/09/2025",
              "Sample of thirty cases under review.", "in_progress"),
        ]),
        R("2", f"{p} Hospital Trust to give maternity staff access to the safeguarding record.", [
            A(f"{p} Hospital Trust", "Grant read access to the safeguarding system for midwives.",
              "30/06/2025", "Access granted to all community midwives.", "complete"),
        ]),
        R("3", f"{p} Council to include domestic abuse in its financial hardship assessments.", [
            A(f"{p} Council", "Add a question on economic abuse to the hardship form.", "31/12/2025", "",
              "not_started"),
        ]),
        R("4", f"{p} Children's Services to make sure that the child's voice is recorded in every "
               "strategy discussion.", [
            A(f"{p} Children's Services", "Revise the strategy discussion template.", "31/05/2025",
              "Template revised in May 2025.", "complete"),
            A(f"{p} Children's Services", "Audit twenty strategy discussions.", "31/01/2026",
              "Audit tool agreed.", "in_progress"),
        ]),
        R("5", f"{p} Domestic Abuse Service to offer a support worker who speaks the victim's language.", [
            A(f"{p} Domestic Abuse Service", "Map the languages spoken by the support workers.", "31/08/2025",
              "Mapping complete; nine languages covered.", "complete"),
            A(f"{p} Domestic Abuse Service", "Agree an interpreting contract for other languages.",
              "30/11/2025", "Contract out to tender.", "in_progress"),
        ]),
        R("6", "The Community Safety Partnership to share this review with neighbouring partnerships.", [
            A(f"{p} CSP", "Present the review at the regional DHR network.", "31/10/2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="caps_header_empty_signoff", formats=["docx"],
        meta=dict(title="Pennacott Community Safety Partnership – Domestic Homicide Review 'Joanne' – "
                        "Action Plan",
                  review_id_hint="Pennacott DHR Joanne", as_at="", documents=[]),
        columns=["REC NO.", "RECOMMENDATION", "ACTION(S)", "RESP. AGENCY", "TARGET", "PROGRESS / UPDATE",
                 "DATE SIGNED OFF", "CSP ASSURANCE"],
        sections=[S("", recs)],
    )


# ``closed_column_html``'s ``Closed`` cell, by action text opening (every other action: ``No``).
CLOSED = {
    "Add domestic abuse to the licensing": "Yes – 12/02/2025",
    "Train licensing enforcement officers": "Yes – 30/04/2025",
    "Update the safeguarding adults": "Yes – 18/03/2025",
    "Write to every GP practice": "Yes – 06/05/2025",
    "Add a question on coercive control": "Yes – 21/07/2025",
    "Agree a joint visiting protocol": "Yes – 02/06/2025",
    "Publish the review": "Yes – 15/01/2025",
}


def closed_column_html() -> dict[str, Any]:
    """HTML, Tahoma 9.5 pt, a light CSS grid: a mostly complete plan with a ``Closed`` column (``Yes –
    12/02/2025`` / ``No``) before the progress, headed ``Closure note / latest update``; the rows of
    closed actions in grey text; a line above the table counting the closed actions; number and
    recommendation in ``rowspan`` cells."""
    s = "Stourleigh"
    recs = [
        R("1", f"{s} Council to consider domestic abuse when licensing taxi and private hire drivers.", [
            A(f"{s} Council", "Add domestic abuse to the licensing fit and proper person policy.",
              "31/01/2025", "Policy amended and approved by the licensing committee.", "complete"),
            A(f"{s} Council", "Train licensing enforcement officers on the policy.", "30/04/2025",
              "All six officers trained.", "complete"),
        ]),
        R("2", f"{s} Adult Social Care to treat a disclosure of abuse by an older person as a "
               "safeguarding concern.", [
            A(f"{s} Adult Social Care", "Update the safeguarding adults procedure.", "31/03/2025",
              "Procedure updated in March 2025.", "complete"),
        ]),
        R("3", f"{s} ICB to remind GPs of the referral route to the IDVA service.", [
            A(f"{s} ICB", "Write to every GP practice with the referral route.", "31/05/2025",
              "Letter sent to all 31 practices.", "complete"),
            A(f"{s} ICB", "Add the route to the GP safeguarding intranet page.", "30/09/2025",
              "Page being rebuilt by the communications team.", "in_progress"),
        ]),
        R("4", f"{s} Police to ask about coercive control at every domestic abuse incident.", [
            A(f"{s} Police", "Add a question on coercive control to the risk assessment.", "31/07/2025",
              "Question added in July 2025.", "complete"),
        ]),
        R("5", f"{s} Police and {s} Children's Services to visit together where a child is at risk "
               "from a parent's partner.", [
            A(f"{s} Police", "Agree a joint visiting protocol.", "31/05/2025",
              "Protocol agreed by both agencies.", "complete"),
            A(f"{s} Children's Services", "Review five joint visits under the protocol.", "31/12/2025", "",
              "not_started"),
        ]),
        R("6", "The Community Safety Partnership to publish this review and its action plan.", [
            A(f"{s} CSP", "Publish the review on the partnership's website.", "31/01/2025",
              "Review published on 15 January 2025.", "complete"),
        ]),
    ]
    return dict(
        name="closed_column_html", formats=["html"],
        meta=dict(title="Stourleigh Community Safety Partnership – Domestic Homicide Review 'Teresa' – "
                        "Action Plan",
                  review_id_hint="Stourleigh DHR Teresa", as_at="", documents=[]),
        columns=["#", "Recommendation", "Action", "Owner", "Due", "Closed", "Closure note / latest update"],
        sections=[S("", recs)],
    )


PLANS = [number_row_text_below, month_name_priority, accordion_details_html, caps_header_empty_signoff,
         closed_column_html]
