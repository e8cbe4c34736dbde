"""The twenty-second round of held-out plans' content (tools/heldout_drawing_round22.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

PERCENT_OF = {"complete": "100%", "in_progress": "50%", "not_started": "0%"}


def P(agency: str, action: str, target: str, progress: str, status: str, percent: str = "") -> dict[str, Any]:
    """An action whose status is shown only as a percentage complete, the comment not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=percent or PERCENT_OF[status])


def D(agency: str, action: str, target: str, progress: str, status: str, start: str = "") -> dict[str, Any]:
    """An action with a start date beside its end date (carried as ``u1``, which only the document shows)."""
    return dict(A(agency, action, target, progress, status), u1=start)


def acronym_key_before_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Tahoma 9 pt, ruled: every agency written only as an acronym (``HPS``,
    ``HUHFT``) in the plan; a two-column ``Abbreviation / Meaning`` table before the plan table, a
    short paragraph between the two; ``No. / Recommendation / Action / Lead / Target / Progress``."""
    recs = [
        R("1", "HPS to make sure that response officers record the presence of children at every domestic "
               "abuse incident.", [
            A("HPS", "Add a mandatory children field to the incident form.", "30/06/2025",
              "Field live since June 2025.", "complete"),
            A("HPS", "Audit thirty incident forms for the field.", "31/12/2025",
              "Eighteen forms audited; the field was completed in all of them.", "in_progress"),
        ]),
        R("2", "HUHFT to offer every patient attending the emergency department with a head injury a private "
               "conversation about their safety.", [
            A("HUHFT", "Add the safety question to the head injury pathway.", "31/08/2025",
              "Pathway changed in August 2025.", "complete"),
        ]),
        R("3", "HBC to give a victim fleeing abuse priority on the housing register without waiting for a "
               "police report.", [
            A("HBC", "Amend the allocations policy.", "31/10/2025",
              "Amendment out to consultation until October.", "in_progress"),
            A("HBC", "Train allocations officers on the amended policy.", "31/01/2026", "", "not_started"),
        ]),
        R("4", "HPDU to tell the victim's IDVA when a perpetrator's licence conditions change.", [
            A("HPDU", "Add the IDVA to the licence variation notification list.", "30/09/2025",
              "Notification list updated in September 2025.", "complete"),
        ]),
        R("5", "HCSP to publish a summary of the review's learning for the public.", [
            A("HCSP", "Write a two-page public summary.", "30/11/2025",
              "Draft summary with the family for comment.", "in_progress"),
            A("HCSP", "Publish the summary on the partnership website.", "31/01/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="acronym_key_before_docx", formats=["docx"],
        meta=dict(title="Hallowmere Community Safety Partnership – Domestic Homicide Review 'Rosalind' – "
                        "Action Plan",
                  review_id_hint="Hallowmere DHR Rosalind", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def bracketed_agency_list_html() -> dict[str, Any]:
    """HTML, Lato 10 pt, CSS borders: one row per recommendation; its cell holds the recommendation,
    then ``Actions:`` and a numbered list of the actions (``<ol>``), each ending with its agency in
    brackets (``… (Police)``); one target date and one progress cell per recommendation, shared by its
    actions (the annotation gives each action the recommendation's target and progress)."""
    k = "Kestlebury"
    recs = [
        R("1", f"{k} Police and the Ambulance Service to share the addresses of repeat domestic abuse "
               "callers so that crews know the history before they arrive.", [
            A(f"{k} Police", "Send a weekly list of repeat-call addresses to the ambulance control room.",
              "31/07/2025", "The list has been sent each week since July 2025.", "complete"),
            A(f"{k} Ambulance Service", "Flag the addresses on the dispatch system.", "31/07/2025",
              "The list has been sent each week since July 2025.", "complete"),
        ]),
        R("2", f"{k} Children's Services and schools to make sure that a child's school hears of a "
               "domestic abuse incident at home before the next school day.", [
            A(f"{k} Children's Services", "Join the Operation Encompass scheme.", "30/11/2025",
              "Scheme agreed; twenty of thirty schools signed up.", "in_progress"),
            A(f"{k} Education Service", "Train the designated safeguarding leads on the scheme.", "30/11/2025",
              "Scheme agreed; twenty of thirty schools signed up.", "in_progress"),
        ]),
        R("3", f"{k} Mental Health Trust to assess the risk to a partner before a patient is given home "
               "leave.", [
            A(f"{k} Mental Health Trust", "Add a partner risk question to the home leave checklist.",
              "31/03/2026", "", "not_started"),
        ]),
        R("4", f"{k} District Council to check for domestic abuse when a tenant asks for a transfer because "
               "of neighbour problems.", [
            A(f"{k} District Council", "Add a domestic abuse prompt to the transfer form.", "31/08/2025",
              "Prompt added and officers briefed.", "complete"),
        ]),
        R("5", f"{k} Community Safety Partnership and the Probation Service to tell the public how to "
               "use the Domestic Violence Disclosure Scheme.", [
            A(f"{k} CSP", "Run a social media campaign on the scheme.", "31/12/2025",
              "Campaign planned for December.", "in_progress"),
            A(f"{k} Probation Service", "Put the scheme's leaflet in every probation office.", "31/12/2025",
              "Campaign planned for December.", "in_progress"),
        ]),
    ]
    return dict(
        name="bracketed_agency_list_html", formats=["html"],
        meta=dict(title="Kestlebury Community Safety Partnership – Domestic Homicide Review 'Beatrix' – "
                        "Action Plan",
                  review_id_hint="Kestlebury DHR Beatrix", as_at="", documents=[]),
        columns=["No.", "Recommendation and actions", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def gantt_quarter_columns_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 8 pt, ruled: the target shown only as a shaded ``X`` in one of four
    quarter columns (``Q1 / Q2 / Q3 / Q4``) under a grouped ``2025/26`` header, like a Gantt chart; the
    annotation's target is the quarter (``Q3 2025/26``); ``No.`` and recommendation merged over the
    actions."""
    m = "Marrowcombe"
    recs = [
        R("1", f"{m} Police to make sure that domestic abuse stalking cases are reviewed by a stalking "
               "specialist.", [
            A(f"{m} Police", "Appoint a stalking specialist to the public protection unit.", "Q1 2025/26",
              "Specialist in post since May 2025.", "complete"),
            A(f"{m} Police", "Route every stalking crime to the specialist for review.", "Q2 2025/26",
              "Routing set up; reviews under way.", "in_progress"),
        ]),
        R("2", f"{m} Hospital Trust to make sure that maternity staff ask about domestic abuse at every "
               "antenatal contact where the woman is seen alone.", [
            A(f"{m} Hospital Trust", "Audit twenty antenatal records for the question.", "Q3 2025/26",
              "Audit tool agreed; the audit starts in October.", "in_progress"),
        ]),
        R("3", f"{m} Borough Council to include domestic abuse in the training of its environmental health "
               "officers.", [
            A(f"{m} Borough Council", "Add a domestic abuse module to the officers' training.", "Q2 2025/26",
              "Module delivered to all officers in September 2025.", "complete"),
            A(f"{m} Borough Council", "Check the module's effect through a staff survey.", "Q4 2025/26", "",
              "not_started"),
        ]),
        R("4", f"{m} Substance Misuse Service to ask every client about abuse by a partner at the first "
               "assessment.", [
            A(f"{m} Substance Misuse Service", "Change the assessment form.", "Q1 2025/26",
              "Form changed in June 2025.", "complete"),
        ]),
        R("5", f"{m} Community Safety Partnership to report the plan's progress to the Home Office.", [
            A(f"{m} CSP", "Send the progress report to the Home Office.", "Q4 2025/26", "", "not_started"),
        ]),
    ]
    return dict(
        name="gantt_quarter_columns_docx", formats=["docx"],
        meta=dict(title="Marrowcombe Community Safety Partnership – Domestic Homicide Review 'Philippa' – "
                        "Action Plan 2025/26",
                  review_id_hint="Marrowcombe DHR Philippa", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Q1", "Q2", "Q3", "Q4", "Progress"],
        sections=[S("", recs)],
    )


def percent_complete_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Verdana 8 pt, ruled: the status given only as a percentage in a narrow
    ``% complete`` column (``100%``, ``40%``, ``0%``), the comments not stating it; ``Ref`` and
    recommendation written on a recommendation's first row only (not merged)."""
    s = "Saltinghall"
    recs = [
        R("1", f"{s} Police to check a perpetrator's firearms licence when they are arrested for a "
               "domestic abuse offence.", [
            P(f"{s} Police", "Add a firearms licence check to the custody procedure.", "31/05/2025",
              "Check added to the custody procedure.", "complete"),
            P(f"{s} Police", "Audit twenty custody records for the check.", "30/11/2025",
              "Eight records audited so far.", "in_progress", "40%"),
        ]),
        R("2", f"{s} ICB to make sure that GP practices record a safeguarding concern raised by a "
               "pharmacist.", [
            P(f"{s} ICB", "Agree a referral form between pharmacies and practices.", "31/10/2025",
              "Form drafted with the local pharmaceutical committee.", "in_progress", "60%"),
        ]),
        R("3", f"{s} Adult Social Care to consider domestic abuse when a carer's assessment finds the "
               "carer under strain.", [
            P(f"{s} Adult Social Care", "Add domestic abuse questions to the carer's assessment.",
              "31/07/2025", "Questions in use since July 2025.", "complete"),
            P(f"{s} Adult Social Care", "Brief carers' assessors on the new questions.", "31/01/2026", "",
              "not_started"),
        ]),
        R("4", f"{s} Housing Association to train its repairs staff to spot signs of domestic abuse.", [
            P(f"{s} Housing Association", "Run awareness sessions for repairs staff.", "31/12/2025",
              "Two of five sessions held.", "in_progress", "40%"),
        ]),
        R("5", f"{s} Community Safety Partnership to review the plan with the family a year after "
               "publication.", [
            P(f"{s} CSP", "Meet the family to review the plan.", "30/06/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="percent_complete_docx", formats=["docx"],
        meta=dict(title="Saltinghall Community Safety Partnership – Domestic Homicide Review 'Octavia' – "
                        "Action Plan",
                  review_id_hint="Saltinghall DHR Octavia", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Agency", "Due", "% complete", "Comments"],
        sections=[S("", recs)],
    )


def start_end_timescale_html() -> dict[str, Any]:
    """HTML, Georgia 10 pt, rules under the rows only: a ``Timescale`` column holding two labelled
    lines, ``Start: 01/04/2025`` and ``End: 30/09/2025`` (the annotation's target the end date);
    ``Ref / Recommendation / Action / Responsible / Timescale / Progress``; ref and recommendation in
    ``rowspan`` cells."""
    w = "Wendlecott"
    recs = [
        R("1", f"{w} Police to give every domestic abuse victim the name of an officer to contact while "
               "the investigation is open.", [
            D(f"{w} Police", "Add the officer's name to the victim contact letter.", "30/06/2025",
              "Letter changed in June 2025.", "complete", start="01/04/2025"),
            D(f"{w} Police", "Check that victims were given the name in a sample of cases.", "31/12/2025",
              "Sample of twenty cases chosen.", "in_progress", start="01/09/2025"),
        ]),
        R("2", f"{w} Community Health Services to make sure health visitors ask about domestic abuse at "
               "the six-week check.", [
            D(f"{w} Community Health Services", "Add the question to the six-week check template.",
              "30/09/2025", "Template changed in August 2025.", "complete", start="01/06/2025"),
        ]),
        R("3", f"{w} Borough Council to tell the domestic abuse service when a victim is placed in "
               "temporary accommodation out of the area.", [
            D(f"{w} Borough Council", "Agree a notification process with the domestic abuse service.",
              "31/10/2025", "Process drafted; waiting for sign-off.", "in_progress", start="01/07/2025"),
            D(f"{w} Borough Council", "Record notifications on the housing system.", "31/03/2026", "",
              "not_started", start="01/01/2026"),
        ]),
        R("4", f"{w} Probation Service to tell the police when a perpetrator misses a programme session.", [
            D(f"{w} Probation Service", "Set up an automatic email to the police for missed sessions.",
              "31/08/2025", "Emails sent since August 2025.", "complete", start="01/05/2025"),
        ]),
        R("5", f"{w} Community Safety Partnership to ask the victim's employer to join the learning event.", [
            D(f"{w} CSP", "Invite the employer to the learning event.", "30/11/2025",
              "Employer has agreed to attend.", "in_progress", start="01/09/2025"),
        ]),
    ]
    return dict(
        name="start_end_timescale_html", formats=["html"],
        meta=dict(title="Wendlecott Community Safety Partnership – Domestic Homicide Review 'Harriet' – "
                        "Action Plan",
                  review_id_hint="Wendlecott DHR Harriet", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Responsible", "Timescale", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [acronym_key_before_docx, bracketed_agency_list_html, gantt_quarter_columns_docx,
         percent_complete_docx, start_end_timescale_html]
