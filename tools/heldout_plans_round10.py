"""The tenth round of held-out plans' content (tools/heldout_drawing_round10.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# ``carried_forward_year``'s ``Carried forward`` cell for each recommendation number.
CARRIED = {"1": "Yes – from 2024/25", "2": "Yes – from 2024/25", "3": "No – new", "4": "Yes – from 2024/25",
           "5": "No – new", "6": "No – new"}

# ``a3_ten_columns_number_last``'s ``Partner agencies`` cell, by recommendation number.
PARTNERS = {"1": "IDVA service; MARAC coordinator", "2": "GP practices", "3": "Housing associations",
            "4": "Fenbridge ICB", "5": "All partner agencies", "6": "IDVA service; Fenbridge Police"}


def rag_words_first() -> dict[str, Any]:
    """A4 landscape, ruled, Tahoma 9 pt: the RAG colour word (in a cell shaded its colour) the FIRST column,
    before the reference; ``Ref`` and ``Recommendation`` merged over the actions; a named officer as the lead."""
    recs = [
        R("1", "Harlow Heath Police to make sure that a victim who withdraws a complaint is offered a call back "
               "from a specialist officer within seven days.", [
            A("Harlow Heath Police", "Add the call back to the withdrawal procedure.", "31/03/2025",
              "Procedure changed on 17 March 2025.", "complete", rag="Green"),
            A("Harlow Heath Police", "Report the number of call backs made each quarter.", "31/12/2025",
              "First quarter's figures collected.", "in_progress", rag="Amber"),
        ]),
        R("2", "Harlow Heath ICB to remind GP practices to record who attends an appointment with a patient.", [
            A("Harlow Heath ICB", "Publish a reminder in the practice newsletter.", "30/04/2025",
              "Article published in April 2025.", "complete", rag="Green"),
        ]),
        R("3", "Harlow Heath Council's housing service to offer a safety check of the home when a tenant "
               "discloses abuse.", [
            A("Harlow Heath Council", "Agree a target-hardening offer with the fire service.", "31/10/2025",
              "Draft agreement shared with the fire service.", "in_progress", rag="Amber"),
            A("Harlow Heath Council", "Train tenancy officers to make the offer.", "31/01/2026", "",
              "not_started", rag="Red"),
        ]),
        R("4", "Harlow Heath Ambulance Service to pass on a concern about domestic abuse to the patient's GP "
               "after every call where one was raised.", [
            A("Harlow Heath Ambulance Service", "Add a GP notification step to the electronic patient record.",
              "30/09/2025", "Change requested from the record's supplier.", "in_progress", rag="Amber"),
        ]),
        R("5", "The Community Safety Partnership to give local employers guidance on supporting staff who "
               "experience domestic abuse.", [
            A("Harlow Heath CSP", "Write the guidance with the chamber of commerce.", "31/07/2025",
              "Guidance launched at the July business breakfast.", "complete", rag="Green"),
            A("Harlow Heath CSP", "Ask ten large employers to adopt it.", "31/03/2026", "", "not_started",
              rag="Red"),
        ]),
        R("6", "Harlow Heath Probation Service to share a perpetrator's change of address with the police on "
               "the day it is known.", [
            A("Harlow Heath Probation Service", "Add a same-day police notice to the address change process.",
              "31/05/2025", "Process updated in May 2025.", "complete", rag="Green"),
        ]),
    ]
    return dict(
        name="rag_words_first", formats=["docx"],
        meta=dict(title="Harlow Heath Community Safety Partnership – Domestic Homicide Review 'Maya' – Action Plan",
                  review_id_hint="Harlow Heath DHR Maya", as_at="", documents=[]),
        columns=["RAG", "Ref", "Recommendation", "Action", "Responsible officer", "Target date", "Update"],
        sections=[S("", recs)],
    )


def carried_forward_year() -> dict[str, Any]:
    """US Letter portrait, Word ``Table Grid`` with generous cell padding on every side, Garamond 10 pt; a plan
    continued from the previous year with a ``Carried forward`` column; targets written in words (``End of
    March 2026``, ``Ongoing``, ``Completed``); a caption (``Table 2 …``) above the table."""
    recs = [
        R("1", "Elmsworth Police to refer every victim of a third domestic incident in a year to the MARAC, "
               "whatever the risk score.", [
            A("Elmsworth Police", "Change the MARAC referral criteria in the force policy.", "Completed",
              "The criteria were changed in the 2024/25 plan year and are in force.", "complete"),
            A("Elmsworth Police", "Audit referrals made under the new criterion.", "End of September 2025",
              "Audit of April to June referrals under way.", "in_progress"),
        ]),
        R("2", "Elmsworth Mental Health Trust to include a partner's risk to the patient in every care plan "
               "review.", [
            A("Elmsworth Mental Health Trust", "Add the question to the care plan review template.", "Completed",
              "Template in use since January 2025.", "complete"),
        ]),
        R("3", "Elmsworth Council to make sure that adult social care staff can recognise coercive control in "
               "couples over seventy.", [
            A("Elmsworth Council", "Commission a briefing from the older people's domestic abuse project.",
              "End of March 2026", "", "not_started"),
            A("Elmsworth Council", "Add coercive control to the adult social care practice guidance.",
              "Ongoing", "Guidance being redrafted.", "in_progress"),
        ]),
        R("4", "Elmsworth Schools Partnership to make sure that designated safeguarding leads know how to refer "
               "a parent to domestic abuse services.", [
            A("Elmsworth Schools Partnership", "Circulate the referral pathway to every school.", "Completed",
              "Pathway sent to all 61 schools.", "complete"),
        ]),
        R("5", "Elmsworth Job Centre to ask claimants who report a change of address because of abuse whether "
               "they want a referral.", [
            A("Elmsworth Job Centre", "Brief work coaches on the question.", "End of December 2025",
              "Briefing booked for November.", "in_progress"),
        ]),
        R("6", "The Community Safety Partnership to publish the plan's progress on its website twice a year.", [
            A("Elmsworth CSP", "Publish the first six-monthly update.", "End of October 2025", "",
              "not_started"),
            A("Elmsworth CSP", "Agree the publication dates with the board.", "Ongoing",
              "Dates to be agreed at the next board.", "in_progress"),
        ]),
    ]
    return dict(
        name="carried_forward_year", formats=["docx"],
        meta=dict(title="Elmsworth Community Safety Partnership – Domestic Homicide Review 'Hannah' – Action Plan "
                        "2025/26",
                  review_id_hint="Elmsworth DHR Hannah", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Carried forward", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def a3_ten_columns_number_last() -> dict[str, Any]:
    """A3 landscape, Palatino Linotype 10 pt: ten columns with the recommendation number the LAST column; a
    heavy outer box and dotted inner rules; ``Partner agencies`` and ``Start date`` columns besides the lead
    and the target; number and recommendation merged over the actions (the evidence counts)."""
    recs = [
        R("1", "Fenbridge Police and Fenbridge Council to share the outcome of every MARAC action with the "
               "agency that raised the referral.", [
            A("Fenbridge Police", "Add an outcome field to the MARAC action log.", "31/03/2025",
              "Field added in March 2025.", "complete", evidence="Action log template v2"),
            A("Fenbridge Council", "Send the outcome to the referrer within five working days.", "30/09/2025",
              "Outcomes sent in 70% of cases in the first quarter.", "in_progress",
              evidence="Quarterly MARAC performance report"),
        ]),
        R("2", "Fenbridge ICB to make domestic abuse training mandatory for practice nurses.", [
            A("Fenbridge ICB", "Add the training to the practice nurse mandatory list.", "30/06/2025",
              "Added to the list in June 2025.", "complete", evidence="Mandatory training list 2025"),
        ]),
        R("3", "Fenbridge Council to check whether a tenant applying for a transfer is escaping abuse.", [
            A("Fenbridge Council", "Add a screening question to the transfer form.", "31/08/2025",
              "Form redesign under way.", "in_progress", evidence="Revised transfer form"),
            A("Fenbridge Council", "Audit twenty transfer applications.", "31/01/2026", "", "not_started",
              evidence="Audit report to the CSP"),
        ]),
        R("4", "Fenbridge Substance Misuse Service to ask every client about domestic abuse at assessment.", [
            A("Fenbridge Substance Misuse Service", "Add routine enquiry to the assessment tool.", "31/05/2025",
              "Routine enquiry in the tool since May 2025.", "complete", evidence="Assessment tool screenshot"),
        ]),
        R("5", "Fenbridge Community Safety Partnership to set up a panel that checks this plan every "
               "quarter.", [
            A("Fenbridge CSP", "Agree the panel's terms of reference.", "30/04/2025",
              "Terms agreed at the April board.", "complete", evidence="Board minutes April 2025"),
            A("Fenbridge CSP", "Hold the first panel meeting.", "31/12/2025", "", "not_started",
              evidence="Panel minutes"),
        ]),
        R("6", "Fenbridge Probation Service to include a victim's view in every pre-sentence report for a "
               "domestic abuse offence.", [
            A("Fenbridge Probation Service", "Agree with the IDVA service how the view is gathered.",
              "31/10/2025", "Meeting held with the IDVA service.", "in_progress",
              evidence="Joint working agreement"),
        ]),
    ]
    return dict(
        name="a3_ten_columns_number_last", formats=["docx"], evidence=True,
        meta=dict(title="Fenbridge Community Safety Partnership – Domestic Homicide Review 'Lucy' – Action Plan",
                  review_id_hint="Fenbridge DHR Lucy", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Lead agency", "Partner agencies", "Evidence of completion",
                 "Start date", "Target date", "Progress", "Status", "Rec no."],
        sections=[S("", recs)],
    )


def key_value_wide_cell_html() -> dict[str, Any]:
    """HTML, Trebuchet MS 10 pt, dashed rules under the rows: one row per action, ``Ref`` (``2.1``) then one
    wide ``Recommendation and action`` cell holding two labelled blocks (``Recommendation`` and ``Action``,
    the labels bold on lines of their own), the recommendation repeated on each of its actions; then
    ``Lead agency / Due / Progress``."""
    recs = [
        R("1", "Wyecombe Police to record whether children were present at every domestic incident.", [
            A("Wyecombe Police", "Make the children present field mandatory on the incident form.", "31/03/2025",
              "Field mandatory since March 2025.", "complete"),
            A("Wyecombe Police", "Share the monthly count with children's services.", "30/09/2025",
              "First two monthly counts shared.", "in_progress"),
        ]),
        R("2", "Wyecombe Children's Services to see a child alone when a parent discloses domestic abuse.", [
            A("Wyecombe Children's Services", "Add seeing the child alone to the assessment standard.",
              "30/06/2025", "Standard revised in June 2025.", "complete"),
        ]),
        R("3", "Wyecombe Hospital Trust to place an IDVA in the maternity unit two days a week.", [
            A("Wyecombe Hospital Trust", "Agree funding for the post with the ICB.", "31/07/2025",
              "Funding agreed for two years.", "complete"),
            A("Wyecombe Hospital Trust", "Recruit to the post.", "31/12/2025", "", "not_started"),
        ]),
        R("4", "Wyecombe Council to tell a domestic abuse victim in temporary accommodation who to contact out "
               "of hours.", [
            A("Wyecombe Council", "Put the out-of-hours number in every temporary accommodation pack.",
              "31/05/2025", "Packs reprinted in May 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to run a campaign on economic abuse for people in later "
               "life.", [
            A("Wyecombe CSP", "Design the campaign with Age Concern Wyecombe.", "31/10/2025",
              "Designs agreed; printing booked.", "in_progress"),
            A("Wyecombe CSP", "Measure the calls to the helpline during the campaign.", "31/03/2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="key_value_wide_cell_html", formats=["html"],
        meta=dict(title="Wyecombe Community Safety Partnership – Domestic Homicide Review 'Freya' – Action Plan",
                  review_id_hint="Wyecombe DHR Freya", as_at="", documents=[]),
        columns=["Ref", "Recommendation and action", "Lead agency", "Due", "Progress"],
        sections=[S("", recs)],
    )


def lettered_subparts() -> dict[str, Any]:
    """A4 portrait, ruled, Calibri Light 9 pt: recommendations with lettered sub-parts, ``(a)``, ``(b)``, listed
    in the recommendation cell (merged over its actions), each sub-part given its own action row with its
    letter in a ``Part`` column; a recommendation without sub-parts has an empty ``Part`` cell."""
    recs = [
        R("1", "Brockhurst Police to improve its response to stalking by former partners:\n"
               "(a) by recording stalking separately from harassment;\n"
               "(b) by giving every stalking victim a named officer.", [
            A("Brockhurst Police", "Add a stalking flag to the crime recording system.", "31/03/2025",
              "Flag live since March 2025.", "complete"),
            A("Brockhurst Police", "Assign a named officer to each new stalking case.", "30/09/2025",
              "Named officers assigned in two of three districts.", "in_progress"),
        ]),
        R("2", "Brockhurst ICB to make sure that GPs act on a MARAC notification:\n"
               "(a) by coding it on the patient record;\n"
               "(b) by reviewing the record at the next appointment;\n"
               "(c) by telling the practice's safeguarding lead.", [
            A("Brockhurst ICB", "Issue a coding guide to practices.", "30/04/2025",
              "Guide issued in April 2025.", "complete"),
            A("Brockhurst ICB", "Add a review prompt to the clinical system.", "31/10/2025",
              "Prompt being built by the system supplier.", "in_progress"),
            A("Brockhurst ICB", "Send a copy of each notification to the practice lead.", "31/12/2025", "",
              "not_started"),
        ]),
        R("3", "Brockhurst Council to give housing officers domestic abuse training every two years.", [
            A("Brockhurst Council", "Book refresher training for all housing officers.", "30/11/2025",
              "Trainer booked; dates being set.", "in_progress"),
        ]),
        R("4", "Brockhurst Hospital Trust to improve how the emergency department asks about abuse:\n"
               "(a) by asking every adult patient seen alone;\n"
               "(b) by auditing the asking every quarter.", [
            A("Brockhurst Hospital Trust", "Add routine enquiry to the triage form.", "31/05/2025",
              "Triage form updated in May 2025.", "complete"),
            A("Brockhurst Hospital Trust", "Audit fifty triage records each quarter.", "31/03/2026", "",
              "not_started"),
        ]),
        R("5", "The Community Safety Partnership to commission a perpetrator programme for men who are not "
               "before the courts.", [
            A("Brockhurst CSP", "Write the specification for the programme.", "31/01/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="lettered_subparts", formats=["docx"],
        meta=dict(title="Brockhurst Community Safety Partnership – Domestic Homicide Review 'Alice' – Action Plan",
                  review_id_hint="Brockhurst DHR Alice", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Part", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [rag_words_first, carried_forward_year, a3_ten_columns_number_last, key_value_wide_cell_html,
         lettered_subparts]
