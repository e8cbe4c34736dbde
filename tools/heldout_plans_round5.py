"""The fifth round of held-out plans' content (tools/heldout_drawing_round5.py draws them): five more
invented plans in layouts neither the samples, the producer corpus nor the earlier held-out rounds have.
Written once and never tuned against.  Places, agencies and people are invented or named for realism
only."""
from __future__ import annotations

from typing import Any

from heldout_plans import A
from sample_spec import R, S

LOGGED: dict[str, tuple[str, str]] = {}  # action text -> (its reference, the date of its log entry)
NOTES: dict[str, list[tuple[str, str]]] = {}  # plan name -> its footnotes (marker, text) in order
MARKED: dict[str, str] = {}  # recommendation text -> the footnote marker written after its first sentence


def caption_row_per_rec() -> dict[str, Any]:
    """A4 portrait, ruled, Calibri 10 pt: a table per recommendation, whose first row is a shaded caption
    spanning the table (``Recommendation 3: …``) above that table's own header row."""
    recs = [
        R("1", "Ashcombe Police to make sure that a domestic abuse call from a third party, such as a neighbour "
               "or a relative, is graded and attended in the same way as a call from the victim.", [
            A("Ashcombe Police", "Amend the call grading guidance to cover third-party callers.", "31/03/2025",
              "Guidance amended and published on the force intranet in March 2025.", "complete"),
            A("Ashcombe Police", "Dip sample twenty third-party calls and check their grading.", "30/06/2025",
              "Sample drawn; sixteen of twenty graded correctly, findings to the May board.", "in_progress"),
        ], label="Recommendation 1:"),
        R("2", "Ashcombe ICB to remind GP practices to record the name of anyone who attends appointments "
               "with a patient and speaks for them.", [
            A("Ashcombe ICB", "Issue a safeguarding bulletin item to all practices.", "28/02/2025",
              "Bulletin item issued on 12 February 2025.", "complete"),
        ], label="Recommendation 2:"),
        R("3", "Ashcombe Adult Social Care to offer the victim a conversation away from the home when a "
               "safeguarding concern names a family member.", [
            A("Ashcombe Adult Social Care", "Add the offer to the safeguarding enquiry checklist.", "31/05/2025",
              "Checklist changed; training for enquiry officers booked.", "in_progress"),
            A("Ashcombe Adult Social Care", "Audit ten enquiries for evidence that the offer was made.",
              "30/11/2025", "", "not_started"),
            A("Ashcombe Safeguarding Adults Board", "Report the audit to the Board's quality group.", "31/01/2026",
              "", "not_started"),
        ], label="Recommendation 3:"),
        R("4", "The Probation Service to check the police domestic abuse record of a new partner when a person "
               "on licence discloses a relationship.", [
            A("Probation Service", "Agree the check with the police disclosure unit.", "30/04/2025",
              "Agreed; checks made through the unit's shared inbox since April 2025.", "complete"),
        ], label="Recommendation 4:"),
        R("5", "Ashcombe District Council to train its environmental health officers to recognise and refer "
               "domestic abuse seen on home visits.", [
            A("Ashcombe District Council", "Add domestic abuse to the officers' annual safeguarding training.",
              "30/09/2025", "Training content agreed with the specialist service.", "in_progress"),
            A("Ashcombe District Council", "Publish the referral route in the visiting officers' handbook.",
              "30/06/2025", "Route published in the June handbook.", "complete"),
        ], label="Recommendation 5:"),
        R("6", "The Community Safety Partnership to share the learning from this review with faith and "
               "community groups.", [
            A("Ashcombe CSP", "Hold two community learning events.", "31/12/2025", "", "not_started"),
        ], label="Recommendation 6:"),
    ]
    return dict(
        name="caption_row_per_rec", formats=["docx"],
        meta=dict(title="Ashcombe Community Safety Partnership – Domestic Homicide Review 'Maria' – Action Plan",
                  review_id_hint="Ashcombe DHR Maria", as_at="", documents=[]),
        columns=["Action no.", "Action", "Lead", "Target date", "Progress"],
        sections=[S("", recs)],
    )


def officer(name: str, agency: str) -> str:
    """A Lead officer cell: the named officer and title on one line, the agency on the next."""
    return f"{name}\n{agency}"


