"""The thirty-sixth round of held-out plans' content (tools/heldout_drawing_round36.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word form whose status cell lists the three statuses with a ballot box before each, the one that
applies crossed, ``☒ Complete`` / ``☐ In progress`` / ``☐ Not started``; a Word plan whose text new since
the last report is highlighted yellow, the newest update paragraph and revised target dates; a tracker
printed from Excel with its row and column headings, ``A`` … ``G`` over the columns and the sheet's row
numbers down the left, dates as ``31-Mar-26`` and short cells at the foot of tall rows; a web page whose
progress cells are dated entries newest first, a blank line between them, the latest saying where the
action stands; a Word template whose header cells keep their prompts under the names in small grey
italics, ``Target date`` / ``(dd/mm/yyyy)``).  Written once and never tuned against.  Places, agencies
and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

HIGHLIGHTED: dict[str, set[str]] = {}  # action text -> the cells whose new text is highlighted
PROMPTS = {"No.": "", "Recommendation": "(as worded in the overview report)",
           "Action": "(what will be done: specific and measurable)",
           "Lead agency": "(the agency, not a named officer)", "Target date": "(dd/mm/yyyy)",
           "Progress": "(what has changed, with evidence; date each entry)"}


def H(agency: str, action: str, target: str, progress: str, status: str, *new: str) -> dict[str, Any]:
    """An action some of whose cells (``target``, ``progress``: its last paragraph) are new since the last
    report and highlighted; the annotation holds the cells as they read."""
    HIGHLIGHTED[action] = set(new)
    return A(agency, action, target, progress, status)


def entries(*dated: tuple[str, str]) -> str:
    """Dated progress entries, newest first, one a paragraph (``April 2026 – …``)."""
    return "\n".join(f"{when} – {text}" for when, text in dated)


def checkbox_status_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 9 pt, ruled: a ``Status`` cell per action listing the three statuses on
    lines of their own, each after a ballot box, the one that applies crossed (``☒ Complete`` / ``☐ In
    progress`` / ``☐ Not started``); the ``Update`` beside it does not state the status; number and
    recommendation merged over the actions; dates as ``31/03/2026``."""
    t = "Thirlbeck"
    recs = [
        R("1", f"{t} Police to make sure that officers attending a domestic abuse incident speak to the "
               "victim away from the suspect.", [
            plain_action(f"{t} Police", "Add the requirement to the domestic abuse attendance checklist.",
                         "31/01/2026", "Checklist changed and reissued to response officers in January.",
                         "complete"),
            plain_action(f"{t} Police", "Dip-sample body-worn video from twenty incidents for the separate "
                         "conversation.", "31/07/2026", "Twelve incidents reviewed; findings to the June board.",
                         "in_progress"),
        ]),
        R("2", f"{t} Borough Council to offer a victim of domestic abuse a sanctuary scheme assessment "
               "within ten working days of a referral.", [
            plain_action(f"{t} Borough Council", "Agree the assessment timescale with the scheme's contractor.",
                         "28/02/2026", "Timescale written into the contract variation signed in February.",
                         "complete"),
            plain_action(f"{t} Borough Council", "Report the time from referral to assessment to the CSP each "
                         "quarter.", "30/09/2026", "", "not_started"),
        ]),
        R("3", f"{t} NHS Foundation Trust to ask every patient attending the sexual health clinic about "
               "domestic abuse.", [
            plain_action(f"{t} NHS Foundation Trust", "Add a routine enquiry question to the clinic's "
                         "electronic record.", "31/05/2026", "Question drafted; waiting for the system supplier "
                         "to add it.", "in_progress"),
        ]),
        R("4", f"{t} Children's Services to invite the IDVA to every child protection conference where "
               "domestic abuse is a concern.", [
            plain_action(f"{t} Children's Services", "Change the conference invitation list in the case "
                         "management system.", "31/03/2026", "List changed; the IDVA service is invited "
                         "automatically.", "complete"),
            plain_action(f"{t} Children's Services", "Audit fifteen conferences for the IDVA's attendance.",
                         "31/10/2026", "", "not_started"),
        ]),
        R("5", f"{t} Community Safety Partnership to publish the review's learning for the public.", [
            plain_action(f"{t} CSP", "Publish a learning briefing on the CSP's website.", "30/04/2026",
                         "Draft with the family for comment.", "in_progress"),
        ]),
    ]
    return dict(
        name="checkbox_status_docx", formats=["docx"],
        meta=dict(title="Thirlbeck Community Safety Partnership – Domestic Homicide Review 'Lorraine' – "
                        "Action Plan", review_id_hint="Thirlbeck DHR Lorraine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Update"],
        sections=[S("", recs)],
    )


