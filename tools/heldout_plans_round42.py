"""The forty-second round of held-out plans' content (tools/heldout_drawing_round42.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan whose recommendations are labelled ``R1`` in a narrow first column and whose actions carry
their own ``R1.1`` in a second narrow column; a Word plan whose revised target dates are printed as a
tracked change, the old date struck through in red beside the new one underlined; a Word plan from a
schools-led review whose targets are school terms, ``Spring term 2026``; a web page with one table per
agency under ``<h3>`` headings naming the agency and no lead column; a web page whose lead cell names the
lead agency and, on a line below, the supporting agencies).  Written once and never tuned against.
Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def worded(agency: str, action: str, target: str, progress: str, status: str, **shown: str) -> dict[str, Any]:
    """An action whose status is a word in a column of its own, the update not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=WORDS[status], **shown)


def rec_action_subnumbers_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: a narrow first column ``Rec`` holding ``R1`` (bold, merged
    over the actions) and a second narrow column ``Action`` holding each action's own ``R1.1``, ``R1.2``;
    then the recommendation (merged), the action, lead, target and progress; targets as ``31/03/2026``."""
    t = "Thornbury"
    recs = [
        R("1", f"{t} Police to make sure that a call from a third party about domestic abuse is recorded "
               "against the victim's address.", [
            A(f"{t} Police", "Change the call recording procedure to link third-party calls to the address.",
              "31/03/2026", "Procedure changed in February 2026.", "complete"),
            A(f"{t} Police", "Check a month's third-party calls for the link.", "30/09/2026",
              "Check planned for July.", "in_progress"),
        ], label="R1"),
        R("2", f"{t} Integrated Care Board to make sure that GP practices record who accompanies a patient "
               "who may be a victim of domestic abuse.", [
            A(f"{t} Integrated Care Board", "Issue guidance on recording the person accompanying a patient.",
              "30/06/2026", "Guidance drafted.", "in_progress"),
        ], label="R2"),
        R("3", f"{t} Borough Council to make sure that its anti-social behaviour team asks about domestic "
               "abuse when neighbours complain of noise.", [
            A(f"{t} Borough Council", "Add a domestic abuse prompt to the noise complaint script.",
              "30/04/2026", "Prompt added.", "complete"),
            A(f"{t} Borough Council", "Train the anti-social behaviour officers in the prompt.", "31/07/2026",
              "", "not_started"),
            A(f"{t} Borough Council", "Report the referrals made after the prompt to the partnership.",
              "31/12/2026", "", "not_started"),
        ], label="R3"),
        R("4", f"{t} Probation Service to share a perpetrator's address changes with the MARAC.", [
            A(f"{t} Probation Service", "Add the MARAC to the address change notification.", "31/05/2026",
              "Notification amended.", "complete"),
        ], label="R4"),
        R("5", f"{t} Community Safety Partnership to hold a learning event on the review.", [
            A(f"{t} CSP", "Hold the learning event for practitioners.", "31/10/2026", "Venue booked.",
              "in_progress"),
        ], label="R5"),
    ]
    return dict(
        name="rec_action_subnumbers_docx", formats=["docx"],
        meta=dict(title="Thornbury Community Safety Partnership – Domestic Homicide Review 'Sandra' – "
                        "Action Plan", review_id_hint="Thornbury DHR Sandra", as_at="", documents=[]),
        columns=["Rec", "Action no.", "Recommendation", "Action", "Lead agency", "Target date",
                 "Progress"],
        sections=[S("", recs)],
    )


def struck_old_target_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Georgia 9 pt, ruled: three revised targets printed as a tracked change, the old
    date struck through in red and the new one after it underlined in red (``31/03/2026 30/09/2026``),
    as an italic line above the table says; the annotation's target the new date; number and
    recommendation merged over the actions; progress opening with the status."""
    w = "Wychcombe"
    recs = [
        R("1", f"{w} Police to review every domestic abuse case closed with no further action where the "
               "victim withdrew support.", [
            A(f"{w} Police", "Set up a monthly review of cases closed after withdrawal.", "30/09/2026",
              "First review held in May 2026.", "in_progress"),
            A(f"{w} Police", "Report the review's findings to the partnership.", "31/12/2026", "",
              "not_started"),
        ]),
        R("2", f"{w} Hospitals NHS Trust to make sure that maternity staff see a pregnant woman alone at "
               "least once.", [
            A(f"{w} Hospitals NHS Trust", "Add a seen-alone question to the booking appointment.",
              "31/03/2026", "Question added to the booking record.", "complete"),
        ]),
        R("3", f"{w} Council Adult Social Care to consider coercive control when a carer is the alleged "
               "abuser.", [
            A(f"{w} Council Adult Social Care", "Revise the carer abuse guidance.", "31/08/2026",
              "Revision delayed by the guidance review.", "in_progress"),
            A(f"{w} Council Adult Social Care", "Brief the safeguarding team on the revised guidance.",
              "30/11/2026", "", "not_started"),
        ]),
        R("4", f"{w} Housing Association to record a tenant's disclosure of domestic abuse on the "
               "tenancy file.", [
            A(f"{w} Housing Association", "Add a domestic abuse flag to the tenancy system.", "30/04/2026",
              "Flag live since April 2026.", "complete"),
        ]),
        R("5", f"{w} Community Safety Partnership to send the review to the Home Office.", [
            A(f"{w} CSP", "Send the review and the plan to the Home Office panel.", "31/07/2026",
              "Revised after the family's comments.", "in_progress"),
        ]),
    ]
    return dict(
        name="struck_old_target_docx", formats=["docx"],
        meta=dict(title="Wychcombe Community Safety Partnership – Domestic Homicide Review 'Joan' – "
                        "Action Plan", review_id_hint="Wychcombe DHR Joan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
        old_targets=["31/03/2026", "", "", "31/05/2026", "", "", "", "30/04/2026"],
    )


def school_term_targets_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Verdana 8.5 pt, ruled, the header dark teal: a review led by the education
    partners whose targets are school terms (``Autumn term 2025``, ``Spring term 2026``, ``By the end of
    the summer term 2026``), annotated as written; a ``Status`` column in words after the progress;
    number and recommendation merged over the actions."""
    e = "Elmstead"
    recs = [
        R("1", f"{e} schools to make sure that a child's disclosure of domestic abuse at home is passed to "
               "the designated safeguarding lead the same day.", [
            worded(f"{e} Schools' Safeguarding Network", "Remind every school of the same-day standard.",
                   "Autumn term 2025", "Reminder sent to every head teacher.", "complete"),
            worded(f"{e} Schools' Safeguarding Network", "Audit ten schools' records for the standard.",
                   "Spring term 2026", "Six schools audited.", "in_progress"),
        ]),
        R("2", f"{e} Police to tell a child's school the next morning when officers attend a domestic "
               "abuse incident where the child lives.", [
            worded(f"{e} Police", "Join every school to the Operation Encompass notification.",
                   "Spring term 2026", "92 of 96 schools joined.", "in_progress"),
        ]),
        R("3", f"{e} Council Education Welfare Service to consider domestic abuse when a child's "
               "attendance falls.", [
            worded(f"{e} Council Education Welfare Service", "Add a domestic abuse question to the "
                   "attendance meeting record.", "Summer term 2026", "", "not_started"),
            worded(f"{e} Council Education Welfare Service", "Train the education welfare officers.",
                   "By the end of the summer term 2026", "Trainer booked.", "in_progress"),
        ]),
        R("4", f"{e} Further Education College to make its students aware of the support for young people "
               "in abusive relationships.", [
            worded(f"{e} Further Education College", "Run a healthy relationships week.", "Autumn term 2026",
                   "", "not_started"),
        ]),
        R("5", f"{e} Community Safety Partnership to share the review's learning with the governors.", [
            worded(f"{e} CSP", "Present the learning at the governors' termly briefing.", "Spring term 2026",
                   "Presented in February 2026.", "complete"),
        ]),
    ]
    return dict(
        name="school_term_targets_docx", formats=["docx"],
        meta=dict(title="Elmstead Community Safety Partnership – Domestic Homicide Review 'Kelly' – "
                        "Action Plan", review_id_hint="Elmstead DHR Kelly", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target (school term)", "Progress",
                 "Status"],
        sections=[S("", recs)],
    )


def agency_h3_tables_html() -> dict[str, Any]:
    """HTML, Arial 10 pt, CSS borders: one table per agency under an ``<h3>`` naming it (the owner and
    agency of every action in it), each with its own header row ``No. / Recommendation / Action / Target
    date / Progress`` and no lead column; number and recommendation in ``rowspan`` cells; dates as
    ``31 March 2026``."""
    g = "Greyhaven"
    police, icb, council = f"{g} Police", f"{g} Integrated Care Board", f"{g} City Council"
    return dict(
        name="agency_h3_tables_html", formats=["html"],
        meta=dict(title="Greyhaven Safer City Partnership – Domestic Homicide Review 'Ruth' – Action Plan",
                  review_id_hint="Greyhaven DHR Ruth", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Target date", "Progress"],
        sections=[
            S(police, [
                R("1", "Make sure that a breach of a non-molestation order is investigated as a criminal "
                       "offence.", [
                    A(police, "Brief response officers on the offence of breach.", "31 March 2026",
                      "Briefing given to every shift.", "complete"),
                    A(police, "Audit twenty breach reports for a criminal investigation.", "30 September 2026",
                      "", "not_started"),
                ]),
                R("2", "Make sure that the victim's wishes are recorded at every domestic abuse arrest.", [
                    A(police, "Add the victim's wishes to the arrest record.", "30 June 2026",
                      "System change requested.", "in_progress"),
                ]),
            ]),
            S(icb, [
                R("3", "Make sure that GP practices follow up a patient who misses appointments after a "
                       "disclosure of domestic abuse.", [
                    A(icb, "Issue a was-not-brought style follow-up guide for adults.", "31 May 2026",
                      "Guide in consultation.", "in_progress"),
                    A(icb, "Check the guide's use in five practices.", "31 December 2026", "", "not_started"),
                ]),
            ]),
            S(council, [
                R("4", "Make sure that housing officers know the specialist services they can refer a "
                       "victim to.", [
                    A(council, "Publish a directory of local services for housing officers.", "30 April 2026",
                      "Directory published.", "complete"),
                ]),
                R("5", "Make sure that the review's learning reaches the council's contact centre.", [
                    A(council, "Add the learning to the contact centre's induction.", "31 July 2026",
                      "Induction pack being revised.", "in_progress"),
                ]),
            ]),
        ],
    )


def lead_support_agencies_html() -> dict[str, Any]:
    """HTML, Trebuchet MS 9.5 pt, CSS borders: a ``Lead and supporting agencies`` column whose cell names
    the lead on its first line (``Lead: Harlow Vale Police``, the label bold) and the supporting agencies
    on a second line (``Supporting: IDVA service, Children's Services``); the annotation's agency the lead;
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``31.03.2026``."""
    v = "Harlow Vale"
    recs = [
        R("1", f"{v} Police to make sure that a victim is offered a referral to the IDVA service at every "
               "high-risk incident.", [
            A(f"{v} Police", "Add the IDVA referral to the high-risk incident checklist.", "31.03.2026",
              "Checklist amended.", "complete"),
            A(f"{v} Police", "Report the referral rate each quarter.", "30.09.2026", "First report due in July.",
              "in_progress"),
        ]),
        R("2", f"{v} Children's Services to include the non-abusing parent in every child protection "
               "safety plan.", [
            A(f"{v} Children's Services", "Revise the safety plan template.", "30.06.2026",
              "Template being tested.", "in_progress"),
        ]),
        R("3", f"{v} Integrated Care Board to make sure that a victim's health records are not visible to "
               "the perpetrator through the patient app.", [
            A(f"{v} Integrated Care Board", "Issue guidance to practices on restricting app access.",
              "31.05.2026", "", "not_started"),
            A(f"{v} Integrated Care Board", "Check app access in ten flagged records.", "31.10.2026", "",
              "not_started"),
        ]),
        R("4", f"{v} Borough Council to give a victim priority on the housing register when fleeing abuse.", [
            A(f"{v} Borough Council", "Amend the allocations policy.", "30.04.2026", "Policy amended.",
              "complete"),
        ]),
        R("5", f"{v} Community Safety Partnership to track the plan to completion.", [
            A(f"{v} CSP", "Review the plan at every board meeting.", "31.03.2027", "Standing agenda item.",
              "in_progress"),
        ]),
    ]
    return dict(
        name="lead_support_agencies_html", formats=["html"],
        meta=dict(title="Harlow Vale Community Safety Partnership – Domestic Homicide Review 'Anne' – "
                        "Action Plan", review_id_hint="Harlow Vale DHR Anne", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead and supporting agencies", "Target date", "Progress"],
        sections=[S("", recs)],
        support=["IDVA service, Children's Services", "", "Harlow Vale Police, Education", "GP practices",
                 "Patient app supplier", "Refuge provider, IDVA service", "All partners"],
    )


PLANS = [rec_action_subnumbers_docx, struck_old_target_docx, school_term_targets_docx, agency_h3_tables_html,
         lead_support_agencies_html]
