"""The eighteenth round of held-out plans' content (tools/heldout_drawing_round18.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def stacked_cards_print_html() -> dict[str, Any]:
    """HTML, a responsive table whose print style sheet stacks it into cards: no header row in print,
    each row a bordered box, each cell a line opening with its column's name (``data-label``); the
    recommendation's number and text repeated on each of its action rows; ISO dates (``2025-03-31``)."""
    k = "Kestrelford"
    recs = [
        R("1", f"{k} Police to make sure that a victim's previous reports are checked before a risk "
               "assessment is graded.", [
            A(f"{k} Police", "Add a history check to the risk assessment workflow.", "2025-06-30",
              "Check added to the workflow in June 2025.", "complete"),
            A(f"{k} Police", "Dip-sample thirty graded assessments for the check.", "2025-12-31",
              "Eighteen of thirty sampled; the check was made in sixteen.", "in_progress"),
        ]),
        R("2", f"{k} ICB to make sure that a GP is told when a patient is discussed at the MARAC.", [
            A(f"{k} ICB", "Agree a MARAC notification route with every GP practice.", "2025-09-30",
              "Route agreed with 41 of 44 practices.", "in_progress"),
        ]),
        R("3", f"{k} District Council to give its housing staff training on coercive control.", [
            A(f"{k} District Council", "Commission a half-day course from the local domestic abuse service.",
              "2025-05-31", "Course commissioned and first session held in May 2025.", "complete"),
            A(f"{k} District Council", "Make the course mandatory for new housing staff.", "2026-03-31", "",
              "not_started"),
        ]),
        R("4", f"{k} Substance Misuse Service to ask every client about domestic abuse at assessment "
               "and review.", [
            A(f"{k} Substance Misuse Service", "Add routine enquiry to the assessment and review forms.",
              "2025-07-31", "Forms changed in July 2025.", "complete"),
        ]),
        R("5", f"{k} Children's Services to consider the risk from an absent parent in every child and "
               "family assessment.", [
            A(f"{k} Children's Services", "Update the assessment practice guidance.", "2025-10-31",
              "Guidance drafted and with the practice standards group.", "in_progress"),
            A(f"{k} Children's Services", "Audit ten assessments for the absent parent's risk.", "2026-04-30",
              "", "not_started"),
        ]),
        R("6", "The Community Safety Partnership to check the progress of this plan at every board "
               "meeting.", [
            A(f"{k} CSP", "Add the plan to the board's standing agenda.", "2025-04-30",
              "Standing item since the April 2025 board.", "complete"),
        ]),
    ]
    return dict(
        name="stacked_cards_print_html", formats=["html"],
        meta=dict(title="Kestrelford Community Safety Partnership – Domestic Homicide Review 'Lena' – "
                        "Action Plan",
                  review_id_hint="Kestrelford DHR Lena", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Due date", "Progress"],
        sections=[S("", recs)],
    )


def dl_actions_cms_html() -> dict[str, Any]:
    """HTML, a CMS page with a cookie banner, site navigation, a breadcrumb and a footer of many links:
    each recommendation an ``<h2>`` and a paragraph, each action a ``<dl>`` of term / definition pairs
    (``Action``, ``Lead agency``, ``Target date``, ``Progress``) laid out as two columns by CSS."""
    m = "Marlowe Vale"
    recs = [
        R("1", f"{m} Police to make sure that officers attending a domestic incident speak to the victim "
               "away from the suspect.", [
            A(f"{m} Police", "Add a prompt to the body-worn video briefing and the incident log.",
              "30 June 2025", "Prompt added to both in June 2025.", "complete"),
            A(f"{m} Police", "Check forty incident logs for the victim being spoken to alone.",
              "31 December 2025", "Twenty-two logs checked; the victim was seen alone in nineteen.",
              "in_progress"),
        ]),
        R("2", f"{m} Hospital Trust to make sure that emergency department staff ask about domestic abuse "
               "when an injury is not explained.", [
            A(f"{m} Hospital Trust", "Add a routine enquiry question to the emergency department triage.",
              "30 September 2025", "Question added; use is reported to the safeguarding committee.",
              "complete"),
        ]),
        R("3", f"{m} Borough Council to tell the domestic abuse service when a victim's homelessness "
               "application is closed.", [
            A(f"{m} Borough Council", "Change the closure letter procedure to copy the service, with consent.",
              "31 August 2025", "Procedure drafted; consent wording with legal services.", "in_progress"),
            A(f"{m} Borough Council", "Train housing options officers on the new procedure.",
              "31 January 2026", "", "not_started"),
        ]),
        R("4", f"{m} Probation Service to check police call-outs to a person's address before a licence "
               "review.", [
            A(f"{m} Probation Service", "Add a police call-out check to the licence review template.",
              "31 July 2025", "Template changed in July 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to publish a leaflet for neighbours on how to report "
               "concerns about domestic abuse.", [
            A(f"{m} CSP", "Write the leaflet with the domestic abuse forum.", "31 October 2025",
              "Draft leaflet agreed by the forum.", "in_progress"),
            A(f"{m} CSP", "Deliver the leaflet to every household in the ward.", "31 March 2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="dl_actions_cms_html", formats=["html"],
        meta=dict(title="Marlowe Vale Community Safety Partnership – Domestic Homicide Review 'Sophie' – "
                        "Action Plan",
                  review_id_hint="Marlowe Vale DHR Sophie", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


STATUS_ICON = {"complete": "✅", "in_progress": "⚠️", "not_started": "❌"}


def emoji_status_rowth_html() -> dict[str, Any]:
    """HTML, an exported tracker: the first column an emoji status icon with a legend above; the action
    a ``<th scope="row">`` in the middle of the row; a sticky header; US dates (``09/30/2025``); the
    progress in a ``Latest update (09/30/2025)`` column."""
    q = "Quarrington"
    recs = [
        R("1", f"{q} Police to record whether children were present at every domestic abuse incident.", [
            A(f"{q} Police", "Make the children-present field mandatory on the incident record.", "05/31/2025",
              "Field mandatory since May 2025.", "complete"),
            A(f"{q} Police", "Report compliance to the safeguarding board each quarter.", "03/31/2026",
              "First two quarterly reports made; 94% compliance.", "in_progress"),
        ]),
        R("2", f"{q} ICB to make sure that health visitors ask about domestic abuse at every new birth "
               "visit.", [
            A(f"{q} ICB", "Add the question to the new birth visit template.", "06/30/2025",
              "Question added in June 2025.", "complete"),
        ]),
        R("3", f"{q} City Council to flag addresses with a history of domestic abuse in its repairs "
               "system.", [
            A(f"{q} City Council", "Agree the criteria for a flag with the police and the IDVA service.",
              "09/30/2025", "Criteria agreed in principle; data sharing agreement being drafted.",
              "in_progress"),
            A(f"{q} City Council", "Switch on the flag in the repairs system.", "02/28/2026", "",
              "not_started"),
        ]),
        R("4", f"{q} Mental Health Trust to share risk information with the IDVA when a patient is a "
               "victim of domestic abuse.", [
            A(f"{q} Mental Health Trust", "Name the IDVA service in the trust's information sharing policy.",
              "07/31/2025", "Policy updated and published in July 2025.", "complete"),
        ]),
        R("5", f"{q} Community Safety Partnership to review the support for victims aged over 60.", [
            A(f"{q} CSP", "Map the services open to older victims.", "10/31/2025",
              "Mapping under way with Age Concern Quarrington.", "in_progress"),
            A(f"{q} CSP", "Report gaps and proposals to the partnership board.", "01/31/2026", "",
              "not_started"),
        ]),
        R("6", f"{q} Adult Social Care to include domestic abuse in its carers' assessment.", [
            A(f"{q} Adult Social Care", "Add a domestic abuse section to the carers' assessment form.",
              "08/31/2025", "Section added in August 2025.", "complete"),
        ]),
    ]
    return dict(
        name="emoji_status_rowth_html", formats=["html"],
        meta=dict(title="Quarrington Community Safety Partnership – Domestic Homicide Review 'Ayesha' – "
                        "Action Tracker",
                  review_id_hint="Quarrington DHR Ayesha", as_at="", documents=[]),
        columns=["Status", "Rec", "Recommendation", "Action", "Owner", "Due", "Latest update (09/30/2025)"],
        sections=[S("", recs)],
    )


def two_text_columns_docx() -> dict[str, Any]:
    """A4 portrait DOCX in two newspaper columns (an annual report's appendix), Lato 7 pt: the plan a
    narrow ruled table one text column wide, flowing down the left column under the report's numbered
    paragraphs, then the right, its header repeated."""
    f = "Fallowmere"
    recs = [
        R("1", f"{f} Police to make sure that a second officer reviews every decision not to arrest at a "
               "domestic abuse incident.", [
            A(f"{f} Police", "Add a supervisor review to the no-arrest decision record.", "31 May 2025",
              "Review added to the record in May 2025.", "complete"),
            A(f"{f} Police", "Audit twenty no-arrest decisions.", "30 Nov 2025",
              "Audit of twelve done; eleven reviewed properly.", "in_progress"),
        ]),
        R("2", f"{f} ICB to make sure that practices follow up a patient who discloses abuse and misses "
               "the next appointment.", [
            A(f"{f} ICB", "Issue follow-up guidance to all practices.", "30 Jun 2025",
              "Guidance issued in June 2025.", "complete"),
        ]),
        R("3", f"{f} Borough Council to offer a safety plan to every victim placed in temporary "
               "accommodation.", [
            A(f"{f} Borough Council", "Write a safety planning template for temporary accommodation.",
              "31 Aug 2025", "Template written and in use.", "complete"),
            A(f"{f} Borough Council", "Train the temporary accommodation team.", "31 Dec 2025",
              "Half of the team trained.", "in_progress"),
        ]),
        R("4", f"{f} Ambulance Service to record domestic abuse concerns raised by crews.", [
            A(f"{f} Ambulance Service", "Add a domestic abuse concern code to the patient care record.",
              "31 Mar 2026", "", "not_started"),
        ]),
        R("5", f"{f} Children's Services to share a child protection plan's end with the police.", [
            A(f"{f} Children's Services", "Change the case closure checklist.", "31 Jul 2025",
              "Checklist changed in July 2025.", "complete"),
            A(f"{f} Children's Services", "Check ten closures for the notification.", "31 Jan 2026", "",
              "not_started"),
        ]),
        R("6", "The Community Safety Partnership to train its members' staff on economic abuse.", [
            A(f"{f} CSP", "Run four economic abuse workshops.", "31 Oct 2025",
              "Two workshops run, 64 staff attended.", "in_progress"),
        ]),
    ]
    return dict(
        name="two_text_columns_docx", formats=["docx"],
        meta=dict(title="Fallowmere Community Safety Partnership – Domestic Homicide Review 'Megan' – "
                        "Action Plan",
                  review_id_hint="Fallowmere DHR Megan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Due", "Progress"],
        sections=[S("", recs)],
    )


def text_box_key_facts_docx() -> dict[str, Any]:
    """A4 portrait DOCX, rules under the rows only: two floating text boxes on the first page (an
    ``At a glance`` panel and a ``How to read this plan`` panel stacked at the top right, the title and
    introduction wrapping beside them), then the plan table; long-form US dates (``March 31, 2026``)."""
    h = "Hawksmoor"
    recs = [
        R("1", f"{h} Police to refer every repeat victim to the IDVA service, whatever the risk grading.", [
            A(f"{h} Police", "Change the referral policy to include repeat victims.", "June 30, 2025",
              "Policy changed in June 2025.", "complete"),
            A(f"{h} Police", "Report repeat victim referrals to the MARAC steering group.", "March 31, 2026",
              "Reported in September; 71 referrals in the quarter.", "in_progress"),
        ]),
        R("2", f"{h} ICB to make sure that GPs record a patient's disclosure of abuse with a clinical code.", [
            A(f"{h} ICB", "Circulate the coding guidance to practices.", "May 31, 2025",
              "Guidance circulated in May 2025.", "complete"),
            A(f"{h} ICB", "Audit the use of the code in ten practices.", "December 31, 2025", "",
              "not_started"),
        ]),
        R("3", f"{h} Council to make sure that its debt recovery team can recognise economic abuse.", [
            A(f"{h} Council", "Train the debt recovery team on economic abuse.", "September 30, 2025",
              "Training delivered to 22 of 25 officers.", "in_progress"),
        ]),
        R("4", f"{h} Recovery Partnership to invite partners to review meetings for clients at risk of "
               "abuse.", [
            A(f"{h} Recovery Partnership", "Change the review meeting procedure.", "July 31, 2025",
              "Procedure changed in July 2025.", "complete"),
        ]),
        R("5", f"{h} Children's Services to ask about domestic abuse when a child is excluded from "
               "school.", [
            A(f"{h} Children's Services", "Add the question to the exclusion referral form.",
              "October 31, 2025", "Form redesigned; goes live in November.", "in_progress"),
            A(f"{h} Children's Services", "Brief school inclusion officers.", "January 31, 2026", "",
              "not_started"),
        ]),
        R("6", "The Community Safety Partnership to publish the action plan's progress every six months.", [
            A(f"{h} CSP", "Publish the first progress report on the partnership website.", "April 30, 2025",
              "Published in April 2025.", "complete"),
        ]),
    ]
    return dict(
        name="text_box_key_facts_docx", formats=["docx"],
        meta=dict(title="Hawksmoor Safer Communities Partnership – Domestic Homicide Review 'Joanne' – "
                        "Action Plan",
                  review_id_hint="Hawksmoor DHR Joanne", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [stacked_cards_print_html, dl_actions_cms_html, emoji_status_rowth_html, two_text_columns_docx,
         text_box_key_facts_docx]
