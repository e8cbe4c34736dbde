"""The fifteenth round of held-out plans' content (tools/heldout_drawing_round15.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def chapter_rows_subnumbered() -> dict[str, Any]:
    """A4 landscape, ruled, Cambria 9 pt: the recommendations grouped under numbered chapter rows spanning
    the table (``2. Risk assessment``, shaded, bold), each recommendation numbered within its chapter
    (``2.1``, ``2.2``) in a ``No.`` column; number and recommendation merged over the actions."""
    h = "Hollinsbury"
    ch1 = [
        R("1.1", f"{h} Police to share the outcome of every domestic abuse incident with the victim's GP "
                 "when the victim agrees.", [
            A(f"{h} Police", "Add GP notification to the domestic abuse incident workflow.", "30/06/2025",
              "Workflow change live since June 2025.", "complete"),
            A(f"{h} ICB", "Tell practices how notifications will arrive and who should read them.",
              "31/07/2025", "Practice bulletin issued in July 2025.", "complete"),
        ]),
        R("1.2", f"{h} Council to give housing officers access to the MARAC action log for their tenants.", [
            A(f"{h} Council", "Agree access rights with the MARAC coordinator.", "30/09/2025",
              "Access agreed for the two tenancy sustainment officers.", "in_progress"),
        ]),
    ]
    ch2 = [
        R("2.1", f"{h} Police to complete a full risk assessment at every repeat incident, not only the "
                 "first.", [
            A(f"{h} Police", "Change the repeat incident guidance for response officers.", "31/05/2025",
              "Guidance changed and briefed in May 2025.", "complete"),
            A(f"{h} Police", "Audit thirty repeat incidents for a completed assessment.", "31/12/2025",
              "First fifteen incidents audited.", "in_progress"),
        ]),
        R("2.2", f"{h} Mental Health Trust to include the risk from a partner in every crisis team "
                 "assessment.", [
            A(f"{h} Mental Health Trust", "Add a partner risk section to the crisis assessment form.",
              "31/10/2025", "", "not_started"),
        ]),
    ]
    ch3 = [
        R("3.1", "The Community Safety Partnership to share the learning from this review with all partner "
                 "agencies.", [
            A(f"{h} CSP", "Publish a seven-minute briefing on the review.", "31/03/2025",
              "Briefing published in March 2025.", "complete"),
            A(f"{h} CSP", "Hold two lunchtime learning sessions for frontline staff.", "30/11/2025",
              "One session held in September 2025.", "in_progress"),
        ]),
        R("3.2", f"{h} Children's Services to consider the learning in its next practice week.", [
            A(f"{h} Children's Services", "Include a workshop on the review in practice week.", "28/02/2026", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="chapter_rows_subnumbered", formats=["docx"],
        meta=dict(title="Hollinsbury Community Safety Partnership – Domestic Homicide Review 'Teresa' – "
                        "Action Plan",
                  review_id_hint="Hollinsbury DHR Teresa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("1. Information sharing", ch1), S("2. Risk assessment", ch2), S("3. Agency learning", ch3)],
    )


# ``rag_left_border_tfoot_html``: the RAG of each action, shown only as the colour of the row's left border.
RAG_BY_STATUS = {"complete": "Green", "in_progress": "Amber", "not_started": "Red"}


def AR(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose RAG follows its status (green complete, amber in progress, red not started)."""
    return A(agency, action, target, progress, status, rag=RAG_BY_STATUS[status])


