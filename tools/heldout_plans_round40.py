"""The fortieth round of held-out plans' content (tools/heldout_drawing_round40.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a Word plan with one row per recommendation whose several actions are lettered ``a)``, ``b)`` inside the
one Action cell, the Lead, Target and Progress cells lettered to match, ``a) Police`` / ``b) Council``; a
web page whose status is only an icon, an ``<img>`` with the status as its ``alt`` text; a Word plan whose
author split a recommendation by hand, its later actions on a typed ``3 (cont.)`` / ``Recommendation 3
continued`` row that starts a new page; a web page with ``Priority``, ``Success measure`` and
``Resources / cost`` columns between the action and its lead, money and dates among them; a web page
converted from a print, the column header row repeated as ordinary body rows part-way down the table).
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import A as plain_action
from sample_spec import R, S

WORDS = {"complete": "Complete", "in_progress": "In progress", "not_started": "Not started"}


def worded(agency: str, action: str, target: str, progress: str, status: str, **shown: str) -> dict[str, Any]:
    """An action whose status is a word in a column (or an icon's alt text), the update not stating it."""
    return plain_action(agency, action, target, progress, status, status_word=WORDS[status], **shown)


def lettered_in_cell_leads_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Calibri 9.5 pt, ruled: one row per recommendation; a recommendation's several
    actions lettered ``a)``, ``b)``, ``c)`` as paragraphs of the one ``Action`` cell, the ``Lead``,
    ``Target date`` and ``Progress`` cells lettered to match (``a) Police`` / ``b) Housing``), annotated
    one action per letter without the letter; a single action unlettered; progress opening with the
    status; dates as ``31/03/2026``."""
    w = "Wrenfield"
    recs = [
        R("1", f"{w} Police and {w} District Council Housing to share information about a perpetrator who "
               "moves into council accommodation.", [
            A(f"{w} Police", "Agree an information sharing protocol with the housing service.", "31/03/2026",
              "Protocol signed on 17 March 2026.", "complete"),
            A(f"{w} District Council Housing", "Add a check with the police to the allocations procedure for "
              "applicants with a domestic abuse marker.", "30/06/2026", "Procedure drafted.", "in_progress"),
        ]),
        R("2", f"{w} Integrated Care Board to make sure that domestic abuse is considered when a patient "
               "misses repeated appointments.", [
            A(f"{w} Integrated Care Board", "Issue guidance to practices on following up missed "
              "appointments.", "30/04/2026", "Guidance issued in April 2026.", "complete"),
        ]),
        R("3", f"{w} Adult Social Care, {w} Probation Service and the Substance Misuse Service to hold a "
               "joint meeting when a shared client is known to be a victim and a perpetrator.", [
            A(f"{w} Adult Social Care", "Write the joint meeting into the multi-agency risk procedure.",
              "31/05/2026", "Draft with the safeguarding adults board.", "in_progress"),
            A(f"{w} Probation Service", "Brief probation practitioners on asking for a joint meeting.",
              "31/07/2026", "", "not_started"),
            A("Substance Misuse Service", "Name a lead worker to attend joint meetings.", "31/03/2026",
              "Team leader named in March 2026.", "complete"),
        ]),
        R("4", f"{w} Community Safety Partnership to check that the learning from this review has been "
               "understood by frontline staff.", [
            A(f"{w} CSP", "Survey frontline staff in every partner agency about the review's learning.",
              "31/12/2026", "", "not_started"),
        ]),
        R("5", f"{w} Police to make sure that a victim who withdraws support for a prosecution is offered "
               "an IDVA.", [
            A(f"{w} Police", "Add the IDVA offer to the victim withdrawal statement procedure.", "30/04/2026",
              "Procedure changed in April 2026.", "complete"),
            A("IDVA Service", "Report monthly the referrals received after a withdrawal.", "31/10/2026",
              "Reporting began in May 2026.", "in_progress"),
        ]),
    ]
    return dict(
        name="lettered_in_cell_leads_docx", formats=["docx"],
        meta=dict(title="Wrenfield Community Safety Partnership – Domestic Homicide Review 'Lorraine' – "
                        "Action Plan", review_id_hint="Wrenfield DHR Lorraine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def status_icon_alt_html() -> dict[str, Any]:
    """HTML, Open Sans 10 pt, CSS borders: the status only an icon, an ``<img>`` (an inline SVG: a green
    tick, an amber clock, a grey dash) with the status as its ``alt`` and ``title`` text, in a narrow
    ``Status`` column, keyed by the three icons and their words above the table; the update not stating
    it; number and recommendation in ``rowspan`` cells; dates as ``30/06/2026``."""
    g = "Greyhaven"
    recs = [
        R("1", f"{g} Police to refer every high-risk victim who declines a MARAC discussion to the IDVA "
               "service.", [
            worded(f"{g} Police", "Change the MARAC referral form to record the IDVA referral.", "31/03/2026",
                   "Form changed on 5 March 2026.", "complete"),
            worded(f"{g} Police", "Check thirty declined referrals for an IDVA referral.", "30/09/2026",
                   "Fourteen checked so far.", "in_progress"),
        ]),
        R("2", f"{g} Hospital NHS Trust to make sure that maternity staff see a pregnant woman alone at "
               "least once.", [
            worded(f"{g} Hospital NHS Trust", "Add a seen-alone prompt to the maternity record.",
                   "30/04/2026", "Prompt added to the electronic record.", "complete"),
        ]),
        R("3", f"{g} Borough Council Housing to record a domestic abuse disclosure made during a "
               "homelessness assessment on the applicant's case file.", [
            worded(f"{g} Borough Council Housing", "Add a disclosure field to the case management system.",
                   "30/06/2026", "Supplier quoted for the change.", "in_progress"),
            worded(f"{g} Borough Council Housing", "Train housing options officers on the new field.",
                   "30/09/2026", "", "not_started"),
        ]),
        R("4", f"{g} Probation Service to share a perpetrator's release address with the victim's IDVA.", [
            worded(f"{g} Probation Service", "Add the IDVA to the release planning contact list.", "31/05/2026",
                   "", "not_started"),
        ]),
        R("5", f"{g} Community Safety Partnership to publish a summary of the plan's progress each year.", [
            worded(f"{g} CSP", "Publish the first annual summary on the council's website.", "31/03/2027", "",
                   "not_started"),
            worded(f"{g} CSP", "Send the summary to the victim's family before publication.", "31/03/2027",
                   "Family asked how they would like to receive it.", "in_progress"),
        ]),
    ]
    return dict(
        name="status_icon_alt_html", formats=["html"],
        meta=dict(title="Greyhaven Community Safety Partnership – Domestic Homicide Review 'Shirley' – "
                        "Action Plan", review_id_hint="Greyhaven DHR Shirley", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Status", "Update"],
        sections=[S("", recs)],
    )


def cont_rec_rows_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Book Antiqua 9.5 pt, ruled: number and recommendation merged over the actions,
    but the author split two long recommendations by hand, their last actions on a row of their own that
    starts a new page with a typed ``3 (cont.)`` in the number cell and ``Recommendation 3 continued``
    in italics in the recommendation cell (annotated under the recommendation they continue); the header
    row repeated; progress opening with the status; dates as ``30 June 2026``."""
    f = "Foxley Vale"
    recs = [
        R("1", f"{f} Police to make sure that a breach of a domestic abuse protection order is recorded as a "
               "crime and investigated.", [
            A(f"{f} Police", "Remind response officers of the crime recording rule for breaches.",
              "31 March 2026", "Reminder issued in the force bulletin.", "complete"),
            A(f"{f} Police", "Audit every breach recorded in one quarter.", "30 September 2026", "",
              "not_started"),
        ]),
        R("2", f"{f} Integrated Care Board to make sure that GP practices record a patient's disclosure "
               "of domestic abuse with a code that other clinicians will see.", [
            A(f"{f} Integrated Care Board", "Agree the code with the GP federation's clinical lead.",
              "30 April 2026", "Code agreed and circulated.", "complete"),
        ]),
        R("3", f"{f} Adult Social Care to make sure that a carer's assessment asks whether the carer is "
               "afraid of the person they care for, and that the answer leads to a safeguarding referral "
               "where it should, with the carer told what will happen next and the referral followed up "
               "within five working days by the safeguarding team.", [
            A(f"{f} Adult Social Care", "Add the question to the carer's assessment form.", "31 May 2026",
              "Question added in May 2026.", "complete"),
            A(f"{f} Adult Social Care", "Write guidance on when the answer leads to a safeguarding "
              "referral.", "30 June 2026", "Guidance in draft with the principal social worker.",
              "in_progress"),
            A(f"{f} Adult Social Care", "Train the carers' assessment team on the question and the guidance.",
              "30 September 2026", "", "not_started"),
        ]),
        R("4", f"{f} Housing Partnership to give a victim who is moved for her safety a named officer "
               "for the first three months of her new tenancy, and to check with the victim at the end of "
               "that time whether she feels safe and whether the support should continue.", [
            A(f"{f} Housing Partnership", "Name a tenancy sustainment officer for each management move.",
              "30 June 2026", "Three officers named.", "in_progress"),
            A(f"{f} Housing Partnership", "Add a three-month safety check to the management move procedure.",
              "31 August 2026", "", "not_started"),
            A(f"{f} Housing Partnership", "Report the safety checks to the partnership every six months.",
              "31 March 2027", "", "not_started"),
        ]),
        R("5", f"{f} Community Safety Partnership to share this review with the neighbouring partnerships.", [
            A(f"{f} CSP", "Present the review at the regional DHR network.", "31 July 2026",
              "Presented on 9 July 2026.", "complete"),
        ]),
    ]
    return dict(
        name="cont_rec_rows_docx", formats=["docx"],
        meta=dict(title="Foxley Vale Community Safety Partnership – Domestic Homicide Review 'Irene' – "
                        "Action Plan", review_id_hint="Foxley Vale DHR Irene", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
        continued=dict(rec_action=[["3", 2], ["4", 1]]),
    )


def resource_cost_columns_html() -> dict[str, Any]:
    """HTML, Tahoma 9 pt, CSS borders: ten columns, ``Priority`` (High / Medium / Low), ``Success
    measure`` and ``Resources / cost`` (``£4,500 from the CSP budget``, ``Within existing resources``)
    set between the action and its lead, the success measure annotated as the evidence (as an
    ``Outcome / impact`` column is), priority and cost not annotated; number and recommendation in ``rowspan`` cells;
    a ``Status`` column in words after the target; dates as ``31.03.2026``."""
    c = "Castlebrook"
    extra = {
        0: ("High", "Every repeat report has a new risk assessment.", "Within existing resources"),
        1: ("Medium", "Audit shows 90% compliance.", "Analyst time, 5 days"),
        2: ("High", "Number of referrals from GP practices rises.", "£4,500 from the CSP budget"),
        3: ("Medium", "Staff survey shows confidence in asking.", "£2,000 training budget"),
        4: ("Low", "Policy published on the intranet.", "Within existing resources"),
        5: ("High", "No eviction without a domestic abuse check.", "Within existing resources"),
        6: ("Medium", "Learning event attended by 50 people.", "£1,200 venue and speakers"),
        7: ("Low", "Family told of the plan's completion.", "Within existing resources"),
    }
    recs = [
        R("1", f"{c} Police to make sure that a further risk assessment is done when a victim reports a new "
               "incident.", [
            worded(f"{c} Police", "Prompt a new risk assessment on every repeat domestic abuse report.",
                   "31.03.2026", "System prompt live since March 2026.", "complete"),
            worded(f"{c} Police", "Audit a sample of repeat reports for the assessment.", "30.09.2026",
                   "Sample drawn.", "in_progress"),
        ]),
        R("2", f"{c} Integrated Care Board to commission an IRIS-style domestic abuse training and referral "
               "programme for GP practices.", [
            worded(f"{c} Integrated Care Board", "Commission the programme for the twelve largest practices.",
                   "30.06.2026", "Tender issued in April 2026.", "in_progress"),
            worded(f"{c} Integrated Care Board", "Evaluate the programme after its first year.", "30.06.2027",
                   "", "not_started"),
        ]),
        R("3", f"{c} Mental Health Trust to adopt a domestic abuse policy for its community teams.", [
            worded(f"{c} Mental Health Trust", "Approve and publish the policy.", "31.05.2026",
                   "Policy approved by the trust board in May 2026.", "complete"),
        ]),
        R("4", f"{c} Homes to check for domestic abuse before starting possession proceedings for rent "
               "arrears.", [
            worded(f"{c} Homes", "Add a domestic abuse check to the arrears escalation procedure.",
                   "31.07.2026", "", "not_started"),
        ]),
        R("5", f"{c} Community Safety Partnership to share the learning and keep the family informed.", [
            worded(f"{c} CSP", "Hold a learning event for practitioners.", "30.11.2026", "Venue booked.",
                   "in_progress"),
            worded(f"{c} CSP", "Write to the family when the plan is complete.", "31.03.2027", "",
                   "not_started"),
        ]),
    ]
    for n, a in enumerate(a for r in recs for a in r["actions"]):
        a["evidence"] = extra[n][1]  # the success measure, annotated as the evidence (an outcome sought)
    return dict(
        name="resource_cost_columns_html", formats=["html"], evidence=True,
        meta=dict(title="Castlebrook Community Safety Partnership – DHR 'Elaine' – Action Plan",
                  review_id_hint="Castlebrook DHR Elaine", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Priority", "Success measure", "Resources / cost",
                 "Lead agency", "Target date", "Status", "Progress"],
        sections=[S("", recs)],
        extra_cells={str(k): [v[0], v[2]] for k, v in extra.items()},
    )


def header_rows_in_body_html() -> dict[str, Any]:
    """HTML converted from a printed plan, Verdana 9 pt, CSS borders: the column header row, shaded
    and bold, repeated as ordinary ``<td>`` rows in the ``<tbody>`` where the print's pages broke (before
    recommendations 3 and 5), with a small grey ``Page 2 of 3`` row above each; number and recommendation
    written on a recommendation's first row only (not spanned); progress opening with the status; dates
    as ``31 Mar 2026``."""
    e = "Elmhurst"
    recs = [
        R("1", f"{e} Police to make sure that call handlers ask a caller reporting domestic abuse whether "
               "there are children in the house.", [
            A(f"{e} Police", "Add the question to the call handling script.", "31 Mar 2026",
              "Script changed in February 2026.", "complete"),
            A(f"{e} Police", "Dip-sample fifty calls for the question.", "30 Sep 2026", "", "not_started"),
        ]),
        R("2", f"{e} Children's Services to tell the school when a child is named on a domestic abuse "
               "notification.", [
            A(f"{e} Children's Services", "Extend Operation Encompass notifications to nurseries.",
              "30 Jun 2026", "Nurseries being signed up.", "in_progress"),
        ]),
        R("3", f"{e} Adult Social Care to consider coercive control when an older couple's care needs "
               "change.", [
            A(f"{e} Adult Social Care", "Add coercive control to the review of care needs guidance.",
              "31 May 2026", "Guidance revised.", "complete"),
            A(f"{e} Adult Social Care", "Deliver a workshop on coercive control in older couples.",
              "31 Oct 2026", "Workshop planned for October.", "in_progress"),
        ]),
        R("4", f"{e} Probation Service to check with the police before a perpetrator's licence ends.", [
            A(f"{e} Probation Service", "Add a police check to the end-of-licence checklist.", "31 Jul 2026",
              "", "not_started"),
        ]),
        R("5", f"{e} Community Safety Partnership to review the plan at every board meeting until it is "
               "complete.", [
            A(f"{e} CSP", "Make the plan a standing item on the board's agenda.", "30 Apr 2026",
              "Standing item since April 2026.", "complete"),
            A(f"{e} CSP", "Close the plan and tell the Home Office.", "31 Mar 2027", "", "not_started"),
        ]),
    ]
    return dict(
        name="header_rows_in_body_html", formats=["html"],
        meta=dict(title="Elmhurst Community Safety Partnership – Domestic Homicide Review 'Patricia' – "
                        "Action Plan", review_id_hint="Elmhurst DHR Patricia", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [lettered_in_cell_leads_docx, status_icon_alt_html, cont_rec_rows_docx, resource_cost_columns_html,
         header_rows_in_body_html]
