"""The invented plans behind the problem fixtures of tools/make_fixtures.py, as data.

A plan is a list of recommendations, each with its actions; ``truth`` turns it into an
annotation in the format of samples/*.truth.json, so a document and its annotation come
from the same spec.  Content is invented, in the style of published UK plans.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Action:
    agency: str
    text: str
    target: str
    progress: str
    status: str  # the annotation's status: complete | in_progress | not_started | ...
    evidence: str = ""


@dataclass(frozen=True)
class Rec:
    number: str
    text: str  # sub-items on their own lines
    actions: tuple[Action, ...]
    scope: str = ""
    owner: str = ""
    label: str = ""  # the label as printed before the text; default "<number>."

    @property
    def printed(self) -> str:
        return f"{self.label or self.number + '.'} {self.text}"


@dataclass(frozen=True)
class Plan:
    title: str
    as_at: str
    recs: tuple[Rec, ...]
    columns: tuple[str, ...] = field(default=("Recommendation", "Action"))


def truth(plan: Plan, documents: list[str]) -> dict[str, Any]:
    """The annotation of ``plan`` (format of samples/*.truth.json)."""
    return {
        "meta": {"title": plan.title, "as_at": plan.as_at, "documents": documents},
        "columns": list(plan.columns),
        "recommendations": [{"number": r.number, "text": r.text, "scope": r.scope, "owner": r.owner}
                            for r in plan.recs],
        "actions": [{"rec": r.number, "agency": a.agency, "scope": r.scope, "action": a.text,
                     "evidence": a.evidence, "target": a.target, "progress": a.progress, "status": a.status}
                    for r in plan.recs for a in r.actions],
    }


# ---- a county plan: eight recommendations, one or more actions each ------------------------------

ELLEN = Plan(
    title="Northshire Community Safety Partnership – Domestic Homicide Review 'Ellen' – Action Plan",
    as_at="31 March 2021",
    recs=(
        Rec("1", "Northshire Police should ensure that every officer attending a domestic abuse incident "
                 "completes the DASH risk assessment with the victim in person, and that a supervisor reviews "
                 "the grading within 24 hours.", (
            Action("Northshire Police", "Remind all response officers of the DASH policy through a force "
                   "briefing and the daily tasking bulletin.", "30/06/2020",
                   "Complete. Briefing issued on 2 June 2020 and read by 94% of response officers.", "complete"),
            Action("Northshire Police", "Dip-sample 50 domestic abuse incidents each quarter to check that "
                   "supervisors reviewed the grading within 24 hours.", "Quarterly",
                   "In progress. Two dip-samples done; 88% reviewed in time. Results go to the DA Board.",
                   "in_progress"),
        ), scope="Local"),
        Rec("2", "Northshire Clinical Commissioning Group should ensure that GP practices record domestic abuse "
                 "disclosures with the agreed clinical codes and share them with the practice safeguarding lead.", (
            Action("Northshire CCG", "Issue guidance on the clinical codes to all 64 practices and include it in "
                   "the safeguarding leads' forum.", "September 2020",
                   "Complete. Guidance issued in August 2020.", "complete"),
        ), scope="Local"),
        Rec("3", "Northshire County Council Adult Social Care should review how it responds to self-referrals "
                 "from victims of domestic abuse who do not have care and support needs.", (
            Action("Adult Social Care", "Map the route of a self-referral from the contact centre to the "
                   "specialist domestic abuse service and close the gaps found.", "31/12/2020",
                   "In progress. Mapping done; new referral form in testing.", "in_progress"),
        ), scope="Local"),
        Rec("4", "All agencies should make sure their staff know how to refer a high-risk victim to MARAC and "
                 "how to share information with the MARAC coordinator before the meeting.", (
            Action("Northshire Police", "Add the MARAC referral route to the public protection training for "
                   "new sergeants.", "March 2021", "Complete. Included from the January 2021 course.",
                   "complete"),
            Action("Northshire Healthcare NHS Trust", "Publish a MARAC page on the staff intranet with the "
                   "referral form and the coordinator's contact details.", "March 2021",
                   "Not started. Intranet redesign delayed until May 2021.", "not_started"),
            Action("Adult Social Care", "Brief all team managers on the MARAC referral criteria at the "
                   "quarterly practice forum.", "June 2021", "In progress. Two of four forums held.",
                   "in_progress"),
        ), scope="Local"),
        Rec("5", "The Community Safety Partnership should commission awareness-raising with employers about "
                 "domestic abuse and the support available to employees.", (
            Action("Community Safety Partnership", "Run two employer workshops with the Chamber of Commerce "
                   "and publish an employer toolkit.", "December 2021",
                   "Not started. Funding bid submitted in February 2021.", "not_started"),
        ), scope="Local"),
        Rec("6", "Northshire Healthcare NHS Trust should ensure that routine enquiry about domestic abuse takes "
                 "place in its mental health services and is recorded in the patient record.", (
            Action("Northshire Healthcare NHS Trust", "Add a routine enquiry prompt to the mental health "
                   "assessment template in the electronic patient record.", "31/03/2021",
                   "Complete. Prompt live from 1 March 2021.", "complete"),
            Action("Northshire Healthcare NHS Trust", "Audit 30 assessments six months after the change to "
                   "check that the enquiry is made and recorded.", "September 2021",
                   "Not started. Audit planned for September 2021.", "not_started"),
        ), scope="Local"),
        Rec("7", "The Home Office should consider how the statutory guidance could better reflect the needs of "
                 "older victims of domestic abuse.", (
            Action("Community Safety Partnership", "Write to the Home Office with the findings of this review "
                   "about older victims.", "June 2020", "Complete. Letter sent on 12 May 2020.", "complete"),
        ), scope="National"),
        Rec("8", "Northshire County Council Housing should ensure that a victim fleeing domestic abuse is not "
                 "asked to repeat her account to several officers.", (
            Action("Housing", "Introduce a single named officer for each domestic abuse homelessness case.",
                   "April 2021", "In progress. Pilot running in the north of the county.", "in_progress"),
        ), scope="Local"),
    ),
)

# ---- a plan continued over a page break under an ALL AGENCIES heading ----------------------------

MULTI = Plan(
    title="Eastmoor Safer Communities Partnership – DHR 'Joanne' – Action Plan (continued)",
    as_at="30 September 2022",
    recs=(
        Rec("21", "Eastmoor Borough Council should review its anti-social behaviour procedures so that "
                  "domestic abuse is considered whenever neighbours report arguments at an address.", (
            Action("Eastmoor Borough Council", "Add a domestic abuse question to the anti-social behaviour "
                   "case opening checklist.", "March 2022", "Complete. Checklist updated in February 2022.",
                   "complete"),
        )),
        Rec("22", "Eastmoor Probation Delivery Unit should check with children's services and the police "
                  "before proposing an address for a person on licence.", (
            Action("Probation Service", "Brief all probation practitioners on the address checks through the "
                   "team meetings and the practice bulletin.", "April 2022",
                   "Complete. Briefing given at all team meetings in April 2022.", "complete"),
        )),
        Rec("23", "Eastmoor Hospitals NHS Trust should ensure that staff in the emergency department ask "
                  "about domestic abuse when a patient presents with an injury that is not explained.", (
            Action("Eastmoor Hospitals NHS Trust", "Add the question to the emergency department triage "
                   "template.", "June 2022", "In progress. Template change approved; build due in October.",
                   "in_progress"),
        )),
        Rec("24", "The Safer Communities Partnership should make sure that the specialist domestic abuse service "
                  "is told of every high-risk victim who is discharged from hospital.", (
            Action("Safer Communities Partnership", "Agree a discharge notification protocol with the hospital "
                   "and the specialist service.", "September 2022",
                   "In progress. Draft protocol with the hospital's legal team.", "in_progress"),
        )),
        Rec("25", "All agencies should ensure that their staff receive training on coercive and controlling "
                  "behaviour, and that the training covers economic abuse.", (
            Action("Police", "Include economic abuse in the Domestic Abuse Matters refresher training for all "
                   "frontline officers.", "December 2022", "In progress. 62% of officers trained.",
                   "in_progress"),
            Action("Probation", "Deliver the regional coercive control module to all practitioners in the "
                   "Eastmoor Probation Delivery Unit.", "December 2022",
                   "Complete. All practitioners trained by August 2022.", "complete"),
            Action("Health", "Add coercive control and economic abuse to the level 3 safeguarding training of "
                   "both NHS trusts.", "March 2023", "Not started. Training review begins in January 2023.",
                   "not_started"),
        )),
        Rec("26", "The Safer Communities Partnership should publish a summary of the learning from this review "
                  "for the public.", (
            Action("Safer Communities Partnership", "Publish a seven-minute briefing on the partnership's "
                   "website.", "November 2022", "Not started. Awaiting Home Office approval of the report.",
                   "not_started"),
        )),
    ),
)

# ---- a plan whose recommendation cells hold sub-items --------------------------------------------

SUB_ITEMS = Plan(
    title="Westvale Community Safety Partnership – Domestic Homicide Review 'Amira' – Action Plan",
    as_at="1 February 2023",
    recs=(
        Rec("1", "Westvale Police should improve its response to reports of stalking, in particular:\n"
                 "i. every report of stalking is recorded as a crime at the first contact;\n"
                 "ii. the victim is offered a referral to the specialist stalking service; and\n"
                 "iii. a stalking protection order is considered in every high-risk case.", (
            Action("Westvale Police", "Issue a stalking practice note to all call handlers and response officers.",
                   "June 2022", "Complete. Practice note issued on 3 May 2022.", "complete"),
            Action("Westvale Police", "Report the number of stalking protection orders applied for to the "
                   "partnership each quarter.", "Quarterly", "In progress. First report given in January 2023.",
                   "in_progress"),
        )),
        Rec("2", "Westvale Integrated Care Board should ensure that GP practices:\n"
                 "a) flag the records of patients who disclose domestic abuse;\n"
                 "b) share the flag with the practice safeguarding lead; and\n"
                 "c) review the flag at every appointment.", (
            Action("Westvale ICB", "Publish guidance for practices on the domestic abuse flag and review it "
                   "with the named GPs.", "September 2022", "Complete. Guidance published in August 2022.",
                   "complete"),
        )),
        Rec("3", "Westvale Council should strengthen the support it offers to victims who are homeless because "
                 "of domestic abuse by:\n"
                 "• offering a named housing officer from the first contact;\n"
                 "• agreeing a personal housing plan within ten working days; and\n"
                 "• checking the safety of any temporary accommodation offered.", (
            Action("Westvale Council Housing", "Change the homelessness procedure to include the three "
                   "commitments and train the housing options team.", "December 2022",
                   "In progress. Procedure changed; training booked for March 2023.", "in_progress"),
        )),
        Rec("4", "All agencies should remind staff to use interpreters who are independent of the family.", (
            Action("Westvale Police", "Add the reminder to the interpreters policy and the officer safety "
                   "briefing.", "July 2022", "Complete. Policy updated in July 2022.", "complete"),
            Action("Westvale Hospitals NHS Trust", "Remind ward and clinic staff through the safeguarding "
                   "newsletter.", "July 2022", "Complete. Newsletter article published in June 2022.", "complete"),
        )),
        Rec("5", "The Community Safety Partnership should:\n"
                 "a) commission a review of the support available to victims with no recourse to public funds; "
                 "and\n"
                 "b) report its findings to the Domestic Abuse Partnership Board.", (
            Action("Community Safety Partnership", "Commission the review from the specialist domestic abuse "
                   "service.", "March 2023", "Not started. Terms of reference being drafted.", "not_started"),
        )),
    ),
)

# ---- the overview report around ELLEN's plan (appendix_plan_in_long_report) ---------------------

PANEL = (  # Name | Role | Agency
    ("Dr Helen Marsh", "Independent Chair and Author", "Independent"),
    ("DCI Paul Okafor", "Panel member", "Northshire Police"),
    ("Sarah Whitfield", "Head of Safeguarding Adults", "Northshire County Council"),
    ("Nadia Rahman", "Named Nurse for Safeguarding", "Northshire Healthcare NHS Trust"),
    ("Dr Iain Calder", "Designated Doctor", "Northshire CCG"),
    ("Mark Ellison", "Senior Probation Officer", "Probation Service"),
    ("Joanne Pryce", "Service Manager", "Northshire Women's Aid"),
    ("Tom Barnes", "Housing Options Manager", "Northshire County Council Housing"),
    ("Ruth Adeyemi", "Community Safety Manager", "Northshire Community Safety Partnership"),
    ("Kate Lindqvist", "Panel administrator", "Northshire Community Safety Partnership"),
)

GLOSSARY = (
    ("ASC", "Adult Social Care"), ("CCG", "Clinical Commissioning Group"),
    ("CSP", "Community Safety Partnership"), ("DASH", "Domestic Abuse, Stalking and Harassment risk checklist"),
    ("DHR", "Domestic Homicide Review"), ("GP", "General Practitioner"),
    ("IDVA", "Independent Domestic Violence Advisor"), ("IMR", "Individual Management Review"),
    ("MARAC", "Multi-Agency Risk Assessment Conference"), ("MASH", "Multi-Agency Safeguarding Hub"),
    ("NHS", "National Health Service"), ("PPN", "Public Protection Notice"),
    ("SPOC", "Single Point of Contact"), ("TOR", "Terms of Reference"),
)

CHRONOLOGY_EVENTS = (  # Agency, event; dated one a fortnight from January 2017
    ("GP", "Ellen attends her GP with low mood and poor sleep; she says she is under stress at home."),
    ("Police", "A neighbour reports shouting at the address; officers attend and record a verbal argument."),
    ("Housing", "Ellen asks about a transfer to a smaller property; no reason is recorded."),
    ("Hospital", "Ellen attends the emergency department with a wrist injury she says was a fall."),
    ("Police", "Ellen reports that her partner took her bank card; a DASH is completed and graded standard."),
    ("Women's Aid", "Ellen calls the helpline and is given safety advice; she declines a referral."),
    ("GP", "Repeat prescription for anti-depressants; no enquiry about domestic abuse is recorded."),
    ("Adult Social Care", "A self-referral for support is closed as Ellen has no eligible care needs."),
    ("Police", "Officers attend a report of a disturbance; no offences are disclosed by either party."),
    ("Probation", "Ellen's partner completes his licence period for an unrelated offence."),
)

CHAPTERS = (
    "Introduction", "Timescales", "Confidentiality", "Terms of Reference", "Method",
    "Involvement of Family, Friends and Colleagues", "Contributors to the Review", "The Review Panel",
    "Author of the Overview Report", "Parallel Reviews", "Equality and Diversity", "Dissemination",
    "Background Information", "Chronology", "Overview", "Analysis", "Conclusions", "Lessons to be Learnt",
    "Recommendations",
)

SENTENCES = (
    "The review panel met on six occasions and considered the chronologies and reports provided by each agency.",
    "Ellen was a much-loved mother and grandmother, and her family described her as generous and private.",
    "The panel looked at the contact each agency had with Ellen and her partner in the three years before her death.",
    "Agencies were asked to provide an Individual Management Review where they had significant contact.",
    "The chair wrote to Ellen's family at the start of the review and met her daughter twice.",
    "Practitioners who knew Ellen were invited to a learning event, and their views are reflected in this report.",
    "The review considered whether the risk to Ellen could have been identified and managed differently.",
    "Several agencies held pieces of information that, taken together, suggested an escalating pattern of abuse.",
    "No single agency had the full picture, and information was not routinely shared between them.",
    "The panel was mindful of hindsight bias and has tried to judge each decision by what was known at the time.",
    "Ellen's age meant that some practitioners did not consider domestic abuse as a possible explanation.",
    "The report was agreed by the Community Safety Partnership and submitted to the Home Office Quality Assurance Panel.",
    "Economic abuse featured throughout the relationship and was not recognised by the agencies involved.",
    "The panel heard that the pressures on frontline services during the period affected the time available for enquiry.",
)


def paragraph(seed: int, length: int = 5) -> str:
    """A paragraph of report prose, the same for the same seed."""
    return " ".join(SENTENCES[(seed * 5 + k * 3) % len(SENTENCES)] for k in range(length))


# ---- an HTML plan: themes across the table, recommendations spanning one to three action rows ----

ROWSPAN = Plan(
    title="Harrowfield Safer Communities Board – Domestic Homicide Review 'Nadia' – Action Plan",
    as_at="1 October 2025",
    columns=("No.", "Recommendation", "Action", "Lead", "Target", "Progress"),
    recs=(
        Rec("1", "Harrowfield Police to make sure that a repeat call from the same address within 28 days is "
                 "flagged to the attending officers.", (
            Action("Harrowfield Police", "Add a repeat-address marker to the command and control system.",
                   "March 2025", "Complete. Marker live since February 2025.", "complete"),
            Action("Harrowfield Police", "Brief call handlers on the marker and what it means for grading.",
                   "April 2025", "Complete. Briefing given to every shift.", "complete"),
        ), owner="Theme 1: Policing and response"),
        Rec("2", "The Safer Communities Board to publish a single directory of local domestic abuse services.", (
            Action("Harrowfield Council", "Compile and publish the directory on the council website.",
                   "November 2025", "In progress. Draft with partners for comment.", "in_progress"),
        ), owner="Theme 1: Policing and response"),
        Rec("3", "Harrowfield Hospitals Trust to make routine enquiry about domestic abuse part of every "
                 "antenatal booking appointment, with the answer recorded where the partner cannot see it.", (
            Action("Harrowfield Hospitals Trust", "Change the booking template so that the question cannot be "
                   "skipped.", "May 2025", "Complete. New template in use.", "complete"),
            Action("Harrowfield Hospitals Trust", "Train community midwives in asking the question safely.",
                   "March 2026", "In progress. Two of five teams trained.", "in_progress"),
            Action("Harrowfield Hospitals Trust", "Audit fifty booking records for the recorded answer.",
                   "December 2025", "Not started.", "not_started"),
        ), owner="Theme 2: Health"),
        Rec("4", "GP practices to review the records of patients who miss three appointments in a row.", (
            Action("Harrowfield Primary Care Network", "Agree a missed-appointment search with every practice.",
                   "July 2025", "Complete. Search agreed and run monthly.", "complete"),
            Action("Harrowfield Primary Care Network", "Report the number of reviews to the board twice a "
                   "year.", "January 2026", "Not started.", "not_started"),
        ), owner="Theme 2: Health"),
    ),
)


# ---- merged cells centred beside their rows: number, text and scope span each recommendation's actions

MERGED_BESIDE_ROWS = Plan(
    title="Calderbrook Partnership – Domestic Homicide Review 'Iris' – Action Plan",
    as_at="1 November 2025",
    columns=("No.", "Recommendation", "Scope", "Action", "Lead agency", "Target date", "Progress"),
    recs=(
        Rec("1", "Calderbrook Council to give housing officers a route to the domestic abuse lead when a tenant "
                 "asks to be moved for safety.", (
            Action("Calderbrook Council", "Write the referral route into the tenancy procedures.", "30/04/2025",
                   "Complete. 02/04/2025 – Procedures updated and issued to all officers.", "complete"),
        ), scope="Local", label="Rec 1"),
        Rec("2", "Every partner to make sure that its front-line staff can name the local specialist domestic "
                 "abuse service and know how to refer to it.", (
            Action("Calderbrook Police", "Add the service to the officers' pocket guide.", "31/05/2025",
                   "Complete. 20/05/2025 – Guide reprinted with the service's details; copies sent to every "
                   "station and response team.", "complete"),
            Action("Calderbrook Health Trust", "Put the referral form on the staff intranet front page.",
                   "30/06/2026", "In progress. 12/09/2025 – Page drafted; waiting for the communications team "
                   "to publish it. 01/07/2025 – Form agreed with the service.", "in_progress"),
            Action("Calderbrook Children's Services", "Include the service in the induction pack.", "31/07/2026",
                   "Not started.", "not_started"),
        ), scope="Regional", label="Rec 2"),
        Rec("3", "The Partnership to commission training on economic abuse for money advice workers.", (
            Action("Calderbrook Partnership", "Agree the course outline with the specialist service.",
                   "31/08/2026", "In progress. 15/10/2025 – Outline agreed; dates being set.", "in_progress"),
        ), scope="Local", label="Rec 3"),
        Rec("4", "Calderbrook Health Trust and the GP federation to share a named contact for safeguarding "
                 "advice out of hours.", (
            Action("Calderbrook Health Trust", "Name the out-of-hours safeguarding contact.", "30/09/2025",
                   "Complete. 25/09/2025 – Contact named and rota published on the intranet for every ward.",
                   "complete"),
            Action("Calderbrook GP Federation", "Send the contact's details to every practice.", "31/10/2026",
                   "Not started.", "not_started"),
        ), scope="Regional", label="Rec 4"),
        Rec("5", "All partners to check that their case recording systems show when a victim has asked for "
                 "contact by a safe route only.", (
            Action("Calderbrook Police", "Add a safe-contact flag to the crime recording system.", "31/12/2025",
                   "In progress. 30/10/2025 – Flag built in the test system. 01/09/2025 – Change request "
                   "approved by the system board.", "in_progress"),
            Action("Calderbrook Council", "Audit twenty housing case files for the safe-contact note.",
                   "31/01/2026", "Not started.", "not_started"),
            Action("Calderbrook Health Trust", "Add a safe-contact field to the patient record.", "28/02/2026",
                   "In progress. 05/11/2025 – Field specified with the system supplier.", "in_progress"),
        ), scope="Regional", label="Rec 5"),
        Rec("6", "The Partnership to publish a summary of this review for local communities.", (
            Action("Calderbrook Partnership", "Publish the summary on the Partnership's website.", "31/03/2026",
                   "Not started.", "not_started"),
        ), scope="Local", label="Rec 6"),
        Rec("7", "The Partnership to review progress on these recommendations six months after publication.", (
            Action("Calderbrook Partnership", "Hold a progress review at the Partnership board.", "30/09/2026",
                   "Not started.", "not_started"),
        ), scope="Local", label="Rec 7"),
    ),
)

# ---- a plan as table rows (header, one row per action) --------------------------------------------

PLAN_HEADER = ["Recommendation", "Scope", "Action to take", "Lead agency", "Target date", "Progress update"]
WIDTHS = (0.24, 0.07, 0.22, 0.13, 0.1, 0.24)  # of the table width, per PLAN_HEADER column


def plan_header(plan: Plan) -> list[str]:
    return PLAN_HEADER[:-1] + [f"Progress (as at {plan.as_at})"]


def rec_rows(rec: Rec) -> list[list[str]]:
    """One row per action; the recommendation and its scope on the first only."""
    return [[rec.printed if i == 0 else "", rec.scope if i == 0 else "", a.text, a.agency, a.target, a.progress]
            for i, a in enumerate(rec.actions)]


def plan_rows(plan: Plan, recs: tuple[Rec, ...] | None = None) -> list[list[str]]:
    return [plan_header(plan)] + [row for rec in (plan.recs if recs is None else recs) for row in rec_rows(rec)]


# ---- agency lists merged over the actions they share (one agency a line) ---------------------------

FOUR_AGENCIES = "Police\nProbation Service\nAdult Social Care\nIntegrated Care Board"
HEALTH_AGENCIES = "Integrated Care Board\nAshbury Hospitals NHS Trust\nAshbury Community Health"
TALL_LISTS = Plan(
    title="Borderless action plan with agency lists merged over their actions",
    as_at="",
    columns=("Recommendation", "Agencies", "Action", "Target date", "Progress"),
    recs=(
        Rec("1", "Agencies to hold a joint meeting when two of them hold concerns about coercive control.", (
            Action(FOUR_AGENCIES, "Write a guide to the meeting.", "30/06/2025", "In progress.", "in_progress"),
            Action(FOUR_AGENCIES, "Add the guide to training.", "31/12/2025", "Not started.", "not_started"),
        )),
        Rec("2", "Health agencies to make sure that a victim's children are identified and their school nurse "
                 "told.", (
            Action(HEALTH_AGENCIES, "Add a question about children to the emergency department form.", "31/08/2025",
                   "In progress.", "in_progress"),
            Action(HEALTH_AGENCIES, "Tell the school nursing team.", "30/09/2025", "Not started.", "not_started"),
            Action(HEALTH_AGENCIES, "Audit the form.", "31/03/2026", "Not started.", "not_started"),
        )),
        Rec("3", "Agencies to offer an independent interpreter at every contact with a victim who does not speak "
                 "English, and never ask a family member to interpret.", (
            Action("Police\nProbation Service", "Issue a joint statement of the standard.", "30/06/2025",
                   "Complete.", "complete"),
            Action("Police\nProbation Service", "Audit twenty cases in each agency where an interpreter was needed.",
                   "31/01/2026", "In progress.", "in_progress"),
        )),
    ),
)


# ---- ELLEN's plan with no recommendation column: each recommendation a band over its actions -----

BAND_HEADER = ("Action", "Lead agency", "Target date", "Progress")
BANDED = replace(ELLEN, recs=tuple(replace(r, scope="") for r in ELLEN.recs), columns=BAND_HEADER)
