"""The twenty-fourth round of held-out plans' content (tools/heldout_drawing_round24.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(agency bands inside the table with recommendations numbered per agency, recommendations listed above a
table that refers to them only by number, a table restarting on each page with its columns in another
order, a web page set in two newspaper columns with the table spanning both, a tracker whose rows are
sorted by due date so that a recommendation's actions lie apart).  Written once and never tuned against.
Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def agency_band_numbered_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: one table in which each agency's recommendations sit under
    a shaded band row spanning the table that names the agency (the owner), and are numbered within it
    (``Police 1``, ``Police 2``, ``Council 1``) in the ``No.`` column; number and recommendation merged
    over the actions; dates as ``30/09/2025``."""
    m = "Marrowby"
    police = [
        R("Police 1", f"{m} Police to record the outcome of every DASH risk assessment on the crime record.", [
            A(f"{m} Police", "Add a mandatory outcome field to the crime record.", "30/09/2025",
              "Field live since September 2025.", "complete"),
            A(f"{m} Police", "Audit thirty crime records for the field.", "31/03/2026",
              "Audit of the first ten records done.", "in_progress"),
        ]),
        R("Police 2", f"{m} Police to refer every high-risk victim to the IDVA service within 24 hours.", [
            A(f"{m} Police", "Set a 24-hour referral standard in the force procedure.", "31/10/2025",
              "Procedure amended.", "complete"),
        ]),
    ]
    council = [
        R("Council 1", f"{m} Borough Council to train housing officers to ask about domestic abuse at "
                       "every tenancy visit.", [
            A(f"{m} Borough Council", "Deliver training to all housing officers.", "31/12/2025",
              "Two of four sessions held.", "in_progress"),
            A(f"{m} Borough Council", "Add the question to the tenancy visit form.", "31/01/2026", "",
              "not_started"),
        ]),
        R("Council 2", f"{m} Borough Council to tell the victim's family how to reach the DHR coordinator.", [
            A(f"{m} Borough Council", "Write to the family with the coordinator's details.", "31/08/2025",
              "Letter sent on 4 August 2025.", "complete"),
        ]),
    ]
    health = [
        R("Health 1", f"{m} NHS Foundation Trust to ask every patient attending with an injury whether they "
                      "feel safe at home.", [
            A(f"{m} NHS Foundation Trust", "Add a routine enquiry prompt to the emergency department record.",
              "30/11/2025", "Prompt in test.", "in_progress"),
        ]),
    ]
    return dict(
        name="agency_band_numbered_docx", formats=["docx"],
        meta=dict(title="Marrowby Community Safety Partnership – Domestic Homicide Review 'Rosalind' – "
                        "Action Plan",
                  review_id_hint="Marrowby DHR Rosalind", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S(f"{m} Police", police), S(f"{m} Borough Council", council),
                  S(f"{m} NHS Foundation Trust", health)],
    )