def rag_left_border_tfoot_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, rules under the rows only: each action row marked by a thick coloured left border
    (its RAG, green / amber / red, no word); notes and a key of the colours in a ``<tfoot>`` spanning the
    table; ``Ref`` and recommendation in ``rowspan`` cells."""
    k = "Kestlebridge"
    recs = [
        R("1", f"{k} Police to flag an address where a domestic abuse protection notice has been issued.", [
            AR(f"{k} Police", "Add a protection notice marker to the address record.", "31/05/2025",
              "Marker added in May 2025.", "complete"),
            AR(f"{k} Police", "Brief control room staff on the marker.", "30/06/2025",
              "All four watches briefed.", "complete"),
        ]),
        R("2", f"{k} ICB to make sure that a patient who discloses abuse at a walk-in centre is followed up "
               "by their GP.", [
            AR(f"{k} ICB", "Set up a task from walk-in centres to the GP practice.", "30/11/2025",
              "Task template being tested at one centre.", "in_progress"),
        ]),
        R("3", f"{k} Council to ask about domestic abuse when a tenant asks to add or remove a joint "
               "tenant.", [
            AR(f"{k} Council", "Add a domestic abuse question to the tenancy change form.", "31/08/2025",
              "Question drafted; form change booked for October.", "in_progress"),
            AR(f"{k} Council", "Train tenancy officers to ask the question safely.", "31/01/2026", "",
              "not_started"),
        ]),
        R("4", f"{k} Probation Service to tell the police when a person on licence starts a new "
               "relationship.", [
            AR(f"{k} Probation Service", "Remind practitioners of the disclosure duty.", "30/04/2025",
              "Reminder issued at all team meetings in April 2025.", "complete"),
        ]),
        R("5", f"{k} Adult Social Care to hold a multi-agency meeting when a carer is also the alleged "
               "abuser.", [
            AR(f"{k} Adult Social Care", "Add the meeting to the safeguarding procedure.", "31/10/2025",
              "Procedure change approved by the board.", "in_progress"),
            AR(f"{k} Adult Social Care", "Review the first five meetings held.", "31/03/2026", "",
              "not_started"),
        ]),
        R("6", "The Community Safety Partnership to review this plan every six months.", [
            AR(f"{k} CSP", "Report progress on the plan to the partnership board.", "Six-monthly",
              "Reported to the board in April and October 2025.", "in_progress"),
        ]),
    ]
    return dict(
        name="rag_left_border_tfoot_html", formats=["html"],
        meta=dict(title="Kestlebridge Safer Partnership – Domestic Homicide Review 'Joanne' – Action Plan",
                  review_id_hint="Kestlebridge DHR Joanne", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Deadline", "Progress"],
        sections=[S("", recs)],
    )


def relative_targets_caption_html() -> dict[str, Any]:
    """HTML, Georgia 10 pt, light grey CSS grid: a two-row ``<thead>``, the first row a caption spanning
    the table (``Action plan agreed by the review panel on 12 March 2025``), the second the column names;
    targets written as terms relative to publication (``Within 3 months of publication``, ``Ongoing``,
    ``Annual``); ``Rec`` and recommendation in ``rowspan`` cells."""
    m = "Marlow Vale"
    recs = [
        R("1", f"{m} Police to refer every victim assessed as high risk to the IDVA service within one "
               "working day.", [
            A(f"{m} Police", "Set up an automatic referral from the risk assessment.",
              "Within 3 months of publication", "Automatic referral live since July 2025.", "complete"),
            A(f"{m} Police", "Check referral times each month.", "Ongoing",
              "Monthly checks started; 94% referred within one day.", "in_progress"),
        ]),
        R("2", f"{m} Health and Care Partnership to ask about domestic abuse at every antenatal booking "
               "appointment.", [
            A(f"{m} Health and Care Partnership", "Audit booking records for the question.", "Annual",
              "First annual audit planned for January 2026.", "not_started"),
        ]),
        R("3", f"{m} Council to make sure that its customer service staff know how to respond to a "
               "disclosure of domestic abuse.", [
            A(f"{m} Council", "Add domestic abuse to the customer service induction.",
              "Within 6 months of publication", "Induction module written and in use.", "complete"),
            A(f"{m} Council", "Train existing customer service staff.", "Within 12 months of publication",
              "Sixty of ninety staff trained.", "in_progress"),
        ]),
        R("4", f"{m} Substance Misuse Service to ask every client about their partner's behaviour at each "
               "review.", [
            A(f"{m} Substance Misuse Service", "Add the question to the client review template.",
              "Within 3 months of publication", "Template changed in June 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to tell the victim's family how the plan is progressing.", [
            A(f"{m} CSP", "Write to the family with a summary of progress.", "Annual",
              "", "not_started"),
            A(f"{m} CSP", "Offer the family a meeting with the chair.", "Within 3 months of publication",
              "Meeting held with the family in August 2025.", "complete"),
        ]),
    ]
    return dict(
        name="relative_targets_caption_html", formats=["html"],
        meta=dict(title="Marlow Vale Community Safety Partnership – Domestic Homicide Review 'Kerry' – "
                        "Action Plan",
                  review_id_hint="Marlow Vale DHR Kerry", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target", "Progress"],
        sections=[S("", recs)],
    )


def agency_row_per_table() -> dict[str, Any]:
    """A4 portrait, ruled, Calibri 10 pt: a table per agency, each opening with a merged row spanning the
    table that names the agency (bold, white on dark blue), then the header row, then its recommendations;
    no agency column; numbers run on through the tables; number and recommendation merged."""
    f = "Fernleigh"
    police = [
        R("1", f"{f} Police to record the relationship between the parties at every domestic incident.", [
            A(f"{f} Police", "Make the relationship field mandatory on the incident record.", "30/04/2025",
              "Field made mandatory in April 2025.", "complete"),
            A(f"{f} Police", "Dip-sample records for accuracy each quarter.", "31/03/2026",
              "Two dip samples done; 88% accurate.", "in_progress"),
        ]),
        R("2", f"{f} Police to consider a stalking referral when a former partner repeatedly contacts the "
               "victim.", [
            A(f"{f} Police", "Brief officers on the stalking advocacy referral route.", "31/08/2025",
              "Briefing delivered to response teams.", "complete"),
        ]),
    ]
    health = [
        R("3", f"{f} University Hospitals to record who accompanies a patient to the emergency department.", [
            A(f"{f} University Hospitals", "Add an accompanied-by field to the triage screen.", "31/12/2025",
              "Change requested from the system supplier.", "in_progress"),
        ]),
        R("4", f"{f} University Hospitals to give staff time to attend domestic abuse training.", [
            A(f"{f} University Hospitals", "Add domestic abuse training to the protected learning time list.",
              "30/09/2025", "", "not_started"),
            A(f"{f} University Hospitals", "Report training figures to the safeguarding committee.",
              "31/03/2026", "", "not_started"),
        ]),
    ]
    council = [
        R("5", f"{f} District Council to check the housing history of both partners when one of them "
               "applies as homeless.", [
            A(f"{f} District Council", "Update the homelessness assessment procedure.", "31/07/2025",
              "Procedure updated in July 2025.", "complete"),
            A(f"{f} District Council", "Audit twenty assessments for the check.", "31/01/2026",
              "Audit scheduled for December.", "in_progress"),
        ]),
        R("6", f"{f} District Council to include domestic abuse in its anti-social behaviour case reviews.", [
            A(f"{f} District Council", "Add a domestic abuse prompt to the case review agenda.", "31/05/2025",
              "Prompt added in May 2025.", "complete"),
        ]),
    ]
    return dict(
        name="agency_row_per_table", formats=["docx"],
        meta=dict(title="Fernleigh Community Safety Partnership – Domestic Homicide Review 'Siobhan' – "
                        "Action Plan",
                  review_id_hint="Fernleigh DHR Siobhan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Target date", "Progress"],
        sections=[S(f"{f} Police", police), S(f"{f} University Hospitals", health),
                  S(f"{f} District Council", council)],
    )


def initialled_log_three_pages() -> dict[str, Any]:
    """A4 landscape, ruled, Tahoma 10 pt: a very wide ``Progress log`` column whose cells hold the status
    sentence, then several initialled, dated entries (``JB 03/25: …``), each on a line of its own, so that
    the rows are tall and split at the page breaks of a three-page plan; header repeated."""
    g = "Glenmoor"
    recs = [
        R("1", f"{g} Police to make sure that officers speak to a victim away from the suspect at every "
               "domestic abuse call.", [
            A(f"{g} Police", "Revise the domestic abuse attendance checklist.", "30/06/2025",
              "JB 06/25: Checklist revised and issued to all response officers after consultation with "
              "the domestic abuse champions' network and the federation.\n"
              "JB 05/25: Final draft approved by the head of response policing, subject to the wording of "
              "the question on children in the household being checked by the force's safeguarding lead.\n"
              "JB 04/25: Draft checklist circulated to the champions' network for comment; eleven replies "
              "received, most asking for a shorter form that fits on one screen of the mobile device.\n"
              "KT 03/25: Checklists used by three neighbouring forces obtained and compared with ours; "
              "two of them prompt the officer to record where the victim was spoken to.\n"
              "KT 02/25: Scope of the revision agreed with the head of response policing.", "complete"),
            A(f"{g} Police", "Audit body-worn video from forty calls for the victim being seen alone.",
              "31/12/2025",
              "KT 10/25: Thirty calls reviewed; the victim was seen alone in twenty-four. Interim findings "
              "reported to the force's domestic abuse delivery group.\n"
              "KT 09/25: Twenty-two calls reviewed; the victim was seen alone in seventeen. The five "
              "where she was not all involved a suspect who refused to leave; advice on this has gone to "
              "the sergeants.\n"
              "KT 08/25: Reviewing officers trained in the audit tool; the first ten calls reviewed twice to "
              "check that the two reviewers agree.\n"
              "KT 07/25: Audit tool agreed with professional standards; sample of forty calls drawn from "
              "April to June.", "in_progress"),
        ]),
        R("2", f"{g} Health Board to make sure that health visitors ask about domestic abuse at every "
               "contact where it is safe to do so.", [
            A(f"{g} Health Board", "Re-launch routine enquiry guidance for health visitors.", "30/09/2025",
              "AM 09/25: Guidance re-launched at the health visiting conference with a short film made "
              "with survivors; 140 health visitors and nursery nurses attended.\n"
              "AM 08/25: Film recorded with two survivors from the local specialist service, who were paid "
              "for their time and approved the final cut.\n"
              "AM 06/25: Guidance rewritten to cover contacts by video call and in clinics, not only home "
              "visits.\n"
              "RH 04/25: Health visiting team leaders asked how the old guidance was used; most said it was "
              "hard to find and did not cover contacts where the partner is in the room.\n"
              "RH 03/25: Review of the old guidance found it was written before video contacts began.",
              "complete"),
            A(f"{g} Health Board", "Audit the recording of routine enquiry in health visiting records.",
              "31/03/2026",
              "AM 10/25: Audit questions agreed with the clinical audit department; sample of sixty "
              "records to be drawn from contacts in October and November.\n"
              "RH 09/25: Audit added to the board's clinical audit programme for the year.", "in_progress"),
        ]),
        R("3", f"{g} Council to tell a tenant who reports abuse about the sanctuary scheme and the option "
               "to transfer.", [
            A(f"{g} Council", "Write a leaflet on the options open to a tenant who reports abuse.",
              "31/10/2025",
              "PD 10/25: Leaflet drafted with the specialist service and sent for translation into four "
              "languages; printing booked for the end of November.\n"
              "PD 09/25: Draft tested with a group of tenants who have used the sanctuary scheme; the "
              "section on transfers rewritten to explain the waiting times honestly.\n"
              "PD 08/25: Content agreed with the tenancy services manager.", "in_progress"),
            A(f"{g} Council", "Train neighbourhood officers to explain the options.", "31/03/2026", "",
              "not_started"),
        ]),
        R("4", f"{g} Alcohol and Drug Service to share information with the MARAC about clients who are "
               "alleged perpetrators.", [
            A(f"{g} Alcohol and Drug Service", "Agree an information sharing protocol with the MARAC.",
              "31/08/2025",
              "SL 09/25: Protocol signed by both parties and published on the partnership website.\n"
              "SL 08/25: Data protection impact assessment completed and signed off by both data "
              "protection officers.\n"
              "SL 07/25: Second draft agreed by the information governance leads of both agencies.\n"
              "SL 05/25: First draft shared with the MARAC coordinator.", "complete"),
            A(f"{g} Alcohol and Drug Service", "Name a MARAC representative and a deputy.", "30/06/2025",
              "SL 06/25: Team leader named as representative, senior practitioner as deputy.", "complete"),
        ]),
        R("5", f"{g} Children's Services to involve the non-abusing parent in the planning of every child "
               "protection conference.", [
            A(f"{g} Children's Services", "Update the conference practice standards.", "31/12/2025",
              "CW 10/25: Standards updated in draft; consultation with parents' advocacy group under way "
              "and due to close in November.\n"
              "CW 09/25: Ten recent conference reports read; the non-abusing parent had met the chair "
              "before the conference in four of them.\n"
              "CW 07/25: Working group of conference chairs and social workers formed.", "in_progress"),
        ]),
        R("6", f"{g} Community Safety Partnership to make sure that employers in the area know how to "
               "support a member of staff who is experiencing domestic abuse.", [
            A(f"{g} CSP", "Run a campaign for employers with the chamber of commerce.", "31/01/2026",
              "NF 10/25: Campaign materials designed; launch event booked with the chamber of commerce "
              "for January.\n"
              "NF 08/25: Twelve large employers agreed to take part and to share their own policies.\n"
              "NF 06/25: Chamber of commerce agreed to co-host the campaign.", "in_progress"),
        ]),
        R("7", "The Community Safety Partnership to assure itself that this plan has made a difference.", [
            A(f"{g} CSP", "Commission an impact review a year after the plan is complete.", "31/03/2027", "",
              "not_started"),
            A(f"{g} CSP", "Review the plan at every partnership board.", "Quarterly",
              "NF 10/25: Plan reviewed at the October board; two actions rated at risk and their owners "
              "asked to report in person at the next board.\n"
              "NF 07/25: Plan reviewed at the July board; no concerns raised.\n"
              "NF 04/25: Plan adopted by the board.", "in_progress"),
        ]),
    ]
    return dict(
        name="initialled_log_three_pages", formats=["docx"],
        meta=dict(title="Glenmoor Community Safety Partnership – Domestic Homicide Review 'Lorna' – Action Plan",
                  review_id_hint="Glenmoor DHR Lorna", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress log"],
        sections=[S("", recs)],
    )


PLANS = [chapter_rows_subnumbered, rag_left_border_tfoot_html, relative_targets_caption_html,
         agency_row_per_table, initialled_log_three_pages]
