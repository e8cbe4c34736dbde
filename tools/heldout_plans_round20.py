"""The twentieth round of held-out plans' content (tools/heldout_drawing_round20.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

RAG_OF = {"complete": "Green", "in_progress": "Amber", "not_started": "Red"}


def G(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose RAG colour follows its status (green done, amber under way, red not begun)."""
    return A(agency, action, target, progress, status, rag=RAG_OF[status])


def excel_page_ranges_docx() -> dict[str, Any]:
    """A spreadsheet tracker printed from Excel, A4 landscape, Calibri 10 pt, thin grey gridlines on
    every cell: the sheet too wide for a page, so the print runs down then over, the left-hand
    columns (``Rec ID / Recommendation / Action ID / Action``) on the first page and the right-hand
    columns (``Lead agency / Target date / RAG / Progress update``) on the next, with no key column
    repeated there (only the print title row); dates in Excel's ``31-Mar-25`` form."""
    m = "Marrowdene"
    recs = [
        R("1", f"{m} Police to record the children present at every domestic abuse incident and share "
               "their names with the school within two working days.", [
            G(f"{m} Police", "Add a mandatory children-present field to the incident log.", "31-Mar-25",
              "Field mandatory since March 2025.", "complete"),
            G(f"{m} Police", "Set up the Operation Encompass notification to all schools in the district.",
              "30-Sep-25", "Notifications live for primary schools; secondary schools to follow.",
              "in_progress"),
        ]),
        R("2", f"{m} ICB to make sure that a patient's disclosure of abuse at a walk-in centre reaches "
               "the patient's own GP.", [
            G(f"{m} ICB", "Agree a disclosure notification template with the walk-in centre provider.",
              "30-Jun-25", "Template agreed and in use from June 2025.", "complete"),
        ]),
        R("3", f"{m} District Council to consider the tenant's safety before offering a mutual exchange "
               "to a household with a domestic abuse history.", [
            G(f"{m} District Council", "Add a safety question to the mutual exchange checklist.", "31-Aug-25",
              "Draft checklist with the housing options manager.", "in_progress"),
            G(f"{m} District Council", "Review ten mutual exchanges approved in 2025.", "28-Feb-26", "",
              "not_started"),
        ]),
        R("4", f"{m} Drug and Alcohol Service to ask every client about abuse in their relationships "
               "at assessment and at each review.", [
            G(f"{m} Drug and Alcohol Service", "Build the question into the assessment and review forms.",
              "31-Jul-25", "Forms changed in July 2025; staff briefed at team meetings.", "complete"),
            G(f"{m} Drug and Alcohol Service", "Audit twenty client records for the question.", "31-Jan-26",
              "First ten records audited; the question was asked in eight.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to check the plan's progress at every board meeting "
               "until all actions are complete.", [
            G(f"{m} CSP", "Make the action plan a standing item on the board agenda.", "30-Apr-25",
              "Standing item since April 2025.", "complete"),
        ]),
    ]
    return dict(
        name="excel_page_ranges_docx", formats=["docx"],
        meta=dict(title="Marrowdene Community Safety Partnership – Domestic Homicide Review 'Leonie' – "
                        "Action Plan Tracker",
                  review_id_hint="Marrowdene DHR Leonie", as_at="", documents=[]),
        columns=["Rec ID", "Recommendation", "Action ID", "Action", "Lead agency", "Target date", "RAG",
                 "Progress update"],
        sections=[S("", recs)],
    )


def recs_then_actions_html() -> dict[str, Any]:
    """HTML, Noto Sans 10 pt, grey CSS grid: the recommendations in one table (``No. /
    Recommendation``) and the actions in a second table below (``Action / Rec no. / Lead agency /
    What we will do / By / Update``), the two tied only by the recommendation's number; the actions
    numbered ``A1`` … and listed by lead agency, not by recommendation; targets ``By 30/06/2025``."""
    f = "Fellbridge"
    recs = [
        R("1", f"{f} Police and {f} Borough Council to share information about anti-social behaviour "
               "complaints that may hide domestic abuse.", [
            A(f"{f} Police", "Add a domestic abuse screening question to anti-social behaviour referrals.",
              "By 30/06/2025", "The question has been on the referral form since June 2025.", "complete"),
            A(f"{f} Borough Council", "Train the anti-social behaviour team to spot signs of abuse.",
              "By 31/10/2025", "Training booked for October 2025.", "in_progress"),
        ]),
        R("2", f"{f} Hospital Trust to offer an independent domestic violence adviser in the emergency "
               "department.", [
            A(f"{f} Hospital Trust", "Fund a hospital IDVA post for two years.", "By 31/05/2025",
              "Post filled in May 2025.", "complete"),
            A(f"{f} Hospital Trust", "Report the hospital IDVA's referrals to the partnership each quarter.",
              "By 31/03/2026", "", "not_started"),
        ]),
        R("3", f"{f} Borough Council to tell a victim in temporary accommodation when the perpetrator "
               "is housed nearby.", [
            A(f"{f} Borough Council", "Write a procedure for placing perpetrators away from victims.",
              "By 30/09/2025", "Procedure drafted; legal advice awaited.", "in_progress"),
        ]),
        R("4", f"{f} Police to review how officers respond to breaches of non-molestation orders.", [
            A(f"{f} Police", "Dip-sample twenty breach reports from the last year.", "By 31/08/2025",
              "Dip sample done; arrests made in fourteen of twenty.", "complete"),
            A(f"{f} Police", "Issue a briefing on positive action for breaches.", "By 31/12/2025",
              "Briefing written and awaiting sign-off.", "in_progress"),
        ]),
        R("5", f"{f} Community Safety Partnership to make sure that the victim's family can read the "
               "final report before it is published.", [
            A(f"{f} CSP", "Agree a family preview step in the publication procedure.", "By 30/04/2025",
              "Step added to the procedure in April 2025.", "complete"),
        ]),
    ]
    return dict(
        name="recs_then_actions_html", formats=["html"],
        meta=dict(title="Fellbridge Community Safety Partnership – Domestic Homicide Review 'Delyth' – "
                        "Recommendations and Action Plan",
                  review_id_hint="Fellbridge DHR Delyth", as_at="", documents=[]),
        columns=["Action", "Rec no.", "Lead agency", "What we will do", "By", "Update"],
        sections=[S("", recs)],
    )


def nested_bullets_b5_docx() -> dict[str, Any]:
    """B5 portrait DOCX, Bahnschrift 9 pt, ruled: a table of two columns only (``Recommendation`` /
    ``Response``), the response cell a Word multi-level bullet list: each action a ``•`` item, its
    lead and timescale ``o`` items under it (``Lead: …``, ``Timescale: …``), its progress a ``▪`` item
    under an ``o Progress`` item; timescales as financial quarters (``Q2 2025/26``)."""
    hc = "Hollin Cross"
    recs = [
        R("1", f"{hc} Police to make sure that a victim who withdraws a complaint is offered a referral "
               "to specialist support.", [
            A(f"{hc} Police", "Add a support referral prompt to the withdrawal statement form.", "Q1 2025/26",
              "The prompt is on the form and in use.", "complete"),
            A(f"{hc} Police", "Check thirty withdrawal statements for the referral.", "Q3 2025/26",
              "Twelve checked so far.", "in_progress"),
        ]),
        R("2", f"{hc} ICB to remind GPs that a patient's injuries can be a sign of domestic abuse.", [
            A(f"{hc} ICB", "Send a safeguarding bulletin on injuries and domestic abuse to every practice.",
              "Q1 2025/26", "Bulletin sent to all 41 practices.", "complete"),
        ]),
        R("3", f"{hc} Council Adult Social Care to involve the specialist domestic abuse service in "
               "carers' assessments where abuse is suspected.", [
            A(f"{hc} Adult Social Care", "Agree a consultation route with the domestic abuse service.",
              "Q2 2025/26", "Route agreed in principle; to be written into guidance.", "in_progress"),
            A(f"{hc} Adult Social Care", "Brief the carers' assessment team on the route.", "Q4 2025/26", "",
              "not_started"),
        ]),
        R("4", f"{hc} Children's Services to check for domestic abuse when a child is excluded from "
               "school more than once in a term.", [
            A(f"{hc} Children's Services", "Agree the check with the education inclusion service.",
              "Q3 2025/26", "First meeting held with the inclusion service.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to share the review's learning with faith groups.", [
            A(f"{hc} CSP", "Hold two learning events with faith leaders.", "Q2 2025/26",
              "Both events held; 37 faith leaders attended.", "complete"),
            A(f"{hc} CSP", "Give faith groups a short guide to local support services.", "Q4 2025/26", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="nested_bullets_b5_docx", formats=["docx"],
        meta=dict(title="Hollin Cross Safer Communities Partnership – Domestic Homicide Review 'Rosalind' – "
                        "Action Plan",
                  review_id_hint="Hollin Cross DHR Rosalind", as_at="", documents=[]),
        columns=["Recommendation", "Response"],
        sections=[S("", recs)],
    )


def rag_fill_sublettered_html() -> dict[str, Any]:
    """HTML, Palatino 9.5 pt, CSS borders: recommendations numbered as the report's paragraphs
    (``6.1`` … ``6.5``) and their actions lettered on from them (``6.1a``, ``6.1b``) in a ``Ref``
    column, the recommendation's number written nowhere else; the RAG only as the fill colour of a
    narrow last cell, with no word in it, and a key of coloured swatches above the table; dates
    ``31.03.25``."""
    q = "Quarrydown"
    recs = [
        R("6.1", f"{q} Police to make sure that officers take photographs of injuries at every domestic "
                 "abuse incident.", [
            G(f"{q} Police", "Issue body-worn camera guidance on recording injuries.", "31.05.25",
              "Guidance issued in May 2025.", "complete"),
            G(f"{q} Police", "Audit twenty incident files for photographs.", "30.11.25",
              "Audit under way; eight files checked.", "in_progress"),
        ]),
        R("6.2", f"{q} ICB to make sure that health visitors ask about domestic abuse at the new birth "
                 "visit when the father is present.", [
            G(f"{q} ICB", "Revise the new birth visit guidance to ask for time alone with the mother.",
              "31.07.25", "Guidance revised and shared with the health visiting teams.", "complete"),
        ]),
        R("6.3", f"{q} Borough Council to check the council tax records of a victim who moves into "
                 "refuge so that her new address is not disclosed.", [
            G(f"{q} Borough Council", "Add a refuge address marker to the council tax system.", "30.09.25",
              "Supplier asked to quote for the change.", "in_progress"),
            G(f"{q} Borough Council", "Write a procedure for handling refuge addresses.", "31.12.25", "",
              "not_started"),
        ]),
        R("6.4", f"{q} Probation Service to tell the police when a perpetrator on licence starts a new "
                 "relationship.", [
            G(f"{q} Probation Service", "Add the notification to the licence management checklist.",
              "30.06.25", "Checklist updated in June 2025.", "complete"),
        ]),
        R("6.5", "The Community Safety Partnership to publish the plan's progress every six months.", [
            G(f"{q} CSP", "Publish a progress summary on the council website.", "31.10.25",
              "First summary published in October 2025.", "complete"),
            G(f"{q} CSP", "Send the summary to the victim's family.", "31.10.25", "", "not_started"),
        ]),
    ]
    return dict(
        name="rag_fill_sublettered_html", formats=["html"],
        meta=dict(title="Quarrydown Community Safety Partnership – Domestic Homicide Review 'Frances' – "
                        "Action Plan",
                  review_id_hint="Quarrydown DHR Frances", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Target", "Progress", "RAG"],
        sections=[S("", recs)],
    )


def agency_header_tables_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Verdana 8.5 pt, ruled: a table per agency, the agency named only in its
    table's own header row, whose action column is headed ``<Agency> actions`` (``Kestlewick Police
    actions``), repeated on each page; no agency column; the recommendations' numbers jump from table
    to table (each agency's own recommendations); dates with ordinals (``31st March 2025``)."""
    k = "Kestlewick"
    police = [
        R("1", f"{k} Police to check the firearms licensing record at every domestic abuse incident.", [
            A(f"{k} Police", "Link the firearms licensing record to the incident system.", "31st March 2025",
              "Link live since March 2025.", "complete"),
            A(f"{k} Police", "Brief response officers on the firearms check.", "30th June 2025",
              "Briefing given to four of five response teams.", "in_progress"),
        ]),
        R("4", f"{k} Police to offer every high-risk victim a named officer.", [
            A(f"{k} Police", "Pilot named officers in the eastern area.", "31st December 2025",
              "Pilot started in September 2025.", "in_progress"),
        ]),
    ]
    health = [
        R("2", f"{k} Mental Health Trust to record the views of a patient's partner when planning "
               "discharge.", [
            A(f"{k} Mental Health Trust", "Add a partner's views section to the discharge plan.",
              "31st July 2025", "Section added in July 2025.", "complete"),
            A(f"{k} Mental Health Trust", "Audit fifteen discharge plans for the section.", "31st January 2026",
              "", "not_started"),
        ]),
        R("5", f"{k} Mental Health Trust to train its crisis team on coercive control.", [
            A(f"{k} Mental Health Trust", "Deliver coercive control training to the crisis team.",
              "30th September 2025", "Training delivered to 22 of 30 staff.", "in_progress"),
        ]),
    ]
    council = [
        R("3", f"{k} City Council to give victims advice on their tenancy rights when they report abuse to "
               "a housing officer.", [
            A(f"{k} City Council", "Write a tenancy rights leaflet for victims.", "31st May 2025",
              "Leaflet published in May 2025.", "complete"),
            A(f"{k} City Council", "Train housing officers to give the advice.", "31st October 2025", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="agency_header_tables_docx", formats=["docx"],
        meta=dict(title="Kestlewick Community Safety Partnership – Domestic Homicide Review 'Philippa' – "
                        "Action Plan by Agency",
                  review_id_hint="Kestlewick DHR Philippa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Actions", "Target date", "Progress"],
        sections=[S(f"{k} Police", police), S(f"{k} Mental Health Trust", health), S(f"{k} City Council", council)],
    )


PLANS = [excel_page_ranges_docx, recs_then_actions_html, nested_bullets_b5_docx, rag_fill_sublettered_html,
         agency_header_tables_docx]