def see_rec_list_html() -> dict[str, Any]:
    """HTML, Georgia 10 pt, CSS borders: the recommendations as a numbered list (``<ol>``) under an
    ``<h2>``, then the action table, whose first column refers to them only as ``See rec 3`` (a
    ``rowspan`` over the actions); the recommendation's text is written only in the list; dates as
    ``30 Sep 2025``."""
    q = "Quenby"
    recs = [
        R("1", f"{q} Police to share the call history of an address with the attending officer before arrival.", [
            A(f"{q} Police", "Show the address history on the officer's mobile device.", "30 Sep 2025",
              "In use since September 2025.", "complete"),
        ]),
        R("2", f"{q} Mental Health Trust to ask a patient's partner about the patient's behaviour at home.", [
            A(f"{q} Mental Health Trust", "Add a partner question to the assessment.", "31 Dec 2025",
              "Question agreed; system change booked.", "in_progress"),
            A(f"{q} Mental Health Trust", "Audit twenty assessments for the question.", "30 Jun 2026", "",
              "not_started"),
        ]),
        R("3", f"{q} District Council to give domestic abuse victims priority for a housing transfer.", [
            A(f"{q} District Council", "Change the allocations policy.", "31 Mar 2026",
              "Draft policy out to consultation.", "in_progress"),
        ]),
        R("4", f"{q} Probation Service to check with the police before approving a release address.", [
            A(f"{q} Probation Service", "Add a police check to the release address procedure.", "31 Oct 2025",
              "Check added to the procedure.", "complete"),
            A(f"{q} Probation Service", "Brief offender managers on the check.", "30 Nov 2025",
              "Briefings held in every office.", "complete"),
        ]),
        R("5", f"{q} Community Safety Partnership to publish the review on its website.", [
            A(f"{q} CSP", "Publish the overview report and the plan.", "31 Aug 2025", "", "not_started"),
        ]),
    ]
    return dict(
        name="see_rec_list_html", formats=["html"],
        meta=dict(title="Quenby Community Safety Partnership – Domestic Homicide Review 'Harriet' – "
                        "Action Plan",
                  review_id_hint="Quenby DHR Harriet", as_at="", documents=[]),
        columns=["Rec", "Action", "Lead agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


def column_order_per_page_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Georgia 9 pt, ruled: the plan in three tables, each starting a new page with its
    own header row and its columns in a different order (page 1 ``No. / Recommendation / Action / Lead /
    Target / Progress``, page 2 ``No. / Recommendation / Lead / Action / Progress / Target``, page 3
    ``No. / Lead / Target / Recommendation / Action / Progress``); two recommendations a page; dates as
    ``31.10.2025``."""
    w = "Wychbold"
    recs = [
        R("1", f"{w} Police to attend every repeat domestic abuse call within one hour.", [
            A(f"{w} Police", "Grade repeat domestic abuse calls as priority.", "31.10.2025",
              "Grading changed in October 2025.", "complete"),
        ]),
        R("2", f"{w} Ambulance Service to pass a safeguarding concern to the police the same day.", [
            A(f"{w} Ambulance Service", "Set a same-day standard for safeguarding referrals.", "30.11.2025",
              "Standard agreed with the police.", "complete"),
            A(f"{w} Ambulance Service", "Report compliance each quarter.", "31.03.2026",
              "First quarter's report due in January.", "in_progress"),
        ]),
        R("3", f"{w} Integrated Care Board to remind GPs to record disclosures of abuse.", [
            A(f"{w} Integrated Care Board", "Send a reminder to every practice.", "30.09.2025",
              "Reminder sent in September 2025.", "complete"),
        ]),
        R("4", f"{w} County Council to include domestic abuse in its carers' strategy.", [
            A(f"{w} County Council", "Add a domestic abuse section to the strategy.", "31.01.2026",
              "Section drafted.", "in_progress"),
            A(f"{w} County Council", "Consult carers' groups on the section.", "31.03.2026", "", "not_started"),
        ]),
        R("5", f"{w} Children's Services to see each child alone during an assessment.", [
            A(f"{w} Children's Services", "Change the assessment guidance.", "31.12.2025",
              "Guidance changed.", "complete"),
        ]),
        R("6", f"{w} Community Safety Partnership to report on the plan every six months.", [
            A(f"{w} CSP", "Bring the plan to the board in March and September.", "30.09.2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="column_order_per_page_docx", formats=["docx"],
        meta=dict(title="Wychbold Community Safety Partnership – Domestic Homicide Review 'Agnes' – "
                        "Action Plan",
                  review_id_hint="Wychbold DHR Agnes", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def newsletter_span_table_html() -> dict[str, Any]:
    """HTML, Trebuchet MS 9 pt: a partnership newsletter set in two CSS columns (``column-count: 2`` with a
    rule between) whose plan table spans both columns (``column-span: all``), with two-column prose above
    and below it; CSS borders; dates as ``Sept 2025``."""
    k = "Kelderby"
    recs = [
        R("1", f"{k} Police to tell a victim when the suspect is released from custody.", [
            A(f"{k} Police", "Add a release notification step to the custody procedure.", "Sept 2025",
              "Step added to the procedure.", "complete"),
        ]),
        R("2", f"{k} Hospital Trust to train maternity staff to ask about domestic abuse.", [
            A(f"{k} Hospital Trust", "Train every midwife.", "Mar 2026", "Half of the midwives trained.",
              "in_progress"),
            A(f"{k} Hospital Trust", "Ask at every booking appointment.", "Dec 2025",
              "Question added to the booking form.", "complete"),
        ]),
        R("3", f"{k} Borough Council to place a domestic abuse champion in every housing office.", [
            A(f"{k} Borough Council", "Name a champion in each office.", "Jan 2026", "", "not_started"),
        ]),
        R("4", f"{k} Drug and Alcohol Service to screen every new client for domestic abuse.", [
            A(f"{k} Drug and Alcohol Service", "Add screening to the first assessment.", "Nov 2025",
              "Screening in use at two of three sites.", "in_progress"),
            A(f"{k} Drug and Alcohol Service", "Audit the screening.", "May 2026", "", "not_started"),
        ]),
        R("5", f"{k} Community Safety Partnership to share the learning with local employers.", [
            A(f"{k} CSP", "Hold a briefing for employers.", "Oct 2025", "Briefing held on 14 October.",
              "complete"),
        ]),
    ]
    return dict(
        name="newsletter_span_table_html", formats=["html"],
        meta=dict(title="Kelderby Community Safety Partnership – Domestic Homicide Review 'Beatrix' – "
                        "Action Plan",
                  review_id_hint="Kelderby DHR Beatrix", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Due", "Progress"],
        sections=[S("", recs)],
    )


def due_date_sorted_rows_docx() -> dict[str, Any]:
    """US Letter landscape DOCX, Corbel 9 pt, horizontal rules only: a tracker whose rows, one per action,
    are sorted by due date rather than by recommendation, so that a recommendation's actions lie apart
    (recommendation 2's three actions in the first, fifth and eighth rows); the number and recommendation
    repeated on every row; dates as ``31-Oct-2025``."""
    s = "Saltmarsh"
    recs = [
        R("1", f"{s} Police to check the bail conditions of a domestic abuse suspect with the victim "
               "before release.", [
            A(f"{s} Police", "Add a victim contact step to the bail procedure.", "30-Nov-2025",
              "Step added; custody staff briefed.", "complete"),
            A(f"{s} Police", "Audit twenty bail decisions for the contact.", "31-May-2026", "", "not_started"),
        ]),
        R("2", f"{s} Hospitals NHS Trust to make domestic abuse training mandatory for emergency "
               "department staff.", [
            A(f"{s} Hospitals NHS Trust", "Add the training to the mandatory list.", "31-Aug-2025",
              "Added in August 2025.", "complete"),
            A(f"{s} Hospitals NHS Trust", "Train 90 per cent of the department's staff.", "31-Jan-2026",
              "62 per cent trained.", "in_progress"),
            A(f"{s} Hospitals NHS Trust", "Report the training rate to the safeguarding committee.",
              "30-Jun-2026", "", "not_started"),
        ]),
        R("3", f"{s} District Council to record domestic abuse as a reason for homelessness.", [
            A(f"{s} District Council", "Add the reason to the case system.", "31-Oct-2025",
              "Reason live on the system.", "complete"),
        ]),
        R("4", f"{s} Children's Social Care to invite the police to every strategy discussion about a "
               "child living with domestic abuse.", [
            A(f"{s} Children's Social Care", "Change the strategy discussion procedure.", "31-Dec-2025",
              "Procedure redrafted with the police.", "in_progress"),
            A(f"{s} Children's Social Care", "Check attendance in a quarterly audit.", "31-Mar-2026", "",
              "not_started"),
        ]),
        R("5", f"{s} Community Safety Partnership to tell the family when the plan is complete.", [
            A(f"{s} CSP", "Write to the family when the last action closes.", "31-Jul-2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="due_date_sorted_rows_docx", formats=["docx"],
        meta=dict(title="Saltmarsh Community Safety Partnership – Domestic Homicide Review 'Eleanor' – "
                        "Action Tracker (sorted by due date)",
                  review_id_hint="Saltmarsh DHR Eleanor", as_at="", documents=[]),
        columns=["Rec no.", "Recommendation", "Action", "Owner", "Due", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [agency_band_numbered_docx, see_rec_list_html, column_order_per_page_docx, newsletter_span_table_html,
         due_date_sorted_rows_docx]
