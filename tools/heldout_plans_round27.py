"""The twenty-seventh round of held-out plans' content (tools/heldout_drawing_round27.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have
(a printed form whose `Line` numbers restart on each sheet, blank numbered lines filling the sheet; one row
per recommendation with its actions, leads, dates and progress as parallel lines in side-by-side cells;
narrow empty spacer columns between boxed column groups; leads given only as officers' initials, keyed in a
table after the plan; each action's progress in a full-width band row under it).  Written once and never
tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S


def form_line_numbers_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial 9 pt, ruled: a printed form, one table a sheet (a page break between), each
    under a small boxed form heading (`Form DHR-AP1`, the review, `Sheet 1 of 2`); the first column a
    `Line` number restarting at 1 on each sheet, and blank numbered lines after the last action filling
    the sheet to eight lines; every line at least 1.5 cm tall; number and recommendation on a
    recommendation's first line only; dates as ``31/03/2026``."""
    a = "Ashworth"
    recs = [
        R("1", f"{a} Police to refer every victim of a repeat incident to the IDVA service.", [
            A(f"{a} Police", "Add an automatic IDVA referral for repeat incidents.", "31/12/2025",
              "Referral automated in December 2025.", "complete"),
            A(f"{a} Police", "Check a month of repeat incidents for a referral.", "31/03/2026", "", "not_started"),
        ]),
        R("2", f"{a} Adult Social Care to record the carer's view in every safeguarding enquiry.", [
            A(f"{a} Adult Social Care", "Add a carer's view field to the enquiry form.", "28/02/2026",
              "Form change with the supplier.", "in_progress"),
        ]),
        R("3", f"{a} GP practices to ask about abuse at every antenatal booking.", [
            A(f"{a} Integrated Care Board", "Write the question into the booking template.", "31/01/2026",
              "Template changed.", "complete"),
            A(f"{a} Integrated Care Board", "Audit ten bookings in each practice.", "30/06/2026", "",
              "not_started"),
        ]),
        R("4", f"{a} Housing Services to offer a sanctuary scheme visit within five days of a referral.", [
            A(f"{a} Housing Services", "Set the five-day standard in the scheme contract.", "31/03/2026",
              "Contract being renegotiated.", "in_progress"),
        ]),
        R("5", f"{a} Community Safety Partnership to publish a summary of the review for the public.", [
            A(f"{a} CSP", "Publish the summary on the partnership's website.", "30/04/2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="form_line_numbers_docx", formats=["docx"],
        meta=dict(title="Ashworth Community Safety Partnership – Domestic Homicide Review 'Mabel' – "
                        "Action Plan",
                  review_id_hint="Ashworth DHR Mabel", as_at="", documents=[]),
        columns=["Line", "Rec", "Recommendation", "Action", "Lead", "Due", "Progress"],
        sections=[S("", recs)],
    )


def parallel_lines_one_row_html() -> dict[str, Any]:
    """HTML, Verdana 9 pt, CSS grid: one row per recommendation; its actions, their leads, their dates and
    their progress each written as lines (``<br>``) in the `Actions`, `Lead`, `By` and `Progress` cells side
    by side, the n-th line of each cell belonging to the n-th action (lines of different lengths, so they
    drift apart once one wraps); dates as ``Dec 2025``."""
    t = "Tollbridge"
    recs = [
        R("1", f"{t} Police to tell the victim when a perpetrator is released from custody.", [
            A(f"{t} Police", "Add release notification to the custody checklist.", "Dec 2025",
              "Checklist changed.", "complete"),
            A(f"{t} Police", "Audit twenty releases.", "Mar 2026", "Ten audited.", "in_progress"),
        ]),
        R("2", f"{t} Children's Services to include the father in every child protection assessment.", [
            A(f"{t} Children's Services", "Change the assessment guidance.", "Jan 2026", "", "not_started"),
        ]),
        R("3", f"{t} Hospital Trust to train maternity staff to ask about abuse when the partner is absent.", [
            A(f"{t} Hospital Trust", "Add the question to maternity training.", "Feb 2026",
              "Training updated.", "complete"),
            A(f"{t} Hospital Trust", "Report the number of staff trained.", "Jun 2026", "", "not_started"),
        ]),
        R("4", f"{t} Probation Service to share risk assessments with the MARAC.", [
            A(f"{t} Probation Service", "Agree a sharing protocol with the MARAC chair.", "Nov 2025",
              "Protocol drafted.", "in_progress"),
        ]),
        R("5", f"{t} Community Safety Partnership to review the plan every six months.", [
            A(f"{t} CSP", "Put the plan on the board's agenda.", "Apr 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="parallel_lines_one_row_html", formats=["html"],
        meta=dict(title="Tollbridge Community Safety Partnership – Domestic Homicide Review 'Ada' – "
                        "Action Plan",
                  review_id_hint="Tollbridge DHR Ada", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Actions", "Lead", "By", "Progress"],
        sections=[S("", recs)],
    )


def spacer_columns_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Segoe UI 9 pt: the columns in three boxed groups (`No. / Recommendation`,
    `Action / Lead agency / Target date`, `Progress`) with a narrow (0.4 cm) empty spacer column between
    groups, no rule and no fill in the spacers, each group's header shaded in its own colour; number and
    recommendation merged over the actions; dates as ``30 Sep 2025``."""
    h = "Hollinsford"
    recs = [
        R("1", f"{h} Police to review every domestic abuse case closed without a charge decision.", [
            A(f"{h} Police", "Set up a monthly review panel.", "30 Sep 2025", "Panel meets monthly.", "complete"),
            A(f"{h} Police", "Report the panel's findings to the partnership.", "31 Mar 2026", "", "not_started"),
        ]),
        R("2", f"{h} Mental Health Trust to ask a patient's partner about their safety at discharge.", [
            A(f"{h} Mental Health Trust", "Add the question to the discharge checklist.", "31 Dec 2025",
              "Checklist in draft.", "in_progress"),
        ]),
        R("3", f"{h} District Council to train licensing officers to spot signs of abuse.", [
            A(f"{h} District Council", "Run two training sessions.", "31 Jan 2026", "One session held.",
              "in_progress"),
            A(f"{h} District Council", "Add the training to the induction programme.", "31 May 2026", "",
              "not_started"),
        ]),
        R("4", f"{h} Integrated Care Board to give GPs a route to the IDVA service.", [
            A(f"{h} Integrated Care Board", "Publish the route on the GP intranet.", "31 Oct 2025",
              "Published in October 2025.", "complete"),
        ]),
        R("5", f"{h} Community Safety Partnership to check the plan is finished within eighteen months.", [
            A(f"{h} CSP", "Review the plan at each board meeting.", "30 Sep 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="spacer_columns_docx", formats=["docx"],
        meta=dict(title="Hollinsford Community Safety Partnership – Domestic Homicide Review 'Ruth' – "
                        "Action Plan",
                  review_id_hint="Hollinsford DHR Ruth", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


OFFICERS = [("DM", "Dana Mirza", "Detective Inspector, Public Protection", "Calderbrook Police"),
            ("SP", "Sean Pike", "Head of Safeguarding", "Calderbrook Hospital Trust"),
            ("LO", "Lena Okafor", "Service Manager", "Calderbrook Adult Social Care"),
            ("RT", "Rhys Tanner", "Housing Options Manager", "Calderbrook Borough Council"),
            ("JW", "Jo Whitcombe", "Community Safety Manager", "Calderbrook CSP")]


def initials_key_after_html() -> dict[str, Any]:
    """HTML, Georgia 10 pt, CSS borders: the `Lead` column gives only the lead officer's initials (``DM``,
    ``SP``; the annotation's agency is the initials as written), keyed in a second table after the plan
    under ``Key to initials`` (`Initials / Name / Role / Agency`, five rows); `Ref` and recommendation in
    ``rowspan`` cells; dates as ``31.12.2025``."""
    c = "Calderbrook"
    recs = [
        R("1", f"{c} Police to record the relationship of the parties at every domestic incident.", [
            A("DM", "Make the relationship field mandatory.", "31.12.2025", "Field mandatory.", "complete"),
            A("DM", "Dip-sample thirty incidents for the field.", "31.03.2026", "", "not_started"),
        ]),
        R("2", f"{c} Hospital Trust to offer a private space to a patient disclosing abuse in A&E.", [
            A("SP", "Name a private room in the department.", "30.11.2025", "Room named.", "complete"),
        ]),
        R("3", f"{c} Adult Social Care to consider coercive control in every self-neglect enquiry.", [
            A("LO", "Add coercive control to the self-neglect guidance.", "31.01.2026",
              "Guidance out for comment.", "in_progress"),
            A("LO", "Brief the safeguarding team on the change.", "28.02.2026", "", "not_started"),
        ]),
        R("4", f"{c} Borough Council to fast-track a housing application after a MARAC referral.", [
            A("RT", "Agree the fast-track in the allocations scheme.", "31.03.2026", "Draft agreed.",
              "in_progress"),
        ]),
        R("5", f"{c} Community Safety Partnership to share the review's learning with local employers.", [
            A("JW", "Hold a session with the local business forum.", "30.06.2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="initials_key_after_html", formats=["html"],
        meta=dict(title="Calderbrook Community Safety Partnership – Domestic Homicide Review 'Grace' – "
                        "Action Plan",
                  review_id_hint="Calderbrook DHR Grace", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


def progress_band_under_html() -> dict[str, Any]:
    """HTML, Calibri 10 pt, rules under the rows only: five columns `No. / Recommendation / Action / Lead
    agency / Target date` and no progress column; under each action row a full-width band row (``colspan``
    of the whole table, pale yellow, italic) ``Progress: …``; number and recommendation written on a
    recommendation's first action row only; dates as ``end of March 2026``."""
    b = "Brinscombe"
    recs = [
        R("1", f"{b} Police to visit a victim within 24 hours of a perpetrator's bail being varied.", [
            A(f"{b} Police", "Add the visit to the bail variation procedure.", "end of December 2025",
              "Procedure changed.", "complete"),
            A(f"{b} Police", "Check that the visits are made.", "end of March 2026", "Checks monthly.",
              "in_progress"),
        ]),
        R("2", f"{b} Children's Services to share a child's plan with the school's safeguarding lead.", [
            A(f"{b} Children's Services", "Change the plan distribution list.", "end of November 2025", "",
              "not_started"),
        ]),
        R("3", f"{b} Ambulance Service to record a disclosure of abuse on the patient report form.", [
            A(f"{b} Ambulance Service", "Add a disclosure field to the form.", "end of January 2026",
              "Field added.", "complete"),
        ]),
        R("4", f"{b} Drug and Alcohol Service to work jointly with the IDVA service on shared clients.", [
            A(f"{b} Drug and Alcohol Service", "Agree a joint working protocol.", "end of February 2026",
              "Protocol drafted.", "in_progress"),
            A(f"{b} Drug and Alcohol Service", "Hold joint case reviews each month.", "end of June 2026", "",
              "not_started"),
        ]),
        R("5", f"{b} Community Safety Partnership to send the review to the Home Office quality panel.", [
            A(f"{b} CSP", "Send the final report and plan.", "end of October 2025", "Sent on 20 October 2025.",
              "complete"),
        ]),
    ]
    return dict(
        name="progress_band_under_html", formats=["html"],
        meta=dict(title="Brinscombe Community Safety Partnership – Domestic Homicide Review 'Hilda' – "
                        "Action Plan",
                  review_id_hint="Brinscombe DHR Hilda", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead agency", "Target date"],
        sections=[S("", recs)],
    )


PLANS = [form_line_numbers_docx, parallel_lines_one_row_html, spacer_columns_docx, initials_key_after_html,
         progress_band_under_html]