def highlighted_updates_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Calibri 9.5 pt, ruled: a note above the table saying that text new since the last
    report to the board is highlighted; the newest dated paragraph of five progress cells and two revised
    target dates highlighted yellow (Word's highlight, a filled box behind the words); every progress cell
    opens with its status; ``Ref`` and recommendation merged over the actions; dates as ``31 March 2026``."""
    e = "Ellerby Vale"
    recs = [
        R("1", f"{e} Police to make sure that a referral to the MARAC is made for every victim assessed as "
               "high risk.", [
            H(f"{e} Police", "Add a MARAC referral check to the supervisor's review of every risk assessment.",
              "31 March 2026", "14 January 2026: supervisors briefed on the check.\n"
              "22 April 2026: the check is in the review form and used for every high-risk case.", "complete",
              "progress"),
            H(f"{e} Police", "Audit the referrals made in one quarter against the high-risk assessments.",
              "30 September 2026", "22 April 2026: audit of January to March cases started.", "in_progress",
              "progress", "target"),
        ]),
        R("2", f"{e} District Council to train its homelessness officers to recognise coercive control.", [
            H(f"{e} District Council", "Commission training from the local domestic abuse service.",
              "28 February 2026", "Training commissioned in February 2026.", "complete"),
            H(f"{e} District Council", "Train every homelessness officer.", "31 July 2026",
              "14 January 2026: dates set for three sessions.\n"
              "22 April 2026: two sessions held; fourteen of twenty officers trained.", "in_progress", "progress"),
        ]),
        R("3", f"{e} Integrated Care Board to make sure that GP practices code a disclosure of domestic "
               "abuse in the patient's record.", [
            H(f"{e} Integrated Care Board", "Issue coding guidance to every GP practice.", "30 June 2026", "",
              "not_started", "target"),
        ]),
        R("4", f"{e} Probation Service to share the perpetrator's licence conditions with the victim's "
               "IDVA.", [
            H(f"{e} Probation Service", "Agree a standard notification to the IDVA service.", "31 January 2026",
              "14 January 2026: notification agreed and in use.", "complete"),
            H(f"{e} Probation Service", "Check ten cases for the notification.", "31 May 2026",
              "22 April 2026: six cases checked; the notification was sent in all six.", "in_progress",
              "progress"),
        ]),
        R("5", f"{e} Community Safety Partnership to tell the family how the plan is progressing.", [
            H(f"{e} CSP", "Write to the family after each board meeting.", "31 December 2026",
              "14 January 2026: first letter sent.\n22 April 2026: second letter sent after the April board.",
              "in_progress", "progress"),
        ]),
    ]
    return dict(
        name="highlighted_updates_docx", formats=["docx"],
        meta=dict(title="Ellerby Vale Community Safety Partnership – Domestic Homicide Review 'Pauline' – "
                        "Action Plan", review_id_hint="Ellerby Vale DHR Pauline", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def excel_print_headings_html() -> dict[str, Any]:
    """HTML drawn as a tracker printed from Excel with its row and column headings: a grey row of column
    letters (``A`` to ``G``) over the sheet's header row, both repeated on every page, a grey column of
    the sheet's row numbers (``1`` for the header, then ``2`` …) down the left; thin grey gridlines;
    Excel's default bottom alignment, so short cells sit at the foot of tall wrapped rows; a ``Status``
    column of the sheet's list values (``Complete``, ``In Progress``, ``Not Started``), the update not
    stating it; number and recommendation merged over the actions; dates as ``31-Mar-26``."""
    h = "Hallowby"
    recs = [
        R("1", f"{h} Police to make sure that the history of domestic abuse calls to an address is checked "
               "before an officer is sent.", [
            plain_action(f"{h} Police", "Add the address history check to the control room's incident "
                         "script.", "31-Jan-26", "Script changed on 19 January.", "complete",
                         status_word="Complete"),
            plain_action(f"{h} Police", "Audit fifty incidents for the check.", "30-Jun-26",
                         "Thirty incidents audited; the check was made in twenty-six.", "in_progress",
                         status_word="In Progress"),
        ]),
        R("2", f"{h} Adult Social Care to consider domestic abuse when an older person's carer is a family "
               "member.", [
            plain_action(f"{h} Adult Social Care", "Add a prompt on domestic abuse to the carer's "
                         "assessment.", "31-Mar-26", "Prompt added to the assessment form.", "complete",
                         status_word="Complete"),
            plain_action(f"{h} Adult Social Care", "Brief every social work team on the prompt.", "31-May-26",
                         "Four of the six teams briefed.", "in_progress", status_word="In Progress"),
        ]),
        R("3", f"{h} NHS Trust to make sure that the mental health crisis team records who else lives in "
               "the patient's home.", [
            plain_action(f"{h} NHS Trust", "Make the household field mandatory in the crisis team's "
                         "record.", "31-Aug-26", "", "not_started", status_word="Not Started"),
        ]),
        R("4", f"{h} District Council to check its housing register for a history of domestic abuse when "
               "allocating a property.", [
            plain_action(f"{h} District Council", "Add the check to the allocations procedure.", "30-Apr-26",
                         "Procedure rewritten; with the legal team for comment.", "in_progress",
                         status_word="In Progress"),
            plain_action(f"{h} District Council", "Train the allocations officers on the check.", "31-Jul-26",
                         "", "not_started", status_word="Not Started"),
        ]),
        R("5", f"{h} Community Safety Partnership to publish the review and its action plan.", [
            plain_action(f"{h} CSP", "Publish the overview report and the plan on the council's website.",
                         "28-Feb-26", "Published on 24 February after Home Office approval.", "complete",
                         status_word="Complete"),
        ]),
    ]
    return dict(
        name="excel_print_headings_html", formats=["html"],
        meta=dict(title="Hallowby Community Safety Partnership – Domestic Homicide Review 'Denise' – "
                        "Action Plan Tracker", review_id_hint="Hallowby DHR Denise", as_at="", documents=[]),
        columns=["Rec No", "Recommendation", "Action", "Lead Agency", "Target Date", "Status", "Progress Update"],
        sections=[S("", recs)],
    )


def newest_first_blank_lines_html() -> dict[str, Any]:
    """HTML, Tahoma 9.5 pt, rules under the rows only: each progress cell a run of dated entries, newest
    first, each opening with its month in bold and a blank line between them (``<br><br>``); no status
    column, the newest entry saying where the action stands (an older entry may say otherwise: ``In
    progress`` under a newer ``Complete``); number and recommendation in ``rowspan`` cells; dates as
    ``June 2026``."""
    s = "Stanmere"
    recs = [
        R("1", f"{s} Police to review every domestic abuse case closed without charge where the victim "
               "withdrew support.", [
            plain_action(f"{s} Police", "Set up a monthly review panel of the closed cases.", "March 2026",
                         entries(("April 2026", "Complete. The panel has met three times and reviewed 41 cases."),
                                 ("February 2026", "In progress. Terms of reference agreed; first meeting "
                                  "booked."),
                                 ("December 2025", "Not started. Chair being appointed.")), "complete"),
            plain_action(f"{s} Police", "Report the panel's findings to the domestic abuse board.", "July 2026",
                         entries(("April 2026", "In progress. First report being written."),
                                 ("February 2026", "Not started. Waiting for the panel's first meetings.")),
                         "in_progress"),
        ]),
        R("2", f"{s} Borough Council to check that a victim placed in temporary accommodation is not placed "
               "near the perpetrator.", [
            plain_action(f"{s} Borough Council", "Add a check of the perpetrator's address to the placement "
                         "procedure.", "January 2026",
                         entries(("April 2026", "Complete. Procedure in use since March."),
                                 ("February 2026", "Overdue. The procedure was not changed by January; now "
                                  "with the head of housing.")), "complete"),
        ]),
        R("3", f"{s} Integrated Care Board to make sure that the review's learning reaches community "
               "pharmacists.", [
            plain_action(f"{s} Integrated Care Board", "Send a learning briefing to every community pharmacy.",
                         "May 2026", entries(("April 2026", "In progress. Briefing written; the local "
                                              "pharmaceutical committee is checking it.")), "in_progress"),
            plain_action(f"{s} Integrated Care Board", "Include domestic abuse in the pharmacists' annual "
                         "safeguarding update.", "November 2026",
                         entries(("April 2026", "Not started. The update is planned for the autumn.")),
                         "not_started"),
        ]),
        R("4", f"{s} Children's Services to hear from the children in the household at every domestic abuse "
               "assessment.", [
            plain_action(f"{s} Children's Services", "Audit twenty assessments for the children's voices.",
                         "June 2026", entries(("April 2026", "Overdue. The audit was due to start in "
                                               "February and has not; no auditor is free."),
                                              ("December 2025", "Not started. Audit tool agreed.")), "overdue"),
        ]),
        R("5", f"{s} Community Safety Partnership to assure itself that the plan is delivered.", [
            plain_action(f"{s} CSP", "Review the plan at every board meeting until each action is complete.",
                         "December 2026",
                         entries(("April 2026", "In progress. Reviewed at the April board."),
                                 ("February 2026", "In progress. Reviewed at the February board."),
                                 ("December 2025", "In progress. Plan agreed by the board.")), "in_progress"),
        ]),
    ]
    return dict(
        name="newest_first_blank_lines_html", formats=["html"],
        meta=dict(title="Stanmere Community Safety Partnership – Domestic Homicide Review 'Wendy' – "
                        "Action Plan", review_id_hint="Stanmere DHR Wendy", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Deadline", "Progress (newest first)"],
        sections=[S("", recs)],
    )


def header_prompts_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Source Sans Pro 9 pt, ruled: the template's header cells keep their prompts, each
    name in bold with the prompt under it in 7 pt grey italics (``Target date`` / ``(dd/mm/yyyy)``,
    ``Lead agency`` / ``(the agency, not a named officer)``); the annotation's column is the cell as it
    reads; number and recommendation merged over the actions; dates as ``31/03/2026``."""
    c = "Colverton"
    recs = [
        R("1", f"{c} Police to check the victim's wishes before a perpetrator's bail conditions are "
               "changed.", [
            A(f"{c} Police", "Add a victim contact step to the bail variation procedure.", "31/03/2026",
              "The step is in the procedure and the custody system prompts it.", "complete"),
            A(f"{c} Police", "Audit twenty bail variations for the victim contact.", "30/09/2026",
              "Eight variations audited so far; contact made in seven.", "in_progress"),
        ]),
        R("2", f"{c} Adult Social Care to record a domestic abuse disclosure in the safeguarding record of "
               "the adult concerned.", [
            A(f"{c} Adult Social Care", "Change the safeguarding record so that a disclosure can be flagged.",
              "30/04/2026", "Change specified; with the system supplier.", "in_progress"),
        ]),
        R("3", f"{c} NHS Foundation Trust to offer the maternity service's domestic abuse training to its "
               "sonographers.", [
            A(f"{c} NHS Foundation Trust", "Add the sonographers to the training plan.", "31/01/2026",
              "Sonographers added to the plan in January.", "complete"),
            A(f"{c} NHS Foundation Trust", "Train every sonographer.", "31/12/2026", "", "not_started"),
        ]),
        R("4", f"{c} Housing Association to make sure that a tenant reporting domestic abuse is offered a "
               "management transfer.", [
            A(f"{c} Housing Association", "Add the offer to the domestic abuse policy.", "28/02/2026",
              "Policy approved by the association's board in February.", "complete"),
            A(f"{c} Housing Association", "Tell every housing officer about the change.", "31/05/2026",
              "Briefing given at two of the three area team meetings.", "in_progress"),
        ]),
        R("5", f"{c} Community Safety Partnership to share the review's learning with the neighbouring "
               "partnerships.", [
            A(f"{c} CSP", "Present the review at the regional DHR network.", "31/07/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="header_prompts_docx", formats=["docx"],
        meta=dict(title="Colverton Community Safety Partnership – Domestic Homicide Review 'Gillian' – "
                        "Action Plan", review_id_hint="Colverton DHR Gillian", as_at="", documents=[]),
        columns=[f"{k}\n{v}" if v else k for k, v in PROMPTS.items()],
        sections=[S("", recs)],
    )


PLANS = [checkbox_status_docx, highlighted_updates_docx, excel_print_headings_html, newest_first_blank_lines_html,
         header_prompts_docx]
