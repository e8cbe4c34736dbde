"""The thirty-seventh round of held-out plans' content (tools/heldout_drawing_round37.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan whose recommendations are the overview report's paragraphs, ``3.1``, and whose actions are
numbered a level below them, ``3.1.2``, in a column of their own; a web page whose targets are quarters of
the financial year, ``Q3 2026/27``, beside a ``RAG`` column of the words ``Green`` / ``Amber`` / ``Red``;
an accessible Word document, each recommendation a heading and each action a heading over a two-column
``Field`` / ``Detail`` table; a Word plan whose lead agency and target date are written once for a
recommendation's actions where they share them, the cells merged down over the actions; a landscape
web page in 7.5 pt whose very wide progress column is a bulleted log, each entry's date in bold).
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

RAG_WORDS = {"complete": "Green", "in_progress": "Amber", "not_started": "Red"}


def log(*dated: tuple[str, str]) -> str:
    """A progress log, oldest first, one dated entry a line (``12 January 2026 – …``)."""
    return "\n".join(f"{when} – {text}" for when, text in dated)


def three_level_refs_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 9 pt, ruled: the recommendations numbered as the overview report's
    paragraphs (``3.1``, ``3.2``, ``4.1``, ``5.1``, ``5.2``) in a ``Para`` column merged over the actions,
    the actions numbered a level below (``3.1.1``, ``3.1.2``) in a ``Ref`` column of their own; progress
    opens with the status; dates as ``31/03/2026``."""
    b = "Brackenford"
    recs = [
        R("3.1", f"{b} Police to make sure that a DASH risk assessment is completed at every domestic abuse "
                 "incident, including when the victim declines to answer.", [
            A(f"{b} Police", "Change the incident log so that it cannot be closed without a DASH record.",
              "31/03/2026", "Log changed on 2 March 2026.", "complete"),
            A(f"{b} Police", "Brief response sergeants on recording a declined DASH.", "30/04/2026",
              "Briefing given to three of the four response teams.", "in_progress"),
        ]),
        R("3.2", f"{b} Police to refer every repeat victim to the IDVA service.", [
            A(f"{b} Police", "Add a repeat-victim flag that sends a referral to the IDVA service.",
              "30/09/2026", "", "not_started"),
        ]),
        R("4.1", f"{b} Adult Social Care to ask about domestic abuse in every carer's assessment.", [
            A(f"{b} Adult Social Care", "Add a question on domestic abuse to the carer's assessment form.",
              "31/01/2026", "Question added; in use since January.", "complete"),
            A(f"{b} Adult Social Care", "Audit twenty carer's assessments for the question.", "31/07/2026",
              "Audit tool agreed; the audit starts in June.", "in_progress"),
        ]),
        R("5.1", f"{b} NHS Foundation Trust to train emergency department staff to ask about domestic abuse "
                 "in private.", [
            A(f"{b} NHS Foundation Trust", "Include domestic abuse in the department's induction.", "28/02/2026",
              "Induction updated in February.", "complete"),
            A(f"{b} NHS Foundation Trust", "Train every emergency department nurse.", "31/12/2026",
              "61 of 140 nurses trained.", "in_progress"),
        ]),
        R("5.2", f"{b} NHS Foundation Trust to record who accompanies a patient who discloses domestic "
                 "abuse.", [
            A(f"{b} NHS Foundation Trust", "Add an 'accompanied by' field to the triage record.", "31/10/2026",
              "", "not_started"),
        ]),
    ]
    return dict(
        name="three_level_refs_docx", formats=["docx"],
        meta=dict(title="Brackenford Community Safety Partnership – Domestic Homicide Review 'Carol' – "
                        "Action Plan", review_id_hint="Brackenford DHR Carol", as_at="", documents=[]),
        columns=["Para", "Recommendation", "Ref", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def quarter_rag_words_html() -> dict[str, Any]:
    """HTML, Arial 9 pt, CSS borders: targets only as quarters of the financial year (``Q3 2026/27``,
    ``Q1 2027/28``) in a ``Target quarter`` column, a last ``RAG`` column holding the words ``Green`` /
    ``Amber`` / ``Red`` (coloured text, no fill), a key sentence above the table; the update does not
    state the status; number and recommendation in ``rowspan`` cells."""
    m = "Marlow Fen"
    recs = [
        R("1", f"{m} Police to make sure that call handlers check for previous domestic abuse calls from "
               "the same address.", [
            plain_action(f"{m} Police", "Add a previous-calls prompt to the call handling system.", "Q1 2026/27",
                         "Prompt live since 12 May 2026.", "complete"),
            plain_action(f"{m} Police", "Check a sample of calls each quarter for the prompt.", "Q4 2026/27",
                         "First sample of 40 calls checked; prompt used in 37.", "in_progress"),
        ]),
        R("2", f"{m} District Council to include domestic abuse in its tenancy sustainment service's "
               "assessment.", [
            plain_action(f"{m} District Council", "Revise the tenancy sustainment assessment.", "Q2 2026/27",
                         "Revised assessment with the service managers for comment.", "in_progress"),
        ]),
        R("3", f"{m} Integrated Care Board to share the review's learning with GP practices.", [
            plain_action(f"{m} Integrated Care Board", "Present the learning at the GP safeguarding forum.",
                         "Q1 2026/27", "Presented at the forum in June 2026.", "complete"),
            plain_action(f"{m} Integrated Care Board", "Publish a seven-minute briefing for practice staff.",
                         "Q3 2026/27", "", "not_started"),
        ]),
        R("4", f"{m} Drug and Alcohol Service to ask every client about domestic abuse at assessment.", [
            plain_action(f"{m} Drug and Alcohol Service", "Add routine enquiry to the assessment template.",
                         "Q2 2026/27", "Template changed; staff told by email.", "complete"),
            plain_action(f"{m} Drug and Alcohol Service", "Train key workers in routine enquiry.", "Q4 2026/27",
                         "", "not_started"),
        ]),
        R("5", f"{m} Community Safety Partnership to review the plan's progress with the family.", [
            plain_action(f"{m} CSP", "Meet the family after the plan's first year.", "Q1 2027/28",
                         "Family contacted; they would like to meet in the spring.", "in_progress"),
        ]),
    ]
    return dict(
        name="quarter_rag_words_html", formats=["html"],
        meta=dict(title="Marlow Fen Community Safety Partnership – Domestic Homicide Review 'Tracey' – "
                        "Action Plan", review_id_hint="Marlow Fen DHR Tracey", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target quarter", "Update", "RAG"],
        sections=[S("", recs)],
    )


def heading_field_tables_docx() -> dict[str, Any]:
    """A4 portrait DOCX in the accessible style, Arial 10 pt: no plan table; each recommendation a
    ``Heading 2`` (``Recommendation 2``) followed by its text as a paragraph, each action a ``Heading 3``
    (``Action 2.1``) followed by a two-column table with a repeated header row ``Field`` / ``Detail`` and
    the rows ``Action`` / ``Lead agency`` / ``Target date`` / ``Progress`` / ``Status``; dates as
    ``31 March 2026``."""
    k = "Kestermoor"
    recs = [
        R("1", f"{k} Police to make sure that officers record the relationship between the victim and the "
               "suspect at every domestic abuse incident.", [
            plain_action(f"{k} Police", "Make the relationship field mandatory in the crime record.",
                         "31 March 2026", "The field has been mandatory since 3 March 2026.", "complete",
                         status_word="Complete"),
            plain_action(f"{k} Police", "Audit fifty crime records for the relationship.", "30 September 2026",
                         "Twenty records audited; the field was right in all twenty.", "in_progress",
                         status_word="In progress"),
        ]),
        R("2", f"{k} County Council to make sure that its domestic abuse housing policy covers older "
               "victims.", [
            plain_action(f"{k} County Council", "Review the housing policy with Age UK.", "30 June 2026",
                         "Review meeting booked for May.", "in_progress", status_word="In progress"),
        ]),
        R("3", f"{k} NHS Trust to offer domestic abuse training to its district nurses.", [
            plain_action(f"{k} NHS Trust", "Add the district nurses to the trust's training plan.",
                         "31 January 2026", "Added to the plan in January 2026.", "complete",
                         status_word="Complete"),
            plain_action(f"{k} NHS Trust", "Train every district nurse.", "31 January 2027", "",
                         "not_started", status_word="Not started"),
        ]),
        R("4", f"{k} Probation Service to tell the IDVA when a perpetrator is released from custody.", [
            plain_action(f"{k} Probation Service", "Agree a release notification with the IDVA service.",
                         "28 February 2026", "The notification was agreed and has been used twice.", "complete",
                         status_word="Complete"),
        ]),
        R("5", f"{k} Community Safety Partnership to publish a summary of the review for the public.", [
            plain_action(f"{k} CSP", "Write the summary with the family.", "31 May 2026",
                         "Draft shared with the family.", "in_progress", status_word="In progress"),
            plain_action(f"{k} CSP", "Publish the summary on the partnership's website.", "31 July 2026", "",
                         "not_started", status_word="Not started"),
        ]),
    ]
    return dict(
        name="heading_field_tables_docx", formats=["docx"],
        meta=dict(title="Kestermoor Community Safety Partnership – Domestic Homicide Review 'Brenda' – "
                        "Action Plan", review_id_hint="Kestermoor DHR Brenda", as_at="", documents=[]),
        columns=["Recommendation", "Action", "Lead agency", "Target date", "Progress", "Status"],
        sections=[S("", recs)],
    )


def merged_lead_target_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Georgia 9 pt, ruled: a ``Lead agency`` and a ``Target date`` written once for a
    recommendation's actions where they share them, the cell merged down over the actions (as number and
    recommendation are), and written per action where they differ (recommendation 3's agencies,
    recommendation 4's dates); progress per action, opening with its status; dates as ``31.03.2026``."""
    f = "Fallowfield"
    recs = [
        R("1", f"{f} Police to improve the recording of domestic abuse incidents where no crime is "
               "recorded.", [
            A(f"{f} Police", "Issue guidance on recording non-crime domestic incidents.", "30.06.2026",
              "Guidance issued to every response team in April.", "complete"),
            A(f"{f} Police", "Add the non-crime incident to the domestic abuse risk history.", "30.06.2026",
              "System change specified; testing in May.", "in_progress"),
            A(f"{f} Police", "Dip-sample thirty non-crime incidents for the recording.", "30.06.2026", "",
              "not_started"),
        ]),
        R("2", f"{f} Borough Council to make sure that its anti-social behaviour team recognises domestic "
               "abuse between neighbours who are family members.", [
            A(f"{f} Borough Council", "Add a domestic abuse screening question to the anti-social behaviour "
              "referral.", "31.03.2026", "Question added in March.", "complete"),
            A(f"{f} Borough Council", "Brief the anti-social behaviour officers on the question.", "31.03.2026",
              "All eight officers briefed.", "complete"),
        ]),
        R("3", "All agencies to make sure that their staff know how to refer to the MARAC.", [
            A(f"{f} Police", "Include the MARAC referral route in the domestic abuse training.", "31.12.2026",
              "Included in the training from January.", "complete"),
            A(f"{f} NHS Foundation Trust", "Publish the referral route on the trust's intranet.", "31.12.2026",
              "Page drafted; with the communications team.", "in_progress"),
            A(f"{f} Adult Social Care", "Brief every social work team on the referral route.", "31.12.2026", "",
              "not_started"),
        ]),
        R("4", f"{f} Integrated Care Board to make sure that GP practices act on a MARAC notification.", [
            A(f"{f} Integrated Care Board", "Write a practice procedure for MARAC notifications.", "30.04.2026",
              "Procedure agreed by the primary care safeguarding group.", "complete"),
            A(f"{f} Integrated Care Board", "Audit the notifications in ten practices.", "31.10.2026",
              "Audit planned for September.", "in_progress"),
        ]),
        R("5", f"{f} Community Safety Partnership to publish the review with its action plan.", [
            A(f"{f} CSP", "Publish the review and the plan on the partnership's website.", "31.05.2026",
              "Waiting for the Home Office's quality assurance panel.", "in_progress"),
        ]),
    ]
    return dict(
        name="merged_lead_target_docx", formats=["docx"],
        meta=dict(title="Fallowfield Community Safety Partnership – Domestic Homicide Review 'Janet' – "
                        "Action Plan", review_id_hint="Fallowfield DHR Janet", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def wide_bullet_log_html() -> dict[str, Any]:
    """HTML, A4 landscape, Arial 7.5 pt, CSS borders: a very wide ``Progress log`` column (half the table)
    whose cells are bulleted lists (``<ul>``) of dated entries, oldest first, each opening with its date in
    bold (``<strong>12 January 2026</strong> – …``); a narrow ``Status`` column in words; number and
    recommendation in ``rowspan`` cells; targets as ``Mar 2026``."""
    g = "Greyhallow"
    recs = [
        R("1", f"{g} Police to make sure that stalking is considered at every domestic abuse incident.", [
            plain_action(f"{g} Police", "Add stalking questions to the incident attendance form.", "Mar 2026",
                         log(("12 January 2026", "form redesigned with the stalking advocate"),
                             ("20 February 2026", "form tested by two response teams"),
                             ("16 March 2026", "new form live across the force")), "complete",
                         status_word="Complete"),
            plain_action(f"{g} Police", "Train response officers in recognising stalking.", "Sep 2026",
                         log(("20 February 2026", "training package agreed"),
                             ("14 April 2026", "first 90 officers trained")), "in_progress",
                         status_word="In progress"),
        ]),
        R("2", f"{g} Borough Council to make its community safety team aware of the local domestic abuse "
               "services.", [
            plain_action(f"{g} Borough Council", "Hold a services briefing for the community safety team.",
                         "Feb 2026", log(("9 February 2026", "briefing held; twelve officers attended")),
                         "complete", status_word="Complete"),
        ]),
        R("3", f"{g} Integrated Care Board to make sure that GP practices follow up a missed appointment by "
               "a patient known to be a victim.", [
            plain_action(f"{g} Integrated Care Board", "Issue guidance on missed appointments to every practice.",
                         "Apr 2026", log(("15 January 2026", "guidance drafted"),
                                          ("3 March 2026", "comments received from the LMC"),
                                          ("28 April 2026", "guidance not yet issued; the LMC asked for a "
                                           "second draft")), "overdue", status_word="Overdue"),
            plain_action(f"{g} Integrated Care Board", "Audit the follow-up in five practices.", "Dec 2026", "",
                         "not_started", status_word="Not started"),
        ]),
        R("4", f"{g} Probation Service to check for domestic abuse before recommending a home address for "
               "a licence.", [
            plain_action(f"{g} Probation Service", "Add a police domestic abuse check to the address "
                         "assessment.", "Jun 2026",
                         log(("2 February 2026", "check agreed with the police"),
                             ("30 April 2026", "check in the assessment guidance; in use in two of three "
                              "offices")), "in_progress", status_word="In progress"),
        ]),
        R("5", f"{g} Community Safety Partnership to tell the family what the plan has achieved.", [
            plain_action(f"{g} CSP", "Write to the family every six months.", "Dec 2026",
                         log(("20 January 2026", "first letter sent")), "in_progress",
                         status_word="In progress"),
        ]),
    ]
    return dict(
        name="wide_bullet_log_html", formats=["html"],
        meta=dict(title="Greyhallow Community Safety Partnership – Domestic Homicide Review 'Maureen' – "
                        "Action Plan", review_id_hint="Greyhallow DHR Maureen", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress log", "Status"],
        sections=[S("", recs)],
    )


PLANS = [three_level_refs_docx, quarter_rag_words_html, heading_field_tables_docx, merged_lead_target_docx,
         wide_bullet_log_html]
