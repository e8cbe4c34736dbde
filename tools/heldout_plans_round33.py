"""The thirty-third round of held-out plans' content (tools/heldout_drawing_round33.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(an agency cell naming two agencies joined by ``/`` or ``&``, the lead one in bold; progress updates
opening with their RAG word in square brackets, ``[GREEN]``; a ``Rationale`` column between the
recommendation and its actions; a last column ``Evidence / link`` holding the titles of the documents
that evidence an action; action rows grouped under sector sub-headings, ``Health``, ``Police``, inside
each recommendation).  Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

JOINT: dict[str, str] = {}  # action text -> the partner agency written after the bold lead
RATIONALE: dict[str, str] = {}  # recommendation number -> its rationale (drawn only)
SECTOR: dict[str, str] = {}  # action text -> the sector sub-heading it is grouped under (drawn only)
BRACKET = {"complete": "[GREEN]", "in_progress": "[AMBER]", "not_started": "[RED]"}


def JA(lead: str, partner: str, joiner: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action led by ``lead`` (bold) with ``partner``, the agency cell reading ``lead / partner``."""
    JOINT[action] = f" {joiner} {partner}"
    return A(f"{lead} {joiner} {partner}", action, target, progress, status)


def BA(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose update opens with its RAG word in square brackets."""
    return plain_action(agency, action, target, f"{BRACKET[status]} {progress}".strip(), status)


def SA(sector: str, agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action row under the sector sub-heading ``sector``."""
    SECTOR[action] = sector
    return A(agency, action, target, progress, status)


def joint_agency_bold_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9.5 pt, ruled: the ``Agency`` cell names two agencies joined by ``/``
    or ``&``, the lead agency in bold, the partner plain; number and recommendation merged over the
    actions; dates as ``31 Mar 2026``."""
    k = "Kestrelford"
    recs = [
        R("1", f"{k} Police and {k} Council to make sure that a repeat call-out to the same address is "
               "seen by the housing officer for the tenancy.", [
            JA(f"{k} Police", f"{k} Council Housing", "/", "Set up a weekly list of repeat call-outs to "
               "council tenancies.", "31 Mar 2026", "List running since January.", "complete"),
            JA(f"{k} Council Housing", f"{k} Police", "/", "Visit the tenant within ten days of the third "
               "call-out.", "30 Jun 2026", "Visits started in February.", "in_progress"),
        ]),
        R("2", f"{k} Health partners to ask about domestic abuse at every antenatal booking appointment.", [
            JA(f"{k} Maternity Services", f"{k} Integrated Care Board", "&", "Add the routine question to "
               "the booking template.", "28 Feb 2026", "Template updated.", "complete"),
            JA(f"{k} Integrated Care Board", f"{k} Maternity Services", "&", "Audit fifty bookings for the "
               "question.", "31 Aug 2026", "", "not_started"),
        ]),
        R("3", f"{k} Probation Service to share a perpetrator's release date with the victim's IDVA.", [
            JA(f"{k} Probation Service", f"{k} IDVA Service", "/", "Agree a protocol for release "
               "notifications.", "30 Apr 2026", "Draft protocol with the IDVA manager.", "in_progress"),
        ]),
        R("4", f"{k} Community Safety Partnership to train frontline staff in the signs of economic abuse.", [
            JA(f"{k} CSP", f"{k} Citizens Advice", "&", "Commission a course on economic abuse.",
               "31 May 2026", "Course commissioned.", "complete"),
            JA(f"{k} CSP", f"{k} Citizens Advice", "&", "Run four sessions for frontline staff.",
               "31 Oct 2026", "", "not_started"),
        ]),
        R("5", f"{k} Adult Social Care to check for domestic abuse when a safeguarding concern is raised "
               "about an older couple.", [
            JA(f"{k} Adult Social Care", f"{k} Police", "/", "Add a domestic abuse prompt to the "
               "safeguarding triage form.", "31 Jul 2026", "Prompt designed; system change booked.",
               "in_progress"),
        ]),
    ]
    return dict(
        name="joint_agency_bold_docx", formats=["docx"],
        meta=dict(title="Kestrelford Community Safety Partnership – Domestic Homicide Review 'Denise' – "
                        "Action Plan", review_id_hint="Kestrelford DHR Denise", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def rag_bracket_progress_html() -> dict[str, Any]:
    """HTML, Arial 9.5 pt, CSS borders: every update opens with its RAG word in square brackets
    (``[GREEN]``, ``[AMBER]``, ``[RED]``, in bold capitals) before the update text, no status words and
    no RAG column; ``Rec`` and recommendation in ``rowspan`` cells; dates as ``31/03/2026``."""
    t = "Thornbury Vale"
    recs = [
        R("1", f"{t} Police to check the bail conditions of a domestic abuse suspect before the suspect is "
               "released and tell the victim what they are.", [
            BA(f"{t} Police", "Add a bail conditions check to the custody release list.", "31/01/2026",
               "Check added and audited in February.", "complete"),
            BA(f"{t} Police", "Tell the victim of the conditions within 24 hours.", "30/04/2026",
               "Victim contact team briefed; recording being tested.", "in_progress"),
        ]),
        R("2", f"{t} NHS Trust to give mental health staff training on coercive control.", [
            BA(f"{t} NHS Trust", "Include coercive control in the annual safeguarding update.", "30/06/2026",
               "Content drafted with the IDVA service.", "in_progress"),
        ]),
        R("3", f"{t} Council to make sure that a homeless applicant fleeing abuse is not asked to prove it.", [
            BA(f"{t} Council", "Rewrite the housing options guidance.", "31/03/2026", "Guidance rewritten.",
               "complete"),
            BA(f"{t} Council", "Train the housing options team on the new guidance.", "31/07/2026", "",
               "not_started"),
        ]),
        R("4", f"{t} Community Safety Partnership to publish the review's learning for employers.", [
            BA(f"{t} CSP", "Write a one-page briefing for local employers.", "30/09/2026", "", "not_started"),
        ]),
        R("5", f"{t} Probation Service to refer eligible perpetrators to a behaviour change programme.", [
            BA(f"{t} Probation Service", "Agree the referral criteria with the programme provider.",
               "28/02/2026", "Criteria agreed.", "complete"),
            BA(f"{t} Probation Service", "Report the number of referrals to the CSP each quarter.",
               "31/12/2026", "First report presented in April.", "in_progress"),
        ]),
    ]
    return dict(
        name="rag_bracket_progress_html", formats=["html"],
        meta=dict(title="Thornbury Vale Community Safety Partnership – Domestic Homicide Review 'Karen' – "
                        "Action Plan", review_id_hint="Thornbury Vale DHR Karen", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress update"],
        sections=[S("", recs)],
    )


def rationale_column_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Verdana 8.5 pt, ruled: a ``Rationale`` column between the recommendation and
    its actions (why the review made the recommendation, not annotated), merged with number and
    recommendation over the actions; dates as ``March 2026``."""
    g = "Glenmarsh"
    recs = [
        R("1", f"{g} Police to ask a victim about the perpetrator's access to weapons at every DASH risk "
               "assessment.", [
            A(f"{g} Police", "Add a weapons question to the risk assessment guidance.", "February 2026",
              "Guidance reissued.", "complete"),
            A(f"{g} Police", "Dip-sample thirty risk assessments for the question.", "June 2026",
              "", "not_started"),
        ]),
        R("2", f"{g} GP practices to follow up a patient who misses two appointments after disclosing "
               "domestic abuse.", [
            A(f"{g} Integrated Care Board", "Write a missed-appointment protocol for practices.", "April 2026",
              "Protocol with the clinical leads for comment.", "in_progress"),
        ]),
        R("3", f"{g} Children's Services to hear the voice of the child in every assessment where there is "
               "domestic abuse.", [
            A(f"{g} Children's Services", "Add a 'child's own words' section to the assessment.", "March 2026",
              "Section added.", "complete"),
            A(f"{g} Children's Services", "Audit twenty assessments for the section.", "September 2026",
              "Audit planned for the summer.", "in_progress"),
        ]),
        R("4", f"{g} Community Safety Partnership to raise awareness of domestic abuse among older people.", [
            A(f"{g} CSP", "Run a campaign with the age-related charities.", "November 2026", "",
              "not_started"),
        ]),
    ]
    RATIONALE.update({
        "1": "The perpetrator kept a shotgun licensed for pest control; no agency asked about it.",
        "2": "The victim missed three appointments after telling her GP of the abuse; nobody followed up.",
        "3": "The children's views were not recorded in either of the two assessments.",
        "4": "The victim, aged 74, did not see herself as a victim of domestic abuse.",
    })
    return dict(
        name="rationale_column_docx", formats=["docx"],
        meta=dict(title="Glenmarsh Community Safety Partnership – Domestic Homicide Review 'Joan' – "
                        "Action Plan", review_id_hint="Glenmarsh DHR Joan", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Rationale", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def evidence_link_titles_html() -> dict[str, Any]:
    """HTML, Georgia 9.5 pt, CSS grid: a last column ``Evidence / link`` holding the titles of the
    documents that evidence a completed or started action (``Custody release checklist v2.1 (PDF)``),
    underlined as links, empty where there is none; ``Ref`` and recommendation in ``rowspan`` cells;
    dates as ``Mar 2026``."""
    p = "Pellingham"
    recs = [
        R("1", f"{p} Police to record the children present at every domestic abuse incident.", [
            A(f"{p} Police", "Make the children-present field mandatory.", "Jan 2026", "Field mandatory.",
              "complete", evidence="Crime recording change note CR-114 (PDF)"),
            A(f"{p} Police", "Notify the school of every child present the next morning.", "Jun 2026",
              "Pilot in two schools.", "in_progress", evidence="Operation Encompass pilot report (Word)"),
        ]),
        R("2", f"{p} Council to include domestic abuse in its tenancy sustainment visits.", [
            A(f"{p} Council", "Add a routine enquiry to the visit form.", "Apr 2026", "", "not_started"),
        ]),
        R("3", f"{p} NHS Trust to flag a patient's disclosure on the shared care record.", [
            A(f"{p} NHS Trust", "Agree the flag with the shared care record board.", "Mar 2026",
              "Flag agreed.", "complete", evidence="Shared care record board minutes, 12 March 2026"),
            A(f"{p} NHS Trust", "Train ward staff to use the flag.", "Sep 2026", "Training booked.",
              "in_progress"),
        ]),
        R("4", f"{p} Community Safety Partnership to check that this plan's actions have made a difference.", [
            A(f"{p} CSP", "Hold a learning review a year after publication.", "Dec 2026", "", "not_started"),
        ]),
        R("5", f"{p} Probation Service to share a perpetrator's risk plan with the IDVA.", [
            A(f"{p} Probation Service", "Add the IDVA to the risk plan's circulation list.", "Feb 2026",
              "Circulation list updated.", "complete", evidence="Probation practice note PN 2026/03 (PDF)"),
        ]),
    ]
    return dict(
        name="evidence_link_titles_html", formats=["html"], evidence=True,
        meta=dict(title="Pellingham Community Safety Partnership – Domestic Homicide Review 'Sandra' – "
                        "Action Plan", review_id_hint="Pellingham DHR Sandra", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress",
                 "Evidence / link"],
        sections=[S("", recs)],
    )


def sector_subheadings_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Arial 9 pt, ruled: each recommendation a shaded row spanning the table
    (``Recommendation 1`` and its text, bold), then its action rows grouped under italic sub-heading rows
    of the sector (``Health``, ``Police``, ``Local authority``) spanning the action columns;
    ``Action / Lead / Target date / Progress``; dates as ``31.03.2026``."""
    w = "Wrenbridge"
    recs = [
        R("1", f"All agencies in {w} to ask about domestic abuse when a person presents with an injury "
               "they cannot explain.", [
            SA("Health", f"{w} Hospital Trust", "Add routine enquiry to the emergency department's triage.",
               "31.03.2026", "Triage prompt live.", "complete"),
            SA("Health", f"{w} Integrated Care Board", "Remind GP practices of routine enquiry.", "30.04.2026",
               "Bulletin item written.", "in_progress"),
            SA("Police", f"{w} Police", "Brief response officers on unexplained injuries.", "31.05.2026", "",
               "not_started"),
        ]),
        R("2", f"Agencies in {w} to share information about a perpetrator's previous partners.", [
            SA("Police", f"{w} Police", "Use the disclosure scheme where a new partner is at risk.",
               "30.06.2026", "Scheme applications up by a third.", "in_progress"),
            SA("Local authority", f"{w} Council", "Add previous partners to the MARAC referral form.",
               "28.02.2026", "Form updated.", "complete"),
        ]),
        R("3", f"{w} Community Safety Partnership to assure itself that the learning has been embedded.", [
            SA("Health", f"{w} Hospital Trust", "Report training figures to the CSP.", "30.09.2026", "",
               "not_started"),
            SA("Local authority", f"{w} Council", "Report audit findings to the CSP.", "30.09.2026",
               "First audit under way.", "in_progress"),
        ]),
        R("4", f"{w} Police to review how it handles a third-party report of domestic abuse.", [
            SA("Police", f"{w} Police", "Write guidance on third-party reports.", "31.01.2026",
               "Guidance published.", "complete"),
        ]),
    ]
    return dict(
        name="sector_subheadings_docx", formats=["docx"],
        meta=dict(title="Wrenbridge Community Safety Partnership – Domestic Homicide Review 'Paula' – "
                        "Action Plan", review_id_hint="Wrenbridge DHR Paula", as_at="", documents=[]),
        columns=["Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [joint_agency_bold_docx, rag_bracket_progress_html, rationale_column_docx, evidence_link_titles_html,
         sector_subheadings_docx]
