"""The thirty-fifth round of held-out plans' content (tools/heldout_drawing_round35.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan begun on portrait pages and continued in a landscape section, its columns set to other
widths there; a Welsh partnership's web page whose headers and status words are Welsh and English on
one line, ``Statws / Status``, ``Cwblhawyd / Complete``; targets written as how often the action recurs,
``Annually``, ``Quarterly``, ``At each MARAC``, with progress opening on a percentage, ``75% complete``;
superscript footnote markers inside the agency, target and update cells of a web page, the notes under
the table; ``DHR-3`` references and ``3a`` action references in columns of their own, with owners'
initials and one-word due dates in narrow columns beside long action text).  Written once and never
tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

WELSH_STATUS = {"complete": "Cwblhawyd / Complete", "in_progress": "Ar waith / In progress",
                "not_started": "Heb ddechrau / Not started", "overdue": "Yn hwyr / Overdue"}
FOOTNOTES = [("*", "Target date revised by the CSP board on 14/01/2026."),
             ("†", "Formerly Fenmarsh Clinical Commissioning Group; the ICB took on its duties in July 2022."),
             ("1", "Evidence seen by the CSP's assurance group."),
             ("2", "Figures from the agency's own audit, not yet checked by the CSP.")]


def W(agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose status is in its own column, written in Welsh and English (``Cwblhawyd / Complete``)."""
    return plain_action(agency, action, target, progress, status, status_word=WELSH_STATUS[status])


MARKS: dict[str, dict[str, str]] = {}  # action text -> the marker after its cells ("lead", "target", "progress")
OWNERS: dict[str, str] = {}  # action text -> its owner's initials, as the Owner column shows them


def F(agency: str, action: str, target: str, progress: str, status: str, **marks: str) -> dict[str, Any]:
    """An action whose cells may carry a footnote marker (``lead_mark``, ``target_mark``, ``progress_mark``),
    drawn as a superscript; the annotation holds the cells without it."""
    MARKS[action] = {k.removesuffix("_mark"): v for k, v in marks.items()}
    return A(agency, action, target, progress, status)


def O(agency: str, action: str, target: str, progress: str, status: str, owner: str) -> dict[str, Any]:
    """An action whose owner's initials sit in a column of their own (not in the annotation)."""
    OWNERS[action] = owner
    if status == "overdue":  # the update opens with the status in words, as the plan's others do
        return plain_action(agency, action, target, f"Overdue. {progress}", status)
    return A(agency, action, target, progress, status)


