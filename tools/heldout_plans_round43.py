"""The forty-third round of held-out plans' content (tools/heldout_drawing_round43.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan whose header is two rows, ``Timescales`` over ``Start`` and ``End``; a Word plan with a narrow
``Priority`` column whose words run bottom to top in every row; a web page whose progress cells hold an
open ``<details>`` disclosure, its ``<summary>`` naming the update; a Word plan where each recommendation's
actions are followed by a full-width ``Outcome:`` row; a web page whose lead agencies are acronyms keyed
in one line under the table).  Written once and never tuned against.  Places, agencies and people are
invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def timescales_start_end_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 9 pt, ruled: a header of two rows, ``Timescales`` spanning ``Start`` and
    ``End`` in the second, the other names merged down over both; the annotation's target the end date;
    number and recommendation merged over the actions; dates as ``01/04/2026``."""
    k = "Kestlemoor"
    recs = [
        R("1", f"{k} Police to make sure that officers attending a domestic abuse incident check for "
               "previous call-outs to the address.", [
            A(f"{k} Police", "Add the address history check to the attending officer's mobile form.",
              "30/06/2026", "Form changed in May 2026.", "complete"),
            A(f"{k} Police", "Audit fifty incident records for the check.", "31/12/2026",
              "Audit sample drawn.", "in_progress"),
        ]),
        R("2", f"{k} Integrated Care Board to make sure that GP practices code a disclosure of domestic "
               "abuse in the patient record.", [
            A(f"{k} Integrated Care Board", "Issue coding guidance to every practice.", "31/05/2026",
              "Guidance in draft.", "in_progress"),
        ]),
        R("3", f"{k} Borough Council Housing Service to ask every homeless applicant about domestic abuse "
               "in private.", [
            A(f"{k} Borough Council Housing Service", "Revise the homelessness assessment script.",
              "31/03/2026", "Script revised.", "complete"),
            A(f"{k} Borough Council Housing Service", "Train the housing options officers.", "30/09/2026",
              "", "not_started"),
        ]),
        R("4", f"{k} Drug and Alcohol Service to consider domestic abuse when a client's partner attends "
               "appointments.", [
            A(f"{k} Drug and Alcohol Service", "Add a prompt to the key worker supervision record.",
              "31/08/2026", "", "not_started"),
        ]),
        R("5", f"{k} Community Safety Partnership to publish the review and the plan.", [
            A(f"{k} CSP", "Publish the review on the partnership's website.", "31/10/2026",
              "Awaiting the Home Office panel's letter.", "in_progress"),
        ]),
    ]
    return dict(
        name="timescales_start_end_docx", formats=["docx"],
        meta=dict(title="Kestlemoor Community Safety Partnership – Domestic Homicide Review 'Lorna' – "
                        "Action Plan", review_id_hint="Kestlemoor DHR Lorna", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Start", "End", "Progress"],
        sections=[S("", recs)],
        starts=["01/04/2026", "01/07/2026", "01/04/2026", "01/01/2026", "01/04/2026", "01/06/2026",
                "01/08/2026"],
    )


def vertical_priority_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: a narrow ``Priority`` column (0.8 cm) between the
    recommendation and the action whose word (``High`` / ``Medium`` / ``Low``) runs bottom to top in every
    action's row, the header's name too; the priority not annotated; number and recommendation merged
    over the actions; dates as ``31 March 2026``."""
    d = "Dunsfold Water"
    recs = [
        R("1", f"{d} Police to make sure that a victim's withdrawal of a complaint is followed by a risk "
               "review.", [
            A(f"{d} Police", "Add a risk review to the withdrawal procedure.", "31 March 2026",
              "Procedure amended.", "complete"),
            A(f"{d} Police", "Brief the domestic abuse investigators on the review.", "30 June 2026",
              "Briefings under way.", "in_progress"),
        ]),
        R("2", f"{d} Hospital Trust to make sure that emergency department staff ask about domestic abuse "
               "at a repeat attendance.", [
            A(f"{d} Hospital Trust", "Add a repeat attendance prompt to the triage record.",
              "31 July 2026", "", "not_started"),
        ]),
        R("3", f"{d} Council Adult Social Care to share safeguarding concerns about an older victim with "
               "her GP.", [
            A(f"{d} Council Adult Social Care", "Agree a notification route with the GP practices.",
              "31 May 2026", "Route agreed with two practices.", "in_progress"),
            A(f"{d} Council Adult Social Care", "Check ten concerns for the notification.",
              "30 November 2026", "", "not_started"),
        ]),
        R("4", f"{d} Probation Service to check a perpetrator's new relationships at every supervision.", [
            A(f"{d} Probation Service", "Add the question to the supervision template.", "30 April 2026",
              "Template updated.", "complete"),
        ]),
        R("5", f"{d} Community Safety Partnership to share the learning with faith groups.", [
            A(f"{d} CSP", "Hold a briefing for local faith leaders.", "30 September 2026",
              "Briefing booked for September.", "in_progress"),
        ]),
    ]
    return dict(
        name="vertical_priority_docx", formats=["docx"],
        meta=dict(title="Dunsfold Water Community Safety Partnership – Domestic Homicide Review 'Edith' – "
                        "Action Plan", review_id_hint="Dunsfold Water DHR Edith", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Priority", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
        priorities=["High", "High", "Medium", "High", "Low", "Medium", "Low"],
    )


def details_progress_html() -> dict[str, Any]:
    """HTML, Arial 10 pt, CSS borders: each progress cell an open ``<details>`` whose ``<summary>`` reads
    ``Update – 30 April 2026`` (a disclosure triangle before it in the print) and whose body is the update;
    ``Ref`` and recommendation in ``rowspan`` cells; dates as ``30 June 2026``."""
    m = "Marlow Fen"
    recs = [
        R("1", f"{m} Police to make sure that a domestic abuse risk assessment is completed at every "
               "incident, including where the victim declines.", [
            A(f"{m} Police", "Make the risk assessment a mandatory field in the incident record.",
              "30 June 2026", "Field made mandatory in March.", "complete"),
            A(f"{m} Police", "Audit the records where the victim declined.", "31 October 2026",
              "First audit planned.", "in_progress"),
        ]),
        R("2", f"{m} Children's Services to record the father's details in every child's assessment.", [
            A(f"{m} Children's Services", "Revise the assessment form.", "31 May 2026", "Form in testing.",
              "in_progress"),
        ]),
        R("3", f"{m} Mental Health Trust to ask about domestic abuse at every crisis team assessment.", [
            A(f"{m} Mental Health Trust", "Add the question to the crisis assessment.", "31 March 2026",
              "Question added.", "complete"),
            A(f"{m} Mental Health Trust", "Train the crisis team in the question.", "31 August 2026",
              "", "not_started"),
        ]),
        R("4", f"{m} District Council to train its customer service staff to recognise domestic abuse.", [
            A(f"{m} District Council", "Deliver the e-learning to customer service staff.",
              "30 September 2026", "", "not_started"),
        ]),
        R("5", f"{m} Community Safety Partnership to monitor the plan.", [
            A(f"{m} CSP", "Report progress to every partnership board.", "31 March 2027",
              "Reported in April 2026.", "in_progress"),
        ]),
    ]
    return dict(
        name="details_progress_html", formats=["html"],
        meta=dict(title="Marlow Fen Community Safety Partnership – Domestic Homicide Review 'Grace' – "
                        "Action Plan", review_id_hint="Marlow Fen DHR Grace", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def outcome_row_after_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Cambria 9 pt, ruled: after each recommendation's action rows a row spanning the
    table, pale and italic, ``Outcome: …`` (what the recommendation should achieve; not annotated);
    ``Ref`` and recommendation merged over the actions; dates as ``Mar 2026``."""
    c = "Corringham"
    recs = [
        R("1", f"{c} Police to make sure that a stalking report is risk assessed with the stalking "
               "screening tool.", [
            A(f"{c} Police", "Add the screening tool to the crime recording system.", "Mar 2026",
              "Tool added.", "complete"),
            A(f"{c} Police", "Check twenty stalking reports for the tool.", "Sep 2026", "", "not_started"),
        ]),
        R("2", f"{c} Integrated Care Board to make sure that practices act on a letter from the IDVA "
               "service.", [
            A(f"{c} Integrated Care Board", "Agree a workflow for IDVA letters with the practices.",
              "Jun 2026", "Workflow agreed with half the practices.", "in_progress"),
        ]),
        R("3", f"{c} Council Children's Services to see the children alone when domestic abuse is "
               "reported.", [
            A(f"{c} Council Children's Services", "Revise the visiting standard.", "Apr 2026",
              "Standard revised.", "complete"),
            A(f"{c} Council Children's Services", "Audit the visits made after the revision.", "Dec 2026",
              "Audit scoped.", "in_progress"),
        ]),
        R("4", f"{c} Housing Trust to flag a property where domestic abuse has been reported.", [
            A(f"{c} Housing Trust", "Add the flag to the housing management system.", "Jul 2026", "",
              "not_started"),
        ]),
        R("5", f"{c} Community Safety Partnership to tell the family how the plan has been carried out.", [
            A(f"{c} CSP", "Write to the family when the plan is complete.", "Mar 2027",
              "Family told of progress in May 2026.", "in_progress"),
        ]),
    ]
    return dict(
        name="outcome_row_after_docx", formats=["docx"],
        meta=dict(title="Corringham Community Safety Partnership – Domestic Homicide Review 'Vera' – "
                        "Action Plan", review_id_hint="Corringham DHR Vera", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Due", "Progress"],
        sections=[S("", recs)],
        outcomes=["Stalking is recognised and its risk assessed at the first report.",
                  "Practices know of the IDVA's involvement and record it.",
                  "Children's own experience of the abuse is heard and recorded.",
                  "Staff visiting a flagged property know of the abuse.",
                  "The family know what has changed since the review."],
    )


def acronym_key_below_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS borders: the ``Lead`` column holds only an acronym (``P``, ``CSC``, ``ASC``,
    ``ICB``, ``HA``, ``CSP``; the annotation's agency the acronym as written), keyed in one line under the
    table (``Key: P = Police, CSC = Children's Social Care, …``); ``No.`` and recommendation in ``rowspan``
    cells; dates as ``31/03/26``."""
    recs = [
        R("1", "Police to make sure that a domestic abuse incident is recorded as such when a child is "
               "present.", [
            A("P", "Add a child present field to the domestic abuse report.", "31/03/26", "Field added.",
              "complete"),
            A("P", "Share the report with Children's Social Care the next working day.", "30/06/26",
              "Sharing agreement drafted.", "in_progress"),
        ]),
        R("2", "Children's Social Care to assess the risk from a parent's new partner.", [
            A("CSC", "Add the new partner to the assessment guidance.", "31/05/26", "", "not_started"),
        ]),
        R("3", "Adult Social Care and the Integrated Care Board to agree how a carer's concern about "
               "abuse is passed on.", [
            A("ASC", "Agree a referral route for carers' concerns.", "30/04/26", "Route agreed.",
              "complete"),
            A("ICB", "Tell GP practices about the route.", "31/07/26", "Bulletin item drafted.",
              "in_progress"),
        ]),
        R("4", "The Housing Association to train its repairs staff to notice signs of abuse.", [
            A("HA", "Train the repairs operatives.", "30/09/26", "", "not_started"),
        ]),
        R("5", "The Community Safety Partnership to review the plan each quarter.", [
            A("CSP", "Review the plan at the quarterly board.", "31/03/27", "Reviewed in April.",
              "in_progress"),
        ]),
    ]
    return dict(
        name="acronym_key_below_html", formats=["html"],
        meta=dict(title="Ashwell Vale Community Safety Partnership – Domestic Homicide Review 'Hilda' – "
                        "Action Plan", review_id_hint="Ashwell Vale DHR Hilda", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
        key="P = Police, CSC = Children's Social Care, ASC = Adult Social Care, ICB = Integrated Care Board, "
            "HA = Ashwell Vale Housing Association, CSP = Community Safety Partnership",
    )


PLANS = [timescales_start_end_docx, vertical_priority_docx, details_progress_html, outcome_row_after_docx,
         acronym_key_below_html]
