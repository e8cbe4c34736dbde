"""The thirty-ninth round of held-out plans' content (tools/heldout_drawing_round39.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan whose recommendations are lettered ``A`` to ``E``, each action coded from its letter, ``A1``,
``A2``, ``B1``, in a column of its own; a Word plan whose status is only a coloured dot, ``●`` in green,
amber or red type, in a narrow column, keyed above the table; a web page whose recommendation numbers
are drawn by a CSS counter, so that the page's text has none and only the print shows them; a web page
exported from a SharePoint list, one row per action with the recommendation repeated, the person
assigned and the organisation in two columns and the due dates in the list's US form, ``3/31/2026``; a
web page in the GOV.UK design system whose status is a coloured tag in capitals and whose cells carry
visually hidden labels for screen readers).  Written once and never tuned against.  Places, agencies and
people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def worded(agency: str, action: str, target: str, progress: str, status: str, **shown: str) -> dict[str, Any]:
    """An action whose status is a word in a column of its own, the update not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=WORDS[status], **shown)


def letter_recs_a1_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9 pt, ruled: recommendations lettered ``A`` to ``E`` (bold, in a
    ``Rec`` column merged over the actions, annotated as the letter), each action coded from its
    recommendation's letter (``A1``, ``A2``, ``B1``) in an ``Action no.`` column of its own; the progress
    opens with the status; dates as ``31/03/2026``."""
    k = "Kestrel Moor"
    recs = [
        R("A", f"{k} Police to make sure that a domestic abuse risk assessment is repeated when a victim "
               "reports a further incident within twelve months.", [
            A(f"{k} Police", "Change the crime recording system so that a repeat report prompts a new risk "
              "assessment.", "31/03/2026", "System change made on 2 March 2026.", "complete"),
            A(f"{k} Police", "Dip-sample thirty repeat reports for a new assessment.", "30/09/2026",
              "Eleven reports sampled; nine had a new assessment.", "in_progress"),
        ]),
        R("B", f"{k} Integrated Care Board to make sure that GP practices know how to refer a patient to "
               "the local IDVA service.", [
            A(f"{k} Integrated Care Board", "Publish the IDVA referral pathway on the practices' intranet.",
              "31/01/2026", "Pathway published in January 2026.", "complete"),
        ]),
        R("C", f"{k} Adult Social Care to make sure that a safeguarding concern about an older person "
               "considers abuse by an adult child.", [
            A(f"{k} Adult Social Care", "Add adult family violence to the safeguarding screening tool.",
              "30/06/2026", "Tool revised; testing with the front door team.", "in_progress"),
            A(f"{k} Adult Social Care", "Deliver a briefing on adult family violence to the locality "
              "teams.", "31/10/2026", "", "not_started"),
        ]),
        R("D", f"{k} Housing to offer a sanctuary scheme assessment to every victim who wishes to stay in "
               "their home.", [
            A(f"{k} Housing", "Add the sanctuary scheme offer to the housing options script.", "31/05/2026",
              "Script updated and in use since May 2026.", "complete"),
            A(f"{k} Housing", "Report the take-up of the sanctuary scheme to the partnership each "
              "quarter.", "31/12/2026", "", "not_started"),
        ]),
        R("E", f"{k} Community Safety Partnership to share the review's learning with faith and community "
               "groups.", [
            A(f"{k} CSP", "Hold two learning events with faith and community groups.", "28/02/2027",
              "First event held in June 2026 with 34 people attending.", "in_progress"),
        ]),
    ]
    return dict(
        name="letter_recs_a1_docx", formats=["docx"],
        meta=dict(title="Kestrel Moor Community Safety Partnership – Domestic Homicide Review 'Naomi' – "
                        "Action Plan", review_id_hint="Kestrel Moor DHR Naomi", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action no.", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def status_dot_glyph_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Arial 9 pt, ruled: the status only as a coloured dot, ``●`` in green, amber or
    red type, centred in a narrow last ``RAG`` column, keyed by a line of coloured dots above the table;
    the update not stating the status; number and recommendation merged over the actions; dates as
    ``30 June 2026``."""
    t = "Thornbury Fields"
    recs = [
        R("1", f"{t} Police to make sure that a victim's children are named on every domestic abuse "
               "incident record.", [
            plain_action(f"{t} Police", "Make the children's details a mandatory field on the incident "
                         "record.", "31 March 2026", "Field made mandatory on 18 February 2026.", "complete"),
            plain_action(f"{t} Police", "Check fifty incident records for the children's details.",
                         "31 August 2026", "Twenty-two records checked so far.", "in_progress"),
        ]),
        R("2", f"{t} Children's Services to share the outcome of a child protection strategy discussion "
               "with the child's school.", [
            plain_action(f"{t} Children's Services", "Add the school to the strategy discussion outcome "
                         "letter's distribution.", "30 June 2026", "Template letter being revised.",
                         "in_progress"),
        ]),
        R("3", f"{t} NHS Foundation Trust to make sure that the emergency department asks about domestic "
               "abuse when a patient attends with an injury.", [
            plain_action(f"{t} NHS Foundation Trust", "Add a routine enquiry prompt to the emergency "
                         "department triage record.", "30 April 2026", "Prompt live since April 2026.",
                         "complete"),
            plain_action(f"{t} NHS Foundation Trust", "Audit routine enquiry in the emergency department.",
                         "31 December 2026", "", "not_started"),
        ]),
        R("4", f"{t} Probation Service to check the address of a perpetrator's new partner before "
               "approving accommodation.", [
            plain_action(f"{t} Probation Service", "Add the partner's address check to the accommodation "
                         "approval form.", "31 July 2026", "", "not_started"),
        ]),
        R("5", f"{t} Community Safety Partnership to review the plan with the victim's family.", [
            plain_action(f"{t} CSP", "Meet the family to go through the plan's progress.", "30 September "
                         "2026", "Meeting offered to the family for September.", "in_progress"),
            plain_action(f"{t} CSP", "Send the family the final plan when every action is complete.",
                         "31 March 2027", "", "not_started"),
        ]),
    ]
    return dict(
        name="status_dot_glyph_docx", formats=["docx"],
        meta=dict(title="Thornbury Fields Community Safety Partnership – Domestic Homicide Review "
                        "'Karen' – Action Plan", review_id_hint="Thornbury Fields DHR Karen", as_at="",
                  documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Update", "RAG"],
        sections=[S("", recs)],
    )


def css_counter_numbers_html() -> dict[str, Any]:
    """HTML, Lato 10 pt, light CSS grid: the recommendation numbers drawn by a CSS counter
    (``td.num::before{content:counter(rec) "."}``) in a narrow first column, so that the page's text has
    no number and only the print shows ``1.`` to ``5.`` (annotated as ``1`` to ``5``); number and
    recommendation in ``rowspan`` cells; a ``Status`` column in words; dates as ``31 Mar 2026``."""
    b = "Brackenfold"
    recs = [
        R("1", f"{b} Police to make sure that a domestic abuse call from a third party is graded for an "
               "emergency response when the caller hears violence.", [
            worded(f"{b} Police", "Revise the call grading guidance for third-party calls.", "31 Mar 2026",
                   "Guidance reissued to the control room on 9 March 2026.", "complete"),
            worded(f"{b} Police", "Audit the grading of forty third-party calls.", "31 Oct 2026", "",
                   "not_started"),
        ]),
        R("2", f"{b} Borough Council to make sure that its environmental health officers know how to "
               "report domestic abuse they see on a home visit.", [
            worded(f"{b} Borough Council", "Include domestic abuse in the environmental health team's "
                   "safeguarding training.", "30 Jun 2026", "Training date set for June.", "in_progress"),
        ]),
        R("3", f"{b} Mental Health Trust to involve the family when a patient with a history of violence "
               "is discharged.", [
            worded(f"{b} Mental Health Trust", "Add a family contact step to the discharge planning "
                   "checklist.", "31 May 2026", "Checklist changed in May 2026.", "complete"),
            worded(f"{b} Mental Health Trust", "Brief ward managers on the family contact step.",
                   "31 Jul 2026", "Four of seven ward managers briefed.", "in_progress"),
        ]),
        R("4", f"{b} Integrated Care Board to fund a domestic abuse lead for the GP federation.", [
            worded(f"{b} Integrated Care Board", "Agree the funding for the post.", "30 Sep 2026",
                   "Business case with the finance committee.", "in_progress"),
            worded(f"{b} Integrated Care Board", "Recruit to the post.", "31 Jan 2027", "", "not_started"),
        ]),
        R("5", f"{b} Community Safety Partnership to publish the review's executive summary on its "
               "website.", [
            worded(f"{b} CSP", "Publish the executive summary after Home Office approval.", "28 Feb 2026",
                   "Published on 20 February 2026.", "complete"),
        ]),
    ]
    return dict(
        name="css_counter_numbers_html", formats=["html"],
        meta=dict(title="Brackenfold Community Safety Partnership – Domestic Homicide Review 'Tracey' – "
                        "Action Plan", review_id_hint="Brackenfold DHR Tracey", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Update"],
        sections=[S("", recs)],
    )


def sharepoint_list_html() -> dict[str, Any]:
    """HTML exported from a SharePoint list, Segoe UI 9 pt, rules under the rows only: one row per
    action with the recommendation's number and text repeated on every row (``Rec No.`` / ``Recommendation``),
    the action in a ``Title`` column, the person in ``Assigned To`` (not annotated) beside an
    ``Organisation`` column (the agency), due dates in the list's US form (``3/31/2026``, annotated as
    written), a ``Status`` choice column in words and a ``Comments`` column."""
    m = "Millbrook"
    person = {"police": "Sarah Okafor", "ccg": "Dr Tom Reilly", "asc": "Priya Mistry", "dwp": "Gareth Lowe",
              "csp": "Helen Fairbairn"}
    recs = [
        R("1", f"{m} Police to make sure that officers check for previous domestic abuse at an address "
               "before attending a call.", [
            worded(f"{m} Police", "Add a previous-incidents check to the control room's dispatch script.",
                   "3/31/2026", "Script changed on 3/2/2026.", "complete", lead=person["police"]),
            worded(f"{m} Police", "Review twenty dispatch records for the check.", "9/30/2026",
                   "Twelve records reviewed.", "in_progress", lead=person["police"]),
        ]),
        R("2", f"{m} Integrated Care Board to make sure that a GP who prescribes for a victim's injuries "
               "considers domestic abuse.", [
            worded(f"{m} Integrated Care Board", "Issue a practice note on injuries and domestic abuse.",
                   "6/30/2026", "", "not_started", lead=person["ccg"]),
        ]),
        R("3", f"{m} Adult Social Care to consider domestic abuse in every assessment of a person who "
               "lives with their carer.", [
            worded(f"{m} Adult Social Care", "Add a domestic abuse question to the care needs assessment.",
                   "4/30/2026", "Question added in April.", "complete", lead=person["asc"]),
            worded(f"{m} Adult Social Care", "Train the assessment team on asking the question.",
                   "7/31/2026", "Training booked for July.", "in_progress", lead=person["asc"]),
        ]),
        R("4", f"{m} Jobcentre Plus to tell a claimant who discloses domestic abuse about the easements "
               "available to them.", [
            worded(f"{m} Jobcentre Plus", "Brief work coaches on the domestic abuse easement.", "5/31/2026",
                   "Briefing given to every work coach.", "complete", lead=person["dwp"]),
        ]),
        R("5", f"{m} Community Safety Partnership to monitor the plan until every action is complete.", [
            worded(f"{m} CSP", "Report progress to the partnership board each quarter.", "3/31/2027",
                   "First report made in April 2026.", "in_progress", lead=person["csp"]),
            worded(f"{m} CSP", "Close the plan with the Home Office when complete.", "3/31/2027", "",
                   "not_started", lead=person["csp"]),
        ]),
    ]
    return dict(
        name="sharepoint_list_html", formats=["html"],
        meta=dict(title="Millbrook Community Safety Partnership – DHR 'Janet' – Action Tracker",
                  review_id_hint="Millbrook DHR Janet", as_at="", documents=[]),
        columns=["Rec No.", "Recommendation", "Title", "Assigned To", "Organisation", "Due Date", "Status",
                 "Comments"],
        sections=[S("", recs)],
    )


def govuk_tags_hidden_html() -> dict[str, Any]:
    """HTML in the GOV.UK design system's style, Arial 10 pt, rules under the rows only: the status a
    coloured tag in bold capitals (``COMPLETE`` green, ``IN PROGRESS`` blue, ``NOT STARTED`` grey) in a
    ``Status`` column; visually hidden labels for screen readers in the cells (``Recommendation`` before
    the number, ``Action for recommendation 2:`` before the action), clipped away on screen and in print;
    number and recommendation in ``rowspan`` cells; the update not stating the status; dates as
    ``30 June 2026``."""
    a = "Ashcombe"
    recs = [
        R("1", f"{a} Police to make sure that a victim's request for a welfare check is logged and "
               "followed up.", [
            worded(f"{a} Police", "Create a welfare check category on the command and control system.",
                   "31 March 2026", "Category created on 12 March 2026.", "complete"),
        ]),
        R("2", f"{a} NHS Trust to make sure that health visitors ask about domestic abuse at the new "
               "birth visit when the mother is alone.", [
            worded(f"{a} NHS Trust", "Add the question to the new birth visit template.", "30 April 2026",
                   "Template changed in April 2026.", "complete"),
            worded(f"{a} NHS Trust", "Check twenty-five new birth visit records for the question.",
                   "30 November 2026", "", "not_started"),
        ]),
        R("3", f"{a} Housing Association to tell the police when a tenant's ex-partner is seen at the "
               "property in breach of a court order.", [
            worded(f"{a} Housing Association", "Agree a reporting route with the police neighbourhood "
                   "team.", "30 June 2026", "Draft route shared with the neighbourhood inspector.",
                   "in_progress"),
            worded(f"{a} Housing Association", "Brief the housing officers on the route.", "31 August 2026",
                   "", "not_started"),
        ]),
        R("4", f"{a} Substance Misuse Service to ask every client in treatment about domestic abuse.", [
            worded(f"{a} Substance Misuse Service", "Include routine enquiry in the treatment review.",
                   "31 July 2026", "Included in the review since June; staff being trained.",
                   "in_progress"),
        ]),
        R("5", f"{a} Community Safety Partnership to tell the family when the plan is complete.", [
            worded(f"{a} CSP", "Write to the family with the completed plan.", "31 March 2027", "",
                   "not_started"),
        ]),
    ]
    return dict(
        name="govuk_tags_hidden_html", formats=["html"],
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Donna' – "
                        "Action Plan", review_id_hint="Ashcombe DHR Donna", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [letter_recs_a1_docx, status_dot_glyph_docx, css_counter_numbers_html, sharepoint_list_html,
         govuk_tags_hidden_html]