def landscape_continued_docx() -> dict[str, Any]:
    """DOCX, Arial 9 pt, ruled: the plan begun in an A4 portrait section (recommendations 1 to 3, six
    columns fitted to 18 cm) and continued after a section break on an A4 landscape page in a second
    table (recommendations 4 to 6) under the same header, its columns set to other proportions (the
    action and progress columns much wider); number and recommendation merged over the actions; dates
    as ``31/03/2026``."""
    p = "Pellinghurst"
    recs = [
        R("1", f"{p} Police to make sure that a domestic abuse risk assessment is completed at every "
               "incident, including those where the victim declines to answer the questions.", [
            A(f"{p} Police", "Change the risk assessment form so that a declined assessment is recorded with "
              "the officer's own view of the risk.", "31/01/2026", "Form changed on 12/01/2026.", "complete"),
            A(f"{p} Police", "Dip-sample thirty declined assessments each quarter and report the findings to "
              "the domestic abuse board.", "30/09/2026", "First sample taken in April; report due in July.",
              "in_progress"),
        ]),
        R("2", f"{p} Borough Council to make sure that housing officers know how to respond when a tenant "
               "discloses domestic abuse during a tenancy visit.", [
            A(f"{p} Borough Council", "Write a one-page guide for housing officers with the local domestic "
              "abuse service.", "31/03/2026", "Guide published on the staff intranet.", "complete"),
            A(f"{p} Borough Council", "Train every housing officer on the guide.", "30/06/2026",
              "Forty of the sixty officers trained.", "in_progress"),
        ]),
        R("3", f"{p} NHS Foundation Trust to ask about domestic abuse when a patient attends the emergency "
               "department with an injury for the second time in a year.", [
            A(f"{p} NHS Foundation Trust", "Add a repeat attendance prompt to the emergency department's "
              "electronic record.", "31/05/2026", "", "not_started"),
        ]),
        R("4", f"{p} Children's Services to record the views of a child living in a household where there "
               "is domestic abuse at every assessment.", [
            A(f"{p} Children's Services", "Add a section for the child's views to the assessment template.",
              "28/02/2026", "Template changed; the section is mandatory.", "complete"),
            A(f"{p} Children's Services", "Audit twenty assessments for the child's views.", "31/10/2026", "",
              "not_started"),
        ]),
        R("5", f"{p} Probation Service to share a perpetrator's domestic abuse history with the housing "
               "provider before a move to a new address.", [
            A(f"{p} Probation Service", "Agree an information sharing protocol with the three largest housing "
              "providers.", "30/04/2026", "Protocol agreed with two providers; the third is reviewing it.",
              "in_progress"),
        ]),
        R("6", f"{p} Community Safety Partnership to publish a seven-minute briefing on the review for all "
               "partner agencies.", [
            A(f"{p} CSP", "Write the briefing with the review's independent chair.", "31/03/2026",
              "Briefing written and agreed by the chair.", "complete"),
            A(f"{p} CSP", "Send the briefing to every partner agency and publish it on the CSP's website.",
              "30/04/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="landscape_continued_docx", formats=["docx"],
        meta=dict(title="Pellinghurst Community Safety Partnership – Domestic Homicide Review 'Sandra' – "
                        "Action Plan", review_id_hint="Pellinghurst DHR Sandra", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def welsh_status_pairs_html() -> dict[str, Any]:
    """HTML, Arial 9.5 pt, CSS borders: a Welsh partnership's page with every header cell in Welsh and
    English on one line (``Cyf. / Ref``, ``Statws / Status``); a ``Statws / Status`` column whose words are
    Welsh and English on one line (``Cwblhawyd / Complete``, ``Ar waith / In progress``, ``Heb ddechrau /
    Not started``, ``Yn hwyr / Overdue``), the update (in English) beside it not stating the status;
    ``Cyf. / Ref`` and recommendation in ``rowspan`` cells; dates as ``31/03/2026``."""
    c = "Cwm Tawelan"
    recs = [
        R("1", f"{c} Police to make sure that a victim can give a statement in Welsh whenever she asks to.", [
            W(f"{c} Police", "Keep a list of Welsh-speaking officers trained in taking statements.",
              "31/01/2026", "List held by the control room and updated monthly.", "complete"),
            W(f"{c} Police", "Tell every victim of the right to give a statement in Welsh.", "31/03/2026",
              "Leaflet drafted; the victim contact script is being changed.", "in_progress"),
        ]),
        R("2", f"{c} County Borough Council to check a tenant's housing history for domestic abuse before a "
               "transfer.", [
            W(f"{c} County Borough Council", "Add the check to the transfer procedure.", "28/02/2026",
              "The procedure was due to change in February; the change has not been made.", "overdue"),
        ]),
        R("3", f"{c} University Health Board to ask about domestic abuse at every antenatal booking "
               "appointment.", [
            W(f"{c} University Health Board", "Add the question to the booking record.", "31/12/2025",
              "Question in the record since December.", "complete"),
            W(f"{c} University Health Board", "Audit fifty booking records for the question.", "30/09/2026",
              "", "not_started"),
        ]),
        R("4", f"{c} Community Safety Partnership to offer the review's learning to local employers.", [
            W(f"{c} CSP", "Hold a workshop with the chamber of trade.", "31/05/2026",
              "Date agreed with the chamber; speakers being found.", "in_progress"),
            W(f"{c} CSP", "Publish a bilingual briefing for employers.", "31/07/2026", "", "not_started"),
        ]),
        R("5", f"{c} Probation Service to share risk information with the IDVA service at the start of "
               "every case.", [
            W(f"{c} Probation Service", "Agree a referral route with the IDVA service.", "31/03/2026",
              "Route agreed and in use.", "complete"),
        ]),
    ]
    return dict(
        name="welsh_status_pairs_html", formats=["html"],
        meta=dict(title="Cwm Tawelan Community Safety Partnership – Domestic Homicide Review 'Eirlys' – "
                        "Action Plan", review_id_hint="Cwm Tawelan DHR Eirlys", as_at="", documents=[]),
        columns=["Cyf. / Ref", "Argymhelliad / Recommendation", "Cam gweithredu / Action", "Arweinydd / Lead",
                 "Erbyn / By", "Statws / Status", "Diweddariad / Update"],
        sections=[S("", recs)],
    )


def recurring_targets_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Cambria 9.5 pt, ruled: target cells that say how often the action recurs
    (``Annually``, ``Quarterly``, ``Every six months``, ``At each MARAC``, ``Ongoing – reviewed
    annually``) beside dates (``31/03/2026``); no status column, the progress opening with a percentage
    (``100% complete.``, ``75% complete –``, ``0% –``), the status the one the percentage means; number
    and recommendation merged over the actions."""
    q = "Quellford"
    recs = [
        R("1", f"{q} Police to review the quality of domestic abuse risk assessments.", [
            plain_action(f"{q} Police", "Audit twenty risk assessments and report to the domestic abuse board.",
                         "Quarterly", "75% complete – three of the four quarterly audits done this year.",
                         "in_progress"),
            plain_action(f"{q} Police", "Refresh risk assessment training for response officers.", "Annually",
                         "100% complete. All response teams refreshed in February 2026.", "complete"),
        ]),
        R("2", f"{q} Multi-Agency Risk Assessment Conference to check that every high-risk case has an IDVA "
               "allocated.", [
            plain_action(f"{q} MARAC", "Confirm the IDVA allocation of every case heard.", "At each MARAC",
                         "100% complete. A standing item on the agenda since January 2026.", "complete"),
        ]),
        R("3", f"{q} Adult Social Care to ask about domestic abuse at every review of a care and support "
               "plan.", [
            plain_action(f"{q} Adult Social Care", "Add the question to the review template.", "31/03/2026",
                         "100% complete. Template changed in March 2026.", "complete"),
            plain_action(f"{q} Adult Social Care", "Audit thirty reviews for the question.", "Every six months",
                         "0% – the first audit is due in September 2026.", "not_started"),
        ]),
        R("4", f"{q} Community Safety Partnership to keep the review's learning in front of practitioners.", [
            plain_action(f"{q} CSP", "Include the review in the multi-agency domestic abuse training.",
                         "Ongoing – reviewed annually", "50% complete – in the spring and summer courses; the "
                         "autumn course is being rewritten.", "in_progress"),
            plain_action(f"{q} CSP", "Report the plan's progress to the partnership board.", "Every six months",
                         "50% complete – reported in March 2026; next report in September.", "in_progress"),
        ]),
        R("5", f"{q} Housing Partnership to check for domestic abuse before evicting a tenant for rent "
               "arrears.", [
            plain_action(f"{q} Housing Partnership", "Add a domestic abuse check to the eviction procedure.",
                         "30/06/2026", "25% complete – the procedure is being redrafted.", "in_progress"),
            plain_action(f"{q} Housing Partnership", "Report the number of checks made to the CSP.", "Monthly",
                         "0% – reporting starts once the procedure is in place.", "not_started"),
        ]),
    ]
    return dict(
        name="recurring_targets_docx", formats=["docx"],
        meta=dict(title="Quellford Community Safety Partnership – Domestic Homicide Review 'Helen' – "
                        "Action Plan", review_id_hint="Quellford DHR Helen", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


def footnote_marked_cells_html() -> dict[str, Any]:
    """HTML, Georgia 9.5 pt, CSS borders: superscript footnote markers (``*``, ``†``, ``1``, ``2``) at the
    end of some agency, target and update cells (``Fenmarsh Integrated Care Board†``, ``31/07/2026*``,
    ``… in May 2026.¹``), the notes in small type under the table; the annotation holds the cells without
    the markers; ``No.`` and recommendation in ``rowspan`` cells; dates as ``31/03/2026``."""
    f = "Fenmarsh"
    icb = f"{f} Integrated Care Board"
    recs = [
        R("1", f"{f} Police to refer every victim of a high-risk domestic abuse incident to the IDVA service "
               "within one working day.", [
            F(f"{f} Police", "Add the referral to the public protection unit's daily review.", "31/03/2026",
              "Referral part of the daily review since February 2026.", "complete", progress_mark="1"),
            F(f"{f} Police", "Report the share of referrals made within one working day each month.",
              "31/07/2026", "Reports begun in April; 82% within the day so far.", "in_progress",
              target_mark="*", progress_mark="2"),
        ]),
        R("2", f"{f} Integrated Care Board to make sure that GP practices record a disclosure of domestic "
               "abuse on the records of the victim's children.", [
            F(icb, "Write guidance for GP practices on linking the records.", "30/04/2026",
              "Guidance issued to every practice in April 2026.", "complete", lead_mark="†", progress_mark="1"),
            F(icb, "Audit the records of ten practices.", "30/11/2026", "", "not_started", lead_mark="†"),
        ]),
        R("3", f"{f} District Council to make sure that its customer service staff know how to respond to a "
               "caller who discloses domestic abuse.", [
            F(f"{f} District Council", "Train the customer service team.", "30/06/2026",
              "Two of the three teams trained.", "in_progress", target_mark="*"),
        ]),
        R("4", f"{f} Community Safety Partnership to commission a service for older victims of domestic abuse.", [
            F(f"{f} CSP", "Agree the service specification with the partners.", "31/05/2026",
              "Specification agreed in May 2026.", "complete", progress_mark="1"),
            F(f"{f} CSP", "Commission the service.", "31/12/2026", "", "not_started"),
        ]),
        R("5", f"{f} Mental Health Trust to ask about domestic abuse at every first assessment.", [
            F(f"{f} Mental Health Trust", "Add the question to the first assessment form.", "31/01/2026",
              "Form changed; the question is mandatory.", "complete"),
            F(f"{f} Mental Health Trust", "Audit forty first assessments for the question.", "30/09/2026",
              "Half the audit done; the question asked in 17 of the 20 records checked so far.", "in_progress",
              target_mark="*", progress_mark="2"),
        ]),
    ]
    return dict(
        name="footnote_marked_cells_html", formats=["html"],
        meta=dict(title="Fenmarsh Community Safety Partnership – Domestic Homicide Review 'Carol' – "
                        "Action Plan", review_id_hint="Fenmarsh DHR Carol", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def ref_codes_initials_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 8.5 pt, ruled: a ``DHR ref`` column of recommendation references
    (``DHR-1`` … ``DHR-5``; the annotation's number is the plain number) and an ``Act.`` column of
    lettered action references (``1a``, ``1b``), an ``Owner`` column of the action owner's initials
    (``JT``) beside the ``Lead agency``, and one-word due dates (``Mar-26``) in a narrow ``Due`` column,
    next to long action and update text; reference and recommendation merged over the actions."""
    h = "Harnwick"
    recs = [
        R("1", f"{h} Police to improve the response to reports of stalking by a former partner.", [
            O(f"{h} Police", "Rewrite the stalking investigation guidance so that every report by a former "
              "partner is assessed with the domestic abuse risk assessment and the stalking screening tool, and "
              "the victim is told who is investigating within two days.", "Mar-26",
              "Guidance rewritten and issued to every investigation team.", "complete", "JT"),
            O(f"{h} Police", "Check twenty stalking investigations against the new guidance and report the "
              "findings to the domestic abuse board.", "Sep-26", "Ten investigations checked so far.",
              "in_progress", "JT"),
        ], label="DHR-1"),
        R("2", f"{h} Borough Council to make sure that a victim fleeing domestic abuse is not found "
               "intentionally homeless because she left a tenancy.", [
            O(f"{h} Borough Council", "Issue a practice note to the housing options team on applications from "
              "victims who have left a tenancy, with examples of the evidence that may be asked for and the "
              "evidence that must not be.", "Apr-26", "", "not_started", "AK"),
        ], label="DHR-2"),
        R("3", f"{h} NHS Foundation Trust to share information about domestic abuse between its maternity "
               "and health visiting services.", [
            O(f"{h} NHS Foundation Trust", "Set up a monthly handover meeting between the two services for every "
              "family where domestic abuse has been disclosed during the pregnancy.", "Jan-26",
              "Meetings held monthly since January.", "complete", "RB"),
            O(f"{h} NHS Foundation Trust", "Add a domestic abuse flag to the shared child health record so that "
              "a health visitor sees a disclosure made to a midwife.", "Jun-26",
              "The flag is built; testing with the health visiting team.", "in_progress", "RB"),
            O(f"{h} NHS Foundation Trust", "Audit the records of twenty families for the flag.", "Dec-26", "",
              "not_started", "MO"),
        ], label="DHR-3"),
        R("4", f"{h} Community Safety Partnership to make the review's learning known to faith groups.", [
            O(f"{h} CSP", "Hold a session on the review with the local faith forum.", "May-26",
              "Session held on 12 May with eleven faith groups attending.", "complete", "LP"),
        ], label="DHR-4"),
        R("5", f"{h} Probation Service to check with children's services before a perpetrator is released to "
               "an address where children live.", [
            O(f"{h} Probation Service", "Add the check to the release planning checklist and brief every "
              "offender manager in the domestic abuse team on when it applies.", "Feb-26",
              "The checklist was due to change in February and has not; the change is with the regional "
              "policy team.", "overdue", "SN"),
        ], label="DHR-5"),
    ]
    return dict(
        name="ref_codes_initials_docx", formats=["docx"],
        meta=dict(title="Harnwick Community Safety Partnership – Domestic Homicide Review 'Janet' – "
                        "Action Plan", review_id_hint="Harnwick DHR Janet", as_at="", documents=[]),
        columns=["DHR ref", "Recommendation", "Act.", "Action", "Lead agency", "Owner", "Due", "Update"],
        sections=[S("", recs)],
    )


PLANS = [landscape_continued_docx, welsh_status_pairs_html, recurring_targets_docx, footnote_marked_cells_html,
         ref_codes_initials_docx]