def progress_first_zero_padding() -> dict[str, Any]:
    """A4 landscape, ruled, Arial 10 pt with no cell padding (text touching the rules): the progress and its
    RAG before the action; a Lead officer cell with the named officer and the agency on two lines."""
    recs = [
        R("1", "Brackley Vale Police to flag the address of a victim assessed as high risk so that any call "
               "from it is attended as an emergency.", [
            A("Brackley Vale Police", "Add the high-risk address flag to the command and control system.",
              "31/03/2025", "Flag live since 3 March 2025.", "complete", rag="Green",
              lead=officer("DCI Helen Moss, Public Protection", "Brackley Vale Police")),
            A("Brackley Vale Police", "Brief call handlers on the flag.", "30/04/2025",
              "Briefings given to four of five shifts.", "in_progress", rag="Amber",
              lead=officer("Insp. Dev Rao, Contact Centre", "Brackley Vale Police")),
        ]),
        R("2", "The specialist domestic abuse service to keep a case open for three months after a victim "
               "stops engaging, with monthly attempts at contact.", [
            A("Vale Women's Refuge", "Change the case closure procedure.", "31/05/2025",
              "Procedure changed in May 2025.", "complete", rag="Green",
              lead=officer("Amy Clarke, Service Manager", "Vale Women's Refuge")),
        ]),
        R("3", "Brackley Vale Council Housing to ask a tenant who reports damage to their home whether "
               "someone has caused it.", [
            A("Brackley Vale Council", "Add the question to the repairs reporting script.", "30/06/2025",
              "Script drafted with the repairs contractor.", "in_progress", rag="Amber",
              lead=officer("Paul Ennis, Head of Housing", "Brackley Vale Council")),
            A("Brackley Vale Council", "Train repairs call handlers to make a referral.", "30/09/2025", "",
              "not_started", rag="Red", lead=officer("Paul Ennis, Head of Housing", "Brackley Vale Council")),
        ]),
        R("4", "The ICB to make sure that the victim's mental health team is told of any domestic abuse "
               "disclosed to her GP.", [
            A("Brackley Vale ICB", "Agree a notification route between practices and the community mental "
              "health team.", "31/07/2025", "Route agreed and in use since July 2025.", "complete",
              rag="Green", lead=officer("Dr Ruth Okafor, Named GP", "Brackley Vale ICB")),
        ]),
        R("5", "Brackley Vale Hospitals NHS Trust to record the person accompanying a patient who attends "
               "the emergency department with an injury.", [
            A("Brackley Vale Hospitals NHS Trust", "Add an accompanying person field to the triage record.",
              "31/08/2025", "Field specified; in the autumn release.", "in_progress", rag="Amber",
              lead=officer("Sam Hale, Named Nurse", "Brackley Vale Hospitals NHS Trust")),
            A("Brackley Vale Hospitals NHS Trust", "Audit use of the field after three months.", "31/12/2025",
              "", "not_started", rag="Red",
              lead=officer("Sam Hale, Named Nurse", "Brackley Vale Hospitals NHS Trust")),
        ]),
        R("6", "The Community Safety Partnership to check that the learning of this review has reached "
               "frontline staff in every agency.", [
            A("Brackley Vale CSP", "Survey frontline staff six months after publication.", "31/01/2026",
              "", "not_started", rag="Red", lead=officer("Jo Marsh, Community Safety Manager", "Brackley Vale CSP")),
        ]),
    ]
    return dict(
        name="progress_first_zero_padding", formats=["docx"],
        meta=dict(title="Brackley Vale Community Safety Partnership – Domestic Homicide Review 'Lena' – "
                        "Action Plan", review_id_hint="Brackley Vale DHR Lena", as_at="", documents=[]),
        columns=["No.", "Recommendation", "Progress", "RAG", "Action", "Lead officer", "Target date"],
        sections=[S("", recs)],
    )


def L(ref: str, date: str, agency: str, action: str, target: str, progress: str, status: str) -> dict[str, Any]:
    """An action whose progress is one dated entry of the update log appendix, keyed by ``ref``."""
    LOGGED[action] = (ref, date)
    return A(agency, action, target, progress, status)


