"""The eighth round of held-out plans' content (tools/heldout_drawing_round8.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# The date of each progress sub-row of ``progress_subrows_dated``, by the opening of the action's text:
# the newest update first, as the plan writes them; an empty date where the sub-row is empty.
SUBROW_DATES: dict[str, tuple[str, str]] = {
    "Write a joint protocol": ("22/09/2025", "03/06/2025"),
    "Train duty officers": ("22/09/2025", ""),
    "Check the register": ("15/10/2025", "11/07/2025"),
    "Add a question on": ("15/10/2025", "20/05/2025"),
    "Audit fifteen": ("", ""),
    "Agree a single referral": ("30/09/2025", "02/04/2025"),
    "Give every tenancy": ("30/09/2025", ""),
    "Set up a quarterly": ("08/10/2025", "14/08/2025"),
    "Report the learning": ("", ""),
}

# The ``Date completed`` cell of ``zebra_vertical_ticks``, by the opening of a completed action's text.
DATE_COMPLETED: dict[str, str] = {
    "Rewrite the risk": "28/02/2025", "Run two workshops": "16/05/2025", "Publish a leaflet": "07/04/2025",
    "Put a domestic abuse": "30/06/2025", "Add the helpline": "12/03/2025",
}


def margin_number_no_header() -> dict[str, Any]:
    """A4 portrait, Verdana 8 pt: the recommendation numbers in a narrow unruled margin column at the left
    of the ruled table, whose header cell is empty; number (bold) and recommendation merged over the
    actions."""
    recs = [
        R("1", "Hollinwood Police to record the outcome of every welfare check made at the request of a "
               "family member who fears for a relative's safety.", [
            A("Hollinwood Police", "Add a welfare check outcome field to the command and control log.",
              "30/04/2025", "Field added in April 2025 and reported weekly to the duty inspector.", "complete"),
            A("Hollinwood Police", "Dip-sample thirty welfare checks after three months.", "31/08/2025",
              "Sample of thirty checks drawn; findings due at the September meeting.", "in_progress"),
        ]),
        R("2", "Hollinwood Hospital Trust to ask about domestic abuse when a patient attends maternity "
               "services without her booked partner or with a new partner.", [
            A("Hollinwood Hospital Trust", "Revise the maternity booking questions.", "31/03/2025",
              "Questions revised and in use from March 2025.", "complete"),
            A("Hollinwood Hospital Trust", "Give midwives a pocket guide to routine enquiry.", "30/06/2025",
              "Guide printed; issue held back until the revised policy is signed off.", "in_progress"),
        ]),
        R("3", "Hollinwood Council to make sure that its licensing officers know how to pass on concerns "
               "about domestic abuse seen during premises visits.", [
            A("Hollinwood Council", "Include a safeguarding section in the licensing visit checklist.",
              "31/07/2025", "", "not_started"),
        ]),
        R("4", "Hollinwood Recovery Service to ask every client in treatment for alcohol use whether they "
               "are afraid of a partner or family member.", [
            A("Hollinwood Recovery Service", "Add the question to the comprehensive assessment.", "31/05/2025",
              "Question added and recorded in 94% of new assessments.", "complete"),
            A("Hollinwood Recovery Service", "Refer every positive answer to the IDVA service.", "31/05/2025",
              "Referral pathway agreed with the IDVA service in May 2025.", "complete"),
        ]),
        R("5", "Hollinwood Children's Social Care to hold a strategy discussion when a child discloses that "
               "one parent has threatened the other.", [
            A("Hollinwood Children's Social Care", "Amend the threshold document.", "30/09/2025",
              "Amendment drafted; out for comment with the partnership until October.", "in_progress"),
        ]),
        R("6", "The Community Safety Partnership to ask the local media to follow the reporting guidelines "
               "on domestic homicide when this review is published.", [
            A("Hollinwood CSP", "Brief the council press office on the guidelines.", "31/10/2025", "",
              "not_started"),
            A("Hollinwood CSP", "Send the guidelines to local editors with the press release.", "31/10/2025", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="margin_number_no_header", formats=["docx"],
        meta=dict(title="Hollinwood Community Safety Partnership – Domestic Homicide Review 'Esme' – Action Plan",
                  review_id_hint="Hollinwood DHR Esme", as_at="", documents=[]),
        columns=["", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def progress_subrows_dated() -> dict[str, Any]:
    """A4 landscape, ruled, Cambria 9 pt: each action split into two progress sub-rows, each with its date in
    a small ``Date`` column and its text in ``Progress update`` (the newest first, opening with the status);
    ``Ref``, recommendation, action, lead and target merged over the sub-rows."""
    recs = [
        R("1", "Kestrel Vale Police and Kestrel Vale Housing to agree how a report of a breach of a non-"
               "molestation order at a council property is shared between them.", [
            A("Kestrel Vale Police", "Write a joint protocol for reports of breaches at council addresses.",
              "30/09/2025", "Protocol signed by both agencies.\nFirst draft shared with the housing team.",
              "complete"),
            A("Kestrel Vale Housing", "Train duty officers in the protocol.", "31/12/2025",
              "Training dates set for November.", "in_progress"),
        ]),
        R("2", "Kestrel Vale ICB to make sure that GP practices act on letters telling them that a patient "
               "has been discussed at MARAC.", [
            A("Kestrel Vale ICB", "Check the register of MARAC letters in six practices.", "31/10/2025",
              "Six practices checked; four act on every letter.\nPractices chosen for the check.", "in_progress"),
        ]),
        R("3", "Kestrel Vale Adult Social Care to ask about domestic abuse in every assessment of a carer who "
               "lives with the person cared for.", [
            A("Kestrel Vale Adult Social Care", "Add a question on domestic abuse to the carer's assessment.",
              "31/07/2025", "Question live in the case system.\nWording agreed with the carers' centre.",
              "complete"),
            A("Kestrel Vale Adult Social Care", "Audit fifteen carer's assessments for the question.",
              "31/01/2026", "", "not_started"),
        ]),
        R("4", "Kestrel Vale Housing to give a tenant who reports domestic abuse a single named contact for "
               "repairs, rent and tenancy matters.", [
            A("Kestrel Vale Housing", "Agree a single referral route for tenants who report abuse.",
              "30/09/2025", "Route in place across all housing offices.\nRoute designed with two tenants' "
                            "groups.", "complete"),
            A("Kestrel Vale Housing", "Give every tenancy officer a caseload flag for such tenants.",
              "31/12/2025", "Flag specified; supplier quote awaited.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to follow up the actions of this plan with each agency "
               "until they are complete.", [
            A("Kestrel Vale CSP", "Set up a quarterly action plan meeting.", "31/08/2025",
              "Second meeting held; two agencies sent no update.\nFirst meeting held in August.", "in_progress"),
        ]),
        R("6", "The Community Safety Partnership to share the learning from this review with the "
               "neighbouring partnerships.", [
            A("Kestrel Vale CSP", "Report the learning to the county DHR network.", "31/03/2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="progress_subrows_dated", formats=["docx"],
        meta=dict(title="Kestrel Vale Community Safety Partnership – Domestic Homicide Review 'Nell' – Action Plan",
                  review_id_hint="Kestrel Vale DHR Nell", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Target date", "Date", "Progress update"],
        sections=[S("", recs)],
    )


def zebra_vertical_ticks() -> dict[str, Any]:
    """A4 landscape, Trebuchet MS 9 pt, vertical rules only and zebra-shaded action rows: nine columns with a
    ``Completed`` column (a tick or ``No``), a ``Date completed`` column and a one-letter RAG column
    (``G`` / ``A`` / ``R``) after the update; number and recommendation merged over the actions."""
    recs = [
        R("1", "Sedgecombe Police to use the domestic abuse risk assessment at every call-out to a household "
               "with a history of domestic abuse, whoever made the call.", [
            A("Sedgecombe Police", "Rewrite the risk assessment guidance for response officers.", "28/02/2025",
              "Guidance reissued in February 2025.", "complete", rag="G"),
            A("Sedgecombe Police", "Check compliance in the monthly quality review.", "30/09/2025",
              "Compliance at 81% in August; reminders sent to two teams.", "in_progress", rag="A"),
        ]),
        R("2", "Sedgecombe Health Visiting Service to see a mother alone at least once before her baby is "
               "six weeks old.", [
            A("Sedgecombe Health Visiting Service", "Run two workshops on seeing mothers alone.", "31/05/2025",
              "Both workshops held; 46 health visitors attended.", "complete", rag="G"),
            A("Sedgecombe Health Visiting Service", "Record 'seen alone' as a coded entry in the record.",
              "31/12/2025", "", "not_started", rag="R"),
        ]),
        R("3", "Sedgecombe Council to tell residents how to get help about domestic abuse in languages other "
               "than English.", [
            A("Sedgecombe Council", "Publish a leaflet in the five most spoken community languages.",
              "30/04/2025", "Leaflets published online and in libraries.", "complete", rag="G"),
            A("Sedgecombe Council", "Test the leaflet with two community groups.", "30/11/2025",
              "One group consulted; the second session is booked.", "in_progress", rag="A"),
        ]),
        R("4", "Sedgecombe Job Centre to make sure that work coaches know how to respond to a disclosure of "
               "economic abuse.", [
            A("Sedgecombe Job Centre", "Put a domestic abuse section in the work coach handbook.", "30/06/2025",
              "Section added to the handbook in June 2025.", "complete", rag="G"),
        ]),
        R("5", "Sedgecombe Domestic Abuse Service to offer support to a victim's adult children after a "
               "domestic homicide.", [
            A("Sedgecombe Domestic Abuse Service", "Add the helpline number to the bereavement pack.",
              "31/03/2025", "Number added to the pack used by the police family liaison officers.", "complete",
              rag="G"),
            A("Sedgecombe Domestic Abuse Service", "Agree referral criteria with the homicide advocacy charity.",
              "31/10/2025", "Criteria drafted and sent to the charity.", "in_progress", rag="A"),
        ]),
        R("6", "The Community Safety Partnership to check, a year after publication, that agencies have "
               "embedded the learning of this review.", [
            A("Sedgecombe CSP", "Hold a learning event for all partner agencies.", "31/01/2026", "",
              "not_started", rag="R"),
        ]),
    ]
    return dict(
        name="zebra_vertical_ticks", formats=["docx"],
        meta=dict(title="Sedgecombe Community Safety Partnership – Domestic Homicide Review 'Tessa' – Action Plan",
                  review_id_hint="Sedgecombe DHR Tessa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Owner", "Due", "Completed", "Date completed", "Update", "RAG"],
        sections=[S("", recs)],
    )


def local_national_narrow() -> dict[str, Any]:
    """A4 portrait, 7 pt, narrow margins, ruled: nine columns ``Ref / Recommendation / Scope / Action / Lead
    agency / Target / Evidence of completion / Progress / Status``; the plan split by two shaded section rows
    spanning the table, ``Local recommendations`` and ``National recommendations`` (the owners); ref,
    recommendation and scope merged over the actions."""
    local = [
        R("1", "Pennock Bridge Police to check the bail address of a person charged with a domestic abuse "
               "offence against the address of the victim.", [
            A("Pennock Bridge Police", "Add an address check to the charging decision record.", "31/03/2025",
              "Check added to the record in March 2025.", "complete",
              evidence="Charging records show the check in every domestic abuse case"),
        ], scope="Local"),
        R("2", "Pennock Bridge ICB to offer a domestic abuse enquiry to every patient who attends a walk-in "
               "centre with an injury to the face or neck.", [
            A("Pennock Bridge ICB", "Include the enquiry in the walk-in centre triage form.", "30/06/2025",
              "Triage form revised; staff briefing under way.", "in_progress",
              evidence="Triage audit of fifty attendances"),
            A("Pennock Bridge ICB", "Agree a referral route to the IDVA service from walk-in centres.",
              "30/09/2025", "", "not_started", evidence="Referral figures each quarter"),
        ], scope="Local"),
        R("3", "Pennock Bridge Probation Delivery Unit to share the risk management plan of a perpetrator "
               "with the MARAC when the victim is a MARAC case.", [
            A("Probation Service", "Issue a practice note on sharing risk management plans.", "31/05/2025",
              "Practice note issued to every team.", "complete", evidence="Practice note; MARAC minutes"),
        ], scope="Local"),
        R("4", "Pennock Bridge Council to include coercive and controlling behaviour in the training for "
               "housing options staff.", [
            A("Pennock Bridge Council", "Commission a half-day course for housing options staff.", "31/07/2025",
              "Course commissioned; first date in November.", "in_progress", evidence="Training records"),
            A("Pennock Bridge Council", "Add the course to the induction of new staff.", "31/12/2025", "",
              "not_started", evidence="Induction programme"),
        ], scope="Local"),
        R("5", "The Community Safety Partnership to review how the DHR action plans of the last five years "
               "have been followed up.", [
            A("Pennock Bridge CSP", "Review the plans and report to the board.", "30/11/2025",
              "Four of the six plans reviewed.", "in_progress", evidence="Report to the board"),
        ], scope="Local"),
    ]
    national = [
        R("6", "The Home Office to consider guidance on checking bail addresses against the addresses of "
               "victims in all domestic abuse cases.", [
            A("Pennock Bridge CSP", "Write to the Home Office with the learning of this review.", "31/08/2025",
              "Letter sent in August 2025; a reply is awaited.", "complete",
              evidence="Letter to the Home Office"),
        ], scope="National"),
        R("7", "The Department of Health and Social Care to ask walk-in and urgent treatment centres to "
               "adopt routine enquiry about domestic abuse.", [
            A("Pennock Bridge CSP", "Write to the Department with the learning of this review.", "31/08/2025",
              "Letter sent in August 2025.", "complete", evidence="Letter to the Department"),
            A("Pennock Bridge ICB", "Share the local triage form with the regional NHS team.", "31/10/2025", "",
              "not_started", evidence="Regional meeting minutes"),
        ], scope="National"),
    ]
    return dict(
        name="local_national_narrow", formats=["docx"], evidence=True,
        meta=dict(title="Pennock Bridge Community Safety Partnership – Domestic Homicide Review 'Alma' – Action Plan",
                  review_id_hint="Pennock Bridge DHR Alma", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Scope", "Action", "Lead agency", "Target", "Evidence of completion",
                 "Progress", "Status"],
        sections=[S("Local recommendations", local), S("National recommendations", national)],
    )


def row_header_th_html() -> dict[str, Any]:
    """A web page (A4 landscape when printed), Georgia 10 pt, rules under the rows only: the recommendation
    a row header (``<th scope="row" rowspan>``, ``Recommendation 3`` bold on a line of its own above the
    text); the progress before the action (``Recommendation / Progress to date / Action / Responsible agency
    / Complete by``); a ``<caption>`` as the title and a ``<tfoot>`` note."""
    recs = [
        R("1", "Altonbury Police to refer a victim to the IDVA service after a second domestic abuse incident "
               "within twelve months, whatever the risk grading.", [
            A("Altonbury Police", "Change the referral rule in the domestic abuse unit's procedure.", "31/03/2025",
              "The rule was changed in March 2025 and referrals rose by a third.", "complete"),
            A("Altonbury IDVA Service", "Plan for the extra referrals in the service's staffing.", "30/09/2025",
              "A business case for one more IDVA is with the commissioner.", "in_progress"),
        ], label="Recommendation 1"),
        R("2", "Altonbury Mental Health Trust to share a care plan with the patient's GP when a patient "
               "discloses that he has harmed a partner.", [
            A("Altonbury Mental Health Trust", "Amend the care planning policy.", "30/06/2025",
              "The policy has been amended and approved by the trust's safeguarding committee.", "complete"),
        ], label="Recommendation 2"),
        R("3", "Altonbury Council to ask landlords of houses in multiple occupation to display information "
               "about domestic abuse support.", [
            A("Altonbury Council", "Add a condition on domestic abuse information to new licences.", "31/12/2025",
              "", "not_started"),
            A("Altonbury Council", "Send a poster to every licensed landlord.", "31/10/2025",
              "Posters are printed and will go out with the autumn newsletter.", "in_progress"),
        ], label="Recommendation 3"),
        R("4", "Altonbury Schools Safeguarding Team to make sure that designated leads know what to do when a "
               "pupil says a parent is being hurt at home.", [
            A("Altonbury Schools Safeguarding Team", "Add a session on domestic abuse to the leads' termly "
              "network.", "31/07/2025", "The session was held in the summer term.", "complete"),
        ], label="Recommendation 4"),
        R("5", "Altonbury Fire and Rescue Service to consider domestic abuse in its home fire safety visits.", [
            A("Altonbury Fire and Rescue Service", "Train home safety advisers in the signs of domestic abuse.",
              "30/11/2025", "Two of five training sessions held.", "in_progress"),
            A("Altonbury Fire and Rescue Service", "Agree a referral route with the police.", "30/11/2025", "",
              "not_started"),
        ], label="Recommendation 5"),
        R("6", "The Community Safety Partnership to report progress on this plan to the Health and Wellbeing "
               "Board.", [
            A("Altonbury CSP", "Present a progress report to the board.", "31/01/2026", "", "not_started"),
        ], label="Recommendation 6"),
    ]
    return dict(
        name="row_header_th_html", formats=["html"],
        meta=dict(title="Altonbury Safer Partnership – Domestic Homicide Review 'Mabel' – Action Plan",
                  review_id_hint="Altonbury DHR Mabel", as_at="", documents=[]),
        columns=["Recommendation", "Progress to date", "Action", "Responsible agency", "Complete by"],
        sections=[S("", recs)],
    )


PLANS = [margin_number_no_header, progress_subrows_dated, zebra_vertical_ticks, local_national_narrow,
         row_header_th_html]
