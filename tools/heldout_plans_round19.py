"""The nineteenth round of held-out plans' content (tools/heldout_drawing_round19.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def partner_list_due_update_legal() -> dict[str, Any]:
    """US Legal landscape DOCX, ruled, Arial Narrow 9 pt, a 0.6 cm left margin: a ``Partner(s)`` column
    naming several agencies separated by slashes and commas, one action a row with the recommendation's
    number and text repeated on every row, and the target date and progress in one combined cell
    (``Due: 31/03/2025 — Update: …``)."""
    b = "Brackenholt"
    recs = [
        R("1", f"{b} Police, {b} ICB and {b} Borough Council to share information about a victim when one "
               "of them learns of a change in the household.", [
            A(f"{b} Police / {b} ICB", "Agree a joint notification route for changes in the household.",
              "31/03/2025", "Route agreed and written into the information sharing protocol.", "complete"),
            A(f"{b} Borough Council, {b} Police", "Train housing and neighbourhood officers on the route.",
              "30/09/2025", "Two of four sessions delivered; 48 officers trained.", "in_progress"),
        ]),
        R("2", f"{b} Hospital Trust to ask about domestic abuse at every maternity booking appointment.", [
            A(f"{b} Hospital Trust", "Add a routine enquiry prompt to the maternity booking record.",
              "30/06/2025", "Prompt added to the electronic record in June 2025.", "complete"),
        ]),
        R("3", f"{b} Children's Services and {b} Police to review how referrals about unborn babies are "
               "made when a parent has a history of abuse.", [
            A(f"{b} Children's Services / {b} Police", "Audit twelve pre-birth referrals made in 2024.",
              "31/10/2025", "Audit of eight referrals done; findings to the safeguarding partnership.",
              "in_progress"),
            A(f"{b} Children's Services", "Revise the pre-birth protocol in the light of the audit.",
              "31/03/2026", "", "not_started"),
        ]),
        R("4", f"{b} Probation Service to check with the police before a domestic abuse perpetrator moves "
               "to a new address.", [
            A(f"{b} Probation Service", "Add the police check to the address approval checklist.",
              "31/07/2025", "Checklist changed in July 2025 and briefed to all teams.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to commission specialist support for male victims.", [
            A(f"{b} CSP / {b} Borough Council", "Map the support open to male victims in the borough.",
              "31/08/2025", "Mapping done; a gap found in out-of-hours support.", "complete"),
            A(f"{b} CSP", "Commission a male victims' support service.", "31/03/2026",
              "Tender being drafted with the commissioning team.", "in_progress"),
        ]),
    ]
    return dict(
        name="partner_list_due_update_legal", formats=["docx"],
        meta=dict(title="Brackenholt Community Safety Partnership – Domestic Homicide Review 'Imogen' – "
                        "Action Plan",
                  review_id_hint="Brackenholt DHR Imogen", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Partner(s)", "Due and latest update"],
        sections=[S("", recs)],
    )


def zebra_bold_agency_html() -> dict[str, Any]:
    """HTML, Calibri 10 pt: alternating white and grey rows, no vertical rules (a rule under the header
    only); no agency column: the lead agency in bold at the start of the action cell
    (``<strong>Agency</strong> – action``); number and recommendation in ``rowspan`` cells."""
    t = "Thornbury Vale"
    recs = [
        R("1", f"{t} Police to make sure that a DASH risk assessment is completed at every domestic "
               "incident, including when the victim declines to answer.", [
            A(f"{t} Police", "Change the incident closure rule so an incident cannot close without a DASH.",
              "31 May 2025", "Closure rule live since May 2025.", "complete"),
            A(f"{t} Police", "Report DASH completion rates to the MARAC steering group.", "31 Mar 2026",
              "Two quarterly reports made; completion at 96%.", "in_progress"),
        ]),
        R("2", f"{t} ICB to make sure that GP practices have a named domestic abuse lead.", [
            A(f"{t} ICB", "Ask every practice to name a lead and publish the list.", "30 Sep 2025",
              "Leads named in 29 of 33 practices.", "in_progress"),
        ]),
        R("3", f"{t} District Council to give victims priority for a housing transfer when the perpetrator "
               "knows their address.", [
            A(f"{t} District Council", "Amend the allocations policy.", "31 Oct 2025",
              "Amendment drafted; consultation closes in October.", "in_progress"),
            A(f"{t} District Council", "Train the allocations team on the amended policy.", "31 Jan 2026", "",
              "not_started"),
        ]),
        R("4", f"{t} Mental Health Trust to include the risk to a partner in every discharge plan.", [
            A(f"{t} Mental Health Trust", "Add a partner risk section to the discharge plan template.",
              "31 Jul 2025", "Section added in July 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to raise awareness of stalking among frontline staff.", [
            A(f"{t} CSP", "Run a stalking awareness campaign for partner agencies' staff.", "30 Nov 2025",
              "Campaign ran in November 2025; 310 staff completed the e-learning.", "complete"),
            A(f"{t} CSP", "Survey staff six months after the campaign.", "31 May 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="zebra_bold_agency_html", formats=["html"],
        meta=dict(title="Thornbury Vale Community Safety Partnership – Domestic Homicide Review 'Chloe' – "
                        "Action Plan",
                  review_id_hint="Thornbury Vale DHR Chloe", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Lead agency and action", "Target", "Progress"],
        sections=[S("", recs)],
    )


def cover_contents_leaders_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Georgia 9.5 pt, grey grid: a cover page with a large dark title block (a
    one-cell shaded table, the title in 26 pt white), then a contents page whose entries run to their
    page numbers along dot leaders, then an introduction, then the plan."""
    w = "Wyndleigh"
    recs = [
        R("1", f"{w} Police to make sure that officers check for bail conditions before closing a domestic "
               "abuse incident.", [
            A(f"{w} Police", "Add a bail conditions check to the incident closure template.", "30/06/2025",
              "Check added in June 2025.", "complete"),
            A(f"{w} Police", "Audit fifteen closed incidents for the check.", "31/12/2025",
              "Ten audited; the check was made in nine.", "in_progress"),
        ]),
        R("2", f"{w} ICB to make sure that pharmacists can refer a customer who discloses abuse.", [
            A(f"{w} ICB", "Agree a referral pathway with the local pharmaceutical committee.", "30/09/2025",
              "Pathway agreed in principle.", "in_progress"),
        ]),
        R("3", f"{w} Borough Council to check for domestic abuse when a tenant asks to end a joint "
               "tenancy.", [
            A(f"{w} Borough Council", "Add the question to the joint tenancy termination form.", "31/05/2025",
              "Question added in May 2025.", "complete"),
            A(f"{w} Borough Council", "Brief the tenancy management team.", "31/08/2025",
              "Team briefed in August 2025.", "complete"),
        ]),
        R("4", f"{w} Adult Social Care to consider domestic abuse in every safeguarding enquiry about "
               "an older person.", [
            A(f"{w} Adult Social Care", "Update the section 42 enquiry guidance.", "31/01/2026", "",
              "not_started"),
        ]),
        R("5", "The Community Safety Partnership to tell the family how the plan is progressing.", [
            A(f"{w} CSP", "Write to the family after every board review of the plan.", "31/03/2026",
              "First letter sent in October 2025.", "in_progress"),
        ]),
    ]
    return dict(
        name="cover_contents_leaders_docx", formats=["docx"],
        meta=dict(title="Wyndleigh Community Safety Partnership – Domestic Homicide Review 'Rachel' – "
                        "Action Plan",
                  review_id_hint="Wyndleigh DHR Rachel", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def transposed_rec_columns_docx() -> dict[str, Any]:
    """A4 landscape DOCX, ruled, Calibri 9 pt: the table transposed, its header the first column (shaded
    row names ``Recommendation no.`` … ``Progress``) and one column per action, a recommendation's number
    and text merged across its actions' columns; the plan in two such tables, one above the other."""
    c = "Calderbrook"
    recs = [
        R("1", f"{c} Police to tell the IDVA service within a day when a high-risk victim's perpetrator is "
               "released from custody.", [
            A(f"{c} Police", "Add IDVA notification to the custody release procedure.", "30/04/2025",
              "Procedure changed in April 2025.", "complete"),
            A(f"{c} Police", "Check twenty releases for the notification.", "31/10/2025",
              "Fourteen checked; notified within a day in twelve.", "in_progress"),
        ]),
        R("2", f"{c} ICB to include coercive control in GP safeguarding training.", [
            A(f"{c} ICB", "Add a coercive control module to the level 3 training.", "30/09/2025",
              "Module written and piloted with two practices.", "in_progress"),
        ]),
        R("3", f"{c} Council to ask about domestic abuse when a council tax debt is referred for "
               "enforcement.", [
            A(f"{c} Council", "Add a vulnerability question to the enforcement referral.", "31/12/2025", "",
              "not_started"),
        ]),
        R("4", f"{c} Probation Service to record a perpetrator's new relationships at every supervision.", [
            A(f"{c} Probation Service", "Add a relationships prompt to the supervision record.", "31/07/2025",
              "Prompt added in July 2025.", "complete"),
            A(f"{c} Probation Service", "Audit the prompt's use in fifteen cases.", "31/01/2026", "",
              "not_started"),
        ]),
        R("5", "The Community Safety Partnership to publish a domestic abuse directory for employers.", [
            A(f"{c} CSP", "Write and publish the directory with the chamber of commerce.", "31/03/2026",
              "Draft directory shared with the chamber for comment.", "in_progress"),
        ]),
    ]
    return dict(
        name="transposed_rec_columns_docx", formats=["docx"],
        meta=dict(title="Calderbrook Community Safety Partnership – Domestic Homicide Review 'Natalie' – "
                        "Action Plan",
                  review_id_hint="Calderbrook DHR Natalie", as_at="", documents=[]),
        columns=["Recommendation no.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def word_filtered_html() -> dict[str, Any]:
    """HTML saved from Word as a filtered web page: a ``WordSection1`` div with a landscape ``@page``, every
    cell a ``<p class=MsoNormal>`` with inline ``mso``-free border styles and ``width`` attributes,
    merged cells as ``rowspan``, empty paragraphs as ``&nbsp;``, and Word's trailing row of zero-height
    spacer cells; Cambria 10 pt."""
    g = "Gorsemoor"
    recs = [
        R("1", f"{g} Police to make sure that a domestic abuse flag follows a victim who moves to another "
               "force area.", [
            A(f"{g} Police", "Agree a flag transfer process with the neighbouring forces.", "31 July 2025",
              "Process agreed with two of three forces.", "in_progress"),
        ]),
        R("2", f"{g} ICB to make sure that out-of-hours GP services can see a patient's domestic abuse "
               "history.", [
            A(f"{g} ICB", "Share the safeguarding flag with the out-of-hours provider.", "30 June 2025",
              "Flag shared since June 2025.", "complete"),
            A(f"{g} ICB", "Check the flag's use in ten out-of-hours consultations.", "31 December 2025", "",
              "not_started"),
        ]),
        R("3", f"{g} Housing Association to tell a victim's support worker before an eviction notice is "
               "served.", [
            A(f"{g} Housing Association", "Change the pre-eviction checklist.", "31 May 2025",
              "Checklist changed in May 2025.", "complete"),
        ]),
        R("4", f"{g} Children's Services to hear the views of children in households where there is "
               "domestic abuse.", [
            A(f"{g} Children's Services", "Add a child's voice section to the assessment.", "30 September 2025",
              "Section added; practitioners briefed.", "complete"),
            A(f"{g} Children's Services", "Audit twelve assessments for the child's voice.", "31 March 2026",
              "Audit planned for February 2026.", "in_progress"),
        ]),
        R("5", "The Community Safety Partnership to review the plan with the family after a year.", [
            A(f"{g} CSP", "Meet the family to review the plan.", "30 April 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="word_filtered_html", formats=["html"],
        meta=dict(title="Gorsemoor Community Safety Partnership – Domestic Homicide Review 'Hannah' – "
                        "Action Plan",
                  review_id_hint="Gorsemoor DHR Hannah", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Target date", "Progress update"],
        sections=[S("", recs)],
    )


PLANS = [partner_list_due_update_legal, zebra_bold_agency_html, cover_contents_leaders_docx,
         transposed_rec_columns_docx, word_filtered_html]
