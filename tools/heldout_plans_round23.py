"""The twenty-third round of held-out plans' content (tools/heldout_drawing_round23.py draws them): more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have,
three of them stressing the page's geometry (a progress cell over three pages, twenty-odd short rows a
page in 7 pt, a table indented in a thick frame with hair-thin inner rules).  Written once and never
tuned against.  Places, agencies and people are invented."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

LOG = [("05/06/2025", "Working group set up with the police, the hospital trust and the IDVA service."),
       ("19/06/2025", "Terms of reference agreed; the group meets fortnightly."),
       ("03/07/2025", "Current referral routes mapped; four routes found, two of them by fax."),
       ("17/07/2025", "Fax routes closed; referrals now by secure email only."),
       ("31/07/2025", "Draft referral form shared with partners for comment."),
       ("14/08/2025", "Comments received from six of eight partners."),
       ("28/08/2025", "Second draft of the form agreed by the working group."),
       ("11/09/2025", "Form tested with the emergency department for two weeks."),
       ("25/09/2025", "Test found that night staff could not reach the secure mailbox; access widened."),
       ("09/10/2025", "Form in use in the emergency department and the maternity unit."),
       ("23/10/2025", "First month's referrals counted: 31, against 12 a month before."),
       ("06/11/2025", "IDVA service reports that it contacts every referred patient within two working days."),
       ("20/11/2025", "Audit of twenty referrals started by the safeguarding team."),
       ("04/12/2025", "Audit found three referrals without the patient's consent recorded."),
       ("18/12/2025", "Consent prompt added to the form; staff briefed by email."),
       ("08/01/2026", "Training for ward staff booked for February and March."),
       ("22/01/2026", "Police agreed to send the same form for incidents attended by ambulance crews."),
       ("05/02/2026", "First of four training sessions held; 38 staff attended."),
       ("19/02/2026", "Second session held; 41 staff attended."),
       ("05/03/2026", "Third session held; 35 staff attended."),
       ("19/03/2026", "Fourth session held; the remaining night staff to be trained by e-learning."),
       ("02/04/2026", "E-learning module written with the trust's education team."),
       ("16/04/2026", "Module live on the learning platform; completion tracked monthly."),
       ("30/04/2026", "Completion at 62 per cent of eligible staff."),
       ("14/05/2026", "Reminder sent by the chief nurse to every ward manager."),
       ("28/05/2026", "Completion at 81 per cent; the target is 90 per cent by June."),
       ("11/06/2026", "Re-audit of twenty referrals planned for July."),
       ("25/06/2026", "Working group agreed to report the re-audit to the partnership board in September.")]


def progress_log_over_pages_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Book Antiqua 10 pt, ruled, header repeated: recommendation 2's one action has
    a dated progress log of 28 paragraphs, so long that its cell runs over two page breaks (three
    pages); every other cell is short."""
    t = "Thornwick"
    recs = [
        R("1", f"{t} Police to record the relationship between the victim and the suspect on every "
               "domestic abuse crime.", [
            A(f"{t} Police", "Make the relationship field mandatory on the crime record.", "30/06/2025",
              "Field mandatory since June 2025.", "complete"),
        ]),
        R("2", f"{t} Hospitals NHS Trust and partners to agree one route for referring a patient who "
               "discloses domestic abuse to the IDVA service.", [
            A(f"{t} Hospitals NHS Trust", "Agree and embed a single referral form with the IDVA service.",
              "30/09/2026", "\n".join(f"{d} – {e}" for d, e in LOG), "in_progress"),
        ]),
        R("3", f"{t} Borough Council to tell a victim in writing what housing help is open to them.", [
            A(f"{t} Borough Council", "Write a housing options letter for victims.", "31/08/2025",
              "Letter in use since August 2025.", "complete"),
            A(f"{t} Borough Council", "Translate the letter into the five most used languages.", "31/03/2026",
              "", "not_started"),
        ]),
        R("4", f"{t} Probation Service to share a perpetrator's programme attendance with the victim's "
               "IDVA.", [
            A(f"{t} Probation Service", "Send attendance to the IDVA each month.", "31/12/2025",
              "Monthly reports agreed; the first due in December.", "in_progress"),
        ]),
        R("5", f"{t} Community Safety Partnership to hold a learning event on the review.", [
            A(f"{t} CSP", "Hold the learning event.", "30/11/2025", "Held on 12 November 2025.", "complete"),
        ]),
    ]
    return dict(
        name="progress_log_over_pages_docx", formats=["docx"],
        meta=dict(title="Thornwick Community Safety Partnership – Domestic Homicide Review 'Imogen' – "
                        "Action Plan",
                  review_id_hint="Thornwick DHR Imogen", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Lead", "Target", "Progress"],
        sections=[S("", recs)],
    )


SHORT = [  # (recommendation, [(agency, action, target, progress, status)])
    ("Police to flag repeat victims.", [("Police", "Add a repeat victim flag.", "Jun 2025", "Flag live.", "complete"),
                                        ("Police", "Audit the flag.", "Dec 2025", "Audit begun.", "in_progress")]),
    ("ED staff to ask about abuse.", [("Hospital Trust", "Add the question to triage.", "Jul 2025",
                                       "Question added.", "complete"),
                                      ("Hospital Trust", "Brief triage nurses.", "Sep 2025", "Briefed.",
                                       "complete")]),
    ("GPs to code disclosures.", [("ICB", "Issue the coding guide.", "Aug 2025", "Guide issued.", "complete"),
                                  ("ICB", "Check coding in ten practices.", "Mar 2026", "", "not_started")]),
    ("Housing to ask at transfer.", [("Council", "Add a prompt to the form.", "Sep 2025", "Prompt added.",
                                      "complete")]),
    ("Schools to hear of incidents.", [("Children's Services", "Join Operation Encompass.", "Oct 2025",
                                        "Twelve schools joined.", "in_progress"),
                                       ("Education Service", "Train school leads.", "Jan 2026", "",
                                        "not_started")]),
    ("Probation to check addresses.", [("Probation Service", "Check every release address.", "Aug 2025",
                                        "Checks in place.", "complete")]),
    ("Mental health to ask partners.", [("Mental Health Trust", "Add a partner question.", "Nov 2025",
                                         "Question drafted.", "in_progress"),
                                        ("Mental Health Trust", "Audit the question.", "May 2026", "",
                                         "not_started")]),
    ("Substance service to screen.", [("Drug and Alcohol Service", "Screen at assessment.", "Jul 2025",
                                       "Screening started.", "complete")]),
    ("Ambulance to share history.", [("Ambulance Service", "Receive repeat-call lists.", "Oct 2025",
                                      "Lists received weekly.", "complete"),
                                     ("Ambulance Service", "Flag addresses on dispatch.", "Feb 2026",
                                      "System change requested.", "in_progress")]),
    ("Employers to be told of help.", [("Council", "Write to large employers.", "Dec 2025", "", "not_started")]),
    ("Faith groups to be trained.", [("CSP", "Run two faith group sessions.", "Jan 2026", "One session held.",
                                      "in_progress")]),
    ("CSP to publish the review.", [("CSP", "Publish the overview report.", "Aug 2025", "Published.",
                                     "complete"),
                                    ("CSP", "Send the report to the Home Office.", "Aug 2025", "Sent.",
                                     "complete")]),
]


def short_rows_7pt_landscape_docx() -> dict[str, Any]:
    """A4 landscape DOCX, Arial Narrow 7 pt at an exact 8 pt leading, ruled, 0.03 cm cell margins:
    twelve recommendations of a few words and nineteen actions, each row one line high, so that one
    page holds the whole plan in twenty short rows; six narrow columns, dates as ``Mon YYYY``."""
    b = "Brackenhurst"
    recs = [R(str(k), f"{b} {text}" if k == 1 else text,
              [A(f"{b} {g}", act, tgt, prog, st) for g, act, tgt, prog, st in acts])
            for k, (text, acts) in enumerate(SHORT, 1)]
    return dict(
        name="short_rows_7pt_landscape_docx", formats=["docx"],
        meta=dict(title="Brackenhurst CSP – DHR 'Lavinia' – Action Plan (summary)",
                  review_id_hint="Brackenhurst DHR Lavinia", as_at="", documents=[]),
        columns=["#", "Recommendation", "Action", "Lead", "By", "Progress"],
        sections=[S("", recs)],
    )


def thick_frame_indented_docx() -> dict[str, Any]:
    """A4 portrait DOCX, Cambria 9 pt: the table indented 3 cm from a 3 cm left margin and running to a
    1 cm right margin, framed by a 3 pt black outer border, its inner rules 1/4 pt pale grey; dates as
    ``31 March 2026``; ``Ref`` and recommendation merged over the actions."""
    c = "Cinderford Vale"
    recs = [
        R("1", f"{c} Police to give the victim's IDVA a copy of the risk assessment within one working day.", [
            A(f"{c} Police", "Send the risk assessment to the IDVA service by secure email.", "31 July 2025",
              "Done since July 2025.", "complete"),
            A(f"{c} Police", "Check the timeliness in a monthly sample.", "31 January 2026",
              "Three months sampled; 90 per cent on time.", "in_progress"),
        ]),
        R("2", f"{c} Clinical Commissioning Partnership to make domestic abuse training mandatory for "
               "practice nurses.", [
            A(f"{c} Clinical Commissioning Partnership", "Add the training to the mandatory list.",
              "30 September 2025", "Added in September 2025.", "complete"),
        ]),
        R("3", f"{c} District Council to check the domestic abuse history of an applicant before "
               "offering a joint tenancy.", [
            A(f"{c} District Council", "Add a history check to the joint tenancy procedure.", "31 March 2026",
              "", "not_started"),
            A(f"{c} District Council", "Train lettings officers on the check.", "31 May 2026", "",
              "not_started"),
        ]),
        R("4", f"{c} Adult Social Care to include the carer's partner in a carer's assessment.", [
            A(f"{c} Adult Social Care", "Change the assessment guidance.", "31 December 2025",
              "Guidance redrafted; sign-off due in December.", "in_progress"),
        ]),
        R("5", f"{c} Community Safety Partnership to tell the family how each action ends.", [
            A(f"{c} CSP", "Write to the family when the plan closes.", "30 June 2026", "", "not_started"),
        ]),
    ]
    return dict(
        name="thick_frame_indented_docx", formats=["docx"],
        meta=dict(title="Cinderford Vale Community Safety Partnership – Domestic Homicide Review 'Winifred' – "
                        "Action Plan",
                  review_id_hint="Cinderford Vale DHR Winifred", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action", "Lead agency", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def dark_rows_valign_html() -> dict[str, Any]:
    """HTML, Palatino 9 pt, CSS borders: the rows of every other recommendation white text on a dark
    slate fill, mid-table; the number and recommendation (``rowspan``) bottom-aligned, the target
    vertically centred, the action and progress top-aligned; dates ISO (``2025-09-30``)."""
    g = "Glenmarsh"
    recs = [
        R("1", f"{g} Police to send every domestic abuse incident involving a pregnant victim to the "
               "midwifery safeguarding team.", [
            A(f"{g} Police", "Add pregnancy to the notification criteria.", "2025-07-31",
              "Criteria changed in July 2025; notifications now sent within a day.", "complete"),
            A(f"{g} Police", "Brief the referral hub on the new criteria.", "2025-08-31",
              "Briefing given to all hub staff.", "complete"),
        ]),
        R("2", f"{g} Maternity Services to record a notification in the pregnant woman's hand-held "
               "notes only where it is safe to do so.", [
            A(f"{g} Maternity Services", "Write guidance on recording in hand-held notes.", "2025-10-31",
              "Guidance drafted with the safeguarding midwife.", "in_progress"),
        ]),
        R("3", f"{g} Council to give a victim placed in a refuge a named housing officer.", [
            A(f"{g} Council", "Name a housing officer for each refuge.", "2025-09-30",
              "Officers named for both refuges.", "complete"),
            A(f"{g} Council", "Tell refuge staff who the officers are.", "2025-12-31", "", "not_started"),
        ]),
        R("4", f"{g} Probation Service to ask the police for call-out history before a pre-sentence report.", [
            A(f"{g} Probation Service", "Add a call-out check to the report template.", "2026-01-31",
              "Template change requested.", "in_progress"),
        ]),
        R("5", f"{g} Community Safety Partnership to review the plan after a year.", [
            A(f"{g} CSP", "Bring the plan to the board for review.", "2026-06-30", "", "not_started"),
        ]),
    ]
    return dict(
        name="dark_rows_valign_html", formats=["html"],
        meta=dict(title="Glenmarsh Community Safety Partnership – Domestic Homicide Review 'Cordelia' – "
                        "Action Plan",
                  review_id_hint="Glenmarsh DHR Cordelia", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Action", "Owner", "Completion date", "Progress"],
        sections=[S("", recs)],
    )


def signature_footnotes_abutting_html() -> dict[str, Any]:
    """HTML, Verdana 8 pt, CSS borders: the plan table followed with no gap by two footnote lines in
    7 pt and a signature line (``Signed … Chair … Date …``) set against its bottom rule; the ``Target
    date*`` header marked for the first footnote; dates as ``31.12.2025``."""
    f = "Fernhollow"
    recs = [
        R("1", f"{f} Police to review every domestic abuse case closed with no further action where the "
               "victim withdrew support.", [
            A(f"{f} Police", "Set up a monthly review of withdrawn cases.", "30.09.2025",
              "Monthly review running since September 2025.", "complete"),
        ]),
        R("2", f"{f} Health and Care Partnership to share a GP's safeguarding concern with the health "
               "visitor.", [
            A(f"{f} Health and Care Partnership", "Agree a sharing protocol.", "31.12.2025",
              "Protocol drafted.", "in_progress"),
            A(f"{f} Health and Care Partnership", "Audit ten shared concerns.", "30.04.2026", "", "not_started"),
        ]),
        R("3", f"{f} Borough Council to include domestic abuse in its anti-social behaviour training.", [
            A(f"{f} Borough Council", "Add a domestic abuse module.", "31.10.2025",
              "Module added and delivered.", "complete"),
        ]),
        R("4", f"{f} Children's Services to hear the father's view in every child and family assessment.", [
            A(f"{f} Children's Services", "Change the assessment template.", "31.01.2026",
              "Template change in test.", "in_progress"),
            A(f"{f} Children's Services", "Audit twenty assessments for the father's view.", "31.07.2026", "",
              "not_started"),
        ]),
        R("5", f"{f} Community Safety Partnership to publish the review and its plan together.", [
            A(f"{f} CSP", "Publish both on the website.", "31.08.2025", "Published on 28 August 2025.",
              "complete"),
        ]),
    ]
    return dict(
        name="signature_footnotes_abutting_html", formats=["html"],
        meta=dict(title="Fernhollow Community Safety Partnership – Domestic Homicide Review 'Leonora' – "
                        "Action Plan",
                  review_id_hint="Fernhollow DHR Leonora", as_at="", documents=[]),
        columns=["No", "Recommendation", "Action", "Agency", "Target date*", "Progress"],
        sections=[S("", recs)],
    )


PLANS = [progress_log_over_pages_docx, short_rows_7pt_landscape_docx, thick_frame_indented_docx,
         dark_rows_valign_html, signature_footnotes_abutting_html]