def update_log_appendix() -> dict[str, Any]:
    """US Letter portrait, ruled, Cambria 9 pt: the plan table without progress, then an ``Appendix A –
    Update log`` table after it, keyed by action reference (Action ref / Date of update / Update)."""
    recs = [
        R("1", "Corwen Bay Police to refer every victim of a repeat domestic incident to the independent "
               "domestic violence advisers, whatever the risk level.", [
            L("1a", "14/05/2025", "Corwen Bay Police", "Change the referral rule in the vulnerability hub.",
              "30/04/2025", "Rule changed; all repeat victims referred since 1 May 2025.", "complete"),
            L("1b", "14/05/2025", "Corwen Bay IDVA Service", "Agree how the extra referrals will be triaged.",
              "31/05/2025", "Triage criteria drafted with the police.", "in_progress"),
        ]),
        R("2", "Corwen Bay Council to review how its family support service works with fathers who are "
               "known to be abusive.", [
            L("2a", "02/06/2025", "Corwen Bay Council", "Commission a practice review of ten family support "
              "cases.", "30/09/2025", "Reviewer appointed; case selection agreed.", "in_progress"),
        ]),
        R("3", "The ICB to train practice nurses to ask about domestic abuse at long-term condition reviews.", [
            L("3a", "20/05/2025", "Corwen Bay ICB", "Add the question to the review template.", "31/05/2025",
              "Template updated for all practices.", "complete"),
            L("3b", "20/05/2025", "Corwen Bay ICB", "Deliver training to practice nurses.", "31/10/2025", "",
              "not_started"),
        ]),
        R("4", "The Probation Service to share a perpetrator's release date with the victim's IDVA in "
               "good time.", [
            L("4a", "28/05/2025", "Probation Service", "Add the IDVA to the release notification list.",
              "30/06/2025", "Notification list amended in May 2025.", "complete"),
        ]),
        R("5", "Corwen Bay Hospitals NHS Trust to offer an IDVA appointment to every patient who discloses "
               "domestic abuse in maternity services.", [
            L("5a", "09/06/2025", "Corwen Bay Hospitals NHS Trust", "Place an IDVA in the maternity unit two "
              "days a week.", "31/08/2025", "Funding agreed; recruitment under way.", "in_progress"),
            L("5b", "09/06/2025", "Corwen Bay Hospitals NHS Trust", "Report the number of referrals each "
              "quarter.", "Quarterly", "", "not_started"),
        ]),
        R("6", "The Community Safety Partnership to publish this review and its action plan.", [
            L("6a", "16/06/2025", "Corwen Bay CSP", "Publish the overview report and plan on the council "
              "website.", "30/06/2025", "Published on 13 June 2025 after Home Office approval.", "complete"),
        ]),
    ]
    return dict(
        name="update_log_appendix", formats=["docx"],
        meta=dict(title="Corwen Bay Community Safety Partnership – Domestic Homicide Review 'Tessa' – Action Plan",
                  review_id_hint="Corwen Bay DHR Tessa", as_at="", documents=[]),
        columns=["Ref", "Recommendation", "Action ref", "Action", "Lead agency", "Target date", "Date of update",
                 "Update"],
        sections=[S("", recs)],
    )


def closed_stamps_footnotes() -> dict[str, Any]:
    """A4 landscape, ruled, Georgia 9 pt: closed actions struck through with a red ``CLOSED`` stamp in a
    column of their own; superscript footnote markers in recommendation cells, the notes under the table."""
    NOTES["closed_stamps_footnotes"] = [
        ("1", "Multi-Agency Risk Assessment Conference, held fortnightly in Dunmere."),
        ("2", "Domestic Abuse, Stalking and Harassment and Honour Based Violence risk identification checklist."),
        ("3", "Clare's Law: the Domestic Violence Disclosure Scheme."),
    ]
    rec1 = ("Dunmere Police to make sure that every victim discussed at MARAC is told of the actions agreed "
            "for her safety.")
    rec3 = ("Dunmere Adult Social Care to complete a DASH checklist when a domestic abuse concern is raised "
            "about an adult with care and support needs.")
    rec5 = ("Dunmere Police to consider a disclosure under the Domestic Violence Disclosure Scheme when a "
            "new partner of a known perpetrator comes to notice.")
    MARKED.update({rec1: "1", rec3: "2", rec5: "3"})
    recs = [
        R("1", rec1, [
            A("Dunmere Police", "Add a record of the victim being told to the MARAC action log.", "31/01/2025",
              "Log field added in January 2025.", "complete", status_word="CLOSED"),
            A("Dunmere IDVA Service", "Tell the victim of the actions within two working days of the "
              "meeting.", "31/03/2025", "Standard agreed; compliance 80% in the first quarter.", "in_progress",
              status_word="OPEN"),
        ]),
        R("2", "Dunmere Borough Council to include domestic abuse in its tenancy sustainment assessments.", [
            A("Dunmere Borough Council", "Revise the assessment form.", "28/02/2025",
              "Form revised and in use.", "complete", status_word="CLOSED"),
        ]),
        R("3", rec3, [
            A("Dunmere Adult Social Care", "Add the checklist to the safeguarding concern workflow.",
              "30/04/2025", "Workflow change tested.", "in_progress", status_word="OPEN"),
            A("Dunmere Adult Social Care", "Train duty social workers in using the checklist.", "30/06/2025",
              "", "not_started", status_word="OPEN"),
        ]),
        R("4", "The ICB to review how GP practices respond to a patient who misses appointments after "
               "disclosing domestic abuse.", [
            A("Dunmere ICB", "Include missed appointments in the practice safeguarding audit.", "31/03/2025",
              "Audit question added; results reported in March 2025.", "complete", status_word="CLOSED"),
        ]),
        R("5", rec5, [
            A("Dunmere Police", "Brief neighbourhood officers on the right to be told.", "31/05/2025",
              "Briefing delivered to all neighbourhood teams.", "complete", status_word="CLOSED"),
            A("Dunmere Police", "Report the number of disclosures made each quarter.", "Quarterly",
              "First report taken in April 2025.", "in_progress", status_word="OPEN"),
        ]),
        R("6", "The Community Safety Partnership to hold a learning event for the agencies involved.", [
            A("Dunmere CSP", "Hold the learning event.", "30/09/2025", "", "not_started", status_word="OPEN"),
        ]),
    ]
    return dict(
        name="closed_stamps_footnotes", formats=["docx"],
        meta=dict(title="Dunmere Community Safety Partnership – Domestic Homicide Review 'Olivia' – Action Plan",
                  review_id_hint="Dunmere DHR Olivia", as_at="", documents=[]),
        columns=["Rec.", "Recommendation", "Action", "Responsible agency", "By", "Progress", "Open / closed"],
        sections=[S("", recs)],
    )


