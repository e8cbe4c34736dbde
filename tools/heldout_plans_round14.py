"""The fourteenth round of held-out plans' content (tools/heldout_drawing_round14.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

# ``agency_codes_html``'s key below the plan: each agency code and the agency it stands for.
AGENCY_CODES = {
    "CMP": "Carrowmere Police", "ICB": "Carrowmere Integrated Care Board", "ASC": "Adult Social Care",
    "CSC": "Children's Social Care", "NPS": "Probation Service", "CBC": "Carrowmere Borough Council",
    "CSP": "Community Safety Partnership",
}


def agency_codes_html() -> dict[str, Any]:
    """HTML, Lucida Sans 9.5 pt, CSS grid: the agency the FIRST column, written only as a short code in a
    coloured badge (``CMP``, ``ICB``, ``ASC``), one per action; a key of the codes in a small table below
    the plan; ``No.`` and recommendation in ``rowspan`` cells."""
    c = "Carrowmere"
    recs = [
        R("1", f"{c} Police to make sure that response officers check for previous incidents at the address "
               "before they attend a domestic abuse call.", [
            A("CMP", "Add a previous-incidents summary to the dispatch screen.", "31/05/2025",
              "Summary live on the dispatch screen since May 2025.", "complete"),
            A("CMP", "Dip-sample twenty attended calls each quarter for the check.", "31/03/2026",
              "Two dip samples completed; the check was made in 34 of 40 calls.", "in_progress"),
        ]),
        R("2", f"{c} Integrated Care Board to make sure that GP practices ask about domestic abuse when a "
               "patient asks for a repeat prescription of antidepressants.", [
            A("ICB", "Issue a practice briefing on routine enquiry at medication reviews.", "31/07/2025",
              "Briefing issued to all 27 practices in July 2025.", "complete"),
        ]),
        R("3", "Adult Social Care and the police to agree how a safeguarding concern about an adult with "
               "care needs is shared when the alleged abuser is a partner.", [
            A("ASC", "Write a joint information sharing flowchart with the police.", "30/09/2025",
              "Flowchart drafted and with both legal teams.", "in_progress"),
            A("CMP", "Brief the public protection unit on the flowchart.", "31/12/2025", "", "not_started"),
        ]),
        R("4", "Children's Social Care to record the views of children about a parent's new partner in "
               "every assessment.", [
            A("CSC", "Add a prompt about new partners to the assessment template.", "30/06/2025",
              "Prompt added to the template in June 2025.", "complete"),
            A("CSC", "Audit fifteen assessments for the child's recorded views.", "31/01/2026",
              "Audit tool agreed with the quality assurance team.", "in_progress"),
        ]),
        R("5", "The Probation Service to check the address history of a person on licence with housing "
               "providers.", [
            A("NPS", "Agree a data sharing arrangement with the two largest housing providers.", "31/10/2025",
              "Arrangement agreed with one provider.", "in_progress"),
        ]),
        R("6", f"{c} Borough Council to make domestic abuse training mandatory for staff in its housing "
               "options team.", [
            A("CBC", "Add the training to the team's mandatory training list.", "31/03/2025",
              "Training made mandatory from April 2025.", "complete"),
        ]),
        R("7", "The Community Safety Partnership to make sure that this review's learning is shared with "
               "faith groups.", [
            A("CSP", "Hold a learning session with the interfaith forum.", "28/02/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="agency_codes_html", formats=["html"],
        meta=dict(title="Carrowmere Community Safety Partnership – Domestic Homicide Review 'Deborah' – "
                        "Action Plan",
                  review_id_hint="Carrowmere DHR Deborah", as_at="", documents=[]),
        columns=["Agency", "No.", "Recommendation", "Action", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def action_no_first_rec_last() -> dict[str, Any]:
    """A4 landscape, ruled, Garamond 10 pt: the first column the action's number (``1.1``, ``1.2``, ``2.1``);
    the recommendation, unnumbered, only in the LAST column, vertically merged over its actions:
    ``Action no. / Action / Lead agency / Target date / Progress update / Recommendation``."""
    w = "Wrayford"
    recs = [
        R("1", f"{w} Police to make sure that a victim who withdraws a complaint is offered a referral to "
               "the IDVA service before the case is closed.", [
            A(f"{w} Police", "Add an IDVA referral step to the case closure checklist.", "30/04/2025",
              "Checklist amended in April 2025.", "complete"),
            A(f"{w} Police", "Report monthly the number of withdrawn cases referred.", "31/10/2025",
              "First three monthly reports produced.", "in_progress"),
        ]),
        R("2", f"{w} Hospitals NHS Trust to make sure that staff in the emergency department can see "
               "whether a patient has been discussed at MARAC.", [
            A(f"{w} Hospitals NHS Trust", "Add a MARAC flag to the emergency department record.", "31/08/2025",
              "Flag being built by the clinical systems team.", "in_progress"),
        ]),
        R("3", f"{w} Council to review the way it responds to rent arrears where a tenant has reported "
               "domestic abuse.", [
            A(f"{w} Council", "Revise the arrears procedure to pause action after a disclosure.", "30/06/2025",
              "Revised procedure approved in June 2025.", "complete"),
            A(f"{w} Council", "Train income officers on the revised procedure.", "30/09/2025",
              "Two of three training sessions held.", "in_progress"),
            A(f"{w} Council", "Review ten arrears cases after six months.", "31/03/2026", "", "not_started"),
        ]),
        R("4", f"{w} Mental Health Trust to ask every patient admitted after self-harm about their "
               "relationship with a partner.", [
            A(f"{w} Mental Health Trust", "Add a relationship question to the admission assessment.",
              "31/07/2025", "Question added to the assessment in July 2025.", "complete"),
        ]),
        R("5", f"{w} Children's Services to invite the police to every strategy discussion about an "
               "unborn baby.", [
            A(f"{w} Children's Services", "Update the pre-birth protocol.", "31/05/2025",
              "Protocol updated and published.", "complete"),
            A(f"{w} Police", "Name a police lead for pre-birth strategy discussions.", "31/05/2025",
              "Detective sergeant named in May 2025.", "complete"),
        ]),
        R("6", "The Community Safety Partnership to ask the Home Office to publish guidance on reviews "
               "where the victim had no recourse to public funds.", [
            A(f"{w} CSP", "Write to the Home Office with the review's findings.", "31/12/2025", "",
              "not_started"),
        ]),
    ]
    return dict(
        name="action_no_first_rec_last", formats=["docx"],
        meta=dict(title="Wrayford Community Safety Partnership – Domestic Homicide Review 'Helen' – Action Plan",
                  review_id_hint="Wrayford DHR Helen", as_at="", documents=[]),
        columns=["Action no.", "Action", "Lead agency", "Target date", "Progress update", "Recommendation"],
        sections=[S("", recs)],
    )


# ``single_multi_agency_pages``' second table (Part B), whose columns differ from the first's.
MULTI_COLUMNS = ["Ref", "Recommendation", "Action", "Responsible agency", "Timescale", "Update (October 2025)"]


def single_multi_agency_pages() -> dict[str, Any]:
    """A4 portrait, horizontal rules only, Arial 9 pt: the plan in two tables on separate pages under bold
    headings, ``Part A – Single agency recommendations`` (``No. / Agency / Recommendation / Action /
    Target date / Progress``, agency and recommendation merged) and, after a page break, ``Part B –
    Multi-agency recommendations`` with other columns (``Ref / Recommendation / Action / Responsible
    agency / Timescale / Update (October 2025)``, one row per agency); the numbers run on from A to B."""
    b = "Bramcote"
    single = [
        R("1", f"{b} Police to make sure that every call from a third party about domestic abuse is "
               "attended.", [
            A(f"{b} Police", "Change the call grading policy for third-party calls.", "31/03/2025",
              "Policy changed in March 2025.", "complete"),
            A(f"{b} Police", "Audit a sample of graded third-party calls.", "30/09/2025",
              "Sample of forty calls audited; all attended.", "complete"),
        ]),
        R("2", f"{b} ICB to make sure that GP practices record who else lives in the household of a "
               "patient who discloses domestic abuse.", [
            A(f"{b} ICB", "Add household members to the domestic abuse template.", "31/08/2025",
              "Template change agreed with the system supplier.", "in_progress"),
        ]),
        R("3", f"{b} Council to consider domestic abuse in every homelessness decision where the applicant "
               "has left a shared home.", [
            A(f"{b} Council", "Add domestic abuse to the homelessness decision checklist.", "30/06/2025",
              "Checklist updated in June 2025.", "complete"),
            A(f"{b} Council", "Train housing options staff on the checklist.", "31/12/2025", "",
              "not_started"),
        ]),
    ]
    multi = [
        R("4", "All agencies to make sure that staff know how to refer a victim to the MARAC.", [
            A(f"{b} Police", "Refresh MARAC referral training for response officers.", "31/10/2025",
              "Training refreshed for two of four shifts.", "in_progress"),
            A(f"{b} Adult Social Care", "Add the MARAC referral route to the practice manual.", "31/07/2025",
              "Practice manual updated.", "complete"),
            A(f"{b} ICB", "Send the MARAC referral guide to every practice.", "31/07/2025",
              "Guide sent in July 2025.", "complete"),
        ]),
        R("5", "Police and Children's Services to share information about a parent's new partner when a "
               "child is on a child protection plan.", [
            A(f"{b} Children's Services", "Add a new-partner check to the core group agenda.", "30/11/2025",
              "Agenda template being revised.", "in_progress"),
            A(f"{b} Police", "Name a single contact for Clare's Law checks from Children's Services.",
              "30/09/2025", "Contact named in September 2025.", "complete"),
        ]),
        R("6", "The Community Safety Partnership and the Safeguarding Adults Board to hold a joint "
               "learning event on this review.", [
            A(f"{b} CSP", "Plan the learning event with the board.", "31/03/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="single_multi_agency_pages", formats=["docx"],
        meta=dict(title="Bramcote Community Safety Partnership – Domestic Homicide Review 'Nadia' – Action Plan",
                  review_id_hint="Bramcote DHR Nadia", as_at="", documents=[]),
        columns=["No.", "Agency", "Recommendation", "Action", "Target date", "Progress"],
        sections=[S("Part A – Single agency recommendations", single),
                  S("Part B – Multi-agency recommendations", multi)],
    )


# ``struck_target_csp_comments``: the original target of every revised action (struck through in the
# document; the action's target is the revised date) and the CSP's comment, by action text opening.
ORIGINAL_TARGET = {
    "Commission a review of the": "31/03/2025",
    "Train reception staff": "30/06/2025",
    "Agree a joint protocol": "31/05/2025",
    "Audit twenty referrals": "30/09/2025",
}
CSP_COMMENT = {
    "Add a stalking question": "Assured – evidence seen at the March board.",
    "Commission a review of the": "Revised date agreed by the board in April 2025.",
    "Train reception staff": "Revised date agreed; update requested for the next board.",
    "Agree a joint protocol": "Revised date agreed; chair to write to both agencies.",
    "Publish the learning brief": "Assured.",
}


def struck_target_csp_comments() -> dict[str, Any]:
    """HTML, Carlito 10 pt, CSS borders: an ``Original target`` column whose superseded dates are struck
    through (``<s>``) and a ``Revised target`` column beside it (empty when not revised; the action's target
    is the revised date when there is one); a ``Comments from CSP`` column after the progress (not the
    progress: the partnership's assurance notes); ``Rec`` and recommendation in ``rowspan`` cells."""
    e = "Elmhurst"
    recs = [
        R("1", f"{e} Police to ask about stalking behaviours in every domestic abuse risk assessment.", [
            A(f"{e} Police", "Add a stalking question to the risk assessment form.", "28/02/2025",
              "Question added in February 2025.", "complete"),
            A(f"{e} Police", "Commission a review of the first hundred assessments with the question.",
              "31/10/2025", "Review commissioned from the force's audit team.", "in_progress"),
        ]),
        R("2", f"{e} ICB to make sure that practice reception staff know what to do when a patient "
               "discloses abuse at the desk.", [
            A(f"{e} ICB", "Train reception staff in every practice.", "31/12/2025",
              "Staff trained in eleven of nineteen practices.", "in_progress"),
        ]),
        R("3", f"{e} Adult Social Care and {e} Drug and Alcohol Service to work together where a person "
               "who uses their services is also a victim of domestic abuse.", [
            A(f"{e} Adult Social Care", "Agree a joint protocol with the drug and alcohol service.",
              "30/11/2025", "Draft protocol discussed at the September partnership meeting.", "in_progress"),
            A(f"{e} Drug and Alcohol Service", "Name a domestic abuse lead in each team.", "31/07/2025",
              "Leads named in all three teams.", "complete"),
        ]),
        R("4", f"{e} Council to refer tenants who report abuse to the specialist domestic abuse service with "
               "their consent.", [
            A(f"{e} Council", "Set up a referral form for housing officers.", "31/05/2025",
              "Referral form in use since May 2025.", "complete"),
            A(f"{e} Council", "Audit twenty referrals for consent being recorded.", "31/01/2026", "",
              "not_started"),
        ]),
        R("5", f"{e} Probation Service to share the release date of a perpetrator with the victim's "
               "support worker.", [
            A(f"{e} Probation Service", "Add the support worker to the victim contact scheme record.",
              "30/09/2025", "Change made to the victim contact procedure.", "complete"),
        ]),
        R("6", "The Community Safety Partnership to publish the learning from this review for frontline "
               "staff.", [
            A(f"{e} CSP", "Publish the learning brief on the partnership's website.", "31/03/2025",
              "Learning brief published in March 2025.", "complete"),
        ]),
    ]
    return dict(
        name="struck_target_csp_comments", formats=["html"],
        meta=dict(title="Elmhurst Community Safety Partnership – Domestic Homicide Review 'Grace' – Action Plan",
                  review_id_hint="Elmhurst DHR Grace", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Lead agency", "Original target", "Revised target",
                 "Progress", "Comments from CSP"],
        sections=[S("", recs)],
    )


def nested_progress_table_docx() -> dict[str, Any]:
    """US Letter landscape, ruled, Georgia 9 pt: each progress cell the status sentence, then a small Word
    table NESTED in the cell (``Date / Update``, one row per dated entry, the newest first); the progress is
    the sentence and the entries; number and recommendation merged over the actions."""
    li = "Linthorpe"
    recs = [
        R("1", f"{li} Police to make sure that officers consider coercive control at every incident between "
               "partners, even where no offence is reported.", [
            A(f"{li} Police", "Deliver coercive control training to all response officers.", "31/12/2025",
              "12/09/2025 Training delivered to 310 of 420 officers.\n"
              "20/06/2025 Training package approved by the force training board.", "in_progress"),
            A(f"{li} Police", "Add a coercive control prompt to the incident log.", "30/06/2025",
              "18/06/2025 Prompt live on the incident log.", "complete"),
        ]),
        R("2", f"{li} ICB to make sure that GP practices follow up a patient who discloses abuse and then "
               "misses appointments.", [
            A(f"{li} ICB", "Issue a missed-appointment protocol for patients at risk.", "31/08/2025",
              "28/08/2025 Protocol issued to all practices.\n"
              "14/05/2025 Draft agreed by the safeguarding leads.", "complete"),
        ]),
        R("3", f"{li} Council to include domestic abuse in the training of its environmental health and "
               "licensing officers.", [
            A(f"{li} Council", "Add a domestic abuse module to the officers' induction.", "31/10/2025",
              "03/10/2025 Module written; first sessions booked.", "in_progress"),
            A(f"{li} Council", "Train existing officers in the module.", "31/03/2026", "", "not_started"),
        ]),
        R("4", f"{li} Hospital Trust to make sure that maternity staff see a pregnant woman alone at least "
               "once in every trimester.", [
            A(f"{li} Hospital Trust", "Add a seen-alone field to the maternity record.", "31/07/2025",
              "25/07/2025 Field added and in use.", "complete"),
            A(f"{li} Hospital Trust", "Audit thirty records for the field.", "31/01/2026",
              "10/10/2025 Audit of the first ten records finished.", "in_progress"),
        ]),
        R("5", f"{li} Children's Services to hear from the non-abusing parent in every child and family "
               "assessment.", [
            A(f"{li} Children's Services", "Revise the assessment guidance.", "30/09/2025",
              "22/09/2025 Guidance revised and shared with all teams.", "complete"),
        ]),
        R("6", "The Community Safety Partnership to check that this plan is delivered.", [
            A(f"{li} CSP", "Review the plan at each quarterly board meeting.", "Quarterly",
              "15/10/2025 Plan reviewed at the October board.\n"
              "16/07/2025 Plan reviewed at the July board.", "in_progress"),
        ]),
    ]
    return dict(
        name="nested_progress_table_docx", formats=["docx"],
        meta=dict(title="Linthorpe Community Safety Partnership – Domestic Homicide Review 'Amira' – "
                        "Action Plan",
                  review_id_hint="Linthorpe DHR Amira", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [agency_codes_html, action_no_first_rec_last, single_multi_agency_pages, struck_target_csp_comments,
         nested_progress_table_docx]