def sidebar_web_page() -> dict[str, Any]:
    """A council web page in two columns: a sidebar of links and contacts at the left, the plan in the main
    column at the right; horizontal rules only; Trebuchet 9 pt; number and recommendation in rowspans."""
    recs = [
        R("1", "Elmstead Police to check the history of both parties at the address and elsewhere before "
               "deciding on the response to a domestic abuse call.", [
            A("Elmstead Police", "Add a two-party history check to the control room script.", "30/06/2025",
              "Script updated in June 2025.", "complete"),
            A("Elmstead Police", "Check compliance in a monthly dip sample.", "Monthly",
              "Dip samples running; 92% compliance in August.", "in_progress"),
        ]),
        R("2", "Elmstead Council's children's services to include the mother's new partner in any assessment "
               "of the children's safety.", [
            A("Elmstead Children's Services", "Update the assessment guidance.", "31/07/2025",
              "Guidance updated and briefed to team managers.", "complete"),
        ]),
        R("3", "The ICB to make sure that health visitors ask about domestic abuse at every contact where the "
               "mother is seen alone.", [
            A("Elmstead ICB", "Audit routine enquiry in health visiting records.", "30/09/2025",
              "Audit started; twenty records reviewed.", "in_progress"),
            A("Elmstead ICB", "Share the audit results with the health visiting teams.", "31/12/2025", "",
              "not_started"),
        ]),
        R("4", "The Probation Service to tell children's services when a perpetrator on licence moves into a "
               "household with children.", [
            A("Probation Service", "Add the notification to the licence management checklist.", "31/05/2025",
              "Checklist amended in May 2025.", "complete"),
        ]),
        R("5", "The Community Safety Partnership to commission training on coercive control for staff of "
               "schools and nurseries.", [
            A("Elmstead CSP", "Commission the training from the specialist service.", "31/10/2025",
              "Provider chosen; dates to be set.", "in_progress"),
            A("Elmstead CSP", "Evaluate the training after the first year.", "31/10/2026", "", "not_started"),
        ]),
        R("6", "Elmstead Council to make its domestic abuse web pages easier to find from the council's "
               "home page.", [
            A("Elmstead Council", "Add a link to the help pages from the home page.", "31/03/2025",
              "Link added in March 2025.", "complete"),
        ]),
    ]
    return dict(
        name="sidebar_web_page", formats=["html"],
        meta=dict(title="Elmstead Community Safety Partnership – Domestic Homicide Review 'Kerry' – Action Plan",
                  review_id_hint="Elmstead DHR Kerry", as_at="", documents=[]),
        columns=["Rec", "Recommendation", "Action", "Who", "When", "Progress so far"],
        sections=[S("", recs)],
    )


PLANS = [caption_row_per_rec, progress_first_zero_padding, update_log_appendix, closed_stamps_footnotes,
         sidebar_web_page]
